"""Spreadsheet import: read, validate and plan every row against the live parties; unless it is a dry
run, write all valid rows in the caller's one transaction and send each baseline after it commits.

Nothing is half-imported: rows with errors are reported and skipped, every other row is written by a
few bulk statements in one transaction, or nothing is. Created parties (and renamed active ones) are
claimed in that transaction like pessoas.service.criar does; their first_check_task goes out only
after the commit (invariant 2). If Redis fails then, the parties stay claimed and the reconciler
re-enqueues them: the report says so instead of pretending.
"""

from __future__ import annotations

import logging
import math

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dje_monitor import fila
from dje_monitor.auditoria import models as acoes
from dje_monitor.auditoria.service import registrar
from dje_monitor.config import get_settings
from dje_monitor.errors import Conflito
from dje_monitor.importacao import linhas, planilha, plano
from dje_monitor.importacao import repository as repo
from dje_monitor.importacao.linhas import LinhaInvalida, LinhaValida, eco
from dje_monitor.importacao.planilha import PASSO_PROGRESSO, PlanilhaLida, Progresso, milhar
from dje_monitor.importacao.plano import Decisao
from dje_monitor.importacao.schemas import LinhaRelatorio, RelatorioImportacao, ResumoImportacao
from dje_monitor.sessao_http import apos_commit
from dje_monitor.tasks import first_check_task
from dje_monitor.tempo import agora, hoje_brasil

log = logging.getLogger(__name__)
CONCORRENCIA = (
    "Outra operação alterou pessoas monitoradas durante a importação; nada foi gravado. Tente novamente."
)


def importar(
    session: Session, conteudo: bytes, *, dry_run: bool, progresso: Progresso | None = None
) -> RelatorioImportacao:
    """The report of what the file does; with `dry_run` nothing is written and nothing is sent."""
    settings = get_settings()
    lida = planilha.ler(conteudo, settings.importacao_max_bytes, settings.importacao_max_linhas, progresso)
    hoje = hoje_brasil()
    validadas = [linhas.validar(bruta, settings.anos_monitoramento, hoje) for bruta in lida.linhas]
    if not dry_run:
        repo.travar(session)
    existentes = _existentes(session, validadas, travar=not dry_run)
    decisoes = plano.planejar(validadas, existentes)
    if not dry_run:
        _gravar(session, decisoes)
    relatorio = _relatorio(lida, decisoes, dry_run)
    if dry_run:
        return relatorio
    r = relatorio.resumo
    resumo = (
        f"planilha (aba {relatorio.aba}): {r.criar} criadas, {r.atualizar} atualizadas, {r.erro} com erro"
    )
    registrar(session, acoes.IMPORTAR, "planilha", None, resumo, r.model_dump())
    ids = [d.pessoa_id for d in decisoes if d.baseline and d.pessoa_id is not None]
    if ids:
        apos_commit(session, lambda: _enviar_baselines(relatorio, ids, progresso), propagar=False)
    return relatorio


def _existentes(
    session: Session, validadas: list[LinhaValida | LinhaInvalida], *, travar: bool
) -> list[plano.Existente]:
    validas = [v for v in validadas if isinstance(v, LinhaValida)]
    if not validas:
        return []
    nomes = sorted({v.nome_normalizado for v in validas})
    documentos = sorted({v.cpf_cnpj for v in validas if v.cpf_cnpj})
    linhas_banco = repo.candidatas(session, nomes, documentos, travar_linhas=travar)
    return [plano.Existente(**linha) for linha in linhas_banco]


def _gravar(session: Session, decisoes: list[Decisao]) -> None:
    instante = agora()
    novas = [d for d in decisoes if d.acao == "criar"]
    atualizacoes = [
        {**d.valores, "id": d.pessoa_id, "baseline": d.baseline} for d in decisoes if d.acao == "atualizar"
    ]
    try:
        inseridas = repo.inserir(session, [d.valores for d in novas], instante)
        repo.atualizar(session, atualizacoes, instante)
    except IntegrityError as erro:
        # Only a concurrent edit can break the planned identities; the boundary rolls everything back.
        raise Conflito(CONCORRENCIA) from erro
    por_chave = {(nome, documento, tribunal): pid for pid, nome, documento, tribunal in inseridas}
    for decisao in novas:
        v = decisao.valores
        pessoa_id = por_chave.get(plano.chave(v["nome_normalizado"], v["cpf_cnpj"], v["tribunal_filtro"]))
        if pessoa_id is None:
            # Registered by someone else between the plan and the INSERT: it exists once, as it should.
            decisao.acao, decisao.baseline = "ignorar", False
            decisao.motivo = "cadastrada por outra operação durante a importação"
        decisao.pessoa_id = pessoa_id


