"""What the scheduler's tick asks of notifications: the sweep every tick, the digests once a day."""

from __future__ import annotations

from datetime import datetime

import redis

from dje_monitor.config import Settings
from dje_monitor.tempo import FUSO_BRASIL


def agendar_notificacoes(settings: Settings, cliente: redis.Redis, instante: datetime) -> None:
    # Imported here, like the scheduler's own actors: importing the scheduler must not build the broker.
    from dje_monitor.notificacoes.tasks import enviar_digests_task, varrer_entregas_task
    from dje_monitor.scheduler import REPLICA, chave

    varrer_entregas_task.send()
    local = instante.astimezone(FUSO_BRASIL)
    # Digests once per Brazilian day, from the configured hour on, whichever replica ticks first.
    if local.hour >= settings.digest_hora and cliente.set(
        chave(settings, f"digest:{local.date()}"), REPLICA, nx=True, ex=2 * 86400
    ):
        enviar_digests_task.send(local.date().isoformat())
