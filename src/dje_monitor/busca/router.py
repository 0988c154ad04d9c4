"""GET /api/v1/search: ad hoc DJEN search, grouped by process."""

from __future__ import annotations

from typing import Annotated

import redis
from fastapi import APIRouter, Depends, Query

from dje_monitor.busca import service
from dje_monitor.busca.schemas import FiltrosBusca, ResultadoBuscaSaida
from dje_monitor.dependencias import redis_cliente
from dje_monitor.djen.client import DjenClient
from dje_monitor.paginacao import Paginacao, paginacao

router = APIRouter(prefix="/api/v1", tags=["busca"])


@router.get(
    "/search",
    response_model=ResultadoBuscaSaida,
    summary="Busca no DJEN por nome ou número de processo (até 5 páginas, agrupada por processo)",
    responses={400: {"description": "Consulta recusada pelo DJEN"}, 502: {}, 503: {}},
)
def buscar(
    filtros: Annotated[FiltrosBusca, Query()],
    pag: Annotated[Paginacao, Depends(paginacao)],
    cliente: Annotated[DjenClient, Depends(service.cliente_busca)],
    cache: Annotated[redis.Redis, Depends(redis_cliente)],
) -> ResultadoBuscaSaida:
    # A plain def: FastAPI runs it in its threadpool, so seconds spent on DJEN block no other request.
    return service.buscar(filtros, pag, cliente, cache)
