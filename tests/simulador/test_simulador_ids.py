"""Ids of communications added at run time grow with the clock: a restarted simulator (the demo keeps its
database between runs) never hands out again an id that meant another communication."""

from __future__ import annotations

from datetime import date

from dje_monitor.simulador.config import ConfigSimulador
from dje_monitor.simulador.estado import Simulador

INICIO_2026_11 = 1_793_491_200.0  # 2026-11-01T00:00:00Z


def _rodada(instante: float) -> tuple[set[int], list[int]]:
    sim = Simulador(
        ConfigSimulador(partes=3, publicacoes_por_parte=4, seed=7, hoje=date(2026, 11, 2)), lambda: instante
    )
    historico = set(sim.base._itens)
    dia = date(2026, 11, 2)
    novas = sim.adicionar_comunicacoes(6, ["FULANA DE TAL"], dia, dia)  # a minute of the demo, at most
    return historico, novas


def test_reinicio_nao_reusa_ids_de_comunicacoes_novas() -> None:
    historico, primeira = _rodada(INICIO_2026_11)
    mesmo_historico, segunda = _rodada(INICIO_2026_11 + 60)  # restarted a minute later, same seed
    assert historico == mesmo_historico  # the seeded history is the same
    assert max(historico) < min(primeira) and max(primeira) < min(segunda)
