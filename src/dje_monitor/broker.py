"""The Dramatiq broker on Redis, configured from settings before any actor is declared."""

from __future__ import annotations

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from dramatiq.middleware import CurrentMessage

from dje_monitor.config import Settings, get_settings

FILAS = ("verificacao", "scheduler", "manutencao", "notificacao")


def criar_broker(settings: Settings) -> RedisBroker:
    broker = RedisBroker(
        url=settings.redis_url,
        namespace=f"{settings.redis_namespace}:dramatiq",
        heartbeat_timeout=settings.broker_heartbeat_ms,
        maintenance_chance=settings.broker_maintenance_chance,
        # Dead letters kept a week so an operator can see what failed.
        dead_message_ttl=7 * 24 * 3600 * 1000,
        socket_timeout=10,
        socket_connect_timeout=5,
    )
    broker.add_middleware(CurrentMessage())
    return broker


broker = criar_broker(get_settings())
dramatiq.set_broker(broker)
