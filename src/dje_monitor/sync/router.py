"""/api/sync (force a cycle, pipeline status) and /health."""

from __future__ import annotations

from typing import Annotated

import redis
from fastapi import APIRouter, Depends, Query, status
from fastapi.responses import JSONResponse

from dje_monitor.dependencias import limitador, redis_cliente
from dje_monitor.djen.limitador import Limitador
from dje_monitor.esquemas import Mensagem
from dje_monitor.sessao_http import Sessao
from dje_monitor.sync import service
from dje_monitor.sync.schemas import Saude, StatusSync

router = APIRouter(prefix="/api/sync", tags=["sincronização"])
saude_router = APIRouter(tags=["saúde"])
Redis = Annotated[redis.Redis, Depends(redis_cliente)]


@router.post(
    "/forcar",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=Mensagem,
    summary="Enfileira um ciclo de verificações agora (todas=true: inclusive as que não estão devidas)",
    responses={503: {"description": "Fila indisponível"}},
)
def forcar(
    session: Sessao,
    todas: Annotated[bool, Query(description="Verificar todas as pessoas ativas")] = False,
) -> Mensagem:
    return service.forcar(session, todas)


@router.get(
    "/status", response_model=StatusSync, summary="Filas, workers, agendador, limite do DJEN, último ciclo"
)
def status_sync(
    session: Sessao, cliente: Redis, limite: Annotated[Limitador, Depends(limitador)]
) -> StatusSync:
    return service.status(session, cliente, limite)


@saude_router.get(
    "/health", response_model=Saude, summary="Banco e Redis respondendo", responses={503: {"model": Saude}}
)
def saude(cliente: Redis) -> JSONResponse:
    ok, corpo = service.saude(cliente)
    return JSONResponse(corpo.model_dump(), status_code=200 if ok else 503)
