"""Worker entry point: `python -m dramatiq dje_monitor.tasks` imports every actor module."""

from dje_monitor.broker import broker
from dje_monitor.monitoramento.tasks import (
    agendar_verificacoes_task,
    desativar_expirados_task,
    first_check_task,
    reconciliar_reivindicacoes_task,
    verificar_pessoa_task,
)
from dje_monitor.notificacoes.tasks import enviar_digests_task, enviar_entregas_task, varrer_entregas_task
from dje_monitor.oportunidades.tasks import varrer_oportunidades_task

__all__ = [
    "agendar_verificacoes_task",
    "broker",
    "desativar_expirados_task",
    "enviar_digests_task",
    "enviar_entregas_task",
    "first_check_task",
    "reconciliar_reivindicacoes_task",
    "varrer_entregas_task",
    "varrer_oportunidades_task",
    "verificar_pessoa_task",
]
