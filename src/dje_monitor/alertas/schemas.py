"""Alerts as the API shows them, and the body of "mark as read"."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dje_monitor.esquemas import Id, Instante
from dje_monitor.publicacoes.schemas import ComNumeroProcesso

TipoAlerta = Literal["NOVA_PUBLICACAO", "PUBLICACAO_CANCELADA", "OPORTUNIDADE_CREDITO"]
MAX_IDS = 1000


class PublicacaoDoAlerta(ComNumeroProcesso):
    id: int
    data_disponibilizacao: date
    sigla_tribunal: str | None
    tipo_comunicacao: str | None
    resumo: str = Field(description="Início do texto (300 caracteres)")
    link: str | None
    ativo: bool


class AlertaSaida(BaseModel):
    id: int
    tipo: TipoAlerta
    lido: bool
    lido_em: Instante | None
    criado_em: Instante
    pessoa_id: int
    pessoa_nome: str
    publicacao: PublicacaoDoAlerta


class FiltrosAlertas(BaseModel):
    pessoa_id: Id | None = None
    tipo: TipoAlerta | None = None
    lido: bool | None = None


class MarcarLidos(BaseModel):
    """Either the ids to mark, or `todos: true` (optionally only one party's). Never both, never neither."""

    model_config = ConfigDict(extra="forbid")

    ids: list[Id] | None = Field(None, max_length=MAX_IDS)
    todos: bool = False
    pessoa_id: Id | None = Field(None, description="Com todos=true: só os alertas desta pessoa")

    @model_validator(mode="after")
    def _um_modo(self) -> MarcarLidos:
        if self.todos and self.ids is not None:
            raise ValueError("informe ids ou todos=true, não ambos")
        if not self.todos and not self.ids:
            raise ValueError("informe ids (não vazio) ou todos=true")
        if self.pessoa_id is not None and not self.todos:
            raise ValueError("pessoa_id só vale com todos=true")
        return self


class Atualizados(BaseModel):
    atualizados: int


class Total(BaseModel):
    total: int
