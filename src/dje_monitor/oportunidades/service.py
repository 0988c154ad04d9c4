"""Credit opportunities through the API: the patterns (CRUD), the list grouped by process, "sweep now".

A pattern change enqueues a sweep after the commit, so the list follows it without waiting for the
next tick; if Redis is down the change stands and the next tick sweeps (the failure is logged).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from dje_monitor import fila
from dje_monitor.auditoria import models as acoes
from dje_monitor.auditoria.service import registrar
from dje_monitor.config import get_settings
from dje_monitor.errors import AppError, Conflito, NaoEncontrado
from dje_monitor.esquemas import Mensagem
from dje_monitor.oportunidades import padroes as regras
from dje_monitor.oportunidades import repository as repo
from dje_monitor.oportunidades.schemas import (
    Cancelamento,
    FiltrosOportunidades,
    FiltrosPadroes,
    GrupoOportunidades,
    OportunidadeSaida,
    PadraoAtualizacao,
    PadraoEntrada,
    PadraoSaida,
    PublicacaoDaOportunidade,
)
from dje_monitor.oportunidades.tasks import varrer_oportunidades_task
from dje_monitor.paginacao import Pagina, Paginacao
from dje_monitor.sessao_http import apos_commit
from dje_monitor.tempo import hoje_brasil

PADRAO_NAO_ENCONTRADO = "Padrão de oportunidade não encontrado"
NOME_EM_USO = "Já existe um padrão de oportunidade com este nome"


def _varrer_depois(session: Session) -> None:
    apos_commit(session, lambda: fila.enviar(varrer_oportunidades_task), propagar=False)


def listar_padroes(session: Session, filtros: FiltrosPadroes, paginacao: Paginacao) -> Pagina[PadraoSaida]:
    total, padroes = repo.listar_padroes(
        session, offset=paginacao.offset, limite=paginacao.por_pagina, tipo=filtros.tipo, ativo=filtros.ativo
    )
    return paginacao.montar([PadraoSaida.model_validate(p) for p in padroes], total)


def obter_padrao(session: Session, padrao_id: int) -> PadraoSaida:
    padrao = repo.obter_padrao(session, padrao_id)
    if padrao is None:
        raise NaoEncontrado(PADRAO_NAO_ENCONTRADO)
    return PadraoSaida.model_validate(padrao)


def criar_padrao(session: Session, dados: PadraoEntrada) -> PadraoSaida:
    padrao_id = repo.inserir_padrao(session, dados.model_dump())
    if padrao_id is None:
        raise Conflito(NOME_EM_USO)
    registrar(session, acoes.CRIAR, "padrao", padrao_id, f"padrão {dados.nome}: {dados.expressao}")
    _varrer_depois(session)
    return obter_padrao(session, padrao_id)


def atualizar_padrao(session: Session, padrao_id: int, dados: PadraoAtualizacao) -> PadraoSaida:
    atualizado = repo.atualizar_padrao(session, padrao_id, dados.model_dump(exclude_unset=True))
    if atualizado is None:
        raise NaoEncontrado(PADRAO_NAO_ENCONTRADO)
    if not atualizado:
        raise Conflito(NOME_EM_USO)
    campos = ", ".join(sorted(dados.model_dump(exclude_unset=True))) or "nada"
    registrar(session, acoes.ALTERAR, "padrao", padrao_id, f"padrão alterado: {campos}")
    _varrer_depois(session)
    return obter_padrao(session, padrao_id)


def excluir_padrao(session: Session, padrao_id: int) -> None:
    """Its occurrences and the opportunities it named go with it (cascade); the sweep recomputes the rest."""
    if not repo.excluir_padrao(session, padrao_id):
        raise NaoEncontrado(PADRAO_NAO_ENCONTRADO)
    registrar(session, acoes.EXCLUIR, "padrao", padrao_id, "padrão excluído")
    _varrer_depois(session)


def varrer_agora(session: Session) -> Mensagem:
    # Sent first: if Redis is down the request fails and its audit row rolls back with it.
    fila.enviar(varrer_oportunidades_task)
    registrar(session, acoes.SINCRONIZAR, "oportunidade", None, "varredura de oportunidades forçada")
    return Mensagem(mensagem="Varredura de oportunidades enfileirada")


def _saida(linha: repo.Linha) -> OportunidadeSaida:
    cancelada_por = None
    if linha.cancelada_por_publicacao_id is not None:
        cancelada_por = Cancelamento(
            publicacao_id=linha.cancelada_por_publicacao_id,
            data_disponibilizacao=linha.cancelada_por_data,
            padrao_id=linha.cancelada_por_padrao_id,
            padrao_nome=linha.cancelada_por_padrao_nome,
        )
    return OportunidadeSaida(
        id=linha.id,
        situacao="ativa" if cancelada_por is None and linha.ativo else "cancelada",
        pessoa_id=linha.pessoa_id,
        pessoa_nome=linha.pessoa_nome,
        padrao_id=linha.padrao_id,
        padrao_nome=linha.padrao_nome,
        trecho=linha.trecho,
        publicacao=PublicacaoDaOportunidade(
            id=linha.publicacao_id,
            data_disponibilizacao=linha.data_disponibilizacao,
            sigla_tribunal=linha.sigla_tribunal,
            tipo_comunicacao=linha.tipo_comunicacao,
            numero_processo=linha.numero_processo,
            link=linha.link,
            ativo=linha.ativo,
        ),
        cancelada_por=cancelada_por,
        alerta_id=linha.alerta_id,
        detectada_em=linha.detectada_em,
    )


def _filtros(session: Session, filtros: FiltrosOportunidades) -> repo.Filtros | None:
    """The repository's filters; None when nothing can match (an unknown pattern)."""
    janela = get_settings().oportunidades_janela_dias
    dias = filtros.dias or janela
    if dias > janela:
        # Older publications are no longer matched: listing them would show stale results.
        raise AppError(f"dias deve ser no máximo {janela} (a janela de oportunidades)", 422, campo="dias")
    positivo = negativo = None
    if filtros.padrao_id is not None:
        padrao = repo.obter_padrao(session, filtros.padrao_id)
        if padrao is None:
            return None
        positivo, negativo = (padrao.id, None) if padrao.tipo == regras.POSITIVO else (None, padrao.id)
    return repo.Filtros(
        inicio=regras.inicio_janela(hoje_brasil(), dias),
        pessoa_id=filtros.pessoa_id,
        padrao_positivo_id=positivo,
        padrao_negativo_id=negativo,
        situacao=filtros.situacao,
    )


def listar(
    session: Session, filtros: FiltrosOportunidades, paginacao: Paginacao
) -> Pagina[GrupoOportunidades]:
    """Groups by process (most recent publication first); the page counts processes, not opportunities."""
    consulta = _filtros(session, filtros)
    if consulta is None:
        return paginacao.montar([], 0)
    total, numeros = repo.processos(session, consulta, paginacao.offset, paginacao.por_pagina)
    grupos: dict[str | None, list[OportunidadeSaida]] = {n: [] for n in numeros}
    for linha in repo.nos_processos(session, consulta, numeros):
        grupos[linha.numero_processo].append(_saida(linha))
    return paginacao.montar(
        [GrupoOportunidades(numero_processo=n, oportunidades=itens) for n, itens in grupos.items()], total
    )
