"""FastAPI application factory: routers, the error handlers, the scheduler's lifecycle."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI

from dje_monitor.cabecalhos_http import instalar_cabecalhos
from dje_monitor.config import get_settings
from dje_monitor.entrada import corpo_sem_surrogates
from dje_monitor.erros_http import instalar_openapi, registrar_tratadores
from dje_monitor.web import montar_web

log = logging.getLogger(__name__)


def _avisar_sem_usuarios() -> None:
    """A newcomer's first `make run` answers 401 everywhere: the log says what to do."""
    from dje_monitor.acesso import repository
    from dje_monitor.db import session_scope

    try:
        with session_scope() as session:
            vazio = repository.contar(session) == 0
    except Exception:  # the database may not be up yet; /health reports that
        return
    if vazio:
        log.warning(
            "Nenhum usuário cadastrado: crie o primeiro administrador com "
            "`dje-monitor usuario criar --login LOGIN` para entrar no app."
        )


@asynccontextmanager
async def _ciclo_de_vida(app: FastAPI) -> AsyncIterator[None]:
    settings = get_settings()
    _avisar_sem_usuarios()
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
        dependencies=[Depends(corpo_sem_surrogates)],
    )

    registrar_tratadores(app)
    instalar_cabecalhos(app)
    from dje_monitor.rotas import incluir_rotas

    incluir_rotas(app)
    montar_web(app, get_settings().web_dist)
    instalar_openapi(app)
    return app
