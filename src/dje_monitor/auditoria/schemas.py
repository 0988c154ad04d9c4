"""The audit log as the API shows it."""

from __future__ import annotations

from pydantic import BaseModel, Field

from dje_monitor.auditoria.models import Acao
from dje_monitor.esquemas import Id, Instante


class FiltrosAuditoria(BaseModel):
    acao: Acao | None = None
    recurso: str | None = Field(default=None, max_length=50, description="pessoa, canal, padrao, usuario…")
    usuario_id: Id | None = None


class RegistroSaida(BaseModel):
    id: int
    em: Instante
    usuario_id: int | None
    ator: str = Field(description="Login de quem agiu, DJE_API_TOKEN, terminal ou sistema")
    acao: Acao
    recurso: str
    recurso_id: str | None
    resumo: str
    ip: str | None
