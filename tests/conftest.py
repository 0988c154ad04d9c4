"""Shared fixtures: a fresh PostgreSQL database and Redis namespace per run, the simulator, workers."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psycopg
import pytest
import redis as redis_lib
from sqlalchemy import text

PG_ADMIN = os.environ.get("DJE_TESTE_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_TESTE = os.environ.get("DJE_TESTE_REDIS", "redis://127.0.0.1:6379/0")
RAIZ = Path(__file__).resolve().parent.parent
TABELAS = (
    "alertas",
    "pessoa_publicacoes",
    "verificacoes",
    "ciclos",
    "publicacoes",
    "pessoas_monitoradas",
    "canais",
    "auditoria",
    "tokens_acesso",
    "usuarios",
)


def porta_livre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def esperar(condicao: Callable[[], bool], timeout: float, intervalo: float = 0.1, msg: str = "") -> None:
    """Poll with a deadline instead of sleeping a guessed time."""
    limite = time.monotonic() + timeout
    while time.monotonic() < limite:
        if condicao():
            return
        time.sleep(intervalo)
    raise AssertionError(f"tempo esgotado ({timeout}s) esperando: {msg}")


def pytest_configure(config: pytest.Config) -> None:
    """Decide this run's database and Redis namespace before any test module imports the app."""
    namespace = f"djeteste{uuid.uuid4().hex[:10]}"
    os.environ["DJE_TESTE_NAMESPACE"] = namespace
    os.environ["DJE_REDIS_NAMESPACE"] = namespace
    os.environ["DJE_REDIS_URL"] = REDIS_TESTE
    os.environ["DJE_DATABASE_URL"] = PG_ADMIN.rsplit("/", 1)[0] + f"/dje_{namespace}"
    os.environ["DJE_MONITOR_HABILITADO"] = "false"
    # The admin token every test client (and every API process a test starts) authenticates with.
    os.environ["DJE_API_TOKEN"] = f"djeteste-{uuid.uuid4().hex}"


def autenticacao() -> dict[str, str]:
    """Headers of the run's admin token (DJE_API_TOKEN): tests of the domain act as an admin."""
    return {"Authorization": f"Bearer {os.environ['DJE_API_TOKEN']}"}


@pytest.fixture(scope="session")
def namespace() -> str:
    return os.environ["DJE_TESTE_NAMESPACE"]


@pytest.fixture(scope="session")
def redis_url() -> str:
    return REDIS_TESTE


@pytest.fixture(scope="session")
def redis_cliente(redis_url: str, namespace: str) -> Iterator[redis_lib.Redis]:
    cliente = redis_lib.Redis.from_url(redis_url)
    yield cliente
    for chave in cliente.scan_iter(match=f"{namespace}*", count=1000):
        cliente.delete(chave)
    cliente.close()


@pytest.fixture(scope="session")
def banco_url(namespace: str) -> Iterator[str]:
    """A database of its own for this run, migrated with the real Alembic revisions, dropped after."""
    nome = f"dje_{namespace}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{nome}"')
    yield os.environ["DJE_DATABASE_URL"]
    from dje_monitor.db import descartar_engine

    descartar_engine()
    with psycopg.connect(PG_ADMIN, autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{nome}" WITH (FORCE)')


@pytest.fixture(scope="session")
def ambiente(banco_url: str, redis_cliente: redis_lib.Redis) -> Iterator[dict[str, str]]:
    """DJE_ settings of the run, applied to this process and handed to every subprocess."""
    from dje_monitor.config import get_settings
    from dje_monitor.db import descartar_engine
    from dje_monitor.migracoes import migrar

    valores = {k: v for k, v in os.environ.items() if k.startswith("DJE_")}
    get_settings.cache_clear()
    descartar_engine()
    migrar()
    yield valores
    descartar_engine()


@pytest.fixture
def banco(ambiente: dict[str, str], redis_cliente: redis_lib.Redis, namespace: str) -> Iterator[None]:
    """Every test that writes starts from empty tables, and with DJEN's shared budget and circuit breaker
    fresh: each test's simulator is a new DJEN, so failures a previous test provoked must not open it."""
    from dje_monitor.db import get_engine

    with get_engine().begin() as con:
        con.execute(text(f"TRUNCATE {', '.join(TABELAS)} RESTART IDENTITY CASCADE"))
    for chave in redis_cliente.scan_iter(match=f"{namespace}:djen:*", count=1000):
        redis_cliente.delete(chave)
    yield


@dataclass
class Processo:
    popen: subprocess.Popen[bytes]
    log: Path
    url: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def parar(self, sinal: int = signal.SIGTERM, timeout: float = 20) -> None:
        if self.popen.poll() is not None:
            return
        os.killpg(self.popen.pid, sinal)
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.popen.pid, signal.SIGKILL)
            self.popen.wait(10)

    def saida(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


@pytest.fixture
def iniciar_processo(tmp_path: Path) -> Iterator[Callable[..., Processo]]:
    """Starts a command in its own process group and stops it (and its children) at teardown."""
    processos: list[Processo] = []

    def iniciar(args: list[str], env: dict[str, str] | None = None, nome: str = "proc") -> Processo:
        log = tmp_path / f"{nome}-{len(processos)}.log"
        with log.open("wb") as saida:
            popen = subprocess.Popen(
                args,
                stdout=saida,
                stderr=subprocess.STDOUT,
                env={**os.environ, **(env or {})},
                cwd=RAIZ,
                start_new_session=True,
            )
        proc = Processo(popen, log)
        processos.append(proc)
        return proc

    yield iniciar
    for proc in reversed(processos):
        proc.parar()


@pytest.fixture
def simulador(iniciar_processo: Callable[..., Processo]) -> Callable[..., Processo]:
    """Starts the project's DJEN simulator on a free loopback port: `simulador("--partes", "43")`."""

    def iniciar(*flags: str) -> Processo:
        porta = porta_livre()
        proc = iniciar_processo(
            [sys.executable, "-m", "dje_monitor.simulador", "--porta", str(porta), *flags], nome="simulador"
        )
        base = f"http://127.0.0.1:{porta}"

        def pronto() -> bool:
            if proc.popen.poll() is not None:
                raise AssertionError(f"simulador saiu: {proc.saida()}")
            try:
                return httpx.get(f"{base}/_simulador/estado", timeout=1).status_code == 200
            except httpx.HTTPError:
                return False

        esperar(pronto, 60, msg="simulador responder")
        proc.url = f"{base}/api/v1"
        proc.extra["controle"] = f"{base}/_simulador"
        return proc

    return iniciar


@pytest.fixture
def worker(iniciar_processo: Callable[..., Processo], ambiente: dict[str, str]) -> Callable[..., Processo]:
    """Starts a real Dramatiq worker process (`dje-monitor worker`) with this run's settings."""

    def iniciar(djen_url: str, threads: int = 8, processos: int = 1, **env: str) -> Processo:
        extra = {"DJE_DJEN_URL": djen_url, **{k.upper(): v for k, v in env.items()}}
        args = [sys.executable, "-m", "dje_monitor.cli", "worker", "--processes", str(processos)]
        return iniciar_processo([*args, "--threads", str(threads)], env=extra, nome="worker")

    return iniciar
