"""Typed DJEN failures: workers retry the transient ones and fail the permanent ones at once."""

from __future__ import annotations


class DjenErro(Exception):
    """Base of every DJEN failure; `mensagem` is pt-BR and safe to show to users."""

    def __init__(self, mensagem: str, *, status_http: int | None = None) -> None:
        super().__init__(mensagem)
        self.mensagem = mensagem
        self.status_http = status_http


class DjenErroTransitorio(DjenErro):
    """Retrying later may succeed (overload, throttling, network, glitchy payload)."""


class DjenLimiteExcedido(DjenErroTransitorio):
    """HTTP 429: the per-IP limit was hit; `retry_after` is the wait DJEN asked for, in seconds."""

    def __init__(self, mensagem: str, retry_after: float, *, status_http: int | None = 429) -> None:
        super().__init__(mensagem, status_http=status_http)
        self.retry_after = retry_after


class DjenBloqueado(DjenErroTransitorio):
    """HTTP 403 from the CDN (geo-block or throttling). It never means "no data"."""


class DjenIndisponivel(DjenErroTransitorio):
    """5xx, timeout, connection failure, or the shared limiter/circuit refusing to wait any longer."""


class DjenRespostaInvalida(DjenErroTransitorio):
    """A payload we cannot trust: HTML with 200, non-JSON, wrong envelope or an unparsable item."""


class DjenErroPermanente(DjenErro):
    """400/404/422 or an impossible query: the same request will fail again."""
