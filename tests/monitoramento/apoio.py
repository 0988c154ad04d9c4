"""Helpers for pipeline tests: register parties, run cycles through real workers, read effects."""

from __future__ import annotations

import time
from collections import Counter
from datetime import timedelta

from sqlalchemy import func, insert, select, update

from dje_monitor.alertas.models import Alerta
from dje_monitor.db import session_scope
from dje_monitor.monitoramento.models import EM_ANDAMENTO, Ciclo, Verificacao
from dje_monitor.pessoas.models import PessoaMonitorada
from dje_monitor.publicacoes.models import PessoaPublicacao, Publicacao
from dje_monitor.publicacoes.nomes import normalizar_nome
from dje_monitor.tempo import agora
from tests.conftest import esperar

# Fast actor retries and a generous budget: tests measure behaviour, the benchmark measures speed.
ENV_WORKER = {
    "DJE_RETRY_MIN_BACKOFF_MS": "200",
    "DJE_RETRY_MAX_BACKOFF_MS": "1000",
    "DJE_RATE_LIMIT_PER_SEC": "50",
    "DJE_CIRCUITO_RESFRIAMENTO_S": "2",
}


def registrar(nomes: list[str]) -> dict[str, int]:
    """Registers parties as the API would, baseline pending and claimed for their first check."""
    linhas = [{"nome": n, "nome_normalizado": normalizar_nome(n), "reivindicado_em": agora()} for n in nomes]
    with session_scope() as session:
        ids = session.scalars(insert(PessoaMonitorada).values(linhas).returning(PessoaMonitorada.id)).all()
    return dict(zip(nomes, ids, strict=True))


def enviar_first_checks(ids: list[int]) -> None:
    from dje_monitor.tasks import first_check_task

    for pessoa_id in ids:
        first_check_task.send(pessoa_id)


def esperar_baselines(n: int, timeout: float = 120) -> None:
    def prontas() -> bool:
        with session_scope() as session:
            feitas = session.scalar(
                select(func.count()).where(PessoaMonitorada.baseline_concluido_em.is_not(None))
            )
        return feitas == n

    esperar(prontas, timeout, 0.2, f"{n} baselines")


def ciclo(todas: bool = True, timeout: float = 120) -> int:
    """Sends agendar_verificacoes_task and waits until every check it enqueued has finished."""
    from dje_monitor.tasks import agendar_verificacoes_task

    with session_scope() as session:
        anterior = session.scalar(select(func.max(Ciclo.id))) or 0
    agendar_verificacoes_task.send(todas)

    def terminou() -> bool:
        with session_scope() as session:
            atual = session.scalars(select(Ciclo).where(Ciclo.id > anterior)).first()
            if atual is None:
                return False
            reivindicadas = session.scalar(
                select(func.count()).where(PessoaMonitorada.reivindicado_em.is_not(None))
            )
            em_andamento = session.scalar(select(func.count()).where(Verificacao.status == EM_ANDAMENTO))
        return atual.enfileirado_em is not None and reivindicadas == 0 and em_andamento == 0

    time.sleep(0.3)  # lets the scheduler actor create the cycle row before we poll for its end
    esperar(terminou, timeout, 0.2, "ciclo terminar")
    with session_scope() as session:
        return int(session.scalar(select(func.max(Ciclo.id))) or 0)


def alertas_por_pessoa(tipo: str | None = None) -> Counter[int]:
    with session_scope() as session:
        consulta = select(Alerta.pessoa_id)
        if tipo:
            consulta = consulta.where(Alerta.tipo == tipo)
        return Counter(session.scalars(consulta))


def contagens() -> dict[str, int]:
    with session_scope() as session:
        return {
            "publicacoes": session.scalar(select(func.count()).select_from(Publicacao)) or 0,
            "vinculos": session.scalar(select(func.count()).select_from(PessoaPublicacao)) or 0,
            "alertas": session.scalar(select(func.count()).select_from(Alerta)) or 0,
        }


def pessoa(pessoa_id: int) -> PessoaMonitorada:
    with session_scope() as session:
        encontrada = session.get(PessoaMonitorada, pessoa_id)
        assert encontrada is not None
        return encontrada


def tornar_devidas() -> None:
    with session_scope() as session:
        session.execute(update(PessoaMonitorada).values(proximo_check=agora() - timedelta(seconds=1)))
