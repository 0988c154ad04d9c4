"""Importação de planilha: comarca, UF e data do prazo das pessoas monitoradas.

Reviewed by hand: nullable columns only, so existing rows need no backfill and the upgrade is instant.
Branches from 0001 like the other feature revisions; the lead merges the heads.

Revision ID: 0002_importacao
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_importacao"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("pessoas_monitoradas", sa.Column("comarca", sa.String(length=120), nullable=True))
    op.add_column("pessoas_monitoradas", sa.Column("uf", sa.String(length=2), nullable=True))
    op.add_column("pessoas_monitoradas", sa.Column("data_prazo", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column("pessoas_monitoradas", "data_prazo")
    op.drop_column("pessoas_monitoradas", "uf")
    op.drop_column("pessoas_monitoradas", "comarca")
