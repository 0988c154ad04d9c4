"""DJEN misbehaving: a storm of 429s with Retry-After, and requests that hang."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from dje_monitor.controle_simulador import ControleSimulador
from dje_monitor.tasks import agendar_verificacoes_task
from dje_monitor.tempo import agora
from tests.conftest import Processo, esperar
from tests.falhas import apoio
from tests.monitoramento import apoio as pipeline

PESSOAS = 40


def _pilha(simulador: Callable[..., Processo], *flags: str) -> tuple[ControleSimulador, list[int], str]:
    proc = simulador("--partes", str(PESSOAS), "--seed", "31", *flags)
    sim = ControleSimulador(proc.url)
    ids = apoio.registrar_com_baseline(sim.partes(PESSOAS))
    return sim, ids, proc.url


@pytest.mark.timeout(300)
def test_tempestade_de_429(
    banco: None, simulador: Callable[..., Processo], worker: Callable[..., Processo]
) -> None:
    """Pass: the simulator allows 4 req/s while the workers' budget is 20 req/s, so 429s come; after
    each 429 with Retry-After 2 s no process sends any request in the advertised window (except the
    ones already on the wire when the 429 was answered: 250 ms grace), and every party is checked."""
    sim, ids, url = _pilha(simulador, "--limite-taxa", "4", "--burst", "1", "--retry-after", "2")
    env = {**pipeline.ENV_WORKER, "DJE_RATE_LIMIT_PER_SEC": "20"}
    worker(url, threads=8, processos=2, **env)
    time.sleep(3)
    inicio = agora()
    desde = time.time()
    agendar_verificacoes_task.send(True)
    esperar(lambda: apoio.verificadas_desde(inicio) >= set(ids), 180, 0.3, "todas verificadas")

    log = [r for r in sim.requisicoes(desde) if "/comunicacao" in r["path"]]
    respostas_429 = [r for r in log if r["status"] == 429]
    assert respostas_429, "o simulador deveria ter respondido 429"
    violacoes = [
        (r429["fim"], r["t"])
        for r429 in respostas_429
        for r in log
        if r429["fim"] + 0.25 < r["t"] < r429["fim"] + 2.0
    ]
    print(
        f"\n429: {len(respostas_429)} respostas, {len(log)} requisições, violações da pausa: {len(violacoes)}"
    )
    assert violacoes == []


@pytest.mark.timeout(300)
def test_djen_que_trava_nao_prende_as_threads(
    banco: None, simulador: Callable[..., Processo], worker: Callable[..., Processo]
) -> None:
    """Pass: 6 requests hang for 120 s; with a 2 s timeout the threads are freed, the hung checks are
    retried, and all parties are checked well before the hang would have ended (< 60 s)."""
    sim, ids, url = _pilha(simulador)
    sim.falhas(respostas_forcadas=[{"tipo": "timeout", "segundos": 120}] * 6)
    worker(url, threads=4, **pipeline.ENV_WORKER, DJE_DJEN_TIMEOUT="2")
    time.sleep(3)
    inicio = agora()
    comeco = time.monotonic()
    agendar_verificacoes_task.send(True)
    esperar(lambda: apoio.verificadas_desde(inicio) >= set(ids), 60, 0.3, "todas verificadas")
    print(
        f"\nDJEN travado em 6 requisições: {PESSOAS} pessoas verificadas em {time.monotonic() - comeco:.1f} s"
    )
