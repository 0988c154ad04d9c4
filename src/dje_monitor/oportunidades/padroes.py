"""Credit-opportunity patterns: the expression language, matching a text, the cancellation rule. Pure.

Expression language (the API validates every expression with `compilar`):
- alternatives separated by `|`: "rpv* | requisição de pequeno valor";
- an alternative is a word or a phrase; spaces and `- . , / ' ’ :` separate its words, and in the
  text any run of spaces, punctuation or line breaks between the words matches;
- a word may end with the suffix wildcard `*` ("precatório*" also matches "precatórios"), with at
  least 3 letters before it; `*` anywhere else, alone or as the whole expression is rejected;
- nothing else: no regex. `( ) [ ] + ? { } ^ $ \\ .*` are refused with a message, so a regex typed by
  mistake is never reinterpreted, and nothing can backtrack catastrophically: the compiled regex
  holds only literals, `\\w*` right after a literal and `\\W+` between words (disjoint classes), so a
  search is linear in the text.

Matching is accent- and case-insensitive, on word boundaries, over the publication's clean `texto`:
"precatório" matches "PRECATORIO," but not "precatoriamente" nor "precatória" (carta precatória).

Cancellation (`consolidar`): a negative pattern in a publication of the same party and the same process
whose availability date is strictly later than the opportunity's cancels it. Same-day and earlier
publications do not, nor does the opportunity's own text (boilerplate such as "sob pena de extinção"
would cancel nearly everything), nor a publication DJEN itself cancelled, nor anything without a
process number (there is nothing to tie the two publications together).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

POSITIVO = "POSITIVO"
NEGATIVO = "NEGATIVO"
TAMANHO_MAX = 200
MAX_ALTERNATIVAS = 10
MAX_PALAVRAS = 10
MIN_ANTES_DO_CURINGA = 3
MARGEM_TRECHO = 80
# Part of every version hash: a change in how texts are matched must re-evaluate stored results.
VERSAO_LINGUAGEM = "1"

_COMBINANTES = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_SEPARADORES = re.compile(r"[\s\-.,/'’:]+")
_PERMITIDO = re.compile(r"[\w\s\-.,/'’:*|]")
_PALAVRA = re.compile(r"\w+\*?")
_AJUDA = "use palavras, * no fim de uma palavra e | entre alternativas"


class ExpressaoInvalida(ValueError):
    """The expression breaks the language; the message is pt-BR and says why."""


def normalizar_texto(texto: str) -> str:
    """NFKD, combining marks dropped, lower case: 'Alvará DE Levantamento' -> 'alvara de levantamento'."""
    return _COMBINANTES.sub("", unicodedata.normalize("NFKD", texto)).lower()


@dataclass(frozen=True)
class Expressao:
    # One regex per alternative. Each starts with its first literal so sre scans for it in C; the left
    # word boundary is a lookbehind placed *after* that literal (a leading one disables the scan:
    # ~1 s per pattern on a 10 MB edital), and it rejects a start inside a word at once.
    alternativas: tuple[re.Pattern[str], ...]

    def procurar(self, normalizado: str) -> re.Match[str] | None:
        """The leftmost match of any alternative, on word boundaries."""
        achados = (a.search(normalizado) for a in self.alternativas)
        return min((m for m in achados if m is not None), key=lambda m: m.start(), default=None)


def _palavras(alternativa: str) -> list[str]:
    palavras = [p for p in _SEPARADORES.split(alternativa) if p]
    if not palavras:
        raise ExpressaoInvalida("há uma alternativa vazia entre os |")
    if len(palavras) > MAX_PALAVRAS:
        raise ExpressaoInvalida(f"cada alternativa deve ter no máximo {MAX_PALAVRAS} palavras")
    for palavra in palavras:
        if palavra.strip("*") == "":
            raise ExpressaoInvalida("o curinga * sozinho não é permitido; use-o no fim de uma palavra")
        if not _PALAVRA.fullmatch(palavra):
            raise ExpressaoInvalida(f'o curinga * só pode aparecer no fim de uma palavra ("{palavra}")')
        if palavra.endswith("*") and len(palavra) - 1 < MIN_ANTES_DO_CURINGA:
            raise ExpressaoInvalida(
                f'use pelo menos {MIN_ANTES_DO_CURINGA} letras antes do curinga * ("{palavra}")'
            )
    if all(len(p.rstrip("*")) < MIN_ANTES_DO_CURINGA for p in palavras):
        # "a" or "de" alone would mark nearly every publication.
        raise ExpressaoInvalida(
            f"genérica demais: cada alternativa precisa de uma palavra com {MIN_ANTES_DO_CURINGA} "
            "letras ou mais"
        )
    return palavras


def _palavra_rx(palavra: str) -> str:
    return re.escape(palavra[:-1]) + r"\w*+" if palavra.endswith("*") else re.escape(palavra)


def _regex(palavras: list[str]) -> str:
    """Possessive quantifiers (Python 3.11+) never give back; since `\\w` and `\\W` are disjoint the
    matches equal greedy ones, and a failed attempt costs at most the span it read, never a backtrack."""
    corpo = r"\W++".join(_palavra_rx(p) for p in palavras) + r"(?!\w)"
    literal = re.escape(palavras[0].rstrip("*"))
    # Left word boundary: no word character right before the first literal.
    return literal + rf"(?<!\w{literal})" + corpo[len(literal) :]


def compilar(expressao: str) -> Expressao:
    """Validates and compiles an expression; raises ExpressaoInvalida with a pt-BR message."""
    if not expressao or not expressao.strip():
        raise ExpressaoInvalida("a expressão não pode ser vazia")
    if len(expressao) > TAMANHO_MAX:
        raise ExpressaoInvalida(f"a expressão deve ter no máximo {TAMANHO_MAX} caracteres")
    normalizada = normalizar_texto(expressao)
    for caractere in normalizada:
        if not _PERMITIDO.fullmatch(caractere):
            raise ExpressaoInvalida(f'caractere não permitido "{caractere}": {_AJUDA}')
    alternativas = normalizada.split("|")
    if len(alternativas) > MAX_ALTERNATIVAS:
        raise ExpressaoInvalida(f"use no máximo {MAX_ALTERNATIVAS} alternativas")
    listas = [_palavras(a) for a in alternativas]
    return Expressao(tuple(re.compile(corpo) for corpo in dict.fromkeys(_regex(p) for p in listas)))


def validar(expressao: str) -> str:
    """For schemas: the expression trimmed and spaces collapsed, or ExpressaoInvalida (a ValueError)."""
    limpa = " ".join(expressao.split())
    compilar(limpa)
    return limpa


# --- matching a publication's text ---------------------------------------------------------------


@dataclass(frozen=True)
class PadraoCompilado:
    id: int
    expressao: Expressao


@dataclass(frozen=True)
class Ocorrencia:
    padrao_id: int
    posicao: int  # index of the first match in the original text
    trecho: str  # the match with some context, spaces collapsed, for the list


@cache
def _muda_tamanho() -> re.Pattern[str]:
    """Characters whose normalized form is not exactly one character: combining marks, ligatures, "…".

    Built once per process (~0.2 s over the BMP); anything beyond the BMP is treated as one of them.
    """
    faixas: list[list[int]] = []
    for codigo in range(0x80, 0x10000):
        if 0xD800 <= codigo <= 0xDFFF or len(normalizar_texto(chr(codigo))) == 1:
            continue
        if faixas and faixas[-1][1] == codigo - 1:
            faixas[-1][1] = codigo
        else:
            faixas.append([codigo, codigo])
    classe = "".join(f"{re.escape(chr(de))}-{re.escape(chr(ate))}" for de, ate in faixas)
    return re.compile(f"[{classe}\U00010000-\U0010ffff]")


def _indices_originais(texto: str, posicoes: Sequence[int]) -> list[int]:
    """For each normalized position (ascending), the index in `texto` of the character that produced it.

    Normalizing is per character (NFKD is a concatenation; marks are dropped one by one), and only the
    rare characters of `_muda_tamanho` shift positions: walking them with the running shift maps every
    position exactly, without an offset table (a 10 MB edital would need one entry per character).
    """
    indices: list[int] = []
    proxima = 0
    desvio = 0  # normalized index minus original index, before the current character
    for achado in _muda_tamanho().finditer(texto):
        original = achado.start()
        inicio = original + desvio
        tamanho = len(normalizar_texto(achado.group()))
        while proxima < len(posicoes) and posicoes[proxima] < inicio + tamanho:
            posicao = posicoes[proxima]
            indices.append(posicao - desvio if posicao < inicio else original)
            proxima += 1
        if proxima == len(posicoes):
            return indices
        desvio += tamanho - 1
    return indices + [posicao - desvio for posicao in posicoes[proxima:]]


def trecho(texto: str, inicio: int, fim: int, margem: int = MARGEM_TRECHO) -> str:
    de, ate = max(0, inicio - margem), min(len(texto), fim + margem)
    corte = " ".join(texto[de:ate].split())
    return ("…" if de > 0 else "") + corte + ("…" if ate < len(texto) else "")


def ocorrencias(texto: str, padroes: Sequence[PadraoCompilado]) -> list[Ocorrencia]:
    """The first occurrence of each pattern in the text (patterns that do not occur are absent)."""
    normalizado = normalizar_texto(texto)
    achados = [(p.id, m) for p in padroes if (m := p.expressao.procurar(normalizado)) is not None]
    if not achados:
        return []
    posicoes = sorted({n for _, m in achados for n in (m.start(), m.end() - 1)})
    originais = dict(zip(posicoes, _indices_originais(texto, posicoes), strict=True))
    encontradas: list[Ocorrencia] = []
    for padrao_id, achado in achados:
        inicio, fim = originais[achado.start()], originais[achado.end() - 1] + 1
        encontradas.append(Ocorrencia(padrao_id, inicio, trecho(texto, inicio, fim)))
    return encontradas


def versao(padroes: Iterable[tuple[int, str]]) -> str:
    """Fingerprint of the active (id, expression) pairs: a publication matched under another one is stale."""
    linhas = sorted(f"{padrao_id}\t{expressao}" for padrao_id, expressao in padroes)
    return hashlib.sha256("\n".join([VERSAO_LINGUAGEM, *linhas]).encode()).hexdigest()


def inicio_janela(hoje: date, dias: int) -> date:
    """First availability date inside a window of `dias` days ending today (today minus `dias`)."""
    return hoje - timedelta(days=dias)


# --- from occurrences to opportunities -------------------------------------------------------------


@dataclass(frozen=True)
class Evento:
    """A pattern occurring in a publication linked to a party."""

    pessoa_id: int
    publicacao_id: int
    numero_processo: str | None
    data: date  # the publication's availability date
    publicacao_ativa: bool
    padrao_id: int
    positivo: bool
    ordem: int


@dataclass(frozen=True)
class Calculada:
    """An opportunity as a sweep computes it: principal pattern, and what cancels it if anything."""

    pessoa_id: int
    publicacao_id: int
    padrao_id: int
    cancelada_por_publicacao_id: int | None = None
    cancelada_por_padrao_id: int | None = None


def consolidar(eventos: Iterable[Evento]) -> list[Calculada]:
    """One opportunity per (party, publication) with a positive pattern; see the module doc for cancelling.

    The principal pattern is the positive one with the lowest `ordem` (then id); the cancelling one is
    the earliest later negative (by date, publication id, ordem, pattern id), so the result is stable.
    """
    principais: dict[tuple[int, int], Evento] = {}
    negativos: dict[tuple[int, str], list[Evento]] = defaultdict(list)
    for evento in eventos:
        if evento.positivo:
            chave = (evento.pessoa_id, evento.publicacao_id)
            atual = principais.get(chave)
            if atual is None or (evento.ordem, evento.padrao_id) < (atual.ordem, atual.padrao_id):
                principais[chave] = evento
        elif evento.publicacao_ativa and evento.numero_processo is not None:
            negativos[(evento.pessoa_id, evento.numero_processo)].append(evento)
    for lista in negativos.values():
        lista.sort(key=lambda e: (e.data, e.publicacao_id, e.ordem, e.padrao_id))
    calculadas: list[Calculada] = []
    for (pessoa_id, publicacao_id), evento in sorted(principais.items()):
        negativo = None
        if evento.numero_processo is not None:
            posteriores = negativos.get((pessoa_id, evento.numero_processo), [])
            primeiro = bisect_right(posteriores, evento.data, key=lambda e: e.data)
            negativo = posteriores[primeiro] if primeiro < len(posteriores) else None
        calculadas.append(
            Calculada(
                pessoa_id,
                publicacao_id,
                evento.padrao_id,
                negativo.publicacao_id if negativo else None,
                negativo.padrao_id if negativo else None,
            )
        )
    return calculadas
