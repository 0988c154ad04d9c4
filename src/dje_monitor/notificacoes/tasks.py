"""Dramatiq actors of notifications (queue `notificacao`): drain the outbox, sweep, daily digests."""

from __future__ import annotations

from datetime import date, datetime

import dramatiq

from dje_monitor.broker import broker  # noqa: F401  (the broker must exist before any actor)
from dje_monitor.config import get_settings
from dje_monitor.notificacoes import despacho
from dje_monitor.tempo import agora

_OPCOES = {"queue_name": "notificacao", "max_retries": 3, "min_backoff": 1000, "max_backoff": 30_000}


@dramatiq.actor(**_OPCOES, time_limit=30 * 60 * 1000)  # type: ignore[call-overload]
def enviar_entregas_task() -> None:
    """Sends every delivery due now. Carries nothing: the outbox in PostgreSQL says what is due."""
    despacho.despachar(get_settings(), agendar_envio)


@dramatiq.actor(**_OPCOES)  # type: ignore[call-overload]
def varrer_entregas_task() -> None:
    """Every scheduler tick: re-sends what is due (lost messages, expired leases, channels from env)."""
    despacho.varrer(get_settings(), agendar_envio)


@dramatiq.actor(**_OPCOES)  # type: ignore[call-overload]
def enviar_digests_task(dia: str) -> None:
    """Once per Brazilian day: each digest channel's waiting deliveries become one message."""
    despacho.preparar_digests(date.fromisoformat(dia), agendar_envio)


def agendar_envio(quando: datetime | None) -> None:
    """A drain message now, or delayed until a retry is due."""
    atraso_ms = int((quando - agora()).total_seconds() * 1000) if quando else 0
    if atraso_ms <= 0:
        enviar_entregas_task.send()
    else:
        enviar_entregas_task.send_with_options(delay=atraso_ms)
