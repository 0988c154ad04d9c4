"""Deliveries across worker deaths and from a real check: each test starts (and kills) its own workers."""

from __future__ import annotations

import signal
from collections.abc import Callable

import pytest

from dje_monitor.notificacoes.models import ENVIADA, ENVIANDO, PENDENTE
from tests.conftest import Processo, esperar
from tests.notificacoes import apoio
from tests.notificacoes.receptores import ReceptorWebhook, TelegramFalso

pytestmark = pytest.mark.timeout(120)
Worker = Callable[..., Processo]


def _iniciar(worker: Worker, djen: str = apoio.DJEN_SEM_USO, threads: int = 2, **env: str) -> Processo:
    return worker(djen, threads=threads, **{**apoio.ENV_WORKER, **env})


def _todas(status: str, quantidade: int) -> Callable[[], bool]:
    def condicao() -> bool:
        estados = list(apoio.status_entregas().values())
        return len(estados) == quantidade and all(s == status for s in estados)

    return condicao


def test_worker_morto_no_meio_do_envio_nada_se_perde_nem_repete(
    canais: None, filas: None, worker: Worker, webhook: ReceptorWebhook
) -> None:
    apoio.criar_canal("webhook", apoio.config_webhook(f"{webhook.url}/gancho"))
    webhook.atraso = 0.8  # a slow receiver: the kill lands while a request is in flight
    apoio.alertas(5)
    ids = {str(e.id) for e in apoio.entregas()}
    primeiro = _iniciar(worker, threads=1)
    apoio.drenar()
    esperar(lambda: len(webhook.recepcoes) >= 2, 30, 0.02, "segundo envio em andamento")
    primeiro.parar(signal.SIGKILL)
    no_ar = {str(i) for i, s in apoio.status_entregas().items() if s == ENVIANDO}
    confirmadas = {str(i) for i, s in apoio.status_entregas().items() if s == ENVIADA}
    assert len(no_ar) == 1 and len(confirmadas) == 1

    # A new worker; the scheduler's sweep (here sent by hand, once a second) finds the expired lease.
    webhook.atraso = 0.0
    _iniciar(worker)
    from dje_monitor.tasks import varrer_entregas_task

    def todas_enviadas() -> bool:
        varrer_entregas_task.send()
        return _todas(ENVIADA, 5)()

    esperar(todas_enviadas, 60, 1.0, "todas as entregas enviadas")
    recepcoes = webhook.por_chave()
    assert set(webhook.processadas) == ids  # nothing lost, each processed once by the receiver
    # Nothing sent twice after a confirmed success: only the one in flight at the kill was resent.
    assert {chave for chave, n in recepcoes.items() if n > 1} <= no_ar
    assert all(recepcoes[chave] == 1 for chave in confirmadas)
    assert max(recepcoes.values()) <= 2 and webhook.assinaturas_invalidas == 0
    sucessos = [t.entrega_id for t in apoio.tentativas() if t.status == "sucesso"]
    assert sorted(sucessos) == sorted(int(i) for i in ids)
    interrompidas = [str(t.entrega_id) for t in apoio.tentativas() if t.status == "interrompida"]
    assert set(interrompidas) == no_ar
    assert PENDENTE not in apoio.status_entregas().values()


def test_verificacao_com_alerta_notifica_pelo_worker(
    canais: None, filas: None, worker: Worker, simulador: Callable[..., Processo]
) -> None:
    """The monitoring actor sends the drain after its transaction commits; the Bot API gets the alert."""
    from dje_monitor.controle_simulador import ControleSimulador
    from tests.monitoramento import apoio as monitoramento

    proc = simulador("--partes", "3", "--seed", "11", "--publicacoes-por-parte", "2")
    sim = ControleSimulador(proc.url)
    telegram = TelegramFalso()
    apoio.criar_canal("telegram", apoio.config_telegram())
    env = {**monitoramento.ENV_WORKER, "DJE_TELEGRAM_API_URL": telegram.url}
    _iniciar(worker, djen=proc.url, threads=4, **env)
    [nome] = sim.partes(1)
    ids = monitoramento.registrar([nome])
    monitoramento.enviar_first_checks(list(ids.values()))
    monitoramento.esperar_baselines(1)
    assert telegram.recebidas == []  # the baseline alerts nobody
    sim.adicionar([nome])
    monitoramento.ciclo()
    esperar(_todas(ENVIADA, 1), 30, 0.1, "notificação do alerta")
    [recebida] = telegram.recebidas
    assert recebida.texto.startswith("<b>Nova publicação: ")
    telegram.parar()
