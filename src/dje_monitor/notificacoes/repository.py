"""SQL of the outbox: deliveries created with their alerts, claimed with a lease, settled per attempt."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, delete, func, literal, select, true, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session, aliased

from dje_monitor.alertas.models import Alerta
from dje_monitor.notificacoes.mensagens import DadosAlerta
from dje_monitor.notificacoes.models import (
    AGRUPADA,
    AGUARDANDO_DIGEST,
    ENVIADA,
    ENVIANDO,
    FALHOU,
    INTERROMPIDA,
    PENDENTE,
    Canal,
    Entrega,
    TentativaEntrega,
)
from dje_monitor.pessoas.models import PessoaMonitorada
from dje_monitor.publicacoes.models import Publicacao
from dje_monitor.publicacoes.repository import TAMANHO_RESUMO

INTERROMPIDO = "Envio interrompido (o worker parou antes de confirmar); será repetido."


def criar_entregas(session: Session, alerta_ids: Sequence[int]) -> int:
    """One delivery per new alert and enabled channel, in the alert's own transaction (invariant 2)."""
    if not alerta_ids:
        return 0
    digest = Canal.digest_diario.is_(True)
    origem = (
        select(
            Alerta.id,
            Canal.id,
            case((digest, literal(AGUARDANDO_DIGEST)), else_=literal(PENDENTE)),
            case((digest, None), else_=func.now()),
        )
        .join(Canal, true())
        .where(Alerta.id.in_(sorted(set(alerta_ids))), Canal.ativo.is_(True))
    )
    stmt = (
        insert(Entrega)
        .from_select(["alerta_id", "canal_id", "status", "proximo_envio"], origem)
        .on_conflict_do_nothing(constraint="uq_entrega")
        .returning(Entrega.id)
    )
    return len(list(session.scalars(stmt)))


def liberar_concessoes_vencidas(session: Session, limite: datetime, instante: datetime) -> int:
    """Deliveries claimed before `limite` were interrupted (worker killed): pending again, attempt logged."""
    vencidas = (
        update(Entrega)
        .where(Entrega.status == ENVIANDO, Entrega.reivindicado_em < limite)
        .values(
            status=PENDENTE,
            proximo_envio=instante,
            tentativas=Entrega.tentativas + 1,
            ultimo_erro=INTERROMPIDO,
        )
        .returning(Entrega.id, Entrega.reivindicado_em)
        .cte("vencidas")
    )
    stmt = (
        insert(TentativaEntrega)
        .from_select(
            ["entrega_id", "quando", "status", "erro"],
            select(vencidas.c.id, vencidas.c.reivindicado_em, literal(INTERROMPIDA), literal(INTERROMPIDO)),
        )
        .returning(TentativaEntrega.id)
    )
    return len(list(session.scalars(stmt)))


def reivindicar_proxima(session: Session, instante: datetime) -> Entrega | None:
    """Claims the most overdue pending delivery of an enabled channel that is not sending another one.

    One send at a time per channel: a 429's Retry-After then holds every message of the channel, none
    already on its way (and chats are rate-limited per chat anyway). Locking the channel row with SKIP
    LOCKED keeps two claimers from taking two deliveries of one channel in the same instant; once the
    claim commits, the ENVIANDO row keeps the channel busy until the send is settled or its lease ends.
    """
    ocupada = aliased(Entrega)
    enviando = select(ocupada.id).where(ocupada.canal_id == Entrega.canal_id, ocupada.status == ENVIANDO)
    devida = (
        select(Entrega.id)
        .join(Canal, Canal.id == Entrega.canal_id)
        .where(
            Entrega.status == PENDENTE,
            Entrega.proximo_envio <= instante,
            Canal.ativo.is_(True),
            ~enviando.exists(),
        )
        .order_by(Entrega.proximo_envio, Entrega.id)
        .limit(1)
        .with_for_update(of=[Entrega, Canal], skip_locked=True)
        .scalar_subquery()
    )
    stmt = (
        update(Entrega)
        .where(Entrega.id == devida)
        .values(status=ENVIANDO, reivindicado_em=instante)
        .returning(Entrega)
    )
    return session.scalars(stmt, execution_options={"synchronize_session": False}).one_or_none()


def dados_alertas(session: Session, alerta_ids: Sequence[int]) -> list[DadosAlerta]:
    linhas = session.execute(
        select(
            Alerta.id,
            Alerta.tipo,
            Alerta.criado_em,
            Alerta.pessoa_id,
            PessoaMonitorada.nome,
            Publicacao.id,
            Publicacao.data_disponibilizacao,
            Publicacao.sigla_tribunal,
            Publicacao.tipo_comunicacao,
            Publicacao.numero_processo,
            Publicacao.nome_orgao,
            func.left(Publicacao.texto, TAMANHO_RESUMO),
            Publicacao.link,
            Publicacao.ativo,
            Publicacao.motivo_cancelamento,
        )
        .join(PessoaMonitorada, PessoaMonitorada.id == Alerta.pessoa_id)
        .join(Publicacao, Publicacao.id == Alerta.publicacao_id)
        .where(Alerta.id.in_(list(alerta_ids)))
        .order_by(Alerta.criado_em, Alerta.id)
    ).all()
    return [DadosAlerta(*linha) for linha in linhas]  # type: ignore[call-arg]


