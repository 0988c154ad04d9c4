"""SQL for credit opportunities: patterns, and the API's list by process (sweep: repository_varredura)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, delete, exists, func, not_, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from dje_monitor.alertas.models import OPORTUNIDADE_CREDITO, Alerta
from dje_monitor.oportunidades.models import OcorrenciaPadrao as Oc
from dje_monitor.oportunidades.models import Oportunidade as O
from dje_monitor.oportunidades.models import PadraoOportunidade as Pd
from dje_monitor.pessoas.models import PessoaMonitorada as Pm
from dje_monitor.publicacoes.models import Publicacao as P

# Rows and statements of any shape (SQLAlchemy 2.1 types each column; these are read by name).
Linha = Row[*tuple[Any, ...]]
Consulta = Select[*tuple[Any, ...]]


# --- patterns --------------------------------------------------------------------------------------


def listar_padroes(
    session: Session, *, offset: int, limite: int, tipo: str | None = None, ativo: bool | None = None
) -> tuple[int, list[Pd]]:
    filtros: list[ColumnElement[bool]] = []
    if tipo is not None:
        filtros.append(Pd.tipo == tipo)
    if ativo is not None:
        filtros.append(Pd.ativo.is_(ativo))
    total = session.scalar(select(func.count()).select_from(Pd).where(*filtros)) or 0
    stmt = select(Pd).where(*filtros).order_by(Pd.tipo.desc(), Pd.ordem, Pd.id).offset(offset).limit(limite)
    return int(total), list(session.scalars(stmt))


def obter_padrao(session: Session, padrao_id: int) -> Pd | None:
    stmt = select(Pd).where(Pd.id == padrao_id).execution_options(populate_existing=True)
    return session.scalars(stmt).first()


def inserir_padrao(session: Session, valores: dict[str, Any]) -> int | None:
    """The new pattern's id; None when the name is taken."""
    stmt = (
        insert(Pd)
        .values(**valores)
        .on_conflict_do_nothing(constraint="uq_padroes_oportunidade_nome")
        .returning(Pd.id)
    )
    return session.scalar(stmt)


def atualizar_padrao(session: Session, padrao_id: int, valores: dict[str, Any]) -> bool | None:
    """True if updated, None if absent, False when the new name belongs to another pattern."""
    try:
        with session.begin_nested():
            atualizado = session.scalar(
                update(Pd).where(Pd.id == padrao_id).values(**valores).returning(Pd.id)
            )
    except IntegrityError as erro:
        if "uq_padroes_oportunidade_nome" not in str(erro.orig):
            raise
        return False
    return None if atualizado is None else True


def excluir_padrao(session: Session, padrao_id: int) -> bool:
    return session.scalar(delete(Pd).where(Pd.id == padrao_id).returning(Pd.id)) is not None


def id_por_nome(session: Session, nome: str) -> int | None:
    return session.scalar(select(Pd.id).where(Pd.nome == nome))


# --- API: the list grouped by process ------------------------------------------------------------

# Standing: not cancelled by a later negative and the publication itself not cancelled in DJEN.
_EM_PE = and_(O.cancelada_por_publicacao_id.is_(None), P.ativo)


@dataclass(frozen=True)
class Filtros:
    inicio: date
    pessoa_id: int | None = None
    padrao_positivo_id: int | None = None
    padrao_negativo_id: int | None = None
    situacao: str = "ativas"


def _condicoes(filtros: Filtros) -> list[ColumnElement[bool]]:
    condicoes: list[ColumnElement[bool]] = [
        P.data_disponibilizacao >= filtros.inicio,
        Pm.removido_em.is_(None),
    ]
    if filtros.pessoa_id is not None:
        condicoes.append(O.pessoa_id == filtros.pessoa_id)
    if filtros.padrao_positivo_id is not None:
        # Its own alias: the list also joins the principal pattern's occurrence, which must not correlate.
        ocorrencia = aliased(Oc)
        condicoes.append(
            exists().where(
                ocorrencia.publicacao_id == O.publicacao_id,
                ocorrencia.padrao_id == filtros.padrao_positivo_id,
            )
        )
    if filtros.padrao_negativo_id is not None:
        condicoes.append(O.cancelada_por_padrao_id == filtros.padrao_negativo_id)
    if filtros.situacao == "ativas":
        condicoes.append(_EM_PE)
    elif filtros.situacao == "canceladas":
        condicoes.append(not_(_EM_PE))
    return condicoes


def _de(stmt: Consulta, filtros: Filtros) -> Consulta:
    return (
        stmt.select_from(O)
        .join(P, P.id == O.publicacao_id)
        .join(Pm, Pm.id == O.pessoa_id)
        .where(*_condicoes(filtros))
    )


def processos(session: Session, filtros: Filtros, offset: int, limite: int) -> tuple[int, list[str | None]]:
    """(total, page) of process numbers, the most recently published first (None: no number)."""
    ultima = func.max(P.data_disponibilizacao)
    grupos = _de(select(P.numero_processo, ultima.label("ultima")), filtros).group_by(P.numero_processo)
    total = session.scalar(select(func.count()).select_from(grupos.subquery()))
    pagina = grupos.order_by(ultima.desc(), P.numero_processo.asc().nulls_last()).offset(offset).limit(limite)
    return int(total or 0), [linha.numero_processo for linha in session.execute(pagina)]


def nos_processos(session: Session, filtros: Filtros, numeros: Sequence[str | None]) -> list[Linha]:
    cancelou = aliased(P)
    padrao_cancelou = aliased(Pd)
    no_processo: ColumnElement[bool] = P.numero_processo.in_([n for n in numeros if n is not None])
    if None in numeros:
        no_processo = no_processo | P.numero_processo.is_(None)
    colunas = select(
        O.id,
        O.pessoa_id,
        Pm.nome.label("pessoa_nome"),
        O.padrao_id,
        Pd.nome.label("padrao_nome"),
        func.coalesce(Oc.trecho, "").label("trecho"),
        O.detectada_em,
        P.id.label("publicacao_id"),
        P.data_disponibilizacao,
        P.sigla_tribunal,
        P.tipo_comunicacao,
        P.numero_processo,
        P.link,
        P.ativo,
        O.cancelada_por_publicacao_id,
        cancelou.data_disponibilizacao.label("cancelada_por_data"),
        O.cancelada_por_padrao_id,
        padrao_cancelou.nome.label("cancelada_por_padrao_nome"),
        Alerta.id.label("alerta_id"),
    )
    stmt = (
        _de(colunas, filtros)
        .join(Pd, Pd.id == O.padrao_id)
        .outerjoin(Oc, and_(Oc.publicacao_id == O.publicacao_id, Oc.padrao_id == O.padrao_id))
        .outerjoin(cancelou, cancelou.id == O.cancelada_por_publicacao_id)
        .outerjoin(padrao_cancelou, padrao_cancelou.id == O.cancelada_por_padrao_id)
        .outerjoin(
            Alerta,
            and_(
                Alerta.pessoa_id == O.pessoa_id,
                Alerta.publicacao_id == O.publicacao_id,
                Alerta.tipo == OPORTUNIDADE_CREDITO,
            ),
        )
        .where(no_processo)
        .order_by(P.data_disponibilizacao.desc(), P.id.desc(), O.pessoa_id)
    )
    return list(session.execute(stmt).all())
