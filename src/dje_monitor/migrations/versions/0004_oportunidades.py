"""Oportunidades de crédito: padrões (com os iniciais), ocorrências, avaliações e oportunidades.

Reviewed by hand: new tables only, nothing to backfill. No extension is needed: matching runs in
Python (oportunidades/padroes.py), each publication once per version of the patterns. The initial
patterns are plain data written here, frozen with the revision; users edit them through the API.
Branches from 0001 like the other feature revisions; the lead merges the heads.

Revision ID: 0004_oportunidades
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_oportunidades"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (nome, expressao, tipo, ordem): language of padroes.py; `*` is a suffix wildcard, `|` separates options.
PADROES_INICIAIS = [
    (
        "Alvará ou mandado de levantamento",
        "alvará* de levantamento | mandado* de levantamento",
        "POSITIVO",
        10,
    ),
    ("Alvará de pagamento", "alvará* de pagamento", "POSITIVO", 20),
    (
        "Expedição de precatório",
        "expedi* de precatório* | expedi* do precatório* | expeça-se o precatório* | expeça-se precatório*",
        "POSITIVO",
        30,
    ),
    # "precatório*" leaves out "carta precatória", a request between courts, not a credit.
    ("Precatório", "precatório*", "POSITIVO", 40),
    ("RPV / requisição de pequeno valor", "rpv* | requisiç* de pequeno valor", "POSITIVO", 50),
    (
        "Acordo homologado",
        "acordo* homologado* | homolog* o acordo | homolog* do acordo | homolog* de acordo",
        "POSITIVO",
        60,
    ),
    ("Desbloqueio", "desbloque*", "POSITIVO", 70),
    ("Ordem de pagamento", "ordem de pagamento | ordens de pagamento", "POSITIVO", 80),
    ("Anulação", "anulação | anulações | anulad* | anulo | anulou | anular", "NEGATIVO", 110),
    ("Cassação", "cassação | cassad* | casso | cassou | cassar", "NEGATIVO", 120),
    ("Suspensão", "suspen*", "NEGATIVO", 130),
    ("Revogação", "revoga* | revogo", "NEGATIVO", 140),
    ("Reforma", "reforma* | reformo", "NEGATIVO", 150),
    ("Rescisão", "rescis* | rescind*", "NEGATIVO", 160),
    ("Extinção", "extin*", "NEGATIVO", 170),
]


def upgrade() -> None:
    padroes = op.create_table(
        "padroes_oportunidade",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("nome", sa.String(length=100), nullable=False),
        sa.Column("expressao", sa.String(length=200), nullable=False),
        sa.Column("tipo", sa.String(length=10), nullable=False),
        sa.Column("ordem", sa.Integer(), server_default=sa.text("100"), nullable=False),
        sa.Column("ativo", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("criado_em", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("tipo IN ('POSITIVO', 'NEGATIVO')", name="ck_padroes_oportunidade_tipo"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("nome", name="uq_padroes_oportunidade_nome"),
    )
    op.create_table(
        "ocorrencias_padrao",
        sa.Column("publicacao_id", sa.BigInteger(), nullable=False),
        sa.Column("padrao_id", sa.BigInteger(), nullable=False),
        sa.Column("posicao", sa.Integer(), nullable=False),
        sa.Column("trecho", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["padrao_id"], ["padroes_oportunidade.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["publicacao_id"], ["publicacoes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("publicacao_id", "padrao_id"),
    )
    op.create_index("ix_ocorrencias_padrao_padrao", "ocorrencias_padrao", ["padrao_id"])
    op.create_table(
        "avaliacoes_oportunidade",
        sa.Column("publicacao_id", sa.BigInteger(), nullable=False),
        sa.Column("versao_padroes", sa.String(length=64), nullable=False),
        sa.Column("publicacao_atualizada_em", sa.DateTime(timezone=True), nullable=False),
        sa.Column("avaliada_em", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(["publicacao_id"], ["publicacoes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("publicacao_id"),
    )
    op.create_table(
        "oportunidades",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("pessoa_id", sa.BigInteger(), nullable=False),
        sa.Column("publicacao_id", sa.BigInteger(), nullable=False),
        sa.Column("padrao_id", sa.BigInteger(), nullable=False),
        sa.Column("cancelada_por_publicacao_id", sa.BigInteger(), nullable=True),
        sa.Column("cancelada_por_padrao_id", sa.BigInteger(), nullable=True),
        sa.Column(
            "detectada_em", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "atualizada_em", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.CheckConstraint(
            "(cancelada_por_publicacao_id IS NULL) = (cancelada_por_padrao_id IS NULL)",
            name="ck_oportunidades_cancelamento",
        ),
        sa.ForeignKeyConstraint(["pessoa_id"], ["pessoas_monitoradas.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["publicacao_id"], ["publicacoes.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["padrao_id"], ["padroes_oportunidade.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["cancelada_por_publicacao_id"], ["publicacoes.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["cancelada_por_padrao_id"], ["padroes_oportunidade.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("pessoa_id", "publicacao_id", name="uq_oportunidade"),
    )
    op.create_index("ix_oportunidades_publicacao", "oportunidades", ["publicacao_id"])
    op.bulk_insert(
        padroes,
        [
            {"nome": nome, "expressao": expressao, "tipo": tipo, "ordem": ordem}
            for nome, expressao, tipo, ordem in PADROES_INICIAIS
        ],
    )


def downgrade() -> None:
    op.drop_table("oportunidades")
    op.drop_table("avaliacoes_oportunidade")
    op.drop_table("ocorrencias_padrao")
    op.drop_table("padroes_oportunidade")
