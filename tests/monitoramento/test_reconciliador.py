"""The reconciler re-enqueues claimed parties whose message vanished, and only those."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import redis
from sqlalchemy import update

from dje_monitor.broker import broker
from dje_monitor.config import get_settings
from dje_monitor.controle_simulador import ControleSimulador
from dje_monitor.db import session_scope
from dje_monitor.fila import pessoas_na_fila
from dje_monitor.monitoramento import agendamento
from dje_monitor.pessoas.models import PessoaMonitorada
from dje_monitor.tempo import agora
from tests.conftest import Processo
from tests.monitoramento import apoio


def _envelhecer_reivindicacoes(ids: list[int]) -> None:
    with session_scope() as session:
        session.execute(
            update(PessoaMonitorada)
            .where(PessoaMonitorada.id.in_(ids))
            .values(reivindicado_em=agora() - timedelta(hours=3))
        )


def test_so_reenfileira_quem_nao_tem_mensagem(banco: None, redis_cliente: redis.Redis) -> None:
    from dje_monitor.tasks import first_check_task

    fila = f"{broker.namespace}:verificacao"
    redis_cliente.delete(fila, f"{fila}.msgs", f"{fila}.DQ", f"{fila}.DQ.msgs")
    ids = list(apoio.registrar([f"PESSOA RECONCILIADA {i}" for i in range(6)]).values())
    _envelhecer_reivindicacoes(ids)
    # Three still have their message waiting (no worker is running); three lost theirs.
    for pessoa_id in ids[:3]:
        first_check_task.send(pessoa_id)
    assert pessoas_na_fila("verificacao") == set(ids[:3])

    enviados: list[tuple[int, bool]] = []
    total = agendamento.reconciliar(
        get_settings(), lambda p, b, _c: enviados.append((p, b)), lambda: pessoas_na_fila("verificacao")
    )
    assert total == 3
    assert sorted(enviados) == [(pid, True) for pid in ids[3:]]
    # Renewed claims are not stale any more: a second pass sends nothing.
    segunda = agendamento.reconciliar(get_settings(), lambda *_: None, lambda: pessoas_na_fila("verificacao"))
    assert segunda == 0


def test_mensagens_perdidas_sao_verificadas_pelo_worker(
    banco: None,
    simulador: Callable[..., Processo],
    worker: Callable[..., Processo],
    redis_cliente: redis.Redis,
) -> None:
    """Claims whose messages died with Redis: the reconciler task gets every party its baseline."""
    from dje_monitor.tasks import reconciliar_reivindicacoes_task

    proc = simulador("--partes", "12", "--seed", "4")
    sim = ControleSimulador(proc.url)
    ids = list(apoio.registrar(sim.partes(12)).values())
    _envelhecer_reivindicacoes(ids)
    worker(proc.url, threads=4, **apoio.ENV_WORKER)
    reconciliar_reivindicacoes_task.send()
    apoio.esperar_baselines(12, timeout=90)
