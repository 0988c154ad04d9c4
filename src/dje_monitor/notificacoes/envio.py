"""Sending one message to one channel: Telegram Bot API, SMTP, signed webhook.

Each sender returns on a confirmed success and raises `FalhaEnvio` (a pt-BR message without secrets,
plus the receiver's requested pause, if any) otherwise. TLS certificates are always verified.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import smtplib
import ssl
import threading
import time
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

import httpx

from dje_monitor.config import Settings
from dje_monitor.notificacoes.mensagens import Mensagem
from dje_monitor.notificacoes.models import EMAIL, TELEGRAM, WEBHOOK
from dje_monitor.notificacoes.regras import ocultar, segredos

log = logging.getLogger(__name__)
USER_AGENT = "DJe-Monitor/0.1"


class FalhaEnvio(Exception):
    """`retry_after`: seconds the receiver asked us to wait; `limitado`: a rate limit (429), not a fault."""

    def __init__(self, mensagem: str, retry_after: float | None = None, limitado: bool = False) -> None:
        super().__init__(mensagem)
        self.mensagem = mensagem
        self.retry_after = retry_after
        self.limitado = limitado


class _SemToken(logging.Filter):
    """httpx logs every request URL at INFO, and Telegram's URL carries the bot token: hide it."""

    def filter(self, record: logging.LogRecord) -> bool:
        texto = record.getMessage()
        limpo = ocultar(texto, ())
        if limpo != texto:
            record.msg, record.args = limpo, None
        return True


logging.getLogger("httpx").addFilter(_SemToken())
_lock = threading.Lock()
_cliente: httpx.Client | None = None


def _http() -> httpx.Client:
    """One client per process (thread-safe, keeps connections); redirects are never followed."""
    global _cliente
    with _lock:
        if _cliente is None:
            _cliente = httpx.Client(verify=True, follow_redirects=False, headers={"User-Agent": USER_AGENT})
        return _cliente


def enviar(
    tipo: str, config: dict[str, Any], mensagem: Mensagem, chave: str, settings: Settings, timeout: float
) -> None:
    """Sends; `chave` identifies the delivery (Idempotency-Key of webhooks, a header of e-mails)."""
    try:
        if tipo == TELEGRAM:
            _telegram(config, mensagem, settings.telegram_api_url, timeout)
        elif tipo == EMAIL:
            _email(config, mensagem, chave, timeout)
        elif tipo == WEBHOOK:
            _webhook(config, mensagem, chave, timeout)
        else:
            raise FalhaEnvio(f"Tipo de canal desconhecido: {tipo}")
    except FalhaEnvio as falha:
        falha.mensagem = ocultar(falha.mensagem, segredos(tipo, config))[:1000]
        raise


def _json(resposta: httpx.Response) -> dict[str, Any]:
    try:
        corpo = resposta.json()
    except ValueError:
        return {}
    return corpo if isinstance(corpo, dict) else {}


def _post(destino: str, url: str, timeout: float, **kwargs: Any) -> httpx.Response:
    try:
        return _http().post(url, timeout=timeout, **kwargs)
    except httpx.TimeoutException as erro:
        raise FalhaEnvio(f"{destino} não respondeu em {timeout:g} s") from erro
    except httpx.HTTPError as erro:
        raise FalhaEnvio(f"Falha de conexão com {destino}: {_motivo(erro)}") from erro


# The operating system's English errors ("[Errno 111] Connection refused"), said to the user in Portuguese.
_MOTIVOS = (
    ("CERTIFICATE_VERIFY_FAILED", "certificado TLS não verificado (conexão recusada por segurança)"),
    ("Connection refused", "conexão recusada (nada escutando nesse endereço e porta)"),
    ("Name or service not known", "endereço não encontrado (DNS)"),
    ("Temporary failure in name resolution", "falha temporária de DNS"),
    ("No route to host", "sem rota até o servidor"),
    ("Network is unreachable", "rede inacessível"),
    ("Connection reset", "conexão interrompida pelo servidor"),
    ("WRONG_VERSION_NUMBER", "o servidor não fala TLS nessa porta"),
)


def _motivo(erro: httpx.HTTPError) -> str:
    texto = str(erro)
    return next(
        (motivo for chave, motivo in _MOTIVOS if chave in texto), f"erro de rede ({type(erro).__name__})"
    )


def _retry_after(valor: Any) -> float | None:
    try:
        segundos = float(valor)
    except (TypeError, ValueError):
        return None
    return segundos if 0 <= segundos <= 86400 else None


