"""What every benchmark shares: a database and Redis namespace of its own, removed afterwards."""

from __future__ import annotations

import os
import uuid


def preparar_ambiente(prefixo: str) -> str:
    """Points the DJE_ settings at a fresh namespace and database name; returns the namespace.

    Must run before any dje_monitor import that reads settings (the broker reads them at import).
    """
    namespace = f"{prefixo}{uuid.uuid4().hex[:8]}"
    os.environ.update(
        {
            "DJE_REDIS_NAMESPACE": namespace,
            "DJE_DATABASE_URL": f"postgresql://postgres@127.0.0.1:5432/dje_{namespace}",
            "DJE_MONITOR_HABILITADO": "false",
        }
    )
    return namespace


def limpar(url: str) -> None:
    """Drops the benchmark's database and deletes its Redis keys."""
    import redis
    from sqlalchemy import create_engine, make_url, text

    from dje_monitor.config import get_settings
    from dje_monitor.db import descartar_engine

    descartar_engine()
    settings = get_settings()
    cliente = redis.Redis.from_url(settings.redis_url)
    for chave in cliente.scan_iter(match=f"{settings.redis_namespace}*", count=1000):
        cliente.delete(chave)
    engine = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as con:
        con.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    engine.dispose()
