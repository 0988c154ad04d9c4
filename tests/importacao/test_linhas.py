"""One row to a party or to its errors: role prefixes, documents, CNJ numbers, dates, courts. Pure."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from dje_monitor.importacao.linhas import (
    LinhaInvalida,
    LinhaValida,
    eco,
    remover_qualificacao,
    somar_anos,
    validar,
)
from dje_monitor.importacao.planilha import LinhaBruta
from tests.api.apoio import cnj

HOJE = date(2026, 6, 1)
CNJ = cnj(1234)


def _validar(**valores: Any) -> LinhaValida | LinhaInvalida:
    return validar(LinhaBruta(7, {"nome": "Maria da Silva", **valores}), 5, HOJE)


def _valida(**valores: Any) -> LinhaValida:
    resultado = _validar(**valores)
    assert isinstance(resultado, LinhaValida), resultado
    return resultado


def _erros(**valores: Any) -> list[str]:
    resultado = _validar(**valores)
    assert isinstance(resultado, LinhaInvalida), resultado
    assert resultado.linha == 7
    return resultado.erros


@pytest.mark.parametrize(
    ("celula", "nome"),
    [
        ("AUTOR - João Souza", "João Souza"),
        ("RÉU: Maria Lima", "Maria Lima"),
        ("réu:Maria Lima", "Maria Lima"),
        ("EXECUTADO – Empresa X Ltda", "Empresa X Ltda"),
        ("Executada(o): Ana Paula", "Ana Paula"),
        ("Executado/a — Ana Paula", "Ana Paula"),
        ("REQUERIDA - Construtora Y S/A", "Construtora Y S/A"),
        ("Polo Passivo: Banco Z", "Banco Z"),
        ("Parte Adversa - Carlos", "Carlos"),
        ("Autora Silva", "Autora Silva"),  # no separator: that may be a real name
        ("Réus Unidos Ltda", "Réus Unidos Ltda"),
        ("Maria - da Silva", "Maria - da Silva"),
    ],
)
def test_prefixo_de_qualificacao_removido(celula: str, nome: str) -> None:
    assert remover_qualificacao(celula) == nome
    assert _valida(nome=f"  {celula} ").nome == " ".join(nome.split())


def test_linha_completa() -> None:
    linha = _valida(
        nome="RÉU: José  d'Ávila",
        cpf_cnpj="529.982.247-25",
        numero_processo=f"{CNJ[:7]}-{CNJ[7:9]}.{CNJ[9:13]}.{CNJ[13]}.{CNJ[14:16]}.{CNJ[16:]}",
        data_prazo="10/03/2024",
        comarca="  São   Paulo ",
        uf="sp",
        tribunal_filtro="tjsp",
    )
    assert linha == LinhaValida(
        linha=7,
        nome="José d'Ávila",
        nome_normalizado="JOSE D AVILA",
        cpf_cnpj="52998224725",
        numero_processo=CNJ,
        tribunal_filtro="TJSP",
        comarca="São Paulo",
        uf="SP",
        data_prazo=date(2024, 3, 10),
        data_expiracao=date(2029, 3, 10),
    )


@pytest.mark.parametrize(
    ("celula", "esperado"),
    [
        ("529.982.247-25", "52998224725"),
        ("CPF: 529.982.247-25", "52998224725"),
        ("11.222.333/0001-81", "11222333000181"),
        ("CNPJ nº 11.222.333/0001-81", "11222333000181"),
        ("12.ABC.345/01DE-35", "12ABC34501DE35"),  # the 2026 alphanumeric CNPJ
        ("12.abc.345/01de-35", "12ABC34501DE35"),
        (52998224725, "52998224725"),
        (191, "00000000191"),  # a number cell lost the leading zeros
        (11222333000181.0, "11222333000181"),
    ],
)
def test_cpf_cnpj_aceito(celula: Any, esperado: str) -> None:
    assert _valida(cpf_cnpj=celula).cpf_cnpj == esperado


@pytest.mark.parametrize(
    ("celula", "trecho"),
    [
        ("529.982.247-24", "CPF inválido (dígitos verificadores não conferem)"),
        ("111.111.111-11", "CPF inválido"),
        ("11.222.333/0001-80", "CNPJ inválido (dígitos verificadores não conferem)"),
        ("12.ABC.345/01DE-36", "CNPJ inválido"),
        ("1234", "deve ser um CPF (11 dígitos) ou um CNPJ (14 caracteres)"),
        ("<script>", "caracteres inválidos"),
        ("529.982.247-25'; DROP TABLE x;--", "caracteres inválidos"),
        (12.5, "CPF/CNPJ"),
    ],
)
def test_cpf_cnpj_invalido(celula: Any, trecho: str) -> None:
    (erro,) = _erros(cpf_cnpj=celula)
    assert erro.startswith("CPF/CNPJ: ") and trecho in erro


def test_processo_cnj() -> None:
    assert _valida(numero_processo=CNJ).numero_processo == CNJ
    (erro,) = _erros(numero_processo=CNJ[:8] + str((int(CNJ[8]) + 1) % 10) + CNJ[9:])
    assert erro == "número do processo: número de processo inválido (dígitos verificadores não conferem)"
    (erro,) = _erros(numero_processo="123")
    assert erro == "número do processo: número de processo deve ter 20 dígitos no padrão CNJ"
    # Excel keeps 15 significant digits: a 20-digit number cell is never the number that was typed.
    longo = cnj(9876543, ano=2023)
    (erro,) = _erros(numero_processo=float(longo))
    assert "célula é numérica" in erro


@pytest.mark.parametrize(
    ("celula", "prazo"),
    [
        ("10/03/2024", date(2024, 3, 10)),
        ("1/3/2024", date(2024, 3, 1)),
        ("10-03-2024", date(2024, 3, 10)),
        ("10.03.2024", date(2024, 3, 10)),
        ("2024-03-10", date(2024, 3, 10)),
        ("10/03/2024 14:30", date(2024, 3, 10)),
        (datetime(2024, 3, 10, 0, 0), date(2024, 3, 10)),
        (date(2024, 3, 10), date(2024, 3, 10)),
    ],
)
def test_data_do_prazo(celula: Any, prazo: date) -> None:
    linha = _valida(data_prazo=celula)
    assert linha.data_prazo == prazo
    assert linha.data_expiracao == date(prazo.year + 5, prazo.month, prazo.day)


@pytest.mark.parametrize(
    ("celula", "trecho"),
    [
        ("31/02/2024", "data do prazo inválida (31/02/2024); use dd/mm/aaaa"),
        ("amanhã", "data do prazo inválida"),
        ("10/03/24", "use dd/mm/aaaa"),
        (45000, "use dd/mm/aaaa ou uma célula de data"),
        ("01/01/1800", "fora do intervalo"),
        ("01/01/2020", "os 5 anos de monitoramento terminaram em 01/01/2025"),
    ],
)
def test_data_invalida_ou_expirada(celula: Any, trecho: str) -> None:
    (erro,) = _erros(data_prazo=celula)
    assert trecho in erro


def test_29_de_fevereiro_expira_em_28() -> None:
    assert somar_anos(date(2024, 2, 29), 5) == date(2029, 2, 28)
    assert somar_anos(date(2024, 2, 29), 4) == date(2028, 2, 29)


@pytest.mark.parametrize(
    ("campo", "celula", "erro"),
    [
        ("tribunal_filtro", "TJXX", "tribunal desconhecido: TJXX"),
        ("uf", "Atlântida", "UF desconhecida: Atlântida"),
        ("comarca", "x" * 121, "comarca: deve ter no máximo 120 caracteres"),
        ("comarca", "São\x00Paulo", "comarca: contém caracteres inválidos"),
    ],
)
def test_tribunal_uf_comarca_invalidos(campo: str, celula: str, erro: str) -> None:
    assert _erros(**{campo: celula}) == [erro]


def test_uf_por_nome_e_tribunal_em_qualquer_grafia() -> None:
    linha = _valida(uf="São Paulo", tribunal_filtro="tre sp")
    assert (linha.uf, linha.tribunal_filtro) == ("SP", "TRE-SP")


@pytest.mark.parametrize(
    ("celula", "erro"),
    [
        (None, "nome da parte vazio"),
        ("   ", "nome da parte vazio"),
        ("RÉU: ", "nome da parte: deve ter entre 3 e 300 caracteres"),
        ("Jo", "nome da parte: deve ter entre 3 e 300 caracteres"),
        ("x" * 301, "nome da parte: deve ter entre 3 e 300 caracteres"),
        ("x" * 40_000, "nome da parte: célula com mais de 32767 caracteres"),
        ("...", "nome da parte: deve conter letras ou números"),
        ("Maria\x07Silva", "nome da parte: contém caracteres inválidos"),
        ("Maria\ud800Silva", "nome da parte: contém caracteres inválidos"),
        ("#N/A", "nome da parte: célula com erro do Excel (#N/A)"),
        (12345, "nome da parte deve ser um texto"),
        (datetime(2024, 1, 1), "nome da parte deve ser um texto"),
    ],
)
def test_nome_invalido(celula: Any, erro: str) -> None:
    assert _erros(nome=celula) == [erro]


def test_todos_os_erros_da_linha_de_uma_vez() -> None:
    resultado = _validar(nome="Ana Souza", cpf_cnpj="123", numero_processo="456", uf="ZZ")
    assert isinstance(resultado, LinhaInvalida)
    assert resultado.nome == "Ana Souza"
    assert len(resultado.erros) == 3


def test_html_e_sql_no_nome_sao_texto_comum() -> None:
    # Stored as typed (bound parameters; the web app escapes on display), never interpreted.
    assert (
        _valida(nome="<b>Robert'); DROP TABLE pessoas;--</b>").nome
        == "<b>Robert'); DROP TABLE pessoas;--</b>"
    )


def test_eco_limita_e_limpa() -> None:
    assert eco("a\x00b\ud800c") == "a�b�c"
    assert eco("x" * 10_000_000) == "x" * 300 + "…"
