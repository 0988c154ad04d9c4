"""/api/v1/pessoas-monitoradas: thin handlers, each parses, calls one service function and returns."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Response, status

from dje_monitor.esquemas import IdPath
from dje_monitor.paginacao import Pagina, Paginacao, paginacao
from dje_monitor.pessoas import service
from dje_monitor.pessoas.schemas import (
    FiltrosPessoas,
    PessoaAtualizacao,
    PessoaEntrada,
    PessoaSaida,
    VerificacaoEnfileirada,
    VerificacaoSaida,
)
from dje_monitor.publicacoes import service as publicacoes_service
from dje_monitor.publicacoes.schemas import GrupoProcesso, PublicacaoResumo
from dje_monitor.sessao_http import Sessao

router = APIRouter(prefix="/api/v1/pessoas-monitoradas", tags=["pessoas monitoradas"])
Pag = Annotated[Paginacao, Depends(paginacao)]
_NAO_ENCONTRADA: dict[int | str, dict[str, Any]] = {404: {"description": service.PESSOA_NAO_ENCONTRADA}}
_DUPLICADA: dict[int | str, dict[str, Any]] = {
    409: {"description": "Já existe uma pessoa com a mesma identidade; `id` a indica"}
}


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PessoaSaida,
    summary="Cadastra uma pessoa e enfileira a verificação inicial (baseline)",
    responses={**_DUPLICADA, 503: {"description": "Fila indisponível; nada foi gravado"}},
)
def criar(dados: PessoaEntrada, session: Sessao) -> PessoaSaida:
    return service.criar(session, dados)


@router.get("", response_model=Pagina[PessoaSaida], summary="Lista as pessoas monitoradas")
def listar(filtros: Annotated[FiltrosPessoas, Query()], pag: Pag, session: Sessao) -> Pagina[PessoaSaida]:
    return service.listar(session, filtros, pag)


@router.get("/{pessoa_id}", response_model=PessoaSaida, responses=_NAO_ENCONTRADA)
def obter(pessoa_id: IdPath, session: Sessao) -> PessoaSaida:
    return service.obter(session, pessoa_id)


@router.patch(
    "/{pessoa_id}",
    response_model=PessoaSaida,
    summary="Altera, pausa (ativo=false) ou retoma (ativo=true); um novo nome refaz a baseline",
    responses={**_NAO_ENCONTRADA, **_DUPLICADA},
)
def atualizar(pessoa_id: IdPath, dados: PessoaAtualizacao, session: Sessao) -> PessoaSaida:
    return service.atualizar(session, pessoa_id, dados)


@router.delete(
    "/{pessoa_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response, responses=_NAO_ENCONTRADA
)
def remover(pessoa_id: IdPath, session: Sessao) -> None:
    service.remover(session, pessoa_id)


@router.get(
    "/{pessoa_id}/publicacoes",
    response_model=Pagina[PublicacaoResumo] | Pagina[GrupoProcesso],
    summary="Publicações da pessoa, mais recentes primeiro; agrupar=processo pagina por processo",
    responses=_NAO_ENCONTRADA,
)
def publicacoes(
    pessoa_id: IdPath,
    pag: Pag,
    session: Sessao,
    agrupar: Annotated[Literal["processo"] | None, Query(description="processo: agrupa por processo")] = None,
) -> Pagina[PublicacaoResumo] | Pagina[GrupoProcesso]:
    return publicacoes_service.da_pessoa(session, pessoa_id, pag, agrupar == "processo")


@router.get(
    "/{pessoa_id}/verificacoes",
    response_model=Pagina[VerificacaoSaida],
    summary="Registro das verificações da pessoa, mais recentes primeiro",
    responses=_NAO_ENCONTRADA,
)
def verificacoes(pessoa_id: IdPath, pag: Pag, session: Sessao) -> Pagina[VerificacaoSaida]:
    return service.verificacoes(session, pessoa_id, pag)


@router.post(
    "/{pessoa_id}/verificar",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=VerificacaoEnfileirada,
    summary="Enfileira uma verificação manual agora",
    responses={**_NAO_ENCONTRADA, 409: {"description": "Monitoramento pausado"}},
)
def verificar(pessoa_id: IdPath, session: Sessao) -> VerificacaoEnfileirada:
    return service.verificar_agora(session, pessoa_id)
