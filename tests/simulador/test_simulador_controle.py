"""Rotas de controle: criar e cancelar comunicações, listar partes, estado e registro de requisições."""

from __future__ import annotations

import time
from datetime import date

from dje_monitor.simulador.normalizacao import normalizar
from dje_monitor.simulador.registro import RegistroRequisicoes

from .conftest import HOJE, PARTES_FIXAS, Servidor


def test_criar_comunicacoes(sim: Servidor) -> None:
    antes = sim.http.get("/_simulador/estado").json()
    ids = sim.criar(
        quantidade=12,
        destinatarios=["CLIENTE NOVO DA SILVA", "EMPRESA PARCEIRA LTDA"],
        data_inicio="2026-03-02",
        data_fim="2026-03-15",
    )
    assert len(ids) == 12 and ids == sorted(ids) and ids[0] > antes["id_maximo"]
    itens = sim.todos(nomeParte="CLIENTE NOVO DA SILVA")
    assert sorted(i["id"] for i in itens) == ids
    for item in itens:
        dia = date.fromisoformat(item["data_disponibilizacao"])
        assert date(2026, 3, 2) <= dia <= date(2026, 3, 13) and dia.weekday() < 5
        assert [d["nome"] for d in item["destinatarios"]] == [
            "CLIENTE NOVO DA SILVA",
            "EMPRESA PARCEIRA LTDA",
        ]
    assert len({i["data_disponibilizacao"] for i in itens}) > 5  # espalhadas pelo intervalo
    depois = sim.http.get("/_simulador/estado").json()
    assert depois["comunicacoes"] == antes["comunicacoes"] + 12


def test_criar_com_processo_tribunal_texto_e_data_padrao(sim: Servidor) -> None:
    ids = sim.criar(
        quantidade=3,
        destinatarios=["PARTE COM PROCESSO FIXO"],
        sigla_tribunal="trt2",
        numero_processo="1000123-92.2025.5.02.0011",
        texto="Intimação de teste",
    )
    itens = sim.todos(numeroProcesso="10001239220255020011")
    assert sorted(i["id"] for i in itens) == ids
    assert all(i["siglaTribunal"] == "TRT2" and i["texto"] == "Intimação de teste" for i in itens)
    assert {i["data_disponibilizacao"] for i in itens} == {HOJE.isoformat()}
    invalido = sim.http.post(
        "/_simulador/comunicacoes", json={"quantidade": 1, "destinatarios": ["X"], "sigla_tribunal": "TJXX"}
    )
    assert invalido.status_code == 422
    invertido = {
        "quantidade": 1,
        "destinatarios": ["X"],
        "data_inicio": "2026-03-10",
        "data_fim": "2026-03-01",
    }
    assert sim.http.post("/_simulador/comunicacoes", json=invertido).status_code == 422


def test_cancelar_comunicacao(sim: Servidor) -> None:
    (ident,) = sim.criar(quantidade=1, destinatarios=["PARTE QUE TERA CANCELAMENTO"])
    resposta = sim.http.post(f"/_simulador/comunicacoes/{ident}/cancelar", json={"motivo": "Erro material"})
    assert resposta.status_code == 200
    item = resposta.json()
    assert item["id"] == ident and item["ativo"] is False
    assert item["motivo_cancelamento"] == "Erro material"
    assert date.fromisoformat(item["data_cancelamento"][:10])
    assert "CANCELADA" in item["texto"]
    (visto,) = sim.itens(nomeParte="PARTE QUE TERA CANCELAMENTO")
    assert visto == item  # continua visível, com o mesmo id
    sem_corpo = sim.http.post(f"/_simulador/comunicacoes/{ident}/cancelar")
    assert sem_corpo.status_code == 200 and sem_corpo.json()["motivo_cancelamento"]
    assert sim.http.post("/_simulador/comunicacoes/1/cancelar", json={}).status_code == 404


