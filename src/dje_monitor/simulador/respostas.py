"""Corpos de resposta: o envelope de sucesso, os erros do DJEN/CDN e as deformações forçadas."""

from __future__ import annotations

import secrets
from typing import Any

from fastapi.responses import HTMLResponse, JSONResponse, Response

from .textos import texto_gigante

# Campos que somem no modo "sem_campos"; `id`, datas, processo e destinatários ficam, para que o
# cliente consiga ao menos identificar o item malformado.
CAMPOS_OMITIDOS = (
    "hash", "datadisponibilizacao", "numeroprocessocommascara", "meiocompleto", "link", "tipoDocumento",
    "codigoClasse", "status", "motivo_cancelamento", "data_cancelamento", "destinatarioadvogados",
)  # fmt: skip

_PAGINA_403 = """<HTML><HEAD>
<TITLE>Access Denied</TITLE>
</HEAD><BODY>
<H1>Access Denied</H1>

You don't have permission to access "http&#58;&#47;&#47;comunicaapi&#46;pje&#46;jus&#46;br&#47;api&#47;v1&#47;comunicacao" on this server.<P>
Reference&#32;&#35;18&#46;{referencia}
<P>https&#58;&#47;&#47;errors&#46;edgesuite&#46;net&#47;18&#46;{referencia}</P>
</BODY>
</HTML>
"""  # noqa: E501

_PAGINA_HTML_200 = """<!DOCTYPE html>
<html lang="pt-br"><head><meta charset="utf-8"><title>Comunica PJe - Indisponível</title></head>
<body><h1>Serviço temporariamente indisponível</h1>
<p>O sistema está em manutenção. Tente novamente em alguns minutos.</p></body></html>
"""


def envelope(count: int, itens: list[dict[str, Any]], chave: str = "items") -> dict[str, Any]:
    return {"status": "success", "message": "Sucesso", "count": count, chave: itens}


def erro_400(mensagem: str) -> JSONResponse:
    return JSONResponse({"status": "error", "message": mensagem}, status_code=400)


def erro_500() -> JSONResponse:
    return JSONResponse({"status": "error", "message": "sistema muito ocupado"}, status_code=500)


def erro_403() -> HTMLResponse:
    return HTMLResponse(_PAGINA_403.format(referencia=secrets.token_hex(12)), status_code=403)


def erro_429(cabecalhos: dict[str, str]) -> JSONResponse:
    return JSONResponse({"message": "API rate limit exceeded"}, status_code=429, headers=cabecalhos)


def html_200() -> HTMLResponse:
    return HTMLResponse(_PAGINA_HTML_200, status_code=200)


def resposta_de_erro(tipo: str, cabecalhos: dict[str, str], retry_after: int | None = None) -> Response:
    """Erros forçados ou sorteados ("500", "403", "429", "html_200")."""
    if tipo == "429":
        cabecalhos = {**cabecalhos, "x-ratelimit-remaining": "0"}
        cabecalhos.pop("Retry-After", None)
        if retry_after is not None:
            cabecalhos["Retry-After"] = str(retry_after)
        return erro_429(cabecalhos)
    resposta: Response
    if tipo == "403":
        resposta = erro_403()
    elif tipo == "html_200":
        resposta = html_200()
    else:
        resposta = erro_500()
    resposta.headers.update(cabecalhos)
    return resposta


def deformar(tipo: str | None, count: int, itens: list[dict[str, Any]]) -> Any:
    """Corpo da resposta de sucesso, deformado conforme a resposta forçada."""
    if tipo == "nulos":
        itens = [{**i, "destinatarios": None, "destinatarioadvogados": None} for i in itens]
    elif tipo == "sem_campos":
        itens = [{k: v for k, v in i.items() if k not in CAMPOS_OMITIDOS} for i in itens]
    elif tipo == "texto_gigante" and itens:
        itens = [{**itens[0], "texto": texto_gigante()}, *itens[1:]]
    if tipo == "array":
        return itens
    return envelope(count, itens, "itens" if tipo == "itens" else "items")
