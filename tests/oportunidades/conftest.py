"""Opportunity fixtures: the API ones (shared with tests/api); patterns are put back after each test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import delete, insert, select, text

from tests.api.conftest import app, cliente, filas  # noqa: F401  (fixtures, re-exported for this folder)


@pytest.fixture
def limpo(banco: None) -> Iterator[None]:
    """Empty publications, parties and alerts; whatever a test does to the patterns is undone."""
    from dje_monitor.db import session_scope
    from dje_monitor.oportunidades.models import PadraoOportunidade

    tabela = PadraoOportunidade.__table__
    with session_scope() as session:
        iniciais: list[dict[str, Any]] = [dict(linha._mapping) for linha in session.execute(select(tabela))]
    yield
    with session_scope() as session:
        session.execute(delete(tabela))
        session.execute(insert(tabela), iniciais)
        session.execute(
            text(
                "SELECT setval(pg_get_serial_sequence('padroes_oportunidade', 'id'), "
                "(SELECT max(id) FROM padroes_oportunidade))"
            )
        )
