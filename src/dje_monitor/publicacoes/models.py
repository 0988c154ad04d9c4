from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from dje_monitor.db import Base


class Publicacao(Base):
    """A DJEN communication, stored once: the primary key is DJEN's own stable id."""

    __tablename__ = "publicacoes"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    hash: Mapped[str | None] = mapped_column(String(64))
    data_disponibilizacao: Mapped[date] = mapped_column(Date)
    sigla_tribunal: Mapped[str | None] = mapped_column(String(20))
    tipo_comunicacao: Mapped[str | None] = mapped_column(String(100))
    nome_orgao: Mapped[str | None] = mapped_column(Text)
    texto: Mapped[str] = mapped_column(Text, server_default="")
    texto_original: Mapped[str | None] = mapped_column(Text)
    numero_processo: Mapped[str | None] = mapped_column(String(20))
    meio: Mapped[str | None] = mapped_column(String(2))
    link: Mapped[str | None] = mapped_column(Text)
    tipo_documento: Mapped[str | None] = mapped_column(String(100))
    nome_classe: Mapped[str | None] = mapped_column(Text)
    codigo_classe: Mapped[str | None] = mapped_column(String(20))
    numero_comunicacao: Mapped[int | None] = mapped_column(Integer)
    ativo: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    motivo_cancelamento: Mapped[str | None] = mapped_column(Text)
    data_cancelamento: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    destinatarios: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, server_default=text("'[]'"))
    advogados: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, server_default=text("'[]'"))
    criado_em: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    atualizado_em: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    __table_args__ = (
        Index("ix_publicacoes_processo", "numero_processo"),
        Index("ix_publicacoes_data", "data_disponibilizacao"),
    )


class PessoaPublicacao(Base):
    """The link between a monitored party and a publication that names it (one row per pair)."""

    __tablename__ = "pessoa_publicacoes"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    pessoa_id: Mapped[int] = mapped_column(ForeignKey("pessoas_monitoradas.id", ondelete="CASCADE"))
    publicacao_id: Mapped[int] = mapped_column(ForeignKey("publicacoes.id", ondelete="CASCADE"))
    # True when found by the party's baseline: history, never alerted.
    baseline: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    criado_em: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    __table_args__ = (
        UniqueConstraint("pessoa_id", "publicacao_id", name="uq_pessoa_publicacao"),
        Index("ix_pessoa_publicacoes_publicacao", "publicacao_id"),
    )
