"""No secret reaches a log line or a response: a real API process, configured with secrets everywhere.

Database and Redis passwords in their URLs, DJE_API_TOKEN, channel secrets from the environment, and a
user's password; Redis is down so the error paths run too (/health 503, status reporting Redis down).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

import httpx
import pytest

from tests.api import apoio
from tests.conftest import Processo, esperar, porta_livre

SENHA_BANCO = "senhaDoBanco-7f3a"
SENHA_REDIS = "senhaDoRedis-91c2"
TOKEN_API = "tokenDaApiDeTeste-5d8e-0123456789abcdef"
SEGREDO_WEBHOOK = "segredoDoWebhook-e4b1-abcdef"
SENHA_SMTP = "senhaDoSmtp-22aa"
SENHA_USUARIO = "senhaDoUsuario-88ff"


@pytest.mark.timeout(120)
def test_segredos_ficam_fora_dos_logs_e_das_respostas(
    banco: None, iniciar_processo: Callable[..., Processo]
) -> None:
    """Pass: after health checks, status, wrong and right logins, channel listing and an invalid request,
    none of the six secrets appears in the API's output (DEBUG level) nor in any response body."""
    apoio.usuario("sigilo", "admin", SENHA_USUARIO)
    porta = porta_livre()
    banco_url = os.environ["DJE_DATABASE_URL"].replace("postgres@", f"postgres:{SENHA_BANCO}@")
    env = {
        "DJE_DATABASE_URL": banco_url,  # trust auth ignores the password; the app still holds it
        "DJE_REDIS_URL": f"redis://:{SENHA_REDIS}@127.0.0.1:{porta_livre()}/0",  # nobody listens
        "DJE_API_TOKEN": TOKEN_API,
        "DJE_WEBHOOK_URL": "http://127.0.0.1:9/gancho",
        "DJE_WEBHOOK_SEGREDO": SEGREDO_WEBHOOK,
        "DJE_SMTP_HOST": "127.0.0.1",
        "DJE_SMTP_USUARIO": "robo",
        "DJE_SMTP_SENHA": SENHA_SMTP,
        "DJE_SMTP_REMETENTE": "robo@exemplo.com.br",
        "DJE_SMTP_DESTINATARIOS": "equipe@exemplo.com.br",
        "DJE_LOG_LEVEL": "DEBUG",
    }
    api = iniciar_processo(
        [sys.executable, "-m", "dje_monitor.cli", "api", "--port", str(porta)], env=env, nome="api"
    )
    url = f"http://127.0.0.1:{porta}"

    def responde() -> bool:
        try:
            return httpx.get(f"{url}/health", timeout=2).status_code in (200, 503)
        except httpx.HTTPError:
            return False

    esperar(responde, 60, 0.2, "API responder")
    admin = {"Authorization": f"Bearer {TOKEN_API}"}
    respostas = [
        httpx.get(f"{url}/health", timeout=10),
        httpx.get(f"{url}/api/sync/status", headers=admin, timeout=30),
        httpx.get(f"{url}/api/v1/canais", headers=admin, timeout=10),
        httpx.post(f"{url}/api/auth/login", json={"login": "sigilo", "senha": "errada-errada"}, timeout=10),
        httpx.post(f"{url}/api/auth/login", json={"login": "sigilo", "senha": SENHA_USUARIO}, timeout=10),
        httpx.post(f"{url}/api/auth/login", json={"login": SENHA_USUARIO, "senha": "x"}, timeout=10),
        httpx.post(f"{url}/api/v1/pessoas-monitoradas", headers=admin, json={"nome": SENHA_USUARIO * 40}),
        httpx.get(f"{url}/api/v1/pessoas-monitoradas", headers={"Authorization": f"Bearer {TOKEN_API}x"}),
    ]
    assert [r.status_code for r in respostas] == [503, 200, 200, 401, 200, 401, 422, 401]
    assert respostas[1].json()["redis"]["ok"] is False
    assert {c["nome"] for c in respostas[2].json()} >= {"Webhook (variáveis de ambiente)"} or respostas[
        2
    ].json()
    api.popen.terminate()
    api.popen.wait(30)
    saida = api.saida()
    assert "GET /api/sync/status" in saida  # the log did record the requests
    textos = saida + "".join(r.text for r in respostas)
    for segredo in (SENHA_BANCO, SENHA_REDIS, TOKEN_API, SEGREDO_WEBHOOK, SENHA_SMTP, SENHA_USUARIO):
        assert segredo not in textos, segredo
