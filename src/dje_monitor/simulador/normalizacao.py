"""Normalização de nomes e textos para as buscas do simulador.

O simulador não importa o normalizador do produto de propósito: ele imita o servidor, e o servidor
real não compartilha código com o cliente. As regras são as mesmas do DESIGN (invariante 11).
"""

from __future__ import annotations

import re
import string
import unicodedata

_MANTER = set((string.digits + string.ascii_uppercase + string.whitespace).encode("ascii"))
_APAGAR = bytes(b for b in range(256) if b not in _MANTER)
_NAO_DIGITO = re.compile(r"\D")


def sem_acentos(texto: str) -> str:
    """Forma NFKD sem as marcas combinantes ("JOSÉ" -> "JOSE"); o resto do texto fica igual."""
    if texto.isascii():
        return texto
    decomposto = unicodedata.normalize("NFKD", texto)
    return "".join(c for c in decomposto if not unicodedata.combining(c))


def normalizar(texto: str) -> str:
    """NFKD, sem acentos, maiúsculas, sem pontuação, espaços colapsados.

    Tudo em operações de bytes em C: buscar `texto` normaliza editais de centenas de KB.
    Depois da decomposição, o que não é ASCII (marcas de acento, símbolos) simplesmente cai.
    Pontuação some (S/A -> SA, 13.032 -> 13032) em vez de virar espaço, como no cliente.
    """
    if not texto.isascii():
        texto = unicodedata.normalize("NFKD", texto)
    dados = texto.encode("ascii", "ignore").upper().translate(None, _APAGAR)
    return b" ".join(dados.split()).decode("ascii")


def palavras(texto: str) -> list[str]:
    return normalizar(texto).split()


def somente_digitos(texto: str) -> str:
    return _NAO_DIGITO.sub("", texto)


def chave_oab(numero_oab: str) -> str:
    """Número de OAB comparável: só dígitos, sem zeros à esquerda ("RS062492" -> "62492")."""
    return somente_digitos(numero_oab).lstrip("0")
