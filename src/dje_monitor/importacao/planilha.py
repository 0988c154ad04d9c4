"""Reading an uploaded .xlsx: refuse what is not a sane spreadsheet, find the header, collect raw rows.

Nothing here trusts the file: the size is checked before opening it, the zip's declared uncompressed
size before parsing it (a small zip can inflate to gigabytes), formulas are read as their cached values
(openpyxl `data_only`, never evaluated) and any parser failure is a 422, never a 500.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from typing import Any

import openpyxl

from dje_monitor.errors import AppError
from dje_monitor.importacao.colunas import ROTULOS, Mapeamento, descrever_aceitos, mapear

log = logging.getLogger(__name__)

ASSINATURA_ZIP = b"PK\x03\x04"
ASSINATURA_OLE = bytes.fromhex("D0CF11E0A1B11AE1")
# Excel saves a password-protected workbook as an OLE container with these streams (MS-OFFCRYPTO).
_FLUXOS_CRIPTOGRAFIA = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
MAX_DESCOMPACTADO = 200 * 1024 * 1024
LINHAS_CABECALHO = 20  # titles above the header are common; the header is searched in the first rows
MAX_COLUNAS = 200
# Sheets formatted down to row 1 048 576 yield endless blank rows: this many in a row end the data.
VAZIAS_FIM = 1000
PASSO_PROGRESSO = 500

# (etapa, feitas, total or None when unknown)
Progresso = Callable[[str, int, int | None], None]

CORROMPIDA = "Arquivo .xlsx corrompido ou ilegível; abra-o no Excel e salve de novo como .xlsx"


@dataclass(frozen=True)
class LinhaBruta:
    linha: int  # as Excel numbers it
    valores: dict[str, Any]


@dataclass(frozen=True)
class PlanilhaLida:
    aba: str
    linha_cabecalho: int
    mapeamento: Mapeamento
    linhas: list[LinhaBruta]


def milhar(numero: int) -> str:
    return f"{numero:,}".replace(",", ".")


def verificar_arquivo(conteudo: bytes, max_bytes: int) -> None:
    """Size and container checks that need no parser: each refusal says what to do instead."""
    if not conteudo:
        raise AppError("O arquivo enviado está vazio", 422)
    if len(conteudo) > max_bytes:
        megas = max_bytes / (1024 * 1024)
        raise AppError(f"A planilha passa do limite de {megas:g} MB; divida-a em arquivos menores", 413)
    if conteudo.startswith(ASSINATURA_OLE):
        if any(fluxo in conteudo for fluxo in _FLUXOS_CRIPTOGRAFIA):
            raise AppError("Planilha protegida por senha; remova a senha no Excel e envie de novo", 422)
        raise AppError("Formato .xls (Excel 97-2003) não é aceito; salve a planilha como .xlsx", 422)
    if not conteudo.startswith(ASSINATURA_ZIP):
        raise AppError(
            "O arquivo não é uma planilha .xlsx (se for CSV, abra-o no Excel e salve como .xlsx)", 422
        )
    try:
        with zipfile.ZipFile(BytesIO(conteudo)) as pacote:
            nomes = set(pacote.namelist())
            descompactado = sum(info.file_size for info in pacote.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as erro:
        raise AppError(CORROMPIDA, 422) from erro
    if "xl/workbook.bin" in nomes:
        raise AppError("Formato .xlsb (pasta binária) não é aceito; salve a planilha como .xlsx", 422)
    if "xl/workbook.xml" not in nomes:
        raise AppError("O arquivo é um .zip, mas não uma planilha do Excel (.xlsx)", 422)
    if descompactado > MAX_DESCOMPACTADO:
        raise AppError("A planilha descompactada é grande demais; divida-a em arquivos menores", 422)


def ler(conteudo: bytes, max_bytes: int, max_linhas: int, progresso: Progresso | None = None) -> PlanilhaLida:
    verificar_arquivo(conteudo, max_bytes)
    try:
        livro = openpyxl.load_workbook(BytesIO(conteudo), read_only=True, data_only=True)
    except Exception as erro:  # any parser failure on hostile input is the file's fault, not ours
        log.info("planilha ilegível ao abrir", exc_info=True)
        raise AppError(CORROMPIDA, 422) from erro
    try:
        return _ler_livro(livro, max_linhas, progresso)
    except AppError:
        raise
    except Exception as erro:  # read-only sheets parse lazily: a broken sheet fails mid-iteration
        log.info("planilha ilegível ao ler as linhas", exc_info=True)
        raise AppError(CORROMPIDA, 422) from erro
    finally:
        livro.close()


def _vazia(valor: Any) -> bool:
    return valor is None or (isinstance(valor, str) and not valor.strip())


def _cabecalho(aba: Any) -> tuple[int, Mapeamento] | list[str] | None:
    """(row number, mapping) of the first row naming the party column; else the first non-empty row's
    texts (to tell the user what was found); None for an empty sheet."""
    primeira: list[str] | None = None
    linhas = aba.iter_rows(min_row=1, max_row=LINHAS_CABECALHO, max_col=MAX_COLUNAS, values_only=True)
    for numero, celulas in enumerate(linhas, start=1):
        if all(_vazia(c) for c in celulas):
            continue
        mapa = mapear(celulas)
        if not mapa.faltando:
            return numero, mapa
        if primeira is None:
            primeira = [" ".join(str(c)[:200].split())[:60] for c in celulas if not _vazia(c)]
    return primeira


def _ler_livro(livro: Any, max_linhas: int, progresso: Progresso | None) -> PlanilhaLida:
    encontradas: list[str] | None = None
    for aba in livro.worksheets:
        achado = _cabecalho(aba)
        if isinstance(achado, tuple):
            numero, mapa = achado
            linhas = _linhas(aba, numero, mapa, max_linhas, progresso)
            if not linhas:
                raise AppError(
                    f"A aba “{aba.title}” não tem linhas de dados abaixo do cabeçalho (linha {numero})", 422
                )
            return PlanilhaLida(aba.title, numero, mapa, linhas)
        if achado is not None and encontradas is None:
            encontradas = achado
    if encontradas is None:
        raise AppError("A planilha está vazia", 422)
    colunas = ", ".join(encontradas[:30]) or "nenhuma"
    raise AppError(
        f"Coluna obrigatória não encontrada: {ROTULOS['nome']} (aceitas: {descrever_aceitos('nome')}). "
        f"Colunas encontradas: {colunas}",
        422,
    )


def _linhas(
    aba: Any, cabecalho: int, mapa: Mapeamento, max_linhas: int, progresso: Progresso | None
) -> list[LinhaBruta]:
    indices = mapa.indices
    ultima = max(indices.values()) + 1
    dimensao = aba.max_row if isinstance(aba.max_row, int) and aba.max_row > cabecalho else None
    estimado = min(dimensao - cabecalho, max_linhas) if dimensao else None
    linhas: list[LinhaBruta] = []
    vazias = 0
    celulas_por_linha = aba.iter_rows(min_row=cabecalho + 1, max_col=ultima, values_only=True)
    for numero, celulas in enumerate(celulas_por_linha, start=cabecalho + 1):
        valores = {campo: celulas[i] if i < len(celulas) else None for campo, i in indices.items()}
        if all(_vazia(v) for v in valores.values()):
            vazias += 1
            if vazias >= VAZIAS_FIM:
                break
            continue
        vazias = 0
        linhas.append(LinhaBruta(numero, valores))
        if len(linhas) > max_linhas:
            raise AppError(
                f"A planilha tem mais de {milhar(max_linhas)} linhas de dados; divida-a em arquivos menores",
                422,
            )
        if progresso and len(linhas) % PASSO_PROGRESSO == 0:
            progresso("lendo", len(linhas), estimado)
    if progresso:
        progresso("lendo", len(linhas), len(linhas))
    return linhas
