"""`dje-monitor importar ARQUIVO [--dry-run]`: the report on stdout, progress on stderr, exit status."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dje_monitor.cli import main, montar_parser
from dje_monitor.importacao.terminal import BarraProgresso
from tests.conftest import RAIZ
from tests.importacao.apoio import xlsx
from tests.importacao.test_importar import PLANILHA, contar, mensagens, pessoas


def test_parser_aceita_importar() -> None:
    args = montar_parser().parse_args(["importar", "carteira.xlsx", "--dry-run"])
    assert (args.arquivo, args.dry_run) == ("carteira.xlsx", True)
    assert montar_parser().parse_args(["importar", "carteira.xlsx"]).dry_run is False


def test_dry_run_pela_cli_mostra_o_relatorio_e_nao_grava(
    tmp_path: Path, banco: None, ambiente: dict[str, str]
) -> None:
    arquivo = tmp_path / "carteira.xlsx"
    arquivo.write_bytes(PLANILHA)
    resultado = subprocess.run(
        [sys.executable, "-m", "dje_monitor.cli", "importar", str(arquivo), "--dry-run"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=RAIZ,
        env={**os.environ, **ambiente},
    )
    # 1: some rows had errors (they would not be written; the others would).
    assert resultado.returncode == 1, resultado.stderr
    saida = resultado.stdout.splitlines()
    assert saida[0].startswith("Aba “Pessoas”, cabeçalho na linha 1: nome ← “Parte Adversa”")
    assert saida[2].split() == [
        "2",
        "criar",
        "-",
        "Maria",
        "da",
        "Silva",
        "—",
        "nova",
        "pessoa",
        "monitorada",
    ]
    assert any(linha.split()[:2] == ["6", "erro"] and "CPF inválido" in linha for linha in saida)
    assert any(linha.split()[:2] == ["7", "ignorar"] and "repete a linha 2" in linha for linha in saida)
    assert saida[-1] == (
        "Simulação, nada foi gravado: 3 pessoas a criar, 0 a atualizar, 1 linha ignorada, 1 linha com erro."
    )
    assert "Lendo a planilha: [" in resultado.stderr and "5/5 (100%)" in resultado.stderr
    assert contar() == 0


def test_importacao_pela_cli_grava_e_enfileira(
    tmp_path: Path, banco: None, filas: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    arquivo = tmp_path / "carteira.xlsx"
    arquivo.write_bytes(xlsx([["Ana Maria"], ["Bruno Reis"]], ["Nome"]))
    with pytest.raises(SystemExit) as saida:
        main(["importar", str(arquivo)])
    assert saida.value.code == 0
    texto = capsys.readouterr().out
    assert "Importação gravada: 2 pessoas criadas" in texto
    assert "Verificações iniciais (baseline) enfileiradas: 2 de 2." in texto
    assert mensagens(filas) == [("first_check_task", [p.id]) for p in pessoas()]


@pytest.mark.parametrize(
    ("conteudo", "mensagem"),
    [(None, "Erro: Arquivo não encontrado"), (b"a;b\n", "Erro: O arquivo não é uma planilha .xlsx")],
)
def test_arquivo_recusado_sai_com_2(
    tmp_path: Path, banco: None, capsys: pytest.CaptureFixture[str], conteudo: bytes | None, mensagem: str
) -> None:
    arquivo = tmp_path / "x.xlsx"
    if conteudo is not None:
        arquivo.write_bytes(conteudo)
    with pytest.raises(SystemExit) as saida:
        main(["importar", str(arquivo), "--dry-run"])
    assert saida.value.code == 2
    assert capsys.readouterr().err.startswith(mensagem)


def test_barra_de_progresso() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    tela = Terminal()
    barra = BarraProgresso(tela)
    barra("lendo", 500, 2000)
    barra("lendo", 2000, 2000)
    barra.terminar()
    assert tela.getvalue() == (
        "\rLendo a planilha: [#######.......................] 500/2.000 (25%)\033[K"
        "\rLendo a planilha: [##############################] 2.000/2.000 (100%)\033[K\n"
    )
    arquivo = io.StringIO()
    barra = BarraProgresso(arquivo)
    barra("lendo", 1500, None)
    barra.terminar()
    assert arquivo.getvalue() == "Lendo a planilha: 1.500 linhas\n"
