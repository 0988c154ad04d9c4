"""SQL of the audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from dje_monitor.auditoria.models import LOGIN_FALHOU, RegistroAuditoria

R = RegistroAuditoria


def inserir(session: Session, **campos: Any) -> None:
    session.execute(insert(R).values(**campos))


def falhas_de_login(session: Session, login: str, ip: str | None, desde: datetime) -> tuple[int, int]:
    """Failed logins since `desde`: (for this login from this address, from this address for any login)."""
    deste_ip = R.ip.is_(None) if ip is None else R.ip == ip
    linha = session.execute(
        select(func.count().filter(R.recurso_id == login), func.count()).where(
            R.acao == LOGIN_FALHOU, R.em >= desde, deste_ip
        )
    ).one()
    return int(linha[0]), int(linha[1])


def listar(
    session: Session, filtros: dict[str, Any], offset: int, limite: int
) -> tuple[list[RegistroAuditoria], int]:
    condicoes = [getattr(R, campo) == valor for campo, valor in filtros.items() if valor is not None]
    consulta = select(R).where(*condicoes).order_by(R.id.desc()).offset(offset).limit(limite)
    itens = list(session.scalars(consulta))
    total = int(session.scalar(select(func.count()).select_from(R).where(*condicoes)) or 0)
    return itens, total
