"""Deliveries end to end: real worker processes, real loopback receivers, PostgreSQL and Redis."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from itertools import pairwise

import pytest
from fastapi.testclient import TestClient

from dje_monitor.notificacoes import despacho
from dje_monitor.notificacoes.models import AGUARDANDO_DIGEST, ENVIADA
from dje_monitor.tempo import hoje_brasil
from tests.conftest import RAIZ, Processo, esperar
from tests.notificacoes import apoio
from tests.notificacoes.receptores import ReceptorWebhook, ServidorSmtp, TelegramFalso

pytestmark = pytest.mark.timeout(120)
# The shared worker's settings: backoff 0.1 s doubling to 0.4 s keeps ten failures within seconds.
ENV_COMPARTILHADO = {
    **apoio.ENV_WORKER,
    "DJE_ENTREGA_BACKOFF_INICIAL_S": "0.1",
    "DJE_ENTREGA_BACKOFF_MAX_S": "0.4",
}


@pytest.fixture(scope="module")
def bot() -> Iterator[TelegramFalso]:
    servidor = TelegramFalso()
    yield servidor
    servidor.parar()


@pytest.fixture(scope="module")
def worker_compartilhado(
    ambiente: dict[str, str], bot: TelegramFalso, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Processo]:
    """One worker for the tests that do not kill it: starting a worker costs seconds on a busy machine."""
    log = tmp_path_factory.mktemp("worker") / "worker.log"
    env = {
        **os.environ,
        **ENV_COMPARTILHADO,
        "DJE_TELEGRAM_API_URL": bot.url,
        "DJE_DJEN_URL": apoio.DJEN_SEM_USO,
    }
    args = [sys.executable, "-m", "dje_monitor.cli", "worker", "--processes", "1", "--threads", "4"]
    with log.open("wb") as saida:
        popen = subprocess.Popen(
            args, stdout=saida, stderr=subprocess.STDOUT, env=env, cwd=RAIZ, start_new_session=True
        )
    proc = Processo(popen, log)
    yield proc
    proc.parar()


@pytest.fixture
def telegram(bot: TelegramFalso, worker_compartilhado: Processo, canais: None, filas: None) -> TelegramFalso:
    """The shared fake Bot API, clean, with the shared worker running and empty tables and queues."""
    bot.reiniciar()
    return bot


def _todas(status: str, quantidade: int) -> Callable[[], bool]:
    def condicao() -> bool:
        estados = list(apoio.status_entregas().values())
        return len(estados) == quantidade and all(s == status for s in estados)

    return condicao


def test_falhas_repetidas_com_backoff_registradas_por_tentativa(telegram: TelegramFalso) -> None:
    canal_id = apoio.criar_canal("telegram", apoio.config_telegram())
    telegram.roteiro += [(500, {"ok": False, "description": "Internal Server Error"}, {})] * 3
    apoio.alertas(1)
    apoio.drenar()
    esperar(_todas(ENVIADA, 1), 30, 0.1, "entrega enviada")

    [entrega] = apoio.entregas()
    tentativas = apoio.tentativas(entrega.id)
    assert [t.status for t in tentativas] == ["falha", "falha", "falha", "sucesso"]
    assert all(
        t.erro == "O Telegram recusou a mensagem (HTTP 500): Internal Server Error" for t in tentativas[:3]
    )
    assert all(t.duracao_ms is not None and t.duracao_ms < 1500 for t in tentativas)
    # Exponential backoff: 0.1 s, 0.2 s, 0.4 s between attempts (plus the time of the attempt itself).
    intervalos = [(b.quando - a.quando).total_seconds() for a, b in pairwise(tentativas)]
    for intervalo, minimo in zip(intervalos, (0.1, 0.2, 0.4), strict=True):
        assert minimo <= intervalo < minimo + 1.5, intervalos
    assert entrega.tentativas == 4 and entrega.enviado_em is not None and entrega.ultimo_erro is None
    canal = apoio.canal(canal_id)
    assert canal.falhas_consecutivas == 0 and canal.ultimo_erro is None and canal.ativo
    assert len(telegram.recebidas) == 4


def test_telegram_429_respeita_retry_after(telegram: TelegramFalso) -> None:
    canal_id = apoio.criar_canal("telegram", apoio.config_telegram())
    limite = {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 2"}
    telegram.roteiro.append((429, {**limite, "parameters": {"retry_after": 2}}, {}))
    apoio.alertas(2)
    apoio.drenar()
    esperar(_todas(ENVIADA, 2), 30, 0.1, "entregas enviadas")

    primeira, *depois = telegram.recebidas
    assert len(depois) == 2
    # Neither the limited message nor the channel's other one went out before the 2 s asked for.
    assert all(m.instante - primeira.instante >= 2.0 for m in depois), [
        m.instante for m in telegram.recebidas
    ]
    limitada = [t for t in apoio.tentativas() if t.status == "falha"]
    assert len(limitada) == 1
    assert limitada[0].erro == "O Telegram limitou os envios (HTTP 429); nova tentativa em 2 s"
    # A rate limit is not a fault of the channel.
    assert apoio.canal(canal_id).falhas_consecutivas == 0


def test_webhook_desativado_apos_falhas_seguidas_e_reativado(
    telegram: TelegramFalso, cliente: TestClient, webhook: ReceptorWebhook, worker_compartilhado: Processo
) -> None:
    canal_id = apoio.criar_canal("webhook", apoio.config_webhook(f"{webhook.url}/gancho"))
    webhook.status_fixo = 503
    apoio.alertas(1)
    apoio.drenar()
    esperar(lambda: not apoio.canal(canal_id).ativo, 30, 0.1, "canal desativado")

    canal = cliente.get(f"/api/v1/canais/{canal_id}").json()
    assert canal["ativo"] is False and canal["falhas_consecutivas"] == 10
    assert canal["desativado_motivo"] == (
        "Desativado após 10 falhas consecutivas. Último erro: O webhook respondeu HTTP 503"
    )
    assert canal["entregas_pendentes"] == 1
    assert len(webhook.recepcoes) == 10 and webhook.assinaturas_invalidas == 0
    apoio.drenar()
    time.sleep(1)  # proving a negative: a disabled channel is not attempted again
    assert len(webhook.recepcoes) == 10

    # Fixed on the other side and re-enabled by the user: the waiting delivery goes out at once.
    webhook.status_fixo = None
    resposta = cliente.patch(f"/api/v1/canais/{canal_id}", json={"ativo": True})
    assert resposta.json()["desativado_motivo"] is None and resposta.json()["falhas_consecutivas"] == 0
    esperar(_todas(ENVIADA, 1), 30, 0.1, "entrega enviada após reativar")
    [entrega] = apoio.entregas()
    assert list(webhook.processadas) == [str(entrega.id)]
    assert webhook.processadas[str(entrega.id)]["evento"] == "alerta"
    # Errors and request logs of this worker's whole run never carry a secret.
    log = worker_compartilhado.saida()
    assert "HTTP Request: POST" in log and "falhou" in log
    assert apoio.TOKEN.split(":")[1] not in log and apoio.SEGREDO not in log


HOSTIL = "<script>alert('x')</script> & \"Cia\"\r\nBcc: intruso@exemplo.com"
TEXTO_HOSTIL = "Intimação <img src=x onerror=alert(1)> & 'cotas'"


def _tags(html: str) -> set[str]:
    return {m.lower() for m in re.findall(r"</?([A-Za-z][A-Za-z0-9]*)", html)}


def test_campos_hostis_escapados_e_digest_diario(telegram: TelegramFalso, smtp: ServidorSmtp) -> None:
    apoio.criar_canal("telegram", apoio.config_telegram())
    apoio.criar_canal("email", apoio.config_email(smtp.porta))
    digest = apoio.criar_canal("email", apoio.config_email(smtp.porta), nome="Diário", digest_diario=True)
    apoio.alertas(3, nome=HOSTIL, texto=TEXTO_HOSTIL)
    apoio.drenar()
    esperar(lambda: len(telegram.recebidas) == 3 and len(smtp.mensagens) == 3, 30, 0.1, "6 envios")

    for texto in telegram.textos():
        assert "<script" not in texto and "<img" not in texto
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;Cia&quot;" in texto
        assert _tags(texto) <= {"b", "i", "a"}
    for mensagem in smtp.mensagens:
        html = mensagem.get_body(("html",)).get_content()  # type: ignore[union-attr]
        texto = mensagem.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert "<script" not in html and "<img" not in html and "&lt;img src=x" in html
        assert "<img src=x onerror=alert(1)>" in texto  # plain text shows it as written
        assert mensagem["Bcc"] is None and "\n" not in mensagem["Subject"]
        assert mensagem["Subject"].startswith("[DJe Monitor] Nova publicação: <script>")
    assert {e.status for e in apoio.entregas() if e.canal_id == digest} == {AGUARDANDO_DIGEST}

    from dje_monitor.tasks import enviar_digests_task

    dia = hoje_brasil()
    enviar_digests_task.send(dia.isoformat())
    esperar(lambda: len(smtp.mensagens) == 4, 30, 0.1, "digest enviado")
    resumo = smtp.mensagens[3]
    assert resumo["Subject"] == f"[DJe Monitor] Alertas do dia {dia:%d/%m/%Y}: 3"
    html = resumo.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert html.count("<h3>") == 3 and "<script" not in html
    esperar(_todas(ENVIADA, 10), 10, 0.1, "9 entregas e 1 digest enviados")
    # One digest per channel and Brazilian day: a second run the same day makes nothing.
    assert despacho.preparar_digests(dia, lambda _: None) == 0
