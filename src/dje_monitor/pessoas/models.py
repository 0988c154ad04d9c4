from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Index,
    Integer,
    String,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from dje_monitor.db import Base


class PessoaMonitorada(Base):
    """A party a firm watches in the gazette."""

    __tablename__ = "pessoas_monitoradas"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    nome: Mapped[str] = mapped_column(String(300))
    nome_normalizado: Mapped[str] = mapped_column(String(300))
    variantes: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default=text("'{}'"))
    cpf_cnpj: Mapped[str | None] = mapped_column(String(14))
    tribunal_filtro: Mapped[str | None] = mapped_column(String(20))
    numero_processo: Mapped[str | None] = mapped_column(String(20))
    observacao: Mapped[str | None] = mapped_column(Text)
    ativo: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    intervalo_minutos: Mapped[int | None] = mapped_column(Integer)
    data_expiracao: Mapped[date | None] = mapped_column(Date)
    # From a spreadsheet import: where the case runs and its deadline (data_expiracao derives from it).
    comarca: Mapped[str | None] = mapped_column(String(120))
    uf: Mapped[str | None] = mapped_column(String(2))
    data_prazo: Mapped[date | None] = mapped_column(Date)
    baseline_concluido_em: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    ultimo_check: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    proximo_check: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Last day covered by a successful check: the next window starts a few days before it.
    janela_fim: Mapped[date | None] = mapped_column(Date)
    # Claim mark: set when the scheduler enqueues the party, cleared when its check ends.
    reivindicado_em: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    falhas_consecutivas: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    ultimo_erro: Mapped[str | None] = mapped_column(Text)
    removido_em: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    criado_em: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    atualizado_em: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )

    __table_args__ = (
        CheckConstraint("char_length(nome) BETWEEN 3 AND 300", name="ck_pessoas_nome_tamanho"),
        CheckConstraint(
            "intervalo_minutos IS NULL OR intervalo_minutos BETWEEN 5 AND 10080",
            name="ck_pessoas_intervalo",
        ),
        # One live row per (name, document, court): a duplicate registration cannot create a second row.
        Index(
            "uq_pessoas_identidade",
            "nome_normalizado",
            text("coalesce(cpf_cnpj, '')"),
            text("coalesce(tribunal_filtro, '')"),
            unique=True,
            postgresql_where=text("removido_em IS NULL"),
        ),
        # The due-party query: active, not removed, ordered by proximo_check.
        Index(
            "ix_pessoas_devidas",
            "proximo_check",
            postgresql_where=text("ativo AND removido_em IS NULL"),
        ),
    )