def test_partes_com_contagens(sim: Servidor) -> None:
    corpo = sim.http.get("/_simulador/partes", params={"limite": 10}).json()
    assert corpo["total"] >= 44 and len(corpo["partes"]) == 10
    assert [p["nome"] for p in corpo["partes"][:4]] == PARTES_FIXAS
    for parte in corpo["partes"]:
        assert set(parte) == {"nome", "origem", "comunicacoes", "resultados_busca"}
        assert parte["comunicacoes"] >= 1
        assert sim.buscar(nomeParte=parte["nome"]).json()["count"] == parte["resultados_busca"]
    seguinte = sim.http.get("/_simulador/partes", params={"limite": 5, "offset": 10}).json()["partes"]
    assert seguinte and seguinte[0]["nome"] not in {p["nome"] for p in corpo["partes"]}
    # "JOSE DA SILVA" também acha "JOSE DA SILVA SANTOS": busca >= menções exatas.
    jose = next(p for p in corpo["partes"] if normalizar(p["nome"]) == "JOSE DA SILVA")
    assert jose["resultados_busca"] > jose["comunicacoes"]


def test_estado(sim: Servidor) -> None:
    estado = sim.http.get("/_simulador/estado").json()
    assert estado["hoje"] == HOJE.isoformat()
    assert estado["config"]["seed"] == 7 and estado["config"]["latencia"] == "0"
    assert estado["comunicacoes"] > 200 and estado["partes"] >= 44
    sim.falhas(latencia="0.01", respostas_forcadas=[{"tipo": "500"}])
    estado = sim.http.get("/_simulador/estado").json()
    assert estado["config"]["latencia"] == "0.01"
    assert estado["config"]["respostas_forcadas"] == [{"tipo": "500", "retry_after": None, "segundos": 30.0}]


def test_registro_de_requisicoes(sim: Servidor) -> None:
    inicio = time.time()
    sim.buscar(nomeParte="FULANO DE TAL", pagina=2)
    sim.buscar(meio="D")
    sim.http.get("/_simulador/estado")  # rotas de controle não entram no registro
    registros = sim.http.get("/_simulador/requisicoes").json()
    assert [(r["path"], r["status"]) for r in registros] == [
        ("/api/v1/comunicacao", 200),
        ("/api/v1/comunicacao", 400),
    ]
    primeiro = registros[0]
    assert primeiro["params"] == {"nomeParte": "FULANO DE TAL", "pagina": "2"}
    assert primeiro["cliente"] == "127.0.0.1"
    assert inicio - 1 <= primeiro["t"] <= primeiro["fim"] <= time.time()
    desde = sim.http.get("/_simulador/requisicoes", params={"desde": registros[1]["t"]}).json()
    assert desde == registros[1:]
    assert sim.http.delete("/_simulador/requisicoes").json() == {"removidas": 2}
    assert sim.http.get("/_simulador/requisicoes").json() == []


def test_registro_tem_tamanho_limitado() -> None:
    registro = RegistroRequisicoes(maximo=3)
    for n in range(5):
        registro.adicionar({"t": float(n)})
    assert [e["t"] for e in registro.desde(None)] == [2.0, 3.0, 4.0]


def test_novas_por_minuto_publica_comunicacoes_de_hoje(sim: Servidor) -> None:
    antes = sim.http.get("/_simulador/estado").json()
    sim.falhas(novas_por_minuto=1200)  # uma a cada 50 ms
    limite = time.monotonic() + 5
    while sim.http.get("/_simulador/estado").json()["comunicacoes"] < antes["comunicacoes"] + 3:
        assert time.monotonic() < limite, "nenhuma comunicação nova apareceu"
        time.sleep(0.05)
    sim.falhas(novas_por_minuto=0)
    novo_id = antes["id_maximo"] + 1
    item = sim.http.get(
        f"/_simulador/comunicacoes/{sim.http.get('/_simulador/estado').json()['id_maximo']}"
    ).json()
    assert item["id"] >= novo_id and item["data_disponibilizacao"] == HOJE.isoformat()
    partes = {
        normalizar(p["nome"])
        for p in sim.http.get("/_simulador/partes", params={"limite": 10_000}).json()["partes"]
    }
    assert normalizar(item["destinatarios"][0]["nome"]) in partes
