"""Which spreadsheet column holds which field, found by header text. Pure: no I/O.

Headers are compared normalized (accents, case and punctuation ignored: "Nº do Processo" == "N PROCESSO"),
against aliases the firms' spreadsheets actually use. Equality, not containment: "Nome do Advogado"
must not be taken for the party's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from dje_monitor.publicacoes.nomes import normalizar_nome

# Field -> aliases, most specific first: when two headers name the same field, the earlier alias wins
# ("Parte Adversa" over "Parte" in a sheet that has both).
ALIASES: dict[str, tuple[str, ...]] = {
    "nome": (
        "Parte Adversa", "Parte Contrária", "Nome da Parte", "Nome da Parte Adversa", "Nome do Devedor",
        "Nome do Réu", "Nome do Executado", "Nome", "Nome Completo", "Nome / Razão Social",
        "Razão Social", "Parte", "Réu", "Ré", "Executado", "Executada", "Devedor", "Devedora",
        "Requerido", "Requerida", "Reclamado", "Reclamada", "Polo Passivo", "Pessoa", "Destinatário",
    ),
    "cpf_cnpj": (
        "CPF/CNPJ", "CNPJ/CPF", "CPF ou CNPJ", "CPF/CNPJ da Parte", "CPF/CNPJ do Devedor", "CPF/CNPJ do Réu",
        "CPF", "CNPJ", "Documento", "Nº do Documento", "Número do Documento", "Doc",
    ),
    "numero_processo": (
        "Número do Processo", "Numero Processo", "Nº do Processo", "Nº Processo", "N. Processo",
        "Num Processo", "Processo", "Número CNJ", "Processo CNJ", "Autos", "Nº dos Autos",
    ),
    "data_prazo": (
        "Data do Prazo", "Data Prazo", "Prazo", "Prazo Final", "Data Limite", "Data de Vencimento",
        "Vencimento", "Data da Prescrição", "Prescrição",
    ),
    "comarca": ("Comarca", "Foro", "Município", "Cidade"),
    "uf": ("UF", "Estado", "Sigla UF", "UF do Processo"),
    "tribunal_filtro": ("Tribunal", "Sigla do Tribunal", "Sigla Tribunal", "Tribunal Filtro", "Órgão"),
}  # fmt: skip
OBRIGATORIAS = ("nome",)
ROTULOS = {
    "nome": "nome da parte",
    "cpf_cnpj": "CPF/CNPJ",
    "numero_processo": "número do processo",
    "data_prazo": "data do prazo",
    "comarca": "comarca",
    "uf": "UF",
    "tribunal_filtro": "tribunal",
}


# "Nº", "N°", "No.", "Núm." and "Número" all abbreviate the same word; linking words carry nothing.
_ABREVIACOES = {"NO": "N", "NUM": "N", "NUMERO": "N", "NRO": "N", "NR": "N"}
_VAZIAS = frozenset({"DO", "DA", "DE", "DOS", "DAS", "E", "OU"})


def normalizar_cabecalho(valor: Any) -> str:
    """ "Nº do Processo:" -> "N PROCESSO"; "CPF ou CNPJ" -> "CPF CNPJ"."""
    if valor is None:
        return ""
    palavras = normalizar_nome(str(valor)).split()
    return " ".join(_ABREVIACOES.get(p, p) for p in palavras if p not in _VAZIAS)


_PRIORIDADE: dict[str, tuple[str, int]] = {}
for _campo, _aliases in ALIASES.items():
    for _posicao, _alias in enumerate(_aliases):
        _PRIORIDADE.setdefault(normalizar_cabecalho(_alias), (_campo, _posicao))


@dataclass
class Mapeamento:
    """Field -> 0-based column index, the header text of each, and the headers nobody claimed."""

    indices: dict[str, int] = field(default_factory=dict)
    cabecalhos: dict[str, str] = field(default_factory=dict)
    ignoradas: list[str] = field(default_factory=list)

    @property
    def faltando(self) -> list[str]:
        return [campo for campo in OBRIGATORIAS if campo not in self.indices]


def mapear(celulas: Sequence[Any]) -> Mapeamento:
    """Maps one header row. Unknown or repeated headers are listed as ignored, never guessed."""
    mapa = Mapeamento()
    melhor: dict[str, int] = {}
    for indice, celula in enumerate(celulas):
        # Bounded first: no alias is long, and a hostile header cell may hold megabytes.
        texto = "" if celula is None else " ".join(str(celula)[:400].split())[:100]
        if not texto:
            continue
        encontrado = _PRIORIDADE.get(normalizar_cabecalho(texto))
        if encontrado is None:
            mapa.ignoradas.append(texto)
            continue
        campo, prioridade = encontrado
        if campo in melhor and melhor[campo] <= prioridade:
            mapa.ignoradas.append(texto)
            continue
        if campo in mapa.cabecalhos:
            mapa.ignoradas.append(mapa.cabecalhos[campo])
        melhor[campo] = prioridade
        mapa.indices[campo] = indice
        mapa.cabecalhos[campo] = texto
    return mapa


def descrever_aceitos(campo: str, limite: int = 6) -> str:
    return ", ".join(ALIASES[campo][:limite]) + ", …"
