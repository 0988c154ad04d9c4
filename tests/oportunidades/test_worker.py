"""End to end: the scheduler tick enqueues the sweep, and a real worker runs it."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
import redis

from dje_monitor.config import get_settings
from dje_monitor.scheduler import tick
from tests.conftest import Processo, esperar
from tests.oportunidades.apoio import (
    ALVARA,
    PRECATORIO,
    alertas,
    cnj,
    dias_atras,
    oportunidades,
    pessoa,
    publicacao,
)


def test_tick_do_agendador_envia_a_varredura(limpo: None, filas: Any, redis_cliente: redis.Redis) -> None:
    assert tick(get_settings(), redis_cliente, datetime(2031, 1, 1, 12, tzinfo=UTC))
    ids = filas.client.lrange(f"{filas.namespace}:manutencao", 0, -1)
    nomes = [
        json.loads(filas.client.hget(f"{filas.namespace}:manutencao.msgs", i))["actor_name"] for i in ids
    ]
    assert nomes.count("varrer_oportunidades_task") == 1


@pytest.mark.timeout(180)
def test_worker_real_executa_a_varredura(limpo: None, filas: Any, worker: Callable[..., Processo]) -> None:
    from dje_monitor.tasks import varrer_oportunidades_task

    ana = pessoa("Ana Lima")
    publicacao(1, [ana], data=dias_atras(4), processo=cnj(1), texto=ALVARA)
    publicacao(2, [ana], data=dias_atras(45), processo=cnj(2), texto=PRECATORIO)  # outside the window
    # The sweep does not talk to DJEN; the worker only needs some URL.
    proc = worker("http://127.0.0.1:9/api/v1", threads=2)
    varrer_oportunidades_task.send()
    varrer_oportunidades_task.send()  # twice, possibly at the same time: still one alert

    def pronto() -> bool:
        if proc.popen.poll() is not None:
            raise AssertionError(f"worker saiu: {proc.saida()}")
        fila = filas.client.hlen(f"{filas.namespace}:manutencao.msgs")
        return alertas() == [(ana, 1)] and fila == 0

    esperar(pronto, 120, 0.2, "a varredura no worker")
    assert set(oportunidades()) == {(ana, 1)}
