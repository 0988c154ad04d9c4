"""SQL for publications and party links. Uniqueness is the database's job (ON CONFLICT)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Row, Select, case, func, select
from sqlalchemy.dialects.postgresql import Insert, insert
from sqlalchemy.orm import Session

from dje_monitor.publicacoes.models import PessoaPublicacao, Publicacao

if TYPE_CHECKING:
    from dje_monitor.djen.schemas import ComunicacaoDjen

LOTE = 500
# Invariant 7: a re-fetch updates the stored row (cancellation, new text, new link). A field the new
# payload lacks (null, missing key, empty list) keeps the stored value: one glitchy page must not erase
# what an earlier complete one gave, and a complete page fills what an earlier glitchy one left empty.
ATUALIZAVEIS = (
    "hash", "sigla_tribunal", "tipo_comunicacao", "nome_orgao", "texto", "texto_original", "numero_processo",
    "meio", "link", "tipo_documento", "nome_classe", "codigo_classe", "numero_comunicacao",
)  # fmt: skip
# Only a cancelled item keeps a stored reason when the payload lacks it; an active one clears it.
CANCELAMENTO = ("motivo_cancelamento", "data_cancelamento")
LISTAS = ("destinatarios", "advogados")


def _linha(item: ComunicacaoDjen) -> dict[str, Any]:
    return {
        "id": item.id,
        "hash": item.hash,
        "data_disponibilizacao": item.data_disponibilizacao,
        "sigla_tribunal": item.sigla_tribunal,
        "tipo_comunicacao": item.tipo_comunicacao,
        "nome_orgao": item.nome_orgao,
        "texto": item.texto,
        "texto_original": item.texto_original,
        "numero_processo": item.numero_processo,
        "meio": item.meio,
        "link": item.link,
        "tipo_documento": item.tipo_documento,
        "nome_classe": item.nome_classe,
        "codigo_classe": item.codigo_classe,
        "numero_comunicacao": item.numero_comunicacao,
        "ativo": item.ativo,
        "motivo_cancelamento": item.motivo_cancelamento,
        "data_cancelamento": item.data_cancelamento,
        "destinatarios": [d.model_dump() for d in item.destinatarios],
        "advogados": [a.model_dump() for a in item.advogados],
    }


def _lotes(valores: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for inicio in range(0, len(valores), LOTE):
        yield valores[inicio : inicio + LOTE]


def gravar_publicacoes(session: Session, itens: Iterable[ComunicacaoDjen]) -> None:
    """Insert new publications, update changed ones; rows sorted by id so concurrent checks never deadlock."""
    linhas = sorted((_linha(i) for i in itens), key=lambda linha: linha["id"])
    for lote in _lotes(linhas):
        stmt = insert(Publicacao).values(list(lote))
        novos = _valores_atualizados(stmt)
        mudou = func.row(*(getattr(Publicacao, c) for c in novos)).is_distinct_from(func.row(*novos.values()))
        session.execute(
            stmt.on_conflict_do_update(
                index_elements=[Publicacao.id],
                set_={**novos, "atualizado_em": func.now()},
                where=mudou,
            )
        )


def _valores_atualizados(stmt: Insert) -> dict[str, ColumnElement[Any]]:
    novo = stmt.excluded
    valores: dict[str, ColumnElement[Any]] = {"ativo": novo.ativo}
    for campo in ATUALIZAVEIS:
        recebido: ColumnElement[Any] = novo[campo]
        if campo == "texto":
            recebido = func.nullif(recebido, "")  # the parser's "" for a missing texto
        valores[campo] = func.coalesce(recebido, getattr(Publicacao, campo))
    for campo in CANCELAMENTO:
        mantido = func.coalesce(novo[campo], getattr(Publicacao, campo))
        valores[campo] = case((novo.ativo, novo[campo]), else_=mantido)
    for campo in LISTAS:
        atual = getattr(Publicacao, campo)
        valores[campo] = case((func.jsonb_array_length(novo[campo]) > 0, novo[campo]), else_=atual)
    return valores


def vincular(session: Session, pessoa_id: int, publicacao_ids: Iterable[int], baseline: bool) -> list[int]:
    """Links the party to each publication once; returns the publication ids newly linked."""
    ids = sorted(set(publicacao_ids))
    novos: list[int] = []
    for lote in _lotes(ids):
        stmt = (
            insert(PessoaPublicacao)
            .values([{"pessoa_id": pessoa_id, "publicacao_id": pid, "baseline": baseline} for pid in lote])
            .on_conflict_do_nothing(constraint="uq_pessoa_publicacao")
            .returning(PessoaPublicacao.publicacao_id)
        )
        novos.extend(session.scalars(stmt))
    return novos


def ativas(session: Session, publicacao_ids: Iterable[int]) -> set[int]:
    ids = list(publicacao_ids)
    if not ids:
        return set()
    return set(session.scalars(select(Publicacao.id).where(Publicacao.id.in_(ids), Publicacao.ativo)))


# --- API: reading a party's publications -----------------------------------------------------------

TAMANHO_RESUMO = 300
# A list never carries whole texts (an edital can be megabytes): the first characters, as `resumo`.
_RESUMO = (
    Publicacao.id,
    Publicacao.data_disponibilizacao,
    Publicacao.sigla_tribunal,
    Publicacao.tipo_comunicacao,
    Publicacao.nome_orgao,
    Publicacao.numero_processo,
    Publicacao.link,
    Publicacao.tipo_documento,
    Publicacao.nome_classe,
    Publicacao.ativo,
    Publicacao.motivo_cancelamento,
    Publicacao.data_cancelamento,
    Publicacao.destinatarios,
    func.left(Publicacao.texto, TAMANHO_RESUMO).label("resumo"),
    PessoaPublicacao.baseline,
    PessoaPublicacao.criado_em.label("vinculado_em"),
)
_MAIS_RECENTES = (Publicacao.data_disponibilizacao.desc(), Publicacao.id.desc())


def _da_pessoa(pessoa_id: int) -> Select[Any]:
    return (
        select(*_RESUMO)
        .join(PessoaPublicacao, PessoaPublicacao.publicacao_id == Publicacao.id)
        .where(PessoaPublicacao.pessoa_id == pessoa_id)
    )


def listar_da_pessoa(
    session: Session, pessoa_id: int, offset: int, limite: int
) -> tuple[int, list[Row[Any]]]:
    """(total, page) of the party's publications, newest first."""
    total = session.scalar(
        select(func.count()).select_from(PessoaPublicacao).where(PessoaPublicacao.pessoa_id == pessoa_id)
    )
    linhas = session.execute(
        _da_pessoa(pessoa_id).order_by(*_MAIS_RECENTES).offset(offset).limit(limite)
    ).all()
    return int(total or 0), list(linhas)


