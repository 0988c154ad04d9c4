"""The API's error responses: one JSON shape with a pt-BR `detail`, its handlers and its OpenAPI.

Every error leaves the API as `Erro`: ours (AppError), pydantic's (422 with `erros`), Starlette's own
(unknown route, wrong method, unreadable body) and the unexpected ones (500), so a client never has to
parse FastAPI's English defaults ("Not Found", "Method Not Allowed") or a bare text body.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from dje_monitor.errors import AppError
from dje_monitor.validacao import mensagens_validacao

# Starlette raises these with English texts; the status alone says enough to write ours.
_MENSAGENS_HTTP = {
    400: "Requisição malformada: não foi possível ler o corpo enviado.",
    404: "Rota não encontrada.",
    413: "Requisição grande demais.",
    415: "Tipo de conteúdo não suportado.",
}


class ErroCampo(BaseModel):
    campo: str | None = Field(description="O campo (ex.: nome, config.url); null: o corpo inteiro")
    mensagem: str


class Erro(BaseModel):
    """Every error response of the API."""

    detail: str = Field(description="O que deu errado, em português, pronto para mostrar")
    campo: str | None = Field(None, description="O campo que causou o erro, quando há um só")
    erros: list[ErroCampo] | None = Field(None, description="Num 422 de validação: um item por campo")
    id: int | None = Field(None, description="Num 409 de pessoa duplicada: a pessoa que já existe")


async def _erro_app(_: Request, erro: Exception) -> JSONResponse:
    assert isinstance(erro, AppError)
    corpo: dict[str, object] = {"detail": erro.mensagem}
    if erro.campo:
        corpo["campo"] = erro.campo
    if erro.erros:
        corpo["erros"] = erro.erros
    return JSONResponse(corpo, status_code=erro.status_code, headers=erro.cabecalhos)


async def _erro_validacao(_: Request, erro: Exception) -> JSONResponse:
    assert isinstance(erro, RequestValidationError)
    erros = mensagens_validacao(erro.errors())
    resumo = "; ".join(f"{e['campo']}: {e['mensagem']}" if e["campo"] else e["mensagem"] for e in erros)
    return JSONResponse({"detail": f"Dados inválidos — {resumo}", "erros": erros}, status_code=422)


async def _erro_http(request: Request, erro: Exception) -> JSONResponse:
    assert isinstance(erro, StarletteHTTPException)
    status = erro.status_code
    mensagem = _MENSAGENS_HTTP.get(status, f"A requisição falhou (HTTP {status}).")
    if status == 405:
        mensagem = f"Método {request.method} não permitido nesta rota."
    return JSONResponse({"detail": mensagem}, status_code=status, headers=erro.headers)


async def _erro_inesperado(_: Request, erro: Exception) -> JSONResponse:
    # A bug, not an expected failure. Starlette re-raises it after this response, so the server still
    # logs its traceback; the client gets the same JSON shape as every other error, without internals.
    return JSONResponse({"detail": "Erro interno do servidor; tente novamente."}, status_code=500)


def registrar_tratadores(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _erro_app)
    app.add_exception_handler(RequestValidationError, _erro_validacao)
    app.add_exception_handler(StarletteHTTPException, _erro_http)
    app.add_exception_handler(Exception, _erro_inesperado)


def _referencia(nome: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{nome}"}}}


def _documentar_erros(esquema: dict[str, Any]) -> None:
    """Declares `Erro` for every error response instead of FastAPI's HTTPValidationError.

    An error response declared without a body model (a router's `responses={404: {...}}`) gets `Erro`;
    one with a model of its own (503 of /health) keeps it; `default` covers the statuses not listed.
    """
    modelos = esquema.setdefault("components", {}).setdefault("schemas", {})
    erro = Erro.model_json_schema(ref_template="#/components/schemas/{model}")
    modelos.update(erro.pop("$defs", {}))  # ErroCampo, next to Erro where the $ref points
    modelos["Erro"] = erro
    modelos.pop("HTTPValidationError", None)
    modelos.pop("ValidationError", None)
    for caminho in esquema.get("paths", {}).values():
        for operacao in caminho.values():
            respostas = operacao.setdefault("responses", {})
            for codigo, resposta in respostas.items():
                if codigo == "422":
                    resposta["description"] = "Dados inválidos; `erros` aponta cada campo"
                    resposta["content"] = _referencia("Erro")
                elif codigo[0] in "45":
                    esquemas = [c.get("schema") for c in resposta.get("content", {}).values()]
                    if not any(esquemas):
                        resposta["content"] = _referencia("Erro")
            respostas["default"] = {
                "description": "Erro: `detail` diz o quê, em português",
                "content": _referencia("Erro"),
            }


def instalar_openapi(app: FastAPI) -> None:
    """`app.openapi()` (served at /openapi.json, dumped for the web client) with the real error shapes."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            esquema = get_openapi(
                title=app.title, version=app.version, description=app.description, routes=app.routes
            )
            _documentar_erros(esquema)
            app.openapi_schema = esquema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
