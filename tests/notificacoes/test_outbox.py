"""The outbox in one process: deliveries born with their alerts, leases, giving up, the tick's part."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import redis
from sqlalchemy import func, select, update

from dje_monitor.alertas.models import Alerta
from dje_monitor.config import Settings
from dje_monitor.db import session_scope
from dje_monitor.djen.schemas import ComunicacaoDjen
from dje_monitor.monitoramento import service as monitoramento
from dje_monitor.notificacoes import despacho
from dje_monitor.notificacoes import repository as notificacoes_repo
from dje_monitor.notificacoes.models import (
    AGUARDANDO_DIGEST,
    ENVIADA,
    ENVIANDO,
    FALHOU,
    PENDENTE,
    Entrega,
)
from dje_monitor.publicacoes.models import Publicacao
from dje_monitor.tempo import agora
from tests.api import apoio as dados
from tests.notificacoes import apoio
from tests.notificacoes.receptores import TelegramFalso


def _itens(nome: str, ids: list[int]) -> list[ComunicacaoDjen]:
    return [
        ComunicacaoDjen.model_validate(
            {
                "id": i,
                "data_disponibilizacao": "2025-03-10",
                "texto": "Intimação.",
                "destinatarios": [{"nome": nome}],
            }
        )
        for i in ids
    ]


def _plano(nome: str) -> monitoramento.Plano:
    pessoa_id = dados.pessoa(nome, baseline_concluido_em=agora(), janela_fim=agora().date())
    plano = monitoramento.planejar(pessoa_id, Settings(), manual=True, ciclo_id=None)
    assert plano is not None
    return plano


def test_entregas_nascem_na_transacao_do_alerta(canais: None) -> None:
    telegram = apoio.criar_canal("telegram", apoio.config_telegram())
    email = apoio.criar_canal("email", apoio.config_email(25), digest_diario=True)
    apoio.criar_canal("webhook", apoio.config_webhook("https://x.com.br"), ativo=False)
    plano = _plano("Maria da Silva")

    resumo = monitoramento.gravar(plano, _itens("Maria da Silva", [1, 2, 3]), 1, 1, False)
    assert resumo.novos_alertas == 3 and resumo.novas_entregas == 6
    por_alerta: dict[int | None, dict[int, str]] = {}
    for entrega in apoio.entregas():
        por_alerta.setdefault(entrega.alerta_id, {})[entrega.canal_id] = entrega.status
    # Every alert has one delivery per enabled channel; a digest channel's waits for the day's digest.
    assert list(por_alerta.values()) == [{telegram: PENDENTE, email: AGUARDANDO_DIGEST}] * 3

    # The same items again (overlapping windows): no new alert, so no new delivery (invariant 1).
    again = monitoramento.gravar(_plano_de(plano), _itens("Maria da Silva", [1, 2, 3]), 1, 1, False)
    assert again.novas_entregas == 0 and len(apoio.entregas()) == 6
    with session_scope() as session:
        assert notificacoes_repo.criar_entregas(session, [e.alerta_id for e in apoio.entregas()]) == 0  # type: ignore[misc]


def _plano_de(plano: monitoramento.Plano) -> monitoramento.Plano:
    novo = monitoramento.planejar(plano.pessoa_id, Settings(), manual=True, ciclo_id=None)
    assert novo is not None
    return novo


def test_alerta_sem_entregas_nunca_existe(canais: None, monkeypatch: pytest.MonkeyPatch) -> None:
    apoio.criar_canal("telegram", apoio.config_telegram())
    plano = _plano("João Souza")

    def falhar(*_: Any) -> int:
        raise RuntimeError("banco caiu no meio da gravação")

    monkeypatch.setattr(notificacoes_repo, "criar_entregas", falhar)
    with pytest.raises(RuntimeError):
        monitoramento.gravar(plano, _itens("João Souza", [10, 11]), 1, 1, False)
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Alerta)) == 0
        assert session.scalar(select(func.count()).select_from(Publicacao)) == 0


def _settings(telegram: TelegramFalso, **campos: Any) -> Settings:
    return Settings(telegram_api_url=telegram.url, **campos)


class Agendamentos(list[datetime | None]):
    def __call__(self, quando: datetime | None) -> None:
        self.append(quando)


def test_concessao_vencida_volta_e_enviada_nunca_repete(canais: None, telegram: TelegramFalso) -> None:
    apoio.criar_canal("telegram", apoio.config_telegram())
    [a, b] = apoio.alertas(2)
    [ea, eb] = [e.id for e in apoio.entregas()]
    with session_scope() as session:
        # ea: claimed by a worker that died 20 minutes ago; eb: already sent and confirmed.
        antiga = agora() - timedelta(minutes=20)
        session.execute(
            update(Entrega).where(Entrega.id == ea).values(status=ENVIANDO, reivindicado_em=antiga)
        )
        session.execute(update(Entrega).where(Entrega.id == eb).values(status=ENVIADA, enviado_em=antiga))

    assert despacho.despachar(_settings(telegram), Agendamentos()) == 1
    assert despacho.despachar(_settings(telegram), Agendamentos()) == 0
    assert len(telegram.recebidas) == 1
    assert apoio.status_entregas() == {ea: ENVIADA, eb: ENVIADA}
    assert [t.status for t in apoio.tentativas(ea)] == ["interrompida", "sucesso"]
    assert apoio.tentativas(eb) == []
    assert a != b


def test_concessao_em_dia_nao_e_tomada(canais: None, telegram: TelegramFalso) -> None:
    apoio.criar_canal("telegram", apoio.config_telegram())
    apoio.alertas(1)
    [entrega] = apoio.entregas()
    with session_scope() as session:
        session.execute(update(Entrega).values(status=ENVIANDO, reivindicado_em=agora()))
    assert despacho.despachar(_settings(telegram), Agendamentos()) == 0
    assert telegram.recebidas == [] and apoio.status_entregas() == {entrega.id: ENVIANDO}


def test_desiste_depois_do_prazo(canais: None, telegram: TelegramFalso) -> None:
    apoio.criar_canal("telegram", apoio.config_telegram())
    apoio.alertas(2)
    with session_scope() as session:
        session.execute(update(Entrega).values(criado_em=agora() - timedelta(hours=25)))
    telegram.status_fixo = 502
    agendamentos = Agendamentos()
    despacho.despachar(_settings(telegram), agendamentos)
    # The first failure past the deadline gives up; the channel's other delivery waits its backoff.
    assert sorted(apoio.status_entregas().values()) == [FALHOU, PENDENTE]
    falha = [t for t in apoio.tentativas() if t.status == "falha"]
    assert len(falha) == 1 and falha[0].erro == "O Telegram recusou a mensagem (HTTP 502): falha forçada"
    assert len(agendamentos) == 1


def test_tick_varre_sempre_e_agenda_digest_uma_vez_por_dia(
    canais: None, filas: None, redis_cliente: redis.Redis
) -> None:
    from dje_monitor.broker import broker
    from dje_monitor.notificacoes.agendamento import agendar_notificacoes

    settings = Settings(digest_hora=7)
    antes_da_hora = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)  # 06:00 in São Paulo
    depois = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)  # 09:00
    for instante in (antes_da_hora, depois, depois + timedelta(hours=1), depois + timedelta(days=1)):
        agendar_notificacoes(settings, redis_cliente, instante)
    mensagens = [json.loads(m) for m in redis_cliente.hvals(f"{broker.namespace}:notificacao.msgs")]
    nomes = sorted(m["actor_name"] for m in mensagens)
    assert nomes.count("varrer_entregas_task") == 4
    digests = sorted(m["args"][0] for m in mensagens if m["actor_name"] == "enviar_digests_task")
    assert digests == ["2025-03-10", "2025-03-11"]
    for dia in digests:
        redis_cliente.delete(f"{settings.redis_namespace}:agendador:digest:{dia}")
