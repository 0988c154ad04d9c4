from datetime import UTC, date, datetime, timedelta

import pytest

from dje_monitor.monitoramento.janela import Janela, janela_periodica, proximo_apos_falha

HOJE = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("fim_anterior", "sobreposicao", "esperada"),
    [
        (None, 3, Janela(None, HOJE)),
        (date(2026, 11, 27), 3, Janela(date(2026, 11, 24), HOJE)),
        (date(2026, 11, 20), 3, Janela(date(2026, 11, 17), HOJE)),
        (date(2026, 11, 27), 0, Janela(HOJE, HOJE)),
        # A window end in the future (clock skew) never yields a start after today.
        (date(2026, 12, 5), 3, Janela(HOJE, HOJE)),
    ],
)
def test_janela_periodica(fim_anterior: date | None, sobreposicao: int, esperada: Janela) -> None:
    assert janela_periodica(fim_anterior, HOJE, sobreposicao) == esperada


AGORA = datetime(2026, 11, 27, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("falhas", "minutos"),
    [(1, 5), (2, 10), (3, 20), (4, 40), (7, 320), (8, 360), (100, 360)],
)
def test_backoff_apos_falha(falhas: int, minutos: int) -> None:
    assert proximo_apos_falha(AGORA, falhas, 5, 360) == AGORA + timedelta(minutes=minutos)
