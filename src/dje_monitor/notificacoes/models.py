"""Notification channels, the outbox of deliveries (one per alert and channel) and every attempt."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
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

TELEGRAM = "telegram"
EMAIL = "email"
WEBHOOK = "webhook"
TIPOS_CANAL = (TELEGRAM, EMAIL, WEBHOOK)

# Where a channel came from: the API, or the server's DJE_ variables (whose config they own).
ORIGEM_API = "api"
ORIGEM_AMBIENTE = "ambiente"

# Delivery statuses. pendente -> enviando (claimed, with a lease) -> enviada | pendente (retry) | falhou.
# A digest channel's deliveries wait (aguardando_digest) until the day's digest groups them (agrupada).
PENDENTE = "pendente"
ENVIANDO = "enviando"
ENVIADA = "enviada"
FALHOU = "falhou"
AGUARDANDO_DIGEST = "aguardando_digest"
AGRUPADA = "agrupada"

# Attempt outcomes; interrompida: the lease expired (the worker died mid-send).
SUCESSO = "sucesso"
FALHA = "falha"
INTERROMPIDA = "interrompida"


class Canal(Base):
    __tablename__ = "canais"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    tipo: Mapped[str] = mapped_column(String(20))
    nome: Mapped[str] = mapped_column(String(100))
    ativo: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    # Secrets live here (bot token, SMTP password, webhook secret); the API never returns them in full.
    config: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default=text("'{}'"))
    origem: Mapped[str] = mapped_column(String(20), server_default=ORIGEM_API)
    digest_diario: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    desativado_motivo: Mapped[str | None] = mapped_column(Text)
    falhas_consecutivas: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    ultimo_erro: Mapped[str | None] = mapped_column(Text)  # of the last failed attempt; cleared by a success
    criado_em: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    atualizado_em: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    __table_args__ = (
        CheckConstraint("tipo IN ('telegram', 'email', 'webhook')", name="ck_canais_tipo"),
        CheckConstraint("origem IN ('api', 'ambiente')", name="ck_canais_origem"),
        # One channel per type comes from the environment: seeding upserts it.
        Index("uq_canais_ambiente", "tipo", unique=True, postgresql_where=text("origem = 'ambiente'")),
    )


class Entrega(Base):
    """One message to send to one channel: an alert's, or (alerta_id NULL) a channel's daily digest."""

    __tablename__ = "entregas"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    alerta_id: Mapped[int | None] = mapped_column(ForeignKey("alertas.id", ondelete="CASCADE"))
    canal_id: Mapped[int] = mapped_column(ForeignKey("canais.id", ondelete="CASCADE"))
    digest_dia: Mapped[date | None] = mapped_column(Date)
    # An alert's delivery grouped into a digest points at the digest's delivery.
    digest_id: Mapped[int | None] = mapped_column(ForeignKey("entregas.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20))
    tentativas: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    proximo_envio: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    reivindicado_em: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    enviado_em: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    ultimo_erro: Mapped[str | None] = mapped_column(Text)
    criado_em: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    __table_args__ = (
        UniqueConstraint("alerta_id", "canal_id", name="uq_entrega"),
        UniqueConstraint("canal_id", "digest_dia", name="uq_entrega_digest"),
        CheckConstraint(
            "status IN ('pendente', 'enviando', 'enviada', 'falhou', 'aguardando_digest', 'agrupada')",
            name="ck_entregas_status",
        ),
        CheckConstraint("(alerta_id IS NULL) <> (digest_dia IS NULL)", name="ck_entregas_alerta_ou_digest"),
        Index("ix_entregas_devidas", "proximo_envio", postgresql_where=text("status = 'pendente'")),
        Index("ix_entregas_enviando", "reivindicado_em", postgresql_where=text("status = 'enviando'")),
        Index("ix_entregas_digest", "digest_id"),
    )


class TentativaEntrega(Base):
    __tablename__ = "tentativas_entrega"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    entrega_id: Mapped[int] = mapped_column(ForeignKey("entregas.id", ondelete="CASCADE"))
    quando: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(20))
    erro: Mapped[str | None] = mapped_column(Text)
    duracao_ms: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint("status IN ('sucesso', 'falha', 'interrompida')", name="ck_tentativas_status"),
        Index("ix_tentativas_entrega", "entrega_id", "quando"),
    )
