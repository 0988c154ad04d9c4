"""The opportunity sweep actor. Sent by every scheduler tick and by "Varrer agora"; idempotent."""

from __future__ import annotations

import logging

import dramatiq

from dje_monitor.broker import broker  # noqa: F401  (the broker must exist before any actor)
from dje_monitor.config import get_settings
from dje_monitor.notificacoes.tasks import enviar_entregas_task
from dje_monitor.oportunidades import varredura

log = logging.getLogger(__name__)

# When another sweep holds the lock it may have read the window before this request's data: run
# again once it is likely done, a few times at most (each run is cheap when nothing is new).
ESPERA_MS = 30_000
MAX_ESPERAS = 3


@dramatiq.actor(queue_name="manutencao", max_retries=3, time_limit=60 * 60 * 1000)
def varrer_oportunidades_task(espera: int = 0) -> None:
    """Matches new texts against the patterns, derives credit opportunities, raises their alerts."""
    resumo = varredura.varrer(get_settings())
    if not resumo.executada and espera < MAX_ESPERAS:
        varrer_oportunidades_task.send_with_options(args=(espera + 1,), delay=ESPERA_MS)
    if resumo.novas_entregas:
        try:
            enviar_entregas_task.send()
        except Exception:  # committed already; the deliveries' own sweep sends them if this is lost
            log.warning("envio das notificações de oportunidades adiado para a varredura", exc_info=True)
