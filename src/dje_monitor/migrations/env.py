"""Alembic environment: the URL comes from the DJE_ settings, never from alembic.ini."""

from alembic import context
from sqlalchemy import create_engine

from dje_monitor.config import get_settings
from dje_monitor.modelos import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    url = config.attributes.get("url") or get_settings().sqlalchemy_url
    engine = create_engine(url)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, compare_type=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations_online()
