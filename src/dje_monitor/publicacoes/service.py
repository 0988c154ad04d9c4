"""Reading publications: a party's list (flat or grouped by process) and one publication in full."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from dje_monitor.errors import NaoEncontrado
from dje_monitor.paginacao import Pagina, Paginacao
from dje_monitor.pessoas import repository as pessoas_repo
from dje_monitor.pessoas.service import PESSOA_NAO_ENCONTRADA
from dje_monitor.publicacoes import repository as repo
from dje_monitor.publicacoes.schemas import GrupoProcesso, PublicacaoDetalhe, PublicacaoResumo


def _resumo(linha: Row[Any]) -> PublicacaoResumo:
    return PublicacaoResumo.model_validate(linha)


def da_pessoa(
    session: Session, pessoa_id: int, paginacao: Paginacao, agrupar_por_processo: bool
) -> Pagina[PublicacaoResumo] | Pagina[GrupoProcesso]:
    """Newest first; grouped, the page counts processes and each carries all its publications."""
    if not pessoas_repo.viva(session, pessoa_id):
        raise NaoEncontrado(PESSOA_NAO_ENCONTRADA)
    if not agrupar_por_processo:
        total, linhas = repo.listar_da_pessoa(session, pessoa_id, paginacao.offset, paginacao.por_pagina)
        return paginacao.montar([_resumo(linha) for linha in linhas], total)
    total, processos = repo.processos_da_pessoa(session, pessoa_id, paginacao.offset, paginacao.por_pagina)
    por_processo: dict[str | None, list[PublicacaoResumo]] = {p: [] for p in processos}
    for linha in repo.da_pessoa_nos_processos(session, pessoa_id, processos):
        por_processo[linha.numero_processo].append(_resumo(linha))
    grupos = [GrupoProcesso(numero_processo=p, publicacoes=itens) for p, itens in por_processo.items()]
    return paginacao.montar(grupos, total)


def obter(session: Session, publicacao_id: int) -> PublicacaoDetalhe:
    publicacao = repo.obter(session, publicacao_id)
    if publicacao is None:
        raise NaoEncontrado("Publicação não encontrada")
    return PublicacaoDetalhe.model_validate(publicacao)
