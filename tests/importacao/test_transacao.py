"""One transaction: a failure after some rows were written leaves none; the party API shows the new fields."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.exc import IntegrityError

from dje_monitor.importacao import repository
from tests.api import apoio as api_apoio
from tests.importacao.apoio import cpf, xlsx
from tests.importacao.test_importar import acoes, contar, importar, mensagens, pessoas

PESSOAS = "/api/v1/pessoas-monitoradas"


def test_falha_no_meio_nao_deixa_nada_gravado(
    cliente: TestClient, filas: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    existente = api_apoio.pessoa("Ana Maria", cpf_cnpj=cpf(3))

    def atualizar_falha(*_: object) -> None:
        # What a concurrent edit taking the same identity looks like to the UPDATE.
        raise IntegrityError("UPDATE", {}, Exception('duplicate key value violates "uq_pessoas_identidade"'))

    monkeypatch.setattr(repository, "atualizar", atualizar_falha)
    conteudo = xlsx([["Bruno Reis"], ["Caio Lopes"], ["Ana Maria Souza", cpf(3)]], ["Nome", "CPF"])
    resposta = importar(cliente, conteudo, dry_run=False)
    assert resposta.status_code == 409
    assert resposta.json()["detail"].startswith("Outra operação alterou pessoas monitoradas")
    # The two INSERTs of the same transaction were rolled back with it; nothing was sent.
    assert [p.id for p in pessoas()] == [existente]
    assert mensagens(filas) == []


def test_pessoa_removida_nao_conta_como_existente(cliente: TestClient) -> None:
    removida = api_apoio.pessoa("Ana Maria", removido_em=datetime(2025, 1, 1, tzinfo=UTC))
    corpo = importar(cliente, xlsx([["Ana Maria"]], ["Nome"]), dry_run=False).json()
    assert acoes(corpo) == [(2, "criar")]
    assert corpo["linhas"][0]["pessoa_id"] != removida
    assert contar() == 2


def test_cadastro_e_edicao_aceitam_comarca_uf_e_prazo(cliente: TestClient, filas: Any) -> None:
    criada = cliente.post(
        PESSOAS,
        json={"nome": "Ana Maria", "comarca": "  Campinas ", "uf": "são paulo", "data_prazo": "2025-03-01"},
    )
    assert criada.status_code == 201, criada.text
    corpo = criada.json()
    assert (corpo["comarca"], corpo["uf"], corpo["data_prazo"]) == ("Campinas", "SP", "2025-03-01")
    editada = cliente.patch(f"{PESSOAS}/{corpo['id']}", json={"uf": "rj", "comarca": None})
    assert (editada.json()["uf"], editada.json()["comarca"]) == ("RJ", None)
    invalida = cliente.patch(f"{PESSOAS}/{corpo['id']}", json={"uf": "XX"})
    assert invalida.status_code == 422
    assert invalida.json()["erros"] == [{"campo": "uf", "mensagem": "UF desconhecida: XX"}]
    longa = cliente.post(PESSOAS, json={"nome": "Bruno Reis", "comarca": "x" * 121})
    assert longa.json()["erros"] == [{"campo": "comarca", "mensagem": "deve ter no máximo 120 caracteres"}]
