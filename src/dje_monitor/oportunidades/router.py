"""/api/v1/oportunidades: the list grouped by process, "sweep now", and the patterns (CRUD)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response, status

from dje_monitor.esquemas import IdPath, Mensagem
from dje_monitor.oportunidades import service
from dje_monitor.oportunidades.schemas import (
    FiltrosOportunidades,
    FiltrosPadroes,
    GrupoOportunidades,
    PadraoAtualizacao,
    PadraoEntrada,
    PadraoSaida,
)
from dje_monitor.paginacao import Pagina, Paginacao, paginacao
from dje_monitor.sessao_http import Sessao

router = APIRouter(prefix="/api/v1/oportunidades", tags=["oportunidades de crédito"])
Pag = Annotated[Paginacao, Depends(paginacao)]
_NAO_ENCONTRADO: dict[int | str, dict[str, Any]] = {404: {"description": service.PADRAO_NAO_ENCONTRADO}}
_NOME_EM_USO: dict[int | str, dict[str, Any]] = {409: {"description": service.NOME_EM_USO}}


@router.get(
    "",
    response_model=Pagina[GrupoOportunidades],
    summary="Oportunidades de crédito agrupadas por processo, mais recentes primeiro",
)
def listar(
    filtros: Annotated[FiltrosOportunidades, Query()], pag: Pag, session: Sessao
) -> Pagina[GrupoOportunidades]:
    return service.listar(session, filtros, pag)


@router.post(
    "/varrer",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=Mensagem,
    summary="Enfileira uma varredura de oportunidades agora",
    responses={503: {"description": "Fila indisponível"}},
)
def varrer(session: Sessao) -> Mensagem:
    return service.varrer_agora(session)


@router.get("/padroes", response_model=Pagina[PadraoSaida], summary="Padrões de oportunidade")
def listar_padroes(
    filtros: Annotated[FiltrosPadroes, Query()], pag: Pag, session: Sessao
) -> Pagina[PadraoSaida]:
    return service.listar_padroes(session, filtros, pag)


@router.post(
    "/padroes",
    status_code=status.HTTP_201_CREATED,
    response_model=PadraoSaida,
    summary="Cria um padrão (e enfileira uma varredura)",
    responses=_NOME_EM_USO,
)
def criar_padrao(dados: PadraoEntrada, session: Sessao) -> PadraoSaida:
    return service.criar_padrao(session, dados)


@router.get("/padroes/{padrao_id}", response_model=PadraoSaida, responses=_NAO_ENCONTRADO)
def obter_padrao(padrao_id: IdPath, session: Sessao) -> PadraoSaida:
    return service.obter_padrao(session, padrao_id)


@router.patch(
    "/padroes/{padrao_id}",
    response_model=PadraoSaida,
    summary="Altera um padrão (e enfileira uma varredura)",
    responses={**_NAO_ENCONTRADO, **_NOME_EM_USO},
)
def atualizar_padrao(padrao_id: IdPath, dados: PadraoAtualizacao, session: Sessao) -> PadraoSaida:
    return service.atualizar_padrao(session, padrao_id, dados)


@router.delete(
    "/padroes/{padrao_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=_NAO_ENCONTRADO,
)
def excluir_padrao(padrao_id: IdPath, session: Sessao) -> None:
    service.excluir_padrao(session, padrao_id)
