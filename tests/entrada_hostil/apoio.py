"""What every 4xx of the API must carry: a JSON body with a non-empty pt-BR `detail`."""

from __future__ import annotations

from typing import Any

# FastAPI/Starlette/pydantic defaults that must never reach a user (the app's handlers replace them).
INGLES = (
    "Not Found",
    "Method Not Allowed",
    "Field required",
    "Internal Server Error",
    "There was an error parsing the body",
    "Unprocessable Entity",
    "Input should be",
    "value is not",
    "Bad Request",
    "Request Entity Too Large",
)
_PALAVRAS_PT = ("ã", "ç", "é", "á", "í", "ó", "ú", "ê", "õ", "não", " de ", " do ", " da ", "inválid", "deve")


def problema_do_erro(status: int, corpo_texto: str, corpo: Any) -> str | None:
    """Why this 4xx answer is not a clear Portuguese message, or None when it is."""
    detalhe = corpo.get("detail") if isinstance(corpo, dict) else None
    if not isinstance(detalhe, str) or not detalhe.strip():
        return f"HTTP {status} sem `detail` em texto: {corpo_texto[:200]!r}"
    minusculo = detalhe.lower()
    if any(ingles in detalhe for ingles in INGLES) or not any(p in minusculo for p in _PALAVRAS_PT):
        return f"HTTP {status} com mensagem que não é pt-BR: {detalhe[:200]!r}"
    return None


def problema_da_resposta(resposta: Any) -> str | None:
    """For any response: a 5xx, or a 4xx without a pt-BR `detail`; None when fine."""
    if resposta.status_code >= 500:
        return f"HTTP {resposta.status_code}: {resposta.text[:200]!r}"
    if resposta.status_code < 400:
        return None
    try:
        corpo = resposta.json()
    except ValueError:
        return f"HTTP {resposta.status_code} sem corpo JSON: {resposta.text[:200]!r}"
    return problema_do_erro(resposta.status_code, resposta.text, corpo)
