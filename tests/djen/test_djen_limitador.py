"""The global DJEN budget on the machine's real Redis: rate, burst, pause, circuit, state, TTLs."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
import redis as redis_lib

from dje_monitor.djen.erros import DjenIndisponivel
from dje_monitor.djen.limitador import Limitador

Janela = Callable[..., int]


def _em_threads(limitador: Limitador, threads: int, duracao: float) -> list[float]:
    """Each thread acquires in a loop for `duracao` seconds; returns the grant instants."""
    concessoes: list[float] = []
    trava = threading.Lock()
    fim = time.monotonic() + duracao

    def trabalhar() -> None:
        while time.monotonic() < fim:
            limitador.adquirir()
            agora = time.time()
            with trava:
                concessoes.append(agora)

    grupo = [threading.Thread(target=trabalhar) for _ in range(threads)]
    for t in grupo:
        t.start()
    for t in grupo:
        t.join()
    return concessoes


def _segundos_ate(iso: str) -> float:
    return (datetime.fromisoformat(iso) - datetime.now(UTC)).total_seconds()


def test_estado_inicial(redis_djen: redis_lib.Redis, prefixo: str) -> None:
    assert Limitador(redis_djen, 2.0, prefixo).estado() == {
        "taxa_por_segundo": 2.0,
        "burst": 1,
        "pausado_ate": None,
        "motivo_pausa": None,
        "recentes_429": 0,
        "falhas_recentes": 0,
        "circuito_aberto": False,
        "circuito_aberto_ate": None,
    }


def test_threads_de_dois_limitadores_respeitam_um_so_orcamento(
    redis_djen: redis_lib.Redis, prefixo: str, janela: Janela
) -> None:
    # Two instances with their own connections stand for two processes.
    outro = redis_lib.Redis.from_url("redis://127.0.0.1:6379/0")
    a, b = Limitador(redis_djen, 10.0, prefixo), Limitador(outro, 10.0, prefixo)
    resultados: list[list[float]] = []
    grupo = [
        threading.Thread(target=lambda lim=lim: resultados.append(_em_threads(lim, 4, 2.0))) for lim in (a, b)
    ]
    for t in grupo:
        t.start()
    for t in grupo:
        t.join()
    outro.close()
    concessoes = sorted(resultados[0] + resultados[1])
    duracao = concessoes[-1] - concessoes[0]
    taxa = (len(concessoes) - 1) / duracao
    print(f"\nlimitador 10/s, 8 threads: máx {janela(concessoes)} por janela de 1 s, {taxa:.2f} req/s")
    assert janela(concessoes) <= 10 + 1
    assert taxa >= 0.9 * 10
    # A late grant keeps the schedule anchored, so two grants may sit closer than 1/taxa, but never
    # closer than 1/taxa minus the allowed lateness (half an interval at an integer rate).
    assert min(y - x for x, y in itertools.pairwise(concessoes)) > 0.1 - a._folga - 0.01


def test_burst_libera_rajada_depois_de_ocioso(redis_djen: redis_lib.Redis, prefixo: str) -> None:
    limitador = Limitador(redis_djen, 2.0, prefixo, burst=3)
    esperas = [limitador.adquirir() for _ in range(4)]
    assert max(esperas[:3]) < 0.05
    assert 0.4 < esperas[3] < 0.7


def test_pausa_vale_para_todos_e_mantem_a_maior(redis_djen: redis_lib.Redis, prefixo: str) -> None:
    limitador = Limitador(redis_djen, 50.0, prefixo)
    limitador.pausar(0.8, "teste de pausa")
    limitador.pausar(0.2, "pausa menor não encurta")
    estado = limitador.estado()
    assert estado["motivo_pausa"] == "teste de pausa"
    assert 0.5 < _segundos_ate(estado["pausado_ate"]) <= 0.8
    with redis_lib.Redis.from_url("redis://127.0.0.1:6379/0") as outro:
        espera = Limitador(outro, 50.0, prefixo).adquirir()
    assert 0.5 < espera < 1.2
    assert limitador.estado()["pausado_ate"] is None


def test_espera_maxima_vira_indisponivel_com_motivo(redis_djen: redis_lib.Redis, prefixo: str) -> None:
    Limitador(redis_djen, 5.0, prefixo).pausar(30, "manutenção programada")
    inicio = time.monotonic()
    with pytest.raises(DjenIndisponivel) as erro:
        Limitador(redis_djen, 5.0, prefixo, espera_maxima=1.0).adquirir()
    assert time.monotonic() - inicio < 0.5  # does not sleep a wait it already knows is too long
    assert "manutenção programada" in erro.value.mensagem


def test_espera_maxima_tambem_limita_a_fila_da_taxa(redis_djen: redis_lib.Redis, prefixo: str) -> None:
    limitador = Limitador(redis_djen, 0.5, prefixo, espera_maxima=0.5)
    limitador.adquirir()
    with pytest.raises(DjenIndisponivel, match="espera máxima"):
        limitador.adquirir()


def test_429_pausa_60_s_sem_retry_after_e_e_contado(redis_djen: redis_lib.Redis, prefixo: str) -> None:
    limitador = Limitador(redis_djen, 2.0, prefixo)
    assert limitador.registrar_429(None) == 60.0
    assert limitador.registrar_429(2.0) == 2.0
    estado = limitador.estado()
    assert estado["recentes_429"] == 2
    assert 58 < _segundos_ate(estado["pausado_ate"]) <= 60  # the 2 s pause did not shorten it
    assert "429" in estado["motivo_pausa"]


def test_circuito_abre_com_5_falhas_em_30_s_e_fecha_com_sucesso(
    redis_djen: redis_lib.Redis, prefixo: str
) -> None:
    limitador = Limitador(redis_djen, 50.0, prefixo, resfriamento=0.6)
    assert [limitador.registrar_falha() for _ in range(4)] == [False] * 4
    assert limitador.estado()["falhas_recentes"] == 4
    assert limitador.estado()["circuito_aberto"] is False
    assert limitador.registrar_falha() is True
    estado = limitador.estado()
    assert estado["circuito_aberto"] is True and "circuito aberto" in estado["motivo_pausa"]
    assert 0.3 < _segundos_ate(estado["pausado_ate"]) <= 0.6
    assert limitador.registrar_falha() is False  # already open: not extended
    assert limitador.adquirir() > 0.3  # the open circuit is a pause every process honours
    # Half-open: the first failure after the cool-down opens it again at once.
    assert limitador.registrar_falha() is True
    assert "reaberto" in limitador.estado()["motivo_pausa"]
    limitador.adquirir()
    limitador.registrar_sucesso()
    assert limitador.registrar_falha() is False
    assert limitador.estado()["circuito_aberto"] is False


def test_todas_as_chaves_tem_ttl_e_ficam_sob_o_prefixo(redis_djen: redis_lib.Redis, prefixo: str) -> None:
    limitador = Limitador(redis_djen, 5.0, prefixo, resfriamento=5)
    limitador.adquirir()
    limitador.registrar_429(1)
    for _ in range(5):
        limitador.registrar_falha()
    chaves = list(redis_djen.scan_iter(match=f"{prefixo}:*"))
    assert len(chaves) >= 6
    for chave in chaves:
        assert chave.decode().startswith(f"{prefixo}:djen:")
        assert redis_djen.pttl(chave) > 0, chave


def test_parametros_invalidos(redis_djen: redis_lib.Redis, prefixo: str) -> None:
    with pytest.raises(ValueError):
        Limitador(redis_djen, 0, prefixo)
    with pytest.raises(ValueError):
        Limitador(redis_djen, 1, prefixo, burst=0)


def test_sem_redis_o_limitador_falha_como_djen_indisponivel() -> None:
    # Nothing listens on loopback port 1: no shared budget means no request to DJEN.
    with redis_lib.Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.5) as sem_redis:
        limitador = Limitador(sem_redis, 2.0, "qualquer")
        with pytest.raises(DjenIndisponivel, match="Redis"):
            limitador.adquirir()
        with pytest.raises(DjenIndisponivel):
            limitador.registrar_429(1)
        with pytest.raises(redis_lib.RedisError):  # status pages report the outage themselves
            limitador.estado()
