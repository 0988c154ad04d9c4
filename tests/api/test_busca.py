"""GET /api/v1/search against the DJEN simulator, through the shared global limiter."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from dje_monitor.busca import service as busca
from dje_monitor.dependencias import limitador, redis_cliente
from dje_monitor.djen.client import DjenClient
from dje_monitor.djen.erros import (
    DjenBloqueado,
    DjenErro,
    DjenErroPermanente,
    DjenIndisponivel,
    DjenLimiteExcedido,
    DjenRespostaInvalida,
)
from dje_monitor.documentos import mascarar_processo
from tests.api import apoio
from tests.conftest import autenticacao

URL = "/api/v1/search"


@pytest.fixture
def djen(simulador: Callable[..., Any], app: FastAPI, ambiente: dict[str, str]) -> Iterator[Any]:
    """The simulator, and the search wired to it; `djen.cliente(limitado=False)` skips the shared budget."""
    sim = simulador("--partes", "5", "--seed", "3")
    clientes: list[DjenClient] = []

    def usar(limitado: bool = True) -> DjenClient:
        cliente = DjenClient(
            sim.url,
            limitador() if limitado else None,
            max_paginas=busca.MAX_PAGINAS,
            tentativas=2,
            backoff_base=0.01,
            backoff_max=0.02,
        )
        clientes.append(cliente)
        app.dependency_overrides[busca.cliente_busca] = lambda: cliente
        return cliente

    usar()
    sim.cliente = usar
    cache = redis_cliente()
    for chave in cache.scan_iter(match=f"{ambiente['DJE_REDIS_NAMESPACE']}:busca:*"):
        cache.delete(chave)
    yield sim
    app.dependency_overrides.clear()
    for cliente in clientes:
        cliente.close()


@pytest.fixture
def api(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, headers=autenticacao()) as cliente:
        yield cliente


def _controle(djen: Any, metodo: str, caminho: str, **kwargs: Any) -> Any:
    resposta = httpx.request(metodo, djen.extra["controle"] + caminho, timeout=30, **kwargs)
    resposta.raise_for_status()
    return resposta.json()


def test_busca_por_nome_agrupada_e_em_cache(djen: Any, api: TestClient) -> None:
    partes = _controle(djen, "GET", "/partes")["partes"]
    parte = max(partes, key=lambda p: p["resultados_busca"])
    assert 0 < parte["resultados_busca"] <= 500

    resposta = api.get(URL, params={"nome": parte["nome"], "por_pagina": 200})
    assert resposta.status_code == 200, resposta.text
    corpo = resposta.json()
    assert corpo["total_publicacoes"] == parte["resultados_busca"]
    assert corpo["truncado"] is False and corpo["requisicoes"] >= 1
    assert corpo["total"] == len(corpo["itens"]) == len({g["numero_processo"] for g in corpo["itens"]})
    datas = [g["publicacoes"][0]["data_disponibilizacao"] for g in corpo["itens"]]
    assert datas == sorted(datas, reverse=True)  # groups: most recent first
    for grupo in corpo["itens"]:
        assert grupo["numero_processo_mascara"] == mascarar_processo(grupo["numero_processo"])
        assert all(isinstance(nome, str) for p in grupo["publicacoes"] for nome in p["destinatarios"])

    # Paging through the same search reuses it: no further DJEN request.
    pagina2 = api.get(URL, params={"nome": parte["nome"], "por_pagina": 1, "pagina": 2}).json()
    assert pagina2["requisicoes"] == 0
    assert pagina2["itens"] == corpo["itens"][1:2] and pagina2["total"] == corpo["total"]


def test_busca_por_processo(djen: Any, api: TestClient) -> None:
    processo = apoio.cnj(4242)
    _controle(
        djen,
        "POST",
        "/comunicacoes",
        json={"quantidade": 3, "destinatarios": ["Fulano Processual"], "numero_processo": processo},
    )
    corpo = api.get(URL, params={"numero_processo": mascarar_processo(processo), "tribunal": "tjsp"}).json()
    assert corpo["total"] == 1
    assert corpo["itens"][0]["numero_processo"] == processo
    assert len(corpo["itens"][0]["publicacoes"]) == 3


def test_busca_truncada_em_cinco_paginas(djen: Any, api: TestClient) -> None:
    _controle(
        djen, "POST", "/comunicacoes", json={"quantidade": 620, "destinatarios": ["Nome Muito Frequente"]}
    )
    corpo = api.get(URL, params={"nome": "Nome Muito Frequente"}).json()
    assert corpo["truncado"] is True and "5 páginas" in corpo["motivo_truncamento"]
    assert corpo["total_publicacoes"] == 500 and corpo["requisicoes"] == 5


def test_djen_fora_vira_503_em_portugues(djen: Any, api: TestClient) -> None:
    djen.cliente(limitado=False)  # a burst of 500s must not open the shared circuit for other tests
    _controle(djen, "PUT", "/falhas", json={"prob_500": 1})
    resposta = api.get(URL, params={"nome": "Qualquer Nome"})
    assert resposta.status_code == 503
    assert resposta.json()["detail"].startswith("DJEN indisponível no momento")


@pytest.mark.parametrize(
    ("params", "trecho"),
    [
        ({}, "exatamente um"),
        ({"nome": "Maria", "numero_processo": apoio.cnj(1)}, "exatamente um"),
        ({"nome": "ab"}, "entre 3 e 300"),
        ({"numero_processo": "0709098-49.2018.8.07.0007"}, "dígitos verificadores"),
        ({"nome": "Maria", "tribunal": "XPTO"}, "tribunal desconhecido"),
        ({"nome": "Maria", "data_inicio": "2025-02-01", "data_fim": "2025-01-01"}, "data_inicio"),
        ({"nome": "Maria", "data_inicio": "01/02/2025"}, "AAAA-MM-DD"),
        ({"nome": "Maria", "pagina": "0"}, "maior ou igual a 1"),
    ],
)
def test_busca_valida_a_consulta(api: TestClient, params: dict[str, str], trecho: str) -> None:
    resposta = api.get(URL, params=params)
    assert resposta.status_code == 422
    assert trecho in resposta.json()["detail"]


@pytest.mark.parametrize(
    ("erro", "status"),
    [
        (DjenErroPermanente("consulta impossível"), 400),
        (DjenLimiteExcedido("429", retry_after=60), 503),
        (DjenIndisponivel("tempo esgotado"), 503),
        (DjenBloqueado("403"), 502),
        (DjenRespostaInvalida("html"), 502),
    ],
)
def test_erros_do_djen_em_http(erro: DjenErro, status: int) -> None:
    traduzido = busca._erro_http(erro)
    assert traduzido.status_code == status
    assert erro.mensagem in traduzido.mensagem
