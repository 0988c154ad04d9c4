"""Credit opportunities: the patterns, where they occur in texts, and the opportunities a sweep derives.

Tables hold only the current window (`DJE_OPORTUNIDADES_JANELA_DIAS`): the sweep drops occurrences,
evaluations and opportunities of publications that left it. Alerts it raised stay (they are history).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
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
from sqlalchemy.orm import Mapped, mapped_column

from dje_monitor.db import Base


class PadraoOportunidade(Base):
    """An expression (see padroes.py) that marks a credit opportunity (positive) or undoes one (negative)."""

    __tablename__ = "padroes_oportunidade"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    nome: Mapped[str] = mapped_column(String(100))
    expressao: Mapped[str] = mapped_column(String(200))
    tipo: Mapped[str] = mapped_column(String(10))
    # Lower first: the principal pattern of an opportunity, and the order of lists.
    ordem: Mapped[int] = mapped_column(Integer, server_default=text("100"))
    ativo: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    criado_em: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    __table_args__ = (
        UniqueConstraint("nome", name="uq_padroes_oportunidade_nome"),
        CheckConstraint("tipo IN ('POSITIVO', 'NEGATIVO')", name="ck_padroes_oportunidade_tipo"),
    )


class OcorrenciaPadrao(Base):
    """The first place an active pattern occurs in a publication's text (text level: any party)."""

    __tablename__ = "ocorrencias_padrao"

    publicacao_id: Mapped[int] = mapped_column(
        ForeignKey("publicacoes.id", ondelete="CASCADE"), primary_key=True
    )
    padrao_id: Mapped[int] = mapped_column(
        ForeignKey("padroes_oportunidade.id", ondelete="CASCADE"), primary_key=True
    )
    posicao: Mapped[int] = mapped_column(Integer)
    trecho: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_ocorrencias_padrao_padrao", "padrao_id"),)


class AvaliacaoOportunidade(Base):
    """A publication's text was matched against this version of the active patterns.

    `publicacao_atualizada_em` is the publication's `atualizado_em` when it was read: a re-fetch that
    changes the text (invariant 7) changes it, and the publication is matched again.
    """

    __tablename__ = "avaliacoes_oportunidade"

    publicacao_id: Mapped[int] = mapped_column(
        ForeignKey("publicacoes.id", ondelete="CASCADE"), primary_key=True
    )
    versao_padroes: Mapped[str] = mapped_column(String(64))
    publicacao_atualizada_em: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    avaliada_em: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Oportunidade(Base):
    """A publication of a party with a positive pattern; cancelled by a later negative one (padroes.py)."""

    __tablename__ = "oportunidades"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    pessoa_id: Mapped[int] = mapped_column(ForeignKey("pessoas_monitoradas.id", ondelete="CASCADE"))
    publicacao_id: Mapped[int] = mapped_column(ForeignKey("publicacoes.id", ondelete="CASCADE"))
    padrao_id: Mapped[int] = mapped_column(ForeignKey("padroes_oportunidade.id", ondelete="CASCADE"))
    # Deleting the cancelling publication or pattern deletes the row; the next sweep recomputes it.
    cancelada_por_publicacao_id: Mapped[int | None] = mapped_column(
        ForeignKey("publicacoes.id", ondelete="CASCADE")
    )
    cancelada_por_padrao_id: Mapped[int | None] = mapped_column(
        ForeignKey("padroes_oportunidade.id", ondelete="CASCADE")
    )
    detectada_em: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    atualizada_em: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    __table_args__ = (
        UniqueConstraint("pessoa_id", "publicacao_id", name="uq_oportunidade"),
        CheckConstraint(
            "(cancelada_por_publicacao_id IS NULL) = (cancelada_por_padrao_id IS NULL)",
            name="ck_oportunidades_cancelamento",
        ),
        Index("ix_oportunidades_publicacao", "publicacao_id"),
    )
