"""Hostile strings in every free-text field the API stores: rejected with a pt-BR 4xx, or stored and read
back exactly as sent (up to the whitespace rule the field documents); never a 500.

Spreadsheet cells go through the same validators (`limpar_nome`, `limpar_comarca`, `texto_gravavel`)
and their own hostile cases live in tests/importacao.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dje_monitor.db import session_scope
from dje_monitor.notificacoes.models import Canal
from tests.entrada_hostil.apoio import problema_da_resposta

DEZ_MB = 10 * 1024 * 1024
HOSTIS = [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    "Robert'); DROP TABLE pessoas_monitoradas;--",
    "1' OR '1'='1' --",
    "%s %n %x ${jndi:ldap://127.0.0.1/a} {{7*7}}",
    "../../etc/passwd",
    "Maria\x00Silva",
    "Maria\x07\x08\x1b[31mSilva\x7f",
    "Maria \ud800 Silva",
    "Maria \udfff",
    "Maria \u202eavliS\u202c \u200f",
    "\ufeffMaria\u200b\u200dSilva",
    "Mari\u0301a Z\u0335\u0321\u0322a\u0353\u0354lgo",
    "👩\u200d⚖️ Maria 🏳️\u200d🌈",
    "Maria\r\nSilva\tJúnior\u2028\u2029",
    "\u2167" * 100,  # NFKD "VIII": the normalized name is 4x longer than the name
    "   ",
    "",
    "A" * DEZ_MB,
]


def _junto(valor: str) -> str:
    return " ".join(valor.split())


def _igual(valor: str) -> str:
    return valor


def _aparado(valor: str) -> str:
    return valor.strip()


@dataclass(frozen=True)
class Campo:
    """One stored text field: where it lives, how a value goes in, and how it must come back."""

    rotulo: str
    rota: str
    criar: Callable[[str, int], dict[str, Any]]
    alterar: Callable[[str], dict[str, Any]]
    ler: Callable[[dict[str, Any]], Any]
    forma: Callable[[str], str] = _igual
    secreto: bool = False  # masked in the API: read from the database


def _pessoa(n: int, **campos: Any) -> dict[str, Any]:
    return {"nome": f"Pessoa Hostil {n}", **campos}


def _webhook(n: int, **config: Any) -> dict[str, Any]:
    config = {"url": "https://exemplo.com.br/gancho", "segredo": "s" * 24, **config}
    return {"tipo": "webhook", "nome": f"Canal {n}", "config": config}


def _email(n: int, **config: Any) -> dict[str, Any]:
    base = {
        "host": "smtp.exemplo.com.br",
        "remetente": "a@exemplo.com.br",
        "destinatarios": ["b@exemplo.com.br"],
    }
    return {"tipo": "email", "nome": f"Canal {n}", "config": {**base, **config}}


def _padrao(n: int, **campos: Any) -> dict[str, Any]:
    return {"nome": f"Padrão {n}", "expressao": "precatório*", "tipo": "POSITIVO", **campos}


URL = "https://exemplo.com.br"
PESSOAS, CANAIS, PADROES = "/api/v1/pessoas-monitoradas", "/api/v1/canais", "/api/v1/oportunidades/padroes"
CAMPOS = [
    Campo("pessoa.nome", PESSOAS, lambda v, n: {"nome": f"Parte {n} {v}"}, lambda v: {"nome": f"Parte {v}"},
          lambda c: c["nome"], _junto),
    Campo("pessoa.variantes", PESSOAS, lambda v, n: _pessoa(n, variantes=[f"Outra {v}"]),
          lambda v: {"variantes": [f"Outra {v}"]}, lambda c: c["variantes"][0], _junto),
    Campo("pessoa.comarca", PESSOAS, lambda v, n: _pessoa(n, comarca=f"Comarca {v}"),
          lambda v: {"comarca": f"Comarca {v}"}, lambda c: c["comarca"], _junto),
    Campo("pessoa.observacao", PESSOAS, lambda v, n: _pessoa(n, observacao=v), lambda v: {"observacao": v},
          lambda c: c["observacao"]),
    Campo("canal.nome", CANAIS, lambda v, n: {**_webhook(n), "nome": f"Canal {v}"},
          lambda v: {"nome": f"Canal {v}"}, lambda c: c["nome"], _aparado),
    Campo("canal.webhook.url", CANAIS, lambda v, n: _webhook(n, url=f"{URL}/{v}"),
          lambda v: {"config": {"url": f"{URL}/{v}"}}, lambda c: c["config"]["url"], _aparado),
    Campo("canal.webhook.segredo", CANAIS, lambda v, n: _webhook(n, segredo=f"segredo-{v}-0123456789"),
          lambda v: {"config": {"segredo": f"segredo-{v}-0123456789"}}, lambda c: c["config"]["segredo"],
          secreto=True),
    Campo("canal.email.usuario", CANAIS, lambda v, n: _email(n, usuario=f"u{v}"),
          lambda v: {"config": {"usuario": f"u{v}"}}, lambda c: c["config"]["usuario"]),
    Campo("canal.email.senha", CANAIS, lambda v, n: _email(n, usuario="u", senha=f"p{v}"),
          lambda v: {"config": {"senha": f"p{v}"}}, lambda c: c["config"]["senha"], secreto=True),
    Campo("padrao.nome", PADROES, lambda v, n: _padrao(n, nome=f"Padrão {n} {v}"),
          lambda v: {"nome": f"Padrão {v}"}, lambda c: c["nome"], _junto),
    Campo("padrao.expressao", PADROES, lambda v, n: _padrao(n, expressao=f"cessão {v}"),
          lambda v: {"expressao": f"cessão {v}"}, lambda c: c["expressao"], _junto),
]  # fmt: skip


def _enviar(cliente: TestClient, metodo: str, rota: str, corpo: dict[str, Any]) -> Any:
    # json.dumps escapes a lone surrogate as "\ud800", as a browser would; httpx's own encoder would fail.
    conteudo = json.dumps(corpo)
    return cliente.request(metodo, rota, content=conteudo, headers={"content-type": "application/json"})


def _lido(cliente: TestClient, campo: Campo, ident: int) -> Any:
    if campo.secreto:
        with session_scope() as session:
            canal = session.get(Canal, ident)
            assert canal is not None
            return campo.ler({"config": canal.config})
    resposta = cliente.get(f"{campo.rota}/{ident}")
    assert resposta.status_code == 200, resposta.text[:300]
    return campo.ler(resposta.json())


def _problema(
    cliente: TestClient, campo: Campo, resposta: Any, enviado: str, ident: int | None
) -> str | None:
    """What is wrong with the answer to one hostile value, or None."""
    if resposta.status_code >= 400:
        return problema_da_resposta(resposta)
    ident = ident if ident is not None else resposta.json()["id"]
    lido = _lido(cliente, campo, ident)
    return None if lido == campo.forma(enviado) else f"gravado diferente: {lido!r:.120}"


@pytest.mark.parametrize("campo", CAMPOS, ids=[c.rotulo for c in CAMPOS])
def test_texto_hostil_recusado_ou_gravado_intacto(cliente: TestClient, campo: Campo) -> None:
    numeros = itertools.count(1)
    problemas: list[str] = []
    base = _enviar(cliente, "POST", campo.rota, campo.criar("valor-comum", 0))
    assert base.status_code == 201, base.text[:300]
    existente = base.json()["id"]
    for hostil in HOSTIS:
        rotulo = f"{hostil[:40]!r}{'…' if len(hostil) > 40 else ''}"
        corpo = campo.criar(hostil, next(numeros))
        enviado = _valor_enviado(campo, corpo)
        criado = _enviar(cliente, "POST", campo.rota, corpo)
        if erro := _problema(cliente, campo, criado, enviado, None):
            problemas.append(f"POST {rotulo}: {erro}")
        corpo = campo.alterar(hostil)
        alterado = _enviar(cliente, "PATCH", f"{campo.rota}/{existente}", corpo)
        if erro := _problema(cliente, campo, alterado, _valor_enviado(campo, corpo), existente):
            problemas.append(f"PATCH {rotulo}: {erro}")
    assert problemas == []


def _valor_enviado(campo: Campo, corpo: dict[str, Any]) -> str:
    valor = campo.ler(corpo)
    assert isinstance(valor, str)
    return valor
