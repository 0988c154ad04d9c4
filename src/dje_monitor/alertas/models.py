from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    String,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from dje_monitor.db import Base

NOVA_PUBLICACAO = "NOVA_PUBLICACAO"
PUBLICACAO_CANCELADA = "PUBLICACAO_CANCELADA"
OPORTUNIDADE_CREDITO = "OPORTUNIDADE_CREDITO"
TIPOS_ALERTA = (NOVA_PUBLICACAO, PUBLICACAO_CANCELADA, OPORTUNIDADE_CREDITO)


class Alerta(Base):
    __tablename__ = "alertas"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    pessoa_id: Mapped[int] = mapped_column(ForeignKey("pessoas_monitoradas.id", ondelete="CASCADE"))
    publicacao_id: Mapped[int] = mapped_column(ForeignKey("publicacoes.id", ondelete="CASCADE"))
    tipo: Mapped[str] = mapped_column(String(30))
    lido: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    lido_em: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    criado_em: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    __table_args__ = (
        UniqueConstraint("pessoa_id", "publicacao_id", "tipo", name="uq_alerta"),
        CheckConstraint(
            "tipo IN ('NOVA_PUBLICACAO', 'PUBLICACAO_CANCELADA', 'OPORTUNIDADE_CREDITO')",
            name="ck_alertas_tipo",
        ),
        Index("ix_alertas_lido_criado", "lido", "criado_em"),
        Index("ix_alertas_pessoa", "pessoa_id", "criado_em"),
    )