def alertas_do_digest(session: Session, digest_id: int) -> list[int]:
    stmt = select(Entrega.alerta_id).where(Entrega.digest_id == digest_id, Entrega.alerta_id.is_not(None))
    return [int(i) for i in session.scalars(stmt) if i is not None]


def registrar_tentativa(
    session: Session, entrega_id: int, quando: datetime, status: str, erro: str | None, duracao_ms: int
) -> None:
    session.execute(
        insert(TentativaEntrega).values(
            entrega_id=entrega_id, quando=quando, status=status, erro=erro, duracao_ms=duracao_ms
        )
    )


def marcar_enviada(session: Session, entrega_id: int, instante: datetime) -> None:
    """Settles a confirmed send (and a digest's grouped deliveries); an already sent one stays as it is."""
    session.execute(
        update(Entrega)
        .where(Entrega.id == entrega_id, Entrega.status != ENVIADA)
        .values(status=ENVIADA, enviado_em=instante, tentativas=Entrega.tentativas + 1, ultimo_erro=None)
    )
    session.execute(
        update(Entrega)
        .where(Entrega.digest_id == entrega_id, Entrega.status == AGRUPADA)
        .values(status=ENVIADA, enviado_em=instante)
    )


def _ainda_minha(entrega_id: int, concessao: datetime) -> tuple[Any, ...]:
    # A lease taken over (it expired and another worker claimed it) is no longer ours to settle.
    return (Entrega.id == entrega_id, Entrega.status == ENVIANDO, Entrega.reivindicado_em == concessao)


def reagendar(session: Session, entrega_id: int, concessao: datetime, proximo: datetime, erro: str) -> None:
    session.execute(
        update(Entrega)
        .where(*_ainda_minha(entrega_id, concessao))
        .values(status=PENDENTE, proximo_envio=proximo, tentativas=Entrega.tentativas + 1, ultimo_erro=erro)
    )


def marcar_falhou(session: Session, entrega_id: int, concessao: datetime, erro: str) -> None:
    resultado = session.execute(
        update(Entrega)
        .where(*_ainda_minha(entrega_id, concessao))
        .values(status=FALHOU, tentativas=Entrega.tentativas + 1, ultimo_erro=erro)
        .returning(Entrega.id)
    )
    if resultado.first() is not None:
        session.execute(
            update(Entrega)
            .where(Entrega.digest_id == entrega_id, Entrega.status == AGRUPADA)
            .values(status=FALHOU)
        )


def adiar_canal(session: Session, canal_id: int, ate: datetime) -> None:
    """A failing or rate-limited channel: its other pending deliveries wait too, instead of piling on."""
    session.execute(
        update(Entrega)
        .where(Entrega.canal_id == canal_id, Entrega.status == PENDENTE, Entrega.proximo_envio < ate)
        .values(proximo_envio=ate)
    )


def proximo_devido(session: Session) -> datetime | None:
    """When the next pending delivery of an enabled channel is due (None: nothing pending)."""
    stmt = (
        select(func.min(Entrega.proximo_envio))
        .join(Canal, Canal.id == Entrega.canal_id)
        .where(Entrega.status == PENDENTE, Canal.ativo.is_(True))
    )
    return session.scalar(stmt)


def retomar_canal(session: Session, canal_id: int, instante: datetime, digest: bool) -> None:
    """A re-enabled channel sends its pending deliveries now; without digest, waiting ones go out too."""
    status = [PENDENTE] if digest else [PENDENTE, AGUARDANDO_DIGEST]
    session.execute(
        update(Entrega)
        .where(Entrega.canal_id == canal_id, Entrega.status.in_(status))
        .values(status=PENDENTE, proximo_envio=instante)
    )


# --- daily digest -----------------------------------------------------------------------------------


def canais_com_digest(session: Session) -> list[int]:
    stmt = select(Canal.id).where(Canal.ativo.is_(True), Canal.digest_diario.is_(True)).order_by(Canal.id)
    return list(session.scalars(stmt))


def criar_digest(session: Session, canal_id: int, dia: date, instante: datetime) -> int | None:
    """The channel's digest of `dia`, grouping every delivery waiting for it; None if already made or empty.

    Unique on (channel, day): a second run the same day does nothing (idempotent per Brazilian day).
    """
    digest_id = session.scalar(
        insert(Entrega)
        .values(canal_id=canal_id, digest_dia=dia, status=PENDENTE, proximo_envio=instante)
        .on_conflict_do_nothing(constraint="uq_entrega_digest")
        .returning(Entrega.id)
    )
    if digest_id is None:
        return None
    agrupadas = session.execute(
        update(Entrega)
        .where(Entrega.canal_id == canal_id, Entrega.status == AGUARDANDO_DIGEST)
        .values(status=AGRUPADA, digest_id=digest_id)
        .returning(Entrega.id)
    ).all()
    if not agrupadas:
        # Nothing to tell: no empty message; a later run today may still group what arrives meanwhile.
        session.execute(delete(Entrega).where(Entrega.id == digest_id))
        return None
    return int(digest_id)
