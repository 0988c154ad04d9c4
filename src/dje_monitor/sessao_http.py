"""The request's transaction boundary: commit on success, roll back on error, then send messages.

Invariant 2: a message is sent only after the rows it refers to are committed. A service registers
the send with `apos_commit`; if sending fails, its compensation runs in a new transaction, so a
request never leaves half its effects behind.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends
from sqlalchemy.orm import Session

from dje_monitor.acesso import ator as atores
from dje_monitor.acesso.ator import Ator
from dje_monitor.db import nova_session

log = logging.getLogger(__name__)
_EFEITOS = "efeitos_apos_commit"


@dataclass(frozen=True)
class _Efeito:
    enviar: Callable[[], None]
    compensar: Callable[[Session], None] | None
    propagar: bool


def apos_commit(
    session: Session,
    enviar: Callable[[], None],
    compensar: Callable[[Session], None] | None = None,
    *,
    propagar: bool = True,
) -> None:
    """Runs `enviar` once the request's transaction commits.

    If it raises, `compensar(session)` undoes what the request wrote (in its own transaction) and the
    error reaches the client, unless `propagar` is False (the write stands, the failure is logged).
    """
    efeitos = session.info.get(_EFEITOS)
    if efeitos is None:
        # Only obter_sessao runs the effects; anywhere else they would be silently dropped.
        raise RuntimeError("apos_commit exige a sessão de obter_sessao()")
    efeitos.append(_Efeito(enviar, compensar, propagar))


def _compensar(session: Session, efeitos: list[_Efeito]) -> None:
    for efeito in efeitos:
        if efeito.compensar is not None:
            efeito.compensar(session)
    session.commit()


def _executar_efeitos(session: Session) -> None:
    efeitos: list[_Efeito] = session.info.pop(_EFEITOS, [])
    for posicao, efeito in enumerate(efeitos):
        try:
            efeito.enviar()
        except Exception:
            if not efeito.propagar:
                _compensar(session, [efeito])
                log.warning("efeito após commit falhou; compensado e ignorado", exc_info=True)
                continue
            # The client gets an error: undo this effect's writes and those of effects never sent.
            _compensar(session, efeitos[posicao:])
            raise


def _sessao(ator: Ator | None) -> Generator[Session, None, None]:
    session = nova_session()
    session.info[_EFEITOS] = []
    if ator is not None:
        atores.definir(session, ator)
    try:
        yield session
        session.commit()
        _executar_efeitos(session)
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def obter_sessao() -> Generator[Session, None, None]:
    """FastAPI dependency, used through `Sessao` below (the authentication names its actor)."""
    yield from _sessao(None)


@contextmanager
def transacao(ator: Ator | None = None) -> Iterator[Session]:
    """The same boundary outside HTTP (CLI, demo, import): `with transacao() as session: service.criar(...)`.

    Closing the generator by hand would roll back: leaving this block commits, then sends. `ator` names
    who acts in the audit log (default: "sistema").
    """
    yield from _sessao(ator)


# The commit must happen before the response is sent (scope="function"): a failed commit or send is the
# client's error response, not a 201 followed by a silent rollback.
Sessao = Annotated[Session, Depends(obter_sessao, scope="function")]
