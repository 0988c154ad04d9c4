"""Synchronous DJEN client: complete pagination (invariant 5) over `Requisitor` (errors, retries, budget).

One `DjenClient` is meant to be shared by the threads of a process (httpx.Client is thread-safe and
every call keeps its state in locals). It never turns an error into an empty result.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx

from dje_monitor.djen.erros import DjenErroPermanente
from dje_monitor.djen.limitador import Limitador
from dje_monitor.djen.processo import somente_digitos
from dje_monitor.djen.requisicao import Contagem, Requisitor
from dje_monitor.djen.schemas import (
    ComunicacaoDjen,
    converter_comunicacoes,
    extrair_itens,
    extrair_tribunais,
)

log = logging.getLogger(__name__)

# DJEN serves at most this many results for name/process/text queries and multi-day windows.
LIMITE_RESULTADOS = 10_000


@dataclass
class ResultadoBusca:
    """The items of one search, each id once, and what it took to get them."""

    itens: list[ComunicacaoDjen]
    paginas: int = 0
    requisicoes: int = 0
    truncado: bool = False
    motivo_truncamento: str | None = None
    itens_brutos: int = 0
    duplicados: int = 0
    # DJEN's `count` on the first page: never used to stop paging (see `buscar`).
    total_informado: int | None = None
    itens_por_pagina: int = 0
    espera_limitador: float = 0.0


@dataclass
class _Pagina:
    brutos: int
    comunicacoes: list[ComunicacaoDjen]
    total_informado: int | None


def _interpretar_pagina(payload: Any) -> _Pagina:
    itens = extrair_itens(payload)
    total = payload.get("count") if isinstance(payload, dict) else None
    try:
        total_informado = int(total) if total is not None else None
    except (TypeError, ValueError):
        total_informado = None
    return _Pagina(len(itens), converter_comunicacoes(itens), total_informado)


class DjenClient:
    def __init__(
        self,
        base_url: str,
        limitador: Limitador | None = None,
        *,
        timeout: float = 30.0,
        tentativas: int = 4,
        backoff_base: float = 0.5,
        backoff_max: float = 8.0,
        itens_por_pagina: int = 100,
        max_paginas: int = 100,
        http: httpx.Client | None = None,
    ) -> None:
        if tentativas < 1 or itens_por_pagina < 1 or max_paginas < 1:
            raise ValueError("tentativas, itens_por_pagina e max_paginas devem ser >= 1")
        self.base_url = base_url.rstrip("/")
        self.limitador = limitador
        self.itens_por_pagina = itens_por_pagina
        self.max_paginas = max_paginas
        self._proprio = http is None
        self._http = http or httpx.Client(
            timeout=timeout, headers={"Accept": "application/json", "User-Agent": "dje-monitor/0.1"}
        )
        self.requisitor = Requisitor(
            self._http,
            limitador,
            timeout=timeout,
            tentativas=tentativas,
            backoff_base=backoff_base,
            backoff_max=backoff_max,
        )

    def close(self) -> None:
        if self._proprio:
            self._http.close()

    def __enter__(self) -> DjenClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def buscar(
        self,
        *,
        nome_parte: str | None = None,
        numero_processo: str | None = None,
        sigla_tribunal: str | None = None,
        data_inicio: date | None = None,
        data_fim: date | None = None,
    ) -> ResultadoBusca:
        """Every communication of the query, each id once, paging until a short or empty page.

        The stop decision only looks at raw page sizes. DJEN's `count` is used in one place, and
        only to keep going: when page 1 is shorter than asked while `count` says there is more,
        DJEN is serving smaller pages than requested (reports say 50 for some deployments); the
        page size becomes what it served and paging continues. Trusting the short page would
        silently drop everything after it.
        """
        params = self._parametros(nome_parte, numero_processo, sigla_tribunal, data_inicio, data_fim)
        contagem = Contagem()
        resultado = ResultadoBusca(itens=[], itens_por_pagina=self.itens_por_pagina)
        vistos: set[int] = set()
        tamanho = self.itens_por_pagina
        pagina = 1
        while True:
            lida = self._pagina(params, pagina, tamanho, contagem)
            if lida.brutos == 0 and pagina > 1:
                # Past page 1 only after a full page, so an empty one here is suspicious:
                # DJEN does this transiently. One retry, then it is taken as the end.
                log.warning("DJEN devolveu página %d vazia após uma cheia; repetindo uma vez", pagina)
                lida = self._pagina(params, pagina, tamanho, contagem)
            if pagina == 1:
                resultado.total_informado = lida.total_informado
            resultado.paginas += 1
            resultado.itens_brutos += lida.brutos
            for comunicacao in lida.comunicacoes:
                if comunicacao.id in vistos:
                    resultado.duplicados += 1
                else:
                    vistos.add(comunicacao.id)
                    resultado.itens.append(comunicacao)
            if lida.brutos < tamanho:
                if pagina == 1 and 0 < lida.brutos < (lida.total_informado or 0):
                    log.warning(
                        "DJEN serviu %d itens por página (pedidos %d); ajustando", lida.brutos, tamanho
                    )
                    tamanho = resultado.itens_por_pagina = lida.brutos
                else:
                    break
            motivo = self._truncamento(pagina, tamanho)
            if motivo:
                resultado.truncado, resultado.motivo_truncamento = True, motivo
                log.warning("Busca no DJEN truncada: %s", motivo)
                break
            pagina += 1
        resultado.requisicoes = contagem.requisicoes
        resultado.espera_limitador = contagem.espera
        return resultado

    def tribunais(self) -> list[dict[str, Any]]:
        """Courts known to DJEN: [{sigla, nome, uf, ufs, data_ultimo_envio}], one row per sigla."""
        url = self.base_url + "/comunicacao/tribunal"
        return self.requisitor.get(url, {}, extrair_tribunais, Contagem())

    def _truncamento(self, pagina: int, tamanho: int) -> str | None:
        """Why paging must stop although the last page was full, if it must."""
        if pagina * tamanho >= LIMITE_RESULTADOS:
            return (
                f"o DJEN entrega no máximo {LIMITE_RESULTADOS} resultados por consulta; "
                "restrinja o período ou o tribunal"
            )
        if pagina >= self.max_paginas:
            return f"limite de {self.max_paginas} páginas por consulta atingido"
        return None

    def _parametros(
        self,
        nome_parte: str | None,
        numero_processo: str | None,
        sigla_tribunal: str | None,
        data_inicio: date | None,
        data_fim: date | None,
    ) -> dict[str, str]:
        params: dict[str, str] = {}
        if nome_parte and nome_parte.strip():
            params["nomeParte"] = " ".join(nome_parte.split())
        if numero_processo and numero_processo.strip():
            digitos = somente_digitos(numero_processo)
            if len(digitos) != 20:
                raise DjenErroPermanente(f"Número de processo deve ter 20 dígitos: {numero_processo!r}.")
            params["numeroProcesso"] = digitos
        if sigla_tribunal and sigla_tribunal.strip():
            params["siglaTribunal"] = sigla_tribunal.strip()
        if not params:
            raise DjenErroPermanente(
                "A consulta ao DJEN precisa de nome da parte, número de processo ou tribunal."
            )
        if data_inicio and data_fim and data_inicio > data_fim:
            raise DjenErroPermanente("Data inicial posterior à data final na consulta ao DJEN.")
        if data_inicio:
            params["dataDisponibilizacaoInicio"] = data_inicio.isoformat()
        if data_fim:
            params["dataDisponibilizacaoFim"] = data_fim.isoformat()
        return params

    def _pagina(self, params: dict[str, str], pagina: int, tamanho: int, contagem: Contagem) -> _Pagina:
        completos = {**params, "pagina": str(pagina), "itensPorPagina": str(tamanho)}
        return self.requisitor.get(self.base_url + "/comunicacao", completos, _interpretar_pagina, contagem)
