"""The pattern language and text matching (pure, table-driven)."""

from __future__ import annotations

import random
import time

import pytest

from dje_monitor.oportunidades.padroes import (
    ExpressaoInvalida,
    PadraoCompilado,
    compilar,
    normalizar_texto,
    ocorrencias,
    validar,
    versao,
)


@pytest.mark.parametrize(
    ("expressao", "trecho_da_mensagem"),
    [
        ("", "vazia"),
        ("   ", "vazia"),
        ("*", "sozinho"),
        ("**", "sozinho"),
        ("* *", "sozinho"),
        (".*", "sozinho"),
        ("precatório *", "sozinho"),
        ("(a+)+$", 'caractere não permitido "("'),
        ("(x|x)*y", 'caractere não permitido "("'),
        ("a{1,1000}", 'caractere não permitido "{"'),
        ("[a-z]+", 'caractere não permitido "["'),
        ("precat\\w+", 'caractere não permitido "\\"'),
        ("^precatório$", 'caractere não permitido "^"'),
        ("alvará?", 'caractere não permitido "?"'),
        ("a*", "pelo menos 3 letras"),
        ("al* de levantamento", "pelo menos 3 letras"),
        ("pre*cat", "fim de uma palavra"),
        ("*precatório", "fim de uma palavra"),
        ("precatório**", "fim de uma palavra"),
        ("rpv | | precatório", "alternativa vazia"),
        ("rpv |", "alternativa vazia"),
        ("a", "genérica demais"),
        ("de | rpv", "genérica demais"),
        ("x" * 201, "no máximo 200"),
        (" | ".join(f"palavra{i}" for i in range(11)), "no máximo 10 alternativas"),
        (" ".join(["palavra"] * 11), "no máximo 10 palavras"),
    ],
)
def test_expressoes_invalidas(expressao: str, trecho_da_mensagem: str) -> None:
    with pytest.raises(ExpressaoInvalida) as erro:
        compilar(expressao)
    assert trecho_da_mensagem in str(erro.value)


@pytest.mark.parametrize(
    ("expressao", "limpa"),
    [
        ("precatório", "precatório"),
        ("  alvará   de\tlevantamento ", "alvará de levantamento"),
        ("rpv* | requisição de pequeno valor", "rpv* | requisição de pequeno valor"),
        ("expeça-se o precatório*", "expeça-se o precatório*"),
        ("art. 100, § 3º", None),  # "§" is not a word or separator
        ("RPV", "RPV"),
        ("de levantamento", "de levantamento"),  # one word of 3+ letters is enough
    ],
)
def test_validar(expressao: str, limpa: str | None) -> None:
    if limpa is None:
        with pytest.raises(ExpressaoInvalida):
            validar(expressao)
    else:
        assert validar(expressao) == limpa


def _casa(expressao: str, texto: str) -> bool:
    return compilar(expressao).procurar(normalizar_texto(texto)) is not None


@pytest.mark.parametrize(
    ("expressao", "texto", "casa"),
    [
        # accents and case, both ways
        ("precatório", "Expeça-se o PRECATÓRIO.", True),
        ("precatório", "expedição de precatorio", True),
        ("PRECATORIO", "o precatório", True),
        ("precatório", "o precato\u0301rio", True),  # decomposed accent (NFD)
        ("final", "decisão ﬁnal", True),  # ligature
        # word boundaries
        ("precatório", "pagamento precatoriamente", False),
        ("precatório", "expeça-se carta precatória", False),
        ("precatório", "os precatórios", False),
        ("precatório", "xprecatório", False),
        ("precatório", "precatório_", False),
        ("precatório", "(precatório)", True),
        ("precatório", "precatório", True),
        # suffix wildcard
        ("precatório*", "os precatórios", True),
        ("precatório*", "precatoriamente", False),
        ("precat*", "precatoriamente", True),
        ("precatório*", "o precatório", True),
        ("rpv", "expedição de RPV.", True),
        ("rpv", "RPVs expedidas", False),
        ("rpv*", "RPVs expedidas", True),
        # phrases: any run of spaces, punctuation or line breaks between the words
        ("alvará de levantamento", "ALVARÁ\n   DE  LEVANTAMENTO", True),
        ("alvará de levantamento", "alvará-de-levantamento", True),
        ("alvará de levantamento", "alvarás de levantamento", False),
        ("alvará* de levantamento", "alvarás de levantamento", True),
        ("alvará de levantamento", "alvará de levantamentos", False),
        ("alvará de levantamento", "alvará para levantamento", False),
        ("expeça-se o precatório*", "EXPECA SE O PRECATORIO", True),
        # alternatives
        ("rpv* | requisição de pequeno valor", "requisição de pequeno valor", True),
        ("rpv* | requisição de pequeno valor", "RPV", True),
        ("rpv* | requisição de pequeno valor", "requisições de pequeno valor", False),
        ("desbloque*", "Determino o DESBLOQUEIO dos valores", True),
        ("extin*", "julgo EXTINTA a execução", True),
    ],
)
def test_correspondencia(expressao: str, texto: str, casa: bool) -> None:
    assert _casa(expressao, texto) is casa


