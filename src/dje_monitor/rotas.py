"""Every HTTP route of the API, and the one error shape that carries more than a message."""

from __future__ import annotations

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse

from dje_monitor.acesso.dependencias import acesso
from dje_monitor.acesso.models import ADMIN, LEITOR
from dje_monitor.acesso.router import auth_router, login_router, tokens_router, usuarios_router
from dje_monitor.alertas.router import router as alertas
from dje_monitor.auditoria.router import router as auditoria
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
    """Every route is authenticated except /health and the login itself (tests/api/test_acesso.py
    calls every operation of the schema without credentials to prove it)."""
    app.include_router(saude_router)
    app.include_router(login_router)
    dominio = [Depends(acesso())]  # reads: leitor; changes: operador
    for router in (pessoas, alertas, publicacoes, busca, sync, dashboard, canais, importacao, oportunidades):
        app.include_router(router, dependencies=dominio)
    for router in (auth_router, tokens_router):  # anyone logged in: their own login and tokens
        app.include_router(router, dependencies=[Depends(acesso(LEITOR, LEITOR))])
    for router in (usuarios_router, auditoria):
        app.include_router(router, dependencies=[Depends(acesso(ADMIN, ADMIN))])
    app.add_exception_handler(PessoaDuplicada, _pessoa_duplicada)
