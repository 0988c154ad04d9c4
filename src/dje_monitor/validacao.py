"""pydantic's validation errors as pt-BR messages, one per field, for every 422 of the API."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

# Locations FastAPI puts before the field name; the user only cares about the field.
_ORIGENS = {"body", "query", "path", "header", "cookie"}

_Formatar = Callable[[dict[str, Any]], str]


def _minimo(ctx: dict[str, Any], unidade: str) -> str:
    minimo = ctx.get("min_length")
    return "não pode ficar vazio" if minimo == 1 else f"deve ter pelo menos {minimo} {unidade}"


def _ctx(chave: str) -> _Formatar:
    return lambda ctx: str(ctx.get(chave, ""))


def _opcoes(ctx: dict[str, Any]) -> str:
    return str(ctx.get("expected", "")).replace(" or ", " ou ")


_MENSAGENS: dict[str, str | _Formatar] = {
    "missing": "campo obrigatório",
    "string_type": "deve ser um texto",
    "string_too_short": lambda c: _minimo(c, "caracteres"),
    "string_too_long": lambda c: f"deve ter no máximo {c.get('max_length')} caracteres",
    "string_pattern_mismatch": "formato inválido",
    "int_type": "deve ser um número inteiro",
    "int_parsing": "deve ser um número inteiro",
    "int_from_float": "deve ser um número inteiro",
    "int_parsing_size": "número grande demais",
    "float_type": "deve ser um número",
    "float_parsing": "deve ser um número",
    "finite_number": "deve ser um número finito",
    "greater_than": lambda c: f"deve ser maior que {c.get('gt')}",
    "greater_than_equal": lambda c: f"deve ser maior ou igual a {c.get('ge')}",
    "less_than": lambda c: f"deve ser menor que {c.get('lt')}",
    "less_than_equal": lambda c: f"deve ser menor ou igual a {c.get('le')}",
    "bool_type": "deve ser verdadeiro ou falso",
    "bool_parsing": "deve ser verdadeiro ou falso (true/false)",
    "date_type": "deve ser uma data (AAAA-MM-DD)",
    "date_parsing": "data inválida; use o formato AAAA-MM-DD",
    "date_from_datetime_parsing": "data inválida; use o formato AAAA-MM-DD",
    "date_from_datetime_inexact": "deve ser uma data sem horário (AAAA-MM-DD)",
    "datetime_type": "deve ser data e hora (ISO-8601)",
    "datetime_parsing": "data e hora inválidas; use ISO-8601",
    "datetime_from_date_parsing": "data e hora inválidas; use ISO-8601",
    "list_type": "deve ser uma lista",
    "too_short": lambda c: _minimo(c, "itens"),
    "too_long": lambda c: f"deve ter no máximo {c.get('max_length')} itens",
    "dict_type": "deve ser um objeto JSON",
    "model_type": "deve ser um objeto JSON",
    "model_attributes_type": "deve ser um objeto JSON",
    "json_invalid": "JSON inválido",
    "json_type": "JSON inválido",
    "extra_forbidden": "campo não permitido",
    "literal_error": lambda c: f"deve ser um destes valores: {_opcoes(c)}",
    "enum": lambda c: f"deve ser um destes valores: {_opcoes(c)}",
    "value_error": _ctx("error"),
    "assertion_error": _ctx("error"),
}


def _campo(loc: Sequence[int | str]) -> str | None:
    partes = list(loc)
    if partes and partes[0] in _ORIGENS:
        partes = partes[1:]
    nome = ""
    for parte in partes:
        if isinstance(parte, int):
            nome += f"[{parte}]"
        else:
            nome += f".{parte}" if nome else str(parte)
    return nome or None


def _mensagem(erro: dict[str, Any]) -> str:
    formato = _MENSAGENS.get(str(erro.get("type", "")))
    ctx = erro.get("ctx") or {}
    if callable(formato):
        texto = formato(ctx)
    elif formato is not None:
        texto = formato
    else:
        # A type we did not translate: never show pydantic's English text to the user.
        texto = "valor inválido"
    # pydantic prefixes messages of ValueError raised in validators; ours are already pt-BR.
    return texto.removeprefix("Value error, ") or "valor inválido"


def mensagens_validacao(errors: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """[{"campo": "nome", "mensagem": "deve ter entre 3 e 300 caracteres"}, …]; `campo` None for the body."""
    resultado: list[dict[str, Any]] = []
    for erro in errors:
        campo = _campo(erro.get("loc", ()))
        mensagem = _mensagem(erro)
        if campo is None and erro.get("type") == "missing":
            mensagem = "o corpo da requisição é obrigatório"
        item = {"campo": campo, "mensagem": mensagem}
        if item not in resultado:
            resultado.append(item)
    return resultado
