"""Writes and lists the audit log. A row is written in the session of the change it records, so the
two commit or roll back together: the log never shows what did not happen, nor misses what did."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from dje_monitor.acesso import ator as atores
from dje_monitor.auditoria import repository as repo
from dje_monitor.auditoria.schemas import FiltrosAuditoria, RegistroSaida
from dje_monitor.paginacao import Pagina, Paginacao

_RESUMO_MAX = 500


def registrar(
    session: Session,
    acao: str,
    recurso: str,
    recurso_id: object | None,
    resumo: str,
    detalhe: dict[str, Any] | None = None,
) -> None:
    ator = atores.de(session)
    repo.inserir(
        session,
        usuario_id=ator.usuario_id,
        ator=ator.nome[:200],
        acao=acao,
        recurso=recurso,
        recurso_id=None if recurso_id is None else str(recurso_id)[:100],
        resumo=resumo[:_RESUMO_MAX],
        detalhe=detalhe,
        ip=ator.ip,
    )


def listar(session: Session, filtros: FiltrosAuditoria, pag: Paginacao) -> Pagina[RegistroSaida]:
    itens, total = repo.listar(session, filtros.model_dump(), pag.offset, pag.por_pagina)
    return pag.montar([RegistroSaida.model_validate(r, from_attributes=True) for r in itens], total)
