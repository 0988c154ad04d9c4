"""Helpers of notification tests: channels, alerts written as a check writes them, reading the outbox."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select

from dje_monitor.alertas import repository as alertas_repo
from dje_monitor.alertas.models import NOVA_PUBLICACAO
from dje_monitor.db import session_scope
from dje_monitor.notificacoes import repository as notificacoes_repo
from dje_monitor.notificacoes.models import Canal, Entrega, TentativaEntrega
from tests.api import apoio as dados

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
CHAT = "-1001234567890"
SEGREDO = "segredo-de-teste-0123456789abcdef"
DJEN_SEM_USO = "http://127.0.0.1:9/api/v1"  # workers of these tests never ask DJEN

# Short backoff, lease and timeouts: tests measure behaviour in seconds, production in minutes.
ENV_WORKER = {
    "DJE_ENTREGA_BACKOFF_INICIAL_S": "0.3",
    "DJE_ENTREGA_BACKOFF_MAX_S": "3",
    "DJE_NOTIFICACAO_TIMEOUT_S": "1.2",
    "DJE_ENTREGA_CONCESSAO_S": "4",
}


def config_telegram() -> dict[str, Any]:
    return {"bot_token": TOKEN, "chat_id": CHAT}


def config_webhook(url: str) -> dict[str, Any]:
    return {"url": url, "segredo": SEGREDO}


def config_email(porta: int) -> dict[str, Any]:
    return {
        "host": "127.0.0.1",
        "porta": porta,
        "remetente": "monitor@escritorio.com.br",
        "destinatarios": ["advogada@escritorio.com.br", "socio@escritorio.com.br"],
        "tls": "nenhum",
    }


def criar_canal(tipo: str, config: dict[str, Any], **campos: Any) -> int:
    valores = {"tipo": tipo, "nome": f"Canal {tipo}", "config": config, **campos}
    with session_scope() as session:
        return int(session.scalar(insert(Canal).values(valores).returning(Canal.id)))  # type: ignore[arg-type]


def alertas(
    quantidade: int,
    nome: str = "Maria da Silva",
    texto: str = "Intimação para manifestação no prazo de 15 dias.",
    link: str | None = "https://comunica.pje.jus.br/consulta?id=1",
    primeiro_id: int = 1000,
) -> list[int]:
    """Alerts and their deliveries written in one transaction, exactly as a check's `gravar` does."""
    pessoa_id = dados.pessoa(nome)
    publicacoes = [
        dados.publicacao(primeiro_id + n, [pessoa_id], texto=texto, link=link, processo=dados.cnj(n + 1))
        for n in range(quantidade)
    ]
    with session_scope() as session:
        ids = alertas_repo.criar_alertas(session, pessoa_id, publicacoes, NOVA_PUBLICACAO)
        notificacoes_repo.criar_entregas(session, ids)
    return ids


def entregas() -> list[Entrega]:
    with session_scope() as session:
        return list(session.scalars(select(Entrega).order_by(Entrega.id)))


def tentativas(entrega_id: int | None = None) -> list[TentativaEntrega]:
    with session_scope() as session:
        consulta = select(TentativaEntrega).order_by(TentativaEntrega.quando, TentativaEntrega.id)
        if entrega_id is not None:
            consulta = consulta.where(TentativaEntrega.entrega_id == entrega_id)
        return list(session.scalars(consulta))


def canal(canal_id: int) -> Canal:
    with session_scope() as session:
        encontrado = session.get(Canal, canal_id)
        assert encontrado is not None
        return encontrado


def status_entregas() -> dict[int, str]:
    return {e.id: e.status for e in entregas()}


def drenar() -> None:
    from dje_monitor.tasks import enviar_entregas_task

    enviar_entregas_task.send()
