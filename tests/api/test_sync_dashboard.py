"""Forcing a sync, the pipeline status, the dashboard and the health check."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
import redis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from redis.backoff import NoBackoff
from redis.retry import Retry

from dje_monitor.dependencias import redis_cliente
from dje_monitor.tempo import agora
from tests.api import apoio
from tests.conftest import porta_livre


@pytest.fixture
def redis_fora(app: FastAPI) -> Iterator[None]:
    """Points the routes' Redis client at a port nobody listens on."""
    # No retries: redis-py's default backoff would only make the test slower.
    morto = redis.Redis(
        port=porta_livre(), socket_connect_timeout=1, socket_timeout=1, retry=Retry(NoBackoff(), 0)
    )
    app.dependency_overrides[redis_cliente] = lambda: morto
    yield
    app.dependency_overrides.clear()


def test_forcar_enfileira_o_ciclo(cliente: TestClient, filas: Any) -> None:
    for consulta, todas in (("", False), ("?todas=true", True)):
        resposta = cliente.post(f"/api/sync/forcar{consulta}")
        assert resposta.status_code == 202
        assert resposta.json() == {"mensagem": "Sincronização enfileirada"}
        ultima = filas.client.lrange(f"{filas.namespace}:scheduler", -1, -1)[0]
        mensagem = json.loads(filas.client.hget(f"{filas.namespace}:scheduler.msgs", ultima))
        assert (mensagem["actor_name"], mensagem["args"]) == ("agendar_verificacoes_task", [todas])
    assert cliente.post("/api/sync/forcar?todas=talvez").status_code == 422


