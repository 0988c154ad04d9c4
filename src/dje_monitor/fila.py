"""Sending messages: a Redis failure becomes FilaIndisponivel, never a half-done 500."""

from __future__ import annotations

import json
from typing import Any

import redis
from dramatiq import Actor

from dje_monitor.broker import broker
from dje_monitor.errors import FilaIndisponivel


def enviar(actor: Actor[Any, Any], *args: Any, **kwargs: Any) -> None:
    try:
        actor.send(*args, **kwargs)
    except (redis.RedisError, OSError) as erro:
        raise FilaIndisponivel() from erro


def pessoas_na_fila(fila: str) -> set[int]:
    """Party ids of messages waiting, delayed or in progress on a queue (HSCAN, never KEYS).

    Dramatiq's Redis broker keeps each message in `<ns>:<queue>.msgs` (or `.DQ.msgs` while delayed)
    until it is acked, so a claimed party absent from both has lost its message.
    """
    cliente = broker.client
    encontrados: set[int] = set()
    for sufixo in (".msgs", ".DQ.msgs"):
        for _, bruto in cliente.hscan_iter(f"{broker.namespace}:{fila}{sufixo}", count=1000):
            try:
                args = json.loads(bruto).get("args") or []
            except (ValueError, AttributeError):
                continue
            if args and isinstance(args[0], int):
                encontrados.add(args[0])
    return encontrados
