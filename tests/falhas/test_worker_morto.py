"""A worker killed with SIGKILL in the middle of a cycle."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from dje_monitor.controle_simulador import ControleSimulador
from dje_monitor.tasks import agendar_verificacoes_task
from dje_monitor.tempo import agora
from tests.conftest import Processo, esperar
from tests.falhas import apoio
from tests.falhas.conftest import ENV_RECUPERACAO
from tests.monitoramento import apoio as pipeline

PESSOAS = 60


@pytest.mark.timeout(300)
def test_sigkill_com_verificacoes_em_voo(
    banco: None, simulador: Callable[..., Processo], worker: Callable[..., Processo]
) -> None:
    """Pass: every party checked after the kill, each new publication alerted exactly once (no
    duplicated publication, link or alert), the supervisor restarted Dramatiq, and the cycle ended
    within heartbeat timeout (5 s) + 30 s of the kill."""
    proc = simulador("--partes", str(PESSOAS), "--seed", "21", "--latencia", "1.5")
    sim = ControleSimulador(proc.url)
    nomes = sim.partes(PESSOAS)
    ids = apoio.registrar_com_baseline(nomes)
    # Only these are certainly new: the history inside the overlap window may add more alerts.
    novas = {(pid, sim.adicionar([nome])[0]) for pid, nome in zip(ids, nomes, strict=True)}
    env = {**pipeline.ENV_WORKER, **ENV_RECUPERACAO}
    supervisor = worker(proc.url, threads=48, **env)
    esperar(lambda: len(apoio.processos_dramatiq(supervisor.popen.pid)) >= 1, 60, msg="dramatiq no ar")
    time.sleep(2)  # the worker process imports the app before it consumes

    inicio = agora()
    agendar_verificacoes_task.send(True)
    esperar(lambda: apoio.em_andamento() >= 40, 60, 0.05, "verificações em voo")
    vitimas = apoio.processos_dramatiq(supervisor.popen.pid)
    em_voo = apoio.em_andamento()
    apoio.matar(vitimas)
    morte = time.monotonic()

    # The supervisor brings Dramatiq back with new worker processes.
    esperar(lambda: set(apoio.processos_dramatiq(supervisor.popen.pid)) - set(vitimas), 60, msg="reinício")
    esperar(lambda: apoio.verificadas_desde(inicio) >= set(ids), 120, 0.2, "todas verificadas")
    recuperacao = time.monotonic() - morte
    print(f"\nSIGKILL com {em_voo} em voo: as {PESSOAS} pessoas verificadas {recuperacao:.1f} s depois")

    assert recuperacao <= 5 + 30
    alertas, vinculos = apoio.alertas_e_vinculos()
    assert novas <= alertas  # nothing lost
    assert alertas == vinculos  # exactly one alert per new link, none without its link
    assert "reiniciando" in supervisor.saida()
