"""O formato das respostas bate com as respostas reais gravadas em simulador/amostras."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import dje_monitor.simulador as pacote
from dje_monitor.simulador import SIGLAS_TRIBUNAIS
from dje_monitor.simulador.processos import numero_valido

from .conftest import Servidor

AMOSTRAS = Path(pacote.__file__).parent / "amostras"


def _amostra(nome: str) -> dict[str, Any]:
    dados: dict[str, Any] = json.loads((AMOSTRAS / nome).read_text(encoding="utf-8"))
    return dados


def _itens_reais() -> list[dict[str, Any]]:
    nomes = ("results_normal_page_01.json", "results_normal_page_02.json", "single_page.json")
    return [item for nome in nomes for item in _amostra(nome)["items"]]


def _todas_as_comunicacoes(sim: Servidor) -> list[dict[str, Any]]:
    return sim.todos(siglaTribunal="TJSP") + sim.todos(siglaTribunal="TRT15") + sim.todos(nomeParte="SILVA")


def test_envelope_e_campos_iguais_aos_reais(sim: Servidor) -> None:
    real = _amostra("results_normal_page_01.json")
    corpo = sim.buscar(nomeParte="FULANO DE TAL").json()
    assert list(corpo) == list(real)
    assert (corpo["status"], corpo["message"]) == ("success", "Sucesso")
    chaves_reais = list(real["items"][0])
    advogado_real = next(i for i in _itens_reais() if i["destinatarioadvogados"])["destinatarioadvogados"][0]
    for item in _todas_as_comunicacoes(sim):
        assert list(item) == chaves_reais  # mesmas chaves, mesma ordem, mesma mistura de caixas
        assert [set(d) for d in item["destinatarios"]] == [set(real["items"][0]["destinatarios"][0])] * len(
            item["destinatarios"]
        )
        for vinculo in item["destinatarioadvogados"]:
            assert set(vinculo) == set(advogado_real)
            assert set(vinculo["advogado"]) == set(advogado_real["advogado"])


def test_sem_resultados_igual_ao_real(sim: Servidor) -> None:
    assert sim.buscar(nomeParte="NINGUEM COM ESSE NOME XYZ").json() == _amostra("no_results.json")


def test_valores_dos_campos(sim: Servidor) -> None:
    itens = _todas_as_comunicacoes(sim)
    tipos = {i["tipoComunicacao"] for i in itens}
    assert {"Intimação", "Edital"} <= tipos
    for item in itens:
        data = date.fromisoformat(item["data_disponibilizacao"])
        assert item["datadisponibilizacao"] == data.strftime("%d/%m/%Y")
        assert data.weekday() < 5
        assert numero_valido(item["numero_processo"])
        assert re.sub(r"\D", "", item["numeroprocessocommascara"]) == item["numero_processo"]
        assert re.fullmatch(r"\d{7}-\d{2}\.\d{4}\.\d\.\d{2}\.\d{4}", item["numeroprocessocommascara"])
        assert re.fullmatch(r"[A-Za-z0-9]{30}", item["hash"])
        assert item["siglaTribunal"] in SIGLAS_TRIBUNAIS
        assert item["status"] == "P"
        assert (item["meio"], item["meiocompleto"]) in {
            ("D", "Diário de Justiça Eletrônico Nacional"),
            ("E", "Plataforma Nacional de Editais"),
        }
        assert all(d["comunicacao_id"] == item["id"] and d["polo"] in "APTD" for d in item["destinatarios"])
        assert all(v["comunicacao_id"] == item["id"] for v in item["destinatarioadvogados"])
        if item["ativo"]:
            assert item["motivo_cancelamento"] is None and item["data_cancelamento"] is None
        else:
            assert item["motivo_cancelamento"] and item["data_cancelamento"]
    editais = [i for i in itens if i["tipoComunicacao"] == "Edital" and i["ativo"]]
    assert editais and all(
        i["meio"] == "E" and "<table" in i["texto"] and "<br>" in i["texto"] for i in editais
    )
    assert any("\n\r" in i["texto"] or "\r\n" in i["texto"] for i in itens)
    assert any(re.search(r"[a-zçãéíóú]", i["nomeClasse"]) for i in itens)  # "APELAçãO CíVEL"
    assert any(i["link"] is None for i in itens) or len(itens) < 100


def test_consulta_sem_filtro_obrigatorio_e_400(sim: Servidor) -> None:
    resposta = sim.buscar(dataDisponibilizacaoInicio="2026-03-01", meio="D", pagina=1)
    assert resposta.status_code == 400
    assert "nomeParte" in resposta.json()["message"]
    assert sim.buscar(nomeParte="FULANO", dataDisponibilizacaoInicio="01/03/2026").status_code == 400
    assert sim.buscar(nomeParte="FULANO", parametroQueNaoExiste="1").status_code == 200


def test_tribunais_no_formato_real(sim: Servidor) -> None:
    resposta = sim.http.get("/api/v1/comunicacao/tribunal")
    assert resposta.status_code == 200
    grupos = resposta.json()
    siglas = set()
    for grupo in grupos:
        assert set(grupo) == {"uf", "instituicoes"}
        for instituicao in grupo["instituicoes"]:
            assert set(instituicao) == {"sigla", "nome", "dataUltimoEnvio"}
            assert re.fullmatch(r"\d{2}/\d{2}/\d{4}", instituicao["dataUltimoEnvio"])
            siglas.add(instituicao["sigla"])
    assert siglas == SIGLAS_TRIBUNAIS
    por_uf = {g["uf"]: {i["sigla"] for i in g["instituicoes"]} for g in grupos}
    assert len(por_uf) == 27
    assert {"TJSP", "TRT2", "TRT15", "TRF3", "TRE-SP", "TJMSP"} <= por_uf["SP"]
    assert "TRF1" in por_uf["AC"] and "TRF1" in por_uf["BA"]  # tribunais de várias UFs se repetem


@pytest.mark.parametrize(
    "sigla", ["STF", "STJ", "TST", "TSE", "STM", "CNJ", "CJF", "PJeCor", "SEEU", "TJDFT", "TRT24", "TRF6"]
)
def test_siglas_exportadas(sigla: str) -> None:
    assert sigla in SIGLAS_TRIBUNAIS
    assert "TRT01" not in SIGLAS_TRIBUNAIS and len(SIGLAS_TRIBUNAIS) >= 89
