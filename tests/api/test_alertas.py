"""Alerts: list with publication summary, unread count, mark-as-read rules."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dje_monitor.alertas.models import PUBLICACAO_CANCELADA
from dje_monitor.tempo import agora
from tests.api import apoio

URL = "/api/v1/alertas"


@pytest.fixture
def alertas(banco: None) -> dict[str, int]:
    ana = apoio.pessoa("Ana Lima")
    beto = apoio.pessoa("Beto Reis")
    removida = apoio.pessoa("Removida Silva", removido_em=agora())
    processo = apoio.cnj(7)
    apoio.publicacao(1, [ana, beto], processo=processo, texto="Intimação " + "y" * 500, link="https://x/1")
    apoio.publicacao(2, [ana])
    base = agora() - timedelta(hours=2)
    return {
        "ana": ana,
        "beto": beto,
        "a1": apoio.alerta(ana, 1, criado_em=base),
        "a2": apoio.alerta(ana, 2, criado_em=base + timedelta(minutes=1)),
        "a3": apoio.alerta(beto, 1, criado_em=base + timedelta(minutes=2), lido=True, lido_em=base),
        "a4": apoio.alerta(ana, 1, tipo=PUBLICACAO_CANCELADA, criado_em=base + timedelta(minutes=3)),
        "oculto": apoio.alerta(removida, 2),
    }


def test_lista_mais_recentes_com_resumo(cliente: TestClient, alertas: dict[str, int]) -> None:
    corpo = cliente.get(URL).json()
    assert corpo["total"] == 4  # the removed party's alert is hidden
    assert [a["id"] for a in corpo["itens"]] == [alertas["a4"], alertas["a3"], alertas["a2"], alertas["a1"]]
    primeiro = corpo["itens"][-1]
    assert primeiro["pessoa_nome"] == "Ana Lima"
    publicacao = primeiro["publicacao"]
    assert publicacao["id"] == 1 and publicacao["sigla_tribunal"] == "TJSP"
    assert len(publicacao["resumo"]) == 300 and publicacao["resumo"].startswith("Intimação")
    assert publicacao["numero_processo_mascara"].count(".") == 4
    assert publicacao["link"] == "https://x/1" and publicacao["ativo"] is True
    assert primeiro["criado_em"].endswith("+00:00")


@pytest.mark.parametrize(
    ("consulta", "chaves"),
    [
        ("lido=false", ["a4", "a2", "a1"]),
        ("lido=true", ["a3"]),
        ("tipo=PUBLICACAO_CANCELADA", ["a4"]),
        ("pessoa_id={beto}", ["a3"]),
        ("pessoa_id={ana}&lido=false&tipo=NOVA_PUBLICACAO", ["a2", "a1"]),
    ],
)
def test_filtros(cliente: TestClient, alertas: dict[str, int], consulta: str, chaves: list[str]) -> None:
    resposta = cliente.get(f"{URL}?{consulta.format(**alertas)}")
    assert [a["id"] for a in resposta.json()["itens"]] == [alertas[c] for c in chaves]


@pytest.mark.parametrize(
    "consulta", ["tipo=OUTRO", "lido=x", "pessoa_id=0", f"pessoa_id={2**64}", "por_pagina=500"]
)
def test_filtros_invalidos(cliente: TestClient, alertas: dict[str, int], consulta: str) -> None:
    assert cliente.get(f"{URL}?{consulta}").status_code == 422


def test_nao_lidos_e_marcar_por_ids(cliente: TestClient, alertas: dict[str, int]) -> None:
    assert cliente.get(f"{URL}/nao-lidos/count").json() == {"total": 3}
    # An already read id and an unknown one change nothing.
    resposta = cliente.post(f"{URL}/marcar-lidos", json={"ids": [alertas["a1"], alertas["a3"], 999999]})
    assert resposta.status_code == 200 and resposta.json() == {"atualizados": 1}
    assert cliente.get(f"{URL}/nao-lidos/count").json() == {"total": 2}
    lido = next(a for a in cliente.get(URL).json()["itens"] if a["id"] == alertas["a1"])
    assert lido["lido"] is True and lido["lido_em"] is not None


def test_marcar_todos_de_uma_pessoa_e_todos(cliente: TestClient, alertas: dict[str, int]) -> None:
    resposta = cliente.post(f"{URL}/marcar-lidos", json={"todos": True, "pessoa_id": alertas["beto"]})
    assert resposta.json() == {"atualizados": 0}
    resposta = cliente.post(f"{URL}/marcar-lidos", json={"todos": True})
    assert resposta.json() == {"atualizados": 4}  # includes the hidden one: "all" means all
    assert cliente.get(f"{URL}/nao-lidos/count").json() == {"total": 0}


@pytest.mark.parametrize(
    "corpo",
    [
        {},
        {"ids": []},
        {"todos": False},
        {"ids": [], "todos": False},
        {"ids": [1], "todos": True},
        {"ids": None},
        {"pessoa_id": 1},
        {"ids": [0]},
        {"ids": ["a"]},
        {"ids": [2**63]},
        {"ids": list(range(1, 1002))},
        {"todos": "sim"},
        {"tudo": True},
        [1, 2],
    ],
)
def test_marcar_lidos_nunca_adivinha(cliente: TestClient, alertas: dict[str, int], corpo: Any) -> None:
    resposta = cliente.post(f"{URL}/marcar-lidos", json=corpo)
    assert resposta.status_code == 422, resposta.text
    assert resposta.json()["detail"].startswith("Dados inválidos")
    assert cliente.get(f"{URL}/nao-lidos/count").json() == {"total": 3}


def test_marcar_lidos_sem_corpo(cliente: TestClient, alertas: dict[str, int]) -> None:
    resposta = cliente.post(f"{URL}/marcar-lidos")
    assert resposta.status_code == 422
    assert "obrigatório" in resposta.json()["detail"]
    assert cliente.get(f"{URL}/nao-lidos/count").json() == {"total": 3}
