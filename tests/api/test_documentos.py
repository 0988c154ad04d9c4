"""CPF, CNPJ (numeric and alphanumeric), CNJ numbers and court acronyms: pure, table-driven."""

from __future__ import annotations

import re

import pytest

from dje_monitor.documentos import (
    IdentificadorInvalido,
    cnpj_valido,
    cpf_valido,
    mascarar_processo,
    normalizar_cpf_cnpj,
    normalizar_processo,
)
from dje_monitor.tribunais import SIGLAS_TRIBUNAIS, sigla_canonica


@pytest.mark.parametrize(
    ("entrada", "esperado"),
    [
        ("529.982.247-25", "52998224725"),
        ("52998224725", "52998224725"),
        (" 111.444.777-35 ", "11144477735"),
        ("11.222.333/0001-81", "11222333000181"),
        ("11222333000181", "11222333000181"),
        # The Receita Federal's own example of the 2026 alphanumeric CNPJ.
        ("12.ABC.345/01DE-35", "12ABC34501DE35"),
        ("12abc34501de35", "12ABC34501DE35"),
        ("12 ABC 345 01DE 35", "12ABC34501DE35"),
    ],
)
def test_documento_valido_normalizado(entrada: str, esperado: str) -> None:
    assert normalizar_cpf_cnpj(entrada) == esperado


@pytest.mark.parametrize(
    ("entrada", "mensagem"),
    [
        ("529.982.247-26", "CPF inválido"),
        ("111.111.111-11", "CPF inválido"),
        ("000.000.000-00", "CPF inválido"),
        ("5299822472A", "CPF deve conter apenas dígitos"),
        ("11.222.333/0001-82", "CNPJ inválido"),
        ("00.000.000/0000-00", "CNPJ inválido"),
        ("12.ABC.345/01DE-36", "CNPJ inválido"),
        ("12.ABC.345/01DE-3A", "CNPJ deve ter 12 letras ou dígitos"),
        ("1234", "deve ser um CPF (11 dígitos) ou um CNPJ (14 caracteres)"),
        ("123456789012345", "deve ser um CPF"),
        ("529.982.247_25", "caracteres inválidos"),
        ("52998224ÿ25", "caracteres inválidos"),
    ],
)
def test_documento_invalido(entrada: str, mensagem: str) -> None:
    with pytest.raises(IdentificadorInvalido, match=re.escape(mensagem)):
        normalizar_cpf_cnpj(entrada)


@pytest.mark.parametrize(
    ("valor", "cpf", "cnpj"),
    [
        ("52998224725", True, False),
        ("11222333000181", False, True),
        ("12ABC34501DE35", False, True),
        ("12abc34501de35", False, False),  # bare form is upper case; normalizar_cpf_cnpj converts
        ("", False, False),
    ],
)
def test_predicados(valor: str, cpf: bool, cnpj: bool) -> None:
    assert cpf_valido(valor) is cpf
    assert cnpj_valido(valor) is cnpj


@pytest.mark.parametrize(
    ("entrada", "esperado"),
    [
        ("0709098-48.2018.8.07.0007", "07090984820188070007"),
        ("07090984820188070007", "07090984820188070007"),
        ("1000010-81.2024.8.26.0100", "10000108120248260100"),
    ],
)
def test_processo_valido(entrada: str, esperado: str) -> None:
    assert normalizar_processo(entrada) == esperado
    assert normalizar_processo(mascarar_processo(esperado) or "") == esperado


@pytest.mark.parametrize(
    ("entrada", "mensagem"),
    [
        ("0709098-49.2018.8.07.0007", "dígitos verificadores"),
        ("0709098-48.2018.8.07", "20 dígitos"),
        ("0709098-48.2018.8.07.000A", "20 dígitos"),
        ("", "20 dígitos"),
    ],
)
def test_processo_invalido(entrada: str, mensagem: str) -> None:
    with pytest.raises(IdentificadorInvalido, match=mensagem):
        normalizar_processo(entrada)


def test_mascara_so_para_20_digitos() -> None:
    assert mascarar_processo(None) is None
    assert mascarar_processo("123") == "123"


@pytest.mark.parametrize(
    ("entrada", "esperado"),
    [
        ("TJSP", "TJSP"),
        ("tjsp", "TJSP"),
        ("pjecor", "PJeCor"),
        ("tre-sp", "TRE-SP"),
        ("TRE SP", "TRE-SP"),
        ("trt15", "TRT15"),
        ("TJDFT", "TJDFT"),
        ("tjmsp", "TJMSP"),
        ("TRF6", "TRF6"),
        ("TRF7", None),
        ("TRT25", None),
        ("TJXX", None),
        ("", None),
    ],
)
def test_sigla_canonica(entrada: str, esperado: str | None) -> None:
    assert sigla_canonica(entrada) == esperado


def test_lista_de_tribunais() -> None:
    assert len(SIGLAS_TRIBUNAIS) == len(set(SIGLAS_TRIBUNAIS)) == 96
    assert sum(s.startswith("TRE-") for s in SIGLAS_TRIBUNAIS) == 27
    assert sum(s.startswith("TRT") for s in SIGLAS_TRIBUNAIS) == 24
