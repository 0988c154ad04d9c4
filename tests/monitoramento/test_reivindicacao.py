"""The scheduler's claim (`pessoas_para_verificar_batch`) on the real PostgreSQL."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import insert, select

from dje_monitor.db import session_scope
from dje_monitor.pessoas import repository as repo
from dje_monitor.pessoas.models import PessoaMonitorada
from dje_monitor.tempo import agora


def _criar(n: int, baseline: bool = True, atraso_min: int = 1) -> list[int]:
    instante = agora()
    linhas = [
        {
            "nome": f"PESSOA {i:05d}",
            "nome_normalizado": f"PESSOA {i:05d}",
            "baseline_concluido_em": instante if baseline else None,
            "proximo_check": instante - timedelta(minutes=atraso_min + i),
        }
        for i in range(n)
    ]
    with session_scope() as session:
        return list(session.scalars(insert(PessoaMonitorada).values(linhas).returning(PessoaMonitorada.id)))


def test_reivindica_devidas_por_proximo_check_e_nao_repete(banco: None) -> None:
    ids = _criar(5)
    with session_scope() as session:
        primeiro = repo.pessoas_para_verificar_batch(session, 3, agora())
    # Oldest proximo_check first (the last created is the most overdue).
    assert [pid for pid, _ in primeiro] == [ids[4], ids[3], ids[2]]
    with session_scope() as session:
        segundo = repo.pessoas_para_verificar_batch(session, 10, agora())
        terceiro = repo.pessoas_para_verificar_batch(session, 10, agora())
    assert sorted(pid for pid, _ in segundo) == sorted(ids[:2])
    assert terceiro == []


def test_ignora_futuras_inativas_e_removidas(banco: None) -> None:
    ids = _criar(4)
    with session_scope() as session:
        pessoas = {p.id: p for p in session.scalars(select(PessoaMonitorada))}
        pessoas[ids[0]].proximo_check = agora() + timedelta(hours=1)
        pessoas[ids[1]].ativo = False
        pessoas[ids[2]].removido_em = agora()
    with session_scope() as session:
        assert repo.pessoas_para_verificar_batch(session, 10, agora()) == [(ids[3], False)]


def test_baseline_pendente_e_sinalizada(banco: None) -> None:
    [pid] = _criar(1, baseline=False)
    with session_scope() as session:
        assert repo.pessoas_para_verificar_batch(session, 10, agora()) == [(pid, True)]


def test_reivindicadores_concorrentes_nunca_pegam_a_mesma(banco: None) -> None:
    """8 threads claim in small batches at once: every party is claimed exactly once."""
    ids = _criar(400)
    obtidos: list[int] = []
    trava = threading.Lock()

    def reivindicar() -> None:
        while True:
            with session_scope() as session:
                lote = repo.pessoas_para_verificar_batch(session, 7, agora())
            if not lote:
                return
            with trava:
                obtidos.extend(pid for pid, _ in lote)

    threads = [threading.Thread(target=reivindicar) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(obtidos) == sorted(ids)
