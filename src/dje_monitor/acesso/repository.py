"""SQL of users and their tokens."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from dje_monitor.acesso.models import ADMIN, API, NAVEGADOR, TokenAcesso, Usuario

T = TypeVar("T", Usuario, TokenAcesso)
# `ultimo_uso_em` is written at most this often per token: reads stay reads.
_TOQUE = timedelta(minutes=1)


def por_login(session: Session, login: str) -> Usuario | None:
    return session.scalars(select(Usuario).where(Usuario.login == login)).first()


def obter(session: Session, usuario_id: int) -> Usuario | None:
    return session.get(Usuario, usuario_id)


def contar(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Usuario)) or 0)


def admins_ativos(session: Session) -> list[int]:
    consulta = select(Usuario.id).where(Usuario.papel == ADMIN, Usuario.ativo).with_for_update()
    return list(session.scalars(consulta))


def listar(session: Session, offset: int, limite: int) -> tuple[list[Usuario], int]:
    itens = list(session.scalars(select(Usuario).order_by(Usuario.login).offset(offset).limit(limite)))
    return itens, contar(session)


def _inserir(session: Session, linha: T) -> T:
    """Inserts and reads back the server defaults (id, criado_em) the response shows."""
    session.add(linha)
    session.flush()
    session.refresh(linha)
    return linha


def criar(session: Session, **campos: Any) -> Usuario:
    return _inserir(session, Usuario(**campos))


def criar_token(session: Session, **campos: Any) -> TokenAcesso:
    return _inserir(session, TokenAcesso(**campos))


def token_valido(session: Session, digest: str, agora: datetime) -> tuple[TokenAcesso, Usuario] | None:
    """The token with this digest, unexpired, of an active user."""
    linha = session.execute(
        select(TokenAcesso, Usuario)
        .join(Usuario, Usuario.id == TokenAcesso.usuario_id)
        .where(
            TokenAcesso.hash == digest,
            Usuario.ativo,
            (TokenAcesso.expira_em.is_(None)) | (TokenAcesso.expira_em > agora),
        )
    ).first()
    return None if linha is None else (linha[0], linha[1])


def tocar(session: Session, token: TokenAcesso, usuario: Usuario, agora: datetime) -> None:
    if token.ultimo_uso_em is None or agora - token.ultimo_uso_em > _TOQUE:
        session.execute(update(TokenAcesso).where(TokenAcesso.id == token.id).values(ultimo_uso_em=agora))
        session.execute(update(Usuario).where(Usuario.id == usuario.id).values(ultimo_acesso_em=agora))


def tokens_api(session: Session, usuario_id: int) -> list[TokenAcesso]:
    consulta = select(TokenAcesso).where(TokenAcesso.usuario_id == usuario_id, TokenAcesso.tipo == API)
    return list(session.scalars(consulta.order_by(TokenAcesso.id.desc())))


def remover_token(session: Session, usuario_id: int, token_id: int) -> TokenAcesso | None:
    return session.scalars(
        delete(TokenAcesso)
        .where(TokenAcesso.id == token_id, TokenAcesso.usuario_id == usuario_id, TokenAcesso.tipo == API)
        .returning(TokenAcesso)
    ).first()


def remover_por_digest(session: Session, digest: str) -> None:
    session.execute(delete(TokenAcesso).where(TokenAcesso.hash == digest))


def encerrar_logins(session: Session, usuario_id: int, agora: datetime | None = None) -> None:
    """Browser logins of the user: all (password changed), or only the expired ones (`agora`)."""
    stmt = delete(TokenAcesso).where(TokenAcesso.usuario_id == usuario_id, TokenAcesso.tipo == NAVEGADOR)
    if agora is not None:
        stmt = stmt.where(TokenAcesso.expira_em <= agora)
    session.execute(stmt)
