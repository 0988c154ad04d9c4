"""Acceptance proof of invariant 8: 2 OS processes x 8 threads share one budget, measured at the server.

The simulator enforces the same budget (5 req/s + burst 1 in a sliding 1-s window, per client IP),
so any excess would show up as a 429 in its request log. Timestamps are the simulator's arrival
times, i.e. what DJEN would see.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from conftest import ControleSimulador

TAXA = 5.0
SCRIPT = Path(__file__).with_name("carga_limitada.py")


def _carga(
    controle: ControleSimulador, prefixo: str, duracao: float, processos: int = 2, threads: int = 8
) -> tuple[float, list[subprocess.Popen[str]]]:
    # Every process starts at the same instant, after its imports, so they really contend.
    inicio = time.time() + 2.0
    argumentos = [
        *("--url", controle.url_api, "--prefixo", prefixo, "--taxa", str(TAXA), "--threads", str(threads)),
        *("--nome", controle.nome, "--inicio", repr(inicio), "--duracao", str(duracao)),
    ]
    procs = [
        subprocess.Popen([sys.executable, str(SCRIPT), *argumentos], stdout=subprocess.PIPE, text=True)
        for _ in range(processos)
    ]
    return inicio, procs


def _terminar(procs: list[subprocess.Popen[str]]) -> list[dict[str, Any]]:
    resumos = []
    for proc in procs:
        saida, _ = proc.communicate(timeout=60)
        assert proc.returncode == 0, saida
        resumos.append(json.loads(saida.strip().splitlines()[-1]))
    return resumos


def test_dois_processos_com_8_threads_respeitam_5_por_segundo(
    controle: ControleSimulador, prefixo: str, janela: Callable[..., int]
) -> None:
    controle.criar(3, controle.nome)
    controle.falhas(limite_taxa=TAXA, burst=1)
    inicio, procs = _carga(controle, prefixo, duracao=10.0)
    resumos = _terminar(procs)

    registros = [r for r in controle.requisicoes(desde=inicio - 1) if r["path"] == "/api/v1/comunicacao"]
    chegadas = sorted(r["t"] for r in registros)
    status = [r["status"] for r in registros]
    maximo = janela(chegadas, 1.0)
    periodo = chegadas[-1] - chegadas[0]
    taxa = (len(chegadas) - 1) / periodo
    print(
        f"\nprova do limitador: 2 processos x 8 threads, orçamento {TAXA:g}/s + burst 1: "
        f"{len(chegadas)} requisições em {periodo:.2f} s = {taxa:.2f} req/s "
        f"({taxa / TAXA:.1%} do orçamento); "
        f"máximo em qualquer janela de 1 s = {maximo}; 429 = {status.count(429)}; buscas por processo = "
        f"{[r['buscas'].get('ok', 0) for r in resumos]}"
    )
    assert all(not r["erros"] for r in resumos), resumos
    assert sum(r["buscas"]["ok"] for r in resumos) == len(chegadas)
    assert min(r["buscas"]["ok"] for r in resumos) > 0.25 * len(chegadas)  # both processes got a share
    assert status.count(429) == 0 and set(status) == {200}
    assert maximo <= TAXA + 1
    assert taxa >= 0.9 * TAXA
    assert periodo >= 9.0


def test_429_visto_por_um_processo_cala_todos_por_retry_after(
    controle: ControleSimulador, prefixo: str
) -> None:
    retry_after = 2
    controle.criar(3, controle.nome)
    inicio, procs = _carga(controle, prefixo, duracao=5.5, threads=4)
    # Inject the 429 mid-run: poll the server log until the load is flowing.
    limite = time.monotonic() + 20
    while len(controle.requisicoes(desde=inicio)) < 8:
        assert time.monotonic() < limite, "a carga não começou"
        time.sleep(0.05)
    controle.forcar({"tipo": "429", "retry_after": retry_after})
    resumos = _terminar(procs)

    registros = sorted(controle.requisicoes(desde=inicio - 1), key=lambda r: r["t"])
    (com_429,) = [r for r in registros if r["status"] == 429]
    respondido = com_429["fim"]
    # Requests granted before the pause existed may still land a few ms after the 429 went out.
    em_voo = [r for r in registros if respondido <= r["t"] <= respondido + 0.25]
    durante = [r for r in registros if respondido + 0.25 < r["t"] < respondido + retry_after]
    depois = [r for r in registros if r["t"] >= respondido + retry_after]
    silencio = min((r["t"] for r in registros if r["t"] > respondido), default=0) - respondido
    print(
        f"\n429 com Retry-After {retry_after} s: próximo pedido de qualquer processo {silencio:.3f} s depois "
        f"({len(em_voo)} já em voo nos primeiros 250 ms); buscas por processo = "
        f"{[r['buscas'].get('ok', 0) for r in resumos]}"
    )
    assert durante == []
    assert len(em_voo) <= 1
    assert len(depois) >= 5  # the load resumed after the pause
    assert all(not r["erros"] for r in resumos), resumos
