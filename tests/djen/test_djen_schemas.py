"""Parsing of real recorded DJEN responses and of the variants the API is known to produce."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from dje_monitor.djen.erros import DjenErroTransitorio, DjenRespostaInvalida
from dje_monitor.djen.processo import cnj_valido, mascarar_cnj
from dje_monitor.djen.schemas import (
    ComunicacaoDjen,
    converter_comunicacoes,
    extrair_itens,
    extrair_tribunais,
)

AMOSTRAS = Path(__file__).parent / "amostras"
ARQUIVOS = sorted(p.name for p in AMOSTRAS.glob("*.json"))
BASE = {"id": 1, "data_disponibilizacao": "2024-06-03"}


def _amostra(nome: str) -> Any:
    return json.loads((AMOSTRAS / nome).read_text(encoding="utf-8"))


def test_as_quatro_amostras_estao_no_repositorio() -> None:
    assert ARQUIVOS == [
        "no_results.json",
        "results_normal_page_01.json",
        "results_normal_page_02.json",
        "single_page.json",
    ]


@pytest.mark.parametrize("arquivo", ARQUIVOS)
def test_amostra_real_carrega_campo_a_campo(arquivo: str) -> None:
    payload = _amostra(arquivo)
    brutos = payload["items"]
    comunicacoes = converter_comunicacoes(extrair_itens(payload))
    assert len(comunicacoes) == len(brutos)
    for bruto, c in zip(brutos, comunicacoes, strict=True):
        assert c.id == bruto["id"]
        assert c.hash == bruto["hash"]
        assert c.data_disponibilizacao == date.fromisoformat(bruto["data_disponibilizacao"])
        assert c.data_disponibilizacao.strftime("%d/%m/%Y") == bruto["datadisponibilizacao"]
        assert c.sigla_tribunal == bruto["siglaTribunal"]
        assert c.tipo_comunicacao == bruto["tipoComunicacao"]
        assert c.nome_orgao == bruto["nomeOrgao"]
        assert c.id_orgao == bruto["idOrgao"]
        assert c.numero_processo is not None and len(c.numero_processo) == 20 and c.numero_processo.isdigit()
        assert c.numero_processo == bruto["numero_processo"]
        assert cnj_valido(c.numero_processo)
        assert (
            c.numero_processo_mascara == bruto["numeroprocessocommascara"] == mascarar_cnj(c.numero_processo)
        )
        assert (c.meio, c.meio_completo, c.link) == (bruto["meio"], bruto["meiocompleto"], bruto["link"])
        assert (c.tipo_documento, c.nome_classe) == (bruto["tipoDocumento"], bruto["nomeClasse"])
        assert c.codigo_classe == str(bruto["codigoClasse"])
        assert c.numero_comunicacao == bruto["numeroComunicacao"]
        assert c.ativo is bruto["ativo"] and c.status == bruto["status"]
        assert c.motivo_cancelamento is None and c.data_cancelamento is None
        assert [(d.nome, d.polo) for d in c.destinatarios] == [
            (d["nome"], d["polo"]) for d in bruto["destinatarios"]
        ]
        esperados = [da["advogado"] for da in bruto["destinatarioadvogados"]]
        assert [(a.nome, a.numero_oab, a.uf_oab) for a in c.advogados] == [
            (a["nome"], a["numero_oab"], a["uf_oab"]) for a in esperados
        ]
        assert c.texto_original == bruto["texto"]
        assert c.texto and "<" not in c.texto.replace("< ", "") and "\r" not in c.texto


def test_amostras_tem_advogados_destinatarios_e_html() -> None:
    """Guards the test above against samples that would not exercise anything."""
    todas = [c for a in ARQUIVOS for c in converter_comunicacoes(extrair_itens(_amostra(a)))]
    assert len(todas) == 60 and len({c.id for c in todas}) == 60
    assert sum(len(c.advogados) for c in todas) > 10
    assert any(len(c.destinatarios) > 1 for c in todas)
    assert sum(c.texto != c.texto_original for c in todas) >= 3


def test_html_real_vira_texto_limpo_e_original_e_mantido() -> None:
    payload = _amostra("results_normal_page_01.json")
    c = next(c for c in converter_comunicacoes(extrair_itens(payload)) if c.id == 597278718)
    assert c.texto_original is not None and c.texto_original.startswith("<b>PROCEDIMENTO")
    linhas = c.texto.splitlines()
    assert linhas[:4] == [
        "PROCEDIMENTO DO JUIZADO ESPECIAL CÍVEL Nº 5001135-23.2026.8.25.0084/SE",
        "AUTOR | : CAMILA COSTA BRASIL",
        "ADVOGADO(A) | : THAMIRYS ROCHA ALMEIDA COSTA (OAB SE012440)",
        "SENTENÇA",
    ]


def test_br_do_tjmg_vira_quebra_de_linha() -> None:
    payload = _amostra("single_page.json")
    c = next(c for c in converter_comunicacoes(extrair_itens(payload)) if c.id == 87032507)
    assert c.texto.splitlines()[:3] == [
        "TRIBUNAL DE JUSTIÇA DE MINAS GERAIS",
        "7ª CÂMARA CÍVEL",
        "EMBARGOS INFRINGENTES",
    ]
    assert "ESTADO DE MINAS GERAIS" in c.texto  # runs of spaces collapsed


ITEM = {**BASE, "destinatarios": [{"nome": "A", "polo": "P"}]}


@pytest.mark.parametrize(
    ("payload", "quantos"),
    [
        ({"status": "success", "message": "Sucesso", "count": 1, "items": [ITEM]}, 1),
        ({"status": "success", "count": 1, "itens": [ITEM]}, 1),
        ([ITEM, ITEM], 2),
        ([], 0),
        ({"status": "success", "message": "Sucesso", "count": 0, "items": []}, 0),
        ({"status": "success", "count": 0, "items": None}, 0),
    ],
    ids=["items", "itens-antigo", "array", "array-vazio", "sem-resultados", "items-null-count-0"],
)
def test_extrair_itens_aceita_os_envelopes_conhecidos(payload: Any, quantos: int) -> None:
    assert len(extrair_itens(payload)) == quantos


@pytest.mark.parametrize(
    "payload",
    [
        "<html><body>Serviço indisponível</body></html>",
        {"status": "success", "message": "Sucesso", "count": 3},
        {"status": "error", "message": "sistema muito ocupado"},
        {"status": "error", "message": "x", "items": []},
        {"status": "success", "count": 5, "items": None},
        {"items": {"id": 1}},
        {"items": [1, 2]},
        None,
        42,
    ],
    ids=[
        "html",
        "sem-items",
        "status-error",
        "error-com-items",
        "items-null",
        "items-objeto",
        "nao-dict",
        "none",
        "num",
    ],
)
def test_extrair_itens_recusa_o_resto(payload: Any) -> None:
    with pytest.raises(DjenRespostaInvalida) as erro:
        extrair_itens(payload)
    assert isinstance(erro.value, DjenErroTransitorio) and erro.value.mensagem


@pytest.mark.parametrize(
    ("bruto", "campo", "esperado"),
    [
        ({"id": "77", "data_disponibilizacao": "2024-06-03"}, "id", 77),
        ({"id": 1, "datadisponibilizacao": "03/06/2024"}, "data_disponibilizacao", date(2024, 6, 3)),
        ({"id": 1, "dataDisponibilizacao": "2024-06-03"}, "data_disponibilizacao", date(2024, 6, 3)),
        (
            {"id": 1, "data_disponibilizacao": None, "datadisponibilizacao": "03/06/2024"},
            "data_disponibilizacao",
            date(2024, 6, 3),
        ),
        ({**BASE, "data_disponibilizacao": "2024-06-03T00:00:00"}, "data_disponibilizacao", date(2024, 6, 3)),
        ({**BASE, "sigla_tribunal": "TJSP"}, "sigla_tribunal", "TJSP"),
        ({**BASE, "siglaTribunal": "TJDFT"}, "sigla_tribunal", "TJDFT"),
        ({**BASE, "idOrgao": "42387"}, "id_orgao", 42387),
        ({**BASE, "idOrgao": "não sei"}, "id_orgao", None),
        ({**BASE, "numeroComunicacao": "443"}, "numero_comunicacao", 443),
        ({**BASE, "codigoClasse": 156}, "codigo_classe", "156"),
        ({**BASE, "numero_processo": "0709098-48.2018.8.07.0007"}, "numero_processo", "07090984820188070007"),
        ({**BASE, "numero_processo": 7090984820188070007}, "numero_processo", "07090984820188070007"),
        (
            {**BASE, "numeroprocessocommascara": "0709098-48.2018.8.07.0007"},
            "numero_processo",
            "07090984820188070007",
        ),
        ({**BASE, "numero_processo": "123"}, "numero_processo", None),
        (
            {**BASE, "numero_processo": "07090984820188070007"},
            "numero_processo_mascara",
            "0709098-48.2018.8.07.0007",
        ),
        ({**BASE, "destinatarios": None}, "destinatarios", []),
        ({**BASE, "destinatarioadvogados": None}, "advogados", []),
        ({**BASE, "destinatarioadvogados": []}, "advogados", []),
        ({**BASE, "texto": None}, "texto", ""),
        ({**BASE, "texto": None}, "texto_original", None),
        ({**BASE, "ativo": None}, "ativo", True),
        ({**BASE, "ativo": False}, "ativo", False),
        ({**BASE, "ativo": "false"}, "ativo", False),
        ({**BASE, "ativo": "N"}, "ativo", False),
        ({**BASE, "motivo_cancelamento": "erro material"}, "motivo_cancelamento", "erro material"),
        (
            {**BASE, "meiocompleto": "Plataforma Nacional de Editais"},
            "meio_completo",
            "Plataforma Nacional de Editais",
        ),
        ({**BASE, "campo_novo_do_djen": 1}, "id", 1),
    ],
)
def test_leitura_tolerante(bruto: dict[str, Any], campo: str, esperado: Any) -> None:
    assert getattr(ComunicacaoDjen.model_validate(bruto), campo) == esperado


def test_advogado_aninhado_ou_direto_e_oab_numerica() -> None:
    c = ComunicacaoDjen.model_validate(
        {
            **BASE,
            "destinatarioadvogados": [
                {"id": 9, "advogado": {"nome": "ANA", "numero_oab": 13032, "uf_oab": "RS"}},
                {"nome": "BIA", "numeroOab": "70472-B", "ufOab": "SP"},
                None,
            ],
            "destinatarios": [{"nome": "JOAO", "polo": None, "comunicacao_id": 1}, None],
        }
    )
    assert [(a.nome, a.numero_oab, a.uf_oab) for a in c.advogados] == [
        ("ANA", "13032", "RS"),
        ("BIA", "70472-B", "SP"),
    ]
    assert [(d.nome, d.polo) for d in c.destinatarios] == [("JOAO", None)]


BRT = timedelta(hours=-3)


@pytest.mark.parametrize(
    ("bruto", "esperado"),
    [
        (None, None),
        ("", None),
        ("2024-06-03", (2024, 6, 3, 0, 0, BRT)),
        ("03/06/2024", (2024, 6, 3, 0, 0, BRT)),
        ("2024-06-03T10:11:12", (2024, 6, 3, 10, 11, BRT)),
        ("2024-06-03T10:11:12.123456", (2024, 6, 3, 10, 11, BRT)),
        ("2024-06-03 10:11:12", (2024, 6, 3, 10, 11, BRT)),
        ("2024-06-03T10:11:12Z", (2024, 6, 3, 10, 11, timedelta(0))),
        ("2024-06-03T10:11:12.000+00:00", (2024, 6, 3, 10, 11, timedelta(0))),
        ("03/06/2024 10:11:12", (2024, 6, 3, 10, 11, BRT)),
        ("03/06/2024 10:11", (2024, 6, 3, 10, 11, BRT)),
        (date(2024, 6, 3), (2024, 6, 3, 0, 0, BRT)),
        (datetime(2024, 6, 3, 10, 11), (2024, 6, 3, 10, 11, BRT)),
        ("ontem à tarde", None),
    ],
)
def test_data_cancelamento_em_varios_formatos(bruto: Any, esperado: tuple[Any, ...] | None) -> None:
    c = ComunicacaoDjen.model_validate({**BASE, "ativo": False, "data_cancelamento": bruto})
    if esperado is None:
        assert c.data_cancelamento is None
        return
    assert c.data_cancelamento is not None
    d = c.data_cancelamento
    assert (d.year, d.month, d.day, d.hour, d.minute, d.utcoffset()) == esperado


def test_item_ilegivel_derruba_a_pagina_nomeando_o_id() -> None:
    itens: list[dict[str, Any]] = [
        BASE,
        {"id": 555, "data_disponibilizacao": "amanhã"},
        {"id": None, "texto": "x"},
        {**BASE, "id": 2},
    ]
    with pytest.raises(DjenRespostaInvalida) as erro:
        converter_comunicacoes(itens)
    assert "2 comunicação(ões)" in erro.value.mensagem
    assert "id 555" in erro.value.mensagem and "data_disponibilizacao" in erro.value.mensagem


def test_modelo_exportado_volta_igual_e_nomes_em_portugues() -> None:
    payload = _amostra("single_page.json")
    for c in converter_comunicacoes(extrair_itens(payload)):
        dump = c.model_dump()
        assert ComunicacaoDjen.model_validate(dump) == c
        assert "siglaTribunal" not in dump and "destinatarioadvogados" not in dump
    construido = ComunicacaoDjen(id=3, data_disponibilizacao=date(2024, 1, 2), sigla_tribunal="TJSP")
    assert construido.sigla_tribunal == "TJSP" and construido.destinatarios == []


def test_tribunais_achatados_sem_repetir_sigla() -> None:
    payload = [
        {
            "uf": "DF",
            "instituicoes": [{"sigla": "TRF1", "nome": "TRF 1ª Região", "dataUltimoEnvio": "30/04/2026"}],
        },
        {
            "uf": "GO",
            "instituicoes": [
                {"sigla": "TRF1", "nome": "TRF 1ª Região", "dataUltimoEnvio": "30/04/2026"},
                {"sigla": "TJGO", "nome": "TJ de Goiás", "dataUltimoEnvio": None},
            ],
        },
    ]
    assert extrair_tribunais(payload) == [
        {"sigla": "TJGO", "nome": "TJ de Goiás", "uf": "GO", "ufs": ["GO"], "data_ultimo_envio": None},
        {
            "sigla": "TRF1",
            "nome": "TRF 1ª Região",
            "uf": "DF",
            "ufs": ["DF", "GO"],
            "data_ultimo_envio": date(2026, 4, 30),
        },
    ]
    with pytest.raises(DjenRespostaInvalida):
        extrair_tribunais({"status": "error"})
