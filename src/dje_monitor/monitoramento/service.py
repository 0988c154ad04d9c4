"""The check of one party: baseline (first check) or periodic, in three short transactions.

1. plan: read the party, decide the kind and window, open the check log row;
2. fetch from DJEN outside any transaction (seconds of network must not hold row locks);
3. store: publications, links, alerts, log and schedule in ONE transaction (invariant 2).
A failure records the error and either lets the actor retry or reschedules with backoff (invariant 4).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from dje_monitor.alertas import repository as alertas_repo
from dje_monitor.alertas.models import NOVA_PUBLICACAO
from dje_monitor.config import Settings
from dje_monitor.db import session_scope
from dje_monitor.djen.client import DjenClient
from dje_monitor.djen.erros import DjenErro, DjenErroPermanente, DjenRespostaInvalida
from dje_monitor.djen.schemas import ComunicacaoDjen
from dje_monitor.monitoramento import janela as regras
from dje_monitor.monitoramento import repository as repo
from dje_monitor.monitoramento.models import BASELINE, FALHA, MANUAL, PERIODICA, SUCESSO
from dje_monitor.notificacoes import repository as notificacoes_repo
from dje_monitor.pessoas import repository as pessoas_repo
from dje_monitor.publicacoes import repository as publicacoes_repo
from dje_monitor.publicacoes.nomes import corresponde
from dje_monitor.tempo import agora, hoje_brasil

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Plano:
    pessoa_id: int
    verificacao_id: int
    tipo: str
    nomes: tuple[str, ...]  # the name first, then its variants: each is one DJEN query
    nome_normalizado: str  # as planned: a rename during the check must not complete the new baseline
    tribunal: str | None
    janela: regras.Janela
    intervalo_minutos: float


@dataclass
class Resumo:
    pessoa_id: int
    tipo: str
    itens_recebidos: int = 0
    novos_vinculos: int = 0
    novos_alertas: int = 0
    novas_entregas: int = 0
    requisicoes: int = 0
    ignorados: list[int] = field(default_factory=list)


def planejar(pessoa_id: int, settings: Settings, manual: bool, ciclo_id: int | None) -> Plano | None:
    with session_scope() as session:
        pessoa = pessoas_repo.obter(session, pessoa_id)
        if pessoa is None or pessoa.removido_em is not None or not pessoa.ativo:
            if pessoa is not None:
                pessoas_repo.liberar(session, [pessoa_id])
            return None
        instante = agora()
        baseline = pessoa.baseline_concluido_em is None
        # A duplicate or late message for a party already checked and not claimed again has no effect.
        em_dia = pessoa.reivindicado_em is None and pessoa.proximo_check is not None
        if not manual and not baseline and em_dia and pessoa.proximo_check > instante:  # type: ignore[operator]
            return None
        hoje = hoje_brasil(instante)
        if baseline:
            tipo, janela = BASELINE, regras.Janela(None, hoje)
        else:
            tipo = MANUAL if manual else PERIODICA
            janela = regras.janela_periodica(pessoa.janela_fim, hoje, settings.sobreposicao_dias)
        verificacao_id = repo.iniciar_verificacao(
            session, pessoa_id, tipo, janela.inicio, janela.fim, ciclo_id
        )
        return Plano(
            pessoa_id=pessoa_id,
            verificacao_id=verificacao_id,
            tipo=tipo,
            nomes=(pessoa.nome, *[v for v in pessoa.variantes if v.strip()]),
            nome_normalizado=pessoa.nome_normalizado,
            tribunal=pessoa.tribunal_filtro,
            janela=janela,
            intervalo_minutos=pessoa.intervalo_minutos or settings.monitor_interval_minutes,
        )


def buscar(plano: Plano, cliente: DjenClient) -> tuple[list[ComunicacaoDjen], int, int, bool]:
    """Every query of the plan; items deduplicated by DJEN id, kept only when a recipient is the party."""
    por_id: dict[int, ComunicacaoDjen] = {}
    requisicoes = paginas = 0
    truncado = False
    nome, *variantes = plano.nomes
    for consulta in plano.nomes:
        resultado = cliente.buscar(
            nome_parte=consulta,
            sigla_tribunal=plano.tribunal,
            data_inicio=plano.janela.inicio,
            data_fim=plano.janela.fim,
        )
        requisicoes += resultado.requisicoes
        paginas += resultado.paginas
        truncado = truncado or resultado.truncado
        sem_destinatarios = [item.id for item in resultado.itens if not item.destinatarios]
        if sem_destinatarios:
            # DJEN found these by the party's name among the recipients: without the list (null in a
            # glitchy payload) they cannot be matched, and dropping them would lose them for good.
            raise DjenRespostaInvalida(
                f"{len(sem_destinatarios)} comunicação(ões) do DJEN vieram sem destinatários "
                f"(ids {', '.join(map(str, sem_destinatarios[:5]))}); a verificação será repetida"
            )
        for item in resultado.itens:
            if any(corresponde(nome, d.nome, variantes) for d in item.destinatarios):
                por_id[item.id] = item
    return list(por_id.values()), requisicoes, paginas, truncado


def gravar(
    plano: Plano, itens: list[ComunicacaoDjen], requisicoes: int, paginas: int, truncado: bool
) -> Resumo:
    resumo = Resumo(plano.pessoa_id, plano.tipo, itens_recebidos=len(itens), requisicoes=requisicoes)
    baseline = plano.tipo == BASELINE
    with session_scope() as session:
        publicacoes_repo.gravar_publicacoes(session, itens)
        ids = [i.id for i in itens]
        novos = publicacoes_repo.vincular(session, plano.pessoa_id, ids, baseline=baseline)
        resumo.novos_vinculos = len(novos)
        if not baseline:
            # A publication first seen already cancelled is linked but not announced as new.
            novos_ids = set(novos)
            ativos = [i.id for i in itens if i.ativo and i.id in novos_ids]
            alertas = alertas_repo.criar_alertas(session, plano.pessoa_id, ativos, NOVA_PUBLICACAO)
            cancelados = [i.id for i in itens if not i.ativo]
            alertas += alertas_repo.alertar_cancelamentos(session, cancelados)
            resumo.novos_alertas = len(alertas)
            # Invariant 2: each alert's deliveries (the outbox) commit with it; the dispatcher sends later.
            resumo.novas_entregas = notificacoes_repo.criar_entregas(session, alertas)
        instante = agora()
        repo.concluir_verificacao(
            session,
            plano.verificacao_id,
            instante,
            status=SUCESSO,
            paginas=paginas,
            requisicoes=requisicoes,
            itens_recebidos=len(itens),
            novos_vinculos=resumo.novos_vinculos,
            novos_alertas=resumo.novos_alertas,
            truncado=truncado,
        )
        proximo = regras.proximo_apos_sucesso(instante, plano.intervalo_minutos)
        pessoas_repo.registrar_sucesso(
            session, plano.pessoa_id, instante, proximo, plano.janela.fim, baseline, plano.nome_normalizado
        )
    return resumo


def registrar_falha(plano: Plano, erro: Exception, settings: Settings, ultima_tentativa: bool) -> None:
    mensagem = erro.mensagem if isinstance(erro, DjenErro) else f"{type(erro).__name__}: {erro}"
    with session_scope() as session:
        instante = agora()
        repo.concluir_verificacao(session, plano.verificacao_id, instante, status=FALHA, erro=mensagem[:2000])
        if not ultima_tentativa:
            pessoas_repo.registrar_erro(session, plano.pessoa_id, mensagem[:2000])
            return
        pessoa = pessoas_repo.obter(session, plano.pessoa_id)
        falhas = (pessoa.falhas_consecutivas if pessoa else 0) + 1
        proximo = regras.proximo_apos_falha(
            instante, falhas, settings.backoff_falha_minutos, settings.backoff_falha_max_minutos
        )
        pessoas_repo.reagendar_apos_falha(session, plano.pessoa_id, mensagem[:2000], proximo)


def verificar_pessoa(
    pessoa_id: int,
    cliente: DjenClient,
    settings: Settings,
    *,
    manual: bool = False,
    ultima_tentativa: bool = True,
    ciclo_id: int | None = None,
) -> Resumo | None:
    """Checks one party (a first check when its baseline is pending). None: nothing to do."""
    plano = planejar(pessoa_id, settings, manual, ciclo_id)
    if plano is None:
        log.info("pessoa %s: nada a verificar (inexistente, inativa ou já verificada)", pessoa_id)
        return None
    try:
        itens, requisicoes, paginas, truncado = buscar(plano, cliente)
        resumo = gravar(plano, itens, requisicoes, paginas, truncado)
    except Exception as erro:
        permanente = isinstance(erro, DjenErroPermanente)
        registrar_falha(plano, erro, settings, ultima_tentativa or permanente)
        log.warning("pessoa %s: verificação %s falhou: %s", pessoa_id, plano.tipo, erro)
        if ultima_tentativa or permanente:
            return None
        raise
    log.info(
        "pessoa %s: %s ok, %s itens, %s vínculos novos, %s alertas, %s requisições",
        pessoa_id, plano.tipo, resumo.itens_recebidos, resumo.novos_vinculos, resumo.novos_alertas,
        resumo.requisicoes,
    )  # fmt: skip
    return resumo


def first_check(
    pessoa_id: int, cliente: DjenClient, settings: Settings, *, ultima_tentativa: bool = True
) -> Resumo | None:
    """The plan's name: a party's first check records its history as the baseline, without alerts."""
    return verificar_pessoa(pessoa_id, cliente, settings, ultima_tentativa=ultima_tentativa)
