"""Registering, editing, pausing and removing monitored parties through the API."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from dje_monitor.db import session_scope
from dje_monitor.pessoas.models import PessoaMonitorada
from dje_monitor.tempo import agora
from tests.api import apoio

URL = "/api/v1/pessoas-monitoradas"


def _mensagens(filas: Any, fila: str = "verificacao") -> list[dict[str, Any]]:
    """The messages waiting on a queue, decoded (actor and args)."""
    ns = filas.namespace
    ids = filas.client.lrange(f"{ns}:{fila}", 0, -1)
    brutas = filas.client.hmget(f"{ns}:{fila}.msgs", ids) if ids else []
    return [json.loads(b) for b in brutas]


def _linhas() -> int:
    with session_scope() as session:
        return int(session.scalar(select(func.count()).select_from(PessoaMonitorada)) or 0)


def test_cria_pessoa_e_enfileira_first_check(cliente: TestClient, filas: Any) -> None:
    resposta = cliente.post(
        URL,
        json={
            "nome": "  Maria   da  Silva ",
            "cpf_cnpj": "529.982.247-25",
            "tribunal_filtro": "tjsp",
            "numero_processo": "0709098-48.2018.8.07.0007",
            "variantes": ["Maria Silva", "MARIA DA SILVA"],
            "intervalo_minutos": 60,
            "observacao": "cliente X",
        },
    )
    assert resposta.status_code == 201, resposta.text
    corpo = resposta.json()
    assert corpo["nome"] == "Maria da Silva"
    assert corpo["cpf_cnpj"] == "52998224725"
    assert corpo["tribunal_filtro"] == "TJSP"
    assert corpo["numero_processo"] == "07090984820188070007"
    # "MARIA DA SILVA" is the name itself once normalized; only real variants are kept.
    assert corpo["variantes"] == ["Maria Silva"]
    assert corpo["situacao_baseline"] == "pendente"
    assert corpo["ativo"] is True
    assert corpo["total_publicacoes"] == 0 and corpo["alertas_nao_lidos"] == 0
    assert corpo["criado_em"].endswith("+00:00")

    mensagens = _mensagens(filas)
    assert [(m["actor_name"], m["args"]) for m in mensagens] == [("first_check_task", [corpo["id"]])]
    with session_scope() as session:
        pessoa = session.get(PessoaMonitorada, corpo["id"])
        assert pessoa is not None
        assert pessoa.reivindicado_em is not None  # claimed: the scheduler will not enqueue it again
        assert pessoa.nome_normalizado == "MARIA DA SILVA"


def test_variante_igual_ao_nome_conta_uma_vez(cliente: TestClient) -> None:
    resposta = cliente.post(
        URL, json={"nome": "José Souza", "variantes": ["JOSE SOUZA", "José  Souza", "J. Souza"]}
    )
    assert resposta.status_code == 201, resposta.text
    assert resposta.json()["variantes"] == ["J. Souza"]
    renomeada = cliente.patch(f"{URL}/{resposta.json()['id']}", json={"nome": "J Souza"})
    assert renomeada.json()["variantes"] == []


def test_duplicada_responde_409_com_o_id_e_uma_linha(cliente: TestClient, filas: Any) -> None:
    primeira = cliente.post(URL, json={"nome": "João Pereira", "cpf_cnpj": "11222333000181"})
    assert primeira.status_code == 201
    # Same identity spelled differently: accents, case, punctuation, spaces.
    segunda = cliente.post(URL, json={"nome": "JOAO  pereira", "cpf_cnpj": "11.222.333/0001-81"})
    assert segunda.status_code == 409
    assert segunda.json() == {
        "detail": "Já existe uma pessoa monitorada com este nome, CPF/CNPJ e tribunal",
        "id": primeira.json()["id"],
    }
    assert _linhas() == 1
    assert len(_mensagens(filas)) == 1
    # Another court is another identity.
    assert (
        cliente.post(
            URL, json={"nome": "João Pereira", "cpf_cnpj": "11222333000181", "tribunal_filtro": "TJRJ"}
        ).status_code
        == 201
    )


def test_removida_nao_impede_recadastro(cliente: TestClient) -> None:
    pessoa_id = cliente.post(URL, json={"nome": "Ana Lima"}).json()["id"]
    assert cliente.delete(f"{URL}/{pessoa_id}").status_code == 204
    nova = cliente.post(URL, json={"nome": "Ana Lima"})
    assert nova.status_code == 201 and nova.json()["id"] != pessoa_id


def test_redis_fora_desfaz_o_cadastro(
    cliente: TestClient, filas: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def sem_redis(*_: object, **__: object) -> None:
        raise redis.ConnectionError("Error 111 connecting to 127.0.0.1:1. Connection refused.")

    monkeypatch.setattr(filas, "enqueue", sem_redis)
    resposta = cliente.post(URL, json={"nome": "Carlos Andrade"})
    assert resposta.status_code == 503
    assert "indisponível" in resposta.json()["detail"]
    assert _linhas() == 0
    monkeypatch.undo()
    # Nothing left behind: the same party can be registered once Redis is back.
    assert cliente.post(URL, json={"nome": "Carlos Andrade"}).status_code == 201


@pytest.mark.parametrize(
    ("corpo", "campo", "trecho"),
    [
        ({"nome": "ab"}, "nome", "deve ter entre 3 e 300 caracteres"),
        ({"nome": "  a    "}, "nome", "deve ter entre 3 e 300 caracteres"),
        ({"nome": "x" * 301}, "nome", "deve ter entre 3 e 300 caracteres"),
        ({"nome": "..."}, "nome", "deve conter letras ou números"),
        ({}, "nome", "campo obrigatório"),
        ({"nome": 123}, "nome", "deve ser um texto"),
        ({"nome": "Maria", "cpf_cnpj": "123.456.789-00"}, "cpf_cnpj", "CPF inválido"),
        ({"nome": "Maria", "cpf_cnpj": "12.ABC.345/01DE-99"}, "cpf_cnpj", "CNPJ inválido"),
        ({"nome": "Maria", "tribunal_filtro": "TJXX"}, "tribunal_filtro", "tribunal desconhecido"),
        (
            {"nome": "Maria", "numero_processo": "0709098-49.2018.8.07.0007"},
            "numero_processo",
            "dígitos verificadores",
        ),
        ({"nome": "Maria", "intervalo_minutos": 4}, "intervalo_minutos", "maior ou igual a 5"),
        ({"nome": "Maria", "intervalo_minutos": 10081}, "intervalo_minutos", "menor ou igual a 10080"),
        ({"nome": "Maria", "intervalo_minutos": 10**30}, "intervalo_minutos", "menor ou igual a 10080"),
        ({"nome": "Maria", "data_expiracao": "2025-02-30"}, "data_expiracao", "data inválida"),
        ({"nome": "Maria", "data_expiracao": "2000-01-01"}, "data_expiracao", "hoje ou uma data futura"),
        ({"nome": "Maria", "variantes": "Mari"}, "variantes", "deve ser uma lista"),
        ({"nome": "Maria", "variantes": ["ok nome", "x"]}, "variantes", "deve ter entre 3 e 300"),
        ({"nome": "Maria", "apelido": "x"}, "apelido", "campo não permitido"),
    ],
)
def test_validacao_em_portugues(cliente: TestClient, corpo: dict[str, Any], campo: str, trecho: str) -> None:
    resposta = cliente.post(URL, json=corpo)
    assert resposta.status_code == 422, resposta.text
    erros = resposta.json()["erros"]
    assert any(e["campo"] == campo and trecho in e["mensagem"] for e in erros), erros
    assert resposta.json()["detail"].startswith("Dados inválidos")
    assert _linhas() == 0


def test_vazios_opcionais_sao_nulos(cliente: TestClient) -> None:
    resposta = cliente.post(
        URL, json={"nome": "Maria", "cpf_cnpj": "", "tribunal_filtro": " ", "numero_processo": ""}
    )
    assert resposta.status_code == 201
    corpo = resposta.json()
    assert corpo["cpf_cnpj"] is None and corpo["tribunal_filtro"] is None and corpo["numero_processo"] is None


def test_json_invalido_e_corpo_ausente(cliente: TestClient) -> None:
    invalido = cliente.post(URL, content=b"{nome:", headers={"content-type": "application/json"})
    assert invalido.status_code == 422
    assert "JSON inválido" in invalido.json()["detail"]
    ausente = cliente.post(URL)
    assert ausente.status_code == 422
    assert "obrigatório" in ausente.json()["detail"]


@pytest.mark.parametrize("caminho", ["/0", "/-1", "/abc", f"/{2**63}", "/99999999999999999999999"])
def test_ids_invalidos_sao_422(cliente: TestClient, caminho: str) -> None:
    resposta = cliente.get(URL + caminho)
    assert resposta.status_code == 422
    assert resposta.json()["erros"][0]["campo"] == "pessoa_id"


def test_desconhecida_404(cliente: TestClient) -> None:
    for metodo, sufixo in [
        ("GET", ""),
        ("PATCH", ""),
        ("DELETE", ""),
        ("GET", "/publicacoes"),
        ("GET", "/verificacoes"),
        ("POST", "/verificar"),
    ]:
        resposta = cliente.request(metodo, f"{URL}/999{sufixo}", json={} if metodo == "PATCH" else None)
        assert resposta.status_code == 404, (metodo, sufixo)
        assert resposta.json()["detail"] == "Pessoa monitorada não encontrada"


def test_remocao_logica(cliente: TestClient) -> None:
    pessoa_id = cliente.post(URL, json={"nome": "Paula Reis"}).json()["id"]
    assert cliente.delete(f"{URL}/{pessoa_id}").status_code == 204
    assert cliente.get(f"{URL}/{pessoa_id}").status_code == 404
    assert cliente.delete(f"{URL}/{pessoa_id}").status_code == 404
    assert cliente.get(URL).json()["total"] == 0
    with session_scope() as session:
        pessoa = session.get(PessoaMonitorada, pessoa_id)
        assert pessoa is not None and pessoa.removido_em is not None


def test_troca_de_nome_refaz_baseline(cliente: TestClient, filas: Any) -> None:
    pessoa_id = apoio.pessoa(
        "Roberto Dias",
        baseline_concluido_em=agora(),
        janela_fim=date(2025, 3, 1),
        proximo_check=agora() + timedelta(hours=1),
        ultimo_erro="falhou",
        falhas_consecutivas=2,
    )
    # Same normalized name: only the spelling changes, the baseline stays.
    mesma = cliente.patch(f"{URL}/{pessoa_id}", json={"nome": "ROBERTO  DIAS"})
    assert mesma.status_code == 200 and mesma.json()["situacao_baseline"] == "concluida"
    assert _mensagens(filas) == []

    resposta = cliente.patch(f"{URL}/{pessoa_id}", json={"nome": "Roberto Dias Filho"})
    assert resposta.status_code == 200, resposta.text
    corpo = resposta.json()
    assert corpo["nome"] == "Roberto Dias Filho"
    assert corpo["situacao_baseline"] == "pendente" and corpo["baseline_concluido_em"] is None
    assert corpo["ultimo_erro"] is None and corpo["falhas_consecutivas"] == 0
    with session_scope() as session:
        pessoa = session.get(PessoaMonitorada, pessoa_id)
        assert pessoa is not None
        assert pessoa.janela_fim is None and pessoa.proximo_check is None
        assert pessoa.reivindicado_em is not None
        assert pessoa.nome_normalizado == "ROBERTO DIAS FILHO"
    assert [(m["actor_name"], m["args"]) for m in _mensagens(filas)] == [("first_check_task", [pessoa_id])]


def test_troca_de_nome_com_redis_fora_fica_para_o_agendador(
    cliente: TestClient, filas: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    pessoa_id = apoio.pessoa("Lucia Alves", baseline_concluido_em=agora())

    def sem_redis(*_: object, **__: object) -> None:
        raise redis.ConnectionError("Connection refused")

    monkeypatch.setattr(filas, "enqueue", sem_redis)
    resposta = cliente.patch(f"{URL}/{pessoa_id}", json={"nome": "Lucia Alves Neto"})
    assert resposta.status_code == 200
    with session_scope() as session:
        pessoa = session.get(PessoaMonitorada, pessoa_id)
        assert pessoa is not None
        # Unclaimed and due now: the next tick takes its baseline.
        assert pessoa.reivindicado_em is None and pessoa.baseline_concluido_em is None
        assert pessoa.proximo_check is None


def test_patch_parcial_pausa_retoma_e_limpa(cliente: TestClient, filas: Any) -> None:
    criada = cliente.post(
        URL, json={"nome": "Marcos Rocha", "cpf_cnpj": "52998224725", "observacao": "a"}
    ).json()
    url = f"{URL}/{criada['id']}"
    pausada = cliente.patch(url, json={"ativo": False})
    assert pausada.status_code == 200 and pausada.json()["ativo"] is False
    assert pausada.json()["cpf_cnpj"] == "52998224725" and pausada.json()["observacao"] == "a"
    limpa = cliente.patch(url, json={"cpf_cnpj": None, "observacao": None, "intervalo_minutos": 120})
    assert limpa.json()["cpf_cnpj"] is None and limpa.json()["observacao"] is None
    assert limpa.json()["intervalo_minutos"] == 120
    assert cliente.patch(url, json={"ativo": True}).json()["ativo"] is True
    for corpo, campo in [
        ({"nome": None}, "nome"),
        ({"ativo": None}, "ativo"),
        ({"ativo": "talvez"}, "ativo"),
    ]:
        erro = cliente.patch(url, json=corpo)
        assert erro.status_code == 422 and erro.json()["erros"][0]["campo"] == campo
    assert len(_mensagens(filas)) == 1  # only the registration's first check


def test_patch_para_identidade_existente_409(cliente: TestClient) -> None:
    primeira = cliente.post(URL, json={"nome": "Helena Costa"}).json()
    segunda = cliente.post(URL, json={"nome": "Helena Costa", "tribunal_filtro": "TJMG"}).json()
    resposta = cliente.patch(f"{URL}/{segunda['id']}", json={"tribunal_filtro": None})
    assert resposta.status_code == 409
    assert resposta.json()["id"] == primeira["id"]
    assert cliente.get(f"{URL}/{segunda['id']}").json()["tribunal_filtro"] == "TJMG"


def test_reativar_expirada_exige_nova_data(cliente: TestClient) -> None:
    pessoa_id = apoio.pessoa("Otavio Nunes", ativo=False, data_expiracao=date(2020, 1, 1))
    resposta = cliente.patch(f"{URL}/{pessoa_id}", json={"ativo": True})
    assert resposta.status_code == 422
    assert resposta.json()["campo"] == "data_expiracao"
    amanha = (date.today() + timedelta(days=2)).isoformat()
    assert (
        cliente.patch(f"{URL}/{pessoa_id}", json={"ativo": True, "data_expiracao": amanha}).status_code == 200
    )


def test_verificar_agora(cliente: TestClient, filas: Any) -> None:
    pessoa_id = apoio.pessoa("Sofia Martins", baseline_concluido_em=agora())
    resposta = cliente.post(f"{URL}/{pessoa_id}/verificar")
    assert resposta.status_code == 202
    assert resposta.json() == {"mensagem": "Verificação enfileirada", "enfileirada": True}
    assert [(m["actor_name"], m["args"]) for m in _mensagens(filas)] == [
        ("verificar_pessoa_task", [pessoa_id, None, True])
    ]
    # Already claimed: no second message (invariant 9).
    de_novo = cliente.post(f"{URL}/{pessoa_id}/verificar")
    assert de_novo.status_code == 202 and de_novo.json()["enfileirada"] is False
    assert len(_mensagens(filas)) == 1


def test_verificar_pausada_409_e_redis_fora_503(
    cliente: TestClient, filas: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    pausada = apoio.pessoa("Tiago Ramos", ativo=False)
    assert cliente.post(f"{URL}/{pausada}/verificar").status_code == 409

    pessoa_id = apoio.pessoa("Vera Lopes")

    def sem_redis(*_: object, **__: object) -> None:
        raise redis.ConnectionError("Connection refused")

    monkeypatch.setattr(filas, "enqueue", sem_redis)
    assert cliente.post(f"{URL}/{pessoa_id}/verificar").status_code == 503
    with session_scope() as session:
        pessoa = session.get(PessoaMonitorada, pessoa_id)
        assert pessoa is not None and pessoa.reivindicado_em is None  # claim undone


def test_transacao_fora_do_http_grava_e_envia(banco: None, filas: Any) -> None:
    from dje_monitor.pessoas import service
    from dje_monitor.pessoas.schemas import PessoaEntrada
    from dje_monitor.sessao_http import transacao

    with transacao() as session:
        criada = service.criar(session, PessoaEntrada(nome="Pela Linha de Comando"))
    assert _linhas() == 1
    assert [m["args"] for m in _mensagens(filas)] == [[criada.id]]
    with pytest.raises(RuntimeError), transacao() as session:
        service.criar(session, PessoaEntrada(nome="Desfeita Por Erro"))
        raise RuntimeError("falha depois do insert")
    assert _linhas() == 1


@pytest.mark.parametrize(
    ("corpo", "campo"),
    [
        (rb'{"nome": "Maria\u0000Silva"}', "nome"),  # PostgreSQL cannot store NUL
        (rb'{"nome": "Maria \ud800 Silva"}', "nome"),  # a lone surrogate cannot be encoded
        (rb'{"nome": "Maria Silva", "observacao": "a\u0000b"}', "observacao"),
        (rb'{"nome": "Maria Silva", "variantes": ["Mar\u0007ia"]}', "variantes"),
        (rb'{"nome": "Maria Silva", "variantes": [null]}', "variantes[0]"),
        (rb'{"nome": "Maria Silva", "intervalo_minutos": 5.5}', "intervalo_minutos"),
    ],
)
def test_entrada_que_o_banco_recusaria_e_422(cliente: TestClient, corpo: bytes, campo: str) -> None:
    resposta = cliente.post(URL, content=corpo, headers={"content-type": "application/json"})
    assert resposta.status_code == 422, resposta.text
    assert [e["campo"] for e in resposta.json()["erros"]] == [campo]
