"""PostgreSQL restarted (immediate mode: every connection dropped) in the middle of a cycle."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis

from dje_monitor.broker import broker
from dje_monitor.config import get_settings
from dje_monitor.controle_simulador import ControleSimulador
from dje_monitor.db import descartar_engine
from dje_monitor.migracoes import garantir_banco, migrar
from dje_monitor.tasks import agendar_verificacoes_task
from dje_monitor.tempo import agora
from tests.conftest import Processo, esperar, porta_livre
from tests.falhas import apoio
from tests.monitoramento import apoio as pipeline

PESSOAS = 30
BIN_PG = Path("/usr/lib/postgresql") / sorted(os.listdir("/usr/lib/postgresql"))[-1] / "bin"


def _como_postgres(*args: str) -> None:
    subprocess.run(["runuser", "-u", "postgres", "--", *args], check=True, capture_output=True, timeout=120)


class PostgresProprio:
    """A throw-away cluster of this test only: restarting it disturbs nobody else."""

    def __init__(self) -> None:
        self.pasta = Path(tempfile.mkdtemp(prefix="dje-pg-"))
        shutil.chown(self.pasta, "postgres", "postgres")
        self.porta = porta_livre()
        self.dados = self.pasta / "dados"
        _como_postgres(str(BIN_PG / "initdb"), "-D", str(self.dados), "-A", "trust", "-U", "postgres")

    def _ctl(self, *args: str) -> None:
        opcoes = f"-p {self.porta} -k {self.pasta} -c listen_addresses=127.0.0.1 -c fsync=off"
        _como_postgres(
            str(BIN_PG / "pg_ctl"),
            "-D",
            str(self.dados),
            "-o",
            opcoes,
            "-l",
            str(self.pasta / "log"),
            "-w",
            *args,
        )

    def iniciar(self) -> None:
        self._ctl("start")

    def reiniciar(self) -> None:
        self._ctl("restart", "-m", "immediate")

    def encerrar(self) -> None:
        try:
            self._ctl("stop", "-m", "immediate")
        finally:
            shutil.rmtree(self.pasta, ignore_errors=True)


@pytest.fixture
def postgres_proprio(monkeypatch: pytest.MonkeyPatch, ambiente: dict[str, str]) -> Iterator[PostgresProprio]:
    """Points this process (and the processes it starts) at the private cluster for one test."""
    servidor = PostgresProprio()
    servidor.iniciar()
    monkeypatch.setenv("DJE_DATABASE_URL", f"postgresql://postgres@127.0.0.1:{servidor.porta}/dje_reinicio")
    get_settings.cache_clear()
    descartar_engine()
    garantir_banco(get_settings().sqlalchemy_url)
    migrar()
    yield servidor
    descartar_engine()
    servidor.encerrar()
    monkeypatch.undo()
    get_settings.cache_clear()
    descartar_engine()


@pytest.mark.timeout(300)
def test_postgres_reiniciado_no_meio_do_ciclo(
    postgres_proprio: PostgresProprio,
    simulador: Callable[..., Processo],
    worker: Callable[..., Processo],
    redis_cliente: redis.Redis,
) -> None:
    """Pass: after an immediate restart of PostgreSQL mid-cycle every party is checked, and no message
    of the verificacao queue is dead-lettered because of it."""
    proc = simulador("--partes", str(PESSOAS), "--seed", "51", "--latencia", "0.5")
    sim = ControleSimulador(proc.url)
    ids = apoio.registrar_com_baseline(sim.partes(PESSOAS))
    worker(proc.url, threads=4, **pipeline.ENV_WORKER)
    time.sleep(3)
    inicio = agora()
    agendar_verificacoes_task.send(True)
    esperar(lambda: len(apoio.verificadas_desde(inicio)) >= 4, 60, 0.2, "primeiras verificações")
    descartar_engine()  # this process's pooled connections die with the restart as well
    postgres_proprio.reiniciar()
    reinicio = time.monotonic()
    esperar(lambda: apoio.verificadas_desde(inicio) >= set(ids), 120, 0.3, "todas verificadas")
    mortas = redis_cliente.zcard(f"{broker.namespace}:verificacao.XQ")
    duracao = time.monotonic() - reinicio
    print(f"\nPostgreSQL reiniciado: {PESSOAS} pessoas verificadas {duracao:.1f} s depois; mortas: {mortas}")
    assert mortas == 0