def processos_da_pessoa(
    session: Session, pessoa_id: int, offset: int, limite: int
) -> tuple[int, list[str | None]]:
    """(total, page) of the party's process numbers, the most recently published first (None: no number)."""
    grupos = (
        select(Publicacao.numero_processo, func.max(Publicacao.data_disponibilizacao).label("ultima"))
        .join(PessoaPublicacao, PessoaPublicacao.publicacao_id == Publicacao.id)
        .where(PessoaPublicacao.pessoa_id == pessoa_id)
        .group_by(Publicacao.numero_processo)
    )
    total = session.scalar(select(func.count()).select_from(grupos.subquery()))
    ordenados = grupos.order_by(
        func.max(Publicacao.data_disponibilizacao).desc(), Publicacao.numero_processo.asc().nulls_last()
    )
    processos = session.scalars(ordenados.offset(offset).limit(limite)).all()
    return int(total or 0), list(processos)


def da_pessoa_nos_processos(
    session: Session, pessoa_id: int, processos: Sequence[str | None]
) -> list[Row[Any]]:
    numeros = [p for p in processos if p is not None]
    condicao: ColumnElement[bool] = Publicacao.numero_processo.in_(numeros)
    if None in processos:
        condicao = condicao | Publicacao.numero_processo.is_(None)
    return list(session.execute(_da_pessoa(pessoa_id).where(condicao).order_by(*_MAIS_RECENTES)).all())


def obter(session: Session, publicacao_id: int) -> Publicacao | None:
    return session.get(Publicacao, publicacao_id)
