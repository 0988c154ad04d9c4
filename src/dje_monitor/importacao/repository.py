"""SQL of the spreadsheet import: one statement per step for the whole file, never one round trip per row."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    String,
    TableValuedAlias,
    Text,
    any_,
    bindparam,
    case,
    column,
    func,
    literal,
    null,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY, insert
from sqlalchemy.orm import Session

from dje_monitor.pessoas.models import PessoaMonitorada as P
from dje_monitor.pessoas.repository import IDENTIDADE

# One import at a time (pg_advisory_xact_lock, released at commit): two imports of one file must not
# both decide "criar" for the same CPF/CNPJ under different names.
TRAVA_IMPORTACAO = 0x646A655F696D70  # "dje_imp"

# The columns a row of the spreadsheet sets, with their SQL types (the arrays of unnest are typed by them).
_TIPOS: dict[str, Any] = {
    "nome": String(),
    "nome_normalizado": String(),
    "cpf_cnpj": String(),
    "tribunal_filtro": String(),
    "numero_processo": String(),
    "comarca": String(),
    "uf": String(),
    "data_prazo": Date(),
    "data_expiracao": Date(),
}


def _unnest(tipos: dict[str, Any], linhas: list[dict[str, Any]]) -> TableValuedAlias:
    """`unnest(:a::T1[], :b::T2[], …) AS v(a, b, …)`: every row as one array per column, so the
    statement is one round trip whatever the row count, and its SQL (compiled once, cached) never changes."""
    arrays = [
        bindparam(f"v_{nome}", [linha[nome] for linha in linhas], type_=ARRAY(tipo))
        for nome, tipo in tipos.items()
    ]
    colunas = [column(nome, tipo) for nome, tipo in tipos.items()]
    return func.unnest(*arrays).table_valued(*colunas).render_derived(name="v")


def travar(session: Session) -> None:
    session.execute(select(func.pg_advisory_xact_lock(TRAVA_IMPORTACAO)))


def candidatas(
    session: Session, nomes_normalizados: list[str], documentos: list[str], *, travar_linhas: bool
) -> list[dict[str, Any]]:
    """Live parties a row may be: same normalized name or same CPF/CNPJ. One statement (arrays, not IN
    lists); locked FOR UPDATE in the real run, so no edit interleaves between the plan and the writes."""
    stmt = select(P.id, *(P.__table__.c[nome] for nome in _TIPOS), P.variantes, P.ativo).where(
        P.removido_em.is_(None),
        or_(
            P.nome_normalizado == any_(bindparam("nomes", nomes_normalizados, type_=ARRAY(Text))),
            P.cpf_cnpj == any_(bindparam("documentos", documentos, type_=ARRAY(Text))),
        ),
    )
    if travar_linhas:
        stmt = stmt.with_for_update()
    return [dict(linha) for linha in session.execute(stmt).mappings()]


def inserir(
    session: Session, linhas: list[dict[str, Any]], instante: datetime
) -> list[tuple[int, str, str, str]]:
    """INSERT … SELECT FROM unnest … ON CONFLICT DO NOTHING on the identity index, claimed at `instante`.
    Returns (id, identity) of the rows inserted: a row missing was registered meanwhile by someone else."""
    if not linhas:
        return []
    v = _unnest(_TIPOS, linhas)
    origem = select(*(v.c[nome] for nome in _TIPOS), literal(instante, DateTime(timezone=True)))
    stmt = (
        insert(P)
        .from_select([*_TIPOS, "reivindicado_em"], origem)
        .on_conflict_do_nothing(index_elements=IDENTIDADE, index_where=P.removido_em.is_(None))
        .returning(
            P.id, P.nome_normalizado, func.coalesce(P.cpf_cnpj, ""), func.coalesce(P.tribunal_filtro, "")
        )
    )
    return [(int(r[0]), r[1], r[2], r[3]) for r in session.execute(stmt)]


def atualizar(session: Session, linhas: list[dict[str, Any]], instante: datetime) -> None:
    """UPDATE … FROM unnest(…): every planned update in one statement.

    A renamed party loses its baseline like PATCH does (invariant 3) and, when `baseline`, is claimed
    in this transaction so the scheduler does not enqueue it a second time.
    """
    if not linhas:
        return
    v = _unnest({"id": BigInteger(), **_TIPOS, "renomeada": Boolean(), "baseline": Boolean()}, linhas)
    renomeada = v.c.renomeada
    stmt = (
        update(P)
        .where(P.id == v.c.id)
        .values(
            {
                **{nome: v.c[nome] for nome in _TIPOS},
                "baseline_concluido_em": case((renomeada, null()), else_=P.baseline_concluido_em),
                "janela_fim": case((renomeada, null()), else_=P.janela_fim),
                "proximo_check": case((renomeada, null()), else_=P.proximo_check),
                "falhas_consecutivas": case((renomeada, 0), else_=P.falhas_consecutivas),
                "ultimo_erro": case((renomeada, null()), else_=P.ultimo_erro),
                # A paused party is not claimed: the scheduler takes its baseline when it is resumed.
                "reivindicado_em": case(
                    (v.c.baseline, instante), (renomeada, null()), else_=P.reivindicado_em
                ),
            }
        )
        .execution_options(synchronize_session=False)
    )
    session.execute(stmt)
    # Variants change only for a renamed party that had the new name as a variant: a few rows, so an
    # ORM bulk UPDATE by primary key (one executemany, pipelined by psycopg) rather than arrays of arrays.
    variantes = [
        {"id": linha["id"], "variantes": linha["variantes"]}
        for linha in linhas
        if linha["variantes"] is not None
    ]
    if variantes:
        session.execute(update(P), variantes)
