"""One DJEN GET with the global budget, typed errors and retries (invariants 4 and 8).

Retried: 5xx/408/425, timeouts, connection errors, malformed payloads (full-jitter exponential
backoff), 403 (may be CDN throttling) and 429 (after the global pause). Not retried: other 4xx.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import httpx

from dje_monitor.djen.erros import (
    DjenBloqueado,
    DjenErro,
    DjenErroPermanente,
    DjenErroTransitorio,
    DjenIndisponivel,
    DjenLimiteExcedido,
    DjenRespostaInvalida,
)
from dje_monitor.djen.limitador import PAUSA_PADRAO_429, Limitador

log = logging.getLogger(__name__)

T = TypeVar("T")

# Retry-After "0" would mean hammering again at once; DJEN was seen sending 1.
RETRY_AFTER_MINIMO = 1.0
RETRY_AFTER_MAXIMO = 3600.0


@dataclass
class Contagem:
    """What one logical operation (a search) spent: HTTP requests sent, seconds waited for the budget."""

    requisicoes: int = 0
    espera: float = 0.0


def retry_after(valor: str | None) -> float | None:
    """Retry-After as seconds or as an HTTP date; None when absent or unreadable."""
    if not valor:
        return None
    try:
        segundos = float(valor.strip())
    except ValueError:
        try:
            quando = parsedate_to_datetime(valor)
        except (TypeError, ValueError):
            return None
        if quando.tzinfo is None:
            quando = quando.replace(tzinfo=UTC)
        segundos = (quando - datetime.now(UTC)).total_seconds()
    return min(max(segundos, RETRY_AFTER_MINIMO), RETRY_AFTER_MAXIMO)


class Requisitor:
    """Sends GETs for `DjenClient`; stateless between calls, so threads may share it."""

    def __init__(
        self,
        http: httpx.Client,
        limitador: Limitador | None,
        *,
        timeout: float,
        tentativas: int,
        backoff_base: float,
        backoff_max: float,
    ) -> None:
        self.http = http
        self.limitador = limitador
        self.timeout = timeout
        self.tentativas = tentativas
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self._aleatorio = random.Random()

    def get(self, url: str, params: dict[str, str], interpretar: Callable[[Any], T], contagem: Contagem) -> T:
        """GET `url` until `interpretar(json)` succeeds; raises the last transient error after the attempts.

        `DjenErroPermanente` and a limiter that refuses to wait longer propagate at once.
        """
        erro: DjenErroTransitorio = DjenIndisponivel("DJEN não consultado")
        for tentativa in range(1, self.tentativas + 1):
            if self.limitador is not None:
                contagem.espera += self.limitador.adquirir()
            contagem.requisicoes += 1
            try:
                return self._uma_vez(url, params, interpretar)
            except DjenErroTransitorio as exc:
                erro = exc
            log.warning(
                "DJEN %s pagina=%s: %s (tentativa %d de %d)",
                httpx.URL(url).path,
                params.get("pagina", "-"),
                erro.mensagem,
                tentativa,
                self.tentativas,
            )
            # After a 429 the global pause already is the wait; anything else backs off with full jitter.
            if tentativa < self.tentativas and not isinstance(erro, DjenLimiteExcedido):
                time.sleep(self._backoff(tentativa))
        raise erro

    def _uma_vez(self, url: str, params: dict[str, str], interpretar: Callable[[Any], T]) -> T:
        inicio = time.monotonic()
        try:
            resposta = self.http.get(url, params=params, timeout=self.timeout)
        except httpx.TimeoutException:
            self._falha(url, params)
            raise DjenIndisponivel(f"Tempo esgotado ({self.timeout:g} s) ao consultar o DJEN.") from None
        except httpx.TransportError as exc:
            self._falha(url, params)
            if "CERTIFICATE_VERIFY_FAILED" in str(exc):
                # Said plainly: an unverifiable certificate may be someone in the middle, not a glitch.
                raise DjenIndisponivel("Certificado TLS do DJEN não verificado; conexão recusada.") from None
            raise DjenIndisponivel(f"Falha de conexão com o DJEN ({type(exc).__name__}).") from None
        status = resposta.status_code
        log.debug("GET %s %s -> %d em %.2f s", url, params, status, time.monotonic() - inicio)
        if not 200 <= status < 300:
            raise self._erro_http(resposta)
        valor = interpretar(self._json(resposta))
        if self.limitador is not None:
            self.limitador.registrar_sucesso()
        return valor

    def _erro_http(self, resposta: httpx.Response) -> DjenErro:
        status = resposta.status_code
        url, params = str(resposta.request.url.copy_with(query=None)), dict(resposta.request.url.params)
        if status == 429:
            return self._limite_excedido(resposta)
        if status == 403:
            self._falha(url, params)
            return DjenBloqueado(
                "O DJEN recusou o acesso (HTTP 403: bloqueio geográfico ou excesso de requisições "
                "na CDN). Isso não significa ausência de publicações.",
                status_http=403,
            )
        if status >= 500 or status in (408, 425):
            self._falha(url, params)
            return DjenIndisponivel(f"DJEN indisponível (HTTP {status}).", status_http=status)
        if 400 <= status < 500:
            return DjenErroPermanente(
                f"O DJEN recusou a consulta (HTTP {status}): {resposta.text[:200]}", status_http=status
            )
        return DjenRespostaInvalida(f"Resposta inesperada do DJEN (HTTP {status}).", status_http=status)

    def _json(self, resposta: httpx.Response) -> Any:
        try:
            return resposta.json()
        except ValueError:
            tipo = resposta.headers.get("content-type", "?")
            raise DjenRespostaInvalida(
                f"Resposta do DJEN não é JSON (content-type {tipo}).", status_http=resposta.status_code
            ) from None

    def _limite_excedido(self, resposta: httpx.Response) -> DjenLimiteExcedido:
        espera = retry_after(resposta.headers.get("Retry-After"))
        if self.limitador is not None:
            pausa = self.limitador.registrar_429(espera)
        else:
            pausa = PAUSA_PADRAO_429 if espera is None else espera
            time.sleep(pausa)
        return DjenLimiteExcedido(
            f"Limite de requisições do DJEN excedido (HTTP 429); pausa de {pausa:g} s.", retry_after=pausa
        )

    def _falha(self, url: str, params: dict[str, str]) -> None:
        if self.limitador is not None:
            # The query (without its page) identifies the failure: one "poison" query that always fails
            # counts once, so it cannot open the circuit and stall every other party by itself.
            consulta = "&".join(f"{k}={v}" for k, v in sorted(params.items()) if k != "pagina")
            self.limitador.registrar_falha(f"{url}?{consulta}")

    def _backoff(self, tentativa: int) -> float:
        return self._aleatorio.uniform(0, min(self.backoff_max, self.backoff_base * 2 ** (tentativa - 1)))
