"""Who is acting: the authenticated user (or the configured admin token, or the command line)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from dje_monitor.acesso.models import ADMIN, PAPEIS

_CHAVE = "ator"


@dataclass(frozen=True)
class Ator:
    nome: str  # the user's login, or what acted without one ("DJE_API_TOKEN", "terminal", "sistema")
    papel: str
    usuario_id: int | None = None
    token_id: int | None = None  # the browser login or API token used (None: DJE_API_TOKEN)
    por_cookie: bool = False
    ip: str | None = None

    def pode(self, papel: str) -> bool:
        return PAPEIS.index(self.papel) >= PAPEIS.index(papel)


SISTEMA = Ator(nome="sistema", papel=ADMIN)


def definir(session: Session, ator: Ator) -> None:
    """Every audit row written in this session names `ator` (the request's or the command line's)."""
    session.info[_CHAVE] = ator


def de(session: Session) -> Ator:
    ator = session.info.get(_CHAVE)
    return ator if isinstance(ator, Ator) else SISTEMA
