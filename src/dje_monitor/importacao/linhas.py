"""One spreadsheet row to the values of a party, or to its errors in Portuguese. Pure: no I/O.

Cells arrive as openpyxl gives them (text, numbers, dates, booleans). Every field reuses the rules of
the API (pessoas/schemas.py, documentos.py, tribunais.py), so an imported party is exactly what the
registration form would have accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from dje_monitor.documentos import IdentificadorInvalido, normalizar_cpf_cnpj, normalizar_processo
from dje_monitor.importacao.colunas import ROTULOS
from dje_monitor.importacao.planilha import LinhaBruta
from dje_monitor.pessoas.schemas import canonizar_tribunal, canonizar_uf, limpar_comarca, limpar_nome
from dje_monitor.publicacoes.nomes import normalizar_nome

# The party's qualification some sheets write before the name: "AUTOR - ", "RÉU: ", "Executada(o):".
_QUALIFICACAO = re.compile(
    r"^\s*(?:autora?|r[ée]u|r[ée]|executad[oa]|exequente|requerente|requerid[oa]|devedora?|credora?"
    r"|reclamante|reclamad[oa]|apelante|apelad[oa]|agravante|agravad[oa]|embargante|embargad[oa]"
    r"|impetrante|impetrad[oa]|interessad[oa]|polo\s+(?:ativo|passivo)|parte(?:\s+adversa)?)"
    r"(?:\s*\(\s*[oa]\s*\)|/[oa])?\s*[-–—:]+\s*",
    re.IGNORECASE,
)
_ROTULO_DOCUMENTO = re.compile(
    r"^\s*(?:CPF|CNPJ)(?:\s*/\s*(?:CPF|CNPJ))?\b\s*(?:n[º°o]\.?)?\s*[:-]?\s*", re.I
)
_ERROS_EXCEL = frozenset(
    {"#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"}
)
_DATA_BR = re.compile(r"(?P<dia>\d{1,2})([/.-])(?P<mes>\d{1,2})\2(?P<ano>\d{4})")
_DATA_ISO = re.compile(r"(?P<ano>\d{4})-(?P<mes>\d{2})-(?P<dia>\d{2})")
ANO_MIN, ANO_MAX = 1900, 2199
ECO_MAX = 300
CELULA_MAX = 32_767  # Excel's own limit: a longer cell was not typed by a person


@dataclass(frozen=True)
class LinhaValida:
    linha: int
    nome: str
    nome_normalizado: str
    cpf_cnpj: str | None
    numero_processo: str | None
    tribunal_filtro: str | None
    comarca: str | None
    uf: str | None
    data_prazo: date | None
    data_expiracao: date | None


@dataclass(frozen=True)
class LinhaInvalida:
    linha: int
    nome: str | None
    erros: list[str]


class _Erro(ValueError):
    pass


def eco(valor: Any, limite: int = ECO_MAX) -> str:
    """A cell shown back to the user: bounded, and without characters JSON or a terminal would choke on
    (openpyxl unescapes `_xD800_` into lone surrogates, `_x0000_` into NUL)."""
    bruto = str(valor)
    texto = " ".join(bruto[: limite * 4].split())
    limpo = "".join("�" if ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF else c for c in texto[:limite])
    return limpo + ("…" if len(texto) > limite or len(bruto) > limite * 4 else "")


def remover_qualificacao(nome: str) -> str:
    """ "RÉU: Maria" -> "Maria". Only with a separator: "Autora Silva" may be somebody's name."""
    return _QUALIFICACAO.sub("", nome, count=1)


def somar_anos(dia: date, anos: int) -> date:
    try:
        return dia.replace(year=dia.year + anos)
    except ValueError:  # 29 February into a common year
        return dia.replace(year=dia.year + anos, day=28)


def _texto(valor: Any, campo: str) -> str:
    if isinstance(valor, str):
        if len(valor) > CELULA_MAX:
            raise _Erro(f"{ROTULOS[campo]}: célula com mais de {CELULA_MAX} caracteres")
        if valor.strip() in _ERROS_EXCEL:
            raise _Erro(f"{ROTULOS[campo]}: célula com erro do Excel ({valor.strip()})")
        return valor
    if isinstance(valor, (bool, date, datetime)):
        raise _Erro(f"{ROTULOS[campo]} deve ser um texto")
    return str(valor)


def _nome(valor: Any) -> str:
    if not isinstance(valor, str):
        raise _Erro("nome da parte deve ser um texto")
    texto = remover_qualificacao(_texto(valor, "nome"))
    try:
        return limpar_nome(texto)
    except ValueError as erro:
        raise _Erro(f"nome da parte: {erro}") from None


def _numero_inteiro(valor: Any) -> int | None:
    """A number cell holding an integer (Excel stores every number as a double)."""
    if isinstance(valor, bool):
        return None
    if isinstance(valor, int):
        return valor
    if isinstance(valor, float) and valor.is_integer() and valor >= 0:
        return int(valor)
    return None


