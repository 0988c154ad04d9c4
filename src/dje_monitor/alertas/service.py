"""Reading alerts and marking them as read."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from dje_monitor.alertas import repository as repo
from dje_monitor.alertas.schemas import (
    AlertaSaida,
    Atualizados,
    FiltrosAlertas,
    MarcarLidos,
    PublicacaoDoAlerta,
    Total,
)
from dje_monitor.auditoria import models as acoes
from dje_monitor.auditoria.service import registrar
from dje_monitor.paginacao import Pagina, Paginacao
from dje_monitor.tempo import agora

_CAMPOS_PUBLICACAO = ("data_disponibilizacao", "sigla_tribunal", "tipo_comunicacao", "numero_processo")


def _saida(linha: Row[Any]) -> AlertaSaida:
    publicacao = {
        "id": linha.publicacao_id,
        **{campo: getattr(linha, campo) for campo in _CAMPOS_PUBLICACAO},
        "resumo": linha.resumo,
        "link": linha.link,
        "ativo": linha.ativo,
    }
    return AlertaSaida(
        id=linha.id,
        tipo=linha.tipo,
        lido=linha.lido,
        lido_em=linha.lido_em,
        criado_em=linha.criado_em,
        pessoa_id=linha.pessoa_id,
        pessoa_nome=linha.pessoa_nome,
        publicacao=PublicacaoDoAlerta.model_validate(publicacao),
    )


def listar(session: Session, filtros: FiltrosAlertas, paginacao: Paginacao) -> Pagina[AlertaSaida]:
    total, linhas = repo.listar(
        session,
        offset=paginacao.offset,
        limite=paginacao.por_pagina,
        pessoa_id=filtros.pessoa_id,
        tipo=filtros.tipo,
        lido=filtros.lido,
    )
    return paginacao.montar([_saida(linha) for linha in linhas], total)


def recentes(session: Session, quantidade: int) -> list[AlertaSaida]:
    _, linhas = repo.listar(session, offset=0, limite=quantidade)
    return [_saida(linha) for linha in linhas]


def nao_lidos(session: Session) -> Total:
    return Total(total=repo.contar_nao_lidos(session))


def marcar_lidos(session: Session, pedido: MarcarLidos) -> Atualizados:
    ids = None if pedido.todos else pedido.ids
    total = repo.marcar_lidos(session, agora(), ids=ids, pessoa_id=pedido.pessoa_id)
    if total:
        de_quem = f" da pessoa {pedido.pessoa_id}" if pedido.pessoa_id else ""
        resumo = (
            f"1 alerta{de_quem} marcado como lido"
            if total == 1
            else f"{total} alertas{de_quem} marcados como lidos"
        )
        registrar(session, acoes.ALTERAR, "alerta", None, resumo)
    return Atualizados(atualizados=total)
