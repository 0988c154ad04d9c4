"""Notificações: canais, entregas (outbox, uma por alerta e canal) e tentativas de entrega.

Reviewed by hand: a delivery is unique on (alert, channel) and a digest on (channel, day) (invariant 1);
the dispatcher's claim reads the partial index of pending deliveries.

Revision ID: 0003_notificacoes
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003_notificacoes"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "canais",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("tipo", sa.String(length=20), nullable=False),
        sa.Column("nome", sa.String(length=100), nullable=False),
        sa.Column("ativo", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column(
            "config", postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'"), nullable=False
        ),
        sa.Column("origem", sa.String(length=20), server_default="api", nullable=False),
        sa.Column("digest_diario", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("desativado_motivo", sa.Text(), nullable=True),
        sa.Column("falhas_consecutivas", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("ultimo_erro", sa.Text(), nullable=True),
        sa.Column("criado_em", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column(
            "atualizado_em", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.CheckConstraint("tipo IN ('telegram', 'email', 'webhook')", name="ck_canais_tipo"),
        sa.CheckConstraint("origem IN ('api', 'ambiente')", name="ck_canais_origem"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "uq_canais_ambiente", "canais", ["tipo"], unique=True, postgresql_where=sa.text("origem = 'ambiente'")
    )
    op.create_table(
        "entregas",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("alerta_id", sa.BigInteger(), nullable=True),
        sa.Column("canal_id", sa.BigInteger(), nullable=False),
        sa.Column("digest_dia", sa.Date(), nullable=True),
        sa.Column("digest_id", sa.BigInteger(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("tentativas", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("proximo_envio", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reivindicado_em", sa.DateTime(timezone=True), nullable=True),
        sa.Column("enviado_em", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ultimo_erro", sa.Text(), nullable=True),
        sa.Column("criado_em", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "status IN ('pendente', 'enviando', 'enviada', 'falhou', 'aguardando_digest', 'agrupada')",
            name="ck_entregas_status",
        ),
        sa.CheckConstraint(
            "(alerta_id IS NULL) <> (digest_dia IS NULL)", name="ck_entregas_alerta_ou_digest"
        ),
        sa.ForeignKeyConstraint(["alerta_id"], ["alertas.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["canal_id"], ["canais.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["digest_id"], ["entregas.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("alerta_id", "canal_id", name="uq_entrega"),
        sa.UniqueConstraint("canal_id", "digest_dia", name="uq_entrega_digest"),
    )
    op.create_index(
        "ix_entregas_devidas",
        "entregas",
        ["proximo_envio"],
        unique=False,
        postgresql_where=sa.text("status = 'pendente'"),
    )
    op.create_index(
        "ix_entregas_enviando",
        "entregas",
        ["reivindicado_em"],
        unique=False,
        postgresql_where=sa.text("status = 'enviando'"),
    )
    op.create_index("ix_entregas_digest", "entregas", ["digest_id"], unique=False)
    op.create_table(
        "tentativas_entrega",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("entrega_id", sa.BigInteger(), nullable=False),
        sa.Column("quando", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("erro", sa.Text(), nullable=True),
        sa.Column("duracao_ms", sa.Integer(), nullable=True),
        sa.CheckConstraint("status IN ('sucesso', 'falha', 'interrompida')", name="ck_tentativas_status"),
        sa.ForeignKeyConstraint(["entrega_id"], ["entregas.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_tentativas_entrega", "tentativas_entrega", ["entrega_id", "quando"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_tentativas_entrega", table_name="tentativas_entrega")
    op.drop_table("tentativas_entrega")
    op.drop_index("ix_entregas_digest", table_name="entregas")
    op.drop_index(
        "ix_entregas_enviando", table_name="entregas", postgresql_where=sa.text("status = 'enviando'")
    )
    op.drop_index(
        "ix_entregas_devidas", table_name="entregas", postgresql_where=sa.text("status = 'pendente'")
    )
    op.drop_table("entregas")
    op.drop_index("uq_canais_ambiente", table_name="canais", postgresql_where=sa.text("origem = 'ambiente'"))
    op.drop_table("canais")
