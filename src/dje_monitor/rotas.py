"""Every HTTP route of the API, and the one error shape that carries more than a message."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from dje_monitor.alertas.router import router as alertas
from dje_monitor.busca.router import router as busca
from dje_monitor.dashboard.router import router as dashboard
from dje_monitor.importacao.router import router as importacao
from dje_monitor.notificacoes.router import router as canais
from dje_monitor.oportunidades.router import router as oportunidades
from dje_monitor.pessoas.router import router as pessoas
from dje_monitor.pessoas.service import PessoaDuplicada
from dje_monitor.publicacoes.router import router as publicacoes
from dje_monitor.sync.router import router as sync
from dje_monitor.sync.router import saude_router


async def _pessoa_duplicada(_: Request, erro: Exception) -> JSONResponse:
    # The client needs the existing party's id to open it instead of registering it again.
    assert isinstance(erro, PessoaDuplicada)
    return JSONResponse({"detail": erro.mensagem, "id": erro.pessoa_id}, status_code=erro.status_code)


def incluir_rotas(app: FastAPI) -> None:
    for router in (pessoas, alertas, publicacoes, busca, sync, dashboard, canais, importacao, saude_router):
        app.include_router(router)
    app.include_router(oportunidades)
    app.add_exception_handler(PessoaDuplicada, _pessoa_duplicada)
