"""/api/v1/canais: notification channels (Telegram, e-mail, webhook), their settings and the test send."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI, Response, status
from starlette.concurrency import run_in_threadpool

from dje_monitor.config import get_settings
from dje_monitor.db import session_scope
from dje_monitor.esquemas import IdPath
from dje_monitor.notificacoes import service
from dje_monitor.notificacoes.schemas import CanalAtualizacao, CanalEntrada, CanalSaida, ResultadoTeste
from dje_monitor.sessao_http import Sessao

log = logging.getLogger(__name__)


def _semear() -> None:
    try:
        with session_scope() as session:
            service.semear_canais(session, get_settings())
    except Exception:  # a database not reachable yet must not keep the API from starting
        log.warning("não foi possível criar os canais das variáveis DJE_ ao iniciar", exc_info=True)


@asynccontextmanager
async def _semear_ao_iniciar(_: FastAPI) -> AsyncIterator[None]:
    """Channels from DJE_ variables exist as soon as the API is up (the sweep also seeds, for workers)."""
    await run_in_threadpool(_semear)
    yield


router = APIRouter(prefix="/api/v1/canais", tags=["canais de notificação"], lifespan=_semear_ao_iniciar)
_NAO_ENCONTRADO: dict[int | str, dict[str, Any]] = {404: {"description": service.CANAL_NAO_ENCONTRADO}}


@router.get("", response_model=list[CanalSaida], summary="Canais de notificação, com contadores de entregas")
def listar(session: Sessao) -> list[CanalSaida]:
    return service.listar(session)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=CanalSaida, summary="Cria um canal")
def criar(dados: CanalEntrada, session: Sessao) -> CanalSaida:
    return service.criar(session, dados)


@router.get("/{canal_id}", response_model=CanalSaida, responses=_NAO_ENCONTRADO)
def obter(canal_id: IdPath, session: Sessao) -> CanalSaida:
    return service.obter(session, canal_id)


@router.patch(
    "/{canal_id}",
    response_model=CanalSaida,
    summary="Altera nome, ativo, digest diário ou config (segredo omitido ou mascarado: mantido)",
    responses={**_NAO_ENCONTRADO, 409: {"description": "Config de canal das variáveis DJE_"}},
)
def atualizar(canal_id: IdPath, dados: CanalAtualizacao, session: Sessao) -> CanalSaida:
    return service.atualizar(session, canal_id, dados)


@router.delete(
    "/{canal_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses={**_NAO_ENCONTRADO, 409: {"description": "Canal das variáveis DJE_: desative-o"}},
)
def remover(canal_id: IdPath, session: Sessao) -> None:
    service.remover(session, canal_id)


@router.post(
    "/{canal_id}/teste",
    response_model=ResultadoTeste,
    summary="Enviar teste: manda uma mensagem agora e diz se deu certo (ou o erro)",
    responses=_NAO_ENCONTRADO,
)
def testar(canal_id: IdPath, session: Sessao) -> ResultadoTeste:
    return service.testar(session, canal_id)
