"""Fixtures of the DJEN adapter tests: a private Redis namespace and a handle on the simulator's controls."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import redis as redis_lib

REDIS_LIMITADOR = "redis://127.0.0.1:6379/0"


@pytest.fixture
def redis_djen() -> Iterator[redis_lib.Redis]:
    cliente = redis_lib.Redis.from_url(REDIS_LIMITADOR)
    yield cliente
    cliente.close()


@pytest.fixture
def prefixo(redis_djen: redis_lib.Redis) -> Iterator[str]:
    """A fresh key prefix per test; its keys are deleted afterwards (SCAN is fine in a test)."""
    valor = f"djteste-{uuid.uuid4().hex[:12]}"
    yield valor
    for chave in redis_djen.scan_iter(match=f"{valor}:*", count=1000):
        redis_djen.delete(chave)


class ControleSimulador:
    """The simulator's /_simulador control API, as the tests use it."""

    def __init__(self, url_api: str, url_controle: str) -> None:
        self.url_api = url_api
        self.url = url_controle
        self.http = httpx.Client(timeout=30)
        self.nome = "PARTE TESTE"

    def criar(
        self, quantidade: int, nome: str, inicio: str = "2026-01-05", fim: str = "2026-03-27"
    ) -> list[int]:
        corpo = {"quantidade": quantidade, "destinatarios": [nome], "data_inicio": inicio, "data_fim": fim}
        resposta = self.http.post(f"{self.url}/comunicacoes", json=corpo)
        resposta.raise_for_status()
        ids: list[int] = resposta.json()["ids"]
        return ids

    def falhas(self, **config: Any) -> dict[str, Any]:
        resposta = self.http.put(f"{self.url}/falhas", json=config)
        resposta.raise_for_status()
        estado: dict[str, Any] = resposta.json()
        return estado

    def forcar(self, *tipos: str | dict[str, Any]) -> None:
        self.falhas(respostas_forcadas=[{"tipo": t} if isinstance(t, str) else t for t in tipos])

    def requisicoes(self, desde: float | None = None) -> list[dict[str, Any]]:
        params = {"desde": desde} if desde is not None else {}
        resposta = self.http.get(f"{self.url}/requisicoes", params=params)
        resposta.raise_for_status()
        registros: list[dict[str, Any]] = resposta.json()
        return [r for r in registros if r["path"].startswith("/api/")]

    def limpar(self) -> None:
        self.http.delete(f"{self.url}/falhas").raise_for_status()
        self.http.delete(f"{self.url}/requisicoes").raise_for_status()


def _porta_livre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def simulador_djen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ControleSimulador]:
    """One simulator per test module (starting one per test cost ~1.5 s each); tests isolate by party name."""
    porta = _porta_livre()
    log = tmp_path_factory.mktemp("simulador") / "simulador.log"
    with log.open("wb") as saida:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "dje_monitor.simulador",
                "--porta",
                str(porta),
                "--seed",
                "1",
                "--partes",
                "5",
            ],
            stdout=saida,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{porta}"
    ctl = ControleSimulador(f"{base}/api/v1", f"{base}/_simulador")
    try:
        limite = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"simulador saiu: {log.read_text(errors='replace')}")
            try:
                if ctl.http.get(f"{ctl.url}/estado", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > limite:
                raise AssertionError("simulador não respondeu em 60 s")
            time.sleep(0.05)
        yield ctl
    finally:
        ctl.http.close()
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)


@pytest.fixture
def controle(simulador_djen: ControleSimulador) -> Iterator[ControleSimulador]:
    """The module's simulator with no faults, an empty request log and a party name unique to the test."""
    simulador_djen.limpar()
    simulador_djen.nome = "PARTE TESTE " + "".join(chr(ord("A") + int(c, 16)) for c in uuid.uuid4().hex[:10])
    yield simulador_djen
    simulador_djen.limpar()


def maximo_em_janela(instantes: list[float], largura: float = 1.0) -> int:
    """Most events inside any closed window [t, t + largura] (sliding, anchored on each event)."""
    ordenados = sorted(instantes)
    maximo, inicio = 0, 0
    for fim, t in enumerate(ordenados):
        while t - ordenados[inicio] > largura:
            inicio += 1
        maximo = max(maximo, fim - inicio + 1)
    return maximo


@pytest.fixture
def janela() -> Callable[..., int]:
    return maximo_em_janela
