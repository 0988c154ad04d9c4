"""Leitura dos parâmetros de /comunicacao (camelCase, como no DJEN; nomes desconhecidos são ignorados)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from .base import Filtros
from .normalizacao import chave_oab, normalizar, somente_digitos
from .tribunais import sigla_canonica

MENSAGEM_SEM_FILTRO = (
    "Informe ao menos um dos parâmetros: siglaTribunal, texto, nomeParte, nomeAdvogado, "
    "numeroOab ou numeroProcesso."
)


class ParametroInvalido(ValueError):
    pass


@dataclass(frozen=True)
class Consulta:
    filtros: Filtros
    pagina: int
    itens_por_pagina: int


def _texto(params: Mapping[str, str], nome: str) -> str | None:
    valor = params.get(nome)
    return (valor.strip() or None) if valor is not None else None


def _inteiro(params: Mapping[str, str], nome: str) -> int | None:
    valor = _texto(params, nome)
    if valor is None:
        return None
    try:
        return int(valor)
    except ValueError:
        raise ParametroInvalido(f"Parâmetro {nome} inválido: {valor!r}") from None


def _data(params: Mapping[str, str], nome: str) -> date | None:
    valor = _texto(params, nome)
    if valor is None:
        return None
    try:
        return date.fromisoformat(valor[:10])
    except ValueError:
        raise ParametroInvalido(f"Data inválida em {nome}: {valor!r}; use o formato yyyy-mm-dd") from None


def _normalizado(params: Mapping[str, str], nome: str) -> str | None:
    valor = _texto(params, nome)
    return (normalizar(valor) or None) if valor else None


def ler_consulta(params: Mapping[str, str], max_itens_por_pagina: int) -> Consulta:
    sigla = _texto(params, "siglaTribunal")
    processo = _texto(params, "numeroProcesso")
    oab = _texto(params, "numeroOab")
    uf_oab = _texto(params, "ufOab")
    meio = _texto(params, "meio")
    filtros = Filtros(
        nome_parte=_normalizado(params, "nomeParte"),
        nome_advogado=_normalizado(params, "nomeAdvogado"),
        numero_oab=(chave_oab(oab) or None) if oab else None,
        uf_oab=uf_oab.upper() if uf_oab else None,
        numero_processo=somente_digitos(processo) if processo else None,
        # Sigla desconhecida não é erro no DJEN: só não traz nada.
        sigla_tribunal=(sigla_canonica(sigla) or sigla.upper()) if sigla else None,
        data_inicio=_data(params, "dataDisponibilizacaoInicio"),
        data_fim=_data(params, "dataDisponibilizacaoFim"),
        numero_comunicacao=_inteiro(params, "numeroComunicacao"),
        meio=meio.upper() if meio else None,
        orgao_id=_inteiro(params, "orgaoId"),
        texto=_normalizado(params, "texto"),
    )
    pagina = _inteiro(params, "pagina") or 1
    itens = _inteiro(params, "itensPorPagina") or max_itens_por_pagina
    return Consulta(filtros, max(1, pagina), min(max(1, itens), max_itens_por_pagina))
