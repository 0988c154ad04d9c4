"""SQL for alerts: one per (party, publication, type), enforced by the uq_alerta constraint."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, func, literal, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from dje_monitor.alertas.models import NOVA_PUBLICACAO, PUBLICACAO_CANCELADA, Alerta
from dje_monitor.pessoas.models import PessoaMonitorada
from dje_monitor.publicacoes.models import Publicacao
from dje_monitor.publicacoes.repository import TAMANHO_RESUMO


def criar_alertas(session: Session, pessoa_id: int, publicacao_ids: Iterable[int], tipo: str) -> list[int]:
    valores = [
        {"pessoa_id": pessoa_id, "publicacao_id": pid, "tipo": tipo} for pid in sorted(set(publicacao_ids))
    ]
    if not valores:
        return []
    stmt = insert(Alerta).values(valores).on_conflict_do_nothing(constraint="uq_alerta").returning(Alerta.id)
    return list(session.scalars(stmt))


def alertar_cancelamentos(session: Session, publicacao_ids: Iterable[int]) -> list[int]:
    """Every party alerted of a now-cancelled publication gets one PUBLICACAO_CANCELADA, whoever saw it."""
    ids = sorted(set(publicacao_ids))
    if not ids:
        return []
    origem = select(Alerta.pessoa_id, Alerta.publicacao_id, literal(PUBLICACAO_CANCELADA)).where(
        Alerta.publicacao_id.in_(ids), Alerta.tipo == NOVA_PUBLICACAO
    )
    return criar_alertas_de(session, origem)


def criar_alertas_de(session: Session, origem: Select[int, int, str]) -> list[int]:
    """Inserts the alerts `origem` selects as (pessoa_id, publicacao_id, tipo); returns the new ids."""
    stmt = (
        insert(Alerta)
        .from_select(["pessoa_id", "publicacao_id", "tipo"], origem)
        .on_conflict_do_nothing(constraint="uq_alerta")
        .returning(Alerta.id)
    )
    return list(session.scalars(stmt))


# --- API: listing and reading alerts ----------------------------------------------------------------

# Alerts of removed parties are history: hidden from lists and counters like the parties themselves.
_DE_PESSOA_VIVA = (PessoaMonitorada.removido_em.is_(None),)
_COLUNAS = (
    Alerta.id,
    Alerta.tipo,
    Alerta.lido,
    Alerta.lido_em,
    Alerta.criado_em,
    Alerta.pessoa_id,
    PessoaMonitorada.nome.label("pessoa_nome"),
    Publicacao.id.label("publicacao_id"),
    Publicacao.data_disponibilizacao,
    Publicacao.sigla_tribunal,
    Publicacao.tipo_comunicacao,
    Publicacao.numero_processo,
    func.left(Publicacao.texto, TAMANHO_RESUMO).label("resumo"),
    Publicacao.link,
    Publicacao.ativo,
)


def listar(
    session: Session,
    *,
    offset: int,
    limite: int,
    pessoa_id: int | None = None,
    tipo: str | None = None,
    lido: bool | None = None,
) -> tuple[int, list[Row[Any]]]:
    """(total, page) newest first; each row carries its publication summary and party name (one join)."""
    filtros: list[ColumnElement[bool]] = list(_DE_PESSOA_VIVA)
    if pessoa_id is not None:
        filtros.append(Alerta.pessoa_id == pessoa_id)
    if tipo is not None:
        filtros.append(Alerta.tipo == tipo)
    if lido is not None:
        filtros.append(Alerta.lido.is_(lido))
    total = session.scalar(
        select(func.count())
        .select_from(Alerta)
        .join(PessoaMonitorada, Alerta.pessoa_id == PessoaMonitorada.id)
        .where(*filtros)
    )
    linhas = session.execute(
        select(*_COLUNAS)
        .join(PessoaMonitorada, Alerta.pessoa_id == PessoaMonitorada.id)
        .join(Publicacao, Alerta.publicacao_id == Publicacao.id)
        .where(*filtros)
        .order_by(Alerta.criado_em.desc(), Alerta.id.desc())
        .offset(offset)
        .limit(limite)
    ).all()
    return int(total or 0), list(linhas)


def contar_nao_lidos(session: Session) -> int:
    stmt = (
        select(func.count())
        .select_from(Alerta)
        .join(PessoaMonitorada, Alerta.pessoa_id == PessoaMonitorada.id)
        .where(Alerta.lido.is_(False), *_DE_PESSOA_VIVA)
    )
    return int(session.scalar(stmt) or 0)


def marcar_lidos(
    session: Session, agora: datetime, ids: Sequence[int] | None = None, pessoa_id: int | None = None
) -> int:
    """Marks unread alerts as read: the given ids, or (ids None) all of them / all of one party."""
    filtros: list[ColumnElement[bool]] = [Alerta.lido.is_(False)]
    if ids is not None:
        filtros.append(Alerta.id.in_(sorted(set(ids))))
    if pessoa_id is not None:
        filtros.append(Alerta.pessoa_id == pessoa_id)
    resultado = session.execute(
        update(Alerta)
        .where(*filtros)
        .values(lido=True, lido_em=agora)
        .execution_options(synchronize_session=False)
    )
    return int(resultado.rowcount)  # type: ignore[attr-defined]


def por_hora(session: Session, desde: datetime) -> dict[datetime, int]:
    """Alerts created per UTC hour since `desde` (hours without alerts are absent)."""
    hora = func.date_trunc("hour", func.timezone("UTC", Alerta.criado_em)).label("hora")
    linhas = session.execute(select(hora, func.count()).where(Alerta.criado_em >= desde).group_by(hora)).all()
    return {h.replace(tzinfo=UTC): int(n) for h, n in linhas}
