"""`dje-monitor importar`: the import at a terminal, with a plain-text progress bar on stderr.

stdout carries the report (one line per row, then the summary) so it can be redirected to a file;
the bar goes to stderr. Exit status: 0 all rows fine, 1 some rows had errors (the others were
written), 2 the file was refused (nothing read, nothing written).
"""

from __future__ import annotations

import sys
from typing import TextIO

from dje_monitor.acesso.ator import do_terminal
from dje_monitor.config import get_settings
from dje_monitor.errors import AppError
from dje_monitor.importacao import service
from dje_monitor.importacao.planilha import milhar
from dje_monitor.importacao.schemas import RelatorioImportacao
from dje_monitor.sessao_http import transacao

_ETAPAS = {"lendo": "Lendo a planilha", "enfileirando": "Enfileirando verificações iniciais"}
LARGURA = 30


class BarraProgresso:
    """Redraws one line on a terminal; on a pipe or a log, writes one line per update instead."""

    def __init__(self, saida: TextIO) -> None:
        self.saida = saida
        self.terminal = saida.isatty()
        self.aberta = False

    def __call__(self, etapa: str, feitas: int, total: int | None) -> None:
        rotulo = _ETAPAS.get(etapa, etapa)
        if total:
            cheias = min(LARGURA, LARGURA * feitas // total)
            texto = (
                f"{rotulo}: [{'#' * cheias}{'.' * (LARGURA - cheias)}] "
                f"{milhar(feitas)}/{milhar(total)} ({100 * feitas // total}%)"
            )
        else:
            texto = f"{rotulo}: {milhar(feitas)} linhas"
        if self.terminal:
            self.saida.write(f"\r{texto}\033[K")
            self.aberta = True
        else:
            self.saida.write(texto + "\n")
        self.saida.flush()

    def terminar(self) -> None:
        if self.aberta:
            self.saida.write("\n")
            self.saida.flush()
            self.aberta = False


def _ler(caminho: str, limite: int) -> bytes:
    try:
        with open(caminho, "rb") as arquivo:
            # One byte past the limit is enough to refuse it without reading a huge file.
            return arquivo.read(limite + 1)
    except FileNotFoundError:
        raise AppError(f"Arquivo não encontrado: {caminho}", 404) from None
    except IsADirectoryError:
        raise AppError(f"É uma pasta, não um arquivo: {caminho}", 422) from None
    except OSError as erro:
        raise AppError(f"Não foi possível ler {caminho}: {erro.strerror or erro}", 422) from None


def imprimir(relatorio: RelatorioImportacao, saida: TextIO) -> None:
    colunas = ", ".join(f"{campo} ← “{texto}”" for campo, texto in relatorio.colunas.items())
    print(f"Aba “{relatorio.aba}”, cabeçalho na linha {relatorio.linha_cabecalho}: {colunas}", file=saida)
    if relatorio.colunas_ignoradas:
        print(f"Colunas ignoradas: {', '.join(relatorio.colunas_ignoradas)}", file=saida)
    print(f"{'linha':>7}  {'ação':<9}  {'pessoa':>7}  nome — motivo", file=saida)
    for linha in relatorio.linhas:
        pessoa = f"#{linha.pessoa_id}" if linha.pessoa_id else "-"
        motivo = f" — {linha.motivo}" if linha.motivo else ""
        nome = linha.nome or "(sem nome)"
        print(f"{linha.linha:>7}  {linha.acao:<9}  {pessoa:>7}  {nome}{motivo}", file=saida)
    print(relatorio.mensagem, file=saida)
    if not relatorio.dry_run and relatorio.verificacoes_iniciais:
        print(
            f"Verificações iniciais (baseline) enfileiradas: {milhar(relatorio.verificacoes_enfileiradas)} "
            f"de {milhar(relatorio.verificacoes_iniciais)}.",
            file=saida,
        )
    if relatorio.aviso:
        print(f"AVISO: {relatorio.aviso}", file=saida)


def executar(caminho: str, *, dry_run: bool, saida: TextIO | None = None, erros: TextIO | None = None) -> int:
    """Reads, imports (or simulates) in one transaction, prints the report; returns the exit status."""
    saida, erros = saida or sys.stdout, erros or sys.stderr
    barra = BarraProgresso(erros)
    try:
        conteudo = _ler(caminho, get_settings().importacao_max_bytes)
        with transacao(do_terminal()) as session:
            relatorio = service.importar(session, conteudo, dry_run=dry_run, progresso=barra)
    except AppError as erro:
        barra.terminar()
        print(f"Erro: {erro.mensagem}", file=erros)
        return 2
    barra.terminar()
    imprimir(relatorio, saida)
    return 1 if relatorio.resumo.erro else 0
