"""Monitored parties through the API: register (with its first check), list, edit, pause, remove, check now.

Messages go out only after the request commits (sessao_http.apos_commit); a registration whose
first-check message cannot be sent is undone, so nothing is half-written.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from dje_monitor import fila
from dje_monitor.auditoria import models as acoes
from dje_monitor.auditoria.service import registrar
from dje_monitor.config import get_settings
from dje_monitor.errors import AppError, Conflito, NaoEncontrado
from dje_monitor.monitoramento import repository as monitoramento_repo
from dje_monitor.paginacao import Pagina, Paginacao
from dje_monitor.pessoas import repository as repo
from dje_monitor.pessoas.models import PessoaMonitorada
from dje_monitor.pessoas.schemas import (
    FiltrosPessoas,
    PessoaAtualizacao,
    PessoaEntrada,
    PessoaSaida,
    VerificacaoEnfileirada,
    VerificacaoSaida,
)
from dje_monitor.publicacoes.nomes import normalizar_nome
from dje_monitor.sessao_http import apos_commit
from dje_monitor.tasks import first_check_task, verificar_pessoa_task
from dje_monitor.tempo import agora, hoje_brasil

PESSOA_NAO_ENCONTRADA = "Pessoa monitorada não encontrada"


class PessoaDuplicada(Conflito):
    """409 carrying the id of the live party that already has this identity."""

    def __init__(self, pessoa_id: int | None) -> None:
        super().__init__("Já existe uma pessoa monitorada com este nome, CPF/CNPJ e tribunal")
        self.pessoa_id = pessoa_id


def _saida(pessoa: PessoaMonitorada, total_publicacoes: int, alertas_nao_lidos: int) -> PessoaSaida:
    return PessoaSaida(
        **{campo: getattr(pessoa, campo) for campo in PessoaSaida.model_fields if hasattr(pessoa, campo)},
        situacao_baseline="pendente" if pessoa.baseline_concluido_em is None else "concluida",
        total_publicacoes=total_publicacoes,
        alertas_nao_lidos=alertas_nao_lidos,
    )


def _outras_grafias(nome_normalizado: str, variantes: list[str]) -> list[str]:
    """A variant that normalizes to the name itself would only cost a second identical DJEN query."""
    return [v for v in variantes if normalizar_nome(v) != nome_normalizado]


def obter(session: Session, pessoa_id: int) -> PessoaSaida:
    linha = repo.obter_com_contagens(session, pessoa_id)
    if linha is None:
        raise NaoEncontrado(PESSOA_NAO_ENCONTRADA)
    return _saida(*linha)


def criar(session: Session, dados: PessoaEntrada) -> PessoaSaida:
    valores = dados.model_dump()
    valores["nome_normalizado"] = normalizar_nome(dados.nome)
    valores["variantes"] = _outras_grafias(valores["nome_normalizado"], dados.variantes)
    instante = agora()
    # Claimed in the same transaction: the scheduler will not enqueue it a second time.
    pessoa_id = repo.inserir(session, {**valores, "reivindicado_em": instante})
    if pessoa_id is None:
        raise PessoaDuplicada(
            repo.id_por_identidade(
                session, valores["nome_normalizado"], dados.cpf_cnpj, dados.tribunal_filtro
            )
        )
    registrar(session, acoes.CRIAR, "pessoa", pessoa_id, f"pessoa {dados.nome}")

    def desfazer(s: Session) -> None:
        repo.excluir(s, pessoa_id)
        registrar(s, acoes.EXCLUIR, "pessoa", pessoa_id, f"pessoa {dados.nome}: desfeito, fila indisponível")

    apos_commit(session, lambda: fila.enviar(first_check_task, pessoa_id), compensar=desfazer)
    return obter(session, pessoa_id)


def listar(session: Session, filtros: FiltrosPessoas, paginacao: Paginacao) -> Pagina[PessoaSaida]:
    nome = normalizar_nome(filtros.q) if filtros.q else None
    documento = re.sub(r"[^0-9A-Za-z]", "", filtros.cpf_cnpj).upper() if filtros.cpf_cnpj else None
    total, linhas = repo.listar(
        session,
        offset=paginacao.offset,
        limite=paginacao.por_pagina,
        nome_contem=nome,
        cpf_cnpj=documento,
        tribunal=filtros.tribunal,
        ativo=filtros.ativo,
        baseline_pendente=None if filtros.baseline is None else filtros.baseline == "pendente",
        com_erro=filtros.com_erro,
        expiradas_antes=None if filtros.expirada is None else (filtros.expirada, hoje_brasil()),
    )
    return paginacao.montar([_saida(*linha) for linha in linhas], total)


def atualizar(session: Session, pessoa_id: int, dados: PessoaAtualizacao) -> PessoaSaida:
    """Only the fields sent change. A new name (normalized) discards the baseline: invariant 3."""
    pessoa = repo.obter_para_atualizar(session, pessoa_id)
    if pessoa is None:
        raise NaoEncontrado(PESSOA_NAO_ENCONTRADA)
    valores: dict[str, Any] = dados.model_dump(exclude_unset=True)
    renomeada = False
    if "nome" in valores:
        valores["nome_normalizado"] = normalizar_nome(valores["nome"])
        renomeada = valores["nome_normalizado"] != pessoa.nome_normalizado
    if "nome" in valores or "variantes" in valores:
        nome_normalizado = valores.get("nome_normalizado", pessoa.nome_normalizado)
        valores["variantes"] = _outras_grafias(nome_normalizado, valores.get("variantes", pessoa.variantes))
    ativa = valores.get("ativo", pessoa.ativo)
    expira = valores.get("data_expiracao", pessoa.data_expiracao)
    if ativa and expira is not None and expira < hoje_brasil():
        # Reactivated as is, the daily expiry run would pause it again without telling anyone.
        raise AppError("A data de expiração já passou; altere-a para reativar", 422, campo="data_expiracao")
    if renomeada:
        valores.update(
            baseline_concluido_em=None,
            janela_fim=None,
            proximo_check=None,
            falhas_consecutivas=0,
            ultimo_erro=None,
            # A paused party is not claimed: the scheduler takes its baseline when it is resumed.
            reivindicado_em=agora() if ativa else None,
        )
    if valores and not repo.atualizar(session, pessoa_id, valores):
        nome = valores.get("nome_normalizado", pessoa.nome_normalizado)
        documento = valores.get("cpf_cnpj", pessoa.cpf_cnpj)
        tribunal = valores.get("tribunal_filtro", pessoa.tribunal_filtro)
        raise PessoaDuplicada(repo.id_por_identidade(session, nome, documento, tribunal))
    campos = ", ".join(sorted(dados.model_dump(exclude_unset=True))) or "nada"
    registrar(session, acoes.ALTERAR, "pessoa", pessoa_id, f"pessoa {pessoa.nome}: {campos}")
    if renomeada and ativa:
        # The rename is saved either way; without the message the claim is dropped and the next
        # scheduler tick claims the party (its proximo_check is now NULL, so it is due at once).
        apos_commit(
            session,
            lambda: fila.enviar(first_check_task, pessoa_id),
            compensar=lambda s: repo.liberar(s, [pessoa_id]),
            propagar=False,
        )
    return obter(session, pessoa_id)


def remover(session: Session, pessoa_id: int) -> None:
    """Soft delete: the row stays for history; a check already queued finds it removed and stops."""
    if not repo.remover(session, pessoa_id, agora()):
        raise NaoEncontrado(PESSOA_NAO_ENCONTRADA)
    registrar(session, acoes.EXCLUIR, "pessoa", pessoa_id, "pessoa removida do monitoramento")


def verificacoes(session: Session, pessoa_id: int, paginacao: Paginacao) -> Pagina[VerificacaoSaida]:
    if not repo.viva(session, pessoa_id):
        raise NaoEncontrado(PESSOA_NAO_ENCONTRADA)
    total, linhas = monitoramento_repo.listar_verificacoes(
        session, pessoa_id, paginacao.offset, paginacao.por_pagina
    )
    return paginacao.montar([VerificacaoSaida.model_validate(v, from_attributes=True) for v in linhas], total)


def verificar_agora(session: Session, pessoa_id: int) -> VerificacaoEnfileirada:
    """Claims the party and enqueues a manual check, unless a check of it is already queued."""
    pessoa = repo.obter_para_atualizar(session, pessoa_id)
    if pessoa is None:
        raise NaoEncontrado(PESSOA_NAO_ENCONTRADA)
    if not pessoa.ativo:
        raise Conflito("O monitoramento desta pessoa está pausado; reative-o para verificar")
    instante = agora()
    validade = timedelta(minutes=get_settings().reivindicacao_expira_minutos)
    if pessoa.reivindicado_em is not None and pessoa.reivindicado_em > instante - validade:
        # Invariant 9: a claimed party already has a message on its way; a second one would only
        # spend the DJEN budget twice.
        return VerificacaoEnfileirada(
            mensagem="A verificação desta pessoa já está na fila", enfileirada=False
        )
    repo.reivindicar(session, pessoa_id, instante)
    registrar(session, acoes.VERIFICAR, "pessoa", pessoa_id, f"verificação manual de {pessoa.nome}")

    def desfazer(s: Session) -> None:
        repo.liberar(s, [pessoa_id])
        registrar(s, acoes.VERIFICAR, "pessoa", pessoa_id, "verificação manual desfeita: fila indisponível")

    apos_commit(
        session, lambda: fila.enviar(verificar_pessoa_task, pessoa_id, None, True), compensar=desfazer
    )
    return VerificacaoEnfileirada(mensagem="Verificação enfileirada", enfileirada=True)
