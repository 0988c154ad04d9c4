"""`python -m dje_monitor.simulador [flags]`."""

from .app import executar

executar()
