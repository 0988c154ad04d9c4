"""Users, their roles, and the tokens that authenticate them (browser logins and API tokens)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, CheckConstraint, DateTime, ForeignKey, Index, String, func, text
from sqlalchemy.orm import Mapped, mapped_column

from dje_monitor.db import Base

ADMIN = "admin"
OPERADOR = "operador"
LEITOR = "leitor"
PAPEIS = (LEITOR, OPERADOR, ADMIN)  # ascending: each role may do what the ones before it may

# A token is either the cookie of a browser login or a token a user made for automation.
NAVEGADOR = "NAVEGADOR"
API = "API"


class Usuario(Base):
    __tablename__ = "usuarios"
    __table_args__ = (CheckConstraint("papel IN ('admin', 'operador', 'leitor')", name="ck_usuarios_papel"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    login: Mapped[str] = mapped_column(String(100), unique=True)
    nome: Mapped[str] = mapped_column(String(200))
    senha_hash: Mapped[str] = mapped_column(String(200))
    papel: Mapped[str] = mapped_column(String(20))
    ativo: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    criado_em: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    ultimo_acesso_em: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class TokenAcesso(Base):
    """Only the SHA-256 of the secret is stored: a leaked table opens no account."""

    __tablename__ = "tokens_acesso"
    __table_args__ = (
        CheckConstraint("tipo IN ('NAVEGADOR', 'API')", name="ck_tokens_acesso_tipo"),
        Index("ix_tokens_acesso_usuario", "usuario_id", "tipo"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    usuario_id: Mapped[int] = mapped_column(ForeignKey("usuarios.id", ondelete="CASCADE"))
    tipo: Mapped[str] = mapped_column(String(20))
    nome: Mapped[str] = mapped_column(String(100))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefixo: Mapped[str] = mapped_column(String(16))
    criado_em: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    expira_em: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    ultimo_uso_em: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
