"""/api/v1/alertas: list, unread count, mark as read."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from dje_monitor.alertas import service
from dje_monitor.alertas.schemas import AlertaSaida, Atualizados, FiltrosAlertas, MarcarLidos, Total
from dje_monitor.paginacao import Pagina, Paginacao, paginacao
from dje_monitor.sessao_http import Sessao

router = APIRouter(prefix="/api/v1/alertas", tags=["alertas"])


@router.get("", response_model=Pagina[AlertaSaida], summary="Alertas, mais recentes primeiro")
def listar(
    filtros: Annotated[FiltrosAlertas, Query()],
    pag: Annotated[Paginacao, Depends(paginacao)],
    session: Sessao,
) -> Pagina[AlertaSaida]:
    return service.listar(session, filtros, pag)


@router.get("/nao-lidos/count", response_model=Total, summary="Quantidade de alertas não lidos")
def contar_nao_lidos(session: Sessao) -> Total:
    return service.nao_lidos(session)


@router.post(
    "/marcar-lidos",
    response_model=Atualizados,
    summary='Marca como lidos: {"ids": [...]} ou {"todos": true}',
)
def marcar_lidos(pedido: MarcarLidos, session: Sessao) -> Atualizados:
    return service.marcar_lidos(session, pedido)
