"""One engine per process, created on first use; sessions commit only at boundaries."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from dje_monitor.config import Settings, get_settings


class Base(DeclarativeBase):
    pass


_lock = threading.Lock()
_engine: Engine | None = None
_fabrica: sessionmaker[Session] | None = None


def criar_engine(settings: Settings) -> Engine:
    # The plan's pool: enough connections for 8 worker threads plus the API, checked before use.
    return create_engine(
        settings.sqlalchemy_url,
        pool_size=10,
        max_overflow=20,
        pool_pre_ping=True,
        pool_recycle=3600,
    )


def get_engine() -> Engine:
    global _engine, _fabrica
    if _engine is None:
        with _lock:
            if _engine is None:
                _engine = criar_engine(get_settings())
                _fabrica = sessionmaker(bind=_engine, expire_on_commit=False)
    return _engine


def nova_session() -> Session:
    get_engine()
    assert _fabrica is not None
    return _fabrica()


@contextmanager
def session_scope() -> Iterator[Session]:
    """The worker's transaction boundary: commit on success, roll back on any error."""
    session = nova_session()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def descartar_engine() -> None:
    """Forget the engine (tests switching databases, forked processes)."""
    global _engine, _fabrica
    with _lock:
        if _engine is not None:
            _engine.dispose()
        _engine = None
        _fabrica = None