def test_ocorrencia_aponta_o_texto_original() -> None:
    padroes = [
        PadraoCompilado(1, compilar("alvará* de levantamento")),
        PadraoCompilado(2, compilar("suspen*")),
        PadraoCompilado(3, compilar("precatório")),
    ]
    # "…" and "ﬁ" normalize to 3 and 2 characters: positions must still point at the original text.
    texto = "Vistos… ﬁnal. Expeça-se ALVARÁ DE\nLEVANTAMENTO em favor do exequente; suspenso o prazo."
    achadas = {o.padrao_id: o for o in ocorrencias(texto, padroes)}
    assert set(achadas) == {1, 2}
    assert achadas[1].posicao == texto.index("ALVARÁ")
    assert "ALVARÁ DE LEVANTAMENTO" in achadas[1].trecho  # spaces collapsed for the list
    assert achadas[2].posicao == texto.index("suspenso")


def test_trecho_corta_textos_longos() -> None:
    texto = "x " * 500 + "expedição de precatório" + " y" * 500
    (achada,) = ocorrencias(texto, [PadraoCompilado(1, compilar("precatório"))])
    assert achada.trecho.startswith("…") and achada.trecho.endswith("…")
    assert "expedição de precatório" in achada.trecho and len(achada.trecho) < 250


@pytest.mark.timeout(30)
def test_textos_patologicos_sao_lineares() -> None:
    """No expression of the language can backtrack catastrophically, whatever the text."""
    expressoes = ["aaa* aaa* aaa* aaa* aaa* aaa* aaa* aaa* aaa* b", "aaa*", "aaaa aaaa aaaa b"]
    textos = ["a" * 200_000 + "!", "aaaa " * 50_000, ("a" * 50 + " ") * 5_000]
    inicio = time.perf_counter()
    for expressao in expressoes:
        padrao = [PadraoCompilado(1, compilar(expressao))]
        for texto in textos:
            ocorrencias(texto, padrao)
    assert time.perf_counter() - inicio < 10


def test_versao_muda_com_a_expressao_e_nao_com_a_ordem() -> None:
    base = versao([(1, "rpv"), (2, "precatório")])
    assert versao([(2, "precatório"), (1, "rpv")]) == base
    assert versao([(1, "rpv*"), (2, "precatório")]) != base
    assert versao([(1, "rpv")]) != base


def test_posicoes_originais_conferem_com_o_mapa_caractere_a_caractere() -> None:
    """Characters normalizing to 0, 2 or 3 characters (marks, ligatures, "…", Hangul) shift nothing."""
    from dje_monitor.oportunidades.padroes import _indices_originais

    alfabeto = [*"abc áéçÃ…ﬁ½\u0301\u0327 .-", "가", "𝐀", "🄐", "İ", "ẞ"]
    gerador = random.Random(7)
    for _ in range(500):
        texto = "".join(gerador.choice(alfabeto) for _ in range(gerador.randint(0, 60)))
        esperado = [i for i, c in enumerate(texto) for _ in normalizar_texto(c)]
        normalizado = normalizar_texto(texto)
        assert len(esperado) == len(normalizado)
        assert _indices_originais(texto, range(len(normalizado))) == esperado, texto
