"""Redis killed with SIGKILL and restarted, without and with persistence."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import redis

from dje_monitor.controle_simulador import ControleSimulador
from dje_monitor.tempo import agora
from tests.conftest import Processo, autenticacao, esperar, porta_livre
from tests.falhas import apoio
from tests.falhas.conftest import ENV_RECUPERACAO
from tests.monitoramento import apoio as pipeline

PESSOAS = 30
INTERVALO_S = 6


class RedisProprio:
    """A redis-server of this test only, so killing it disturbs nobody else."""

    def __init__(self, pasta: Path, persistente: bool) -> None:
        self.porta = porta_livre()
        self.pasta = pasta
        self.persistente = persistente
        self.popen: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.porta}/0"

    def iniciar(self) -> None:
        persistencia = (
            ["--appendonly", "yes", "--appendfsync", "always"] if self.persistente else ["--appendonly", "no"]
        )
        args = [
            "redis-server",
            "--port",
            str(self.porta),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--dir",
            str(self.pasta),
        ]
        self.popen = subprocess.Popen([*args, *persistencia], stdout=subprocess.DEVNULL)
        esperar(self._responde, 20, msg="redis próprio")

    def _responde(self) -> bool:
        try:
            return bool(redis.Redis(port=self.porta, socket_timeout=1).ping())
        except redis.RedisError:
            return False

    def matar(self) -> None:
        assert self.popen is not None
        self.popen.kill()
        self.popen.wait(10)


@pytest.fixture(params=[False, True], ids=["sem-persistencia", "com-persistencia"])
def redis_proprio(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RedisProprio]:
    servidor = RedisProprio(tmp_path, request.param)
    servidor.iniciar()
    yield servidor
    if servidor.popen and servidor.popen.poll() is None:
        servidor.matar()


@pytest.mark.timeout(300)
def test_redis_morto_e_reiniciado(
    banco: None,
    redis_proprio: RedisProprio,
    simulador: Callable[..., Processo],
    worker: Callable[..., Processo],
    iniciar_processo: Callable[..., Processo],
) -> None:
    """Pass: while Redis is down the API answers (health 503 naming Redis, status 200 with redis.ok
    false) and a create that must enqueue is a 503 writing nothing; after the restart every due
    party is checked, the lost messages being re-enqueued by the reconciler within two intervals."""
    proc = simulador("--partes", str(PESSOAS), "--seed", "41", "--latencia", "1.0")
    sim = ControleSimulador(proc.url)
    ids = apoio.registrar_com_baseline(sim.partes(PESSOAS))
    env = {
        **pipeline.ENV_WORKER,
        **ENV_RECUPERACAO,
        "DJE_REDIS_URL": redis_proprio.url,
        "DJE_DJEN_URL": proc.url,
        "DJE_MONITOR_HABILITADO": "true",
        "DJE_MONITOR_INTERVAL_MINUTES": str(INTERVALO_S / 60),
        "DJE_REIVINDICACAO_EXPIRA_MINUTOS": str(INTERVALO_S / 2 / 60),
    }
    worker(proc.url, threads=2, **env)
    porta = porta_livre()
    iniciar_processo(
        [sys.executable, "-m", "dje_monitor.cli", "api", "--port", str(porta)], env=env, nome="api"
    )
    api = f"http://127.0.0.1:{porta}"
    esperar(lambda: _status(f"{api}/health") == 200, 60, msg="api")

    inicio = agora()
    # The first tick claims everybody; 2 threads × 1 s latency leave most messages waiting in Redis.
    esperar(lambda: len(apoio.verificadas_desde(inicio)) >= 2, 60, 0.2, "primeiras verificações")
    redis_proprio.matar()

    assert _status(f"{api}/health") == 503
    status = httpx.get(f"{api}/api/sync/status", headers=autenticacao(), timeout=30)
    assert status.status_code == 200 and status.json()["redis"]["ok"] is False
    criar = httpx.post(
        f"{api}/api/v1/pessoas-monitoradas",
        json={"nome": "PARTE CRIADA SEM REDIS"},
        headers=autenticacao(),
        timeout=30,
    )
    assert criar.status_code == 503 and "nada foi gravado" in criar.json()["detail"]
    lista = httpx.get(
        f"{api}/api/v1/pessoas-monitoradas",
        params={"q": "PARTE CRIADA SEM REDIS"},
        headers=autenticacao(),
        timeout=30,
    )
    assert lista.json()["total"] == 0

    time.sleep(2)
    redis_proprio.iniciar()
    reinicio = time.monotonic()
    esperar(lambda: apoio.verificadas_desde(inicio) >= set(ids), 120, 0.3, "todas verificadas")
    duracao = time.monotonic() - reinicio
    modo = "com" if redis_proprio.persistente else "sem"
    print(f"\nRedis -9 {modo} persistência: as {PESSOAS} pessoas verificadas {duracao:.1f} s após o reinício")
    # Work left after the restart: ~28 checks × 1 s / 2 threads ≈ 14 s, plus at most two intervals.
    assert duracao <= 14 + 2 * INTERVALO_S + 15


def _status(url: str) -> int:
    try:
        return httpx.get(url, timeout=10).status_code
    except httpx.HTTPError:
        return 0
