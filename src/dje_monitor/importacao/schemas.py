"""The import's report: one line per spreadsheet row, the same for the dry run and the real run."""

from __future__ import annotations

from pydantic import BaseModel, Field

from dje_monitor.importacao.plano import Acao


class LinhaRelatorio(BaseModel):
    linha: int = Field(description="Número da linha na planilha, como o Excel mostra")
    nome: str | None = Field(description="Nome da parte como será gravado (ou como veio, se inválido)")
    acao: Acao = Field(description="criar, atualizar, ignorar ou erro (linha não gravada)")
    motivo: str | None = None
    pessoa_id: int | None = Field(None, description="Pessoa criada, atualizada ou já existente")


class ResumoImportacao(BaseModel):
    criar: int = 0
    atualizar: int = 0
    ignorar: int = 0
    erro: int = 0


class RelatorioImportacao(BaseModel):
    dry_run: bool = Field(description="true: simulação, nada foi gravado")
    aba: str = Field(description="Aba da planilha lida")
    linha_cabecalho: int
    colunas: dict[str, str] = Field(description="Campo -> cabeçalho reconhecido na planilha")
    colunas_ignoradas: list[str]
    total_linhas: int = Field(description="Linhas de dados lidas (linhas em branco não contam)")
    resumo: ResumoImportacao
    verificacoes_iniciais: int = Field(
        description="Verificações iniciais (baseline) que a importação exige: pessoas criadas e renomeadas"
    )
    verificacoes_enfileiradas: int = Field(0, description="Quantas delas já foram enfileiradas")
    mensagem: str
    aviso: str | None = Field(None, description="Algo a saber mesmo com a importação gravada")
    linhas: list[LinhaRelatorio]
