"""From occurrences to opportunities: the principal pattern and cancellation by later negatives (pure)."""

from __future__ import annotations

from datetime import date

import pytest

from dje_monitor.oportunidades.padroes import Calculada, Evento, consolidar, inicio_janela

PROC, OUTRO = "00000011120248260100", "00000022220248260100"
ANA, BETO = 1, 2


def ev(
    pub: int,
    dia: int,
    padrao: int,
    *,
    positivo: bool = True,
    pessoa: int = ANA,
    processo: str | None = PROC,
    ordem: int = 10,
    ativa: bool = True,
) -> Evento:
    return Evento(pessoa, pub, processo, date(2025, 3, dia), ativa, padrao, positivo, ordem)


def neg(pub: int, dia: int, padrao: int = 90, **kw: object) -> Evento:
    return ev(pub, dia, padrao, positivo=False, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("eventos", "esperado"),
    [
        pytest.param([ev(1, 1, 10)], [Calculada(ANA, 1, 10)], id="so-positivo"),
        pytest.param([neg(1, 1)], [], id="so-negativo-nao-e-oportunidade"),
        pytest.param(
            [ev(1, 1, 10), neg(2, 5)], [Calculada(ANA, 1, 10, 2, 90)], id="negativo-posterior-cancela"
        ),
        pytest.param([neg(1, 1), ev(2, 5, 10)], [Calculada(ANA, 2, 10)], id="negativo-anterior-nao-cancela"),
        pytest.param([ev(1, 5, 10), neg(2, 5)], [Calculada(ANA, 1, 10)], id="mesmo-dia-nao-cancela"),
        pytest.param(
            [ev(1, 5, 10), neg(1, 5)], [Calculada(ANA, 1, 10)], id="negativo-no-proprio-texto-nao-cancela"
        ),
        pytest.param(
            [ev(1, 1, 10), neg(2, 5, processo=OUTRO)],
            [Calculada(ANA, 1, 10)],
            id="outro-processo-nao-cancela",
        ),
        pytest.param(
            [ev(1, 1, 10), neg(2, 5, pessoa=BETO)], [Calculada(ANA, 1, 10)], id="outra-pessoa-nao-cancela"
        ),
        pytest.param(
            [ev(1, 1, 10), neg(2, 5, ativa=False)],
            [Calculada(ANA, 1, 10)],
            id="negativo-cancelado-no-djen-nao-cancela",
        ),
        pytest.param(
            [ev(1, 1, 10, processo=None), neg(2, 5, processo=None)],
            [Calculada(ANA, 1, 10)],
            id="sem-processo-nada-liga",
        ),
        pytest.param(
            [ev(1, 1, 40, ordem=40), ev(1, 1, 10, ordem=10), ev(1, 1, 30, ordem=30)],
            [Calculada(ANA, 1, 10)],
            id="principal-menor-ordem",
        ),
        pytest.param(
            [ev(1, 1, 10), neg(3, 9, 91), neg(2, 5, 92, ordem=99)],
            [Calculada(ANA, 1, 10, 2, 92)],
            id="cancela-o-primeiro-negativo-posterior",
        ),
        pytest.param(
            [ev(1, 1, 10), neg(2, 5), ev(3, 10, 10)],
            [Calculada(ANA, 1, 10, 2, 90), Calculada(ANA, 3, 10)],
            id="nova-oportunidade-depois-do-negativo",
        ),
        pytest.param(
            [ev(1, 1, 10), ev(1, 1, 10, pessoa=BETO), neg(2, 5)],
            [Calculada(ANA, 1, 10, 2, 90), Calculada(BETO, 1, 10)],
            id="mesma-publicacao-duas-pessoas",
        ),
    ],
)
def test_consolidar(eventos: list[Evento], esperado: list[Calculada]) -> None:
    assert consolidar(eventos) == esperado
    assert consolidar(reversed(eventos)) == esperado  # order of the rows does not matter


def test_inicio_da_janela() -> None:
    assert inicio_janela(date(2025, 3, 31), 30) == date(2025, 3, 1)
