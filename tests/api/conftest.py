"""API fixtures: a TestClient on the real app, clean tables and queues, a SQL statement counter."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import event

from tests.conftest import autenticacao


@pytest.fixture
def app(ambiente: dict[str, str]) -> FastAPI:
    from dje_monitor.app import criar_app

    return criar_app()


@pytest.fixture
def filas(ambiente: dict[str, str]) -> Iterator[object]:
    """The broker with empty queues, so a test counts only its own messages."""
    from dje_monitor.broker import FILAS, broker

    for nome in FILAS:
        broker.flush(nome)
    yield broker
    for nome in FILAS:
        broker.flush(nome)


@pytest.fixture
def cliente(app: FastAPI, banco: None, filas: object) -> Iterator[TestClient]:
    with TestClient(app, headers=autenticacao()) as cliente:
        yield cliente


@pytest.fixture
def contar_sql(ambiente: dict[str, str]) -> Callable[[], object]:
    """`with contar_sql() as contagem: ...` then `contagem[0]` is the number of statements sent."""
    from dje_monitor.db import get_engine

    @contextmanager
    def contar() -> Iterator[list[int]]:
        contagem = [0]

        def antes(*_: object) -> None:
            contagem[0] += 1

        engine = get_engine()
        event.listen(engine, "before_cursor_execute", antes)
        try:
            yield contagem
        finally:
            event.remove(engine, "before_cursor_execute", antes)

    return contar
