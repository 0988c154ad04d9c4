from __future__ import annotations

from datetime import date, datetime

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
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from dje_monitor.db import Base

BASELINE = "BASELINE"
PERIODICA = "PERIODICA"
MANUAL = "MANUAL"
EM_ANDAMENTO = "EM_ANDAMENTO"
SUCESSO = "SUCESSO"
FALHA = "FALHA"


class Ciclo(Base):
    """One run of the scheduler: the parties it claimed and enqueued."""

    __tablename__ = "ciclos"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    iniciado_em: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    pessoas_enfileiradas: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    # Null while the scheduler is still claiming and sending: until then zero claims does not mean done.
    enfileirado_em: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    origem: Mapped[str] = mapped_column(String(20), server_default="agendador")


class Verificacao(Base):
    """The log of one check of one party: window, pages, items, effects, outcome."""

    __tablename__ = "verificacoes"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    pessoa_id: Mapped[int] = mapped_column(ForeignKey("pessoas_monitoradas.id", ondelete="CASCADE"))
    ciclo_id: Mapped[int | None] = mapped_column(ForeignKey("ciclos.id", ondelete="SET NULL"))
    tipo: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    janela_inicio: Mapped[date | None] = mapped_column(Date)
    janela_fim: Mapped[date | None] = mapped_column(Date)
    paginas: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    requisicoes: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    itens_recebidos: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    novos_vinculos: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    novos_alertas: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    truncado: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    erro: Mapped[str | None] = mapped_column(Text)
    iniciado_em: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    concluido_em: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    duracao_ms: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint("tipo IN ('BASELINE', 'PERIODICA', 'MANUAL')", name="ck_verificacoes_tipo"),
        CheckConstraint("status IN ('EM_ANDAMENTO', 'SUCESSO', 'FALHA')", name="ck_verificacoes_status"),
        Index("ix_verificacoes_pessoa", "pessoa_id", "iniciado_em"),
        Index("ix_verificacoes_ciclo", "ciclo_id"),
        Index("ix_verificacoes_concluido", "concluido_em"),
    )
