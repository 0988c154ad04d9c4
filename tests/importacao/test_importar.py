"""POST /api/v1/importar-planilha on the real database and broker: dry run, writes, updates, duplicates."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from dje_monitor.db import session_scope
from dje_monitor.pessoas.models import PessoaMonitorada
from dje_monitor.tempo import agora
from tests.api import apoio as api_apoio
from tests.importacao.apoio import cpf, xlsx, xlsx_bruto

URL = "/api/v1/importar-planilha"
CNJ = api_apoio.cnj(77)
PRAZO = date(2025, 8, 20)


def importar(cliente: TestClient, conteudo: bytes, dry_run: bool | None = None, nome: str = "p.xlsx") -> Any:
    params = {} if dry_run is None else {"dry_run": str(dry_run).lower()}
    tipo = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return cliente.post(URL, params=params, files={"arquivo": (nome, conteudo, tipo)})


def mensagens(filas: Any) -> list[tuple[str, list[Any]]]:
    ns = filas.namespace
    ids = filas.client.lrange(f"{ns}:verificacao", 0, -1)
    brutas = filas.client.hmget(f"{ns}:verificacao.msgs", ids) if ids else []
    return [(m["actor_name"], m["args"]) for m in map(json.loads, brutas)]


def pessoas() -> list[PessoaMonitorada]:
    with session_scope() as session:
        return list(session.scalars(select(PessoaMonitorada).order_by(PessoaMonitorada.id)))


def contar() -> int:
    with session_scope() as session:
        return int(session.scalar(select(func.count()).select_from(PessoaMonitorada)) or 0)


def acoes(corpo: dict[str, Any]) -> list[tuple[int, str]]:
    return [(linha["linha"], linha["acao"]) for linha in corpo["linhas"]]


PLANILHA = xlsx(
    [
        ["RÉU: Maria da Silva", "529.982.247-25", CNJ, "20/08/2025", "São Paulo", "SP", "tjsp"],
        ["EXECUTADO – Empresa Alfa Ltda", "11.222.333/0001-81", None, PRAZO, "Campinas", "sp", None],
        ["João Pereira", None, None, None, None, None, None],
        [None, None, None, None, None, None, None],  # blank rows are skipped, not reported
        ["Carlos Dias", "123.456.789-00", "123", "31/02/2025", None, "ZZ", "TJXX"],
        ["MARIA DA SILVA", "52998224725", None, None, None, None, "TJSP"],
    ]
)


def test_dry_run_e_o_padrao_e_nao_grava_nada(cliente: TestClient, filas: Any) -> None:
    resposta = importar(cliente, PLANILHA)
    assert resposta.status_code == 200, resposta.text
    corpo = resposta.json()
    assert corpo["dry_run"] is True
    assert acoes(corpo) == [(2, "criar"), (3, "criar"), (4, "criar"), (6, "erro"), (7, "ignorar")]
    assert corpo["resumo"] == {"criar": 3, "atualizar": 0, "ignorar": 1, "erro": 1}
    assert corpo["total_linhas"] == 5
    assert corpo["aba"] == "Pessoas" and corpo["linha_cabecalho"] == 1
    assert (
        corpo["colunas"]["nome"] == "Parte Adversa"
        and corpo["colunas"]["numero_processo"] == "Nº do Processo"
    )
    assert corpo["verificacoes_iniciais"] == 3 and corpo["verificacoes_enfileiradas"] == 0
    assert corpo["mensagem"].startswith("Simulação, nada foi gravado: 3 pessoas a criar")
    erro = corpo["linhas"][3]
    assert erro["nome"] == "Carlos Dias"
    for trecho in (
        "CPF inválido",
        "número do processo",
        "data do prazo inválida",
        "UF desconhecida: ZZ",
        "TJXX",
    ):
        assert trecho in erro["motivo"]
    assert corpo["linhas"][4]["motivo"] == "repete a linha 2 (mesmo nome, CPF/CNPJ e tribunal)"
    assert contar() == 0
    assert mensagens(filas) == []


def test_importacao_grava_tudo_e_enfileira_uma_baseline_por_pessoa(cliente: TestClient, filas: Any) -> None:
    resposta = importar(cliente, PLANILHA, dry_run=False)
    assert resposta.status_code == 200, resposta.text
    corpo = resposta.json()
    assert corpo["dry_run"] is False
    assert acoes(corpo) == [(2, "criar"), (3, "criar"), (4, "criar"), (6, "erro"), (7, "ignorar")]
    assert corpo["mensagem"].startswith("Importação gravada: 3 pessoas criadas")
    assert corpo["verificacoes_iniciais"] == corpo["verificacoes_enfileiradas"] == 3
    assert corpo["aviso"] is None
    gravadas = pessoas()
    assert [p.nome for p in gravadas] == ["Maria da Silva", "Empresa Alfa Ltda", "João Pereira"]
    maria = gravadas[0]
    assert (maria.cpf_cnpj, maria.numero_processo, maria.tribunal_filtro) == ("52998224725", CNJ, "TJSP")
    assert (maria.comarca, maria.uf, maria.data_prazo) == ("São Paulo", "SP", PRAZO)
    assert maria.data_expiracao == date(2030, 8, 20)
    assert maria.nome_normalizado == "MARIA DA SILVA"
    assert all(p.reivindicado_em is not None and p.baseline_concluido_em is None for p in gravadas)
    assert [linha["pessoa_id"] for linha in corpo["linhas"][:3]] == [p.id for p in gravadas]
    assert mensagens(filas) == [("first_check_task", [p.id]) for p in gravadas]

    # The API shows what the import stored.
    saida = cliente.get(f"/api/v1/pessoas-monitoradas/{maria.id}").json()
    assert (saida["comarca"], saida["uf"], saida["data_prazo"]) == ("São Paulo", "SP", "2025-08-20")


def test_reimportar_atualiza_nunca_duplica(cliente: TestClient, filas: Any) -> None:
    assert importar(cliente, PLANILHA, dry_run=False).status_code == 200
    filas.flush("verificacao")
    antes = {p.id: p for p in pessoas()}
    segunda = importar(cliente, PLANILHA, dry_run=False).json()
    assert acoes(segunda) == [(2, "ignorar"), (3, "ignorar"), (4, "ignorar"), (6, "erro"), (7, "ignorar")]
    assert "sem alterações" in segunda["linhas"][0]["motivo"]
    assert contar() == 3
    assert mensagens(filas) == []

    # Same CPF, new name and comarca: the party is updated and, renamed, re-takes its baseline.
    nova = xlsx([["Maria Silva Souza", "52998224725", None, None, "Santos", None, "TJSP"]])
    corpo = importar(cliente, nova, dry_run=False).json()
    maria_id = next(iter(antes))
    assert corpo["linhas"] == [
        {
            "linha": 2,
            "nome": "Maria Silva Souza",
            "acao": "atualizar",
            "motivo": f"altera nome e comarca da pessoa #{maria_id}; "
            "o nome mudou: a verificação inicial (baseline) será refeita, sem alertas",
            "pessoa_id": maria_id,
        }
    ]
    assert contar() == 3
    maria = pessoas()[0]
    assert (maria.nome, maria.comarca, maria.numero_processo, maria.uf) == (
        "Maria Silva Souza",
        "Santos",
        CNJ,
        "SP",
    )
    assert maria.baseline_concluido_em is None and maria.reivindicado_em is not None
    assert mensagens(filas) == [("first_check_task", [maria_id])]


def test_renomear_refaz_baseline_como_o_patch(cliente: TestClient, filas: Any) -> None:
    instante = agora()
    pessoa_id = api_apoio.pessoa(
        "Ana Lima",
        cpf_cnpj=cpf(5),
        baseline_concluido_em=instante,
        janela_fim=date(2026, 1, 1),
        proximo_check=instante,
        falhas_consecutivas=2,
        ultimo_erro="falhou",
        variantes=["Ana L.", "Ana Lima Souza"],
    )
    pausada_id = api_apoio.pessoa("Bia Costa", cpf_cnpj=cpf(6), baseline_concluido_em=instante, ativo=False)
    conteudo = xlsx([["Ana Lima Souza", cpf(5)], ["Beatriz Costa", cpf(6)]], cabecalho=["Nome", "CPF"])
    corpo = importar(cliente, conteudo, dry_run=False).json()
    assert acoes(corpo) == [(2, "atualizar"), (3, "atualizar")]
    assert "continua pausado" in corpo["linhas"][1]["motivo"]
    assert corpo["verificacoes_iniciais"] == 1
    ana, bia = pessoas()
    assert ana.baseline_concluido_em is None and ana.janela_fim is None and ana.proximo_check is None
    assert (ana.falhas_consecutivas, ana.ultimo_erro) == (0, None)
    assert ana.reivindicado_em is not None
    assert ana.variantes == ["Ana L."]  # the variant equal to the new name is dropped
    assert bia.baseline_concluido_em is None and bia.reivindicado_em is None and bia.ativo is False
    assert mensagens(filas) == [("first_check_task", [pessoa_id])]
    assert pausada_id == bia.id


def test_duplicadas_no_arquivo_e_conflitos(cliente: TestClient, filas: Any) -> None:
    existente = api_apoio.pessoa("Paulo Reis", cpf_cnpj=cpf(9), tribunal_filtro="TJRJ")
    api_apoio.pessoa("Paulo Reis", cpf_cnpj=cpf(8), tribunal_filtro="TJSP")
    api_apoio.pessoa("Outro Nome", cpf_cnpj=cpf(8), tribunal_filtro="TJMG")
    conteudo = xlsx(
        [
            ["Lia Prado", cpf(1)],
            ["LIA  PRADO", cpf(1)],  # same identity
            ["Lia P. Prado", cpf(1)],  # same CPF, other name
            ["Paulo Reis", cpf(9), None, None, None, None, "TJRJ"],  # the existing party, unchanged
            ["Paulo R.", cpf(9)],  # same CPF as the row above: repeated
            ["Nome Qualquer", cpf(8)],  # the CPF belongs to two parties: ambiguous
        ]
    )
    corpo = importar(cliente, conteudo, dry_run=False).json()
    assert acoes(corpo) == [
        (2, "criar"),
        (3, "ignorar"),
        (4, "ignorar"),
        (5, "ignorar"),
        (6, "ignorar"),
        (7, "erro"),
    ]
    motivos = [linha["motivo"] for linha in corpo["linhas"]]
    assert motivos[1] == "repete a linha 2 (mesmo nome, CPF/CNPJ e tribunal)"
    assert motivos[2] == "repete a linha 2 (mesmo CPF/CNPJ)"
    assert motivos[3] == f"já monitorada (pessoa #{existente}), sem alterações"
    assert motivos[4] == "repete a linha 5 (mesmo CPF/CNPJ)"
    assert "pertence a 2 pessoas monitoradas" in motivos[5]
    assert contar() == 4


def test_formula_vale_o_valor_calculado_e_nunca_e_avaliada(cliente: TestClient) -> None:
    linhas = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Nome</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Prazo</t></is></c></row>'
        # Cached values as Excel saved them next to each formula.
        '<row r="2"><c r="A2" t="str"><f>UPPER("ignorado")</f><v>Cristina Valor Salvo</v></c>'
        '<c r="B2" t="str"><f>TEXT(DATE(2025,1,2),"dd/mm/aaaa")</f><v>02/01/2025</v></c></row>'
        # A formula never calculated (no cached value) is an empty cell, not something to evaluate.
        '<row r="3"><c r="A3"><f>CONCATENATE("Nome ","Calculado")</f></c>'
        '<c r="B3" t="inlineStr"><is><t>03/01/2025</t></is></c></row>'
        '<row r="4"><c r="A4" t="str"><f>WEBSERVICE("http://127.0.0.1:1/")</f><v>Helena Rocha</v></c></row>'
    )
    corpo = importar(cliente, xlsx_bruto(linhas), dry_run=False).json()
    assert acoes(corpo) == [(2, "criar"), (3, "erro"), (4, "criar")]
    assert corpo["linhas"][1]["motivo"] == "nome da parte vazio"
    gravadas = pessoas()
    assert [p.nome for p in gravadas] == ["Cristina Valor Salvo", "Helena Rocha"]
    assert gravadas[0].data_prazo == date(2025, 1, 2)


def test_datas_em_texto_e_em_celula_de_data(cliente: TestClient) -> None:
    conteudo = xlsx(
        [["Ana Maria", "05/04/2024"], ["Bruno Reis", datetime(2024, 4, 6)], ["Caio Lopes", date(2024, 4, 7)]],
        cabecalho=["Nome", "Data do Prazo"],
    )
    assert importar(cliente, conteudo, dry_run=False).status_code == 200
    assert [(p.data_prazo, p.data_expiracao) for p in pessoas()] == [
        (date(2024, 4, 5), date(2029, 4, 5)),
        (date(2024, 4, 6), date(2029, 4, 6)),
        (date(2024, 4, 7), date(2029, 4, 7)),
    ]


def test_anos_de_monitoramento_configuravel(cliente: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from dje_monitor.config import get_settings

    monkeypatch.setattr(get_settings(), "anos_monitoramento", 2)
    conteudo = xlsx([["Ana Maria", "05/04/2025"]], cabecalho=["Nome", "Prazo"])
    assert importar(cliente, conteudo, dry_run=False).status_code == 200
    assert pessoas()[0].data_expiracao == date(2027, 4, 5)


def test_redis_fora_depois_do_commit_mantem_as_pessoas_e_avisa(
    cliente: TestClient, filas: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def sem_redis(*_: object, **__: object) -> None:
        raise redis.ConnectionError("Error 111 connecting to 127.0.0.1:1. Connection refused.")

    monkeypatch.setattr(filas, "enqueue", sem_redis)
    conteudo = xlsx([["Ana Maria"], ["Bruno Reis"]], cabecalho=["Nome"])
    resposta = importar(cliente, conteudo, dry_run=False)
    assert resposta.status_code == 200, resposta.text
    corpo = resposta.json()
    assert corpo["verificacoes_iniciais"] == 2 and corpo["verificacoes_enfileiradas"] == 0
    assert "2 de 2 verificações iniciais não foram enfileiradas" in corpo["aviso"]
    assert "reconciliador" in corpo["aviso"]
    # Written and still claimed: the reconciler finds the claims without a message and re-enqueues them.
    assert [p.reivindicado_em is not None for p in pessoas()] == [True, True]
