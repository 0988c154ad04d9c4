"""Helpers for fault tests: process trees, parties due now, effects read back from the database."""

from __future__ import annotations

import os
import signal
import subprocess
from datetime import timedelta

from sqlalchemy import func, insert, select

from dje_monitor.db import session_scope
from dje_monitor.monitoramento.models import SUCESSO, Verificacao
from dje_monitor.pessoas.models import PessoaMonitorada
from dje_monitor.publicacoes.nomes import normalizar_nome
from dje_monitor.tempo import agora, hoje_brasil


def filhos(pid: int) -> list[int]:
    saida = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in saida.split()]


def processos_dramatiq(pid_supervisor: int) -> list[int]:
    """The Dramatiq worker processes under `dje-monitor worker` (supervisor → dramatiq → workers)."""
    return [neto for filho in filhos(pid_supervisor) for neto in filhos(filho)]


def matar(pids: list[int]) -> None:
    for pid in pids:
        os.kill(pid, signal.SIGKILL)


def registrar_com_baseline(nomes: list[str]) -> list[int]:
    """Parties whose baseline is done and whose next check is due now."""
    instante = agora()
    linhas = [
        {
            "nome": nome,
            "nome_normalizado": normalizar_nome(nome),
            "baseline_concluido_em": instante - timedelta(days=1),
            "ultimo_check": instante - timedelta(days=1),
            "janela_fim": hoje_brasil() - timedelta(days=1),
            "proximo_check": instante - timedelta(minutes=1),
        }
        for nome in nomes
    ]
    with session_scope() as session:
        return list(session.scalars(insert(PessoaMonitorada).values(linhas).returning(PessoaMonitorada.id)))


def verificadas_desde(instante: object) -> set[int]:
    with session_scope() as session:
        consulta = select(Verificacao.pessoa_id).where(
            Verificacao.status == SUCESSO, Verificacao.concluido_em >= instante
        )
        return set(session.scalars(consulta))


def em_andamento() -> int:
    from dje_monitor.monitoramento.models import EM_ANDAMENTO

    with session_scope() as session:
        return int(session.scalar(select(func.count()).where(Verificacao.status == EM_ANDAMENTO)) or 0)


def alertas_e_vinculos() -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """(party, publication) pairs of NOVA_PUBLICACAO alerts, and of non-baseline links to active ones."""
    from dje_monitor.alertas.models import NOVA_PUBLICACAO, Alerta
    from dje_monitor.publicacoes.models import PessoaPublicacao, Publicacao

    with session_scope() as session:
        alertas = session.execute(
            select(Alerta.pessoa_id, Alerta.publicacao_id).where(Alerta.tipo == NOVA_PUBLICACAO)
        ).all()
        vinculos = session.execute(
            select(PessoaPublicacao.pessoa_id, PessoaPublicacao.publicacao_id)
            .join(Publicacao, Publicacao.id == PessoaPublicacao.publicacao_id)
            .where(PessoaPublicacao.baseline.is_(False), Publicacao.ativo)
        ).all()
    return {(a, b) for a, b in alertas}, {(a, b) for a, b in vinculos}
