"""CNJ process-number helpers."""

from __future__ import annotations

import pytest

from dje_monitor.djen.processo import cnj_valido, digitos_verificadores, mascarar_cnj, somente_digitos


@pytest.mark.parametrize(
    ("entrada", "esperado"),
    [
        ("0709098-48.2018.8.07.0007", "07090984820188070007"),
        ("07090984820188070007", "07090984820188070007"),
        ("  0800859 80 2023 8 20 5001 ", "08008598020238205001"),
        ("abc", ""),
        ("", ""),
        (None, ""),
        ("١٢٣ 12", "12"),  # only ASCII digits count
    ],
)
def test_somente_digitos(entrada: str | None, esperado: str) -> None:
    assert somente_digitos(entrada) == esperado


@pytest.mark.parametrize(
    ("numero", "valido"),
    [
        ("07090984820188070007", True),  # real samples from DJEN
        ("0709098-48.2018.8.07.0007", True),
        ("08008598020238205001", True),
        ("0186300-63.1996.5.03.0079", True),
        ("07090984920188070007", False),  # check digits off by one
        ("07090984820188070008", False),  # court code changed
        ("0709098482018807000", False),  # 19 digits
        ("070909848201880700070", False),  # 21 digits
        ("", False),
        (None, False),
    ],
)
def test_cnj_valido(numero: str | None, valido: bool) -> None:
    assert cnj_valido(numero) is valido


def test_digitos_verificadores_e_mascara() -> None:
    assert digitos_verificadores("07090980020188070007") == "48"
    assert mascarar_cnj("08008598020238205001") == "0800859-80.2023.8.20.5001"
    assert mascarar_cnj("0800859-80.2023.8.20.5001") == "0800859-80.2023.8.20.5001"
    with pytest.raises(ValueError):
        mascarar_cnj("123")
