"""Retry-After parsing (seconds or HTTP date) and the jittered backoff bounds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from dje_monitor.djen.requisicao import Requisitor, retry_after


@pytest.mark.parametrize(
    ("valor", "esperado"),
    [
        (None, None),
        ("", None),
        ("2", 2.0),
        ("1.5", 1.5),
        (" 60 ", 60.0),
        ("0", 1.0),  # never hammer again at once
        ("-5", 1.0),
        ("999999", 3600.0),
        ("amanhã", None),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 1.0),  # a date in the past
    ],
)
def test_retry_after(valor: str | None, esperado: float | None) -> None:
    assert retry_after(valor) == esperado


def test_retry_after_como_data_http_futura() -> None:
    daqui_a_30 = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    segundos = retry_after(daqui_a_30)
    assert segundos is not None and 28 <= segundos <= 30


def test_backoff_com_jitter_total_e_teto() -> None:
    with httpx.Client() as http:
        requisitor = Requisitor(http, None, timeout=1, tentativas=8, backoff_base=0.5, backoff_max=8.0)
        for tentativa, teto in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 8.0), (7, 8.0)]:
            amostras = [requisitor._backoff(tentativa) for _ in range(300)]
            assert all(0 <= a <= teto for a in amostras)
            assert max(amostras) > 0.7 * teto  # full jitter spreads over the whole range
