"""Channels: CRUD with validated config and masked secrets, the test send, seeding from the environment."""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Row
from sqlalchemy.orm import Session

from dje_monitor import fila
from dje_monitor.auditoria import models as acoes
from dje_monitor.auditoria.service import registrar
from dje_monitor.config import Settings, get_settings
from dje_monitor.errors import AppError, Conflito, NaoEncontrado
from dje_monitor.notificacoes import repository as repo
from dje_monitor.notificacoes import repository_canais as canais_repo
from dje_monitor.notificacoes.envio import FalhaEnvio, enviar
from dje_monitor.notificacoes.mensagens import mensagem_teste
from dje_monitor.notificacoes.models import EMAIL, ORIGEM_AMBIENTE, TELEGRAM, WEBHOOK
from dje_monitor.notificacoes.regras import CAMPOS_SECRETOS, mascarar, mascarar_config
from dje_monitor.notificacoes.schemas import (
    CONFIGS,
    CanalAtualizacao,
    CanalEntrada,
    CanalSaida,
    ResultadoTeste,
)
from dje_monitor.sessao_http import apos_commit
from dje_monitor.tempo import agora
from dje_monitor.validacao import mensagens_validacao

log = logging.getLogger(__name__)
CANAL_NAO_ENCONTRADO = "Canal de notificação não encontrado"


def _saida(linha: Row[Any]) -> CanalSaida:
    canal = linha[0]
    campos = {campo: getattr(canal, campo) for campo in CanalSaida.model_fields if hasattr(canal, campo)}
    campos["config"] = mascarar_config(canal.tipo, canal.config)
    return CanalSaida(
        **campos,
        entregas_pendentes=linha.pendentes,
        entregas_enviadas=linha.enviadas,
        entregas_falharam=linha.falharam,
        ultimo_envio_em=linha.ultimo_envio_em,
    )


def validar_config(tipo: str, config: dict[str, Any]) -> dict[str, Any]:
    """The type's model decides; its errors become one pt-BR 422 naming the field (config.<campo>)."""
    try:
        modelo = CONFIGS[tipo].model_validate(config)
    except ValidationError as erro:
        erros = mensagens_validacao([{**e, "loc": ("config", *e["loc"])} for e in erro.errors()])
        resumo = "; ".join(f"{e['campo']}: {e['mensagem']}" if e["campo"] else e["mensagem"] for e in erros)
        campo = erros[0]["campo"] or "config"
        raise AppError(f"Dados inválidos — {resumo}", 422, campo=campo, erros=erros) from None
    return modelo.model_dump(exclude_none=True)


def _mesclar(tipo: str, atual: dict[str, Any], novo: dict[str, Any]) -> dict[str, Any]:
    """PATCH of a config: a secret omitted, null or echoed back masked keeps its stored value."""
    resultado = dict(atual)
    for campo, valor in novo.items():
        secreto = campo in CAMPOS_SECRETOS[tipo]
        if secreto and (valor is None or valor == mascarar(atual.get(campo))):
            continue
        if valor is None:
            resultado.pop(campo, None)
        else:
            resultado[campo] = valor
    return resultado


def listar(session: Session) -> list[CanalSaida]:
    return [_saida(linha) for linha in canais_repo.listar_canais(session)]


def obter(session: Session, canal_id: int) -> CanalSaida:
    linhas = canais_repo.listar_canais(session, canal_id)
    if not linhas:
        raise NaoEncontrado(CANAL_NAO_ENCONTRADO)
    return _saida(linhas[0])


def criar(session: Session, dados: CanalEntrada) -> CanalSaida:
    config = validar_config(dados.tipo, dados.config)
    canal_id = canais_repo.inserir_canal(session, {**dados.model_dump(exclude={"config"}), "config": config})
    registrar(session, acoes.CRIAR, "canal", canal_id, f"canal {dados.nome} ({dados.tipo})")
    return obter(session, canal_id)


def atualizar(session: Session, canal_id: int, dados: CanalAtualizacao) -> CanalSaida:
    canal = canais_repo.obter_canal(session, canal_id)
    if canal is None:
        raise NaoEncontrado(CANAL_NAO_ENCONTRADO)
    valores: dict[str, Any] = dados.model_dump(exclude_unset=True, exclude_none=True, exclude={"config"})
    if dados.config is not None:
        if canal.origem == ORIGEM_AMBIENTE:
            raise Conflito(
                "A configuração deste canal vem das variáveis DJE_ do servidor; altere-as lá "
                "(aqui só nome, ativo e digest diário)."
            )
        valores["config"] = validar_config(canal.tipo, _mesclar(canal.tipo, canal.config, dados.config))
    ativo = valores.get("ativo", canal.ativo)
    if dados.ativo is not None:
        # Turned on by hand: a fresh start. Turned off by hand: no automatic reason to show.
        valores["desativado_motivo"] = None
        if ativo:
            valores |= {"falhas_consecutivas": 0, "ultimo_erro": None}
    canais_repo.atualizar_canal(session, canal_id, {**valores, "atualizado_em": agora()})
    # Field names only: a channel's config holds secrets (bot token, SMTP password, webhook secret).
    campos = ", ".join(sorted(dados.model_dump(exclude_unset=True))) or "nada"
    registrar(session, acoes.ALTERAR, "canal", canal_id, f"canal {canal.nome}: {campos}")
    if ativo:
        # Whatever changed (fixed config, re-enabled, digest off) may unblock deliveries: try them now.
        repo.retomar_canal(session, canal_id, agora(), valores.get("digest_diario", canal.digest_diario))
        apos_commit(session, _drenar, propagar=False)
    return obter(session, canal_id)


