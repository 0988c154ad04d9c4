"""Simulador rodando de verdade (uvicorn numa thread, porta livre de loopback) para os testes dele."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from typing import Any

import httpx
import pytest
import uvicorn

from dje_monitor.simulador import ConfigSimulador, criar_app

HOJE = date(2026, 3, 27)  # uma sexta-feira: dados e testes não dependem do relógio da máquina
PARTES_FIXAS = ["FULANO DE TAL", "JOSÉ DA SILVA", "JOSE DA SILVA SANTOS", "MARIA DAS DORES"]


def config_de_teste(**alteracoes: Any) -> ConfigSimulador:
    valores: dict[str, Any] = {
        "seed": 7,
        "partes": 40,
        "publicacoes_por_parte": 8,
        "editais": 0.2,
        "canceladas": 0.05,
        "partes_fixas": PARTES_FIXAS,
        "hoje": HOJE,
    }
    valores.update(alteracoes)
    return ConfigSimulador(**valores)


class Servidor:
    def __init__(self, config: ConfigSimulador) -> None:
        self.config = config
        self.app = criar_app(config)
        soquete = socket.socket()
        soquete.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{soquete.getsockname()[1]}"
        uv_config = uvicorn.Config(self.app, log_level="warning", timeout_graceful_shutdown=1)
        self._uvicorn = uvicorn.Server(uv_config)
        self._thread = threading.Thread(target=self._uvicorn.run, kwargs={"sockets": [soquete]}, daemon=True)
        self._thread.start()
        limite = time.monotonic() + 15
        while not self._uvicorn.started:
            assert time.monotonic() < limite, "o simulador não subiu"
            time.sleep(0.01)
        self.http = httpx.Client(base_url=self.url, timeout=10)

    def parar(self) -> None:
        self.http.close()
        self._uvicorn.should_exit = True
        self._thread.join(10)

    def buscar(self, **params: Any) -> httpx.Response:
        return self.http.get("/api/v1/comunicacao", params=params)

    def itens(self, **params: Any) -> list[dict[str, Any]]:
        resposta = self.buscar(**params)
        assert resposta.status_code == 200, resposta.text
        itens: list[dict[str, Any]] = resposta.json()["items"]
        return itens

    def todos(self, **params: Any) -> list[dict[str, Any]]:
        """Pagina até a página curta, como o cliente deve fazer."""
        resultado, pagina = [], 1
        while True:
            itens = self.itens(**params, pagina=pagina, itensPorPagina=100)
            resultado += itens
            if len(itens) < 100:
                return resultado
            pagina += 1

    def falhas(self, **alteracoes: Any) -> dict[str, Any]:
        resposta = self.http.put("/_simulador/falhas", json=alteracoes)
        assert resposta.status_code == 200, resposta.text
        corpo: dict[str, Any] = resposta.json()
        return corpo

    def forcar(self, *respostas: dict[str, Any]) -> None:
        self.falhas(respostas_forcadas=list(respostas))

    def criar(self, **pedido: Any) -> list[int]:
        resposta = self.http.post("/_simulador/comunicacoes", json=pedido)
        assert resposta.status_code == 200, resposta.text
        ids: list[int] = resposta.json()["ids"]
        return ids


@pytest.fixture(scope="session")
def servidor_simulador() -> Iterator[Servidor]:
    servidor = Servidor(config_de_teste())
    yield servidor
    servidor.parar()


@pytest.fixture
def sim(servidor_simulador: Servidor) -> Iterator[Servidor]:
    """O servidor da sessão, com falhas e registro zerados antes e depois de cada teste."""
    servidor_simulador.http.delete("/_simulador/falhas")
    servidor_simulador.http.delete("/_simulador/requisicoes")
    yield servidor_simulador
    servidor_simulador.http.delete("/_simulador/falhas")
    servidor_simulador.http.delete("/_simulador/requisicoes")
