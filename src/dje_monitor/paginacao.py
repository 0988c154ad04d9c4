"""Pagination of every list of the API: `pagina` (1-based) and `por_pagina`, one envelope for all."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel

T = TypeVar("T")
POR_PAGINA_PADRAO = 50
POR_PAGINA_MAX = 200
# Bounded so OFFSET stays a sane bigint; nobody pages a million pages by hand.
PAGINA_MAX = 1_000_000


class Pagina(BaseModel, Generic[T]):
    itens: list[T]
    total: int
    pagina: int
    por_pagina: int


@dataclass(frozen=True)
class Paginacao:
    pagina: int = 1
    por_pagina: int = POR_PAGINA_PADRAO

    @property
    def offset(self) -> int:
        return (self.pagina - 1) * self.por_pagina

    def montar(self, itens: list[T], total: int) -> Pagina[T]:
        return Pagina[T](itens=itens, total=total, pagina=self.pagina, por_pagina=self.por_pagina)


def paginacao(
    pagina: Annotated[int, Query(ge=1, le=PAGINA_MAX, description="Página, a partir de 1")] = 1,
    por_pagina: Annotated[
        int, Query(ge=1, le=POR_PAGINA_MAX, description=f"Itens por página (máximo {POR_PAGINA_MAX})")
    ] = POR_PAGINA_PADRAO,
) -> Paginacao:
    return Paginacao(pagina, por_pagina)
