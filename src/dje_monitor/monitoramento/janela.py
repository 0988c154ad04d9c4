"""Pure scheduling rules: which window a check asks DJEN for, and when a party is due again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class Janela:
    inicio: date | None  # None: the whole history (a baseline)
    fim: date


def janela_periodica(janela_fim_anterior: date | None, hoje: date, sobreposicao_dias: int) -> Janela:
    """Invariant 6: from the end of the last successful window minus the overlap, through today."""
    if janela_fim_anterior is None:
        return Janela(None, hoje)
    inicio = min(janela_fim_anterior - timedelta(days=sobreposicao_dias), hoje)
    return Janela(inicio, hoje)


def proximo_apos_sucesso(agora: datetime, intervalo_minutos: float) -> datetime:
    return agora + timedelta(minutes=intervalo_minutos)


def proximo_apos_falha(
    agora: datetime, falhas_consecutivas: int, base_minutos: int, max_minutos: int
) -> datetime:
    """Exponential backoff per consecutive failure, so a poison party stops eating the budget."""
    expoente = max(falhas_consecutivas - 1, 0)
    minutos = min(base_minutos * (2 ** min(expoente, 20)), max_minutos)
    return agora + timedelta(minutes=minutos)
