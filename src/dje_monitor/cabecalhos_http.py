"""Security headers on every response, and CORS only for the origins the operator allowed."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dje_monitor.config import get_settings

# The built app loads only its own files; React sets styles through the DOM, hence 'unsafe-inline' only
# for styles (a style cannot run code). frame-ancestors 'none' forbids framing (clickjacking).
CSP_APP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
# Swagger UI and ReDoc (FastAPI's /docs and /redoc) come from a CDN and start with an inline script.
CSP_DOCS = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    "img-src 'self' data: https://fastapi.tiangolo.com https://cdn.redoc.ly; "
    "font-src 'self' https://fonts.gstatic.com; "
    "worker-src 'self' blob:; frame-ancestors 'none'"
)
_FIXOS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
]


class CabecalhosSeguranca:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        caminho: str = scope["path"]
        docs = caminho.startswith(("/docs", "/redoc"))
        api = caminho.startswith("/api")

        async def enviar(mensagem: Message) -> None:
            if mensagem["type"] == "http.response.start":
                cabecalhos = list(mensagem.get("headers", []))
                presentes = {nome.lower() for nome, _ in cabecalhos}
                cabecalhos += [(n, v) for n, v in _FIXOS if n not in presentes]
                cabecalhos.append((b"content-security-policy", (CSP_DOCS if docs else CSP_APP).encode()))
                if scope.get("scheme") == "https":
                    cabecalhos.append((b"strict-transport-security", b"max-age=31536000; includeSubDomains"))
                if api and b"cache-control" not in presentes:
                    # Parties and publications are private: no shared or browser cache keeps them.
                    cabecalhos.append((b"cache-control", b"no-store"))
                mensagem["headers"] = cabecalhos
            await send(mensagem)

        await self.app(scope, receive, enviar)


def instalar_cabecalhos(app: FastAPI) -> None:
    origens = get_settings().origens_cors
    if origens:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=origens,
            allow_credentials=True,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
            max_age=600,
        )
    app.add_middleware(CabecalhosSeguranca)
