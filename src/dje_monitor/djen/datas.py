"""Dates and times as DJEN writes them (several formats, no offset = Brasília time). Pure."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

try:
    FUSO_DJEN: tzinfo = ZoneInfo("America/Sao_Paulo")
except ZoneInfoNotFoundError:  # slim images without tzdata; Brazil has had no DST since 2019
    FUSO_DJEN = timezone(timedelta(hours=-3), "BRT")

_FORMATOS_DATA_HORA = (
    "%Y-%m-%dT%H:%M:%S.%f%z",
    "%Y-%m-%dT%H:%M:%S%z",
    "%Y-%m-%d %H:%M:%S.%f%z",
    "%Y-%m-%d %H:%M:%S%z",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%Y-%m-%d",
    "%d/%m/%Y",
)


def converter_data(valor: Any) -> date:
    """yyyy-mm-dd, dd/mm/yyyy, an ISO date-time or a date/datetime -> date. ValueError otherwise."""
    if isinstance(valor, datetime):
        return valor.date()
    if isinstance(valor, date):
        return valor
    if isinstance(valor, str):
        texto = valor.strip()
        for formato in ("%Y-%m-%d", "%d/%m/%Y"):
            try:
                return datetime.strptime(texto, formato).date()
            except ValueError:
                pass
        return converter_data_hora(texto).date()
    raise ValueError(f"data inválida: {valor!r}")


def converter_data_hora(valor: Any) -> datetime:
    """Many DJEN-ish formats -> aware datetime; times without offset are Brasília time."""
    if isinstance(valor, datetime):
        return valor if valor.tzinfo else valor.replace(tzinfo=FUSO_DJEN)
    if isinstance(valor, date):
        return datetime(valor.year, valor.month, valor.day, tzinfo=FUSO_DJEN)
    if isinstance(valor, str):
        texto = valor.strip().replace("Z", "+00:00")
        for formato in _FORMATOS_DATA_HORA:
            try:
                lido = datetime.strptime(texto, formato)
            except ValueError:
                continue
            return lido if lido.tzinfo else lido.replace(tzinfo=FUSO_DJEN)
    raise ValueError(f"data/hora inválida: {valor!r}")
