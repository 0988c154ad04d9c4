"""SQL for monitored parties: lookups, the scheduler's claim and the schedule after a check."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from dje_monitor.pessoas.models import PessoaMonitorada as P

VIVA = (P.ativo.is_(True), P.removido_em.is_(None))


def obter(session: Session, pessoa_id: int) -> P | None:
    return session.get(P, pessoa_id)


def pessoas_para_verificar_batch(session: Session, limite: int, agora: datetime) -> list[tuple[int, bool]]:
    """Claims up to `limite` due parties, oldest `proximo_check` first, marking `reivindicado_em`.

    SKIP LOCKED makes concurrent claimers take disjoint sets; a claimed party is not due again until its
    check ends (or the reconciler finds its message lost). Returns (id, baseline_pendente) pairs.
    """
    devidas = (
        select(P.id)
        .where(*VIVA, P.reivindicado_em.is_(None), (P.proximo_check.is_(None)) | (P.proximo_check <= agora))
        .order_by(P.proximo_check.asc().nulls_first(), P.id)
        .limit(limite)
        .with_for_update(skip_locked=True)
    )
    linhas = session.execute(
        update(P)
        .where(P.id.in_(devidas.scalar_subquery()))
        .values(reivindicado_em=agora)
        .returning(P.id, P.baseline_concluido_em.is_(None), P.proximo_check)
    ).all()
    linhas.sort(key=lambda linha: (linha[2] is not None, linha[2] or agora, linha[0]))
    return [(int(linha[0]), bool(linha[1])) for linha in linhas]


def reivindicar(session: Session, pessoa_id: int, agora: datetime) -> None:
    """Claims one party for an explicit request (creation, "verificar agora")."""
    session.execute(update(P).where(P.id == pessoa_id).values(reivindicado_em=agora))


def liberar(session: Session, pessoa_ids: list[int]) -> None:
    """Drops claims whose message could not be sent, so the next tick claims them again."""
    if pessoa_ids:
        session.execute(update(P).where(P.id.in_(pessoa_ids)).values(reivindicado_em=None))


def tornar_todas_devidas(session: Session, agora: datetime) -> int:
    """`?todas=true`: every live party with a baseline is due now."""
    resultado = session.execute(
        update(P)
        .where(*VIVA, P.baseline_concluido_em.is_not(None), P.reivindicado_em.is_(None))
        .values(proximo_check=agora)
    )
    return int(resultado.rowcount)  # type: ignore[attr-defined]


def reivindicadas_antes(session: Session, limite: datetime) -> list[tuple[int, bool]]:
    linhas = session.execute(
        select(P.id, P.baseline_concluido_em.is_(None))
        .where(*VIVA, P.reivindicado_em < limite)
        .order_by(P.id)
    ).all()
    return [(int(i), bool(pendente)) for i, pendente in linhas]


def renovar_reivindicacao(
    session: Session, pessoa_ids: list[int], limite: datetime, agora: datetime
) -> list[int]:
    """Renews claims still older than `limite`; returns the ids renewed."""
    if not pessoa_ids:
        return []
    stmt = (
        update(P)
        .where(P.id.in_(pessoa_ids), P.reivindicado_em < limite)
        .values(reivindicado_em=agora)
        .returning(P.id)
    )
    return [int(i) for i in session.scalars(stmt)]


def registrar_sucesso(
    session: Session,
    pessoa_id: int,
    agora: datetime,
    proximo: datetime,
    janela_fim: date,
    baseline: bool,
) -> None:
    valores: dict[str, object] = {
        "ultimo_check": agora,
        "proximo_check": proximo,
        "janela_fim": janela_fim,
        "reivindicado_em": None,
        "falhas_consecutivas": 0,
        "ultimo_erro": None,
    }
    if baseline:
        valores["baseline_concluido_em"] = agora
    session.execute(update(P).where(P.id == pessoa_id).values(**valores))


def registrar_erro(session: Session, pessoa_id: int, erro: str) -> None:
    """A failed attempt that will be retried: the error shows, the schedule does not move."""
    session.execute(update(P).where(P.id == pessoa_id).values(ultimo_erro=erro))


def reagendar_apos_falha(session: Session, pessoa_id: int, erro: str, proximo: datetime) -> None:
    """Retries exhausted: back off, release the claim; `ultimo_check` and the window stay untouched."""
    session.execute(
        update(P)
        .where(P.id == pessoa_id)
        .values(
            ultimo_erro=erro,
            proximo_check=proximo,
            reivindicado_em=None,
            falhas_consecutivas=P.falhas_consecutivas + 1,
        )
    )


def desativar_expiradas(session: Session, hoje: date) -> int:
    resultado = session.execute(
        update(P).where(*VIVA, P.data_expiracao.is_not(None), P.data_expiracao < hoje).values(ativo=False)
    )
    return int(resultado.rowcount)  # type: ignore[attr-defined]
