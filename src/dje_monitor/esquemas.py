"""Types shared by the API's schemas: ids, UTC instants, plain messages."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import Path
from pydantic import BaseModel, Field, PlainSerializer, WithJsonSchema

# Ids are bigint: a larger number is a 422, never a database error.
ID_MAX = 2**63 - 1

Id = Annotated[int, Field(ge=1, le=ID_MAX)]
IdPath = Annotated[int, Path(ge=1, le=ID_MAX)]

# Instants leave the API in UTC with an explicit offset ("…+00:00"), whatever the database session's zone.
Instante = Annotated[
    datetime,
    PlainSerializer(lambda d: d.astimezone(UTC).isoformat(), return_type=str),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]


def texto_gravavel(valor: str) -> str:
    """Rejects what PostgreSQL cannot store (NUL), UTF-8 cannot encode (lone surrogates), other controls."""
    if any((ord(c) < 32 and c not in "\t\n\r") or 0xD800 <= ord(c) <= 0xDFFF for c in valor):
        raise ValueError("contém caracteres inválidos")
    return valor


class Mensagem(BaseModel):
    mensagem: str
