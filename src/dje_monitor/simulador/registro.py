"""Registro das requisições à API simulada, para testes e benchmarks medirem o cliente."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

PREFIXO_CONTROLE = "/_simulador"
MAXIMO_REGISTROS = 200_000


class RegistroRequisicoes:
    def __init__(self, relogio: Callable[[], float] = time.time, maximo: int = MAXIMO_REGISTROS) -> None:
        self.relogio = relogio
        self._entradas: deque[dict[str, Any]] = deque(maxlen=maximo)

    def __len__(self) -> int:
        return len(self._entradas)

    def adicionar(self, entrada: dict[str, Any]) -> None:
        self._entradas.append(entrada)

    def desde(self, instante: float | None) -> list[dict[str, Any]]:
        if instante is None:
            return list(self._entradas)
        return [e for e in self._entradas if e["t"] >= instante]

    def limpar(self) -> None:
        self._entradas.clear()


class MiddlewareRegistro:
    """Anota a chegada em `scope["state"]` (o limitador usa o mesmo instante) e registra ao responder.

    As rotas de controle ficam fora do registro para não poluir o que os testes medem.
    """

    def __init__(self, app: ASGIApp, registro: RegistroRequisicoes) -> None:
        self.app = app
        self.registro = registro

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(PREFIXO_CONTROLE):
            await self.app(scope, receive, send)
            return
        chegada = self.registro.relogio()
        scope.setdefault("state", {})["chegada"] = chegada
        situacao = {"status": 500}

        async def enviar(mensagem: Message) -> None:
            if mensagem["type"] == "http.response.start":
                situacao["status"] = mensagem["status"]
            await send(mensagem)

        try:
            await self.app(scope, receive, enviar)
        finally:
            cliente = scope.get("client")
            self.registro.adicionar(
                {
                    "t": chegada,
                    "fim": self.registro.relogio(),
                    "path": scope["path"],
                    "params": dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"))),
                    "status": situacao["status"],
                    "cliente": cliente[0] if cliente else None,
                }
            )
