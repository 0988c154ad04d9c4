"""Per-process singletons built on first use: Redis client, global limiter, DJEN client."""

from __future__ import annotations

import threading
from functools import lru_cache

import redis

from dje_monitor.config import get_settings
from dje_monitor.djen.client import DjenClient
from dje_monitor.djen.limitador import Limitador

_lock = threading.Lock()


@lru_cache
def redis_cliente() -> redis.Redis:
    settings = get_settings()
    return redis.Redis.from_url(settings.redis_url, socket_timeout=10, socket_connect_timeout=5)


@lru_cache
def limitador() -> Limitador:
    settings = get_settings()
    return Limitador(
        redis_cliente(),
        settings.rate_limit_per_second,
        prefixo=settings.redis_namespace,
        limiar_falhas=settings.circuito_limiar,
        janela_falhas=settings.circuito_janela_s,
        resfriamento=settings.circuito_resfriamento_s,
    )


def cliente_djen() -> DjenClient:
    with _lock:
        return _cliente_djen()


@lru_cache
def _cliente_djen() -> DjenClient:
    settings = get_settings()
    return DjenClient(
        settings.djen_url, limitador(), timeout=settings.djen_timeout, max_paginas=settings.max_paginas
    )