def _drenar() -> None:
    from dje_monitor.notificacoes.tasks import enviar_entregas_task

    fila.enviar(enviar_entregas_task)


def remover(session: Session, canal_id: int) -> None:
    canal = canais_repo.obter_canal(session, canal_id)
    if canal is None:
        raise NaoEncontrado(CANAL_NAO_ENCONTRADO)
    if canal.origem == ORIGEM_AMBIENTE:
        raise Conflito(
            "Este canal vem das variáveis DJE_ do servidor e voltaria no próximo início; desative-o "
            "(ativo=false) ou remova as variáveis."
        )
    canais_repo.excluir_canal(session, canal_id)
    registrar(session, acoes.EXCLUIR, "canal", canal_id, f"canal {canal.nome} ({canal.tipo})")


def testar(session: Session, canal_id: int, settings: Settings | None = None) -> ResultadoTeste:
    """The UI's "Enviar teste": one message now, short timeout; the outbox and counters are untouched."""
    settings = settings or get_settings()
    canal = canais_repo.obter_canal(session, canal_id)
    if canal is None:
        raise NaoEncontrado(CANAL_NAO_ENCONTRADO)
    tipo, config, nome = canal.tipo, dict(canal.config), canal.nome
    session.rollback()  # no transaction held open while the network is slow
    relogio = time.monotonic()
    try:
        chave = f"teste-{uuid.uuid4()}"
        enviar(tipo, config, mensagem_teste(nome), chave, settings, settings.notificacao_teste_timeout_s)
    except FalhaEnvio as falha:
        registrar(session, acoes.VERIFICAR, "canal", canal_id, f"envio de teste para {nome}: falhou")
        return ResultadoTeste(
            sucesso=False, mensagem=f"O teste falhou: {falha.mensagem}", duracao_ms=_ms(relogio)
        )
    registrar(session, acoes.VERIFICAR, "canal", canal_id, f"envio de teste para {nome}: enviado")
    return ResultadoTeste(sucesso=True, mensagem="Mensagem de teste enviada.", duracao_ms=_ms(relogio))


def _ms(relogio: float) -> int:
    return int((time.monotonic() - relogio) * 1000)


def _canais_do_ambiente(settings: Settings) -> list[tuple[str, str, dict[str, Any]]]:
    canais: list[tuple[str, str, dict[str, Any]]] = []
    config: dict[str, Any]
    if settings.telegram_bot_token or settings.telegram_chat_id:
        config = {"bot_token": settings.telegram_bot_token, "chat_id": settings.telegram_chat_id}
        canais.append((TELEGRAM, "Telegram", config))
    if settings.smtp_host or settings.smtp_destinatarios:
        destinatarios = [d.strip() for d in (settings.smtp_destinatarios or "").split(",") if d.strip()]
        config = {
            "host": settings.smtp_host,
            "porta": settings.smtp_port,
            "usuario": settings.smtp_usuario,
            "senha": settings.smtp_senha,
            "remetente": settings.smtp_remetente,
            "destinatarios": destinatarios,
            "tls": settings.smtp_tls,
        }
        canais.append((EMAIL, "E-mail", config))
    if settings.webhook_url or settings.webhook_segredo:
        canais.append(
            (WEBHOOK, "Webhook", {"url": settings.webhook_url, "segredo": settings.webhook_segredo})
        )
    return canais


def semear_canais(session: Session, settings: Settings) -> int:
    """Creates (or updates the config of) one channel per type configured in DJE_ variables. Idempotent."""
    semeados = 0
    for tipo, nome, config in _canais_do_ambiente(settings):
        try:
            valida = validar_config(tipo, config)
        except AppError as erro:
            # The message names the field, never its value: no secret reaches the log.
            log.warning("canal %s das variáveis DJE_ ignorado: %s", tipo, erro.mensagem)
            continue
        canais_repo.semear_canal(session, tipo, nome, valida)
        semeados += 1
    return semeados
