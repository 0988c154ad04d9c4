"""Party-name normalization and matching (invariant 11): table-driven."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from dje_monitor.publicacoes.nomes import (
    corresponde,
    destinatarios_correspondentes,
    nome_mascarado,
    normalizar_nome,
)


@pytest.mark.parametrize(
    ("entrada", "esperado"),
    [
        ("José da Silva", "JOSE DA SILVA"),
        ("JOSÉ DA SILVA", "JOSE DA SILVA"),
        ("jose da silva", "JOSE DA SILVA"),
        ("  José   da    Silva  ", "JOSE DA SILVA"),
        ("José\tda\nSilva", "JOSE DA SILVA"),
        ("José\u00a0da\u2003Silva", "JOSE DA SILVA"),
        ("Conceição Gonçalves", "CONCEICAO GONCALVES"),
        ("ÂNGELA ÚRSULA ÍRIS ÔMEGA ÊNIO ÀNA ÕES ÜBER", "ANGELA URSULA IRIS OMEGA ENIO ANA OES UBER"),
        ("Empresa Ltda.", "EMPRESA LTDA"),
        ("Empresa LTDA", "EMPRESA LTDA"),
        ("BANCO DO BRASIL S/A", "BANCO DO BRASIL S A"),
        ("BANCO DO BRASIL S.A.", "BANCO DO BRASIL S A"),
        ("Silva & Filhos Ltda", "SILVA E FILHOS LTDA"),
        ("Silva&Filhos", "SILVA E FILHOS"),
        ("Fernanda D'Aquino", "FERNANDA D AQUINO"),
        ("Fernanda D’Aquino", "FERNANDA D AQUINO"),
        ("FERNANDA D AQUINO", "FERNANDA D AQUINO"),
        ("Maria-José", "MARIA JOSE"),
        ("João (espólio)", "JOAO ESPOLIO"),
        ("Comércio 123 Ltda", "COMERCIO 123 LTDA"),
        ("Ｊｏｓé", "JOSE"),  # full-width letters (NFKD)
        ("Søren Ærø Straße", "SOREN AERO STRASSE"),
        ("Łukasz Đorđe", "LUKASZ DORDE"),
        ("", ""),
        ("   ", ""),
        ("...", ""),
    ],
)
def test_normalizar_nome(entrada: str, esperado: str) -> None:
    assert normalizar_nome(entrada) == esperado


@pytest.mark.parametrize(
    ("nome", "mascarado"),
    [
        ("J*** S***", True),
        ("J***** DA S****", True),
        ("***", True),
        ("SEGREDO DE JUSTIÇA", True),
        ("Segredo de Justiça", True),
        ("PARTE EM SEGREDO DE JUSTICA", True),
        ("SIGILOSO", True),
        ("J. S. S.", True),
        ("J.S.S.", True),
        ("J S", True),
        ("A.", True),
        ("...", True),
        ("J____ S____", True),
        ("JOSE DA SILVA", False),
        ("J. SILVA", False),
        ("MARIA S. SOUZA", False),
        ("SIGILOSOS COMERCIO LTDA", False),  # a word that only contains the marker
        ("", False),
        ("   ", False),
    ],
)
def test_nome_mascarado(nome: str, mascarado: bool) -> None:
    assert nome_mascarado(nome) is mascarado


@pytest.mark.parametrize(
    ("monitorado", "destinatario", "variantes", "casa"),
    [
        ("José da Silva", "JOSE DA SILVA", (), True),
        ("JOSE DA SILVA", "José da Silva", (), True),
        ("Jose  da Silva", "JOSE\tDA SILVA", (), True),
        ("Maria Conceição", "MARIA CONCEICAO", (), True),
        ("Empresa X Ltda.", "EMPRESA X LTDA", (), True),
        ("Banco Y S/A", "BANCO Y S.A.", (), True),
        ("Silva & Filhos", "SILVA E FILHOS", (), True),
        ("Fernanda D'Aquino", "FERNANDA D AQUINO", (), True),
        # Homonyms with extra or missing words do not match.
        ("JOSE DA SILVA", "JOSE DA SILVA SANTOS", (), False),
        ("JOSE DA SILVA SANTOS", "JOSE DA SILVA", (), False),
        ("JOSE DA SILVA", "JOSE SILVA", (), False),
        ("MARIA SOUZA", "ANA MARIA SOUZA", (), False),
        ("EMPRESA X LTDA", "EMPRESA X", (), False),
        ("BANCO Y SA", "BANCO Y S A", (), False),  # "SA" and "S A" differ: register a variant
        # Variants.
        ("BANCO Y SA", "BANCO Y S A", ("Banco Y S/A",), True),
        ("JOSE DA SILVA", "JOSE SILVA", ("José Silva",), True),
        ("JOSE DA SILVA", "JOSE DA SILVA SANTOS", ("JOSE SILVA",), False),
        ("JOSE DA SILVA", "JOSE DA SILVA", ("",), True),
        # Masked names never match, not even a party registered with the masked form.
        ("J*** S***", "J*** S***", (), False),
        ("JOSE SILVA", "J*** S***", (), False),
        ("J S", "J. S.", (), False),
        ("SEGREDO DE JUSTICA", "SEGREDO DE JUSTIÇA", (), False),
        # Empty strings never match.
        ("", "", (), False),
        ("JOSE", "", (), False),
        ("", "JOSE", (), False),
        ("", "JOSE", ("", "   "), False),
        ("...", "!!!", (), False),
    ],
)
def test_corresponde(monitorado: str, destinatario: str, variantes: tuple[str, ...], casa: bool) -> None:
    assert corresponde(monitorado, destinatario, variantes) is casa


@dataclass
class Destinatario:
    nome: str
    polo: str | None = None


def test_destinatarios_correspondentes_aceita_objetos_dicts_e_strings() -> None:
    destinatarios = [
        Destinatario("JOSE DA SILVA SANTOS", "A"),
        Destinatario("José da Silva", "P"),
        Destinatario("J*** D* S****", "P"),
        Destinatario("JOSE SILVA", "T"),
    ]
    assert destinatarios_correspondentes("JOSE DA SILVA", destinatarios) == [destinatarios[1]]
    assert destinatarios_correspondentes("JOSE DA SILVA", destinatarios, ["jose silva"]) == [
        destinatarios[1],
        destinatarios[3],
    ]
    dicts = [{"nome": "MARIA"}, {"nome": None}, {"polo": "A"}, {"nome": "Maria"}]
    assert destinatarios_correspondentes("maria", dicts) == [dicts[0], dicts[3]]
    assert destinatarios_correspondentes("maria", ["MARIA", "MARIANA", ""]) == ["MARIA"]
    assert destinatarios_correspondentes("", ["", "MARIA"]) == []
    assert destinatarios_correspondentes("MARIA", []) == []


def test_normalizar_e_idempotente() -> None:
    for nome in ("José d'Ávila & Cia. S/A", "  ÇÃO  ", "Søren"):
        assert normalizar_nome(normalizar_nome(nome)) == normalizar_nome(nome)
