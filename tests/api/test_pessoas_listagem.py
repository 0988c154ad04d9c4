"""Lists of parties, of a party's publications and of its checks: filters, pagination, no N+1."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dje_monitor.tempo import agora, hoje_brasil
from tests.api import apoio

URL = "/api/v1/pessoas-monitoradas"


@pytest.fixture
def populacao(banco: None) -> dict[str, int]:
    hoje = hoje_brasil()
    ids = {
        "ana": apoio.pessoa(
            "Ana Beatriz Souza",
            baseline_concluido_em=agora(),
            tribunal_filtro="TJSP",
            data_expiracao=hoje_brasil(),
        ),
        "bruno": apoio.pessoa("Bruno Souza", cpf_cnpj="52998224725", ultimo_erro="DJEN fora"),
        # Expired yesterday (the daily run paused her); Ana's deadline is still ahead.
        "carla": apoio.pessoa(
            "Carla Mendes",
            ativo=False,
            baseline_concluido_em=agora(),
            data_expiracao=hoje - timedelta(1),
        ),
        "removida": apoio.pessoa("Ana Removida", removido_em=agora()),
    }
    apoio.publicacao(1, [ids["ana"], ids["bruno"]])
    apoio.publicacao(2, [ids["ana"]])
    apoio.alerta(ids["ana"], 1)
    apoio.alerta(ids["ana"], 2, lido=True)
    apoio.alerta(ids["bruno"], 1)
    return ids


def _nomes(resposta: Any) -> list[str]:
    assert resposta.status_code == 200, resposta.text
    return [p["nome"] for p in resposta.json()["itens"]]


def test_lista_com_contagens_e_envelope(cliente: TestClient, populacao: dict[str, int]) -> None:
    corpo = cliente.get(URL).json()
    assert corpo["total"] == 3 and corpo["pagina"] == 1 and corpo["por_pagina"] == 50
    por_nome = {p["nome"]: p for p in corpo["itens"]}
    assert list(por_nome) == ["Ana Beatriz Souza", "Bruno Souza", "Carla Mendes"]  # by name
    assert por_nome["Ana Beatriz Souza"]["total_publicacoes"] == 2
    assert por_nome["Ana Beatriz Souza"]["alertas_nao_lidos"] == 1
    assert por_nome["Bruno Souza"]["total_publicacoes"] == 1
    assert por_nome["Carla Mendes"]["total_publicacoes"] == 0
    assert por_nome["Ana Beatriz Souza"]["situacao_baseline"] == "concluida"
    assert por_nome["Bruno Souza"]["situacao_baseline"] == "pendente"
    um = cliente.get(f"{URL}/{populacao['ana']}").json()
    assert um == por_nome["Ana Beatriz Souza"]


@pytest.mark.parametrize(
    ("consulta", "esperados"),
    [
        ("q=souza", ["Ana Beatriz Souza", "Bruno Souza"]),
        ("q=S%C3%B3UZA", ["Ana Beatriz Souza", "Bruno Souza"]),  # accents and case do not matter
        ("q=beatriz%20souza", ["Ana Beatriz Souza"]),
        ("q=100%25", []),  # LIKE wildcards are literal
        ("cpf_cnpj=529.982.247-25", ["Bruno Souza"]),
        ("tribunal=tjsp", ["Ana Beatriz Souza"]),
        ("ativo=false", ["Carla Mendes"]),
        ("ativo=true", ["Ana Beatriz Souza", "Bruno Souza"]),
        ("baseline=pendente", ["Bruno Souza"]),
        ("baseline=concluida", ["Ana Beatriz Souza", "Carla Mendes"]),
        ("baseline=conclu%C3%ADda", ["Ana Beatriz Souza", "Carla Mendes"]),
        ("com_erro=true", ["Bruno Souza"]),
        ("com_erro=false&ativo=true", ["Ana Beatriz Souza"]),
        ("expirada=true", ["Carla Mendes"]),
        ("expirada=false", ["Ana Beatriz Souza", "Bruno Souza"]),  # expiring today is not expired yet
    ],
)
def test_filtros(cliente: TestClient, populacao: dict[str, int], consulta: str, esperados: list[str]) -> None:
    assert _nomes(cliente.get(f"{URL}?{consulta}")) == esperados


@pytest.mark.parametrize(
    ("consulta", "campo"),
    [
        ("pagina=0", "pagina"),
        ("pagina=99999999999999999999", "pagina"),
        ("por_pagina=201", "por_pagina"),
        ("por_pagina=0", "por_pagina"),
        ("por_pagina=abc", "por_pagina"),
        ("tribunal=XX1", "tribunal"),
        ("baseline=talvez", "baseline"),
        ("ativo=talvez", "ativo"),
    ],
)
def test_parametros_invalidos_sao_422(cliente: TestClient, consulta: str, campo: str) -> None:
    resposta = cliente.get(f"{URL}?{consulta}")
    assert resposta.status_code == 422
    assert [e["campo"] for e in resposta.json()["erros"]] == [campo]


def test_paginacao(cliente: TestClient, banco: None) -> None:
    for i in range(7):
        apoio.pessoa(f"Pessoa {i:02d}")
    paginas = [cliente.get(f"{URL}?por_pagina=3&pagina={p}").json() for p in (1, 2, 3, 4)]
    assert [len(p["itens"]) for p in paginas] == [3, 3, 1, 0]
    assert {p["total"] for p in paginas} == {7}
    nomes = [i["nome"] for p in paginas for i in p["itens"]]
    assert nomes == [f"Pessoa {i:02d}" for i in range(7)]


def test_sem_n_mais_1(cliente: TestClient, banco: None, contar_sql: Callable[[], Any]) -> None:
    """The number of statements does not grow with the page size."""
    for i in range(30):
        pessoa_id = apoio.pessoa(f"Parte {i:02d}")
        apoio.publicacao(1000 + i, [pessoa_id])
        apoio.alerta(pessoa_id, 1000 + i)

    def contar(url: str) -> int:
        with contar_sql() as contagem:
            assert cliente.get(url).status_code == 200
        return int(contagem[0])

    pequena, grande = contar(f"{URL}?por_pagina=2"), contar(f"{URL}?por_pagina=30")
    assert pequena == grande <= 3
    pequena, grande = contar("/api/v1/alertas?por_pagina=2"), contar("/api/v1/alertas?por_pagina=30")
    assert pequena == grande <= 3


def test_publicacoes_da_pessoa(cliente: TestClient, banco: None) -> None:
    pessoa_id = apoio.pessoa("Gustavo Prado")
    outra = apoio.pessoa("Outra Pessoa")
    p1, p2 = apoio.cnj(1), apoio.cnj(2)
    apoio.publicacao(10, [pessoa_id], data=date(2025, 1, 5), processo=p1, baseline=True)
    apoio.publicacao(11, [pessoa_id], data=date(2025, 3, 5), processo=p2, texto="x" * 1000)
    apoio.publicacao(12, [pessoa_id, outra], data=date(2025, 2, 5), processo=p1)
    apoio.publicacao(
        13, [pessoa_id], data=date(2025, 1, 1), processo=None, ativo=False, motivo_cancelamento="erro"
    )
    apoio.publicacao(14, [outra], data=date(2025, 4, 1), processo=p1)

    corpo = cliente.get(f"{URL}/{pessoa_id}/publicacoes").json()
    assert corpo["total"] == 4
    assert [p["id"] for p in corpo["itens"]] == [11, 12, 10, 13]  # newest first
    primeira = corpo["itens"][0]
    assert len(primeira["resumo"]) == 300
    assert (
        primeira["numero_processo_mascara"] == f"{p2[:7]}-{p2[7:9]}.{p2[9:13]}.{p2[13]}.{p2[14:16]}.{p2[16:]}"
    )
    assert corpo["itens"][2]["baseline"] is True
    assert corpo["itens"][3]["ativo"] is False

    pagina2 = cliente.get(f"{URL}/{pessoa_id}/publicacoes?por_pagina=3&pagina=2").json()
    assert [p["id"] for p in pagina2["itens"]] == [13]

    grupos = cliente.get(f"{URL}/{pessoa_id}/publicacoes?agrupar=processo&por_pagina=2").json()
    assert grupos["total"] == 3
    assert [g["numero_processo"] for g in grupos["itens"]] == [p2, p1]
    assert [p["id"] for p in grupos["itens"][1]["publicacoes"]] == [12, 10]  # only this party's
    resto = cliente.get(f"{URL}/{pessoa_id}/publicacoes?agrupar=processo&por_pagina=2&pagina=2").json()
    assert resto["itens"] == [
        {
            "numero_processo": None,
            "numero_processo_mascara": None,
            "publicacoes": resto["itens"][0]["publicacoes"],
        }
    ]
    assert [p["id"] for p in resto["itens"][0]["publicacoes"]] == [13]
    assert cliente.get(f"{URL}/{pessoa_id}/publicacoes?agrupar=tribunal").status_code == 422

    detalhe = cliente.get("/api/v1/publicacoes/11").json()
    assert detalhe["texto"] == "x" * 1000
    assert cliente.get("/api/v1/publicacoes/999").json()["detail"] == "Publicação não encontrada"


def test_verificacoes_da_pessoa(cliente: TestClient, banco: None) -> None:
    pessoa_id = apoio.pessoa("Irene Castro")
    inicio = agora() - timedelta(hours=3)
    for i, status in enumerate(["SUCESSO", "FALHA", "SUCESSO"]):
        apoio.verificacao(
            pessoa_id,
            status,
            inicio + timedelta(hours=i, seconds=5),
            iniciado_em=inicio + timedelta(hours=i),
            erro="DJEN fora" if status == "FALHA" else None,
        )
    corpo = cliente.get(f"{URL}/{pessoa_id}/verificacoes?por_pagina=2").json()
    assert corpo["total"] == 3
    assert [v["status"] for v in corpo["itens"]] == ["SUCESSO", "FALHA"]
    assert corpo["itens"][1]["erro"] == "DJEN fora"
    assert corpo["itens"][0]["iniciado_em"].endswith("+00:00")
