"""`dje-monitor migrate` creates the schema on an empty database; a second run is a no-op."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from dje_monitor.modelos import Base
from tests.conftest import PG_ADMIN


@pytest.fixture
def banco_vazio() -> Iterator[str]:
    nome = f"dje_migr_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{nome}"')
    yield PG_ADMIN.rsplit("/", 1)[0] + f"/{nome}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{nome}" WITH (FORCE)')


def _migrate(url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DJE_DATABASE_URL": url}
    return subprocess.run(
        [sys.executable, "-m", "dje_monitor.cli", "migrate"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _tabelas(url: str) -> set[str]:
    with psycopg.connect(url) as con:
        linhas = con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    return {linha[0] for linha in linhas}


def test_migrate_cria_esquema_e_segunda_vez_nao_faz_nada(banco_vazio: str) -> None:
    primeira = _migrate(banco_vazio)
    assert primeira.returncode == 0, primeira.stderr
    tabelas = _tabelas(banco_vazio)
    assert {"pessoas_monitoradas", "publicacoes", "pessoa_publicacoes", "alertas", "verificacoes"} <= tabelas
    segunda = _migrate(banco_vazio)
    assert segunda.returncode == 0, segunda.stderr
    assert "Running upgrade" not in segunda.stderr
    assert _tabelas(banco_vazio) == tabelas


def test_migracoes_correspondem_aos_modelos(banco_vazio: str) -> None:
    """The hand-reviewed revisions and the SQLAlchemy models describe the same schema."""
    assert _migrate(banco_vazio).returncode == 0
    engine = create_engine(banco_vazio.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as con:
        diferencas = compare_metadata(
            MigrationContext.configure(con, opts={"compare_type": True}), Base.metadata
        )
    engine.dispose()
    assert diferencas == []
