"""Pure validation of Brazilian identifiers: CPF, CNPJ (numeric and the 2026 alphanumeric) and CNJ numbers.

Each `normalizar_*` accepts the usual punctuation and returns the bare stored form, or raises
`IdentificadorInvalido` with a pt-BR message fit for a 422.
"""

from __future__ import annotations

import re

from dje_monitor.djen.processo import cnj_valido, mascarar_cnj

_PONTUACAO = re.compile(r"[\s./-]+")
_CNPJ = re.compile(r"[0-9A-Z]{12}[0-9]{2}")
_PESOS_CNPJ = (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)


class IdentificadorInvalido(ValueError):
    pass


def _digito_modulo_11(soma: int) -> str:
    resto = soma % 11
    return "0" if resto < 2 else str(11 - resto)


def _dv_cpf(base: str) -> str:
    pesos = range(len(base) + 1, 1, -1)
    return _digito_modulo_11(sum(int(c) * p for c, p in zip(base, pesos, strict=True)))


def _dv_cnpj(base: str) -> str:
    # 2026 rule: each character counts as ord(c) - 48, so digits keep their value and "A" is 17.
    pesos = _PESOS_CNPJ[-len(base) :]
    return _digito_modulo_11(sum((ord(c) - 48) * p for c, p in zip(base, pesos, strict=True)))


def cpf_valido(cpf: str) -> bool:
    """`cpf` bare (11 digits). Repeated digits pass the arithmetic but are not real CPFs."""
    if len(cpf) != 11 or not cpf.isascii() or not cpf.isdigit() or len(set(cpf)) == 1:
        return False
    return cpf[9] == _dv_cpf(cpf[:9]) and cpf[10] == _dv_cpf(cpf[:10])


def cnpj_valido(cnpj: str) -> bool:
    """`cnpj` bare (14 chars: 12 digits or upper-case letters, then 2 check digits)."""
    if not _CNPJ.fullmatch(cnpj) or len(set(cnpj)) == 1:
        return False
    return cnpj[12] == _dv_cnpj(cnpj[:12]) and cnpj[13] == _dv_cnpj(cnpj[:13])


def normalizar_cpf_cnpj(valor: str) -> str:
    limpo = _PONTUACAO.sub("", valor).upper()
    if not limpo.isascii() or not limpo.isalnum():
        raise IdentificadorInvalido("CPF/CNPJ contém caracteres inválidos")
    if len(limpo) == 11:
        if not limpo.isdigit():
            raise IdentificadorInvalido("CPF deve conter apenas dígitos")
        if not cpf_valido(limpo):
            raise IdentificadorInvalido("CPF inválido (dígitos verificadores não conferem)")
        return limpo
    if len(limpo) == 14:
        if not _CNPJ.fullmatch(limpo):
            raise IdentificadorInvalido(
                "CNPJ deve ter 12 letras ou dígitos seguidos de 2 dígitos verificadores"
            )
        if not cnpj_valido(limpo):
            raise IdentificadorInvalido("CNPJ inválido (dígitos verificadores não conferem)")
        return limpo
    raise IdentificadorInvalido("deve ser um CPF (11 dígitos) ou um CNPJ (14 caracteres)")


def normalizar_processo(valor: str) -> str:
    """A CNJ number, masked (NNNNNNN-DD.AAAA.J.TR.OOOO) or bare, as its 20 digits."""
    limpo = _PONTUACAO.sub("", valor)
    if len(limpo) != 20 or not limpo.isascii() or not limpo.isdigit():
        raise IdentificadorInvalido("número de processo deve ter 20 dígitos no padrão CNJ")
    if not cnj_valido(limpo):
        raise IdentificadorInvalido("número de processo inválido (dígitos verificadores não conferem)")
    return limpo


def mascarar_processo(numero: str | None) -> str | None:
    """NNNNNNN-DD.AAAA.J.TR.OOOO; anything that is not 20 digits is shown as it came."""
    if not numero or len(numero) != 20 or not numero.isdigit():
        return numero
    return mascarar_cnj(numero)
