"""Every operation of the OpenAPI document, called as nobody, as a bad token, and as each role.

The lists come from the schema itself, so a route added later without authentication, or with the
wrong role, fails here without anyone having to remember to add it.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from dje_monitor.auditoria.models import RegistroAuditoria
from dje_monitor.broker import FILAS
from dje_monitor.db import session_scope
from tests.api import apoio
from tests.entrada_hostil.apoio import problema_da_resposta

PUBLICAS = {("GET", "/health"), ("POST", "/api/auth/login")}
SO_ADMIN = ("/api/v1/usuarios", "/api/v1/auditoria")
PROPRIAS = ("/api/auth/", "/api/v1/tokens")  # anyone logged in: their own session and tokens


def _operacoes(app: FastAPI) -> list[tuple[str, str]]:
    caminhos = app.openapi()["paths"]
    return sorted((metodo.upper(), caminho) for caminho, ops in caminhos.items() for metodo in ops)


def _chamar(cliente: TestClient, metodo: str, caminho: str, **kwargs: Any) -> Any:
    url = re.sub(r"\{[^}]+\}", "987654", caminho)  # no such row: a DELETE must not revoke our own token
    corpo = {} if metodo in ("POST", "PATCH") else None
    return cliente.request(metodo, url, json=corpo, **kwargs)


def _papel_exigido(metodo: str, caminho: str) -> str:
    if caminho.startswith(SO_ADMIN):
        return "admin"
    if caminho.startswith(PROPRIAS) or metodo == "GET":
        return "leitor"
    return "operador"


def _auditoria() -> int:
    with session_scope() as session:
        return int(session.scalar(select(func.count()).select_from(RegistroAuditoria)) or 0)


def test_o_esquema_lista_as_operacoes_e_declara_a_seguranca(app: FastAPI) -> None:
    """Pass: the schema has the new routes, and every non-public operation declares its security schemes."""
    operacoes = _operacoes(app)
    assert len(operacoes) > 35 and ("POST", "/api/v1/usuarios") in operacoes
    esquema = app.openapi()
    for metodo, caminho in operacoes:
        seguranca = esquema["paths"][caminho][metodo.lower()].get("security")
        assert bool(seguranca) == ((metodo, caminho) not in PUBLICAS), (metodo, caminho)
    assert set(esquema["components"]["securitySchemes"]) == {"token", "login"}


def test_sem_credenciais_toda_rota_da_api_responde_401_em_portugues(app: FastAPI, banco: None) -> None:
    """Pass: every operation but /health and login answers 401 with a pt-BR `detail` and a
    WWW-Authenticate header, with no credentials, with an unknown token and with a forged cookie."""
    sem_nada = TestClient(app)
    token_falso = TestClient(app, headers={"Authorization": "Bearer dje_naoexiste"})
    cookie_falso = TestClient(app, cookies={"dje_sessao": "forjado"})
    for metodo, caminho in _operacoes(app):
        if (metodo, caminho) in PUBLICAS:
            continue
        for cliente in (sem_nada, token_falso, cookie_falso):
            resposta = _chamar(cliente, metodo, caminho)
            assert resposta.status_code == 401, (metodo, caminho, resposta.text)
            assert problema_da_resposta(resposta) is None, (metodo, caminho, resposta.text)
            assert resposta.headers["www-authenticate"] == "Bearer"
    assert _auditoria() == 0


@pytest.mark.parametrize("papel", ["leitor", "operador", "admin"])
def test_cada_papel_so_passa_onde_pode(app: FastAPI, banco: None, filas: Any, papel: str) -> None:
    """Pass: for every operation, a token of this role gets 403 (pt-BR) exactly where the role is below
    what the route needs, and anything else where it may; a refused call writes no audit row and sends
    no message."""
    cliente = TestClient(app, headers=apoio.bearer(f"usuaria.{papel}", papel))
    ordem = ["leitor", "operador", "admin"]
    for metodo, caminho in _operacoes(app):
        if (metodo, caminho) in PUBLICAS or caminho == "/api/auth/logout":
            continue
        exigido = _papel_exigido(metodo, caminho)
        antes = _auditoria()
        resposta = _chamar(cliente, metodo, caminho)
        if ordem.index(papel) < ordem.index(exigido):
            assert resposta.status_code == 403, (metodo, caminho, resposta.text)
            assert problema_da_resposta(resposta) is None
            assert papel in resposta.json()["detail"]
            assert _auditoria() == antes, (metodo, caminho)
        else:
            assert resposta.status_code not in (401, 403), (metodo, caminho, resposta.text)
    if papel == "leitor":
        assert all(filas.client.llen(f"{filas.namespace}:{nome}") == 0 for nome in FILAS)
