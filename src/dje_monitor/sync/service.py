"""Force a sync, report the pipeline's state, answer health checks.

The Redis side is read in ONE pipelined round trip of O(1) commands over keys whose names we know
(Dramatiq's layout, see dramatiq/brokers/redis/dispatch.lua): never KEYS, never SCAN.
"""

from __future__ import annotations

import logging
from typing import Any

import redis
from sqlalchemy.orm import Session

from dje_monitor import fila
from dje_monitor.auditoria import models as acoes
from dje_monitor.auditoria.service import registrar
from dje_monitor.broker import FILAS, broker
from dje_monitor.config import get_settings
from dje_monitor.db import nova_session
from dje_monitor.djen.limitador import Limitador
from dje_monitor.esquemas import Mensagem
from dje_monitor.monitoramento import repository as monitoramento_repo
from dje_monitor.scheduler import chave
from dje_monitor.sync import repository as repo
from dje_monitor.sync.schemas import (
    EstadoAgendador,
    EstadoFila,
    EstadoRedis,
    EstadoWorkers,
    ResumoCiclo,
    Saude,
    StatusSync,
)
from dje_monitor.tasks import agendar_verificacoes_task
from dje_monitor.tempo import agora

log = logging.getLogger(__name__)


def forcar(session: Session, todas: bool) -> Mensagem:
    # Sent first: if Redis is down the request fails and its audit row rolls back with it.
    fila.enviar(agendar_verificacoes_task, todas)
    alcance = "todas as pessoas ativas" if todas else "pessoas devidas"
    registrar(session, acoes.SINCRONIZAR, "ciclo", None, f"sincronização forçada ({alcance})")
    return Mensagem(mensagem="Sincronização enfileirada")


def ultimo_ciclo(session: Session) -> ResumoCiclo | None:
    linha = monitoramento_repo.resumo_ultimo_ciclo(session)
    if linha is None:
        return None
    fim = linha.ultimo_concluido_em
    return ResumoCiclo(
        **linha._asdict(),
        duracao_segundos=None if fim is None else max((fim - linha.iniciado_em).total_seconds(), 0.0),
    )


def _texto(valor: bytes | None) -> str | None:
    return None if valor is None else valor.decode()


def _ler_redis(cliente: redis.Redis) -> tuple[dict[str, EstadoFila], EstadoWorkers, list[str | None]]:
    ns = broker.namespace
    batimentos = f"{ns}:__heartbeats__"
    agora_ms = int(agora().timestamp() * 1000)
    settings = get_settings()
    pipe = cliente.pipeline(transaction=False)
    for nome in FILAS:
        fila_chave = f"{ns}:{nome}"
        pipe.llen(fila_chave)  # ids waiting
        pipe.hlen(f"{fila_chave}.msgs")  # every unacked message: waiting + fetched by a worker
        pipe.hlen(f"{fila_chave}.DQ.msgs")  # delayed (retries), until their eta
        pipe.zcard(f"{fila_chave}.XQ")  # dead letters
    pipe.zcount(batimentos, agora_ms - broker.heartbeat_timeout, "+inf")
    # This API process beats too when it enqueues: it is not a worker.
    pipe.zscore(batimentos, broker.broker_id)
    pipe.mget([chave(settings, nome) for nome in ("lider", "proximo", "ultimo_tick")])
    resultado = pipe.execute()
    filas: dict[str, EstadoFila] = {}
    for posicao, nome in enumerate(FILAS):
        prontas, mensagens, adiadas, mortas = resultado[posicao * 4 : posicao * 4 + 4]
        filas[nome] = EstadoFila(
            pendentes=prontas, em_execucao=max(mensagens - prontas, 0), adiadas=adiadas, mortas=mortas
        )
    vivos, proprio, agendador = resultado[len(FILAS) * 4 :]
    if proprio is not None and proprio >= agora_ms - broker.heartbeat_timeout:
        vivos -= 1
    return filas, EstadoWorkers(ativos=max(vivos, 0)), [_texto(v) for v in agendador]


def status(session: Session, cliente: redis.Redis, limitador: Limitador) -> StatusSync:
    """Always answers: with Redis down, its part says so and the database part is still there."""
    settings = get_settings()
    agendador = EstadoAgendador(
        habilitado=settings.monitor_habilitado, intervalo_minutos=settings.monitor_interval_minutes
    )
    filas: dict[str, EstadoFila] | None = None
    workers: EstadoWorkers | None = None
    estado_limitador: dict[str, Any] | None = None
    try:
        filas, workers, (lider, proximo, ultimo_tick) = _ler_redis(cliente)
        agendador = agendador.model_copy(
            update={"lider": lider, "proxima_execucao": proximo, "ultimo_tick": ultimo_tick}
        )
        estado_limitador = limitador.estado()
        estado_redis = EstadoRedis(ok=True)
    except (redis.RedisError, OSError) as erro:
        log.warning("status: Redis indisponível: %s", erro)
        estado_redis = EstadoRedis(ok=False, erro=f"Redis indisponível: {erro}")
    return StatusSync(
        redis=estado_redis,
        filas=filas,
        workers=workers,
        agendador=agendador,
        limitador=estado_limitador,
        ultimo_ciclo=ultimo_ciclo(session),
    )


def saude(cliente: redis.Redis) -> tuple[bool, Saude]:
    """Checks each dependency on its own (a session of its own: a dead database must not abort the reply)."""
    banco = redis_estado = "ok"
    try:
        with nova_session() as session:
            repo.ping(session)
    except Exception as erro:
        banco = f"erro: {type(erro).__name__}"
        log.warning("health: banco indisponível: %s", erro)
    try:
        cliente.ping()
    except (redis.RedisError, OSError) as erro:
        redis_estado = f"erro: {type(erro).__name__}"
        log.warning("health: Redis indisponível: %s", erro)
    ok = banco == "ok" and redis_estado == "ok"
    return ok, Saude(status="ok" if ok else "erro", banco=banco, redis=redis_estado)
