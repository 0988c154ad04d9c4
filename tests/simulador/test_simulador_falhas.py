"""Injeção de falhas: limite de taxa, erros, respostas forçadas, páginas vazias e latência."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

from dje_monitor.simulador.config import Latencia
from dje_monitor.simulador.falhas import ConfigFalhas, LimitadorJanela

from .conftest import Servidor

CONSULTA: dict[str, str | int] = {"siglaTribunal": "TJSP", "itensPorPagina": 5}


def test_limitador_janela_deslizante_de_um_segundo() -> None:
    limitador = LimitadorJanela()
    aceitas = [limitador.tentar("ip", t, 3)[0] for t in (0, 0.25, 0.5, 0.75, 1, 1.125, 1.25, 1.5)]
    assert aceitas == [True, True, True, False, True, False, True, True]
    assert limitador.tentar("outro-ip", 1.5, 3) == (True, 2)
    assert ConfigFalhas(limite_taxa=1.5, burst=1).capacidade == 2  # limite + burst, para baixo
    assert ConfigFalhas(limite_taxa=0, burst=5).capacidade == 0  # desligado


def test_limite_de_taxa_por_ip_com_cabecalhos(sim: Servidor) -> None:
    sim.falhas(limite_taxa=2, burst=1)
    primeira = sim.buscar(**CONSULTA)
    time.sleep(0.3)
    respostas = [primeira] + [sim.buscar(**CONSULTA) for _ in range(3)]
    assert [r.status_code for r in respostas] == [200, 200, 200, 429]
    assert [r.headers["x-ratelimit-remaining"] for r in respostas] == ["2", "1", "0", "0"]
    assert all(r.headers["x-ratelimit-limit"] == "3" for r in respostas)
    assert respostas[3].headers["Retry-After"] == "1" and "Retry-After" not in respostas[0].headers
    # Outro IP de loopback tem a sua própria janela.
    with httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.2"), base_url=sim.url) as outro:
        assert outro.get("/api/v1/comunicacao", params=CONSULTA).status_code == 200
    # Janela deslizante: passado 1 s da primeira, só a vaga dela volta.
    chegada = sim.http.get("/_simulador/requisicoes").json()[0]["t"]
    time.sleep(max(0.0, chegada + 1.05 - time.time()))
    assert [sim.buscar(**CONSULTA).status_code for _ in range(2)] == [200, 429]
    sim.falhas(retry_after=7)
    assert sim.buscar(**CONSULTA).headers["Retry-After"] == "7"


def test_cabecalhos_de_taxa_mesmo_sem_limite(sim: Servidor) -> None:
    resposta = sim.buscar(**CONSULTA)
    assert int(resposta.headers["x-ratelimit-limit"]) >= 1_000_000
    assert int(resposta.headers["x-ratelimit-remaining"]) > 0


def _normal(sim: Servidor) -> dict[str, Any]:
    corpo: dict[str, Any] = sim.buscar(**CONSULTA).json()
    return corpo


@pytest.mark.parametrize(
    ("forcada", "status", "verificar"),
    [
        ({"tipo": "500"}, 500, lambda r, n: "ocupado" in r.json()["message"]),
        (
            {"tipo": "403"},
            403,
            lambda r, n: "text/html" in r.headers["content-type"] and "Access Denied" in r.text,
        ),
        ({"tipo": "429", "retry_after": 2}, 429, lambda r, n: r.headers["Retry-After"] == "2"),
        ({"tipo": "429"}, 429, lambda r, n: "Retry-After" not in r.headers),
        ({"tipo": "vazia"}, 200, lambda r, n: r.json()["items"] == [] and r.json()["count"] == 0),
        ({"tipo": "html_200"}, 200, lambda r, n: r.text.lstrip().startswith("<!DOCTYPE html>")),
        ({"tipo": "array"}, 200, lambda r, n: r.json() == n["items"]),
        ({"tipo": "itens"}, 200, lambda r, n: r.json()["itens"] == n["items"] and "items" not in r.json()),
        (
            {"tipo": "nulos"},
            200,
            lambda r, n: all(
                i["destinatarios"] is None and i["destinatarioadvogados"] is None for i in r.json()["items"]
            ),
        ),
        (
            {"tipo": "sem_campos"},
            200,
            lambda r, n: all("hash" not in i and "id" in i for i in r.json()["items"]),
        ),
        ({"tipo": "texto_gigante"}, 200, lambda r, n: len(r.json()["items"][0]["texto"]) >= 10 * 1024 * 1024),
    ],
)
def test_respostas_forcadas(sim: Servidor, forcada: dict[str, Any], status: int, verificar: Any) -> None:
    normal = _normal(sim)
    sim.forcar(forcada)
    resposta = sim.buscar(**CONSULTA)
    assert resposta.status_code == status
    assert verificar(resposta, normal)
    assert "x-ratelimit-remaining" in resposta.headers
    assert sim.buscar(**CONSULTA).json() == normal  # consumida uma vez só


def test_fila_de_forcadas_em_ordem_e_so_em_comunicacao(sim: Servidor) -> None:
    sim.forcar({"tipo": "500"}, {"tipo": "403"})
    sim.forcar({"tipo": "vazia"})
    assert sim.http.get("/api/v1/comunicacao/tribunal").status_code == 200
    assert [sim.buscar(**CONSULTA).status_code for _ in range(3)] == [500, 403, 200]
    assert sim.buscar(**CONSULTA).json()["items"]


def test_timeout_forcado(sim: Servidor) -> None:
    sim.forcar({"tipo": "timeout", "segundos": 1.0})
    with pytest.raises(httpx.ReadTimeout):
        sim.http.get("/api/v1/comunicacao", params=CONSULTA, timeout=0.3)
    assert sim.buscar(**CONSULTA).status_code == 200


def test_pagina_vazia_transitoria(sim: Servidor) -> None:
    sim.falhas(paginas_vazias=1)
    primeira = sim.buscar(**CONSULTA, pagina=1).json()
    assert primeira["items"]  # a primeira página nunca é esvaziada
    segunda = sim.buscar(**CONSULTA, pagina=2).json()
    assert segunda["items"] == [] and segunda["count"] == primeira["count"]
    assert sim.itens(**CONSULTA, pagina=2)  # a nova tentativa traz os itens
    assert sim.itens(**CONSULTA, pagina=3)  # uma página vazia só


def test_erros_aleatorios_e_restauracao(sim: Servidor) -> None:
    sim.falhas(prob_500=1.0)
    assert sim.buscar(**CONSULTA).status_code == 500
    sim.falhas(prob_500=0.0, prob_403=1.0)
    assert sim.buscar(**CONSULTA).status_code == 403
    assert sim.http.get("/api/v1/comunicacao/tribunal").status_code == 403
    restaurado = sim.http.delete("/_simulador/falhas").json()
    assert restaurado["prob_403"] == 0.0 and restaurado["respostas_forcadas"] == []
    assert sim.buscar(**CONSULTA).status_code == 200


def test_alteracoes_invalidas_sao_recusadas(sim: Servidor) -> None:
    assert sim.http.put("/_simulador/falhas", json={"latencia": "rapido"}).status_code == 422
    assert sim.http.put("/_simulador/falhas", json={"prob_500": 2}).status_code == 422
    assert (
        sim.http.put("/_simulador/falhas", json={"respostas_forcadas": [{"tipo": "418"}]}).status_code == 422
    )
    assert sim.http.put("/_simulador/falhas", json={"campo_errado": 1}).status_code == 422


@pytest.mark.parametrize(
    ("especificacao", "minimo", "maximo"),
    [("0.3", 0.3, 0.3), ("0.25-0.32", 0.25, 0.32), ("lognormal:0.3:0.5", 0.0, 100.0)],
)
def test_especificacoes_de_latencia(especificacao: str, minimo: float, maximo: float) -> None:
    import random

    rng = random.Random(1)
    amostras = [Latencia.de_texto(especificacao).sortear(rng) for _ in range(500)]
    assert all(minimo <= a <= maximo for a in amostras)
    if especificacao.startswith("lognormal"):
        assert 0.25 < sorted(amostras)[250] < 0.35  # mediana


def test_latencia_assincrona_atende_muitas_ao_mesmo_tempo(sim: Servidor) -> None:
    sim.falhas(latencia="0.5")

    async def disparar() -> list[int]:
        async with httpx.AsyncClient(base_url=sim.url, timeout=10) as cliente:
            respostas = await asyncio.gather(
                *(cliente.get("/api/v1/comunicacao", params=CONSULTA) for _ in range(60))
            )
        return [r.status_code for r in respostas]

    inicio = time.monotonic()
    assert asyncio.run(disparar()) == [200] * 60
    assert 0.5 <= time.monotonic() - inicio < 2.0
