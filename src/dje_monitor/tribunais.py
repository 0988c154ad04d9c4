"""Courts that publish in the DJEN: the accepted values of a party's court filter and of searches."""

from __future__ import annotations

from dje_monitor.publicacoes.nomes import normalizar_nome

_UFS = (
    "AC", "AL", "AM", "AP", "BA", "CE", "DF", "ES", "GO", "MA", "MG", "MS", "MT", "PA",
    "PB", "PE", "PI", "PR", "RJ", "RN", "RO", "RR", "RS", "SC", "SE", "SP", "TO",
)  # fmt: skip

SIGLAS_TRIBUNAIS: tuple[str, ...] = (
    "STF", "STJ", "TST", "TSE", "STM", "CNJ", "CJF", "PJeCor", "SEEU",
    *(f"TRF{regiao}" for regiao in range(1, 7)),
    *("TJDFT" if uf == "DF" else f"TJ{uf}" for uf in _UFS),
    "TJMMG", "TJMRS", "TJMSP",
    *(f"TRT{regiao}" for regiao in range(1, 25)),
    *(f"TRE-{uf}" for uf in _UFS),
)  # fmt: skip


def _chave(sigla: str) -> str:
    # "tre-sp", "TRE SP" and "TRESP" name the same court; no two siglas collide under this key.
    return "".join(sigla.split()).replace("-", "").upper()


_POR_CHAVE = {_chave(sigla): sigla for sigla in SIGLAS_TRIBUNAIS}


def sigla_canonica(valor: str) -> str | None:
    """The DJEN spelling of a court acronym typed in any case ("pjecor" -> "PJeCor"), or None if unknown."""
    return _POR_CHAVE.get(_chave(valor))


UFS: tuple[str, ...] = _UFS
# States by their normalized names: spreadsheets write "São Paulo" as often as "SP".
_UF_POR_NOME = {
    "ACRE": "AC", "ALAGOAS": "AL", "AMAZONAS": "AM", "AMAPA": "AP", "BAHIA": "BA", "CEARA": "CE",
    "DISTRITO FEDERAL": "DF", "ESPIRITO SANTO": "ES", "GOIAS": "GO", "MARANHAO": "MA",
    "MINAS GERAIS": "MG", "MATO GROSSO DO SUL": "MS", "MATO GROSSO": "MT", "PARA": "PA", "PARAIBA": "PB",
    "PERNAMBUCO": "PE", "PIAUI": "PI", "PARANA": "PR", "RIO DE JANEIRO": "RJ",
    "RIO GRANDE DO NORTE": "RN", "RONDONIA": "RO", "RORAIMA": "RR", "RIO GRANDE DO SUL": "RS",
    "SANTA CATARINA": "SC", "SERGIPE": "SE", "SAO PAULO": "SP", "TOCANTINS": "TO",
}  # fmt: skip


def uf_canonica(valor: str) -> str | None:
    """ "sp", "SP" or "São Paulo" -> "SP"; None if it names no Brazilian state."""
    chave = valor.strip().upper()
    if chave in UFS:  # the usual case, without the cost of normalizing
        return chave
    chave = normalizar_nome(valor)
    if chave in UFS:
        return chave
    return _UF_POR_NOME.get(chave)
