"""/api/dashboard/resumo."""

from __future__ import annotations

from fastapi import APIRouter

from dje_monitor.dashboard import service
from dje_monitor.dashboard.schemas import ResumoDashboard
from dje_monitor.sessao_http import Sessao

router = APIRouter(prefix="/api/dashboard", tags=["painel"])


@router.get(
    "/resumo",
    response_model=ResumoDashboard,
    summary="Contagens, último ciclo, alertas recentes, série de 24 h",
)
def resumo(session: Sessao) -> ResumoDashboard:
    return service.resumo(session)
