"""Notification fixtures: clean channels, loopback receivers, an API client."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from tests.conftest import autenticacao
from tests.notificacoes.apoio import SEGREDO
from tests.notificacoes.receptores import ReceptorWebhook, ServidorSmtp, TelegramFalso


@pytest.fixture
def canais(banco: None) -> Iterator[None]:
    """No channel survives a test: a leftover one would notify other suites' alerts."""
    from dje_monitor.db import get_engine

    def limpar() -> None:
        with get_engine().begin() as con:
            con.execute(text("TRUNCATE canais RESTART IDENTITY CASCADE"))

    limpar()
    yield
    limpar()


@pytest.fixture
def filas(ambiente: dict[str, str]) -> Iterator[None]:
    from dje_monitor.broker import FILAS, broker

    for nome in FILAS:
        broker.flush(nome)
    yield
    for nome in FILAS:
        broker.flush(nome)


@pytest.fixture
def telegram() -> Iterator[TelegramFalso]:
    servidor = TelegramFalso()
    yield servidor
    servidor.parar()


@pytest.fixture
def webhook() -> Iterator[ReceptorWebhook]:
    servidor = ReceptorWebhook(SEGREDO)
    yield servidor
    servidor.parar()


@pytest.fixture
def smtp() -> Iterator[ServidorSmtp]:
    servidor = ServidorSmtp()
    yield servidor
    servidor.parar()


@pytest.fixture
def telegram_api(telegram: TelegramFalso) -> Iterator[str]:
    """Points this process's settings (the API's test send) at the fake Bot API."""
    from dje_monitor.config import get_settings

    anterior = os.environ.get("DJE_TELEGRAM_API_URL")
    os.environ["DJE_TELEGRAM_API_URL"] = telegram.url
    get_settings.cache_clear()
    yield telegram.url
    if anterior is None:
        os.environ.pop("DJE_TELEGRAM_API_URL", None)
    else:
        os.environ["DJE_TELEGRAM_API_URL"] = anterior
    get_settings.cache_clear()


@pytest.fixture
def cliente(canais: None, filas: None) -> Iterator[TestClient]:
    from dje_monitor.app import criar_app

    with TestClient(criar_app(), headers=autenticacao()) as cliente:
        yield cliente
