"""The dashboard's summary in a handful of statements, whatever the size of the data."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from dje_monitor.alertas import repository as alertas_repo
from dje_monitor.alertas import service as alertas_service
from dje_monitor.dashboard import repository as repo
from dje_monitor.dashboard.schemas import Contagens, PontoHora, ResumoDashboard
from dje_monitor.monitoramento import repository as monitoramento_repo
from dje_monitor.sync.service import ultimo_ciclo
from dje_monitor.tempo import agora

HORAS = 24
ULTIMOS_ALERTAS = 10


def _serie(session: Session, instante: datetime) -> list[PontoHora]:
    """Every hour of the last 24 (UTC), zeros included, so a chart needs no gap filling."""
    atual = instante.replace(minute=0, second=0, microsecond=0)
    horas = [atual - timedelta(hours=h) for h in range(HORAS - 1, -1, -1)]
    verificacoes = monitoramento_repo.verificacoes_por_hora(session, horas[0])
    alertas = alertas_repo.por_hora(session, horas[0])
    return [
        PontoHora(
            hora=hora,
            verificacoes_sucesso=verificacoes.get(hora, (0, 0))[0],
            verificacoes_falha=verificacoes.get(hora, (0, 0))[1],
            novos_alertas=alertas.get(hora, 0),
        )
        for hora in horas
    ]


def resumo(session: Session) -> ResumoDashboard:
    instante = agora()
    contagens = repo.contagens(session, instante - timedelta(hours=24))
    return ResumoDashboard(
        contagens=Contagens.model_validate(contagens._asdict()),
        ultimo_ciclo=ultimo_ciclo(session),
        ultimos_alertas=alertas_service.recentes(session, ULTIMOS_ALERTAS),
        serie_24h=_serie(session, instante),
    )
