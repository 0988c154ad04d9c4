"""Load generator for the limiter proof: N threads of one OS process hammer DjenClient.buscar.

Run by tests/djen/test_djen_prova_limitador.py as several subprocesses sharing one Redis prefix.
Prints a JSON summary on stdout. Not a test module (no test_ prefix).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import threading
import time
from collections import Counter

import redis

from dje_monitor.djen.client import DjenClient
from dje_monitor.djen.erros import DjenErro
from dje_monitor.djen.limitador import Limitador


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True)
    p.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    p.add_argument("--prefixo", required=True)
    p.add_argument("--taxa", type=float, required=True)
    p.add_argument("--threads", type=int, default=8)
    p.add_argument("--nome", required=True)
    p.add_argument("--inicio", type=float, required=True, help="epoch at which every process starts")
    p.add_argument("--duracao", type=float, required=True)
    args = p.parse_args()
    logging.basicConfig(level=logging.ERROR)

    limitador = Limitador(redis.Redis.from_url(args.redis), args.taxa, args.prefixo)
    cliente = DjenClient(args.url, limitador, timeout=10)
    buscas, erros = Counter[str](), Counter[str]()
    trava = threading.Lock()

    def trabalhar() -> None:
        fim = args.inicio + args.duracao
        while time.time() < fim:
            try:
                cliente.buscar(nome_parte=args.nome)
                chave, contador = "ok", buscas
            except DjenErro as erro:
                chave, contador = type(erro).__name__, erros
            with trava:
                contador[chave] += 1

    time.sleep(max(0.0, args.inicio - time.time()))
    grupo = [threading.Thread(target=trabalhar) for _ in range(args.threads)]
    for t in grupo:
        t.start()
    for t in grupo:
        t.join()
    cliente.close()
    print(json.dumps({"pid": os.getpid(), "buscas": dict(buscas), "erros": dict(erros)}))


if __name__ == "__main__":
    main()