def _telegram(config: dict[str, Any], mensagem: Mensagem, api_url: str, timeout: float) -> None:
    url = f"{api_url.rstrip('/')}/bot{config['bot_token']}/sendMessage"
    corpo = {
        "chat_id": config["chat_id"],
        "text": mensagem.telegram,
        "parse_mode": "HTML",
        "disable_web_page_preview": True,
    }
    resposta = _post("o Telegram", url, timeout, json=corpo)
    dados = _json(resposta)
    if resposta.status_code == 200 and dados.get("ok"):
        return
    if resposta.status_code == 429:
        espera = _retry_after((dados.get("parameters") or {}).get("retry_after")) or 30.0
        raise FalhaEnvio(
            f"O Telegram limitou os envios (HTTP 429); nova tentativa em {espera:g} s", espera, True
        )
    descricao = str(dados.get("description") or "")[:300]
    raise FalhaEnvio(f"O Telegram recusou a mensagem (HTTP {resposta.status_code}): {descricao}".rstrip(": "))


def _webhook(config: dict[str, Any], mensagem: Mensagem, chave: str, timeout: float) -> None:
    corpo = json.dumps(mensagem.dados, ensure_ascii=False, separators=(",", ":")).encode()
    instante = str(int(time.time()))
    assinatura = hmac.new(config["segredo"].encode(), instante.encode() + b"." + corpo, hashlib.sha256)
    cabecalhos = {
        "Content-Type": "application/json; charset=utf-8",
        "Idempotency-Key": chave,
        "X-DJE-Timestamp": instante,
        "X-DJE-Assinatura": f"sha256={assinatura.hexdigest()}",
    }
    resposta = _post("o webhook", config["url"], timeout, content=corpo, headers=cabecalhos)
    if 200 <= resposta.status_code < 300:
        return
    espera = _retry_after(resposta.headers.get("Retry-After")) if resposta.status_code in (429, 503) else None
    if 300 <= resposta.status_code < 400:
        raise FalhaEnvio(
            f"O webhook respondeu com redirecionamento (HTTP {resposta.status_code}), não seguido"
        )
    raise FalhaEnvio(f"O webhook respondeu HTTP {resposta.status_code}", espera, resposta.status_code == 429)


def _linha(texto: str) -> str:
    """A header value on one line: a CR/LF in a name must not become a new header."""
    return " ".join(texto.split())[:200]


def _email(config: dict[str, Any], mensagem: Mensagem, chave: str, timeout: float) -> None:
    msg = EmailMessage()
    msg["Subject"] = _linha(mensagem.assunto)
    msg["From"] = config["remetente"]
    msg["To"] = ", ".join(config["destinatarios"])
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=config["remetente"].rsplit("@", 1)[-1])
    msg["X-DJE-Entrega"] = chave
    msg.set_content(mensagem.texto)
    msg.add_alternative(mensagem.html, subtype="html")
    host, porta, tls = config["host"], int(config["porta"]), config.get("tls", "starttls")
    contexto = ssl.create_default_context()
    try:
        smtp: smtplib.SMTP
        if tls == "ssl":
            smtp = smtplib.SMTP_SSL(host, porta, timeout=timeout, context=contexto)
        else:
            smtp = smtplib.SMTP(host, porta, timeout=timeout)
        with smtp:
            if tls == "starttls":
                smtp.starttls(context=contexto)
            if config.get("usuario"):
                smtp.login(config["usuario"], config.get("senha") or "")
            smtp.send_message(msg)
    except smtplib.SMTPAuthenticationError as erro:
        raise FalhaEnvio("O servidor SMTP recusou o usuário ou a senha") from erro
    except smtplib.SMTPRecipientsRefused as erro:
        raise FalhaEnvio("O servidor SMTP recusou todos os destinatários") from erro
    except smtplib.SMTPNotSupportedError as erro:
        raise FalhaEnvio("O servidor SMTP não oferece STARTTLS; ajuste a opção de TLS") from erro
    except smtplib.SMTPException as erro:
        raise FalhaEnvio(f"Erro do servidor SMTP: {erro}") from erro
    except ssl.SSLError as erro:
        raise FalhaEnvio(f"Falha de TLS com o servidor SMTP (certificado verificado): {erro}") from erro
    except OSError as erro:
        raise FalhaEnvio(f"Não foi possível conectar ao servidor SMTP {host}:{porta}: {erro}") from erro
