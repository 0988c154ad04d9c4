"""A check on the raw JSON body that pydantic cannot make: text with a lone UTF-16 surrogate.

JSON may escape half of a surrogate pair ("\\ud800"); Python decodes it to a `str` that no UTF-8 text,
and so no PostgreSQL column, can hold. pydantic does not report it as a field error: for `str | None`
it raises UnicodeEncodeError, a 500. One app-wide dependency refuses such a body first, with the same
422 as any invalid field.
"""

from __future__ import annotations

import json
import re
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError

# Only a body with an escaped surrogate can decode to one (raw bytes of one are not valid UTF-8 JSON).
_ESCAPE_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _texto_invalido(texto: str) -> bool:
    try:
        texto.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _onde_ha_surrogate(dados: Any) -> tuple[int | str, ...] | None:
    """The path of the first string (value or key) holding a lone surrogate, or None."""
    # Iterative: a deeply nested body that json.loads accepted must not overflow the stack here.
    pendentes: list[tuple[Any, tuple[int | str, ...]]] = [(dados, ())]
    while pendentes:
        valor, caminho = pendentes.pop()
        if isinstance(valor, dict):
            for chave, item in valor.items():
                if _texto_invalido(chave):
                    return caminho  # the key itself cannot even be named in the answer
                pendentes.append((item, (*caminho, chave)))
        elif isinstance(valor, list):
            pendentes.extend((item, (*caminho, i)) for i, item in enumerate(valor))
        elif isinstance(valor, str) and _texto_invalido(valor):
            return caminho
    return None


async def corpo_sem_surrogates(request: Request) -> None:
    """App-wide dependency; runs before the body's own validation and answers in its format."""
    if "json" not in request.headers.get("content-type", ""):
        return
    corpo = await request.body()
    if not _ESCAPE_SURROGATE.search(corpo):
        return
    try:
        dados = json.loads(corpo)
    except (ValueError, RecursionError):
        return  # not JSON: the route's own parsing answers with its error
    caminho = _onde_ha_surrogate(dados)
    if caminho is not None:
        erro = {
            "type": "value_error",
            "loc": ("body", *caminho),
            "ctx": {"error": "contém caracteres inválidos"},
        }
        raise RequestValidationError([erro])
