"""GET /api/v1/oportunidades (grouped by process, filters, pages) and POST /api/v1/oportunidades/varrer."""

from __future__ import annotations

import json
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from sqlalchemy import func

from tests.oportunidades.apoio import (
    ALVARA,
    PRECATORIO,
    REVOGACAO,
    cnj,
    dias_atras,
    padrao_id,
    pessoa,
    publicacao,
    varrer,
)

URL = "/api/v1/oportunidades"
P1, P2, P4 = cnj(1), cnj(2), cnj(4)


@pytest.fixture
def dados(limpo: None) -> dict[str, int]:
    ana, beto = pessoa("Ana Lima"), pessoa("Beto Reis")
    removida = pessoa("Removida Silva", removido_em=func.now())
    publicacao(1, [ana, beto], data=dias_atras(10), processo=P1, texto=ALVARA)
    publicacao(2, [ana], data=dias_atras(5), processo=P1, texto=REVOGACAO)  # cancels Ana's, not Beto's
    publicacao(3, [ana], data=dias_atras(2), processo=P2, texto=PRECATORIO)
    publicacao(4, [beto], data=dias_atras(20), texto="Determino o desbloqueio dos valores.")
    publicacao(5, [removida], data=dias_atras(1), processo=cnj(3), texto=ALVARA)
    publicacao(6, [ana], data=dias_atras(3), processo=P4, texto=ALVARA, ativo=False)  # cancelled in DJEN
    varrer()
    return {"ana": ana, "beto": beto}


def _grupos(cliente: TestClient, **params: Any) -> list[tuple[str | None, list[tuple[int, int]]]]:
    resposta = cliente.get(URL, params=params)
    assert resposta.status_code == 200, resposta.text
    return [
        (g["numero_processo"], [(o["pessoa_id"], o["publicacao"]["id"]) for o in g["oportunidades"]])
        for g in resposta.json()["itens"]
    ]


def test_ativas_agrupadas_por_processo(cliente: TestClient, dados: dict[str, int]) -> None:
    ana, beto = dados["ana"], dados["beto"]
    corpo = cliente.get(URL).json()
    assert (corpo["total"], corpo["pagina"], corpo["por_pagina"]) == (3, 1, 50)
    # Most recent publication first; the group without a process number is one group too.
    assert _grupos(cliente) == [(P2, [(ana, 3)]), (P1, [(beto, 1)]), (None, [(beto, 4)])]
    grupo = corpo["itens"][1]
    assert grupo["numero_processo_mascara"].count(".") == 4
    item = grupo["oportunidades"][0]
    assert item["situacao"] == "ativa" and item["cancelada_por"] is None
    assert item["pessoa_nome"] == "Beto Reis" and item["padrao_nome"] == "Alvará ou mandado de levantamento"
    assert "ALVARÁ DE LEVANTAMENTO" in item["trecho"] and item["alerta_id"] is not None
    assert item["publicacao"]["data_disponibilizacao"] == dias_atras(10).isoformat()
    assert item["detectada_em"].endswith("+00:00")
    assert corpo["itens"][0]["oportunidades"][0]["padrao_nome"] == "Expedição de precatório"


def test_canceladas_mostram_o_motivo(cliente: TestClient, dados: dict[str, int]) -> None:
    ana = dados["ana"]
    assert _grupos(cliente, situacao="canceladas") == [(P4, [(ana, 6)]), (P1, [(ana, 1)])]
    grupos = cliente.get(URL, params={"situacao": "canceladas"}).json()["itens"]
    no_djen, revogada = grupos[0]["oportunidades"][0], grupos[1]["oportunidades"][0]
    assert no_djen["situacao"] == "cancelada" and no_djen["cancelada_por"] is None
    assert no_djen["publicacao"]["ativo"] is False and no_djen["alerta_id"] is None
    assert revogada["situacao"] == "cancelada"
    assert revogada["cancelada_por"] == {
        "publicacao_id": 2,
        "data_disponibilizacao": dias_atras(5).isoformat(),
        "padrao_id": padrao_id("Revogação"),
        "padrao_nome": "Revogação",
    }
    assert revogada["alerta_id"] is None  # the first sweep already saw the revocation: never alerted
    todas = _grupos(cliente, situacao="todas")
    assert [p for p, _ in todas] == [P2, P4, P1, None]
    assert todas[2][1] == [(ana, 1), (dados["beto"], 1)]


