"""The audit log: every change made through the API names who made it, in the same transaction.

The test walks every unsafe operation of the OpenAPI document (so a new route that forgets to audit
fails here), and checks that a refused or failed change leaves no row while an undone one says so.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from dje_monitor.auditoria.models import RegistroAuditoria
from dje_monitor.db import session_scope
from dje_monitor.errors import FilaIndisponivel
from dje_monitor.pessoas.models import PessoaMonitorada
from tests.api import apoio
from tests.importacao.apoio import xlsx

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# The login routes audit themselves (LOGIN, LOGIN_FALHOU, LOGOUT) and are checked in test_acesso_login.
SEM_RECURSO = {("POST", "/api/auth/login"), ("POST", "/api/auth/logout")}


def _registros(desde: int = 0) -> list[tuple[str, str, str, str | None, str | None]]:
    with session_scope() as session:
        linhas = session.execute(
            select(R.ator, R.acao, R.recurso, R.recurso_id, R.ip).where(R.id > desde).order_by(R.id)
        ).all()
    return [tuple(linha) for linha in linhas]  # type: ignore[misc]


def _ultimo_id() -> int:
    with session_scope() as session:
        return int(session.scalar(select(R.id).order_by(R.id.desc()).limit(1)) or 0)


R = RegistroAuditoria


def test_toda_alteracao_pela_api_fica_na_auditoria_com_quem_fez(
    app: FastAPI, banco: None, filas: Any
) -> None:
    """Pass: each unsafe operation, called once successfully by the operador "marta" (user admin for the
    admin routes), adds exactly the expected (ator, acao, recurso) row with the caller's address; the
    set of operations exercised equals the schema's unsafe operations."""
    marta = TestClient(app, headers=apoio.bearer("marta", "operador"))
    chefe = TestClient(app, headers=apoio.bearer("chefe", "admin"))
    pessoa = marta.post("/api/v1/pessoas-monitoradas", json={"nome": "PESSOA AUDITADA"}).json()["id"]
    with session_scope() as session:  # its baseline "ran": a manual check is then really enqueued
        session.execute(update(PessoaMonitorada).values(reivindicado_em=None))
    p = f"/api/v1/pessoas-monitoradas/{pessoa}"
    usuario = {"login": "novo", "nome": "N", "senha": "x" * 12}
    outra = apoio.pessoa("OUTRA PESSOA")
    apoio.publicacao(1, [outra])
    apoio.alerta(outra, 1)
    canal = {"tipo": "webhook", "nome": "c1", "config": {"url": "http://127.0.0.1:9/", "segredo": "s" * 20}}
    padrao = {"nome": "padrão x", "expressao": "precatório*", "tipo": "POSITIVO"}
    arq = {"arquivo": ("p.xlsx", xlsx([["PESSOA DA PLANILHA"]], cabecalho=["Nome"]), XLSX)}
    passos: list[tuple[TestClient, str, str, dict[str, Any], tuple[str, str]]] = [
        (marta, "PATCH", p, {"json": {"observacao": "x"}}, ("ALTERAR", "pessoa")),
        (marta, "POST", f"{p}/verificar", {}, ("VERIFICAR", "pessoa")),
        (marta, "DELETE", p, {}, ("EXCLUIR", "pessoa")),
        (marta, "POST", "/api/v1/alertas/marcar-lidos", {"json": {"todos": True}}, ("ALTERAR", "alerta")),
        (marta, "POST", "/api/v1/canais", {"json": canal}, ("CRIAR", "canal")),
        (marta, "PATCH", "/api/v1/canais/1", {"json": {"nome": "c2"}}, ("ALTERAR", "canal")),
        (marta, "POST", "/api/v1/canais/1/teste", {}, ("VERIFICAR", "canal")),
        (marta, "DELETE", "/api/v1/canais/1", {}, ("EXCLUIR", "canal")),
        (marta, "POST", "/api/v1/oportunidades/padroes", {"json": padrao}, ("CRIAR", "padrao")),
        (marta, "PATCH", "/api/v1/oportunidades/padroes/{id}", {"json": {"ordem": 5}}, ("ALTERAR", "padrao")),
        (marta, "DELETE", "/api/v1/oportunidades/padroes/{id}", {}, ("EXCLUIR", "padrao")),
        (marta, "POST", "/api/v1/oportunidades/varrer", {}, ("SINCRONIZAR", "oportunidade")),
        (marta, "POST", "/api/sync/forcar", {}, ("SINCRONIZAR", "ciclo")),
        (marta, "POST", "/api/v1/importar-planilha?dry_run=false", {"files": arq}, ("IMPORTAR", "planilha")),
        (marta, "POST", "/api/v1/tokens", {"json": {"nome": "t"}}, ("CRIAR", "token")),
        (marta, "DELETE", "/api/v1/tokens/{id}", {}, ("EXCLUIR", "token")),
        (chefe, "POST", "/api/v1/usuarios", {"json": usuario}, ("CRIAR", "usuario")),
        (chefe, "PATCH", "/api/v1/usuarios/{id}", {"json": {"papel": "operador"}}, ("ALTERAR", "usuario")),
    ]  # fmt: skip
    exercidas = {("POST", "/api/v1/pessoas-monitoradas")}
    ultimo_criado: int | None = None
    for cliente, metodo, url, kwargs, (acao, recurso) in passos:
        url = url.replace("{id}", str(ultimo_criado))
        antes = _ultimo_id()
        resposta = cliente.request(metodo, url, **kwargs)
        assert resposta.status_code < 300, (metodo, url, resposta.text)
        if resposta.status_code == 201:
            ultimo_criado = resposta.json()["id"]
        ator = "chefe" if cliente is chefe else "marta"
        novos = [r for r in _registros(antes) if r[2] == recurso]
        assert [(r[0], r[1], r[4]) for r in novos] == [(ator, acao, "testclient")], (metodo, url, novos)
        exercidas.add((metodo, re.sub(r"\?.*", "", re.sub(r"/\d+", "/{id}", url))))
    esquema = app.openapi()["paths"]
    inseguras = {
        (m.upper(), re.sub(r"\{[^}]+\}", "{id}", caminho))
        for caminho, ops in esquema.items()
        for m in ops
        if m != "get"
    }
    assert inseguras - SEM_RECURSO == exercidas
    assert ("marta", "CRIAR", "pessoa", str(pessoa), "testclient") in _registros()


