"""Which header names which field: aliases, accents, case, punctuation; table-driven, no I/O."""

from __future__ import annotations

import pytest

from dje_monitor.importacao.colunas import mapear


@pytest.mark.parametrize(
    ("cabecalho", "campo"),
    [
        ("Parte Adversa", "nome"),
        ("PARTE ADVERSA", "nome"),
        ("parte  adversa ", "nome"),
        ("Nome", "nome"),
        ("Parte", "nome"),
        ("Réu", "nome"),
        ("REU", "nome"),
        ("Executado", "nome"),
        ("Executada", "nome"),
        ("Devedor", "nome"),
        ("Nome do Devedor", "nome"),
        ("Razão Social", "nome"),
        ("CPF/CNPJ", "cpf_cnpj"),
        ("cpf / cnpj", "cpf_cnpj"),
        ("CPF ou CNPJ", "cpf_cnpj"),
        ("CNPJ", "cpf_cnpj"),
        ("CPF", "cpf_cnpj"),
        ("Documento", "cpf_cnpj"),
        ("Nº do Processo", "numero_processo"),
        ("N° Processo", "numero_processo"),
        ("Número do processo", "numero_processo"),
        ("Numero Processo", "numero_processo"),
        ("Processo", "numero_processo"),
        ("Prazo", "data_prazo"),
        ("Data do Prazo", "data_prazo"),
        ("Data Limite", "data_prazo"),
        ("Vencimento", "data_prazo"),
        ("Comarca", "comarca"),
        ("Município", "comarca"),
        ("UF", "uf"),
        ("Estado", "uf"),
        ("Tribunal", "tribunal_filtro"),
        ("Órgão", "tribunal_filtro"),
    ],
)
def test_alias_reconhecido(cabecalho: str, campo: str) -> None:
    mapa = mapear(["Outra coisa", cabecalho])
    assert mapa.indices == {campo: 1}
    assert mapa.cabecalhos == {campo: " ".join(cabecalho.split())}
    assert mapa.ignoradas == ["Outra coisa"]


@pytest.mark.parametrize(
    "cabecalho", ["Nome do Advogado", "Data", "Valor da causa", "Observação", "Autor", "Processo de origem"]
)
def test_cabecalho_parecido_nao_e_adivinhado(cabecalho: str) -> None:
    assert mapear([cabecalho]).indices == {}


def test_alias_mais_especifico_vence_qualquer_que_seja_a_ordem() -> None:
    assert mapear(["Parte", "Parte Adversa"]).indices["nome"] == 1
    assert mapear(["Parte Adversa", "Parte"]).indices["nome"] == 0
    mapa = mapear(["Réu", "CPF", "Parte Adversa", "CPF/CNPJ"])
    assert mapa.indices == {"nome": 2, "cpf_cnpj": 3}
    assert sorted(mapa.ignoradas) == ["CPF", "Réu"]


def test_sem_coluna_de_nome_falta_o_obrigatorio() -> None:
    mapa = mapear(["CPF", None, "", 42])
    assert mapa.faltando == ["nome"]
    assert mapa.ignoradas == ["42"]
