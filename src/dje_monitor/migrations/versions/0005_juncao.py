"""Junção das revisões de importação, notificações e oportunidades (escritas em paralelo).

Revision ID: 0005_juncao
Revises: 0002_importacao, 0003_notificacoes, 0004_oportunidades
"""

from collections.abc import Sequence

revision: str = "0005_juncao"
down_revision: str | Sequence[str] | None = ("0002_importacao", "0003_notificacoes", "0004_oportunidades")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
