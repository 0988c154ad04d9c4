"""The API's scheduler: a Redis lease lets exactly one of several API replicas enqueue per tick."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Callable

import httpx
import pytest
import redis

from dje_monitor.broker import broker
from dje_monitor.scheduler import ORIGEM
from tests.conftest import Processo, esperar, porta_livre

INTERVALO_S = 3


@pytest.mark.timeout(180)
def test_tres_replicas_um_envio_por_tick(
    banco: None, iniciar_processo: Callable[..., Processo], redis_cliente: redis.Redis
) -> None:
    fila = f"{broker.namespace}:scheduler"
    redis_cliente.delete(fila, f"{fila}.msgs")
    env = {"DJE_MONITOR_HABILITADO": "true", "DJE_MONITOR_INTERVAL_MINUTES": str(INTERVALO_S / 60)}
    portas = [porta_livre() for _ in range(3)]
    for porta in portas:
        cmd = [sys.executable, "-m", "dje_monitor.cli", "api", "--port", str(porta)]
        iniciar_processo(cmd, env=env, nome=f"api{porta}")
    for porta in portas:
        esperar(lambda p=porta: _saudavel(p), 60, msg=f"api {porta}")

    inicio = time.time()
    time.sleep(INTERVALO_S * 10 + 1)
    fim = time.time()
    mensagens = [json.loads(m) for m in redis_cliente.hvals(f"{fila}.msgs")]
    agendar = [m for m in mensagens if m["actor_name"] == "agendar_verificacoes_task"]
    baldes = Counter(
        round((m["message_timestamp"] / 1000 - ORIGEM.timestamp()) / INTERVALO_S) for m in agendar
    )
    # Exactly one enqueue per tick, and a tick for every interval that fully elapsed.
    assert all(n == 1 for n in baldes.values()), baldes
    assert len(baldes) >= int((fim - inicio) / INTERVALO_S) - 1
    assert len(baldes) <= int((fim - inicio) / INTERVALO_S) + 2
    lider = redis_cliente.get(f"{broker.namespace.split(':')[0]}:agendador:lider")
    assert lider is not None


def _saudavel(porta: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{porta}/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def test_agendador_desligado_nao_envia(
    banco: None, iniciar_processo: Callable[..., Processo], redis_cliente: redis.Redis
) -> None:
    fila = f"{broker.namespace}:scheduler"
    redis_cliente.delete(fila, f"{fila}.msgs")
    porta = porta_livre()
    env = {"DJE_MONITOR_HABILITADO": "false", "DJE_MONITOR_INTERVAL_MINUTES": "0.05"}
    iniciar_processo(
        [sys.executable, "-m", "dje_monitor.cli", "api", "--port", str(porta)], env=env, nome="api"
    )
    esperar(lambda: _saudavel(porta), 60, msg="api")
    time.sleep(3)
    assert redis_cliente.hlen(f"{fila}.msgs") == 0
