"""Who is acting: the authenticated user (or the configured admin token, or the command line)."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from sqlalchemy.orm import Session

from dje_monitor.acesso.models import ADMIN, PAPEIS

_CHAVE = "ator"


@dataclass(frozen=True)
class Ator:
    nome: str  # the user's login, or what acted without one ("DJE_API_TOKEN", "terminal", "sistema")
    papel: str
    usuario_id: int | None = None  # None: DJE_API_TOKEN, the command line, the system
    por_cookie: bool = False  # a browser login: its changes must come from the app's own origin
    ip: str | None = None

    def pode(self, papel: str) -> bool:
        return PAPEIS.index(self.papel) >= PAPEIS.index(papel)


SISTEMA = Ator(nome="sistema", papel=ADMIN)


def do_terminal() -> Ator:
    """Whoever runs a `dje-monitor` command acts as admin; the audit log names the system account."""
    try:
        conta = getpass.getuser()
    except (KeyError, OSError):  # a container user without a passwd entry
        return Ator(nome="terminal", papel=ADMIN)
    return Ator(nome=f"terminal ({conta})", papel=ADMIN)


def definir(session: Session, ator: Ator) -> None:
    """Every audit row written in this session names `ator` (the request's or the command line's)."""
    session.info[_CHAVE] = ator


def de(session: Session) -> Ator:
    ator = session.info.get(_CHAVE)
    return ator if isinstance(ator, Ator) else SISTEMA
