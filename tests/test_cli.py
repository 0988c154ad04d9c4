"""The operators' CLI contract: `dje-monitor simulador --porta P` and the subcommand list."""

from __future__ import annotations

import sys
from collections.abc import Callable

from dje_monitor.cli import montar_parser
from dje_monitor.controle_simulador import ControleSimulador
from tests.conftest import Processo, esperar, porta_livre


def test_simulador_pela_cli(iniciar_processo: Callable[..., Processo]) -> None:
    porta = porta_livre()
    cmd = [sys.executable, "-m", "dje_monitor.cli", "simulador", "--porta", str(porta), "--partes", "3"]
    iniciar_processo(cmd, nome="simulador-cli")
    controle = ControleSimulador(f"http://127.0.0.1:{porta}")
    esperar(controle.pronto, 60, msg="simulador pela CLI")
    assert len(controle.partes(3)) == 3


def test_subcomandos_do_contrato() -> None:
    parser = montar_parser()
    for argv in (
        ["migrate"],
        ["api", "--host", "0.0.0.0", "--port", "9000"],
        ["worker", "--processes", "2", "--threads", "4"],
        ["demo"],
        ["importar", "planilha.xlsx", "--dry-run"],
    ):
        assert parser.parse_args(argv).func is not None
