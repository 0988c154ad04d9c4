"""Hostile request bodies, not just strings: each gets a pt-BR 4xx or is accepted, never a 5xx."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.entrada_hostil.apoio import problema_da_resposta

JSON = "application/json"
CORPOS: list[tuple[str, bytes, str]] = [
    ("vazio", b"", JSON),
    ("null", b"null", JSON),
    ("texto JSON", b'"Maria"', JSON),
    ("lista", b'[{"nome": "Maria Silva"}]', JSON),
    ("truncado", b'{"nome": "Maria', JSON),
    ("UTF-8 inválido", b'{"nome": "Maria \xff\xfe Silva"}', JSON),
    ("BOM UTF-8", b'\xef\xbb\xbf{"nome": "Maria Silva"}', JSON),
    (
        "aninhado 100 mil níveis",
        b'{"nome": "Maria", "variantes": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        JSON,
    ),
    ("NaN", b'{"nome": "Maria Silva", "intervalo_minutos": NaN}', JSON),
    ("Infinity", b'{"nome": "Maria Silva", "intervalo_minutos": 1e400}', JSON),
    ("inteiro de 5000 dígitos", b'{"nome": "Maria Silva", "intervalo_minutos": 1' + b"0" * 5000 + b"}", JSON),
    ("chave surrogate", b'{"nome": "Maria Silva", "\\ud800": 1}', JSON),
    ("valor surrogate num opcional", b'{"nome": "Maria Silva", "tribunal_filtro": "TJ\\udc00"}', JSON),
    ("par surrogate válido", b'{"nome": "Maria \\ud83d\\ude00 Silva"}', JSON),
    ("chaves repetidas", b'{"nome": "x", "nome": "Maria Souza"}', JSON),
    ("10 MB de espaços", b'{"nome": "Maria Silva"' + b" " * (10 * 1024 * 1024) + b"}", JSON),
    ("text/plain", b'{"nome": "Maria Silva"}', "text/plain"),
    ("form", b"nome=Maria+Silva", "application/x-www-form-urlencoded"),
    (
        "multipart quebrado",
        b"--x\r\nContent-Disposition: form-data\r\n\r\n",
        "multipart/form-data; boundary=x",
    ),
]
ROTAS = [
    "/api/v1/pessoas-monitoradas",
    "/api/v1/canais",
    "/api/v1/oportunidades/padroes",
    "/api/v1/importar-planilha",
]


@pytest.mark.parametrize("rota", ROTAS)
def test_corpo_hostil_nunca_e_500(cliente: TestClient, rota: str) -> None:
    problemas = []
    for descricao, corpo, tipo in CORPOS:
        resposta = cliente.post(rota, content=corpo, headers={"content-type": tipo})
        if problema := problema_da_resposta(resposta):
            problemas.append(f"{descricao}: {problema}")
    assert problemas == []
