"""DJEN `texto` (plain or HTML) to clean plain text."""

from __future__ import annotations

import time

import pytest

from dje_monitor.djen.texto import parece_html, texto_limpo


@pytest.mark.parametrize(
    ("entrada", "esperado"),
    [
        ("", ""),
        ("   ", ""),
        ("texto simples", "texto simples"),
        ("linha 1\r\nlinha 2", "linha 1\nlinha 2"),
        ("linha 1\n\rlinha 2\n\rlinha 3", "linha 1\nlinha 2\nlinha 3"),
        ("linha 1\rlinha 2", "linha 1\nlinha 2"),
        ("a\n\n\n\n\nb", "a\n\nb"),
        ("a  \t  b", "a b"),
        ("  margem  \n  esquerda  ", "margem\nesquerda"),
        ("valor < 10 e > 5", "valor < 10 e > 5"),
        ("R&D &amp; cia", "R&D & cia"),
        ("a<br>b<br/>c<br />d<BR>e", "a\nb\nc\nd\ne"),
        ("a<br><br>b", "a\n\nb"),
        ("<p>um</p><p>dois</p>", "um\ndois"),
        ("<P ALIGN='center'>título</P>corpo", "título\ncorpo"),
        ("<div>a</div>\n\n<div>b</div>", "a\nb"),
        ("<ul><li>um</li><li>dois</li></ul>", "um\ndois"),
        (
            "<table><tr><td>AUTOR</td><td>FULANO</td></tr><tr><td>RÉU</td><td>BELTRANO</td></tr></table>",
            "AUTOR | FULANO\nRÉU | BELTRANO",
        ),
        ("<table><tr><td></td><td>A</td><td> </td><td>B</td><td></td></tr></table>", "A | B"),
        ("<table><tr><th>Nome</th><th>Polo</th></tr></table>", "Nome | Polo"),
        ("<td>a|b</td><td>c</td>", "a|b | c"),
        ("<b>negrito</b> e <i>itálico</i>", "negrito e itálico"),
        ("<p>SENTEN&Ccedil;A&nbsp;&nbsp;X</p>", "SENTENÇA X"),
        ("<p>&lt;b&gt; literal</p>", "<b> literal"),
        ("<p>&#231;&#xE3;o</p>", "ção"),
        ("<script>alert('x')</script><p>visível</p>", "visível"),
        ("<style>p { color: red }</style><p>visível</p>", "visível"),
        ("<p>antes</p><!-- comentário <b>x</b> --><p>depois</p>", "antes\ndepois"),
        ("<!DOCTYPE html><html><head><title>t</title></head><body><p>corpo</p></body></html>", "corpo"),
        ("<p>quebra\nde fonte</p>", "quebra de fonte"),
        ("<b>a</b>\r\n<b>b</b>", "a b"),
        ("zero\u200bwidth e soft\xadhyphen", "zerowidth e softhyphen"),
        ("nbsp\xa0e\u2003em", "nbsp e em"),
        ("<p>sem fechar", "sem fechar"),
        ("controle\x00\x01\x02 removido", "controle removido"),
    ],
)
def test_texto_limpo(entrada: str, esperado: str) -> None:
    assert texto_limpo(entrada) == esperado


@pytest.mark.parametrize(
    ("entrada", "html"),
    [("a < b e c > d", False), ("a<br>b", True), ("<p>x</p>", True), ("1<2", False), ("<!-- c -->", True)],
)
def test_parece_html(entrada: str, html: bool) -> None:
    assert parece_html(entrada) is html


def test_texto_limpo_e_idempotente() -> None:
    entrada = "<p>A</p><table><tr><td>x</td><td>y</td></tr></table>  fim&amp;"
    assert texto_limpo(texto_limpo(entrada)) == texto_limpo(entrada)


def _melhor_de(vezes: int, texto: str) -> tuple[float, str]:
    melhor, saida = float("inf"), ""
    for _ in range(vezes):
        inicio = time.perf_counter()
        saida = texto_limpo(texto)
        melhor = min(melhor, time.perf_counter() - inicio)
    return melhor, saida


def test_edital_html_de_10_mb_em_bem_menos_de_um_segundo() -> None:
    cabecalho = (
        '<b>EDITAL Nº 1</b></br><table border="0"><tr><td>AUTOR</td><td>: FULANO DE TAL</td></tr>'
        "<tr><td>ADVOGADO(A)</td><td>: BELTRANO (OAB SE012440)</td></tr></table>"
    )
    paragrafo = (
        "Vistos etc. Trata-se de ação de cobrança movida por FULANO DE TAL em face de BANCO S/A, em que "
        "se pede a condenação do réu ao pagamento de R$ 10.000,00 (dez mil reais), com correção. "
    ) * 6
    bloco = cabecalho + "<br><br>" + ("<p>" + paragrafo + "</p><br>\n") * 5
    texto = bloco * (10_000_000 // len(bloco) + 1)
    assert len(texto) >= 10_000_000
    segundos, saida = _melhor_de(2, texto)
    print(f"\ntexto_limpo: 10 MB de HTML em {segundos:.3f} s")
    assert segundos < 1.0
    assert saida.startswith("EDITAL Nº 1\nAUTOR | : FULANO DE TAL\n")


def test_texto_plano_de_10_mb_em_bem_menos_de_um_segundo() -> None:
    texto = "Intimação de FULANO & CIA: prazo de 15 dias.\r\n\r\n\r\n" * (10_000_000 // 48 + 1)
    segundos, saida = _melhor_de(2, texto)
    print(f"\ntexto_limpo: 10 MB de texto plano em {segundos:.3f} s")
    assert segundos < 1.0
    assert saida.count("\n\n") == saida.count("Intimação") - 1
