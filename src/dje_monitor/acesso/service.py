"""Logins, users and API tokens. Every change here is audited in the same transaction."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.orm import Session

from dje_monitor.acesso import ator as atores
from dje_monitor.acesso import repository as repo
from dje_monitor.acesso import segredos
from dje_monitor.acesso.ator import Ator
from dje_monitor.acesso.models import ADMIN, API, LEITOR, NAVEGADOR, Usuario
from dje_monitor.acesso.schemas import (
    FORMATO_LOGIN,
    TokenCriado,
    TokenEntrada,
    TokenSaida,
    UsuarioAtualizacao,
    UsuarioEntrada,
    UsuarioSaida,
)
from dje_monitor.auditoria import models as acoes
from dje_monitor.auditoria import repository as auditoria_repo
from dje_monitor.auditoria.service import registrar
from dje_monitor.config import get_settings
from dje_monitor.errors import AppError, Conflito, NaoAutenticado, NaoEncontrado
from dje_monitor.paginacao import Pagina, Paginacao
from dje_monitor.tempo import agora

USUARIO_NAO_ENCONTRADO = "Usuário não encontrado."
_FORMATO_LOGIN = re.compile(FORMATO_LOGIN)
_INCORRETOS = "Login ou senha incorretos: confira os dados e tente de novo."
_SEM_USUARIOS = (
    " Nenhum usuário cadastrado ainda: crie o primeiro administrador com "
    "`dje-monitor usuario criar --login LOGIN --papel admin`."
)


@dataclass(frozen=True)
class Login:
    usuario: UsuarioSaida
    token: str
    max_age: int  # seconds the cookie lives


def _chave_login(login: str) -> str:
    """What the audit log keeps of a typed login: the login itself when it could be one; otherwise a digest,
    since a password typed into the login field must not end up readable in the log."""
    if _FORMATO_LOGIN.fullmatch(login):
        return login
    return "inválido:" + segredos.digest(login)[:16]


def _falha(session: Session, login: str, ip: str | None, motivo: str) -> None:
    atores.definir(session, Ator(nome=login, papel=LEITOR, ip=ip))
    registrar(session, acoes.LOGIN_FALHOU, "login", login, motivo)


def entrar(session: Session, login: str, senha: str, ip: str | None) -> Login | AppError:
    """A browser login, or the error to answer. The failure is returned, not raised: its audit row
    (which the rate limit counts) must commit with the request."""
    settings = get_settings()
    login = _chave_login(login.strip().lower())
    instante = agora()
    desde = instante - timedelta(minutes=settings.login_janela_minutos)
    deste_login, deste_ip = auditoria_repo.falhas_de_login(session, login, ip, desde)
    if deste_login >= settings.login_max_falhas or deste_ip >= settings.login_max_falhas_por_ip:
        _falha(session, login, ip, "recusado: tentativas demais")
        minutos = math.ceil(settings.login_janela_minutos)
        return AppError(
            f"Muitas tentativas de login malsucedidas. Tente de novo em {minutos} minutos.",
            429,
            cabecalhos={"Retry-After": str(int(settings.login_janela_minutos * 60))},
        )
    usuario = repo.por_login(session, login)
    if not segredos.senha_confere(usuario.senha_hash if usuario else None, senha) or usuario is None:
        _falha(session, login, ip, "senha incorreta" if usuario else "login desconhecido")
        return NaoAutenticado(_INCORRETOS + ("" if repo.contar(session) else _SEM_USUARIOS))
    if not usuario.ativo:
        _falha(session, login, ip, "usuário desativado")
        return NaoAutenticado(_INCORRETOS)
    if segredos.precisa_rehash(usuario.senha_hash):
        usuario.senha_hash = segredos.hash_senha(senha)
    repo.encerrar_logins(session, usuario.id, instante)
    token = segredos.novo_token()
    horas = settings.sessao_horas
    repo.criar_token(
        session,
        usuario_id=usuario.id,
        tipo=NAVEGADOR,
        nome="login no navegador",
        hash=segredos.digest(token),
        prefixo=token[:12],
        expira_em=instante + timedelta(hours=horas),
    )
    usuario.ultimo_acesso_em = instante
    atores.definir(session, Ator(nome=usuario.login, papel=usuario.papel, usuario_id=usuario.id, ip=ip))
    registrar(session, acoes.LOGIN, "login", usuario.login, "login no navegador")
    return Login(UsuarioSaida.model_validate(usuario), token, int(horas * 3600))


def sair(session: Session, token: str | None) -> None:
    if token:
        repo.remover_por_digest(session, segredos.digest(token))
    registrar(session, acoes.LOGOUT, "login", atores.de(session).nome, "saiu")


def autenticar_token(session: Session, token: str, ip: str | None, por_cookie: bool) -> Ator | None:
    instante = agora()
    encontrado = repo.token_valido(session, segredos.digest(token), instante)
    if encontrado is None:
        return None
    registro, usuario = encontrado
    repo.tocar(session, registro, usuario, instante)
    return Ator(usuario.login, usuario.papel, usuario.id, por_cookie, ip)


def eu(session: Session, ator: Ator) -> UsuarioSaida:
    if ator.usuario_id is None:
        # DJE_API_TOKEN is nobody's: describe it as the admin it acts as.
        return UsuarioSaida(
            id=0,
            login=ator.nome,
            nome=ator.nome,
            papel=ADMIN,
            ativo=True,
            criado_em=agora(),
            ultimo_acesso_em=None,
        )
    return UsuarioSaida.model_validate(repo.obter(session, ator.usuario_id))


# Users (admin) ---------------------------------------------------------------------------------------


def listar_usuarios(session: Session, pag: Paginacao) -> Pagina[UsuarioSaida]:
    itens, total = repo.listar(session, pag.offset, pag.por_pagina)
    return pag.montar([UsuarioSaida.model_validate(u) for u in itens], total)


def criar_usuario(session: Session, dados: UsuarioEntrada) -> UsuarioSaida:
    if repo.por_login(session, dados.login) is not None:
        raise Conflito(f"Já existe um usuário com o login {dados.login}.")
    senha_hash = segredos.hash_senha(dados.senha)
    usuario = repo.criar(
        session, login=dados.login, nome=dados.nome, papel=dados.papel, senha_hash=senha_hash
    )
    registrar(session, acoes.CRIAR, "usuario", usuario.id, f"usuário {usuario.login} ({usuario.papel})")
    return UsuarioSaida.model_validate(usuario)


def _manter_um_admin(session: Session, usuario: Usuario, dados: UsuarioAtualizacao) -> None:
    deixa_de_ser_admin = (
        usuario.papel == ADMIN
        and usuario.ativo
        and (dados.papel not in (None, ADMIN) or dados.ativo is False)
    )
    # Locks the active admins' rows: two admins demoting each other at once cannot both succeed.
    if deixa_de_ser_admin and repo.admins_ativos(session) == [usuario.id]:
        raise Conflito("É preciso manter ao menos um administrador ativo.")


def _descrever(usuario: Usuario, dados: UsuarioAtualizacao) -> str:
    """The change as the audit page shows it, in words (before the row is modified)."""
    partes = []
    if dados.nome is not None and dados.nome != usuario.nome:
        partes.append(f"nome: {usuario.nome} → {dados.nome}")
    if dados.papel is not None and dados.papel != usuario.papel:
        partes.append(f"papel: {usuario.papel} → {dados.papel}")
    if dados.ativo is not None and dados.ativo != usuario.ativo:
        partes.append("reativado" if dados.ativo else "desativado")
    if dados.senha is not None:
        partes.append("senha trocada")
    return ", ".join(partes) or "sem mudanças"


def atualizar_usuario(session: Session, usuario_id: int, dados: UsuarioAtualizacao) -> UsuarioSaida:
    usuario = repo.obter(session, usuario_id)
    if usuario is None:
        raise NaoEncontrado(USUARIO_NAO_ENCONTRADO)
    _manter_um_admin(session, usuario, dados)
    descricao = _descrever(usuario, dados)
    for campo, valor in dados.model_dump(exclude={"senha"}).items():
        if valor is not None:
            setattr(usuario, campo, valor)
    if dados.senha is not None:
        usuario.senha_hash = segredos.hash_senha(dados.senha)
        repo.encerrar_logins(session, usuario.id)
    if dados.ativo is False:
        repo.encerrar_logins(session, usuario.id)
    registrar(session, acoes.ALTERAR, "usuario", usuario.id, f"usuário {usuario.login}: {descricao}")
    session.flush()
    return UsuarioSaida.model_validate(usuario)


def criar_pelo_terminal(
    session: Session, dados: UsuarioEntrada, redefinir: bool
) -> tuple[UsuarioSaida, bool]:
    """`dje-monitor usuario criar`: creates the user, or with `redefinir` sets the password and role of an
    existing one (how a locked-out admin gets back in). Returns the user and whether it was created."""
    atores.definir(session, atores.do_terminal())
    existente = repo.por_login(session, dados.login)
    if existente is None:
        return criar_usuario(session, dados), True
    if not redefinir:
        raise Conflito(f"Já existe o usuário {dados.login}; use --redefinir para trocar a senha.")
    nome = dados.nome if dados.nome != dados.login else None  # no --nome: keep the one it has
    alteracao = UsuarioAtualizacao(nome=nome, papel=dados.papel, ativo=True, senha=dados.senha)
    return atualizar_usuario(session, existente.id, alteracao), False


# API tokens (each user, their own) -------------------------------------------------------------------


def _dono(ator: Ator) -> int:
    if ator.usuario_id is None:
        raise Conflito("O DJE_API_TOKEN não tem tokens próprios: entre com um usuário para criá-los.")
    return ator.usuario_id


def listar_tokens(session: Session, ator: Ator) -> list[TokenSaida]:
    if ator.usuario_id is None:
        return []
    return [TokenSaida.model_validate(t) for t in repo.tokens_api(session, ator.usuario_id)]


def criar_token(session: Session, ator: Ator, dados: TokenEntrada) -> TokenCriado:
    segredo = segredos.novo_token()
    validade = dados.validade_dias
    registro = repo.criar_token(
        session,
        usuario_id=_dono(ator),
        tipo=API,
        nome=dados.nome,
        hash=segredos.digest(segredo),
        prefixo=segredo[:12],
        expira_em=None if validade is None else agora() + timedelta(days=validade),
    )
    resumo = f"token de API {dados.nome!r} ({registro.prefixo}…)"
    registrar(session, acoes.CRIAR, "token", registro.id, resumo)
    return TokenCriado(**TokenSaida.model_validate(registro).model_dump(), token=segredo)


def revogar_token(session: Session, ator: Ator, token_id: int) -> None:
    removido = repo.remover_token(session, _dono(ator), token_id)
    if removido is None:
        raise NaoEncontrado("Token não encontrado.")
    registrar(session, acoes.EXCLUIR, "token", token_id, f"token de API {removido.nome!r} revogado")
