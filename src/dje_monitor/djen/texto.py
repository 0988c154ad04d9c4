"""DJEN `texto` (plain text or HTML) to clean plain text, for display and search. Pure, no I/O.

Not `html.parser`: it was measured at ~4 s for a 10 MB DJEN-like HTML edital (~10 µs per tag in
pure Python). Whole-text regex passes with constant replacements run in C and stay well under a
second; DJEN markup is simple (no `>` inside attribute values), so a tag regex is enough.
Entities are decoded with the stdlib `html.unescape` after the tags are gone, so `&lt;b&gt;` stays text.
"""

from __future__ import annotations

import html
import re

SEPARADOR_CELULAS = " | "

_BLOCOS = (
    "p|div|tr|li|ul|ol|table|thead|tbody|tfoot|caption|h[1-6]|blockquote|pre|center|hr|dt|dd|dl"
    "|section|article|header|footer|address|title"
)
# Only real markup switches to HTML mode: plain texts use "<" in prose ("valor < 10") and keep their
# own line breaks, while in HTML raw line breaks are just source formatting.
_PARECE_HTML = re.compile(
    r"</?(?:br|b|i|u|strong|em|span|font|td|th|html|body|head|script|style|a|img|sup|sub|"
    + _BLOCOS
    + r")\b[^<>]*>|<!--",
    re.IGNORECASE,
)
_TEM_IGNORADOS = re.compile(r"<(?:script|style|head|noscript|template)\b", re.IGNORECASE)
_IGNORADOS = re.compile(
    r"<(script|style|head|noscript|template)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.IGNORECASE | re.DOTALL
)
_COMENTARIOS = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
# Every pass below starts with a literal or a positive character set on purpose: sre then scans in C
# instead of trying the pattern at each position (a negated class like [^\S\n] was 10x slower).
_CELULA = "\x02"
# Block tags make a "soft" break: "</tr><tr>" or "</p><p>" is one line break, not a blank line.
_SUAVE = "\x01"
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>|<![^<>]*>|<\?[^<>]*>")
_NOMES_BLOCOS = frozenset(re.sub(r"h\[1-6\]", "h1|h2|h3|h4|h5|h6", _BLOCOS).split("|"))
_SUAVES_SEGUIDAS = re.compile(r"\x01[\x01 \n]*")
_DURA_ANTES_DA_SUAVE = re.compile(r"\n[ \n]*\x01")
_CELULAS_VAZIAS = re.compile(r"\x02(?: \x02)+")

_INVISIVEIS = frozenset("\u200b\u200c\u200d\u2060\ufeff\xad")
# Rare whitespace becomes a space; invisible characters (zero-width, soft hyphen) vanish.
_ESPACOS_RAROS = re.compile(
    "[\t\f\v\xa0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\xad\x1c-\x1f\x85]"
)
_ESPACOS_SEGUIDOS = re.compile("  +")
_LINHAS_EM_BRANCO = re.compile("\n\n\n+")
_CONTROLES_INTERNOS = ("\x00", _SUAVE, _CELULA)


def parece_html(texto: str) -> bool:
    return "<" in texto and _PARECE_HTML.search(texto) is not None


def _trocar_tag(casamento: re.Match[str]) -> str:
    # One pass with a tiny callback costs per tag, not per character: cheaper than one
    # case-insensitive pass per tag family on long texts.
    nome = casamento.group(2)
    if nome is None:
        return ""
    nome = nome.lower()
    if nome == "br":
        return "\n"
    if nome in _NOMES_BLOCOS:
        return _SUAVE
    if nome in ("td", "th") and not casamento.group(1):
        return " " + _CELULA + " "
    return ""


def _sem_tags(texto: str) -> str:
    if _TEM_IGNORADOS.search(texto):
        texto = _IGNORADOS.sub(" ", texto)
    if "<!--" in texto:
        texto = _COMENTARIOS.sub(" ", texto)
    # In HTML, raw line breaks and tabs are source formatting, like in a browser.
    texto = texto.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    texto = _TAG.sub(_trocar_tag, texto)
    texto = _SUAVES_SEGUIDAS.sub(_SUAVE, texto)
    texto = _DURA_ANTES_DA_SUAVE.sub(_SUAVE, texto)
    return texto.replace(_SUAVE, "\n")


def _trocar_espaco_raro(casamento: re.Match[str]) -> str:
    return "" if casamento.group() in _INVISIVEIS else " "


def _arrumar(texto: str) -> str:
    texto = _ESPACOS_RAROS.sub(_trocar_espaco_raro, texto)
    texto = _ESPACOS_SEGUIDOS.sub(" ", texto)
    texto = texto.replace(" \n", "\n").replace("\n ", "\n")
    texto = _LINHAS_EM_BRANCO.sub("\n\n", texto)
    return texto.strip()


def _arrumar_celulas(texto: str) -> str:
    """Empty cells and cells at a line's edge leave no dangling separators."""
    texto = _CELULAS_VAZIAS.sub(_CELULA, "\n" + texto + "\n")
    texto = texto.replace("\n" + _CELULA + " ", "\n").replace(" " + _CELULA + "\n", "\n")
    return texto.replace(_CELULA, SEPARADOR_CELULAS.strip()).strip()


def texto_limpo(html_ou_texto: str) -> str:
    """Plain text: one line per HTML line/paragraph/row/item, cells joined by " | ", spaces collapsed."""
    if not html_ou_texto:
        return ""
    texto = html_ou_texto
    for controle in _CONTROLES_INTERNOS:
        if controle in texto:
            texto = texto.replace(controle, "")
    html_ = parece_html(texto)
    if html_:
        texto = _sem_tags(texto)
    else:
        texto = texto.replace("\r\n", "\n").replace("\n\r", "\n").replace("\r", "\n")
    if "&" in texto:
        texto = html.unescape(texto)
    texto = _arrumar(texto)
    return _arrumar_celulas(texto) if html_ else texto
