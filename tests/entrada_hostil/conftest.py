"""A TestClient on the real app: clean tables, patterns put back, empty queues (enqueuing uses real Redis)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.conftest import autenticacao

# Patterns are not emptied with the other tables: `limpo` puts back the seeded ones after each test.
from tests.oportunidades.conftest import limpo  # noqa: F401  (fixture)


@pytest.fixture
def filas(ambiente: dict[str, str]) -> Iterator[None]:
    from dje_monitor.broker import FILAS, broker

    for nome in FILAS:
        broker.flush(nome)
    yield
    for nome in FILAS:
        broker.flush(nome)


@pytest.fixture
def app(ambiente: dict[str, str]) -> FastAPI:
    from dje_monitor.app import criar_app

    return criar_app()


@pytest.fixture
def cliente(app: FastAPI, limpo: None, filas: None) -> Iterator[TestClient]:  # noqa: F811  (the fixture)
    # A 500 must come back as a response the test can report, not as the server's exception.
    with TestClient(app, raise_server_exceptions=False, headers=autenticacao()) as cliente:
        yield cliente
