"""Real receivers on loopback: a fake Telegram Bot API, a signed-webhook receiver, an SMTP server."""

from __future__ import annotations

import hashlib
import hmac
import json
import ssl
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller

from tests.conftest import porta_livre

Resposta = tuple[int, dict[str, Any], dict[str, str]]  # status, JSON body, headers


class _Servidor:
    """A threading HTTP server; subclasses answer `tratar(caminho, cabecalhos, corpo)`."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.atraso = 0.0  # seconds before answering: a slow receiver
        self.roteiro: list[Resposta] = []  # scripted answers, used first, one per request
        self.status_fixo: int | None = None  # when set, every request gets this status
        servidor = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                tamanho = int(self.headers.get("Content-Length") or 0)
                corpo = self.rfile.read(tamanho)
                status, dados, cabecalhos = servidor.tratar(self.path, dict(self.headers.items()), corpo)
                bruto = json.dumps(dados).encode()
                try:
                    self.send_response(status)
                    for nome, valor in cabecalhos.items():
                        self.send_header(nome, valor)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(bruto)))
                    self.end_headers()
                    self.wfile.write(bruto)
                except OSError:  # the client died while we were slow: that is the crash test
                    pass

            def log_message(self, *_: Any) -> None:
                pass

        self.porta = porta_livre()
        self.http = ThreadingHTTPServer(("127.0.0.1", self.porta), Handler)
        self.http.daemon_threads = True
        self.thread = threading.Thread(target=self.http.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.porta}"

    def _resposta_roteirizada(self) -> Resposta | None:
        with self.lock:
            if self.roteiro:
                return self.roteiro.pop(0)
        if self.status_fixo is not None:
            return self.status_fixo, {"ok": False, "description": "falha forçada"}, {}
        return None

    def tratar(self, caminho: str, cabecalhos: dict[str, str], corpo: bytes) -> Resposta:
        raise NotImplementedError

    def parar(self) -> None:
        self.http.shutdown()
        self.http.server_close()


@dataclass
class MensagemTelegram:
    token: str
    chat_id: str
    texto: str
    parse_mode: str | None
    instante: float


class TelegramFalso(_Servidor):
    """Answers POST /bot<token>/sendMessage like the Bot API; records each call."""

    def __init__(self) -> None:
        self.recebidas: list[MensagemTelegram] = []
        super().__init__()

    def tratar(self, caminho: str, cabecalhos: dict[str, str], corpo: bytes) -> Resposta:
        instante = time.monotonic()
        dados = json.loads(corpo or b"{}")
        token = caminho.split("/")[1].removeprefix("bot")
        with self.lock:
            self.recebidas.append(
                MensagemTelegram(
                    token, str(dados.get("chat_id")), dados.get("text", ""), dados.get("parse_mode"), instante
                )
            )
        if self.atraso:
            time.sleep(self.atraso)
        roteirizada = self._resposta_roteirizada()
        if roteirizada is not None:
            return roteirizada
        return 200, {"ok": True, "result": {"message_id": len(self.recebidas)}}, {}

    def reiniciar(self) -> None:
        """A server shared by several tests starts each one clean."""
        with self.lock:
            self.recebidas.clear()
            self.roteiro.clear()
            self.status_fixo = None
            self.atraso = 0.0

    def textos(self) -> list[str]:
        with self.lock:
            return [m.texto for m in self.recebidas]


@dataclass
class Recepcao:
    chave: str
    corpo: dict[str, Any]
    instante: float


class ReceptorWebhook(_Servidor):
    """Verifies X-DJE-Assinatura (HMAC-SHA256 over "{timestamp}.{body}") and dedups by Idempotency-Key."""

    def __init__(self, segredo: str) -> None:
        self.segredo = segredo
        self.recepcoes: list[Recepcao] = []
        self.processadas: dict[str, dict[str, Any]] = {}
        self.assinaturas_invalidas = 0
        super().__init__()

    def tratar(self, caminho: str, cabecalhos: dict[str, str], corpo: bytes) -> Resposta:
        instante = time.monotonic()
        carimbo = cabecalhos.get("X-DJE-Timestamp", "")
        esperada = hmac.new(self.segredo.encode(), f"{carimbo}.".encode() + corpo, hashlib.sha256).hexdigest()
        recente = carimbo.isdigit() and abs(time.time() - int(carimbo)) < 300
        if not recente or not hmac.compare_digest(
            cabecalhos.get("X-DJE-Assinatura", ""), f"sha256={esperada}"
        ):
            with self.lock:
                self.assinaturas_invalidas += 1
            return 401, {"erro": "assinatura inválida"}, {}
        chave = cabecalhos.get("Idempotency-Key", "")
        dados = json.loads(corpo)
        with self.lock:
            self.recepcoes.append(Recepcao(chave, dados, instante))
        roteirizada = self._resposta_roteirizada()
        if roteirizada is None:
            with self.lock:
                # Processed on receipt, before the (possibly slow) answer: a resend is then a duplicate.
                nova = chave not in self.processadas
                self.processadas.setdefault(chave, dados)
        if self.atraso:
            time.sleep(self.atraso)
        return roteirizada or (200, {"duplicada": not nova}, {})

    def por_chave(self) -> Counter[str]:
        with self.lock:
            return Counter(r.chave for r in self.recepcoes)


@dataclass
class ServidorSmtp:
    """aiosmtpd on loopback, without TLS; keeps every message it accepts."""

    porta: int = field(default_factory=porta_livre)
    tls_context: ssl.SSLContext | None = None  # offers STARTTLS with this certificate
    mensagens: list[EmailMessage] = field(default_factory=list)
    destinatarios: list[list[str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        servidor = self

        class Handler:
            async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
                mensagem = message_from_bytes(envelope.content, policy=policy.default)
                servidor.mensagens.append(mensagem)  # type: ignore[arg-type]
                servidor.destinatarios.append(list(envelope.rcpt_tos))
                return "250 OK"

        self.controller = Controller(
            Handler(), hostname="127.0.0.1", port=self.porta, tls_context=self.tls_context
        )
        self.controller.start()

    def parar(self) -> None:
        self.controller.stop()
