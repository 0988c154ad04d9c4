"""Simulador fiel da API pública do DJEN (Comunica PJe) para testes, benchmarks e a demo offline.

Uso: `python -m dje_monitor.simulador --porta 8765` ou `criar_app(ConfigSimulador(...))` no processo.
"""

from .app import criar_app, executar
from .config import ConfigSimulador
from .tribunais import SIGLAS_TRIBUNAIS

__all__ = ["SIGLAS_TRIBUNAIS", "ConfigSimulador", "criar_app", "executar"]
