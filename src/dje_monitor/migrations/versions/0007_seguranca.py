"""Segurança: usuários com papéis, tokens de acesso (login no navegador e tokens de API) e auditoria.

Reviewed by hand: new tables only. No user is created here: the first admin comes from
`dje-monitor usuario criar`, so no default password ever exists.

Revision ID: 0007_seguranca
Revises: 0006_ciclo_enfileirado
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0007_seguranca"
down_revision: str | None = "0006_ciclo_enfileirado"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_AGORA = sa.text("now()")


def upgrade() -> None:
    op.create_table(
        "usuarios",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("login", sa.String(100), nullable=False, unique=True),
        sa.Column("nome", sa.String(200), nullable=False),
        sa.Column("senha_hash", sa.String(200), nullable=False),
        sa.Column("papel", sa.String(20), nullable=False),
        sa.Column("ativo", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("criado_em", sa.DateTime(timezone=True), server_default=_AGORA, nullable=False),
        sa.Column("ultimo_acesso_em", sa.DateTime(timezone=True)),
        sa.CheckConstraint("papel IN ('admin', 'operador', 'leitor')", name="ck_usuarios_papel"),
    )
    op.create_table(
        "tokens_acesso",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column(
            "usuario_id", sa.BigInteger(), sa.ForeignKey("usuarios.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("tipo", sa.String(20), nullable=False),
        sa.Column("nome", sa.String(100), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
        sa.Column("prefixo", sa.String(16), nullable=False),
        sa.Column("criado_em", sa.DateTime(timezone=True), server_default=_AGORA, nullable=False),
        sa.Column("expira_em", sa.DateTime(timezone=True)),
        sa.Column("ultimo_uso_em", sa.DateTime(timezone=True)),
        sa.CheckConstraint("tipo IN ('NAVEGADOR', 'API')", name="ck_tokens_acesso_tipo"),
    )
    op.create_index("ix_tokens_acesso_usuario", "tokens_acesso", ["usuario_id", "tipo"])
    op.create_table(
        "auditoria",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("em", sa.DateTime(timezone=True), server_default=_AGORA, nullable=False),
        sa.Column("usuario_id", sa.BigInteger(), sa.ForeignKey("usuarios.id", ondelete="SET NULL")),
        sa.Column("ator", sa.String(200), nullable=False),
        sa.Column("acao", sa.String(20), nullable=False),
        sa.Column("recurso", sa.String(50), nullable=False),
        sa.Column("recurso_id", sa.String(100)),
        sa.Column("resumo", sa.Text(), nullable=False),
        sa.Column("detalhe", postgresql.JSONB()),
        sa.Column("ip", sa.String(64)),
    )
    op.create_index("ix_auditoria_em", "auditoria", ["em"])
    op.create_index("ix_auditoria_acao_em", "auditoria", ["acao", "em"])


def downgrade() -> None:
    op.drop_table("auditoria")
    op.drop_table("tokens_acesso")
    op.drop_table("usuarios")
