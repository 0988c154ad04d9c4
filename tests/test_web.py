"""The API serves the built app at `/` with an SPA fallback, never shadowing its own paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from dje_monitor.app import criar_app
from dje_monitor.web import montar_web


@pytest.fixture
def cliente(tmp_path: Path, ambiente: dict[str, str]) -> TestClient:
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text("<html>app</html>")
    (dist / "assets" / "app.js").write_text("console.log(1)")
    (dist / "favicon.svg").write_text("<svg/>")
    app = criar_app()
    app.router.routes = [r for r in app.router.routes if getattr(r, "name", "") not in ("spa", "assets")]
    assert montar_web(app, dist)
    return TestClient(app)


@pytest.mark.parametrize("caminho", ["/", "/monitorados", "/monitorados/12", "/alertas?lido=false"])
def test_rotas_do_app_carregam_o_indice(cliente: TestClient, caminho: str) -> None:
    resposta = cliente.get(caminho)
    assert resposta.status_code == 200 and resposta.text == "<html>app</html>"
    assert resposta.headers["cache-control"] == "no-cache"


def test_arquivos_estaticos(cliente: TestClient) -> None:
    assert cliente.get("/assets/app.js").text == "console.log(1)"
    assert cliente.get("/favicon.svg").text == "<svg/>"


@pytest.mark.parametrize("caminho", ["/api/v1/inexistente", "/api", "/healthz-nao"])
def test_caminhos_da_api_nao_viram_o_app(cliente: TestClient, caminho: str) -> None:
    resposta = cliente.get(caminho)
    assert resposta.status_code == 404 and "detail" in resposta.json()


def test_sem_build_nao_monta_nada(tmp_path: Path) -> None:
    assert montar_web(FastAPI(), tmp_path / "nao-existe") is False
