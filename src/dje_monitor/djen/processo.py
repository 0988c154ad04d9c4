"""CNJ process numbers (Resolução CNJ 65/2008): NNNNNNN-DD.AAAA.J.TR.OOOO. Pure helpers."""

from __future__ import annotations

import re

_NAO_DIGITOS = re.compile(r"[^0-9]")


def somente_digitos(texto: str | None) -> str:
    """ASCII digits only: "0709098-48.2018.8.07.0007" -> "07090984820188070007"."""
    return _NAO_DIGITOS.sub("", texto or "")


def digitos_verificadores(numero20: str) -> str:
    """The DD a 20-digit number should carry (ISO 7064 mod 97-10 over N, AAAA, J, TR, OOOO)."""
    digitos = somente_digitos(numero20)
    if len(digitos) != 20:
        raise ValueError(f"número de processo deve ter 20 dígitos: {numero20!r}")
    sem_dv = digitos[:7] + digitos[9:]
    return f"{98 - (int(sem_dv) * 100) % 97:02d}"


def cnj_valido(numero: str | None) -> bool:
    """True for a 20-digit number (masked or not) whose check digits are right."""
    digitos = somente_digitos(numero)
    if len(digitos) != 20:
        return False
    return digitos[7:9] == digitos_verificadores(digitos)


def mascarar_cnj(numero20: str) -> str:
    """ "07090984820188070007" -> "0709098-48.2018.8.07.0007"; ValueError if not 20 digits."""
    d = somente_digitos(numero20)
    if len(d) != 20:
        raise ValueError(f"número de processo deve ter 20 dígitos: {numero20!r}")
    return f"{d[:7]}-{d[7:9]}.{d[9:13]}.{d[13]}.{d[14:16]}.{d[16:]}"
