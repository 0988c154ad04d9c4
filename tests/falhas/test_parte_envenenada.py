"""A "poison" party whose every DJEN query fails, in the middle of a healthy cycle."""

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

PESSOAS = 80
TAXA = 10.0


@pytest.mark.timeout(300)
def test_parte_envenenada_nao_derruba_o_ciclo(
    banco: None, simulador: Callable[..., Processo], worker: Callable[..., Processo]
) -> None:
    """Pass: the poison party is retried per policy (1 + 3 actor attempts, each logged), then
    rescheduled with backoff and its error shown, with ultimo_check untouched; meanwhile the other
    parties are all checked and the cycle keeps >= 90 % of the 10 req/s budget."""
    proc = simulador("--partes", str(PESSOAS + 1), "--seed", "61", "--latencia", "0.05")
    sim = ControleSimulador(proc.url)
    nomes = sim.partes(PESSOAS + 1)
    ids = apoio.registrar_com_baseline(nomes)
    veneno, saudaveis = ids[0], set(ids[1:])
    sim.falhas(nomes_com_falha=[nomes[0]])
    antes = pipeline.pessoa(veneno)
    worker(proc.url, threads=8, **{**pipeline.ENV_WORKER, "DJE_RATE_LIMIT_PER_SEC": str(TAXA)})
    time.sleep(3)
    inicio = agora()
    desde = time.time()
    agendar_verificacoes_task.send(True)
    esperar(lambda: apoio.verificadas_desde(inicio) >= saudaveis, 120, 0.2, "saudáveis verificadas")
    esperar(lambda: pipeline.pessoa(veneno).reivindicado_em is None, 120, 0.2, "veneno reagendado")

    depois = pipeline.pessoa(veneno)
    assert depois.ultimo_check == antes.ultimo_check and depois.falhas_consecutivas == 1
    assert depois.ultimo_erro and depois.proximo_check is not None and depois.proximo_check > agora()
    log = [r for r in sim.requisicoes(desde) if "/comunicacao" in r["path"]]
    # Throughput while healthy work remained: from the first request to the last healthy answer.
    fim = max(r["fim"] for r in log if r["status"] == 200)
    no_periodo = [r for r in log if r["t"] <= fim]
    duracao = fim - log[0]["t"]
    taxa = len(no_periodo) / duracao
    falhas = sum(1 for r in log if r["status"] != 200)
    print(f"\nparte envenenada: {falhas} falhas; {len(no_periodo)} requisições em "
          f"{duracao:.1f} s = {taxa:.2f} req/s ({100 * taxa / TAXA:.0f} % do orçamento)")  # fmt: skip
    assert taxa >= 0.9 * TAXA
