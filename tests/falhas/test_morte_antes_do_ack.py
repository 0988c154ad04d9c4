"""A crash after the check's transaction committed and before its message was acked."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dje_monitor.controle_simulador import ControleSimulador
from dje_monitor.db import session_scope
from dje_monitor.monitoramento.models import Verificacao
from dje_monitor.tasks import verificar_pessoa_task
from tests.conftest import Processo, esperar
from tests.falhas import apoio
from tests.falhas.conftest import ENV_RECUPERACAO
from tests.monitoramento import apoio as pipeline


@pytest.mark.timeout(180)
def test_redelivery_depois_do_commit_nao_duplica(
    banco: None,
    simulador: Callable[..., Processo],
    worker: Callable[..., Processo],
    iniciar_processo: Callable[..., Processo],
    tmp_path: Path,
) -> None:
    """Pass: the worker dies after committing the check (new publication, link, alert) but before the
    ack; the message is re-delivered to a new worker and processed again with no extra effect: one
    publication, one link, one alert."""
    proc = simulador("--partes", "1", "--seed", "71")
    sim = ControleSimulador(proc.url)
    [nome] = sim.partes(1)
    [pid] = apoio.registrar_com_baseline([nome])
    nova = sim.adicionar([nome])[0]
    marca = tmp_path / "morreu"
    env = {
        **pipeline.ENV_WORKER,
        **ENV_RECUPERACAO,
        "DJE_DJEN_URL": proc.url,
        "DJE_TESTE_MARCA_MORTE": str(marca),
    }
    cmd = [sys.executable, "-m", "dramatiq", "dje_monitor.tasks", "tests.falhas.morte_apos_commit"]
    suicida = iniciar_processo([*cmd, "--processes", "1", "--threads", "1"], env=env, nome="suicida")
    verificar_pessoa_task.send(pid)
    esperar(marca.exists, 60, msg="worker morrer depois do commit")
    esperar(lambda: suicida.popen.poll() is not None, 30, msg="dramatiq encerrar")
    efeitos = pipeline.contagens()
    alertas, _ = apoio.alertas_e_vinculos()
    assert (pid, nova) in alertas  # the transaction did commit before the crash

    worker(proc.url, threads=2, **{**pipeline.ENV_WORKER, **ENV_RECUPERACAO})
    # Redelivery: the message stays in the broker until acked, so the new worker gets it back.
    esperar(lambda: "nada a verificar" in _log_workers(tmp_path), 60, 0.3, "reentrega processada")
    time.sleep(1)
    assert pipeline.contagens() == efeitos
    with session_scope() as session:
        assert session.scalar(select(func.count()).where(Verificacao.pessoa_id == pid)) == 1


def _log_workers(pasta: Path) -> str:
    return "".join(p.read_text(errors="replace") for p in pasta.glob("worker-*.log"))
