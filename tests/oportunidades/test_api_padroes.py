"""/api/v1/oportunidades/padroes: the seeded patterns, CRUD, validation in Portuguese, sweep after changes."""

from __future__ import annotations

import json
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient

URL = "/api/v1/oportunidades/padroes"
NOVO = {"nome": "Honorários", "expressao": "honorários  sucumbenciais*", "tipo": "POSITIVO", "ordem": 5}


def _mensagens(filas: Any) -> list[str]:
    """Actor names of the messages waiting on the maintenance queue."""
    ids = filas.client.lrange(f"{filas.namespace}:manutencao", 0, -1)
    return [json.loads(filas.client.hget(f"{filas.namespace}:manutencao.msgs", i))["actor_name"] for i in ids]


def test_padroes_iniciais(cliente: TestClient, limpo: None) -> None:
    corpo = cliente.get(URL, params={"por_pagina": 100}).json()
    assert corpo["total"] == 15 and corpo["pagina"] == 1
    positivos = [p["nome"] for p in corpo["itens"] if p["tipo"] == "POSITIVO"]
    negativos = [p["nome"] for p in corpo["itens"] if p["tipo"] == "NEGATIVO"]
    assert positivos[0] == "Alvará ou mandado de levantamento" and len(positivos) == 8
    assert "RPV / requisição de pequeno valor" in positivos and "Precatório" in positivos
    assert negativos == ["Anulação", "Cassação", "Suspensão", "Revogação", "Reforma", "Rescisão", "Extinção"]
    assert all(p["ativo"] for p in corpo["itens"])
    assert cliente.get(URL, params={"tipo": "NEGATIVO"}).json()["total"] == 7


def test_criar_alterar_excluir(cliente: TestClient, limpo: None, filas: Any) -> None:
    criado = cliente.post(URL, json=NOVO)
    assert criado.status_code == 201, criado.text
    padrao = criado.json()
    assert padrao["expressao"] == "honorários sucumbenciais*"  # spaces collapsed
    assert padrao["ativo"] is True and padrao["criado_em"].endswith("+00:00")
    assert _mensagens(filas) == ["varrer_oportunidades_task"]  # the list follows the change soon

    url = f"{URL}/{padrao['id']}"
    alterado = cliente.patch(url, json={"ativo": False, "ordem": 7})
    assert alterado.status_code == 200
    assert (alterado.json()["ativo"], alterado.json()["ordem"], alterado.json()["nome"]) == (
        False,
        7,
        "Honorários",
    )
    assert cliente.get(url).json()["ativo"] is False
    assert cliente.get(URL, params={"ativo": False}).json()["total"] == 1

    assert cliente.delete(url).status_code == 204
    assert cliente.get(url).status_code == 404
    assert cliente.delete(url).status_code == 404
    assert cliente.patch(url, json={"ordem": 1}).status_code == 404
    assert len(_mensagens(filas)) == 3


def test_nome_repetido_409(cliente: TestClient, limpo: None) -> None:
    assert cliente.post(URL, json={**NOVO, "nome": "Precatório"}).status_code == 409
    outro = cliente.post(URL, json=NOVO).json()
    resposta = cliente.patch(f"{URL}/{outro['id']}", json={"nome": "Desbloqueio"})
    assert resposta.status_code == 409 and "Já existe" in resposta.json()["detail"]


@pytest.mark.parametrize(
    ("expressao", "trecho"),
    [
        ("", "vazia"),
        ("*", "curinga * sozinho"),
        (".*", "curinga * sozinho"),
        ("(a+)+$", "caractere não permitido"),
        ("(x|x)*y", "caractere não permitido"),
        ("a*", "pelo menos 3 letras"),
        ("de", "genérica demais"),
        ("x" * 201, "no máximo 200"),
    ],
)
def test_expressao_invalida_422_em_portugues(
    cliente: TestClient, limpo: None, expressao: str, trecho: str
) -> None:
    resposta = cliente.post(URL, json={**NOVO, "expressao": expressao})
    assert resposta.status_code == 422
    corpo = resposta.json()
    assert corpo["detail"].startswith("Dados inválidos — expressao:")
    assert corpo["erros"][0]["campo"] == "expressao" and trecho in corpo["erros"][0]["mensagem"]


@pytest.mark.parametrize(
    "corpo",
    [
        {**NOVO, "tipo": "NEUTRO"},
        {**NOVO, "nome": "   "},
        {**NOVO, "ordem": -1},
        {**NOVO, "regex": True},
        {k: v for k, v in NOVO.items() if k != "expressao"},
    ],
)
def test_corpo_invalido_422(cliente: TestClient, limpo: None, corpo: dict[str, Any]) -> None:
    assert cliente.post(URL, json=corpo).status_code == 422


@pytest.mark.parametrize("corpo", [{}, {"nome": None}, {"ativo": None}, {"expressao": "*"}, {"extra": 1}])
def test_alteracao_invalida_422(cliente: TestClient, limpo: None, corpo: dict[str, Any]) -> None:
    padrao_id = cliente.get(URL).json()["itens"][0]["id"]
    assert cliente.patch(f"{URL}/{padrao_id}", json=corpo).status_code == 422


def test_redis_fora_nao_desfaz_a_alteracao(
    cliente: TestClient, limpo: None, filas: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def sem_redis(*_: object, **__: object) -> None:
        raise redis.ConnectionError("Connection refused")

    monkeypatch.setattr(filas, "enqueue", sem_redis)
    # The pattern is saved; the next scheduler tick sweeps with it.
    assert cliente.post(URL, json=NOVO).status_code == 201
    assert cliente.get(URL, params={"por_pagina": 100}).json()["total"] == 16