def test_forcar_com_redis_fora_503(cliente: TestClient, filas: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def sem_redis(*_: object, **__: object) -> None:
        raise redis.ConnectionError("Connection refused")

    monkeypatch.setattr(filas, "enqueue", sem_redis)
    resposta = cliente.post("/api/sync/forcar")
    assert resposta.status_code == 503 and "Redis" in resposta.json()["detail"]


def test_status(cliente: TestClient, filas: Any) -> None:
    pessoa_id = apoio.pessoa("Status Teste")
    inicio = agora() - timedelta(minutes=10)
    ciclo_id = apoio.ciclo(inicio, 3)
    apoio.verificacao(
        pessoa_id, "FALHA", inicio + timedelta(seconds=5), ciclo_id=ciclo_id, iniciado_em=inicio
    )
    apoio.verificacao(
        pessoa_id,
        "SUCESSO",
        inicio + timedelta(seconds=42),
        ciclo_id=ciclo_id,
        novos_alertas=2,
        iniciado_em=inicio,
    )
    cliente.post("/api/sync/forcar")

    corpo = cliente.get("/api/sync/status").json()
    assert corpo["redis"] == {"ok": True, "erro": None}
    assert set(corpo["filas"]) == {"verificacao", "scheduler", "manutencao", "notificacao"}
    assert corpo["filas"]["scheduler"] == {"pendentes": 1, "em_execucao": 0, "adiadas": 0, "mortas": 0}
    assert corpo["workers"]["ativos"] >= 0
    assert set(corpo["agendador"]) == {
        "habilitado",
        "intervalo_minutos",
        "lider",
        "proxima_execucao",
        "ultimo_tick",
    }
    assert corpo["agendador"]["habilitado"] is False
    assert "taxa_por_segundo" in corpo["limitador"]
    ciclo = corpo["ultimo_ciclo"]
    assert ciclo["id"] == ciclo_id and ciclo["pessoas_enfileiradas"] == 3
    assert ciclo["pessoas_verificadas"] == 1 and ciclo["pessoas_com_falha"] == 1
    assert ciclo["novos_alertas"] == 2 and ciclo["em_andamento"] == 0
    assert ciclo["duracao_segundos"] == pytest.approx(42, abs=0.01)


def test_status_conta_em_execucao_e_mortas(cliente: TestClient, filas: Any) -> None:
    ns = filas.namespace
    # What a worker leaves behind: a fetched (unacked) message and a dead letter.
    filas.client.hset(f"{ns}:verificacao.msgs", "em-voo", "{}")
    filas.client.zadd(f"{ns}:verificacao.XQ", {"morta": 1})
    filas.client.hset(f"{ns}:verificacao.DQ.msgs", "adiada", "{}")
    try:
        corpo = cliente.get("/api/sync/status").json()
        assert corpo["filas"]["verificacao"] == {"pendentes": 0, "em_execucao": 1, "adiadas": 1, "mortas": 1}
    finally:
        filas.client.delete(f"{ns}:verificacao.XQ", f"{ns}:verificacao.DQ.msgs", f"{ns}:verificacao.msgs")


def test_status_com_redis_fora_responde_200(cliente: TestClient, redis_fora: None) -> None:
    resposta = cliente.get("/api/sync/status")
    assert resposta.status_code == 200
    corpo = resposta.json()
    assert corpo["redis"]["ok"] is False and "Redis indisponível" in corpo["redis"]["erro"]
    assert corpo["filas"] is None and corpo["limitador"] is None
    assert corpo["ultimo_ciclo"] is None  # the database part still answers


def test_dashboard(cliente: TestClient) -> None:
    ana = apoio.pessoa("Ana Painel", baseline_concluido_em=agora())
    apoio.pessoa("Beto Painel", ultimo_erro="falhou")
    apoio.pessoa("Caio Painel", ativo=False)
    apoio.pessoa("Removido Painel", removido_em=agora())
    apoio.publicacao(1, [ana])
    apoio.publicacao(2, [ana])
    instante = agora()
    apoio.alerta(ana, 1)
    apoio.alerta(ana, 2, lido=True, criado_em=instante - timedelta(days=3))
    apoio.verificacao(ana, "SUCESSO", instante - timedelta(hours=2))
    apoio.verificacao(ana, "FALHA", instante - timedelta(hours=2))
    apoio.verificacao(ana, "SUCESSO", instante - timedelta(hours=30))  # outside the window

    corpo = cliente.get("/api/dashboard/resumo").json()
    assert corpo["contagens"] == {
        "pessoas": 3,
        "ativas": 2,
        "baseline_pendente": 2,
        "com_erro": 1,
        "publicacoes": 2,
        "alertas_nao_lidos": 1,
        "alertas_24h": 1,
    }
    assert corpo["ultimo_ciclo"] is None
    assert [a["publicacao"]["id"] for a in corpo["ultimos_alertas"]] == [1, 2]
    serie = corpo["serie_24h"]
    assert len(serie) == 24 and serie[-1]["hora"].endswith("+00:00")
    assert sum(p["verificacoes_sucesso"] for p in serie) == 1
    assert sum(p["verificacoes_falha"] for p in serie) == 1
    assert sum(p["novos_alertas"] for p in serie) == 1
    # Counted in its own hour (two hours ago), whatever minute it is now.
    hora = (instante - timedelta(hours=2)).replace(minute=0, second=0, microsecond=0).isoformat()
    assert next(p["hora"] for p in serie if p["verificacoes_sucesso"]) == hora


def test_health(cliente: TestClient) -> None:
    resposta = cliente.get("/health")
    assert resposta.status_code == 200
    assert resposta.json() == {"status": "ok", "banco": "ok", "redis": "ok"}


def test_health_com_redis_fora_503(cliente: TestClient, redis_fora: None) -> None:
    resposta = cliente.get("/health")
    assert resposta.status_code == 503
    corpo = resposta.json()
    assert corpo["status"] == "erro" and corpo["banco"] == "ok" and corpo["redis"].startswith("erro")


def test_openapi_em_docs(cliente: TestClient) -> None:
    assert cliente.get("/docs").status_code == 200
    caminhos = cliente.get("/openapi.json").json()["paths"]
    for caminho in (
        "/api/v1/pessoas-monitoradas",
        "/api/v1/alertas/marcar-lidos",
        "/api/v1/search",
        "/api/sync/status",
        "/api/dashboard/resumo",
        "/health",
    ):
        assert caminho in caminhos
