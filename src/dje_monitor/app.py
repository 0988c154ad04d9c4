"""FastAPI application factory: routers, the single error handler, the scheduler's lifecycle."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from dje_monitor.config import get_settings
from dje_monitor.errors import AppError
from dje_monitor.validacao import mensagens_validacao
from dje_monitor.web import montar_web

log = logging.getLogger(__name__)


@asynccontextmanager
async def _ciclo_de_vida(app: FastAPI) -> AsyncIterator[None]:
    settings = get_settings()
    agendador = None
    if settings.monitor_habilitado:
        from dje_monitor.dependencias import redis_cliente
        from dje_monitor.scheduler import Agendador

        agendador = Agendador(settings, redis_cliente())
        agendador.iniciar()
    app.state.agendador = agendador
    yield
    if agendador:
        agendador.parar()


def criar_app() -> FastAPI:
    logging.basicConfig(
        level=get_settings().log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    app = FastAPI(
        title="DJe Monitor",
        description="Monitoramento de publicações do Diário de Justiça Eletrônico Nacional (DJEN).",
        version="0.1.0",
        lifespan=_ciclo_de_vida,
    )

    @app.exception_handler(AppError)
    async def _erro_app(_: Request, erro: AppError) -> JSONResponse:
        corpo: dict[str, object] = {"detail": erro.mensagem}
        if erro.campo:
            corpo["campo"] = erro.campo
        return JSONResponse(corpo, status_code=erro.status_code)

    @app.exception_handler(RequestValidationError)
    async def _erro_validacao(_: Request, erro: RequestValidationError) -> JSONResponse:
        erros = mensagens_validacao(erro.errors())
        resumo = "; ".join(f"{e['campo']}: {e['mensagem']}" if e["campo"] else e["mensagem"] for e in erros)
        return JSONResponse({"detail": f"Dados inválidos — {resumo}", "erros": erros}, status_code=422)

    from dje_monitor.rotas import incluir_rotas

    incluir_rotas(app)
    montar_web(app, get_settings().web_dist)
    return app
