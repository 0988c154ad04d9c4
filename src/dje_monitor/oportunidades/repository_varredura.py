"""SQL of the opportunity sweep: pending texts, occurrences, opportunities of the window, their alerts.

Split from repository.py (patterns and the API's list) only to keep files short; same rules.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import delete, exists, func, literal, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from dje_monitor.alertas import repository as alertas_repo
from dje_monitor.alertas.models import OPORTUNIDADE_CREDITO
from dje_monitor.oportunidades.models import AvaliacaoOportunidade as Av
from dje_monitor.oportunidades.models import OcorrenciaPadrao as Oc
from dje_monitor.oportunidades.models import Oportunidade as O
from dje_monitor.oportunidades.models import PadraoOportunidade as Pd
from dje_monitor.oportunidades.repository import Linha
from dje_monitor.pessoas.models import PessoaMonitorada as Pm
from dje_monitor.publicacoes.models import PessoaPublicacao as PP
from dje_monitor.publicacoes.models import Publicacao as P

# Key of the advisory lock that lets one sweep run at a time ("OPOR" in ASCII).
TRAVA_VARREDURA = 0x4F504F52
# Rows per statement: psycopg sends at most 65 535 parameters.
LOTE = 1000
T = TypeVar("T")


def _lotes(valores: Sequence[T]) -> Iterator[Sequence[T]]:
    for inicio in range(0, len(valores), LOTE):
        yield valores[inicio : inicio + LOTE]


def padroes_ativos(session: Session) -> list[Pd]:
    return list(session.scalars(select(Pd).where(Pd.ativo).order_by(Pd.id)))


def travar_varredura(session: Session) -> bool:
    """Session-level advisory lock: released by `destravar_varredura` or when the connection dies."""
    return bool(session.scalar(select(func.pg_try_advisory_lock(TRAVA_VARREDURA))))


def destravar_varredura(session: Session) -> None:
    session.execute(select(func.pg_advisory_unlock(TRAVA_VARREDURA)))


def pendentes(session: Session, inicio: date, versao: str) -> list[tuple[int, int]]:
    """(id, text size in bytes) of window publications of live parties not matched under `versao`.

    A publication re-fetched since (its `atualizado_em` moved) is pending again. octet_length reads
    the TOAST header only, so this never loads a text.
    """
    de_pessoa_viva = exists().where(PP.publicacao_id == P.id, PP.pessoa_id == Pm.id, Pm.removido_em.is_(None))
    stmt = (
        select(P.id, func.octet_length(P.texto))
        .outerjoin(Av, Av.publicacao_id == P.id)
        .where(
            P.data_disponibilizacao >= inicio,
            de_pessoa_viva,
            (Av.publicacao_id.is_(None))
            | (Av.versao_padroes != versao)
            | (Av.publicacao_atualizada_em != P.atualizado_em),
        )
        .order_by(P.id)
    )
    return [(int(i), int(t or 0)) for i, t in session.execute(stmt)]


def textos(session: Session, ids: Sequence[int]) -> list[Linha]:
    stmt = select(P.id, P.texto, P.atualizado_em).where(P.id.in_(ids)).order_by(P.id)
    return list(session.execute(stmt).all())


def gravar_avaliacoes(
    session: Session,
    versao: str,
    lidas: Sequence[tuple[int, datetime]],
    ocorrencias: Sequence[dict[str, Any]],
) -> None:
    """Replaces the occurrences of the publications read and records under which version they were.

    Parameter lists (executemany, batched by psycopg's pipeline) rather than one huge VALUES: compiling
    a statement per batch cost more than matching the texts.
    """
    ids = [publicacao_id for publicacao_id, _ in lidas]
    session.execute(delete(Oc).where(Oc.publicacao_id.in_(ids)))
    if ocorrencias:
        session.execute(insert(Oc), list(ocorrencias))
    stmt = insert(Av)
    session.execute(
        stmt.on_conflict_do_update(
            index_elements=[Av.publicacao_id],
            set_={
                "versao_padroes": stmt.excluded.versao_padroes,
                "publicacao_atualizada_em": stmt.excluded.publicacao_atualizada_em,
                "avaliada_em": func.now(),
            },
        ),
        [{"publicacao_id": i, "versao_padroes": versao, "publicacao_atualizada_em": em} for i, em in lidas],
    )


def descartar_fora_da_janela(session: Session, inicio: date) -> None:
    """Rows of publications that left the window go (DELETE … USING: cost follows these small tables)."""
    for modelo in (O, Oc, Av):
        session.execute(delete(modelo).where(modelo.publicacao_id == P.id, P.data_disponibilizacao < inicio))


def eventos(session: Session, inicio: date) -> list[Linha]:
    """Every active pattern occurring in a window publication, once per live party linked to it."""
    stmt = (
        select(
            PP.pessoa_id,
            P.id.label("publicacao_id"),
            P.numero_processo,
            P.data_disponibilizacao.label("data"),
            P.ativo.label("publicacao_ativa"),
            Oc.padrao_id,
            Pd.tipo,
            Pd.ordem,
        )
        .join(Pd, Pd.id == Oc.padrao_id)
        .join(P, P.id == Oc.publicacao_id)
        .join(PP, PP.publicacao_id == P.id)
        .join(Pm, Pm.id == PP.pessoa_id)
        .where(Pd.ativo, P.data_disponibilizacao >= inicio, Pm.removido_em.is_(None))
    )
    return list(session.execute(stmt).all())


def oportunidades_na_janela(session: Session, inicio: date) -> list[Linha]:
    stmt = (
        select(
            O.id,
            O.pessoa_id,
            O.publicacao_id,
            O.padrao_id,
            O.cancelada_por_publicacao_id,
            O.cancelada_por_padrao_id,
        )
        .join(P, P.id == O.publicacao_id)
        .where(P.data_disponibilizacao >= inicio)
    )
    return list(session.execute(stmt).all())


def gravar_oportunidades(session: Session, linhas: Sequence[dict[str, Any]]) -> None:
    if not linhas:
        return
    stmt = insert(O)
    campos = ("padrao_id", "cancelada_por_publicacao_id", "cancelada_por_padrao_id")
    session.execute(
        stmt.on_conflict_do_update(
            constraint="uq_oportunidade",
            set_={**{c: stmt.excluded[c] for c in campos}, "atualizada_em": func.now()},
        ),
        sorted(linhas, key=lambda v: (v["pessoa_id"], v["publicacao_id"])),
    )


def remover_oportunidades(session: Session, ids: Sequence[int]) -> None:
    for lote in _lotes(sorted(ids)):
        session.execute(delete(O).where(O.id.in_(lote)))


def alertar(session: Session, inicio: date) -> list[int]:
    """One OPORTUNIDADE_CREDITO per standing opportunity of an active party; the constraint makes it once.

    The window is the rule for everybody: a baseline publication inside it counts (an alvará of last
    week is news to whoever just registered the party); older ones never, baseline or not.
    """
    origem = (
        select(O.pessoa_id, O.publicacao_id, literal(OPORTUNIDADE_CREDITO))
        .join(P, P.id == O.publicacao_id)
        .join(Pm, Pm.id == O.pessoa_id)
        .where(
            O.cancelada_por_publicacao_id.is_(None),
            P.ativo,
            P.data_disponibilizacao >= inicio,
            Pm.ativo,
            Pm.removido_em.is_(None),
        )
        .order_by(O.pessoa_id, O.publicacao_id)
    )
    return alertas_repo.criar_alertas_de(session, origem)
