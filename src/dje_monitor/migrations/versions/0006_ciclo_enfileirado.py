"""Ciclos: `enfileirado_em`, quando o agendador terminou de enfileirar (nulo enquanto enfileira).

Without it a cycle whose row exists but whose claims are not yet committed looked finished: zero
claimed parties, zero checks in progress. Existing cycles finished long ago: backfilled with their start.

Revision ID: 0006_ciclo_enfileirado
Revises: 0005_juncao
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_ciclo_enfileirado"
down_revision: str | None = "0005_juncao"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("ciclos", sa.Column("enfileirado_em", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE ciclos SET enfileirado_em = iniciado_em")


def downgrade() -> None:
    op.drop_column("ciclos", "enfileirado_em")
