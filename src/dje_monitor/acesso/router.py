"""/api/auth (login, logout, who am I), /api/v1/usuarios (admin) and /api/v1/tokens (each user's own)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response, status
from fastapi.responses import JSONResponse

from dje_monitor.acesso import service
from dje_monitor.acesso.dependencias import COOKIE, AtorAtual, ip_de
from dje_monitor.acesso.schemas import (
    Credenciais,
    TokenCriado,
    TokenEntrada,
    TokenSaida,
    UsuarioAtualizacao,
    UsuarioEntrada,
    UsuarioSaida,
)
from dje_monitor.config import get_settings
from dje_monitor.errors import AppError
from dje_monitor.esquemas import IdPath
from dje_monitor.paginacao import Pagina, Paginacao, paginacao
from dje_monitor.sessao_http import Sessao

login_router = APIRouter(prefix="/api/auth", tags=["acesso"])  # no authentication: it grants it
auth_router = APIRouter(prefix="/api/auth", tags=["acesso"])
usuarios_router = APIRouter(prefix="/api/v1/usuarios", tags=["usuários"])
tokens_router = APIRouter(prefix="/api/v1/tokens", tags=["tokens de API"])
_NAO_ENCONTRADO: dict[int | str, dict[str, Any]] = {404: {"description": "Não encontrado"}}


@login_router.post(
    "/login",
    response_model=UsuarioSaida,
    summary="Entra: define o cookie HttpOnly do login no navegador",
    responses={401: {"description": "Login ou senha incorretos"}, 429: {"description": "Tentativas demais"}},
)
def entrar(credenciais: Credenciais, request: Request, response: Response, session: Sessao) -> Any:
    resultado = service.entrar(session, credenciais.login, credenciais.senha, ip_de(request))
    if isinstance(resultado, AppError):
        return JSONResponse({"detail": resultado.mensagem}, resultado.status_code, resultado.cabecalhos)
    seguro = get_settings().cookie_seguro
    response.set_cookie(
        COOKIE,
        resultado.token,
        max_age=resultado.max_age,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https" if seguro is None else seguro,
        path="/",
    )
    return resultado.usuario


@auth_router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, response_class=Response, summary="Sai")
def sair(request: Request, session: Sessao, _: AtorAtual) -> Response:
    service.sair(session, request.cookies.get(COOKIE))
    resposta = Response(status_code=status.HTTP_204_NO_CONTENT)
    resposta.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict")
    return resposta


@auth_router.get("/eu", response_model=UsuarioSaida, summary="Quem está autenticado")
def eu(ator: AtorAtual, session: Sessao) -> UsuarioSaida:
    return service.eu(session, ator)


@usuarios_router.get("", response_model=Pagina[UsuarioSaida], summary="Usuários (administrador)")
def listar_usuarios(pag: Annotated[Paginacao, Depends(paginacao)], session: Sessao) -> Pagina[UsuarioSaida]:
    return service.listar_usuarios(session, pag)


@usuarios_router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=UsuarioSaida,
    summary="Cria um usuário (administrador)",
    responses={409: {"description": "Login já usado"}},
)
def criar_usuario(dados: UsuarioEntrada, session: Sessao) -> UsuarioSaida:
    return service.criar_usuario(session, dados)


@usuarios_router.patch(
    "/{usuario_id}",
    response_model=UsuarioSaida,
    summary="Altera nome, papel, senha ou desativa (ativo=false) um usuário (administrador)",
    responses={**_NAO_ENCONTRADO, 409: {"description": "Sem administrador ativo restante"}},
)
def atualizar_usuario(usuario_id: IdPath, dados: UsuarioAtualizacao, session: Sessao) -> UsuarioSaida:
    return service.atualizar_usuario(session, usuario_id, dados)


@tokens_router.get("", response_model=list[TokenSaida], summary="Seus tokens de API")
def listar_tokens(ator: AtorAtual, session: Sessao) -> list[TokenSaida]:
    return service.listar_tokens(session, ator)


@tokens_router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=TokenCriado,
    summary="Cria um token de API com o seu papel; o token só é mostrado nesta resposta",
    responses={409: {"description": "DJE_API_TOKEN não tem tokens próprios"}},
)
def criar_token(dados: TokenEntrada, ator: AtorAtual, session: Sessao) -> TokenCriado:
    return service.criar_token(session, ator, dados)


@tokens_router.delete(
    "/{token_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Revoga um token seu",
    responses=_NAO_ENCONTRADO,
)
def revogar_token(token_id: IdPath, ator: AtorAtual, session: Sessao) -> None:
    service.revogar_token(session, ator, token_id)
