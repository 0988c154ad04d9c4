"""Scheduling services: expiry, the claim-then-enqueue cycle, and the reconciler of lost messages."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

from dje_monitor.config import Settings
from dje_monitor.db import session_scope
from dje_monitor.monitoramento import repository as repo
from dje_monitor.pessoas import repository as pessoas_repo
from dje_monitor.tempo import agora, hoje_brasil

log = logging.getLogger(__name__)

# (pessoa_id, baseline_pendente, ciclo_id) -> sends the right message.
Enfileirar = Callable[[int, bool, int | None], None]


def desativar_expirados() -> int:
    """Deactivates parties whose expiry date (a Brazilian calendar day) has passed. Idempotent."""
    with session_scope() as session:
        total = pessoas_repo.desativar_expiradas(session, hoje_brasil())
    if total:
        log.info("%s monitoramentos expirados desativados", total)
    return total


def _enviar_lote(lote: list[tuple[int, bool]], enfileirar: Enfileirar, ciclo_id: int | None) -> None:
    for posicao, (pessoa_id, pendente) in enumerate(lote):
        try:
            enfileirar(pessoa_id, pendente, ciclo_id)
        except Exception:
            # Not sent: release what is left so the next tick claims it again instead of the reconciler.
            with session_scope() as session:
                pessoas_repo.liberar(session, [pid for pid, _ in lote[posicao:]])
            raise


def agendar_verificacoes(settings: Settings, enfileirar: Enfileirar, todas: bool = False) -> int:
    """One cycle: claim due parties batch by batch, commit each claim, then send its messages."""
    desativar_expirados()
    with session_scope() as session:
        if todas:
            pessoas_repo.tornar_todas_devidas(session, agora())
        ciclo_id = repo.criar_ciclo(session, "forcado" if todas else "agendador")
    total = 0
    while True:
        with session_scope() as session:
            lote = pessoas_repo.pessoas_para_verificar_batch(session, settings.lote_agendamento, agora())
        if not lote:
            break
        _enviar_lote(lote, enfileirar, ciclo_id)
        total += len(lote)
    with session_scope() as session:
        repo.contar_ciclo(session, ciclo_id, total)
    log.info("ciclo %s: %s pessoas enfileiradas", ciclo_id, total)
    return total


def reconciliar(settings: Settings, enfileirar: Enfileirar, na_fila: Callable[[], set[int]]) -> int:
    """Claims older than the grace period whose message is in no queue are re-enqueued."""
    instante = agora()
    limite = instante - timedelta(minutes=settings.reivindicacao_expira_minutos)
    with session_scope() as session:
        repo.encerrar_interrompidas(session, limite, instante)
        antigas = pessoas_repo.reivindicadas_antes(session, limite)
    if not antigas:
        return 0
    presentes = na_fila()
    perdidas = [(pid, pendente) for pid, pendente in antigas if pid not in presentes]
    with session_scope() as session:
        # Only claims still stale: a check that just finished has released its claim and is left alone.
        renovadas = set(
            pessoas_repo.renovar_reivindicacao(session, [pid for pid, _ in perdidas], limite, instante)
        )
    perdidas = [(pid, pendente) for pid, pendente in perdidas if pid in renovadas]
    _enviar_lote(perdidas, enfileirar, None)
    if perdidas:
        log.warning("reconciliador: %s pessoas sem mensagem na fila foram reenfileiradas", len(perdidas))
    return len(perdidas)
