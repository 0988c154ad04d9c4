"""The dispatcher of the outbox: claim one due delivery, send it outside any transaction, settle the attempt.

A crash between the send and the settlement leaves the delivery claimed; its lease expires and it is
sent again with the same Idempotency-Key (webhooks dedupe it). A settled success is never sent again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from dje_monitor.config import Settings
from dje_monitor.db import session_scope
from dje_monitor.notificacoes import mensagens, regras
from dje_monitor.notificacoes import repository as repo
from dje_monitor.notificacoes import repository_canais as canais_repo
from dje_monitor.notificacoes.envio import FalhaEnvio, enviar
from dje_monitor.notificacoes.models import FALHA, SUCESSO, WEBHOOK
from dje_monitor.notificacoes.service import semear_canais
from dje_monitor.tempo import agora

log = logging.getLogger(__name__)

# Sends a drain message for this instant (None: now).
Agendar = Callable[[datetime | None], None]
# One message drains at most this many deliveries, then hands over to a new message.
LOTE = 200
# A drain that finds nothing due waits (once) for a delivery falling due within this many seconds.
ESPERA_MAXIMA_S = 5.0
NADA_A_ENVIAR = "Os alertas desta entrega foram removidos; nada a enviar"


@dataclass(frozen=True)
class Envio:
    entrega_id: int
    concessao: datetime
    criado_em: datetime
    canal_id: int
    tipo: str
    config: dict[str, Any]
    mensagem: mensagens.Mensagem | None  # None: its alerts were removed, nothing left to say


def _reivindicar(session: Session, instante: datetime) -> Envio | None:
    entrega = repo.reivindicar_proxima(session, instante)
    if entrega is None:
        return None
    canal = canais_repo.obter_canal(session, entrega.canal_id)
    assert canal is not None  # the foreign key cascades
    mensagem: mensagens.Mensagem | None = None
    if entrega.alerta_id is not None:
        dados = repo.dados_alertas(session, [entrega.alerta_id])
        mensagem = mensagens.mensagem_alerta(dados[0]) if dados else None
    elif entrega.digest_dia is not None:
        dados = repo.dados_alertas(session, repo.alertas_do_digest(session, entrega.id))
        mensagem = mensagens.mensagem_digest(entrega.digest_dia, dados) if dados else None
    assert entrega.reivindicado_em is not None
    return Envio(
        entrega.id, entrega.reivindicado_em, entrega.criado_em, canal.id, canal.tipo, canal.config, mensagem
    )


def despachar(settings: Settings, agendar: Agendar) -> int:
    """Sends every delivery due now, one claim at a time; returns how many were confirmed."""
    liberar_concessoes(settings)
    confirmadas = 0
    esperou = False
    for _ in range(LOTE):
        with session_scope() as session:
            envio = _reivindicar(session, agora())
            proximo = repo.proximo_devido(session) if envio is None else None
        if envio is None:
            # A retry's delayed message may arrive a hair early, and the database's clock (which
            # stamped new deliveries) may run a little ahead of ours: wait once for what is nearly due.
            falta = (proximo - agora()).total_seconds() if proximo else None
            if esperou or falta is None or falta > ESPERA_MAXIMA_S:
                return confirmadas
            esperou = True
            time.sleep(max(falta, 0.0))
            continue
        confirmadas += _enviar(envio, settings, agendar)
    agendar(None)  # more may be due: carry on in a new message, so other queued work gets its turn
    return confirmadas


def _enviar(envio: Envio, settings: Settings, agendar: Agendar) -> bool:
    inicio, relogio = agora(), time.monotonic()
    if envio.mensagem is None:
        # Not the channel's fault: settled without counting a failure against it.
        with session_scope() as session:
            repo.registrar_tentativa(session, envio.entrega_id, inicio, FALHA, NADA_A_ENVIAR, 0)
            repo.marcar_falhou(session, envio.entrega_id, envio.concessao, NADA_A_ENVIAR)
        return False
    try:
        chave = str(envio.entrega_id)
        enviar(envio.tipo, envio.config, envio.mensagem, chave, settings, settings.notificacao_timeout_s)
    except Exception as erro:
        # An unexpected error is a failed attempt too: the delivery must not sit claimed until its lease ends.
        falha = (
            erro if isinstance(erro, FalhaEnvio) else FalhaEnvio(f"Erro inesperado: {type(erro).__name__}")
        )
        if not isinstance(erro, FalhaEnvio):
            log.exception("entrega %s: erro inesperado no envio", envio.entrega_id)
        _registrar_falha(envio, falha, inicio, _ms(relogio), settings, agendar)
        return False
    with session_scope() as session:
        repo.registrar_tentativa(session, envio.entrega_id, inicio, SUCESSO, None, _ms(relogio))
        repo.marcar_enviada(session, envio.entrega_id, agora())
        canais_repo.zerar_falhas_canal(session, envio.canal_id)
    log.info("entrega %s enviada (canal %s, %s)", envio.entrega_id, envio.canal_id, envio.tipo)
    return True


def _ms(relogio: float) -> int:
    return int((time.monotonic() - relogio) * 1000)


def _registrar_falha(
    envio: Envio, falha: FalhaEnvio, inicio: datetime, duracao_ms: int, settings: Settings, agendar: Agendar
) -> None:
    instante = agora()
    desativado = False
    with session_scope() as session:
        repo.registrar_tentativa(session, envio.entrega_id, inicio, FALHA, falha.mensagem, duracao_ms)
        if falha.limitado:
            # A rate limit is not the endpoint failing: wait what it asked, without growing the backoff.
            atraso = falha.retry_after or settings.entrega_backoff_inicial_s
        else:
            falhas = canais_repo.contar_falha_canal(session, envio.canal_id, falha.mensagem)
            atraso = max(
                falha.retry_after or 0.0,
                regras.atraso_apos_falha(
                    falhas, settings.entrega_backoff_inicial_s, settings.entrega_backoff_max_s
                ),
            )
            if envio.tipo == WEBHOOK and falhas >= settings.webhook_falhas_para_desativar:
                motivo = f"Desativado após {falhas} falhas consecutivas. Último erro: {falha.mensagem}"
                canais_repo.desativar_canal(session, envio.canal_id, motivo[:1000], instante)
                desativado = True
        proximo = instante + timedelta(seconds=atraso)
        desistiu = regras.desistir(envio.criado_em, instante, settings.entrega_prazo_s)
        if desistiu:
            repo.marcar_falhou(session, envio.entrega_id, envio.concessao, falha.mensagem)
        else:
            repo.reagendar(session, envio.entrega_id, envio.concessao, proximo, falha.mensagem)
        # The channel's other deliveries wait too, so a failing endpoint is not hammered by a backlog.
        repo.adiar_canal(session, envio.canal_id, proximo)
    if desistiu:
        log.warning("entrega %s: desistência após o prazo; último erro: %s", envio.entrega_id, falha.mensagem)
    else:
        log.warning(
            "entrega %s falhou (nova tentativa em %.1f s): %s", envio.entrega_id, atraso, falha.mensagem
        )
    if not desativado:
        agendar(proximo)


def liberar_concessoes(settings: Settings) -> int:
    instante = agora()
    with session_scope() as session:
        # A lease shorter than a slow send (SMTP: connect, STARTTLS, data, each with its timeout)
        # would hand a live send to a second worker: the lease never goes below that.
        concessao = max(settings.entrega_concessao_s, 3 * settings.notificacao_timeout_s)
        limite = instante - timedelta(seconds=concessao)
        liberadas = repo.liberar_concessoes_vencidas(session, limite, instante)
    if liberadas:
        log.warning("%s entregas interrompidas (concessão vencida) voltaram a pendentes", liberadas)
    return liberadas


def varrer(settings: Settings, agendar: Agendar) -> None:
    """The periodic sweep: channels from the environment, expired leases, and a drain if anything is due.

    Lost messages (a Redis restart, a failed send after commit) cost at most one tick of delay.
    """
    with session_scope() as session:
        semear_canais(session, settings)
    liberar_concessoes(settings)
    with session_scope() as session:
        proximo = repo.proximo_devido(session)
    if proximo is not None and proximo <= agora():
        agendar(None)


def preparar_digests(dia: date, agendar: Agendar) -> int:
    """Each digest channel's deliveries waiting for `dia` become one digest delivery (once per day)."""
    with session_scope() as session:
        criados = [
            digest_id
            for canal_id in repo.canais_com_digest(session)
            if (digest_id := repo.criar_digest(session, canal_id, dia, agora())) is not None
        ]
    if criados:
        log.info("%s digests do dia %s criados", len(criados), dia.isoformat())
        agendar(None)
    return len(criados)
