"""The audit log: who created, changed, deleted, imported or forced what, and every login."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from sqlalchemy import BigInteger, DateTime, ForeignKey, Index, String, Text, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from dje_monitor.db import Base

CRIAR = "CRIAR"
ALTERAR = "ALTERAR"
EXCLUIR = "EXCLUIR"
IMPORTAR = "IMPORTAR"
SINCRONIZAR = "SINCRONIZAR"
VERIFICAR = "VERIFICAR"
LOGIN = "LOGIN"
LOGIN_FALHOU = "LOGIN_FALHOU"
LOGOUT = "LOGOUT"
Acao = Literal[
    "CRIAR", "ALTERAR", "EXCLUIR", "IMPORTAR", "SINCRONIZAR", "VERIFICAR", "LOGIN", "LOGIN_FALHOU", "LOGOUT"
]


class RegistroAuditoria(Base):
    __tablename__ = "auditoria"
    __table_args__ = (
        Index("ix_auditoria_em", "em"),
        # The login rate limit counts recent failures by login and by address.
        Index("ix_auditoria_acao_em", "acao", "em"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    em: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    # Null for the configured DJE_API_TOKEN, the command line, or a failed login; `ator` always says who.
    usuario_id: Mapped[int | None] = mapped_column(ForeignKey("usuarios.id", ondelete="SET NULL"))
    ator: Mapped[str] = mapped_column(String(200))
    acao: Mapped[str] = mapped_column(String(20))
    recurso: Mapped[str] = mapped_column(String(50))
    recurso_id: Mapped[str | None] = mapped_column(String(100))
    resumo: Mapped[str] = mapped_column(Text)
    detalhe: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    ip: Mapped[str | None] = mapped_column(String(64))
