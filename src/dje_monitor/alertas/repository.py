"""SQL for alerts: one per (party, publication, type), enforced by the uq_alerta constraint."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import literal, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from dje_monitor.alertas.models import NOVA_PUBLICACAO, PUBLICACAO_CANCELADA, Alerta


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
    stmt = (
        insert(Alerta)
        .from_select(["pessoa_id", "publicacao_id", "tipo"], origem)
        .on_conflict_do_nothing(constraint="uq_alerta")
        .returning(Alerta.id)
    )
    return list(session.scalars(stmt))
