"""Whatever arrives, the answer is a report or a clear 4xx in Portuguese, never a 500."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from io import BytesIO
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dje_monitor.config import get_settings
from dje_monitor.importacao import planilha
from tests.importacao.apoio import ole_criptografado, xlsx, xlsx_bruto
from tests.importacao.test_importar import acoes, contar, importar, pessoas


def _detalhe(resposta: Any, status: int) -> str:
    assert resposta.status_code == status, resposta.text
    return str(resposta.json()["detail"])


def test_arquivo_grande_demais_413(cliente: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(get_settings(), "importacao_max_bytes", 4096)
    conteudo = xlsx([[f"Pessoa Número {i}", f"comarca {i * 7919}"] for i in range(300)], ["Nome", "Comarca"])
    assert 4096 < len(conteudo) < 4096 + 64 * 1024  # passes the Content-Length check, not the file's
    assert "limite de 0.00390625 MB" in _detalhe(importar(cliente, conteudo), 413)
    # Far larger: refused from the Content-Length header, before the body is read.
    assert "limite" in _detalhe(importar(cliente, conteudo + bytes(200_000)), 413)
    assert contar() == 0


def test_linhas_demais_422(cliente: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(get_settings(), "importacao_max_linhas", 3)
    tres = xlsx([["Ana Maria"], ["Bruno Reis"], ["Caio Lopes"]], ["Nome"])
    assert importar(cliente, tres, dry_run=False).json()["resumo"]["criar"] == 3
    quatro = xlsx([["Ana Maria"], ["Bruno Reis"], ["Caio Lopes"], ["Davi Luz"]], ["Nome"])
    assert _detalhe(importar(cliente, quatro, dry_run=False), 422) == (
        "A planilha tem mais de 3 linhas de dados; divida-a em arquivos menores"
    )
    assert contar() == 3


def _zip(arquivos: dict[str, bytes]) -> bytes:
    saida = BytesIO()
    with zipfile.ZipFile(saida, "w") as pacote:
        for nome, conteudo in arquivos.items():
            pacote.writestr(nome, conteudo)
    return saida.getvalue()


VALIDA = xlsx([["Ana Maria"]], ["Nome"])


@pytest.mark.parametrize(
    ("conteudo", "mensagem"),
    [
        (b"", "O arquivo enviado está vazio"),
        (b"Nome;CPF\nAna;123\n", "O arquivo não é uma planilha .xlsx (se for CSV"),
        (b"<html><script>alert(1)</script></html>", "O arquivo não é uma planilha .xlsx"),
        (b"PK\x03\x04" + bytes(500), "Arquivo .xlsx corrompido"),
        (VALIDA[: len(VALIDA) // 2], "Arquivo .xlsx corrompido"),
        (_zip({"word/document.xml": b"<w/>"}), "O arquivo é um .zip, mas não uma planilha do Excel (.xlsx)"),
        (_zip({"xl/workbook.bin": b"\x00"}), "Formato .xlsb"),
        (_zip({"xl/workbook.xml": b"<not-xml"}), "Arquivo .xlsx corrompido"),
        (ole_criptografado(), "Planilha protegida por senha; remova a senha no Excel e envie de novo"),
        (bytes.fromhex("D0CF11E0A1B11AE1") + bytes(1024), "Formato .xls (Excel 97-2003) não é aceito"),
        (xlsx_bruto('<row r="1"><c r="A1" t="inlineStr"><is><t>Nome</t></is></c>'), "corrompido"),
        (xlsx_bruto('<row r="1"><c r="A1" t="n"><v>abc</v></c></row>'), "corrompido"),
    ],
)
def test_arquivo_recusado_422(cliente: TestClient, conteudo: bytes, mensagem: str) -> None:
    assert mensagem in _detalhe(importar(cliente, conteudo, dry_run=False), 422)
    assert contar() == 0


def test_zip_que_descompacta_demais(cliente: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(planilha, "MAX_DESCOMPACTADO", 1000)
    assert "descompactada é grande demais" in _detalhe(importar(cliente, VALIDA), 422)


@pytest.mark.parametrize(
    ("construir", "mensagem"),
    [
        (lambda: xlsx([], cabecalho=None), "A planilha está vazia"),
        (lambda: xlsx([[None, None], ["  ", None]], cabecalho=None), "A planilha está vazia"),
        (lambda: xlsx([], cabecalho=["Nome"]), "não tem linhas de dados abaixo do cabeçalho (linha 1)"),
        (
            lambda: xlsx([["Ana", "1"]], cabecalho=["Cliente X", "Valor da causa"]),
            "Coluna obrigatória não encontrada: nome da parte (aceitas: Parte Adversa, Parte Contrária, "
            "Nome da Parte, Nome da Parte Adversa, Nome do Devedor, Nome do Réu, …). "
            "Colunas encontradas: Cliente X, Valor da causa",
        ),
    ],
)
def test_planilha_sem_dados_ou_sem_coluna(
    cliente: TestClient, construir: Callable[[], bytes], mensagem: str
) -> None:
    assert mensagem in _detalhe(importar(cliente, construir()), 422)


def test_campo_arquivo_obrigatorio(cliente: TestClient) -> None:
    resposta = cliente.post("/api/v1/importar-planilha", data={"outro": "x"})
    assert resposta.status_code == 422
    assert resposta.json()["erros"] == [{"campo": "arquivo", "mensagem": "campo obrigatório"}]


def test_titulo_acima_do_cabecalho_e_outra_aba(cliente: TestClient) -> None:
    import openpyxl

    livro = openpyxl.Workbook(write_only=True)
    livro.create_sheet("Resumo").append(["Relatório do escritório"])
    folha = livro.create_sheet("Devedores")
    folha.append(["Carteira de cobrança — março"])
    folha.append([])
    folha.append(["Devedor", "CPF/CNPJ do Devedor"])
    folha.append(["Ana Maria", None])
    saida = BytesIO()
    livro.save(saida)
    corpo = importar(cliente, saida.getvalue()).json()
    assert (corpo["aba"], corpo["linha_cabecalho"]) == ("Devedores", 3)
    assert acoes(corpo) == [(4, "criar")]


def _celulas(*linhas: tuple[str, ...]) -> bytes:
    xml = "".join(
        f'<row r="{n}">'
        + "".join(f'<c r="{"AB"[i]}{n}" t="inlineStr"><is><t>{t}</t></is></c>' for i, t in enumerate(celulas))
        + "</row>"
        for n, celulas in enumerate(linhas, start=1)
    )
    return xlsx_bruto(xml)


def test_textos_hostis_recusados_ou_gravados_como_texto(cliente: TestClient) -> None:
    conteudo = _celulas(
        ("Nome", "Comarca"),
        ("x" * (10 * 1024 * 1024),),
        ("Maria&#10;&#9;Silva", "Santos&#13;&#10;SP"),
        ("&lt;img src=x onerror=alert(1)&gt;", "'; DROP TABLE pessoas_monitoradas; --"),
        ("Robert&quot;); SELECT pg_sleep(10);--",),
    )
    assert len(conteudo) < 100_000  # 10 MB of text, compressed
    resposta = importar(cliente, conteudo, dry_run=False)
    assert resposta.status_code == 200, resposta.text[:500]
    corpo = resposta.json()
    assert acoes(corpo) == [(2, "erro"), (3, "criar"), (4, "criar"), (5, "criar")]
    assert corpo["linhas"][0]["motivo"] == "nome da parte: célula com mais de 32767 caracteres"
    assert corpo["linhas"][0]["nome"] == "x" * 300 + "…"
    assert [(p.nome, p.comarca) for p in pessoas()] == [
        ("Maria Silva", "Santos SP"),
        ("<img src=x onerror=alert(1)>", "'; DROP TABLE pessoas_monitoradas; --"),
        ('Robert"); SELECT pg_sleep(10);--', None),
    ]


@pytest.mark.parametrize("texto", ["Maria&#x1;Silva", "Maria&#xD800;Silva", "Maria\x01Silva"])
def test_caracteres_que_o_xml_proibe_sao_arquivo_corrompido(cliente: TestClient, texto: str) -> None:
    conteudo = _celulas(("Nome",), (texto,))
    assert "corrompido" in _detalhe(importar(cliente, conteudo), 422)


def test_linhas_em_branco_no_fim_encerram_a_leitura(
    cliente: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(planilha, "VAZIAS_FIM", 3)
    conteudo = xlsx(
        [["Ana Maria"], [None], ["Bruno Reis"], [None], [None], [None], ["Depois do fim"]], ["Nome"]
    )
    assert acoes(importar(cliente, conteudo).json()) == [(2, "criar"), (4, "criar")]


def test_sql_em_lote_nao_cresce_com_as_linhas(cliente: TestClient, contar_sql: Callable[..., Any]) -> None:
    def comandos(inicio: int, quantidade: int) -> int:
        conteudo = xlsx([[f"Pessoa {inicio + i:05d} Teste"] for i in range(quantidade)], ["Nome"])
        with contar_sql() as contagem:
            assert importar(cliente, conteudo, dry_run=False).json()["resumo"]["criar"] == quantidade
        return int(contagem[0])

    assert comandos(0, 20) == comandos(1000, 900)
