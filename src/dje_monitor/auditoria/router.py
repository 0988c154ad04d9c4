"""/api/v1/auditoria: the audit log (administrators)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from dje_monitor.auditoria import service
from dje_monitor.auditoria.schemas import FiltrosAuditoria, RegistroSaida
from dje_monitor.paginacao import Pagina, Paginacao, paginacao
from dje_monitor.sessao_http import Sessao

router = APIRouter(prefix="/api/v1/auditoria", tags=["auditoria"])


@router.get(
    "",
    response_model=Pagina[RegistroSaida],
    summary="Quem criou, alterou, excluiu, importou ou forçou o quê, mais recentes primeiro",
)
def listar(
    filtros: Annotated[FiltrosAuditoria, Query()],
    pag: Annotated[Paginacao, Depends(paginacao)],
    session: Sessao,
) -> Pagina[RegistroSaida]:
    return service.listar(session, filtros, pag)
