"""Outbound TLS is always verified: DJEN, webhooks, Telegram and SMTP refuse a self-signed certificate.

A real TLS server on loopback with a certificate nobody trusts; each client must fail the handshake
(and say so) instead of talking to it.
"""

from __future__ import annotations

import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from dje_monitor.config import Settings
from dje_monitor.djen.client import DjenClient
from dje_monitor.djen.erros import DjenErro
from dje_monitor.notificacoes.envio import FalhaEnvio, enviar
from dje_monitor.notificacoes.mensagens import mensagem_teste


@pytest.fixture(scope="module")
def servidor_tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """A TLS listener with a fresh self-signed certificate for 127.0.0.1; it counts handshakes done."""
    pasta: Path = tmp_path_factory.mktemp("tls")
    chave, certificado = pasta / "chave.pem", pasta / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(chave), "-out", str(certificado)],
        check=True, capture_output=True,
    )  # fmt: skip
    contexto = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    contexto.load_cert_chain(certificado, chave)
    escuta = socket.create_server(("127.0.0.1", 0))
    escuta.settimeout(0.2)
    parar = threading.Event()

    def atender() -> None:
        while not parar.is_set():
            try:
                conexao, _ = escuta.accept()
            except TimeoutError:
                continue
            with conexao:
                try:
                    with contexto.wrap_socket(conexao, server_side=True) as tls:
                        tls.recv(1024)
                        tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
                except (ssl.SSLError, OSError):
                    pass  # the client refused our certificate: what the tests expect

    fio = threading.Thread(target=atender, daemon=True)
    fio.start()
    yield escuta.getsockname()[1]
    parar.set()
    fio.join(5)
    escuta.close()


def test_djen_recusa_certificado_nao_confiavel(servidor_tls: int) -> None:
    with (
        DjenClient(f"https://127.0.0.1:{servidor_tls}/api/v1", tentativas=1, timeout=5) as cliente,
        pytest.raises(DjenErro) as erro,
    ):
        cliente.buscar(nome_parte="FULANO DE TAL")
    assert "Certificado TLS do DJEN não verificado" in str(erro.value)


@pytest.mark.parametrize(
    ("tipo", "config"),
    [
        ("webhook", {"url": "https://127.0.0.1:{porta}/gancho", "segredo": "s" * 20}),
        ("email", {"host": "127.0.0.1", "porta": "{porta}", "tls": "ssl", "remetente": "a@exemplo.com.br",
                   "destinatarios": ["b@exemplo.com.br"]}),
        ("telegram", {"bot_token": "123456:" + "A" * 30, "chat_id": "42"}),
    ],
)  # fmt: skip
def test_notificacoes_recusam_certificado_nao_confiavel(
    servidor_tls: int, tipo: str, config: dict[str, object]
) -> None:
    config = {k: v.format(porta=servidor_tls) if isinstance(v, str) else v for k, v in config.items()}
    settings = Settings(telegram_api_url=f"https://127.0.0.1:{servidor_tls}")
    with pytest.raises(FalhaEnvio, match=r"(?i)certificate|certificado"):
        enviar(tipo, config, mensagem_teste("tls"), "chave-1", settings, 5)
