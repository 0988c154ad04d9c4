"""Authentication and roles for every /api route: a cookie from the login page, a user's API token, or
the configured DJE_API_TOKEN. Reads need `leitor`; anything else `operador`, unless a router asks more."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, Request
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer

from dje_monitor.acesso import ator as atores
from dje_monitor.acesso import segredos, service
from dje_monitor.acesso.ator import Ator
from dje_monitor.acesso.models import ADMIN, LEITOR, OPERADOR
from dje_monitor.config import get_settings
from dje_monitor.errors import NaoAutenticado, Proibido
from dje_monitor.sessao_http import Sessao

COOKIE = "dje_sessao"
_LEITURA = {"GET", "HEAD", "OPTIONS"}

_bearer = HTTPBearer(
    auto_error=False, scheme_name="token", description="Token de API (`dje_…`) ou o DJE_API_TOKEN"
)
_cookie = APIKeyCookie(
    name=COOKIE, auto_error=False, scheme_name="login", description="Cookie do login no navegador"
)


def ip_de(request: Request) -> str | None:
    return request.client.host if request.client else None


def _do_ambiente(token: str, ip: str | None) -> Ator | None:
    configurado = get_settings().api_token
    if configurado is not None and segredos.iguais(token, configurado.get_secret_value()):
        return Ator(nome="DJE_API_TOKEN", papel=ADMIN, ip=ip)
    return None


def _mesma_origem(request: Request) -> bool:
    """A cookie rides along on cross-site requests; the Origin a browser sends says where they come from.
    Without Origin the caller is not a browser (curl with a cookie jar), which no other site can drive."""
    origem = request.headers.get("origin")
    if origem is None:
        return True
    if origem.rstrip("/") in get_settings().origens_cors:
        return True
    return urlsplit(origem).netloc == request.headers.get("host")


def autenticar(
    request: Request,
    session: Sessao,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    cookie: Annotated[str | None, Depends(_cookie)],
) -> Ator:
    ip = ip_de(request)
    ator: Ator | None = None
    if bearer is not None:
        credencial = bearer.credentials
        ator = _do_ambiente(credencial, ip) or service.autenticar_token(session, credencial, ip, False)
        if ator is None:
            raise NaoAutenticado("Token inválido, expirado ou revogado.")
    elif cookie:
        ator = service.autenticar_token(session, cookie, ip, True)
        if ator is None:
            raise NaoAutenticado("Sua sessão expirou; entre novamente.")
    if ator is None:
        raise NaoAutenticado()
    if ator.por_cookie and request.method not in _LEITURA and not _mesma_origem(request):
        raise Proibido("Origem da requisição não permitida.")
    atores.definir(session, ator)
    return ator


AtorAtual = Annotated[Ator, Depends(autenticar)]


def acesso(leitura: str = LEITOR, escrita: str = OPERADOR) -> Callable[..., Ator]:
    """The router dependency: who may read (GET) and who may change (any other method)."""

    def exigir(request: Request, ator: AtorAtual) -> Ator:
        papel = leitura if request.method in _LEITURA else escrita
        if not ator.pode(papel):
            acao = "consultar isto" if request.method in _LEITURA else "fazer alterações"
            raise Proibido(f"Seu papel ({ator.papel}) não permite {acao}; é preciso ser {papel}.")
        return ator

    return exigir
