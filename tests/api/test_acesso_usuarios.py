"""Users (admin) and API tokens (each user's own): lifecycle, roles taking effect, revocation."""

from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import update

from dje_monitor.acesso.models import TokenAcesso
from dje_monitor.db import session_scope
from dje_monitor.tempo import agora
from tests.api import apoio
from tests.conftest import autenticacao
from tests.entrada_hostil.apoio import problema_da_resposta

SENHA = "outra senha bem longa"


def test_admin_cria_usuario_que_entra_e_perde_acesso_ao_ser_desativado(app: FastAPI, banco: None) -> None:
    """Pass: an admin creates an operador who logs in and writes; demoted to leitor, the same login can
    no longer write on its very next request; deactivated, its cookie and its API token stop working."""
    admin = TestClient(app, headers=apoio.bearer("chefe", "admin"))
    criado = admin.post(
        "/api/v1/usuarios", json={"login": "Gabi", "nome": "Gabriela", "senha": SENHA, "papel": "operador"}
    )
    assert criado.status_code == 201, criado.text
    usuario = criado.json()
    assert usuario["login"] == "gabi" and "senha" not in usuario and "senha_hash" not in usuario

    gabi = TestClient(app, base_url="http://app.local")
    assert gabi.post("/api/auth/login", json={"login": "gabi", "senha": SENHA}).status_code == 200
    token = gabi.post("/api/v1/tokens", json={"nome": "planilhas"}).json()["token"]
    por_token = TestClient(app, headers={"Authorization": f"Bearer {token}"})
    assert gabi.post("/api/v1/pessoas-monitoradas", json={"nome": "PESSOA DA GABI"}).status_code == 201

    assert admin.patch(f"/api/v1/usuarios/{usuario['id']}", json={"papel": "leitor"}).status_code == 200
    recusado = gabi.post("/api/v1/pessoas-monitoradas", json={"nome": "OUTRA PESSOA"})
    assert recusado.status_code == 403 and "leitor" in recusado.json()["detail"]
    assert por_token.get("/api/auth/eu").json()["papel"] == "leitor"

    assert admin.patch(f"/api/v1/usuarios/{usuario['id']}", json={"ativo": False}).status_code == 200
    assert gabi.get("/api/auth/eu").status_code == 401
    assert por_token.get("/api/auth/eu").status_code == 401
    assert gabi.post("/api/auth/login", json={"login": "gabi", "senha": SENHA}).status_code == 401


def test_troca_de_senha_encerra_os_logins_abertos(app: FastAPI, banco: None) -> None:
    usuario_id = apoio.usuario("helena", "leitor", SENHA)
    helena = TestClient(app, base_url="http://app.local")
    assert helena.post("/api/auth/login", json={"login": "helena", "senha": SENHA}).status_code == 200
    admin = TestClient(app, headers=autenticacao())
    assert (
        admin.patch(f"/api/v1/usuarios/{usuario_id}", json={"senha": "nova senha comprida"}).status_code
        == 200
    )
    assert helena.get("/api/auth/eu").status_code == 401
    assert helena.post("/api/auth/login", json={"login": "helena", "senha": SENHA}).status_code == 401
    nova = {"login": "helena", "senha": "nova senha comprida"}
    assert helena.post("/api/auth/login", json=nova).status_code == 200


def test_entrada_invalida_de_usuario_e_422_ou_409_em_portugues(app: FastAPI, banco: None) -> None:
    admin = TestClient(app, headers=autenticacao())
    base = {"login": "igor", "nome": "Igor", "senha": SENHA, "papel": "leitor"}
    assert admin.post("/api/v1/usuarios", json=base).status_code == 201
    casos = [
        (base, 409, None),
        ({**base, "login": "joao", "senha": "curta"}, 422, "senha"),
        ({**base, "login": "joao", "papel": "root"}, 422, "papel"),
        ({**base, "login": "jo ão<script>"}, 422, "login"),
        ({**base, "login": "joao", "nome": "a\x00b"}, 422, "nome"),
    ]
    for corpo, status, campo in casos:
        resposta = admin.post("/api/v1/usuarios", json=corpo)
        assert resposta.status_code == status, (corpo, resposta.text)
        assert problema_da_resposta(resposta) is None, resposta.text
        if campo:
            assert campo in [e["campo"] for e in resposta.json()["erros"]]


def test_o_ultimo_admin_ativo_nao_pode_deixar_de_ser_admin(app: FastAPI, banco: None) -> None:
    unico = apoio.usuario("unico", "admin", SENHA)
    admin = TestClient(app, headers=autenticacao())
    for mudanca in ({"papel": "operador"}, {"ativo": False}):
        resposta = admin.patch(f"/api/v1/usuarios/{unico}", json=mudanca)
        assert resposta.status_code == 409 and "administrador" in resposta.json()["detail"]
    segundo = apoio.usuario("segundo", "admin", SENHA)
    assert admin.patch(f"/api/v1/usuarios/{unico}", json={"papel": "operador"}).status_code == 200
    assert admin.patch(f"/api/v1/usuarios/{segundo}", json={"ativo": False}).status_code == 409


def test_tokens_de_api_listar_expirar_revogar(app: FastAPI, banco: None) -> None:
    """Pass: the secret appears only in the creation response; an expired token and a revoked one are
    401; nobody can revoke another user's token (404); DJE_API_TOKEN has no tokens of its own (409)."""
    dono = TestClient(app, headers=apoio.bearer("karla", "leitor"))  # token 1: made by the fixture
    criado = dono.post("/api/v1/tokens", json={"nome": "ERP", "validade_dias": 30})
    assert criado.status_code == 201
    corpo = criado.json()
    assert corpo["token"].startswith(corpo["prefixo"]) and corpo["expira_em"] is not None
    listados = dono.get("/api/v1/tokens").json()
    assert {t["nome"] for t in listados} == {"testes", "ERP"} and all("token" not in t for t in listados)
    novo = TestClient(app, headers={"Authorization": f"Bearer {corpo['token']}"})
    assert novo.get("/api/auth/eu").json()["login"] == "karla"

    outro = TestClient(app, headers=apoio.bearer("lucas", "admin"))
    assert outro.delete(f"/api/v1/tokens/{corpo['id']}").status_code == 404
    with session_scope() as session:
        ontem = agora() - timedelta(days=1)
        session.execute(update(TokenAcesso).where(TokenAcesso.id == corpo["id"]).values(expira_em=ontem))
    expirado = novo.get("/api/auth/eu")
    assert expirado.status_code == 401 and "expirado" in expirado.json()["detail"]
    assert dono.delete(f"/api/v1/tokens/{corpo['id']}").status_code == 204
    assert dono.delete(f"/api/v1/tokens/{corpo['id']}").status_code == 404

    ambiente = TestClient(app, headers=autenticacao())
    assert ambiente.get("/api/auth/eu").json() | {"criado_em": None} == {
        "id": 0,
        "login": "DJE_API_TOKEN",
        "nome": "DJE_API_TOKEN",
        "papel": "admin",
        "ativo": True,
        "criado_em": None,
        "ultimo_acesso_em": None,
    }
    assert ambiente.get("/api/v1/tokens").json() == []
    assert ambiente.post("/api/v1/tokens", json={"nome": "x"}).status_code == 409