def test_alteracao_recusada_nao_deixa_registro_e_a_desfeita_diz_que_foi_desfeita(
    app: FastAPI, banco: None, filas: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pass: a duplicate (409) and an invalid body (422) add no row; a creation whose enqueue fails
    (Redis down: 503, the party removed) is logged as created and then undone, never as a silent create."""
    nina = TestClient(app, headers=apoio.bearer("nina", "operador"))
    assert nina.post("/api/v1/pessoas-monitoradas", json={"nome": "PESSOA UNICA"}).status_code == 201
    antes = _ultimo_id()
    assert nina.post("/api/v1/pessoas-monitoradas", json={"nome": "PESSOA UNICA"}).status_code == 409
    assert nina.patch("/api/v1/pessoas-monitoradas/1", json={"nome": ""}).status_code == 422
    assert _registros(antes) == []

    def fila_fora(*_: object, **__: object) -> None:
        raise FilaIndisponivel()

    monkeypatch.setattr("dje_monitor.fila.enviar", fila_fora)
    assert nina.post("/api/v1/pessoas-monitoradas", json={"nome": "SEM FILA"}).status_code == 503
    assert [(r[1], r[2]) for r in _registros(antes)] == [("CRIAR", "pessoa"), ("EXCLUIR", "pessoa")]


def test_admin_consulta_a_auditoria_filtrada_e_paginada(app: FastAPI, banco: None, filas: Any) -> None:
    olga = TestClient(app, headers=apoio.bearer("olga", "operador"))
    for i in range(3):
        olga.post("/api/v1/pessoas-monitoradas", json={"nome": f"PESSOA {i} DA OLGA"})
    olga.post("/api/sync/forcar")
    admin = TestClient(app, headers=apoio.bearer("admin", "admin"))
    pagina = admin.get("/api/v1/auditoria", params={"acao": "CRIAR", "recurso": "pessoa", "por_pagina": 2})
    assert pagina.status_code == 200
    corpo = pagina.json()
    assert corpo["total"] == 3 and len(corpo["itens"]) == 2
    assert [i["resumo"] for i in corpo["itens"]] == ["pessoa PESSOA 2 DA OLGA", "pessoa PESSOA 1 DA OLGA"]
    assert admin.get("/api/v1/auditoria", params={"acao": "SINCRONIZAR"}).json()["itens"][0]["ator"] == "olga"
    invalido = admin.get("/api/v1/auditoria", params={"acao": "APAGAR_TUDO"})
    assert invalido.status_code == 422
