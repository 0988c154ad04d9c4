"""SQL for monitored parties: lookups, the scheduler's claim and the schedule after a check."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, delete, func, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dje_monitor.alertas.models import Alerta
from dje_monitor.pessoas.models import PessoaMonitorada as P
from dje_monitor.publicacoes.models import PessoaPublicacao

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
    linhas = list(
        session.execute(
            update(P)
            .where(P.id.in_(devidas.scalar_subquery()))
            .values(reivindicado_em=agora)
            .returning(P.id, P.baseline_concluido_em.is_(None), P.proximo_check)
        ).all()
    )
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
    nome_normalizado: str,
) -> None:
    """Schedules the next check. Only when the party still has the name the check searched for:
    a rename mid-check re-baselines, and this late result must not mark the new baseline done."""
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
    session.execute(
        update(P).where(P.id == pessoa_id, P.nome_normalizado == nome_normalizado).values(**valores)
    )


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


# --- API: registration, listing and editing -------------------------------------------------------

# The identity of the partial unique index uq_pessoas_identidade, spelled as in the index so
# ON CONFLICT can infer it (a bound parameter instead of '' would not match the index expression).
IDENTIDADE: list[Any] = [
    P.nome_normalizado,
    text("coalesce(cpf_cnpj, '')"),
    text("coalesce(tribunal_filtro, '')"),
]


def inserir(session: Session, valores: dict[str, Any]) -> int | None:
    """Inserts a party unless a live one has the same identity; None means it already exists."""
    stmt = (
        insert(P)
        .values(**valores)
        .on_conflict_do_nothing(index_elements=IDENTIDADE, index_where=P.removido_em.is_(None))
        .returning(P.id)
    )
    return session.scalar(stmt)


def id_por_identidade(
    session: Session, nome_normalizado: str, cpf_cnpj: str | None, tribunal: str | None
) -> int | None:
    stmt = select(P.id).where(
        P.nome_normalizado == nome_normalizado,
        func.coalesce(P.cpf_cnpj, "") == (cpf_cnpj or ""),
        func.coalesce(P.tribunal_filtro, "") == (tribunal or ""),
        P.removido_em.is_(None),
    )
    return session.scalar(stmt)


def excluir(session: Session, pessoa_id: int) -> None:
    """Hard delete: only to undo a registration whose first message could not be sent."""
    session.execute(delete(P).where(P.id == pessoa_id))


def obter_para_atualizar(session: Session, pessoa_id: int) -> P | None:
    """A live party, row-locked until the request's commit (two edits never interleave)."""
    stmt = (
        select(P)
        .where(P.id == pessoa_id, P.removido_em.is_(None))
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return session.scalars(stmt).first()


def atualizar(session: Session, pessoa_id: int, valores: dict[str, Any]) -> bool:
    """Updates in a savepoint; False when the new identity collides with another live party."""
    try:
        with session.begin_nested():
            session.execute(update(P).where(P.id == pessoa_id).values(**valores))
    except IntegrityError as erro:
        if "uq_pessoas_identidade" not in str(erro.orig):
            raise
        return False
    return True


def remover(session: Session, pessoa_id: int, agora: datetime) -> bool:
    stmt = (
        update(P).where(P.id == pessoa_id, P.removido_em.is_(None)).values(removido_em=agora).returning(P.id)
    )
    return session.scalar(stmt) is not None


def _com_contagens() -> Select[P, int, int]:
    """The party with its counters as correlated subqueries: one statement for any page size."""
    publicacoes = (
        select(func.count()).select_from(PessoaPublicacao).where(PessoaPublicacao.pessoa_id == P.id)
    ).scalar_subquery()
    nao_lidos = (
        select(func.count()).select_from(Alerta).where(Alerta.pessoa_id == P.id, Alerta.lido.is_(False))
    ).scalar_subquery()
    return select(P, publicacoes, nao_lidos)


def obter_com_contagens(session: Session, pessoa_id: int) -> tuple[P, int, int] | None:
    stmt = _com_contagens().where(P.id == pessoa_id, P.removido_em.is_(None))
    # populate_existing: the party may sit in the session from before an UPDATE of this request.
    linha = session.execute(stmt.execution_options(populate_existing=True)).first()
    return None if linha is None else (linha[0], int(linha[1]), int(linha[2]))


def listar(
    session: Session,
    *,
    offset: int,
    limite: int,
    nome_contem: str | None = None,
    cpf_cnpj: str | None = None,
    tribunal: str | None = None,
    ativo: bool | None = None,
    baseline_pendente: bool | None = None,
    com_erro: bool | None = None,
    expiradas_antes: tuple[bool, date] | None = None,
) -> tuple[int, list[tuple[P, int, int]]]:
    """(total, page) of live parties by normalized name; each row (party, publications, unread alerts)."""
    filtros: list[ColumnElement[bool]] = [P.removido_em.is_(None)]
    if nome_contem:
        filtros.append(P.nome_normalizado.contains(nome_contem, autoescape=True))
    if cpf_cnpj:
        filtros.append(P.cpf_cnpj == cpf_cnpj)
    if tribunal:
        filtros.append(P.tribunal_filtro == tribunal)
    if ativo is not None:
        filtros.append(P.ativo.is_(ativo))
    if baseline_pendente is not None:
        coluna = P.baseline_concluido_em
        filtros.append(coluna.is_(None) if baseline_pendente else coluna.is_not(None))
    if com_erro is not None:
        filtros.append(P.ultimo_erro.is_not(None) if com_erro else P.ultimo_erro.is_(None))
    if expiradas_antes is not None:
        expiradas, hoje = expiradas_antes
        vencida = P.data_expiracao < hoje
        filtros.append(vencida if expiradas else (P.data_expiracao.is_(None) | ~vencida))
    total = session.scalar(select(func.count()).select_from(P).where(*filtros)) or 0
    linhas = session.execute(
        _com_contagens().where(*filtros).order_by(P.nome_normalizado, P.id).offset(offset).limit(limite)
    ).all()
    return int(total), [(linha[0], int(linha[1]), int(linha[2])) for linha in linhas]


def viva(session: Session, pessoa_id: int) -> bool:
    return session.scalar(select(P.id).where(P.id == pessoa_id, P.removido_em.is_(None))) is not None
