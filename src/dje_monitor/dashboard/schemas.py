"""The dashboard's summary: counters, the last cycle, the latest alerts and 24 hourly points."""

from __future__ import annotations

from pydantic import BaseModel, Field

from dje_monitor.alertas.schemas import AlertaSaida
from dje_monitor.esquemas import Instante
from dje_monitor.sync.schemas import ResumoCiclo


class Contagens(BaseModel):
    pessoas: int = Field(description="Pessoas monitoradas (não removidas)")
    ativas: int
    baseline_pendente: int
    com_erro: int = Field(description="Pessoas cuja última verificação falhou")
    publicacoes: int
    alertas_nao_lidos: int
    alertas_24h: int


class PontoHora(BaseModel):
    hora: Instante = Field(description="Início da hora (UTC)")
    verificacoes_sucesso: int
    verificacoes_falha: int
    novos_alertas: int


class ResumoDashboard(BaseModel):
    contagens: Contagens
    ultimo_ciclo: ResumoCiclo | None
    ultimos_alertas: list[AlertaSaida]
    serie_24h: list[PontoHora] = Field(description="24 pontos, da hora mais antiga à atual")
