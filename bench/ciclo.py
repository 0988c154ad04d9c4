"""Benchmark: one full monitoring cycle through real workers against the simulator.

Prints, side by side from one run: the measured cycle time, the bound
max(requests / budget, N × latency / threads), their ratio, and the customer's old sequential loop
(1 request per party + a 1.5 s pause) on the same parties, with the speed-up.
Usage: python bench/ciclo.py [--cenario plano|taxa|todos]
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from comum import limpar, preparar_ambiente

CENARIOS = {
    # The plan's own check: 43 parties, ~5 s DJEN latency, 8 threads, the default 2 req/s budget.
    "plano": {
        "pessoas": 43,
        "latencia": "5.0",
        "latencia_media": 5.0,
        "threads": 8,
        "taxa": 2.0,
        "amostra": 6,
    },
    # Rate-bound: 1000 parties, a 20 req/s budget enforced by the simulator itself.
    "taxa": {
        "pessoas": 1000,
        "latencia": "0.25-0.32",
        "latencia_media": 0.285,
        "threads": 16,
        "taxa": 20.0,
        "amostra": 20,
    },
}
PAUSA_SEQUENCIAL = 1.5


@dataclass
class Resultado:
    nome: str
    pessoas: int
    threads: int
    taxa: float
    segundos: float
    requisicoes: int
    respostas_429: int
    limite: float
    sequencial: float
    amostra: int
    threads_no_log: int


def rodar(nome: str, cfg: dict, logs: Path) -> Resultado:
    from sqlalchemy import func, insert, select, text, update

    from dje_monitor.controle_simulador import ControleSimulador
    from dje_monitor.db import get_engine, session_scope
    from dje_monitor.djen.client import DjenClient
    from dje_monitor.monitoramento.models import Ciclo, Verificacao
    from dje_monitor.pessoas.models import PessoaMonitorada
    from dje_monitor.publicacoes.nomes import normalizar_nome
    from dje_monitor.supervisor import Supervisor
    from dje_monitor.tasks import agendar_verificacoes_task
    from dje_monitor.tempo import agora, hoje_brasil

    porta = 18765 + list(CENARIOS).index(nome)
    sup = Supervisor(logs / nome)
    n, taxa, threads = cfg["pessoas"], cfg["taxa"], cfg["threads"]
    try:
        sup.iniciar(
            "simulador",
            ["dje_monitor.simulador", "--porta", str(porta), "--seed", "11", "--partes", str(n),
             "--publicacoes-por-parte", "3", "--latencia", cfg["latencia"],
             "--limite-taxa", str(taxa), "--burst", "1"],
        )  # fmt: skip
        sim = ControleSimulador(f"http://127.0.0.1:{porta}")
        sup.esperar(sim.pronto, 120, "simulador responder")
        nomes = sim.partes(n)
        with get_engine().begin() as con:
            con.execute(text("TRUNCATE alertas, pessoa_publicacoes, verificacoes, ciclos, publicacoes, "
                             "pessoas_monitoradas RESTART IDENTITY CASCADE"))  # fmt: skip
        # Baselines done a day ago: the measured cycle is the periodic one (1 request per party).
        instante = agora()
        linhas = [
            {"nome": x, "nome_normalizado": normalizar_nome(x), "baseline_concluido_em": instante,
             "janela_fim": hoje_brasil(), "proximo_check": instante + timedelta(hours=1)}
            for x in nomes
        ]  # fmt: skip
        with session_scope() as session:
            session.execute(insert(PessoaMonitorada).values(linhas))
        env = {"DJE_DJEN_URL": f"http://127.0.0.1:{porta}/api/v1", "DJE_RATE_LIMIT_PER_SEC": str(taxa)}
        sup.iniciar("worker", ["dje_monitor.cli", "worker", "--threads", str(threads)], env)
        sup.esperar(lambda: "ready" in sup.log("worker").lower(), 120, "worker pronto")
        sim.limpar_requisicoes()
        inicio = time.time()
        agendar_verificacoes_task.send(True)

        def terminou() -> bool:
            with session_scope() as session:
                ciclo = session.scalars(select(Ciclo).order_by(Ciclo.id.desc())).first()
                if ciclo is None:
                    return False
                feitas = session.scalar(
                    select(func.count()).where(
                        Verificacao.ciclo_id == ciclo.id, Verificacao.concluido_em.is_not(None)
                    )
                )
            return feitas == n

        sup.esperar(terminou, 1800, "ciclo completo")
        with session_scope() as session:
            fim = session.scalar(select(func.max(Verificacao.concluido_em)))
        assert fim is not None
        segundos = fim.timestamp() - inicio
        log = sim.requisicoes(inicio - 1)
        requisicoes = sum(1 for r in log if "/comunicacao" in r["path"])
        r429 = sum(1 for r in log if r["status"] == 429)
        limite = max(requisicoes / taxa, n * cfg["latencia_media"] / threads)

        # Dramatiq logs the thread name of each line: how many threads really ran checks side by side.
        linhas = re.findall(r"\[PID \d+\] \[([^\]]+)\] \[dje_monitor[^\]]*\] \[INFO\] pessoa \d+: \w+ ok",
                            sup.log("worker"))  # fmt: skip
        threads_no_log = len(set(linhas))
        # The old sequential loop on a sample of the same parties, extrapolated to all N.
        sup.parar("worker")
        with session_scope() as session:
            session.execute(update(PessoaMonitorada).values(reivindicado_em=None))
        amostra = min(cfg["amostra"], n)
        cliente = DjenClient(f"http://127.0.0.1:{porta}/api/v1", None)
        tempos = []
        for x in nomes[:amostra]:
            t0 = time.perf_counter()
            cliente.buscar(
                nome_parte=x, data_inicio=hoje_brasil() - timedelta(days=3), data_fim=hoje_brasil()
            )
            time.sleep(PAUSA_SEQUENCIAL)
            tempos.append(time.perf_counter() - t0)
        cliente.close()
        sequencial = statistics.fmean(tempos) * n
        return Resultado(
            nome, n, threads, taxa, segundos, requisicoes, r429, limite, sequencial, amostra, threads_no_log
        )
    finally:
        sup.parar_todos()


def imprimir(resultados: list[Resultado]) -> None:
    print()
    colunas = ("cenário", "pessoas", "threads", "em paralelo", "orçamento", "req", "429", "ciclo (s)",
               "limite (s)", "ciclo/limite", "sequencial (s)", "speed-up")  # fmt: skip
    print("  ".join(f"{c:>12}" for c in colunas))
    for r in resultados:
        seq = f"{r.sequencial:.0f}" + ("*" if r.amostra < r.pessoas else "")
        razao = f"{r.segundos / r.limite:.2f}"
        valores = (r.nome, r.pessoas, r.threads, r.threads_no_log, f"{r.taxa:.1f}/s", r.requisicoes,
                   r.respostas_429, f"{r.segundos:.1f}", f"{r.limite:.1f}", razao, seq,
                   f"{r.sequencial / r.segundos:.1f}x")  # fmt: skip
        print("  ".join(f"{v!s:>12}" for v in valores))
    print("em paralelo: threads distintas do worker que registraram verificações no log.")
    if any(r.amostra < r.pessoas for r in resultados):
        print("* sequencial: tempo médio por pessoa medido numa amostra das mesmas pessoas, vezes N.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cenario", choices=[*CENARIOS, "todos"], default="todos")
    args = parser.parse_args()
    preparar_ambiente("bench")
    from dje_monitor.config import get_settings
    from dje_monitor.migracoes import garantir_banco, migrar

    url = get_settings().sqlalchemy_url
    garantir_banco(url)
    migrar(url)
    nomes = list(CENARIOS) if args.cenario == "todos" else [args.cenario]
    resultados = []
    try:
        with tempfile.TemporaryDirectory(prefix="dje-bench-") as pasta:
            for nome in nomes:
                print(f"cenário {nome}: {CENARIOS[nome]}", flush=True)
                resultados.append(rodar(nome, CENARIOS[nome], Path(pasta)))
    finally:
        limpar(url)
    imprimir(resultados)


if __name__ == "__main__":
    main()
