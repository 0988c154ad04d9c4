"""One error family for expected failures: a Portuguese message and an HTTP status."""

from __future__ import annotations

from typing import Any


class AppError(Exception):
    def __init__(
        self,
        mensagem: str,
        status_code: int = 400,
        campo: str | None = None,
        cabecalhos: dict[str, str] | None = None,
        erros: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(mensagem)
        self.mensagem = mensagem
        self.status_code = status_code
        self.campo = campo
        self.cabecalhos = cabecalhos
        self.erros = erros  # one {"campo", "mensagem"} per field, like a request's 422


class NaoEncontrado(AppError):
    def __init__(self, mensagem: str) -> None:
        super().__init__(mensagem, 404)


class Conflito(AppError):
    def __init__(self, mensagem: str) -> None:
        super().__init__(mensagem, 409)


class FilaIndisponivel(AppError):
    """Redis (the broker) is down: the request wrote nothing and must be repeated."""

    def __init__(
        self,
        mensagem: str = "A fila de tarefas (Redis) está indisponível; nada foi gravado. Tente novamente.",
    ) -> None:
        super().__init__(mensagem, 503)


NAO_AUTENTICADO = "Autenticação necessária: entre com seu login ou use um token."


class NaoAutenticado(AppError):
    def __init__(self, mensagem: str = NAO_AUTENTICADO) -> None:
        super().__init__(mensagem, 401, cabecalhos={"WWW-Authenticate": "Bearer"})


class Proibido(AppError):
    def __init__(self, mensagem: str) -> None:
        super().__init__(mensagem, 403)