def _documento(valor: Any) -> str:
    inteiro = _numero_inteiro(valor)
    if inteiro is not None:
        # A number cell lost the leading zeros: "012.345.678-90" became 1234567890.
        digitos = str(inteiro)
        texto = digitos.zfill(11) if len(digitos) <= 11 else digitos.zfill(14)
    else:
        texto = _ROTULO_DOCUMENTO.sub("", _texto(valor, "cpf_cnpj"), count=1)
    try:
        return normalizar_cpf_cnpj(texto)
    except IdentificadorInvalido as erro:
        raise _Erro(f"CPF/CNPJ: {erro}") from None


def _processo(valor: Any) -> str:
    inteiro = _numero_inteiro(valor)
    texto = str(inteiro).zfill(20) if inteiro is not None else _texto(valor, "numero_processo")
    try:
        return normalizar_processo(texto)
    except IdentificadorInvalido as erro:
        dica = "; a célula é numérica e perdeu dígitos: formate a coluna como texto" if inteiro else ""
        raise _Erro(f"número do processo: {erro}{dica}") from None


def _data(valor: Any) -> date:
    if isinstance(valor, datetime):
        dia = valor.date()
    elif isinstance(valor, date):
        dia = valor
    elif isinstance(valor, str):
        # The time some systems append ("10/03/2024 00:00") is dropped; the day is what counts.
        texto = valor.strip().split(" ")[0]
        achado = _DATA_BR.fullmatch(texto) or _DATA_ISO.fullmatch(texto)
        try:
            if achado is None:
                raise ValueError
            partes = achado.groupdict()
            dia = date(int(partes["ano"]), int(partes["mes"]), int(partes["dia"]))
        except ValueError:
            raise _Erro(f"data do prazo inválida ({eco(valor, 30)}); use dd/mm/aaaa") from None
    else:
        raise _Erro("data do prazo inválida; use dd/mm/aaaa ou uma célula de data")
    if not ANO_MIN <= dia.year <= ANO_MAX:
        raise _Erro(f"data do prazo fora do intervalo aceito ({dia:%d/%m/%Y})")
    return dia


def _opcional(conversor: Any, valor: Any, campo: str, prefixar: bool = True) -> Any:
    try:
        return conversor(_texto(valor, campo))
    except _Erro:
        raise
    except ValueError as erro:
        raise _Erro(f"{ROTULOS[campo]}: {erro}" if prefixar else str(erro)) from None


def validar(bruta: LinhaBruta, anos_monitoramento: int, hoje: date) -> LinhaValida | LinhaInvalida:
    """Collects every error of the row (not just the first), so one pass fixes the spreadsheet."""
    v = bruta.valores
    erros: list[str] = []
    resultado: dict[str, Any] = {}

    def campo(nome: str, funcao: Any) -> None:
        valor = v.get(nome)
        if valor is None or (isinstance(valor, str) and not valor.strip()):
            resultado[nome] = None
            return
        try:
            resultado[nome] = funcao(valor)
        except _Erro as erro:
            erros.append(str(erro))

    nome_bruto = v.get("nome")
    if nome_bruto is None or (isinstance(nome_bruto, str) and not nome_bruto.strip()):
        erros.append("nome da parte vazio")
    else:
        campo("nome", _nome)
    campo("cpf_cnpj", _documento)
    campo("numero_processo", _processo)
    # The court's and the state's messages already name the field ("tribunal desconhecido: X").
    campo("tribunal_filtro", lambda x: _opcional(canonizar_tribunal, x, "tribunal_filtro", prefixar=False))
    campo("comarca", lambda x: _opcional(limpar_comarca, x, "comarca"))
    campo("uf", lambda x: _opcional(canonizar_uf, x, "uf", prefixar=False))
    campo("data_prazo", _data)
    prazo = resultado.get("data_prazo")
    expiracao = somar_anos(prazo, anos_monitoramento) if prazo else None
    if expiracao is not None and expiracao < hoje:
        erros.append(
            f"prazo em {prazo:%d/%m/%Y}: os {anos_monitoramento} anos de monitoramento "
            f"terminaram em {expiracao:%d/%m/%Y}"
        )
    if erros:
        nome_eco = resultado.get("nome") or (None if nome_bruto is None else eco(nome_bruto))
        return LinhaInvalida(bruta.linha, nome_eco or None, erros)
    nome = resultado["nome"]
    return LinhaValida(
        linha=bruta.linha,
        nome=nome,
        nome_normalizado=normalizar_nome(nome),
        cpf_cnpj=resultado["cpf_cnpj"],
        numero_processo=resultado["numero_processo"],
        tribunal_filtro=resultado["tribunal_filtro"],
        comarca=resultado["comarca"],
        uf=resultado["uf"],
        data_prazo=prazo,
        data_expiracao=expiracao,
    )
