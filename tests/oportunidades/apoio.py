"""Helpers for opportunity tests: dates relative to today, sweeps, and what they left behind."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select, update

from dje_monitor.alertas.models import OPORTUNIDADE_CREDITO, Alerta
from dje_monitor.config import get_settings
from dje_monitor.db import session_scope
from dje_monitor.oportunidades import varredura
from dje_monitor.oportunidades.models import Oportunidade, PadraoOportunidade
from dje_monitor.tempo import hoje_brasil
from tests.api.apoio import cnj, pessoa, publicacao

__all__ = ["cnj", "pessoa", "publicacao"]

ALVARA = "Vistos. Expeça-se ALVARÁ DE LEVANTAMENTO em favor da parte autora."
PRECATORIO = "Determino a expedição de precatório, observada a ordem cronológica."
REVOGACAO = "Revogo a decisão anterior; aguarde-se o julgamento do recurso."
NEUTRO = "Intimação de teste."


def dias_atras(dias: int) -> date:
    return hoje_brasil() - timedelta(days=dias)


def varrer(janela: int | None = None) -> varredura.ResumoVarredura:
    settings = get_settings()
    if janela is not None:
        settings = settings.model_copy(update={"oportunidades_janela_dias": janela})
    return varredura.varrer(settings)


def alertas() -> list[tuple[int, int]]:
    """(pessoa_id, publicacao_id) of every OPORTUNIDADE_CREDITO alert."""
    with session_scope() as session:
        linhas = session.execute(
            select(Alerta.pessoa_id, Alerta.publicacao_id)
            .where(Alerta.tipo == OPORTUNIDADE_CREDITO)
            .order_by(Alerta.pessoa_id, Alerta.publicacao_id)
        ).all()
    return [(p, q) for p, q in linhas]


def oportunidades() -> dict[tuple[int, int], tuple[str, int | None]]:
    """(pessoa_id, publicacao_id) -> (principal pattern's name, cancelling publication or None)."""
    with session_scope() as session:
        linhas = session.execute(
            select(
                Oportunidade.pessoa_id,
                Oportunidade.publicacao_id,
                PadraoOportunidade.nome,
                Oportunidade.cancelada_por_publicacao_id,
            ).join(PadraoOportunidade, PadraoOportunidade.id == Oportunidade.padrao_id)
        ).all()
    return {(p, q): (nome, cancelada) for p, q, nome, cancelada in linhas}


def padrao_id(nome: str) -> int:
    with session_scope() as session:
        encontrado = session.scalar(select(PadraoOportunidade.id).where(PadraoOportunidade.nome == nome))
    assert encontrado is not None, nome
    return int(encontrado)


def alterar(modelo: Any, id_: int, **valores: Any) -> None:
    with session_scope() as session:
        session.execute(update(modelo).where(modelo.id == id_).values(**valores))
