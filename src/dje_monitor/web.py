"""Serves the built web app (web/dist) at `/` from the API process: one port for app and API."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from dje_monitor.errors import NaoEncontrado

# The API's own paths: an unknown one is a JSON 404, never the app's index.html.
PREFIXOS_API = ("api/", "api", "health", "docs", "redoc", "openapi.json")


def montar_web(app: FastAPI, dist: Path) -> bool:
    """Registers the SPA after every router; returns False (and serves nothing) without a build."""
    indice = dist / "index.html"
    if not indice.is_file():
        return False
    raiz = dist.resolve()
    if (dist / "assets").is_dir():
        app.mount("/assets", StaticFiles(directory=dist / "assets"), name="assets")

    @app.api_route("/{caminho:path}", methods=["GET", "HEAD"], include_in_schema=False)
    def spa(caminho: str) -> FileResponse:
        if caminho.startswith(PREFIXOS_API):
            raise NaoEncontrado("Rota não encontrada.")
        arquivo = (dist / caminho).resolve()
        if caminho and arquivo.is_file() and raiz in arquivo.parents:
            return FileResponse(arquivo)
        # Client-side routes (/monitorados/12) all load the app; it must never be cached stale.
        return FileResponse(indice, headers={"Cache-Control": "no-cache"})

    return True
