"""The API's light scheduler: every interval it only enqueues; a Redis lease elects one replica per tick."""

from __future__ import annotations

import logging
import os
import socket
from datetime import UTC, datetime

import redis
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from dje_monitor.config import Settings
from dje_monitor.notificacoes.agendamento import agendar_notificacoes
from dje_monitor.tempo import agora, hoje_brasil

log = logging.getLogger(__name__)
# Every replica aligns its ticks to the same instants (multiples of the interval since this date),
# so all replicas compete for the same lease key each tick.
ORIGEM = datetime(2024, 1, 1, tzinfo=UTC)
REPLICA = f"{socket.gethostname()}:{os.getpid()}"


def chave(settings: Settings, nome: str) -> str:
    return f"{settings.redis_namespace}:agendador:{nome}"


def tick(settings: Settings, cliente: redis.Redis, instante: datetime | None = None) -> bool:
    """Runs one tick if this replica wins its lease; returns whether it did."""
    from dje_monitor.tasks import (
        agendar_verificacoes_task,
        desativar_expirados_task,
        reconciliar_reivindicacoes_task,
        varrer_oportunidades_task,
    )

    intervalo = int(settings.monitor_interval_minutes * 60) or 1
    instante = instante or agora()
    # Round to the nearest boundary: replicas firing a few seconds apart share one bucket.
    balde = round((instante - ORIGEM).total_seconds() / intervalo)
    if not cliente.set(chave(settings, f"tick:{balde}"), REPLICA, nx=True, ex=intervalo * 2):
        return False
    cliente.set(chave(settings, "lider"), REPLICA, ex=intervalo * 2)
    cliente.set(chave(settings, "ultimo_tick"), instante.isoformat(), ex=intervalo * 4)
    agendar_verificacoes_task.send()
    reconciliar_reivindicacoes_task.send()
    # Sees the checks finished since the last tick (this tick's cycle is still running); idempotent.
    varrer_oportunidades_task.send()
    # Expiry once per Brazilian day, whichever replica ticks first that day.
    if cliente.set(chave(settings, f"expiracao:{hoje_brasil(instante)}"), REPLICA, nx=True, ex=2 * 86400):
        desativar_expirados_task.send()
    agendar_notificacoes(settings, cliente, instante)
    log.info("tick %s: ciclo enfileirado por %s", balde, REPLICA)
    return True


class Agendador:
    def __init__(self, settings: Settings, cliente: redis.Redis) -> None:
        self.settings = settings
        self.cliente = cliente
        self.scheduler = BackgroundScheduler(timezone=UTC)

    def _executar(self) -> None:
        try:
            tick(self.settings, self.cliente)
        except Exception:  # a Redis outage must not kill the scheduler thread; the next tick retries
            log.exception("tick do agendador falhou")
        self._publicar_proxima()

    def _publicar_proxima(self) -> None:
        """The status page shows the next tick: every replica computes the same aligned instant."""
        proximo = self.proxima_execucao()
        if proximo:
            try:
                self.cliente.set(chave(self.settings, "proximo"), proximo.isoformat(), ex=86400)
            except Exception:
                log.warning("não foi possível publicar a próxima execução no Redis", exc_info=True)

    def iniciar(self) -> None:
        gatilho = IntervalTrigger(minutes=self.settings.monitor_interval_minutes, start_date=ORIGEM)
        self.scheduler.add_job(self._executar, gatilho, id="agendar", max_instances=1, coalesce=True)
        self.scheduler.start()
        self._publicar_proxima()

    def proxima_execucao(self) -> datetime | None:
        job = self.scheduler.get_job("agendar")
        return job.next_run_time if job else None

    def parar(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
