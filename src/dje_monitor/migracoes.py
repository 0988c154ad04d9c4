"""Runs the Alembic revisions bundled in the package (`dje-monitor migrate`)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from dje_monitor.config import get_settings

PASTA = Path(__file__).parent / "migrations"


def configuracao(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(PASTA))
    cfg.attributes["url"] = url or get_settings().sqlalchemy_url
    return cfg


def migrar(url: str | None = None, revisao: str = "head") -> None:
    command.upgrade(configuracao(url), revisao)
