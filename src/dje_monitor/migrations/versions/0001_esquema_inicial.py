"""Esquema inicial: pessoas, publicações, vínculos, alertas, verificações e ciclos.

Reviewed by hand: uniqueness of invariant 1 lives in constraints; dates are DATE, instants timestamptz.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 23:10:42.709578
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ciclos",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("iniciado_em", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("pessoas_enfileiradas", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("origem", sa.String(length=20), server_default="agendador", nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "pessoas_monitoradas",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("nome", sa.String(length=300), nullable=False),
        sa.Column("nome_normalizado", sa.String(length=300), nullable=False),
        sa.Column("variantes", postgresql.ARRAY(sa.Text()), server_default=sa.text("'{}'"), nullable=False),
        sa.Column("cpf_cnpj", sa.String(length=14), nullable=True),
        sa.Column("tribunal_filtro", sa.String(length=20), nullable=True),
        sa.Column("numero_processo", sa.String(length=20), nullable=True),
        sa.Column("observacao", sa.Text(), nullable=True),
        sa.Column("ativo", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("intervalo_minutos", sa.Integer(), nullable=True),
        sa.Column("data_expiracao", sa.Date(), nullable=True),
        sa.Column("baseline_concluido_em", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ultimo_check", sa.DateTime(timezone=True), nullable=True),
        sa.Column("proximo_check", sa.DateTime(timezone=True), nullable=True),
        sa.Column("janela_fim", sa.Date(), nullable=True),
        sa.Column("reivindicado_em", sa.DateTime(timezone=True), nullable=True),
        sa.Column("falhas_consecutivas", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("ultimo_erro", sa.Text(), nullable=True),
        sa.Column("removido_em", sa.DateTime(timezone=True), nullable=True),
        sa.Column("criado_em", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column(
            "atualizado_em", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.CheckConstraint("char_length(nome) BETWEEN 3 AND 300", name="ck_pessoas_nome_tamanho"),
        sa.CheckConstraint(
            "intervalo_minutos IS NULL OR intervalo_minutos BETWEEN 5 AND 10080", name="ck_pessoas_intervalo"
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_pessoas_devidas",
        "pessoas_monitoradas",
        ["proximo_check"],
        unique=False,
        postgresql_where=sa.text("ativo AND removido_em IS NULL"),
    )
    op.create_index(
        "uq_pessoas_identidade",
        "pessoas_monitoradas",
        [
            "nome_normalizado",
            sa.literal_column("coalesce(cpf_cnpj, '')"),
            sa.literal_column("coalesce(tribunal_filtro, '')"),
        ],
        unique=True,
        postgresql_where=sa.text("removido_em IS NULL"),
    )
    op.create_table(
        "publicacoes",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=True),
        sa.Column("data_disponibilizacao", sa.Date(), nullable=False),
        sa.Column("sigla_tribunal", sa.String(length=20), nullable=True),
        sa.Column("tipo_comunicacao", sa.String(length=100), nullable=True),
        sa.Column("nome_orgao", sa.Text(), nullable=True),
        sa.Column("texto", sa.Text(), server_default="", nullable=False),
        sa.Column("texto_original", sa.Text(), nullable=True),
        sa.Column("numero_processo", sa.String(length=20), nullable=True),
        sa.Column("meio", sa.String(length=2), nullable=True),
        sa.Column("link", sa.Text(), nullable=True),
        sa.Column("tipo_documento", sa.String(length=100), nullable=True),
        sa.Column("nome_classe", sa.Text(), nullable=True),
        sa.Column("codigo_classe", sa.String(length=20), nullable=True),
        sa.Column("numero_comunicacao", sa.Integer(), nullable=True),
        sa.Column("ativo", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("motivo_cancelamento", sa.Text(), nullable=True),
        sa.Column("data_cancelamento", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "destinatarios",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'"),
            nullable=False,
        ),
        sa.Column(
            "advogados",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'"),
            nullable=False,
        ),
        sa.Column("criado_em", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column(
            "atualizado_em", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_publicacoes_data", "publicacoes", ["data_disponibilizacao"], unique=False)
    op.create_index("ix_publicacoes_processo", "publicacoes", ["numero_processo"], unique=False)
    op.create_table(
        "alertas",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("pessoa_id", sa.BigInteger(), nullable=False),
        sa.Column("publicacao_id", sa.BigInteger(), nullable=False),
        sa.Column("tipo", sa.String(length=30), nullable=False),
        sa.Column("lido", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("lido_em", sa.DateTime(timezone=True), nullable=True),
        sa.Column("criado_em", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "tipo IN ('NOVA_PUBLICACAO', 'PUBLICACAO_CANCELADA', 'OPORTUNIDADE_CREDITO')",
            name="ck_alertas_tipo",
        ),
        sa.ForeignKeyConstraint(["pessoa_id"], ["pessoas_monitoradas.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["publicacao_id"], ["publicacoes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("pessoa_id", "publicacao_id", "tipo", name="uq_alerta"),
    )
    op.create_index("ix_alertas_lido_criado", "alertas", ["lido", "criado_em"], unique=False)
    op.create_index("ix_alertas_pessoa", "alertas", ["pessoa_id", "criado_em"], unique=False)
    op.create_table(
        "pessoa_publicacoes",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("pessoa_id", sa.BigInteger(), nullable=False),
        sa.Column("publicacao_id", sa.BigInteger(), nullable=False),
        sa.Column("baseline", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("criado_em", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(["pessoa_id"], ["pessoas_monitoradas.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["publicacao_id"], ["publicacoes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("pessoa_id", "publicacao_id", name="uq_pessoa_publicacao"),
    )
    op.create_index("ix_pessoa_publicacoes_publicacao", "pessoa_publicacoes", ["publicacao_id"], unique=False)
    op.create_table(
        "verificacoes",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("pessoa_id", sa.BigInteger(), nullable=False),
        sa.Column("ciclo_id", sa.BigInteger(), nullable=True),
        sa.Column("tipo", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("janela_inicio", sa.Date(), nullable=True),
        sa.Column("janela_fim", sa.Date(), nullable=True),
        sa.Column("paginas", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("requisicoes", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("itens_recebidos", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("novos_vinculos", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("novos_alertas", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("truncado", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("erro", sa.Text(), nullable=True),
        sa.Column("iniciado_em", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("concluido_em", sa.DateTime(timezone=True), nullable=True),
        sa.Column("duracao_ms", sa.Integer(), nullable=True),
        sa.CheckConstraint("status IN ('EM_ANDAMENTO', 'SUCESSO', 'FALHA')", name="ck_verificacoes_status"),
        sa.CheckConstraint("tipo IN ('BASELINE', 'PERIODICA', 'MANUAL')", name="ck_verificacoes_tipo"),
        sa.ForeignKeyConstraint(["ciclo_id"], ["ciclos.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["pessoa_id"], ["pessoas_monitoradas.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_verificacoes_ciclo", "verificacoes", ["ciclo_id"], unique=False)
    op.create_index("ix_verificacoes_concluido", "verificacoes", ["concluido_em"], unique=False)
    op.create_index("ix_verificacoes_pessoa", "verificacoes", ["pessoa_id", "iniciado_em"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_verificacoes_pessoa", table_name="verificacoes")
    op.drop_index("ix_verificacoes_concluido", table_name="verificacoes")
    op.drop_index("ix_verificacoes_ciclo", table_name="verificacoes")
    op.drop_table("verificacoes")
    op.drop_index("ix_pessoa_publicacoes_publicacao", table_name="pessoa_publicacoes")
    op.drop_table("pessoa_publicacoes")
    op.drop_index("ix_alertas_pessoa", table_name="alertas")
    op.drop_index("ix_alertas_lido_criado", table_name="alertas")
    op.drop_table("alertas")
    op.drop_index("ix_publicacoes_processo", table_name="publicacoes")
    op.drop_index("ix_publicacoes_data", table_name="publicacoes")
    op.drop_table("publicacoes")
    op.drop_index(
        "uq_pessoas_identidade",
        table_name="pessoas_monitoradas",
        postgresql_where=sa.text("removido_em IS NULL"),
    )
    op.drop_index(
        "ix_pessoas_devidas",
        table_name="pessoas_monitoradas",
        postgresql_where=sa.text("ativo AND removido_em IS NULL"),
    )
    op.drop_table("pessoas_monitoradas")
    op.drop_table("ciclos")
