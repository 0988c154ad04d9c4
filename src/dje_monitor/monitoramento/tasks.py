"""Dramatiq actors of the monitoring pipeline. Thin: read settings, call one service function."""

from __future__ import annotations

import logging
from collections.abc import Callable

import dramatiq
from dramatiq.middleware import CurrentMessage
from sqlalchemy.exc import InterfaceError, OperationalError

from dje_monitor.broker import broker  # noqa: F401  (the broker must exist before any actor)
from dje_monitor.config import get_settings
from dje_monitor.dependencias import cliente_djen
from dje_monitor.djen.erros import DjenErroPermanente
from dje_monitor.fila import pessoas_na_fila
from dje_monitor.monitoramento import agendamento, service
from dje_monitor.notificacoes.tasks import enviar_entregas_task

log = logging.getLogger(__name__)
_settings = get_settings()
MAX_RETRIES_VERIFICACAO = 3
MAX_RETRIES_FIRST_CHECK = 1


def _repetir(max_retries: int) -> Callable[[int, BaseException], bool]:
    """Retry policy: DJEN errors `max_retries` times (then the service reschedules with backoff);
    a database outage is waited out, never dead-lettered (Postgres restarts must lose nothing)."""

    def repetir(retries: int, erro: BaseException) -> bool:
        if isinstance(erro, DjenErroPermanente):
            return False
        if isinstance(erro, OperationalError | InterfaceError):
            return retries < 100
        return retries < max_retries

    return repetir


def _ultima_tentativa(max_retries: int) -> bool:
    mensagem = CurrentMessage.get_current_message()
    return mensagem is None or int(mensagem.options.get("retries", 0)) >= max_retries


@dramatiq.actor(
    queue_name="verificacao",
    max_retries=MAX_RETRIES_VERIFICACAO,
    min_backoff=_settings.retry_min_backoff_ms,
    max_backoff=_settings.retry_max_backoff_ms,
    time_limit=30 * 60 * 1000,
    retry_when=_repetir(MAX_RETRIES_VERIFICACAO),
)
def verificar_pessoa_task(pessoa_id: int, ciclo_id: int | None = None, manual: bool = False) -> None:
    """Periodic (or manual) check of one party; a party without baseline gets its first check."""
    resumo = service.verificar_pessoa(
        pessoa_id,
        cliente_djen(),
        get_settings(),
        manual=manual,
        ultima_tentativa=_ultima_tentativa(MAX_RETRIES_VERIFICACAO),
        ciclo_id=ciclo_id,
    )
    _notificar(resumo)


def _notificar(resumo: service.Resumo | None) -> None:
    """The check committed its deliveries: send them now. If this message is lost, the sweep sends them."""
    if resumo is None or not resumo.novas_entregas:
        return
    try:
        enviar_entregas_task.send()
    except Exception:  # the check itself succeeded; retrying it would not help the notification
        log.warning(
            "pessoa %s: envio das notificações adiado para a varredura", resumo.pessoa_id, exc_info=True
        )


@dramatiq.actor(
    queue_name="verificacao",
    max_retries=MAX_RETRIES_FIRST_CHECK,
    min_backoff=_settings.retry_min_backoff_ms,
    max_backoff=_settings.retry_max_backoff_ms,
    time_limit=60 * 60 * 1000,
    retry_when=_repetir(MAX_RETRIES_FIRST_CHECK),
)
def first_check_task(pessoa_id: int) -> None:
    """A new (or renamed, or imported) party's baseline: its history, stored without alerts."""
    service.first_check(
        pessoa_id, cliente_djen(), get_settings(), ultima_tentativa=_ultima_tentativa(MAX_RETRIES_FIRST_CHECK)
    )


@dramatiq.actor(queue_name="scheduler", max_retries=3, min_backoff=1000, max_backoff=30_000)
def agendar_verificacoes_task(todas: bool = False) -> None:
    """Expires, then claims due parties in batches and enqueues one check each (after commit)."""
    agendamento.agendar_verificacoes(get_settings(), _enfileirar, todas=todas)


@dramatiq.actor(queue_name="manutencao", max_retries=3)
def desativar_expirados_task() -> None:
    agendamento.desativar_expirados()


@dramatiq.actor(queue_name="manutencao", max_retries=3)
def reconciliar_reivindicacoes_task() -> None:
    """Re-enqueues claimed parties whose message is gone (e.g. Redis restarted without persistence)."""
    agendamento.reconciliar(get_settings(), _enfileirar, lambda: pessoas_na_fila("verificacao"))


def _enfileirar(pessoa_id: int, baseline_pendente: bool, ciclo_id: int | None) -> None:
    if baseline_pendente:
        first_check_task.send(pessoa_id)
    else:
        verificar_pessoa_task.send(pessoa_id, ciclo_id)
