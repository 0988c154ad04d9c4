"""DjenClient against the project's DJEN simulator (a real HTTP server in a subprocess)."""

from __future__ import annotations

import socket
import time
from datetime import date
from typing import TYPE_CHECKING

import httpx
import pytest
import redis as redis_lib

from dje_monitor.djen.client import DjenClient
from dje_monitor.djen.erros import (
    DjenBloqueado,
    DjenErroPermanente,
    DjenIndisponivel,
    DjenLimiteExcedido,
    DjenRespostaInvalida,
)
from dje_monitor.djen.limitador import Limitador

if TYPE_CHECKING:  # the class lives in this folder's conftest.py, which pytest loads itself
    from conftest import ControleSimulador


def _cliente(controle: ControleSimulador, limitador: Limitador | None = None, **opcoes: object) -> DjenClient:
    padrao: dict[str, object] = {"timeout": 5.0, "backoff_base": 0.05, "backoff_max": 0.2}
    return DjenClient(controle.url_api, limitador, **{**padrao, **opcoes})  # type: ignore[arg-type]


@pytest.fixture
def com_250(controle: ControleSimulador) -> set[int]:
    ids = set(controle.criar(250, controle.nome))
    assert len(ids) == 250
    return ids


def test_250_comunicacoes_em_exatamente_3_requisicoes(controle: ControleSimulador, com_250: set[int]) -> None:
    with _cliente(controle) as cliente:
        resultado = cliente.buscar(
            nome_parte=controle.nome, data_inicio=date(2026, 1, 1), data_fim=date(2026, 3, 31)
        )
    assert {c.id for c in resultado.itens} == com_250
    assert len(resultado.itens) == 250 and resultado.duplicados == 0
    assert (resultado.paginas, resultado.requisicoes, resultado.truncado) == (3, 3, False)
    requisicoes = controle.requisicoes()
    assert [r["params"]["pagina"] for r in requisicoes] == ["1", "2", "3"]
    assert requisicoes[0]["params"] == {
        "nomeParte": controle.nome,
        "dataDisponibilizacaoInicio": "2026-01-01",
        "dataDisponibilizacaoFim": "2026-03-31",
        "pagina": "1",
        "itensPorPagina": "100",
    }
    assert all(all(d.nome == controle.nome for d in c.destinatarios) for c in resultado.itens)


def test_sobrevive_a_pagina_vazia_500_e_429(
    controle: ControleSimulador, com_250: set[int], redis_djen: redis_lib.Redis, prefixo: str
) -> None:
    controle.falhas(respostas_forcadas=[{"tipo": "500"}, {"tipo": "429", "retry_after": 1}], paginas_vazias=1)
    limitador = Limitador(redis_djen, 50.0, prefixo)
    inicio = time.monotonic()
    with _cliente(controle, limitador) as cliente:
        resultado = cliente.buscar(nome_parte=controle.nome)
    assert {c.id for c in resultado.itens} == com_250 and len(resultado.itens) == 250
    # 3 pages + one retry for each fault: the 500, the 429 and the transient empty page 2.
    assert resultado.requisicoes == 6 and resultado.paginas == 3
    assert [r["status"] for r in controle.requisicoes()] == [500, 429, 200, 200, 200, 200]
    assert [r["params"]["pagina"] for r in controle.requisicoes()] == ["1", "1", "1", "2", "2", "3"]
    assert time.monotonic() - inicio >= 1.0  # Retry-After honoured through the shared pause
    assert limitador.estado()["recentes_429"] == 1


def test_pagina_vazia_duas_vezes_seguidas_e_o_fim(controle: ControleSimulador, com_250: set[int]) -> None:
    controle.forcar("itens", "vazia", "vazia")  # page 1 fine (old envelope), page 2 empty twice
    with _cliente(controle) as cliente:
        resultado = cliente.buscar(nome_parte=controle.nome)
    assert len(resultado.itens) == 100 and resultado.requisicoes == 3 and not resultado.truncado


def test_403_e_bloqueio_nunca_resultado_vazio(
    controle: ControleSimulador, com_250: set[int], redis_djen: redis_lib.Redis, prefixo: str
) -> None:
    controle.forcar("403", "403")
    limitador = Limitador(redis_djen, 50.0, prefixo)
    with _cliente(controle, limitador, tentativas=2) as cliente, pytest.raises(DjenBloqueado) as erro:
        cliente.buscar(nome_parte=controle.nome)
    assert "403" in erro.value.mensagem and len(controle.requisicoes()) == 2
    assert limitador.estado()["falhas_recentes"] == 1  # the same query twice: one distinct failure


