"""Filtros, paginação, ordem, casamento de nomes, teto de 10 000 e determinismo."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date
from typing import Any

import httpx

from dje_monitor.simulador import ConfigSimulador
from dje_monitor.simulador.base import Filtros
from dje_monitor.simulador.estado import Simulador
from dje_monitor.simulador.normalizacao import normalizar

from .conftest import HOJE, Servidor, config_de_teste


def _ordenado(itens: list[dict[str, Any]]) -> bool:
    chaves = [(i["data_disponibilizacao"], i["id"]) for i in itens]
    return chaves == sorted(chaves, reverse=True)


def test_paginacao_por_offset_e_ordem(sim: Servidor) -> None:
    todos = sim.itens(siglaTribunal="TJSP", itensPorPagina=100)
    assert len(todos) > 25 and _ordenado(todos)
    paginas = [sim.itens(siglaTribunal="TJSP", itensPorPagina=10, pagina=p) for p in range(1, 4)]
    assert [i["id"] for p in paginas for i in p] == [i["id"] for i in todos[:30]]
    assert sim.itens(siglaTribunal="TJSP", itensPorPagina=10, pagina=1000) == []
    assert sim.buscar(siglaTribunal="TJSP", itensPorPagina=10).json()["count"] == len(todos)


def test_itens_por_pagina_tem_teto(sim: Servidor) -> None:
    assert len(sim.itens(siglaTribunal="TJSP", itensPorPagina=3)) == 3
    sim.falhas(max_itens_por_pagina=7)
    assert len(sim.itens(siglaTribunal="TJSP", itensPorPagina=50)) == 7
    assert len(sim.itens(siglaTribunal="TJSP")) == 7


def test_filtro_de_datas_inclusivo(sim: Servidor) -> None:
    todos = sim.todos(siglaTribunal="TJSP")
    dias = sorted({i["data_disponibilizacao"] for i in todos})
    inicio, fim = dias[1], dias[-2]
    filtrados = sim.todos(
        siglaTribunal="TJSP", dataDisponibilizacaoInicio=inicio, dataDisponibilizacaoFim=fim
    )
    esperado = [i["id"] for i in todos if inicio <= i["data_disponibilizacao"] <= fim]
    assert [i["id"] for i in filtrados] == esperado
    um_dia = sim.todos(siglaTribunal="TJSP", dataDisponibilizacaoInicio=fim, dataDisponibilizacaoFim=fim)
    assert um_dia and {i["data_disponibilizacao"] for i in um_dia} == {fim}


def test_historico_cobre_dias_uteis_ate_hoje(sim: Servidor) -> None:
    datas = {date.fromisoformat(i["data_disponibilizacao"]) for i in sim.todos(nomeParte="SILVA")}
    assert max(datas) <= HOJE and min(datas) >= date(2026, 1, 26)
    assert all(d.weekday() < 5 for d in datas)


def test_nome_parte_casa_sequencia_de_palavras_inteiras(sim: Servidor) -> None:
    def nomes(consulta: str) -> set[str]:
        return {normalizar(d["nome"]) for i in sim.todos(nomeParte=consulta) for d in i["destinatarios"]}

    # Homônimos vêm juntos, como no DJEN: filtrar é problema do cliente.
    assert {"JOSE DA SILVA", "JOSE DA SILVA SANTOS"} <= nomes("JOSE DA SILVA")
    assert "JOSE DA SILVA" not in nomes("JOSE DA SILVA SANTOS")
    assert nomes("josé  da silva.") == nomes("JOSE DA SILVA")
    assert sim.todos(nomeParte="JOSE DA SILV") == []  # palavra pela metade não casa
    assert sim.todos(nomeParte="SILVA JOSE") == []  # ordem importa
    assert all(
        any(f" {'FULANO DE TAL'} " in f" {normalizar(d['nome'])} " for d in i["destinatarios"])
        for i in sim.todos(nomeParte="Fulano de Tal")
    )


def test_processo_advogado_oab_meio_texto(sim: Servidor) -> None:
    item = next(i for i in sim.todos(nomeParte="SILVA") if i["destinatarioadvogados"])
    por_processo = sim.todos(numeroProcesso=item["numeroprocessocommascara"])
    assert item["id"] in {i["id"] for i in por_processo}
    assert all(i["numero_processo"] == item["numero_processo"] for i in por_processo)
    assert sim.todos(numeroProcesso=item["numero_processo"]) == por_processo
    advogado = item["destinatarioadvogados"][0]["advogado"]
    assert item["id"] in {i["id"] for i in sim.todos(nomeAdvogado=advogado["nome"])}
    por_oab = sim.todos(numeroOab=advogado["numero_oab"], ufOab=advogado["uf_oab"])
    assert item["id"] in {i["id"] for i in por_oab}
    assert all(i["meio"] == "E" for i in sim.todos(siglaTribunal="TJSP", meio="E"))
    com_texto = sim.todos(texto="homologo, para que PRODUZA")
    assert com_texto and all("Homologo, para que produza" in i["texto"] for i in com_texto)
    assert sim.todos(siglaTribunal="TJSP", numeroComunicacao=999_999) == []
    assert sim.todos(siglaTribunal="XYZ") == []


def test_teto_de_10000_resultados(sim: Servidor) -> None:
    dia = "2026-03-26"
    ids = sim.criar(
        quantidade=10_050,
        destinatarios=["PARTE DO TETO DE RESULTADOS"],
        data_inicio=dia,
        data_fim=dia,
        sigla_tribunal="TJAC",
    )
    assert len(ids) == 10_050
    corpo = sim.buscar(nomeParte="PARTE DO TETO DE RESULTADOS", itensPorPagina=100).json()
    assert corpo["count"] == 10_000
    ultima = sim.itens(nomeParte="PARTE DO TETO DE RESULTADOS", itensPorPagina=5000, pagina=100)
    assert len(ultima) == 100
    assert sim.itens(nomeParte="PARTE DO TETO DE RESULTADOS", itensPorPagina=100, pagina=101) == []
    # Só a consulta de um tribunal num único dia escapa do teto.
    um_dia = sim.buscar(siglaTribunal="TJAC", dataDisponibilizacaoInicio=dia, dataDisponibilizacaoFim=dia)
    assert um_dia.json()["count"] >= 10_050
    assert sim.buscar(siglaTribunal="TJAC").json()["count"] == 10_000


def test_mesma_seed_mesmos_dados() -> None:
    a = Simulador(config_de_teste(partes=15))
    b = Simulador(config_de_teste(partes=15))
    c = Simulador(config_de_teste(partes=15, seed=8))
    filtros = Filtros(sigla_tribunal="TJSP")
    assert a.partes() == b.partes() and a.partes() != c.partes()
    itens_a = [a.base.obter(i) for i in a.base.consultar(filtros)]
    assert itens_a and itens_a == [b.base.obter(i) for i in b.base.consultar(filtros)]
    assert len(a.base) == len(b.base) and a.base.id_maximo == b.base.id_maximo


def test_modulo_executavel_gera_os_mesmos_dados(tmp_path: Any) -> None:
    """`python -m dje_monitor.simulador` sobe com as flags e serve os mesmos dados que o processo local."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        porta = s.getsockname()[1]
    flags = ["--porta", str(porta), "--seed", "5", "--partes", "6", "--hoje", "2026-03-27"]
    flags += ["--partes-fixas", "ANA;BETO", "--latencia", "0.01-0.02"]
    processo = subprocess.Popen(
        [sys.executable, "-m", "dje_monitor.simulador", *flags], stderr=subprocess.PIPE, text=True
    )
    try:
        url = f"http://127.0.0.1:{porta}"
        limite = time.monotonic() + 20
        while True:
            try:
                estado = httpx.get(f"{url}/_simulador/estado", timeout=1).json()
                break
            except httpx.TransportError:
                assert processo.poll() is None and time.monotonic() < limite, "simulador não subiu"
                time.sleep(0.05)
        assert estado["config"]["seed"] == 5 and estado["config"]["partes_fixas"] == ["ANA", "BETO"]
        local = Simulador(ConfigSimulador(seed=5, partes=6, partes_fixas=["ANA", "BETO"], hoje=HOJE))
        local_ids = local.base.consultar(Filtros(nome_parte="ANA"))
        remoto = httpx.get(f"{url}/api/v1/comunicacao", params={"nomeParte": "ANA"}).json()
        assert [i["id"] for i in remoto["items"]] == local_ids
        assert remoto["items"][0] == local.base.obter(local_ids[0])
    finally:
        processo.terminate()
        processo.wait(10)
