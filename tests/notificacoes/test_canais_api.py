"""/api/v1/canais: validation in Portuguese, masked secrets, environment channels, the test send."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dje_monitor.config import Settings
from dje_monitor.db import session_scope
from dje_monitor.notificacoes import service
from tests.notificacoes import apoio
from tests.notificacoes.receptores import ReceptorWebhook, ServidorSmtp, TelegramFalso

URL = "/api/v1/canais"


def _criar(cliente: TestClient, tipo: str, config: dict[str, Any], **campos: Any) -> dict[str, Any]:
    resposta = cliente.post(URL, json={"tipo": tipo, "nome": f"Meu {tipo}", "config": config, **campos})
    assert resposta.status_code == 201, resposta.text
    return dict(resposta.json())


def test_crud_com_segredos_mascarados(cliente: TestClient) -> None:
    criado = _criar(cliente, "telegram", apoio.config_telegram())
    assert criado["config"]["chat_id"] == apoio.CHAT
    assert criado["config"]["bot_token"] == "••••••••" + apoio.TOKEN[-4:]
    assert criado["ativo"] and criado["origem"] == "api" and criado["entregas_pendentes"] == 0
    webhook = _criar(cliente, "webhook", apoio.config_webhook("https://exemplo.com.br/gancho"))
    assert apoio.SEGREDO not in str(cliente.get(URL).json())
    assert [c["id"] for c in cliente.get(URL).json()] == [criado["id"], webhook["id"]]

    # The UI sends the masked secret back untouched: the stored one is kept.
    mascarado = dict(criado["config"], chat_id="@canal_do_escritorio")
    resposta = cliente.patch(f"{URL}/{criado['id']}", json={"nome": "Equipe", "config": mascarado})
    assert resposta.status_code == 200, resposta.text
    assert resposta.json()["nome"] == "Equipe"
    assert apoio.canal(criado["id"]).config == {"bot_token": apoio.TOKEN, "chat_id": "@canal_do_escritorio"}

    assert cliente.delete(f"{URL}/{criado['id']}").status_code == 204
    assert cliente.get(f"{URL}/{criado['id']}").status_code == 404
    assert cliente.get(f"{URL}/{criado['id']}").json()["detail"] == "Canal de notificação não encontrado"


def test_cada_campo_invalido_da_config_tem_seu_erro(cliente: TestClient) -> None:
    """Pass: two bad fields of one config come back as two `erros` items, so the form marks both."""
    config = {"url": "ftp://exemplo.com", "segredo": "curto"}
    corpo = cliente.post(URL, json={"tipo": "webhook", "nome": "Canal", "config": config}).json()
    assert {e["campo"] for e in corpo["erros"]} == {"config.url", "config.segredo"}


@pytest.mark.parametrize(
    ("tipo", "config", "campo", "trecho"),
    [
        ("telegram", {"bot_token": "abc", "chat_id": "1"}, "config.bot_token", "token do bot inválido"),
        ("telegram", {"bot_token": apoio.TOKEN, "chat_id": "x y"}, "config.chat_id", "chat inválido"),
        ("webhook", {"url": "ftp://exemplo.com", "segredo": apoio.SEGREDO}, "config.url", "http"),
        ("webhook", {"url": "https://u:s@exemplo.com", "segredo": apoio.SEGREDO}, "config.url", "senha"),
        ("webhook", {"url": "https://exemplo.com", "segredo": "curto"}, "config.segredo", "16"),
        ("email", {**apoio.config_email(25), "remetente": "sem-arroba"}, "config.remetente", "e-mail"),
        ("email", {**apoio.config_email(25), "destinatarios": []}, "config.destinatarios", "vazio"),
        (
            "email",
            {**apoio.config_email(25), "destinatarios": ["a@b.com\r\nBcc: x@y.com"]},
            "config.destinatarios",
            "e-mail inválido",
        ),
        ("email", {**apoio.config_email(25), "usuario": "u", "senha": "s"}, "config", "sem TLS"),
        ("email", {**apoio.config_email(25), "porta": 0}, "config.porta", "maior ou igual a 1"),
        ("telegram", {**apoio.config_telegram(), "extra": 1}, "config.extra", "não permitido"),
    ],
)
def test_validacao_em_portugues(
    cliente: TestClient, tipo: str, config: dict[str, Any], campo: str, trecho: str
) -> None:
    resposta = cliente.post(URL, json={"tipo": tipo, "nome": "Canal", "config": config})
    assert resposta.status_code == 422, resposta.text
    corpo = resposta.json()
    assert corpo["campo"] == campo
    assert trecho in corpo["detail"]
    assert campo in [e["campo"] or "config" for e in corpo["erros"]]
    assert corpo["detail"].startswith("Dados inválidos — ")


def test_tipo_e_nome_invalidos(cliente: TestClient) -> None:
    resposta = cliente.post(URL, json={"tipo": "sms", "nome": "", "config": {}})
    assert resposta.status_code == 422
    campos = {e["campo"] for e in resposta.json()["erros"]}
    assert campos == {"tipo", "nome"}


def _settings_ambiente(**campos: Any) -> Settings:
    base = {
        "telegram_bot_token": apoio.TOKEN,
        "telegram_chat_id": apoio.CHAT,
        "smtp_host": "smtp.escritorio.com.br",
        "smtp_senha": "senha123",
        "smtp_usuario": "monitor",
        "smtp_remetente": "monitor@escritorio.com.br",
        "smtp_destinatarios": "a@escritorio.com.br, b@escritorio.com.br",
        "webhook_url": "https://exemplo.com.br/gancho",
        "webhook_segredo": apoio.SEGREDO,
    }
    return Settings(**{**base, **campos})


def test_canais_do_ambiente_semeados_uma_vez_e_config_segue_o_ambiente(
    cliente: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with session_scope() as session:
        assert service.semear_canais(session, _settings_ambiente()) == 3
    with session_scope() as session:
        service.semear_canais(session, _settings_ambiente(telegram_chat_id="@novo_canal"))
        # A half-configured type is skipped with a warning naming the field, never its value.
        service.semear_canais(session, Settings(webhook_url="https://x.com", webhook_segredo="curto!"))
    canais = {c["tipo"]: c for c in cliente.get(URL).json()}
    assert set(canais) == {"telegram", "email", "webhook"}
    assert canais["telegram"]["config"]["chat_id"] == "@novo_canal"
    assert canais["email"]["config"]["destinatarios"] == ["a@escritorio.com.br", "b@escritorio.com.br"]
    assert canais["email"]["config"]["senha"] == "••••••••"
    assert all(c["origem"] == "ambiente" for c in canais.values())
    assert "curto!" not in caplog.text and "config.segredo" in caplog.text

    tg = canais["telegram"]["id"]
    assert cliente.patch(f"{URL}/{tg}", json={"config": {"chat_id": "1"}}).status_code == 409
    assert cliente.patch(f"{URL}/{tg}", json={"ativo": False}).json()["ativo"] is False
    resposta = cliente.delete(f"{URL}/{tg}")
    assert resposta.status_code == 409 and "desative-o" in resposta.json()["detail"]


def test_enviar_teste_telegram(cliente: TestClient, telegram_api: str, telegram: TelegramFalso) -> None:
    canal = _criar(cliente, "telegram", apoio.config_telegram(), nome="Equipe <b>&")
    resposta = cliente.post(f"{URL}/{canal['id']}/teste")
    assert resposta.status_code == 200
    assert resposta.json()["sucesso"] is True
    assert resposta.json()["mensagem"] == "Mensagem de teste enviada."
    [recebida] = telegram.recebidas
    assert recebida.token == apoio.TOKEN and recebida.chat_id == apoio.CHAT and recebida.parse_mode == "HTML"
    assert "Equipe &lt;b&gt;&amp;" in recebida.texto
    # A test send is not a delivery: nothing in the outbox, no counters moved.
    assert apoio.entregas() == []


def test_enviar_teste_relata_o_erro_sem_o_token(
    cliente: TestClient, telegram_api: str, telegram: TelegramFalso
) -> None:
    canal = _criar(cliente, "telegram", apoio.config_telegram())
    telegram.roteiro.append((401, {"ok": False, "description": f"Unauthorized bot{apoio.TOKEN}"}, {}))
    corpo = cliente.post(f"{URL}/{canal['id']}/teste").json()
    assert corpo["sucesso"] is False
    assert corpo["mensagem"].startswith("O teste falhou: O Telegram recusou a mensagem (HTTP 401)")
    assert apoio.TOKEN.split(":")[1] not in corpo["mensagem"]


def test_enviar_teste_webhook_e_email(
    cliente: TestClient, webhook: ReceptorWebhook, smtp: ServidorSmtp
) -> None:
    gancho = _criar(cliente, "webhook", apoio.config_webhook(f"{webhook.url}/gancho"))
    assert cliente.post(f"{URL}/{gancho['id']}/teste").json()["sucesso"] is True
    [recepcao] = webhook.recepcoes
    assert recepcao.corpo["evento"] == "teste" and recepcao.chave.startswith("teste-")
    assert webhook.assinaturas_invalidas == 0

    email = _criar(cliente, "email", apoio.config_email(smtp.porta))
    assert cliente.post(f"{URL}/{email['id']}/teste").json()["sucesso"] is True
    [mensagem] = smtp.mensagens
    assert mensagem["Subject"] == "[DJe Monitor] Mensagem de teste"
    assert smtp.destinatarios == [["advogada@escritorio.com.br", "socio@escritorio.com.br"]]


def test_enviar_teste_sem_servidor_responde_em_portugues(cliente: TestClient) -> None:
    from tests.conftest import porta_livre

    canal = _criar(cliente, "webhook", apoio.config_webhook(f"http://127.0.0.1:{porta_livre()}/x"))
    corpo = cliente.post(f"{URL}/{canal['id']}/teste").json()
    assert corpo["sucesso"] is False
    assert corpo["mensagem"].startswith("O teste falhou: Falha de conexão com o webhook")
    assert "conexão recusada" in corpo["mensagem"] and "Errno" not in corpo["mensagem"]
    assert cliente.post(f"{URL}/999/teste").status_code == 404


@pytest.fixture
def certificado(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1: no trusted CA signed it."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl indisponível")
    chave, cert = tmp_path / "chave.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(chave), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return chave, cert


def test_tls_sempre_verificado(cliente: TestClient, certificado: tuple[Path, Path]) -> None:
    """A receiver with a certificate no CA signed is refused, by the webhook and by SMTP STARTTLS."""
    chave, cert = certificado
    contexto = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    contexto.load_cert_chain(cert, chave)
    https = ReceptorWebhook(apoio.SEGREDO)
    https.http.socket = contexto.wrap_socket(https.http.socket, server_side=True)
    smtp = ServidorSmtp(tls_context=contexto)
    try:
        gancho = _criar(cliente, "webhook", apoio.config_webhook(f"https://127.0.0.1:{https.porta}/x"))
        corpo = cliente.post(f"{URL}/{gancho['id']}/teste").json()
        assert corpo["sucesso"] is False and "certificado TLS não verificado" in corpo["mensagem"]
        email = _criar(cliente, "email", {**apoio.config_email(smtp.porta), "tls": "starttls"})
        corpo = cliente.post(f"{URL}/{email['id']}/teste").json()
        assert corpo["sucesso"] is False
        assert corpo["mensagem"].startswith("O teste falhou: Falha de TLS com o servidor SMTP")
        assert https.recepcoes == [] and smtp.mensagens == []
    finally:
        https.parar()
        smtp.parar()