def test_500_persistente_vira_indisponivel(controle: ControleSimulador, com_250: set[int]) -> None:
    controle.forcar("500", "500", "500")
    with _cliente(controle, tentativas=3) as cliente, pytest.raises(DjenIndisponivel):
        cliente.buscar(nome_parte=controle.nome)
    assert len(controle.requisicoes()) == 3


def test_rajada_de_500_de_varias_consultas_abre_o_circuito(
    controle: ControleSimulador, com_250: set[int], redis_djen: redis_lib.Redis, prefixo: str
) -> None:
    limitador = Limitador(redis_djen, 50.0, prefixo, resfriamento=1.0)
    # Four other queries failed just now (other parties, other workers): the fifth distinct one opens.
    for outra in range(4):
        limitador.registrar_falha(f"outra-consulta-{outra}")
    controle.forcar("500")
    with _cliente(controle, limitador, tentativas=6) as cliente:
        resultado = cliente.buscar(nome_parte=controle.nome)
    assert len(resultado.itens) == 250 and resultado.requisicoes == 4
    registros = controle.requisicoes()
    assert [r["status"] for r in registros] == [500] + [200] * 3
    assert registros[1]["t"] - registros[0]["fim"] >= 0.95  # the open circuit held every caller back
    assert limitador.estado()["circuito_aberto"] is False  # closed again by the success


def test_consulta_envenenada_sozinha_nao_abre_o_circuito(
    controle: ControleSimulador, com_250: set[int], redis_djen: redis_lib.Redis, prefixo: str
) -> None:
    """One query failing again and again counts once: it must not stall every other party."""
    controle.forcar(*["500"] * 5)
    limitador = Limitador(redis_djen, 50.0, prefixo, resfriamento=30.0)
    with _cliente(controle, limitador, tentativas=6) as cliente:
        resultado = cliente.buscar(nome_parte=controle.nome)
    assert len(resultado.itens) == 250
    assert limitador.estado()["circuito_aberto"] is False


def test_429_em_todas_as_tentativas_vira_limite_excedido(
    controle: ControleSimulador, com_250: set[int]
) -> None:
    controle.forcar({"tipo": "429", "retry_after": 1}, {"tipo": "429", "retry_after": 1})
    with _cliente(controle, tentativas=2) as cliente, pytest.raises(DjenLimiteExcedido) as erro:
        cliente.buscar(nome_parte=controle.nome)
    assert erro.value.retry_after == 1.0


def test_400_e_404_sao_permanentes_sem_repetir(controle: ControleSimulador, com_250: set[int]) -> None:
    # An invalid date reaches the simulator through the httpx client's default params: a real 400.
    http = httpx.Client(params={"dataDisponibilizacaoInicio": "31/12/2026"})
    with _cliente(controle, http=http) as cliente, pytest.raises(DjenErroPermanente) as erro:
        cliente.buscar(nome_parte=controle.nome)
    http.close()
    assert erro.value.status_http == 400 and len(controle.requisicoes()) == 1
    errado = DjenClient(controle.url_api.replace("/api/v1", "/api/v9"))
    with errado, pytest.raises(DjenErroPermanente):
        errado.buscar(nome_parte=controle.nome)
    assert len(controle.requisicoes()) == 2


def test_consulta_sem_criterio_ou_processo_invalido_nem_sai(controle: ControleSimulador) -> None:
    with _cliente(controle) as cliente:
        for argumentos in ({}, {"nome_parte": "  "}, {"numero_processo": "123"}):
            with pytest.raises(DjenErroPermanente):
                cliente.buscar(**argumentos)  # type: ignore[arg-type]
        with pytest.raises(DjenErroPermanente):
            cliente.buscar(nome_parte=controle.nome, data_inicio=date(2026, 2, 1), data_fim=date(2026, 1, 1))
    assert controle.requisicoes() == []


