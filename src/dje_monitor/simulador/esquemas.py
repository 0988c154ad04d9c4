"""Corpos aceitos pelas rotas de controle /_simulador."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .config import Latencia
from .normalizacao import somente_digitos
from .tribunais import sigla_canonica

TipoForcado = Literal[
    "500", "403", "429", "vazia", "timeout", "html_200", "array", "itens", "nulos", "sem_campos",
    "texto_gigante",
]  # fmt: skip


class RespostaForcadaEntrada(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tipo: TipoForcado
    retry_after: int | None = Field(default=None, ge=0)
    segundos: float = Field(default=30.0, ge=0, le=3600)


class AlteracaoFalhas(BaseModel):
    """Campos omitidos não mudam; `respostas_forcadas` é acrescentada ao fim da fila."""

    model_config = ConfigDict(extra="forbid")

    latencia: str | None = None
    limite_taxa: float | None = Field(default=None, ge=0)
    burst: int | None = Field(default=None, ge=0)
    retry_after: int | None = Field(default=None, ge=0)
    prob_500: float | None = Field(default=None, ge=0, le=1)
    prob_403: float | None = Field(default=None, ge=0, le=1)
    paginas_vazias: int | None = Field(default=None, ge=0)
    respostas_forcadas: list[RespostaForcadaEntrada] | None = None
    max_itens_por_pagina: int | None = Field(default=None, ge=1)
    novas_por_minuto: float | None = Field(default=None, ge=0)
    nomes_com_falha: list[str] | None = None

    @field_validator("latencia")
    @classmethod
    def _latencia_valida(cls, valor: str | None) -> str | None:
        if valor is not None:
            Latencia.de_texto(valor)
        return valor


class NovasComunicacoes(BaseModel):
    model_config = ConfigDict(extra="forbid")

    quantidade: int = Field(ge=1, le=500_000)
    destinatarios: list[str] = Field(min_length=1)
    data_inicio: date | None = None
    data_fim: date | None = None
    sigla_tribunal: str | None = None
    numero_processo: str | None = None
    texto: str | None = None

    @field_validator("destinatarios")
    @classmethod
    def _nomes_preenchidos(cls, valor: list[str]) -> list[str]:
        nomes = [nome.strip() for nome in valor]
        if not all(nomes):
            raise ValueError("nomes de destinatários não podem ser vazios")
        return nomes

    @field_validator("sigla_tribunal")
    @classmethod
    def _sigla_conhecida(cls, valor: str | None) -> str | None:
        if valor is None:
            return None
        sigla = sigla_canonica(valor)
        if sigla is None:
            raise ValueError(f"sigla de tribunal desconhecida: {valor}")
        return sigla

    @field_validator("numero_processo")
    @classmethod
    def _vinte_digitos(cls, valor: str | None) -> str | None:
        if valor is None:
            return None
        digitos = somente_digitos(valor)
        if len(digitos) != 20:
            raise ValueError("numero_processo deve ter 20 dígitos (com ou sem máscara)")
        return digitos


class Cancelamento(BaseModel):
    model_config = ConfigDict(extra="forbid")

    motivo: str | None = None
