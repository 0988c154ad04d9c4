"""Property-based fuzzing of every API operation from its own OpenAPI document (Schemathesis, in-process).

For each operation, valid and invalid requests generated from the schema (a fixed number per operation,
derandomized, so a run is repeatable) must get: no 5xx; on a 4xx, a JSON body whose `detail` is a
non-empty pt-BR message (not one of FastAPI/Starlette's English defaults); a body that conforms to the
response schema the operation declares. Nothing leaves the machine: the ASGI app is called in-process,
DJEN is the simulator app in-process too, and the channel test send is replaced by a recorder.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import response_schema_conformance
from starlette.testclient import TestClient

from dje_monitor.app import criar_app
from dje_monitor.busca import service as busca_service
from dje_monitor.djen.client import DjenClient
from dje_monitor.simulador.app import criar_app as criar_simulador
from dje_monitor.simulador.config import ConfigSimulador
from tests.api import apoio
from tests.conftest import autenticacao
from tests.entrada_hostil.apoio import problema_da_resposta

EXEMPLOS_POR_OPERACAO = 40
# The DJEN client passes its timeout on every call; the in-process simulator's TestClient ignores it.
pytestmark = pytest.mark.filterwarnings("ignore:You should not use the 'timeout' argument")


@schemathesis.check
def detalhe_em_portugues(ctx: Any, response: Any, case: Any) -> bool | None:
    """Every 4xx: JSON with a non-empty pt-BR `detail`, none of the frameworks' English defaults."""
    if not 400 <= response.status_code < 500:
        return None
    if problema := problema_da_resposta(response):
        raise AssertionError(problema)
    return True


# Built at import (pytest_configure already chose this run's database); it reaches the database only
# when called, after the `banco` fixture migrated and emptied it. (schemathesis.pytest.from_fixture
# would build it inside a fixture, but does not work with pytest 9.)
APP = criar_app()
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture
def dados(limpo: None, filas: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A little data, so that ids 1 and 2 exist; DJEN and the channel test send kept in-process."""
    simulador = TestClient(criar_simulador(ConfigSimulador(partes=5, publicacoes_por_parte=3, seed=3)))
    djen = DjenClient("http://testserver/api/v1", tentativas=1, max_paginas=2, http=simulador)
    APP.dependency_overrides[busca_service.cliente_busca] = lambda: djen
    enviados: list[str] = []
    # "Enviar teste" would reach whatever host a generated channel names: record instead of sending.
    monkeypatch.setattr(
        "dje_monitor.notificacoes.service.enviar", lambda tipo, *_a, **_k: enviados.append(tipo)
    )
    a, b = apoio.pessoa("Ana Teste Fuzz"), apoio.pessoa("Bruno Teste Fuzz")
    apoio.publicacao(1, [a, b])
    apoio.alerta(a, 1)
    apoio.verificacao(a, "SUCESSO", datetime.now(UTC))
    cliente = TestClient(APP, headers=autenticacao())
    for nome in ("um", "dois"):
        canal = {
            "tipo": "webhook",
            "nome": nome,
            "config": {"url": "http://127.0.0.1:9/", "segredo": "s" * 20},
        }
        assert cliente.post("/api/v1/canais", json=canal).status_code == 201
        padrao = {"nome": f"padrão {nome}", "expressao": "precatório*", "tipo": "POSITIVO"}
        assert cliente.post("/api/v1/oportunidades/padroes", json=padrao).status_code == 201
    yield enviados
    APP.dependency_overrides.clear()
    simulador.close()


@schema.parametrize()
@settings(
    max_examples=EXEMPLOS_POR_OPERACAO,
    derandomize=True,
    database=None,  # nothing to replay: derandomized runs repeat themselves, and no .hypothesis/ is left
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_fuzz_openapi(case: Any, dados: list[str]) -> None:
    resposta = case.call(headers=autenticacao())
    case.validate_response(
        resposta,
        checks=[schemathesis.checks.not_a_server_error, response_schema_conformance, detalhe_em_portugues],
    )
