"""SQL of the dashboard's counters: one statement, one pass over the parties."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Row, func, select, true
from sqlalchemy.orm import Session

from dje_monitor.alertas.models import Alerta
from dje_monitor.pessoas.models import PessoaMonitorada as P
from dje_monitor.publicacoes.models import Publicacao


def contagens(session: Session, desde: datetime) -> Row[Any]:
    """Live parties (and how many active, baseline pending, failing), publications, alerts."""
    pessoas = (
        select(
            func.count().label("pessoas"),
            func.count().filter(P.ativo).label("ativas"),
            func.count().filter(P.baseline_concluido_em.is_(None)).label("baseline_pendente"),
            func.count().filter(P.ultimo_erro.is_not(None)).label("com_erro"),
        )
        .where(P.removido_em.is_(None))
        .subquery()
    )
    alertas = (
        select(
            func.count().filter(Alerta.lido.is_(False)).label("alertas_nao_lidos"),
            func.count().filter(Alerta.criado_em >= desde).label("alertas_24h"),
        )
        .join(P, Alerta.pessoa_id == P.id)
        .where(P.removido_em.is_(None))
        .subquery()
    )
    publicacoes = select(func.count()).select_from(Publicacao).scalar_subquery()
    # Both subqueries yield exactly one row: joining them on TRUE is the intended product.
    linha = select(pessoas, alertas, publicacoes.label("publicacoes")).select_from(
        pessoas.join(alertas, true())
    )
    return session.execute(linha).one()
