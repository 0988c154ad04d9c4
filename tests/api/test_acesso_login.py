"""Browser login: the cookie, logout, the rate limit, cross-site requests, and what is stored."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from dje_monitor.acesso.models import TokenAcesso, Usuario
from dje_monitor.auditoria.models import LOGIN, LOGIN_FALHOU, RegistroAuditoria
from dje_monitor.db import session_scope
from tests.api import apoio
from tests.entrada_hostil.apoio import problema_da_resposta

SENHA = "uma senha longa e boa"
INCORRETOS = "Login ou senha incorretos: confira os dados e tente de novo."


def _entrar(cliente: TestClient, login: str, senha: str = SENHA) -> httpx.Response:
    return cliente.post("/api/auth/login", json={"login": login, "senha": senha})


@pytest.fixture
def navegador(app: FastAPI, banco: None) -> TestClient:
    # Same-origin requests as the browser sends them: the Origin header names the app's own host.
    return TestClient(app, base_url="http://app.local", headers={"Origin": "http://app.local"})


def test_login_define_cookie_httponly_strict_e_logout_o_revoga(navegador: TestClient) -> None:
    """Pass: the right password sets an HttpOnly SameSite=Strict cookie that opens /api; logout
    deletes it server-side, so the same cookie replayed afterwards is a 401."""
    apoio.usuario("Ana.Silva", "operador", SENHA)
    resposta = _entrar(navegador, "  ANA.SILVA ")  # logins are case- and space-insensitive
    assert resposta.status_code == 200, resposta.text
    assert resposta.json()["papel"] == "operador"
    cookie = resposta.headers["set-cookie"]
    assert "dje_sessao=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Secure" not in cookie  # plain http in this test; behind https the flag follows the scheme
    assert navegador.get("/api/auth/eu").json()["login"] == "ana.silva"
    assert navegador.get("/api/v1/pessoas-monitoradas").status_code == 200
    valor = navegador.cookies["dje_sessao"]

    assert navegador.post("/api/auth/logout").status_code == 204
    assert navegador.get("/api/auth/eu").status_code == 401
    navegador.cookies.set("dje_sessao", valor)
    repetido = navegador.get("/api/auth/eu")
    assert repetido.status_code == 401 and "sessão expirou" in repetido.json()["detail"]


def test_senha_errada_e_login_desconhecido_dao_a_mesma_resposta(navegador: TestClient) -> None:
    """Pass: a wrong password, an unknown login and a deactivated user all get the same 401 text
    (no hint of which logins exist), each logged as LOGIN_FALHOU without the password."""
    apoio.usuario("bruno", "leitor", SENHA)
    apoio.usuario("inativo", "leitor", SENHA, ativo=False)
    respostas = [
        _entrar(navegador, "bruno", "senha errada!!"),
        _entrar(navegador, "ninguem", SENHA),
        _entrar(navegador, "inativo", SENHA),
        _entrar(navegador, SENHA, SENHA),  # the password typed into the login field too
    ]
    assert {r.status_code for r in respostas} == {401}
    assert {r.json()["detail"] for r in respostas} == {
        "Login ou senha incorretos: confira os dados e tente de novo."
    }
    assert all(problema_da_resposta(r) is None for r in respostas)
    with session_scope() as session:
        R = RegistroAuditoria
        consulta = select(R.acao, R.resumo, func.row(R.ator, R.recurso_id)).where(R.recurso == "login")
        linhas = [(acao, resumo, tuple(par)) for acao, resumo, par in session.execute(consulta)]
    assert [acao for acao, _, _ in linhas] == [LOGIN_FALHOU] * 4
    guardado = " ".join(f"{resumo} {ator} {login}" for _, resumo, (ator, login) in linhas)
    assert SENHA not in guardado and "senha errada!!" not in guardado and "inválido:" in guardado


def test_sem_nenhum_usuario_o_erro_ensina_a_criar_o_primeiro(navegador: TestClient) -> None:
    resposta = _entrar(navegador, "admin", SENHA)
    assert resposta.status_code == 401
    assert "dje-monitor usuario criar" in resposta.json()["detail"]


def test_tentativas_demais_bloqueiam_o_login_daquele_endereco(
    navegador: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pass: after DJE_LOGIN_MAX_FALHAS failures for one login from one address the next attempt is a 429
    with Retry-After, even with the right password; another login from that address still works until
    the per-address limit, which then blocks every login from it."""
    from dje_monitor.config import get_settings

    monkeypatch.setenv("DJE_LOGIN_MAX_FALHAS", "3")
    monkeypatch.setenv("DJE_LOGIN_MAX_FALHAS_POR_IP", "5")
    get_settings.cache_clear()
    apoio.usuario("carla", "operador", SENHA)
    apoio.usuario("davi", "operador", SENHA)
    assert [_entrar(navegador, "carla", "errada-123").status_code for _ in range(3)] == [401] * 3
    bloqueado = _entrar(navegador, "carla")
    assert bloqueado.status_code == 429
    assert int(bloqueado.headers["retry-after"]) == 15 * 60
    assert "Muitas tentativas" in bloqueado.json()["detail"]
    assert _entrar(navegador, "davi").status_code == 200
    # 4 failures of this address so far; one more reaches its limit for everybody.
    assert _entrar(navegador, "davi", "errada-456").status_code == 401
    assert _entrar(navegador, "davi").status_code == 429
    get_settings.cache_clear()


def test_cookie_nao_serve_a_outro_site(app: FastAPI, navegador: TestClient) -> None:
    """Pass: with a valid login cookie, a change sent with another site's Origin is a 403 and changes
    nothing; reads and same-origin changes pass; a bearer token is not subject to the check."""
    apoio.usuario("edu", "operador", SENHA)
    assert _entrar(navegador, "edu").status_code == 200
    alheio = {"Origin": "https://atacante.example"}
    criar = navegador.post("/api/v1/pessoas-monitoradas", json={"nome": "PESSOA CSRF"}, headers=alheio)
    assert criar.status_code == 403 and "Origem" in criar.json()["detail"]
    assert navegador.get("/api/v1/pessoas-monitoradas", headers=alheio).json()["total"] == 0
    sem_origem = navegador.post("/api/sync/forcar", headers={"Origin": ""})
    assert sem_origem.status_code == 403  # an empty Origin is not this site either


def test_senhas_e_tokens_nunca_sao_guardados_em_claro(navegador: TestClient) -> None:
    """Pass: the password is an argon2id hash; the cookie and API tokens are stored as SHA-256 only."""
    apoio.usuario("fabi", "admin", SENHA)
    assert _entrar(navegador, "fabi").status_code == 200
    criado = navegador.post("/api/v1/tokens", json={"nome": "ERP"}).json()
    with session_scope() as session:
        usuario = session.scalars(select(Usuario)).one()
        guardados = list(session.scalars(select(TokenAcesso.hash)))
        acoes = list(session.scalars(select(RegistroAuditoria.acao)))
    assert usuario.senha_hash.startswith("$argon2id$") and SENHA not in usuario.senha_hash
    segredos = {navegador.cookies["dje_sessao"], criado["token"]}
    assert len(guardados) == 2 and not segredos & set(guardados)
    assert LOGIN in acoes


def test_configuracao_invalida_nao_mostra_o_segredo() -> None:
    """Pass: a DJE_API_TOKEN too short is refused without echoing it; an empty one means unset."""
    from pydantic import ValidationError

    from dje_monitor.config import Settings

    with pytest.raises(ValidationError) as erro:
        Settings(api_token="curtoSegredo123")
    assert "curtoSegredo123" not in str(erro.value)
