"""The monitoring pipeline end to end: real worker processes, Redis, PostgreSQL and the simulator."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from dje_monitor.alertas.models import NOVA_PUBLICACAO, PUBLICACAO_CANCELADA
from dje_monitor.controle_simulador import ControleSimulador
from dje_monitor.db import session_scope
from dje_monitor.fila import pessoas_na_fila
from dje_monitor.monitoramento.models import FALHA, PERIODICA, SUCESSO, Verificacao
from tests.conftest import Processo, esperar
from tests.monitoramento import apoio

pytestmark = pytest.mark.timeout(600)


@pytest.fixture
def sim(
    banco: None, simulador: Callable[..., Processo], worker: Callable[..., Processo]
) -> ControleSimulador:
    proc = simulador(
        "--partes", "43", "--seed", "7", "--publicacoes-por-parte", "6", "--compartilhadas", "0.2"
    )
    worker(proc.url, threads=8, **apoio.ENV_WORKER)
    return ControleSimulador(proc.url)


def test_baseline_alertas_compartilhadas_repeticao_e_cancelamento(sim: ControleSimulador) -> None:
    nomes = sim.partes(43)
    assert len(nomes) == 43
    ids = apoio.registrar(nomes)
    apoio.enviar_first_checks(list(ids.values()))
    apoio.esperar_baselines(43)

    # Baseline: history stored and linked, zero alerts (invariant 3).
    depois_baseline = apoio.contagens()
    assert depois_baseline["vinculos"] > 43
    assert depois_baseline["alertas"] == 0

    a, b, c = nomes[0], nomes[1], nomes[2]
    so_a = sim.adicionar([a], quantidade=2)
    compartilhada = sim.adicionar([b, c])
    apoio.ciclo()
    novas = apoio.alertas_por_pessoa(NOVA_PUBLICACAO)
    assert novas == {ids[a]: 2, ids[b]: 1, ids[c]: 1}
    assert apoio.contagens()["publicacoes"] == depois_baseline["publicacoes"] + 3

    # Re-running a cycle adds nothing (overlapping windows are harmless: invariant 1).
    antes = apoio.contagens()
    apoio.ciclo()
    assert apoio.contagens() == antes

    # Cancelling an alerted publication raises exactly one PUBLICACAO_CANCELADA (invariant 7).
    sim.cancelar(so_a[0], "erro material")
    apoio.ciclo()
    apoio.ciclo()
    assert apoio.alertas_por_pessoa(PUBLICACAO_CANCELADA) == {ids[a]: 1}
    assert apoio.alertas_por_pessoa(NOVA_PUBLICACAO) == novas
    assert compartilhada


def test_falhas_atrasam_mas_nao_perdem_nem_avancam(sim: ControleSimulador) -> None:
    nomes = sim.partes(10)
    ids = apoio.registrar(nomes)
    apoio.enviar_first_checks(list(ids.values()))
    apoio.esperar_baselines(10)
    for nome in nomes:
        sim.adicionar([nome])
    ultimo_antes = {pid: apoio.pessoa(pid).ultimo_check for pid in ids.values()}

    forcadas = [{"tipo": "500"}] * 6 + [{"tipo": "429", "retry_after": 1}] + [{"tipo": "500"}] * 6
    sim.falhas(respostas_forcadas=forcadas)
    apoio.ciclo()
    # Every party got its one new publication despite the 500s and the 429.
    assert apoio.alertas_por_pessoa(NOVA_PUBLICACAO) == {pid: 1 for pid in ids.values()}
    for pid in ids.values():
        assert apoio.pessoa(pid).ultimo_check > ultimo_antes[pid]


def test_parte_que_sempre_falha_e_reagendada_sem_avancar(sim: ControleSimulador) -> None:
    """Invariant 4: failures are logged and retried, then backed off; ultimo_check never moves."""
    [nome] = sim.partes(1)
    [pid] = apoio.registrar([nome]).values()
    apoio.enviar_first_checks([pid])
    apoio.esperar_baselines(1)
    antes = apoio.pessoa(pid)

    sim.falhas(prob_500=1.0)
    apoio.ciclo()
    depois = apoio.pessoa(pid)
    assert depois.ultimo_check == antes.ultimo_check
    assert depois.janela_fim == antes.janela_fim
    assert depois.falhas_consecutivas == 1
    assert depois.ultimo_erro
    assert depois.proximo_check is not None and depois.proximo_check > antes.ultimo_check
    with session_scope() as session:
        falhas = session.scalar(
            select(func.count()).where(Verificacao.pessoa_id == pid, Verificacao.status == FALHA)
        )
    # The actor's retries: 1 attempt + 3 retries, each recorded on the check log.
    assert falhas == 4

    sim.limpar_falhas()
    apoio.ciclo()
    recuperada = apoio.pessoa(pid)
    assert recuperada.falhas_consecutivas == 0 and recuperada.ultimo_erro is None


def test_mensagem_duplicada_nao_tem_efeito_extra(sim: ControleSimulador) -> None:
    from dje_monitor.tasks import verificar_pessoa_task

    [nome] = sim.partes(1)
    [pid] = apoio.registrar([nome]).values()
    apoio.enviar_first_checks([pid, pid, pid])
    apoio.esperar_baselines(1)
    # The duplicates may still be running (each also schedules the party): let them all finish first.
    esperar(lambda: not pessoas_na_fila("verificacao"), 60, 0.2, "fila de verificação vazia")
    sim.adicionar([nome])
    apoio.tornar_devidas()
    for _ in range(3):
        verificar_pessoa_task.send(pid)

    def periodicas() -> int:
        with session_scope() as session:
            filtro = (
                Verificacao.pessoa_id == pid,
                Verificacao.status == SUCESSO,
                Verificacao.tipo == PERIODICA,
            )
            return int(session.scalar(select(func.count()).where(*filtro)) or 0)

    esperar(lambda: periodicas() >= 1 and apoio.pessoa(pid).reivindicado_em is None, 60, 0.2, "verificação")
    antes = apoio.contagens()
    for _ in range(3):
        verificar_pessoa_task.send(pid)
    apoio.ciclo(todas=False)
    assert apoio.alertas_por_pessoa(NOVA_PUBLICACAO) == {pid: 1}
    assert apoio.contagens() == antes
