"""Runs the Alembic revisions bundled in the package (`dje-monitor migrate`)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, make_url, text

from dje_monitor.config import get_settings

PASTA = Path(__file__).parent / "migrations"


def configuracao(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(PASTA))
    cfg.attributes["url"] = url or get_settings().sqlalchemy_url
    return cfg


def garantir_banco(url: str) -> bool:
    """Creates the database named in `url` when it does not exist yet; returns whether it created it."""
    destino = make_url(url)
    admin = destino.set(database="postgres")
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as con:
            existe = con.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": destino.database})
            if not existe:
                con.execute(text(f'CREATE DATABASE "{destino.database}"'))
            return not existe
    finally:
        engine.dispose()


def migrar(url: str | None = None, revisao: str = "heads") -> None:
    command.upgrade(configuracao(url), revisao)
