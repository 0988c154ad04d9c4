"""Benchmark: importing a 10 000-row spreadsheet, dry run and real run, against the 30 s bound.

Generates the .xlsx with openpyxl (write_only) on the spot, then runs in one process, on a database and
Redis namespace of its own, the same path as `dje-monitor importar`: read, validate, plan, write in one
transaction, send one first_check_task per created party after the commit. A re-import of the file with
every row changed measures the bulk UPDATE path. Prints the runs side by side; exits 1 over the bound.
Usage: python bench/importacao.py [--linhas 10000]
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, timedelta
from io import BytesIO

from comum import limpar, preparar_ambiente

LIMITE_S = 30.0
LINHAS_DO_LIMITE = 10_000
UFS_TRIBUNAIS = (
    ("SP", "TJSP", "São Paulo"),
    ("RJ", "TJRJ", "Rio de Janeiro"),
    ("MG", "TJMG", "Belo Horizonte"),
)


def _cpf(semente: int) -> str:
    base = f"{semente:09d}"

    def dv(numeros: str) -> str:
        resto = sum(int(c) * p for c, p in zip(numeros, range(len(numeros) + 1, 1, -1), strict=True)) % 11
        return "0" if resto < 2 else str(11 - resto)

    base += dv(base)
    base += dv(base)
    return f"{base[:3]}.{base[3:6]}.{base[6:9]}-{base[9:]}"


def gerar_planilha(linhas: int, sufixo_comarca: str = "") -> bytes:
    """Rows as firms send them: role prefixes, masked CPFs and CNJ numbers, dates as text and as cells."""
    import openpyxl

    from dje_monitor.djen.processo import digitos_verificadores, mascarar_cnj

    livro = openpyxl.Workbook(write_only=True)
    folha = livro.create_sheet("Carteira")
    folha.append(["Parte Adversa", "CPF/CNPJ", "Nº do Processo", "Prazo", "Comarca", "UF", "Tribunal"])
    inicio = date.today()
    for i in range(linhas):
        uf, tribunal, comarca = UFS_TRIBUNAIS[i % len(UFS_TRIBUNAIS)]
        sem_dv = f"{i + 1:07d}00{2020 + i % 5}826{i % 10000:04d}"
        processo = mascarar_cnj(sem_dv[:7] + digitos_verificadores(sem_dv) + sem_dv[9:])
        prazo = inicio + timedelta(days=i % 700)
        folha.append(
            [
                f"{'RÉU: ' if i % 3 == 0 else ''}Pessoa Bench {i:05d} da Silva",
                _cpf(100_000_000 + i * 7),
                processo,
                prazo.strftime("%d/%m/%Y") if i % 2 else prazo,
                comarca + sufixo_comarca,
                uf,
                tribunal,
            ]
        )
    saida = BytesIO()
    livro.save(saida)
    return saida.getvalue()


def medir(conteudo: bytes, dry_run: bool) -> tuple[float, dict[str, int], int]:
    from dje_monitor.importacao import service
    from dje_monitor.sessao_http import transacao

    inicio = time.perf_counter()
    with transacao() as session:
        relatorio = service.importar(session, conteudo, dry_run=dry_run)
    segundos = time.perf_counter() - inicio
    return segundos, relatorio.resumo.model_dump(), relatorio.verificacoes_enfileiradas


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--linhas", type=int, default=LINHAS_DO_LIMITE)
    args = parser.parse_args()
    preparar_ambiente("benchimp")
    from dje_monitor.config import get_settings
    from dje_monitor.migracoes import garantir_banco, migrar

    settings = get_settings()
    url = settings.sqlalchemy_url
    garantir_banco(url)
    migrar(url)
    try:
        inicio = time.perf_counter()
        conteudo = gerar_planilha(args.linhas)
        alterada = gerar_planilha(args.linhas, sufixo_comarca=" (2ª vara)")
        geracao = time.perf_counter() - inicio
        print(
            f"planilha: {args.linhas} linhas, {len(conteudo) / 1024:.0f} KiB, gerada em {geracao:.1f} s",
            flush=True,
        )
        execucoes = [
            ("simulação (dry run)", *medir(conteudo, dry_run=True)),
            ("importação", *medir(conteudo, dry_run=False)),
            ("reimportação alterada", *medir(alterada, dry_run=False)),
        ]
    finally:
        limpar(url)
    # The bound is for 10 000 rows; another size is compared pro rata.
    limite = LIMITE_S * args.linhas / LINHAS_DO_LIMITE
    print()
    titulos = f"{'execução':<24}{'linhas':>8}{'segundos':>10}{'linhas/s':>10}{'limite s':>10}{'razão':>8}"
    print(f"{titulos}  resultado")
    for nome, segundos, resumo, enfileiradas in execucoes:
        contagens = ", ".join(f"{acao} {n}" for acao, n in resumo.items() if n)
        print(
            f"{nome:<24}{args.linhas:>8}{segundos:>10.2f}{args.linhas / segundos:>10.0f}{limite:>10.0f}"
            f"{segundos / limite:>8.3f}  {contagens}; baselines enfileiradas {enfileiradas}"
        )
    print(f"\nrazão = segundos medidos / limite ({LIMITE_S:.0f} s para {LINHAS_DO_LIMITE} linhas)", end="")
    print("; abaixo de 1 passa.")
    return 0 if all(segundos <= limite for _, segundos, _, _ in execucoes) else 1


if __name__ == "__main__":
    sys.exit(main())
