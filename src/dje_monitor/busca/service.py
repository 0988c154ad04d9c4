"""Ad hoc DJEN search through the same global budget as the monitor, capped at a few pages.

A search costs up to MAX_PAGINAS requests of the shared budget, so its grouped result is kept in
Redis for a few minutes: paging through it (or repeating it) costs nothing more. A Redis failure
only skips the cache.
"""

from __future__ import annotations

import hashlib
import json
import logging
from functools import lru_cache

import redis

from dje_monitor.busca.schemas import FiltrosBusca, GrupoBusca, PublicacaoBusca, ResultadoBuscaSaida
from dje_monitor.config import get_settings
from dje_monitor.dependencias import limitador
from dje_monitor.djen.client import DjenClient, ResultadoBusca
from dje_monitor.djen.erros import (
    DjenErro,
    DjenErroPermanente,
    DjenIndisponivel,
    DjenLimiteExcedido,
)
from dje_monitor.djen.schemas import ComunicacaoDjen
from dje_monitor.errors import AppError
from dje_monitor.paginacao import Paginacao

log = logging.getLogger(__name__)
MAX_PAGINAS = 5  # 500 items: enough to look someone up, cheap enough for an interactive request
CACHE_SEGUNDOS = 300


@lru_cache
def cliente_busca() -> DjenClient:
    """The search's own client (page cap, fewer retries: a person is waiting) on the shared limiter."""
    settings = get_settings()
    return DjenClient(
        settings.djen_url, limitador(), timeout=settings.djen_timeout, tentativas=2, max_paginas=MAX_PAGINAS
    )


def _erro_http(erro: DjenErro) -> AppError:
    if isinstance(erro, DjenErroPermanente):
        return AppError(f"Consulta recusada pelo DJEN: {erro.mensagem}", 400)
    if isinstance(erro, DjenLimiteExcedido | DjenIndisponivel):
        return AppError(f"DJEN indisponível no momento: {erro.mensagem}", 503)
    return AppError(f"Resposta inválida do DJEN: {erro.mensagem}", 502)


def _agrupar(itens: list[ComunicacaoDjen]) -> list[GrupoBusca]:
    """One group per process; groups and their items newest first."""
    ordenados = sorted(itens, key=lambda i: (i.data_disponibilizacao, i.id), reverse=True)
    grupos: dict[str | None, list[PublicacaoBusca]] = {}
    for item in ordenados:
        grupos.setdefault(item.numero_processo, []).append(
            PublicacaoBusca(
                **item.model_dump(include=set(PublicacaoBusca.model_fields) - {"destinatarios"}),
                destinatarios=[d.nome for d in item.destinatarios if d.nome],
            )
        )
    return [GrupoBusca(numero_processo=numero, publicacoes=pubs) for numero, pubs in grupos.items()]


def _chave(filtros: FiltrosBusca) -> str:
    resumo = hashlib.sha256(filtros.model_dump_json().encode()).hexdigest()[:32]
    return f"{get_settings().redis_namespace}:busca:{resumo}"


def _do_cache(cache: redis.Redis, chave: str) -> tuple[list[GrupoBusca], ResultadoBusca] | None:
    try:
        bruto = cache.get(chave)
    except (redis.RedisError, OSError) as erro:
        log.warning("cache da busca indisponível: %s", erro)
        return None
    if bruto is None:
        return None
    dados = json.loads(bruto)
    meta = ResultadoBusca(itens=[], truncado=dados["truncado"], motivo_truncamento=dados["motivo"])
    return [GrupoBusca.model_validate(g) for g in dados["grupos"]], meta


def _guardar(cache: redis.Redis, chave: str, grupos: list[GrupoBusca], resultado: ResultadoBusca) -> None:
    dados = {
        "grupos": [g.model_dump(mode="json", exclude={"numero_processo_mascara"}) for g in grupos],
        "truncado": resultado.truncado,
        "motivo": resultado.motivo_truncamento,
    }
    try:
        cache.set(chave, json.dumps(dados), ex=CACHE_SEGUNDOS)
    except (redis.RedisError, OSError) as erro:
        log.warning("cache da busca indisponível: %s", erro)


def buscar(
    filtros: FiltrosBusca, paginacao: Paginacao, cliente: DjenClient, cache: redis.Redis
) -> ResultadoBuscaSaida:
    chave = _chave(filtros)
    guardado = _do_cache(cache, chave)
    if guardado is not None:
        grupos, resultado = guardado
    else:
        try:
            resultado = cliente.buscar(
                nome_parte=filtros.nome,
                numero_processo=filtros.numero_processo,
                sigla_tribunal=filtros.tribunal,
                data_inicio=filtros.data_inicio,
                data_fim=filtros.data_fim,
            )
        except DjenErro as erro:
            raise _erro_http(erro) from erro
        grupos = _agrupar(resultado.itens)
        _guardar(cache, chave, grupos, resultado)
    inicio = paginacao.offset
    return ResultadoBuscaSaida(
        itens=grupos[inicio : inicio + paginacao.por_pagina],
        total=len(grupos),
        pagina=paginacao.pagina,
        por_pagina=paginacao.por_pagina,
        total_publicacoes=sum(len(g.publicacoes) for g in grupos),
        truncado=resultado.truncado,
        motivo_truncamento=resultado.motivo_truncamento,
        requisicoes=resultado.requisicoes,
    )
