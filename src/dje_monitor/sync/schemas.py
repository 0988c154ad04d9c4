"""Operational views: the queues, workers, scheduler, DJEN limiter and the last cycle."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from dje_monitor.esquemas import Instante


class EstadoRedis(BaseModel):
    ok: bool
    erro: str | None = None


class EstadoFila(BaseModel):
    pendentes: int = Field(description="Mensagens prontas, aguardando um worker")
    em_execucao: int = Field(description="Mensagens entregues a um worker e ainda não concluídas")
    adiadas: int = Field(description="Mensagens com atraso (novas tentativas com backoff)")
    mortas: int = Field(description="Mensagens que esgotaram as tentativas (guardadas por 7 dias)")


class EstadoWorkers(BaseModel):
    ativos: int = Field(
        description="Processos que falaram com o broker dentro do heartbeat (workers; inclui outras "
        "réplicas da API que enfileiraram há pouco)"
    )


class EstadoAgendador(BaseModel):
    habilitado: bool
    intervalo_minutos: float
    lider: str | None = None
    proxima_execucao: str | None = None
    ultimo_tick: str | None = None


class ResumoCiclo(BaseModel):
    id: int
    origem: str
    iniciado_em: Instante
    pessoas_enfileiradas: int
    enfileirado_em: Instante | None = Field(
        description="Quando o agendador terminou de enfileirar; nulo enquanto ainda enfileira"
    )
    pessoas_verificadas: int = Field(description="Pessoas com verificação concluída com sucesso neste ciclo")
    pessoas_com_falha: int = Field(description="Pessoas com alguma tentativa falha neste ciclo")
    em_andamento: int
    novos_alertas: int
    ultimo_concluido_em: Instante | None
    duracao_segundos: float | None = Field(description="Do início do ciclo à última verificação concluída")


class StatusSync(BaseModel):
    redis: EstadoRedis
    filas: dict[str, EstadoFila] | None
    workers: EstadoWorkers | None
    agendador: EstadoAgendador
    limitador: dict[str, Any] | None = Field(description="Estado do limite global de requisições ao DJEN")
    ultimo_ciclo: ResumoCiclo | None


class Saude(BaseModel):
    status: str
    banco: str
    redis: str