@pytest.mark.parametrize(
    ("params", "esperado"),
    [
        ({"dias": 7}, [P2]),
        ({"dias": 7, "situacao": "todas"}, [P2, P4]),
        ({"dias": 30}, [P2, P1, None]),
        ({"pessoa_id": "{beto}"}, [P1, None]),
        ({"pessoa_id": "{ana}", "situacao": "todas"}, [P2, P4, P1]),
        ({"padrao_id": "Precatório"}, [P2]),  # occurs, even if not the principal pattern
        ({"padrao_id": "Desbloqueio"}, [None]),
        ({"padrao_id": "Revogação"}, []),  # a negative pattern lists what it cancelled: none is active
        ({"padrao_id": "Revogação", "situacao": "todas"}, [P1]),
        ({"padrao_id": 999_999}, []),
    ],
)
def test_filtros(
    cliente: TestClient, dados: dict[str, int], params: dict[str, Any], esperado: list[str | None]
) -> None:
    consulta = {k: str(v).format(**dados) for k, v in params.items()}
    if isinstance(params.get("padrao_id"), str):
        consulta["padrao_id"] = str(padrao_id(params["padrao_id"]))
    assert [p for p, _ in _grupos(cliente, **consulta)] == esperado


def test_paginas_contam_processos(cliente: TestClient, dados: dict[str, int]) -> None:
    primeira = cliente.get(URL, params={"por_pagina": 2}).json()
    assert primeira["total"] == 3 and [g["numero_processo"] for g in primeira["itens"]] == [P2, P1]
    segunda = cliente.get(URL, params={"por_pagina": 2, "pagina": 2}).json()
    assert [g["numero_processo"] for g in segunda["itens"]] == [None]


@pytest.mark.parametrize(
    "consulta",
    ["dias=31", "dias=0", "dias=x", "pessoa_id=0", "padrao_id=-1", "situacao=abertas", "por_pagina=500"],
)
def test_filtros_invalidos_422(cliente: TestClient, dados: dict[str, int], consulta: str) -> None:
    resposta = cliente.get(f"{URL}?{consulta}")
    assert resposta.status_code == 422
    if consulta == "dias=31":
        assert resposta.json() == {
            "detail": "dias deve ser no máximo 30 (a janela de oportunidades)",
            "campo": "dias",
        }


def test_varrer_agora_enfileira(cliente: TestClient, limpo: None, filas: Any) -> None:
    resposta = cliente.post(f"{URL}/varrer")
    assert resposta.status_code == 202
    assert resposta.json() == {"mensagem": "Varredura de oportunidades enfileirada"}
    (mensagem_id,) = filas.client.lrange(f"{filas.namespace}:manutencao", 0, -1)
    mensagem = json.loads(filas.client.hget(f"{filas.namespace}:manutencao.msgs", mensagem_id))
    assert (mensagem["actor_name"], mensagem["args"]) == ("varrer_oportunidades_task", [])


def test_varrer_agora_com_redis_fora_503(
    cliente: TestClient, limpo: None, filas: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def sem_redis(*_: object, **__: object) -> None:
        raise redis.ConnectionError("Connection refused")

    monkeypatch.setattr(filas, "enqueue", sem_redis)
    resposta = cliente.post(f"{URL}/varrer")
    assert resposta.status_code == 503 and "Redis" in resposta.json()["detail"]
