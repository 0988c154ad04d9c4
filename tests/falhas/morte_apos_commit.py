"""Loaded next to dje_monitor.tasks by a test worker: dies right after the first check committed,
before Dramatiq acks its message (the ack comes after the after_process_message hooks)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from dramatiq import Broker, Message, Middleware

from dje_monitor.broker import broker

MARCA = Path(os.environ["DJE_TESTE_MARCA_MORTE"])


class MorteAposCommit(Middleware):
    def after_process_message(
        self,
        broker: Broker,
        message: Message[Any],
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        if message.actor_name == "verificar_pessoa_task" and exception is None and not MARCA.exists():
            MARCA.write_text(str(message.args))
            os._exit(9)


broker.add_middleware(MorteAposCommit())
