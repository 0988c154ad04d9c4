"""Starts and stops the product's processes (simulator, worker, API) for the demo and benchmarks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path


class Supervisor:
    def __init__(self, pasta_logs: Path | None = None) -> None:
        self.pasta_logs = pasta_logs
        self.processos: dict[str, subprocess.Popen[bytes]] = {}

    def iniciar(
        self, nome: str, args: list[str], env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        saida = None
        if self.pasta_logs is not None:
            self.pasta_logs.mkdir(parents=True, exist_ok=True)
            saida = (self.pasta_logs / f"{nome}.log").open("wb")
        popen = subprocess.Popen(
            [sys.executable, "-m", *args],
            env={**os.environ, **(env or {})},
            stdout=saida,
            stderr=subprocess.STDOUT if saida else None,
            start_new_session=True,
        )
        self.processos[nome] = popen
        return popen

    def log(self, nome: str) -> str:
        if self.pasta_logs is None:
            return ""
        caminho = self.pasta_logs / f"{nome}.log"
        return caminho.read_text(errors="replace") if caminho.exists() else ""

    def esperar(self, condicao: Callable[[], bool], timeout: float, descricao: str) -> None:
        limite = time.monotonic() + timeout
        while time.monotonic() < limite:
            for nome, popen in self.processos.items():
                if popen.poll() is not None:
                    raise RuntimeError(f"{nome} terminou (código {popen.returncode}) antes de: {descricao}")
            if condicao():
                return
            time.sleep(0.1)
        raise TimeoutError(f"tempo esgotado ({timeout:.0f} s) esperando: {descricao}")

    def aguardar_qualquer(self) -> str:
        """Blocks until one process ends; returns its name."""
        while True:
            for nome, popen in self.processos.items():
                if popen.poll() is not None:
                    return nome
            time.sleep(0.5)

    def parar(self, nome: str, sinal: int = signal.SIGTERM, timeout: float = 20) -> None:
        popen = self.processos.pop(nome, None)
        if popen is None or popen.poll() is not None:
            return
        os.killpg(popen.pid, sinal)
        try:
            popen.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(popen.pid, signal.SIGKILL)
            popen.wait(10)

    def parar_todos(self) -> None:
        for nome in reversed(list(self.processos)):
            self.parar(nome)
