"""SQL for the check log (`verificacoes`) and scheduler cycles (`ciclos`)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Row, distinct, func, insert, select, update
from sqlalchemy.orm import Session

from dje_monitor.monitoramento.models import EM_ANDAMENTO, FALHA, SUCESSO, Ciclo, Verificacao


def criar_ciclo(session: Session, origem: str) -> int:
    return int(session.scalar(insert(Ciclo).values(origem=origem).returning(Ciclo.id)))  # type: ignore[arg-type]


def contar_ciclo(session: Session, ciclo_id: int, enfileiradas: int) -> None:
    session.execute(
        update(Ciclo)
        .where(Ciclo.id == ciclo_id)
        .values(pessoas_enfileiradas=enfileiradas, enfileirado_em=func.now())
    )


def iniciar_verificacao(
    session: Session,
    pessoa_id: int,
    tipo: str,
    janela_inicio: date | None,
    janela_fim: date,
    ciclo_id: int | None,
) -> int:
    stmt = (
        insert(Verificacao)
        .values(
            pessoa_id=pessoa_id,
            tipo=tipo,
            status=EM_ANDAMENTO,
            janela_inicio=janela_inicio,
            janela_fim=janela_fim,
            ciclo_id=ciclo_id,
        )
        .returning(Verificacao.id)
    )
    return int(session.scalar(stmt))  # type: ignore[arg-type]


def concluir_verificacao(session: Session, verificacao_id: int, agora: datetime, **campos: object) -> None:
    duracao = func.greatest(0, func.round(func.extract("epoch", agora - Verificacao.iniciado_em) * 1000))
    session.execute(
        update(Verificacao)
        .where(Verificacao.id == verificacao_id)
        .values(concluido_em=agora, duracao_ms=func.cast(duracao, Verificacao.duracao_ms.type), **campos)
    )


def encerrar_interrompidas(session: Session, antes_de: datetime, agora: datetime) -> int:
    """Checks left EM_ANDAMENTO by a killed worker: logged as failures so the log never lies."""
    resultado = session.execute(
        update(Verificacao)
        .where(Verificacao.status == EM_ANDAMENTO, Verificacao.iniciado_em < antes_de)
        .values(status=FALHA, erro="Verificação interrompida (worker encerrado no meio).", concluido_em=agora)
    )
    return int(resultado.rowcount)  # type: ignore[attr-defined]


def ultimo_ciclo(session: Session) -> Ciclo | None:
    return session.scalars(select(Ciclo).order_by(Ciclo.id.desc()).limit(1)).first()


def listar_verificacoes(
    session: Session, pessoa_id: int, offset: int, limite: int
) -> tuple[int, list[Verificacao]]:
    """(total, page) of a party's check log, newest first."""
    total = session.scalar(
        select(func.count()).select_from(Verificacao).where(Verificacao.pessoa_id == pessoa_id)
    )
    pagina = session.scalars(
        select(Verificacao)
        .where(Verificacao.pessoa_id == pessoa_id)
        .order_by(Verificacao.iniciado_em.desc(), Verificacao.id.desc())
        .offset(offset)
        .limit(limite)
    ).all()
    return int(total or 0), list(pagina)


def resumo_ultimo_ciclo(session: Session) -> Row[Any] | None:
    """The latest cycle with its checks' outcome, aggregated in one statement.

    Only periodic checks carry a ciclo_id (first checks are sent without one). A retried check
    logs one row per attempt, hence the distinct party counts.
    """
    V = Verificacao
    ultimo = select(func.max(Ciclo.id)).scalar_subquery()
    stmt = (
        select(
            Ciclo.id,
            Ciclo.iniciado_em,
            Ciclo.origem,
            Ciclo.pessoas_enfileiradas,
            Ciclo.enfileirado_em,
            func.count(distinct(V.pessoa_id)).filter(V.status == SUCESSO).label("pessoas_verificadas"),
            func.count(distinct(V.pessoa_id)).filter(V.status == FALHA).label("pessoas_com_falha"),
            func.count(V.id).filter(V.status == EM_ANDAMENTO).label("em_andamento"),
            func.coalesce(func.sum(V.novos_alertas), 0).label("novos_alertas"),
            func.max(V.concluido_em).label("ultimo_concluido_em"),
        )
        .outerjoin(V, V.ciclo_id == Ciclo.id)
        .where(Ciclo.id == ultimo)
        .group_by(Ciclo.id)
    )
    linha: Row[Any] | None = session.execute(stmt).first()  # type: ignore[assignment]
    return linha


def verificacoes_por_hora(session: Session, desde: datetime) -> dict[datetime, tuple[int, int]]:
    """(successes, failures) of checks finished per UTC hour since `desde` (empty hours absent)."""
    V = Verificacao
    hora = func.date_trunc("hour", func.timezone("UTC", V.concluido_em)).label("hora")
    linhas = session.execute(
        select(hora, func.count().filter(V.status == SUCESSO), func.count().filter(V.status == FALHA))
        .where(V.concluido_em >= desde)
        .group_by(hora)
    ).all()
    return {h.replace(tzinfo=UTC): (int(ok), int(falha)) for h, ok, falha in linhas}
