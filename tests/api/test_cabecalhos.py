"""Security headers on every response, and CORS only towards the configured origins."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import ValidationError

from dje_monitor.config import Settings, get_settings
from tests.api import apoio
from tests.conftest import autenticacao

SENHA = "senha comprida de teste"


@pytest.mark.parametrize("caminho", ["/health", "/api/v1/pessoas-monitoradas", "/api/nao-existe", "/docs"])
def test_cabecalhos_de_seguranca_em_toda_resposta(app: FastAPI, banco: None, caminho: str) -> None:
    resposta = TestClient(app).get(caminho)
    h = resposta.headers
    assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"
    assert h["referrer-policy"] == "same-origin" and "frame-ancestors 'none'" in h["content-security-policy"]
    assert "strict-transport-security" not in h  # plain http: HSTS would be ignored, and wrong
    if caminho.startswith("/api"):
        assert h["cache-control"] == "no-store"
    if caminho != "/docs":
        assert "script-src 'self';" in h["content-security-policy"]  # no inline script in the app


def test_por_https_o_cookie_e_secure_e_ha_hsts(app: FastAPI, banco: None) -> None:
    apoio.usuario("rita", "leitor", SENHA)
    cliente = TestClient(app, base_url="https://dje.exemplo.com.br")
    resposta = cliente.post("/api/auth/login", json={"login": "rita", "senha": SENHA})
    assert "Secure" in resposta.headers["set-cookie"]
    assert resposta.headers["strict-transport-security"].startswith("max-age=")


def test_cors_so_para_origens_da_lista(
    ambiente: dict[str, str], banco: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pass: a listed origin gets its own name back with credentials allowed (never `*`); any other
    origin gets no CORS header, so the browser blocks the read; `*` is refused as a setting."""
    from dje_monitor.app import criar_app

    monkeypatch.setenv("DJE_CORS_ORIGENS", "https://painel.exemplo.com.br, https://outro.exemplo.com.br/")
    get_settings.cache_clear()
    cliente = TestClient(criar_app(), headers=autenticacao())
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    permitido = cliente.options(
        "/api/v1/pessoas-monitoradas", headers={"Origin": "https://outro.exemplo.com.br", **preflight}
    )
    assert permitido.status_code == 200
    assert permitido.headers["access-control-allow-origin"] == "https://outro.exemplo.com.br"
    assert permitido.headers["access-control-allow-credentials"] == "true"
    leitura = cliente.get("/api/v1/pessoas-monitoradas", headers={"Origin": "https://painel.exemplo.com.br"})
    assert leitura.headers["access-control-allow-origin"] == "https://painel.exemplo.com.br"
    alheio = cliente.get("/api/v1/pessoas-monitoradas", headers={"Origin": "https://atacante.example"})
    assert "access-control-allow-origin" not in alheio.headers
    monkeypatch.delenv("DJE_CORS_ORIGENS")
    get_settings.cache_clear()
    with pytest.raises(ValidationError, match="não aceita"):
        Settings(cors_origens="*")
