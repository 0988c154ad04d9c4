"""Client of the simulator's control API (`/_simulador`), shared by the demo, benchmarks and tests."""

from __future__ import annotations

from typing import Any

import httpx


class ControleSimulador:
    def __init__(self, base: str, timeout: float = 15) -> None:
        """`base` is the simulator's root (http://127.0.0.1:8765) or its API URL (…/api/v1)."""
        raiz = base.removesuffix("/").removesuffix("/api/v1")
        self.http = httpx.Client(base_url=f"{raiz}/_simulador", timeout=timeout)

    def pronto(self) -> bool:
        try:
            return self.http.get("/estado").status_code == 200
        except httpx.HTTPError:
            return False

    def partes(self, limite: int, offset: int = 0) -> list[str]:
        resposta = self.http.get("/partes", params={"limite": limite, "offset": offset})
        resposta.raise_for_status()
        return [str(p["nome"]) for p in resposta.json()["partes"]][:limite]

    def adicionar(self, destinatarios: list[str], quantidade: int = 1, **extra: Any) -> list[int]:
        resposta = self.http.post(
            "/comunicacoes", json={"quantidade": quantidade, "destinatarios": destinatarios, **extra}
        )
        resposta.raise_for_status()
        return [int(i) for i in resposta.json()["ids"]]

    def cancelar(self, comunicacao_id: int, motivo: str = "cancelada pelo tribunal") -> None:
        self.http.post(f"/comunicacoes/{comunicacao_id}/cancelar", json={"motivo": motivo}).raise_for_status()

    def falhas(self, **config: Any) -> None:
        self.http.put("/falhas", json=config).raise_for_status()

    def limpar_falhas(self) -> None:
        self.http.delete("/falhas").raise_for_status()

    def requisicoes(self, desde: float | None = None) -> list[dict[str, Any]]:
        params = {"desde": desde} if desde is not None else {}
        resposta = self.http.get("/requisicoes", params=params)
        resposta.raise_for_status()
        return list(resposta.json())

    def limpar_requisicoes(self) -> None:
        self.http.delete("/requisicoes").raise_for_status()

    def close(self) -> None:
        self.http.close()
