"""Montagem da aplicação FastAPI do simulador e execução com uvicorn."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

import uvicorn
from fastapi import FastAPI

from . import api, controle
from .config import ConfigSimulador, config_de_argv
from .estado import Simulador
from .registro import MiddlewareRegistro

logger = logging.getLogger(__name__)


async def _publicar_novas(simulador: Simulador) -> None:
    """Modo demo: comunicações de hoje surgem no ritmo de `novas_por_minuto` (mudável em tempo real)."""
    while True:
        ritmo = simulador.falhas.atual.novas_por_minuto
        if ritmo <= 0:
            await asyncio.sleep(1.0)
            continue
        await asyncio.sleep(60.0 / ritmo)
        ident = simulador.nova_do_dia()
        logger.info("nova comunicação %s publicada", ident)


def criar_app(config: ConfigSimulador | None = None, simulador: Simulador | None = None) -> FastAPI:
    """Gera os dados (determinísticos pela seed) e devolve a aplicação pronta para servir."""
    simulador = simulador or Simulador(config or ConfigSimulador())

    @contextlib.asynccontextmanager
    async def ciclo_de_vida(_: FastAPI) -> AsyncIterator[None]:
        tarefa = asyncio.create_task(_publicar_novas(simulador))
        try:
            yield
        finally:
            tarefa.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await tarefa

    app = FastAPI(
        title="Simulador do DJEN",
        description="Imitação local da API pública do DJEN (Comunica PJe) para testes e demonstração.",
        lifespan=ciclo_de_vida,
    )
    app.state.simulador = simulador
    app.include_router(api.router)
    app.include_router(controle.router)
    app.add_middleware(MiddlewareRegistro, registro=simulador.registro)
    return app


def executar(argv: list[str] | None = None) -> None:
    """Ponto de entrada de `python -m dje_monitor.simulador` e de `dje-monitor simulador`."""
    config = config_de_argv(argv)
    logging.basicConfig(level=config.log_nivel.upper(), format="%(asctime)s %(levelname)s %(message)s")
    app = criar_app(config)
    simulador: Simulador = app.state.simulador
    logger.warning(
        "simulador do DJEN em http://%s:%s/api/v1 (%d comunicações, %d partes, hoje=%s)",
        config.host,
        config.porta,
        len(simulador.base),
        len(simulador.partes()),
        simulador.hoje.isoformat(),
    )
    uvicorn.run(
        app,
        host=config.host,
        port=config.porta,
        log_level=config.log_nivel,
        access_log=config.log_nivel == "info",
        timeout_graceful_shutdown=5,
    )
