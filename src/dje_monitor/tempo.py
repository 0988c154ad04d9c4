"""Clock helpers: instants in UTC, calendar days in Brazil (DJEN publishes by Brasília date)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

FUSO_BRASIL = ZoneInfo("America/Sao_Paulo")


def agora() -> datetime:
    return datetime.now(UTC)


def hoje_brasil(instante: datetime | None = None) -> date:
    return (instante or agora()).astimezone(FUSO_BRASIL).date()
