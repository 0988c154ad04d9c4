"""Party-name matching (invariant 11). Pure: no I/O, no database, no DJEN.

A monitored party matches a communication when the normalized form of its name (or of one of its
variants) is *equal* to the normalized name of a destinatário. Equality, not containment: DJEN's
nomeParte search already returns homonyms such as "JOSE DA SILVA SANTOS" for "JOSE DA SILVA",
and those must not raise alerts.

Normalization decisions:
- Unicode NFKD, combining marks dropped (Á->A, Ç->C), then upper case; a few letters NFKD does not
  decompose are spelled out (Ø->O, Æ->AE, Œ->OE, Đ->D, Ł->L, ß->SS).
- "&" becomes the word "E" ("SILVA & FILHOS" == "SILVA E FILHOS"): in Brazilian company names the
  two are written interchangeably, and dropping "&" would make them differ.
- Apostrophes and every other punctuation become a space: "D'ÁVILA" -> "D AVILA", the form DJEN
  itself prints ("FERNANDA D AQUINO"); "S/A" -> "S A"; "LTDA." -> "LTDA".
- Whitespace of any kind is collapsed to one space and trimmed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any, TypeVar

_LETRAS_ESPECIAIS = str.maketrans(
    {"Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Đ": "D", "đ": "d", "Ł": "L", "ł": "l"}
)
_NAO_ALFANUMERICO = re.compile(r"[^0-9A-Z]+")
# Characters courts use to blank out letters; no real name contains them.
_MASCARAS = re.compile(r"[*•●#_]")
# Placeholders courts print instead of a party's name in secret cases (already normalized).
_MARCADORES_SIGILO = ("SEGREDO DE JUSTICA", "SIGILOSO", "SIGILOSA", "SOB SIGILO", "EM SEGREDO", "NOME OCULTO")

D = TypeVar("D")


def normalizar_nome(nome: str) -> str:
    """'  José  d'Ávila & Cia. LTDA. ' -> 'JOSE D AVILA E CIA LTDA'."""
    if not nome:
        return ""
    decomposto = unicodedata.normalize("NFKD", nome.translate(_LETRAS_ESPECIAIS))
    sem_acentos = "".join(c for c in decomposto if not unicodedata.combining(c))
    maiusculo = sem_acentos.replace("&", " E ").upper()
    return _NAO_ALFANUMERICO.sub(" ", maiusculo).strip()


def nome_mascarado(nome: str) -> bool:
    """True for names hidden by secrecy: "J*** S***", "***", "SEGREDO DE JUSTIÇA", "J. S. S."."""
    if not nome or not nome.strip():
        return False
    if _MASCARAS.search(nome):
        return True
    normal = normalizar_nome(nome)
    if not normal:
        return True  # only punctuation, e.g. "...", "-"
    if any(f" {marcador} " in f" {normal} " for marcador in _MARCADORES_SIGILO):
        return True
    # Initials only ("J. S. S.", "J S"): no real party is named by single letters alone.
    return all(len(palavra) == 1 for palavra in normal.split())


def _formas(nome_monitorado: str, variantes: Iterable[str]) -> set[str]:
    formas = {normalizar_nome(n) for n in (nome_monitorado, *variantes)}
    formas.discard("")
    return formas


def corresponde(nome_monitorado: str, nome_destinatario: str, variantes: Iterable[str] = ()) -> bool:
    """Exact equality of normalized names, against the name or any variant; masked names never match."""
    if not nome_destinatario or nome_mascarado(nome_destinatario):
        return False
    destinatario = normalizar_nome(nome_destinatario)
    return bool(destinatario) and destinatario in _formas(nome_monitorado, variantes)


def _nome_de(destinatario: Any) -> str:
    if isinstance(destinatario, str):
        return destinatario
    if isinstance(destinatario, dict):
        return str(destinatario.get("nome") or "")
    return str(getattr(destinatario, "nome", "") or "")


def destinatarios_correspondentes(
    nome_monitorado: str, destinatarios: Iterable[D], variantes: Iterable[str] = ()
) -> list[D]:
    """The destinatários (strings, dicts or objects with `.nome`) that name the monitored party."""
    formas = _formas(nome_monitorado, variantes)
    if not formas:
        return []
    encontrados: list[D] = []
    for destinatario in destinatarios:
        nome = _nome_de(destinatario)
        if nome and not nome_mascarado(nome) and normalizar_nome(nome) in formas:
            encontrados.append(destinatario)
    return encontrados