def _n(quantidade: int, singular: str, plural: str) -> str:
    return f"{milhar(quantidade)} {singular if quantidade == 1 else plural}"


def _mensagem(resumo: ResumoImportacao, dry_run: bool) -> str:
    if dry_run:
        inicio, criadas, atualizadas, sem_gravar = "Simulação, nada foi gravado", "a criar", "a atualizar", ""
    else:
        inicio, criadas, atualizadas, sem_gravar = (
            "Importação gravada",
            "criada",
            "atualizada",
            " (não gravadas)",
        )
    plural = "s" if not dry_run else ""
    partes = [
        _n(resumo.criar, f"pessoa {criadas}", f"pessoas {criadas}{plural}"),
        _n(resumo.atualizar, atualizadas, f"{atualizadas}{plural}"),
        _n(resumo.ignorar, "linha ignorada", "linhas ignoradas"),
        _n(resumo.erro, "linha com erro", "linhas com erro") + sem_gravar,
    ]
    return f"{inicio}: {', '.join(partes)}."


def _relatorio(lida: PlanilhaLida, decisoes: list[Decisao], dry_run: bool) -> RelatorioImportacao:
    resumo = ResumoImportacao()
    for decisao in decisoes:
        setattr(resumo, decisao.acao, getattr(resumo, decisao.acao) + 1)
    return RelatorioImportacao(
        dry_run=dry_run,
        aba=eco(lida.aba, 100),
        linha_cabecalho=lida.linha_cabecalho,
        colunas={campo: eco(texto, 100) for campo, texto in lida.mapeamento.cabecalhos.items()},
        colunas_ignoradas=[eco(texto, 100) for texto in lida.mapeamento.ignoradas[:100]],
        total_linhas=len(lida.linhas),
        resumo=resumo,
        verificacoes_iniciais=sum(d.baseline for d in decisoes),
        mensagem=_mensagem(resumo, dry_run),
        linhas=[
            LinhaRelatorio(
                linha=d.linha,
                nome=d.nome,
                acao=d.acao,
                # Messages may quote a cell (an unknown court, a bad date): bounded and printable.
                motivo=eco(d.motivo, 2000) if d.motivo else None,
                pessoa_id=d.pessoa_id,
            )
            for d in decisoes
        ],
    )


def _enviar_baselines(relatorio: RelatorioImportacao, ids: list[int], progresso: Progresso | None) -> None:
    """Runs after the commit. Never raises: the rows are written whatever happens to the messages."""
    for posicao, pessoa_id in enumerate(ids):
        try:
            fila.enviar(first_check_task, pessoa_id)
        except Exception:
            faltam = len(ids) - posicao
            log.warning("importação: %s verificações iniciais não enfileiradas", faltam, exc_info=True)
            relatorio.aviso = _aviso_fila(faltam, len(ids))
            return
        relatorio.verificacoes_enfileiradas = posicao + 1
        if progresso and (posicao + 1) % PASSO_PROGRESSO == 0:
            progresso("enfileirando", posicao + 1, len(ids))
    if progresso:
        progresso("enfileirando", len(ids), len(ids))


def _aviso_fila(faltam: int, total: int) -> str:
    settings = get_settings()
    minutos = settings.reivindicacao_expira_minutos + math.ceil(settings.monitor_interval_minutes)
    return (
        f"A fila de tarefas (Redis) ficou indisponível depois da gravação: {milhar(faltam)} de "
        f"{milhar(total)} verificações iniciais não foram enfileiradas agora. As pessoas estão gravadas "
        "e reservadas para a verificação inicial; o reconciliador as reenfileira sozinho em até cerca de "
        f"{minutos} minutos, sem precisar importar de novo."
    )