def test_conexao_recusada_vira_indisponivel_apos_as_tentativas() -> None:
    with socket.socket() as livre:  # a loopback port nobody listens on
        livre.bind(("127.0.0.1", 0))
        porta = livre.getsockname()[1]
    cliente = DjenClient(
        f"http://127.0.0.1:{porta}/api/v1", tentativas=3, backoff_base=0.01, backoff_max=0.02
    )
    with cliente, pytest.raises(DjenIndisponivel, match="conexão"):
        cliente.buscar(nome_parte="QUALQUER")


def test_timeout_e_repetido(controle: ControleSimulador, com_250: set[int]) -> None:
    controle.forcar({"tipo": "timeout", "segundos": 3})
    with _cliente(controle, timeout=0.5) as cliente:
        resultado = cliente.buscar(nome_parte=controle.nome)
    assert len(resultado.itens) == 250 and resultado.requisicoes == 4


@pytest.mark.parametrize("tipo", ["array", "itens", "nulos"])
def test_formatos_alternativos_sao_lidos(controle: ControleSimulador, com_250: set[int], tipo: str) -> None:
    controle.forcar(tipo)
    with _cliente(controle) as cliente:
        resultado = cliente.buscar(nome_parte=controle.nome)
    assert {c.id for c in resultado.itens} == com_250 and resultado.requisicoes == 3
    if tipo == "nulos":
        assert sum(not c.destinatarios for c in resultado.itens) == 100


def test_texto_de_10_mb_numa_pagina(controle: ControleSimulador, com_250: set[int]) -> None:
    controle.forcar("texto_gigante")
    inicio = time.monotonic()
    with _cliente(controle, timeout=30) as cliente:
        resultado = cliente.buscar(nome_parte=controle.nome)
    segundos = time.monotonic() - inicio
    gigante = max(resultado.itens, key=lambda c: len(c.texto_original or ""))
    print(f"\nbusca com um texto de 10 MB: {segundos:.2f} s")
    assert len(gigante.texto_original or "") >= 10 * 1024 * 1024
    assert "\r" not in gigante.texto and len(resultado.itens) == 250
    assert segundos < 10


def test_html_com_200_e_repetido_e_depois_invalido(controle: ControleSimulador, com_250: set[int]) -> None:
    controle.forcar("html_200")
    with _cliente(controle) as cliente:
        assert len(cliente.buscar(nome_parte=controle.nome).itens) == 250
    controle.forcar("html_200", "html_200", "html_200")
    with _cliente(controle, tentativas=3) as cliente, pytest.raises(DjenRespostaInvalida, match="não é JSON"):
        cliente.buscar(nome_parte=controle.nome)


def test_truncamento_por_paginas_e_pelo_teto_de_10_mil(
    controle: ControleSimulador, com_250: set[int]
) -> None:
    with _cliente(controle, max_paginas=2) as cliente:
        resultado = cliente.buscar(nome_parte=controle.nome)
    assert resultado.truncado and "2 páginas" in (resultado.motivo_truncamento or "")
    assert len(resultado.itens) == 200
    controle.criar(9_800, controle.nome)
    controle.falhas(max_itens_por_pagina=1000)
    with _cliente(controle, itens_por_pagina=1000) as cliente:
        resultado = cliente.buscar(nome_parte=controle.nome)
    assert resultado.truncado and "10000" in (resultado.motivo_truncamento or "")
    assert len(resultado.itens) == 10_000 and resultado.paginas == 10


def test_pagina_menor_que_a_pedida_nao_perde_itens(controle: ControleSimulador, com_250: set[int]) -> None:
    controle.falhas(max_itens_por_pagina=50)
    with _cliente(controle) as cliente:
        resultado = cliente.buscar(nome_parte=controle.nome)
    assert {c.id for c in resultado.itens} == com_250
    # 5 full pages of 50, then an empty page 6 that is retried once before being the end.
    assert resultado.itens_por_pagina == 50 and resultado.requisicoes == 7


def test_tribunais(controle: ControleSimulador) -> None:
    with _cliente(controle) as cliente:
        tribunais = cliente.tribunais()
    siglas = [t["sigla"] for t in tribunais]
    assert len(siglas) == len(set(siglas)) > 80
    assert {"TJSP", "TJDFT", "TRF1", "TRT2", "STF"} <= set(siglas)
    assert all(isinstance(t["data_ultimo_envio"], date) for t in tribunais)
    assert len(next(t for t in tribunais if t["sigla"] == "TRF1")["ufs"]) > 1
