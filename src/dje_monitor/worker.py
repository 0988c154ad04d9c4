"""`dje-monitor worker`: runs the Dramatiq CLI and restarts it when it dies.

Dramatiq stops the whole command as soon as one worker child dies (e.g. killed by the OOM killer);
without a supervisor the node would stop checking until someone noticed. The messages in flight are
not lost either way: the broker re-delivers them after the heartbeat timeout.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import time
from types import FrameType

log = logging.getLogger("dje_monitor.worker")
RET_IMPORT = 2  # dramatiq: bad module or arguments; restarting cannot help
ESTAVEL_S = 60.0  # a run this long resets the restart backoff


def comando(processos: int, threads: int, filas: list[str] | None) -> list[str]:
    args = [sys.executable, "-m", "dramatiq", "dje_monitor.tasks", "--processes", str(processos)]
    args += ["--threads", str(threads)]
    if filas:
        args += ["--queues", *filas]
    return args


def supervisionar(args: list[str], pausa_max: float = 30.0) -> int:
    """Runs `args` until asked to stop, restarting it with backoff after any unexpected exit."""
    logging.basicConfig(level=logging.INFO, format="[%(asctime)s] [supervisor] %(message)s")
    estado: dict[str, subprocess.Popen[bytes] | bool | None] = {"filho": None, "parar": False}

    def repassar(signum: int, _: FrameType | None) -> None:
        estado["parar"] = True
        filho = estado["filho"]
        if isinstance(filho, subprocess.Popen) and filho.poll() is None:
            filho.send_signal(signum)

    for sinal in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sinal, repassar)
    pausa = 1.0
    while True:
        inicio = time.monotonic()
        filho = subprocess.Popen(args)
        estado["filho"] = filho
        codigo = filho.wait()
        if estado["parar"]:
            return codigo
        if codigo == RET_IMPORT:
            log.error("dramatiq não iniciou (código %s: módulo ou argumentos inválidos); desistindo", codigo)
            return codigo
        if time.monotonic() - inicio > ESTAVEL_S:
            pausa = 1.0
        log.warning("worker terminou inesperadamente (código %s); reiniciando em %.0f s", codigo, pausa)
        time.sleep(pausa)
        if estado["parar"]:
            return codigo
        pausa = min(pausa * 2, pausa_max)
