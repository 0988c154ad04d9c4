"""SQL of notification channels: CRUD with delivery counters, seeding, and the failure counter."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Row, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from dje_monitor.notificacoes.models import (
    AGRUPADA,
    AGUARDANDO_DIGEST,
    ENVIADA,
    ENVIANDO,
    FALHOU,
    ORIGEM_AMBIENTE,
    PENDENTE,
    Canal,
    Entrega,
)


def contar_falha_canal(session: Session, canal_id: int, erro: str) -> int:
    stmt = (
        update(Canal)
        .where(Canal.id == canal_id)
        .values(falhas_consecutivas=Canal.falhas_consecutivas + 1, ultimo_erro=erro)
        .returning(Canal.falhas_consecutivas)
    )
    return int(session.scalar(stmt) or 0)


def zerar_falhas_canal(session: Session, canal_id: int) -> None:
    session.execute(
        update(Canal)
        .where(Canal.id == canal_id, (Canal.falhas_consecutivas != 0) | Canal.ultimo_erro.is_not(None))
        .values(falhas_consecutivas=0, ultimo_erro=None)
    )


def desativar_canal(session: Session, canal_id: int, motivo: str, instante: datetime) -> None:
    session.execute(
        update(Canal)
        .where(Canal.id == canal_id)
        .values(ativo=False, desativado_motivo=motivo, atualizado_em=instante)
    )


def obter_canal(session: Session, canal_id: int) -> Canal | None:
    return session.get(Canal, canal_id)


def listar_canais(session: Session, canal_id: int | None = None) -> list[Row[Any]]:
    """Channels with their delivery counters (one aggregate join)."""
    contar = lambda *status: func.count(Entrega.id).filter(Entrega.status.in_(status))  # noqa: E731
    stmt = (
        select(
            Canal,
            contar(PENDENTE, ENVIANDO, AGUARDANDO_DIGEST, AGRUPADA).label("pendentes"),
            contar(ENVIADA).label("enviadas"),
            contar(FALHOU).label("falharam"),
            func.max(Entrega.enviado_em).label("ultimo_envio_em"),
        )
        .outerjoin(Entrega, Entrega.canal_id == Canal.id)
        .group_by(Canal.id)
        .order_by(Canal.id)
    )
    if canal_id is not None:
        stmt = stmt.where(Canal.id == canal_id)
    return list(session.execute(stmt).all())  # type: ignore[arg-type]


def inserir_canal(session: Session, valores: dict[str, Any]) -> int:
    return int(session.scalar(insert(Canal).values(valores).returning(Canal.id)))  # type: ignore[arg-type]


def atualizar_canal(session: Session, canal_id: int, valores: dict[str, Any]) -> None:
    session.execute(update(Canal).where(Canal.id == canal_id).values(**valores))


def excluir_canal(session: Session, canal_id: int) -> None:
    session.execute(delete(Canal).where(Canal.id == canal_id))


def semear_canal(session: Session, tipo: str, nome: str, config: dict[str, Any]) -> None:
    """The environment's channel of a type: created once; its config follows the environment."""
    stmt = insert(Canal).values(tipo=tipo, nome=nome, config=config, origem=ORIGEM_AMBIENTE)
    stmt = stmt.on_conflict_do_update(
        index_elements=[Canal.tipo],
        index_where=Canal.origem == ORIGEM_AMBIENTE,
        set_={"config": stmt.excluded.config, "atualizado_em": func.now()},
        where=Canal.config != stmt.excluded.config,
    )
    session.execute(stmt)
