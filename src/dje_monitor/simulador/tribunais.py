"""Tribunais que publicam no DJEN: siglas, nomes, UFs e o código J.TR da numeração CNJ."""

from __future__ import annotations

from dataclasses import dataclass

# UF -> (nome do estado, código TR da Justiça Estadual/Eleitoral, cidades usadas nos órgãos)
UFS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "AC": ("Acre", "01", ("Rio Branco", "Cruzeiro do Sul")),
    "AL": ("Alagoas", "02", ("Maceió", "Arapiraca")),
    "AP": ("Amapá", "03", ("Macapá", "Santana")),
    "AM": ("Amazonas", "04", ("Manaus", "Parintins")),
    "BA": ("Bahia", "05", ("Salvador", "Feira de Santana", "Vitória da Conquista")),
    "CE": ("Ceará", "06", ("Fortaleza", "Juazeiro do Norte", "Sobral")),
    "DF": ("Distrito Federal", "07", ("Brasília", "Taguatinga", "Ceilândia")),
    "ES": ("Espírito Santo", "08", ("Vitória", "Vila Velha", "Serra")),
    "GO": ("Goiás", "09", ("Goiânia", "Anápolis", "Aparecida de Goiânia")),
    "MA": ("Maranhão", "10", ("São Luís", "Imperatriz")),
    "MT": ("Mato Grosso", "11", ("Cuiabá", "Várzea Grande", "São José do Rio Claro")),
    "MS": ("Mato Grosso do Sul", "12", ("Campo Grande", "Dourados")),
    "MG": ("Minas Gerais", "13", ("Belo Horizonte", "Uberlândia", "Juiz de Fora", "Contagem")),
    "PA": ("Pará", "14", ("Belém", "Altamira", "Abaetetuba", "Santarém")),
    "PB": ("Paraíba", "15", ("João Pessoa", "Campina Grande", "Cabedelo")),
    "PR": ("Paraná", "16", ("Curitiba", "Londrina", "Maringá")),
    "PE": ("Pernambuco", "17", ("Recife", "Olinda", "Caruaru")),
    "PI": ("Piauí", "18", ("Teresina", "Parnaíba")),
    "RJ": ("Rio de Janeiro", "19", ("Rio de Janeiro", "Niterói", "Macaé", "Duque de Caxias")),
    "RN": ("Rio Grande do Norte", "20", ("Natal", "Mossoró")),
    "RS": ("Rio Grande do Sul", "21", ("Porto Alegre", "Caxias do Sul", "Pelotas")),
    "RO": ("Rondônia", "22", ("Porto Velho", "Ji-Paraná")),
    "RR": ("Roraima", "23", ("Boa Vista",)),
    "SC": ("Santa Catarina", "24", ("Florianópolis", "Joinville", "Blumenau")),
    "SE": ("Sergipe", "25", ("Aracaju", "Lagarto")),
    "SP": ("São Paulo", "26", ("São Paulo", "Campinas", "Santos", "Ribeirão Preto", "Jundiaí")),
    "TO": ("Tocantins", "27", ("Palmas", "Araguaína")),
}

_PREPOSICAO = {
    "AC": "do", "AL": "de", "AP": "do", "AM": "do", "BA": "da", "CE": "do", "DF": "do", "ES": "do",
    "GO": "de", "MA": "do", "MT": "de", "MS": "de", "MG": "de", "PA": "do", "PB": "da", "PR": "do",
    "PE": "de", "PI": "do", "RJ": "do", "RN": "do", "RS": "do", "RO": "de", "RR": "de", "SC": "de",
    "SE": "de", "SP": "de", "TO": "do",
}  # fmt: skip

# Região do TRT -> UFs que ela cobre (TRT2 e TRT15 dividem São Paulo).
_REGIOES_TRT: dict[int, tuple[str, ...]] = {
    1: ("RJ",), 2: ("SP",), 3: ("MG",), 4: ("RS",), 5: ("BA",), 6: ("PE",), 7: ("CE",),
    8: ("PA", "AP"), 9: ("PR",), 10: ("DF", "TO"), 11: ("AM", "RR"), 12: ("SC",), 13: ("PB",),
    14: ("RO", "AC"), 15: ("SP",), 16: ("MA",), 17: ("ES",), 18: ("GO",), 19: ("AL",), 20: ("SE",),
    21: ("RN",), 22: ("PI",), 23: ("MT",), 24: ("MS",),
}  # fmt: skip

_REGIOES_TRF: dict[int, tuple[str, ...]] = {
    1: ("DF", "AC", "AM", "AP", "BA", "GO", "MA", "MT", "PA", "PI", "RO", "RR", "TO"),
    2: ("RJ", "ES"),
    3: ("SP", "MS"),
    4: ("RS", "SC", "PR"),
    5: ("PE", "AL", "CE", "PB", "RN", "SE"),
    6: ("MG",),
}


@dataclass(frozen=True)
class Tribunal:
    sigla: str
    nome: str
    ufs: tuple[str, ...]
    ramo: str  # estadual, trabalho, federal, eleitoral, militar, superior
    segmento: str  # J da numeração CNJ
    codigo: str  # TR da numeração CNJ
    peso: float  # frequência relativa de comunicações geradas

    @property
    def dominio(self) -> str:
        return f"{self.sigla.lower().replace('-', '')}.jus.br"


def _montar() -> tuple[Tribunal, ...]:
    lista = [
        Tribunal("STF", "Supremo Tribunal Federal", ("DF",), "superior", "1", "00", 0.2),
        Tribunal("STJ", "Superior Tribunal de Justiça", ("DF",), "superior", "3", "00", 1.0),
        Tribunal("TST", "Tribunal Superior do Trabalho", ("DF",), "superior", "5", "00", 0.5),
        Tribunal("TSE", "Tribunal Superior Eleitoral", ("DF",), "superior", "6", "00", 0.1),
        Tribunal("STM", "Superior Tribunal Militar", ("DF",), "superior", "7", "00", 0.05),
        Tribunal("CNJ", "Conselho Nacional de Justiça", ("DF",), "superior", "2", "00", 0.05),
        Tribunal("CJF", "Conselho da Justiça Federal", ("DF",), "superior", "4", "90", 0.05),
        Tribunal("PJeCor", "Corregedoria Nacional de Justiça - PJeCor", ("DF",), "superior", "2", "00", 0.05),
        Tribunal("SEEU", "Sistema Eletrônico de Execução Unificado", ("DF",), "estadual", "8", "07", 0.1),
    ]
    pesos_tj = {"SP": 20.0, "MG": 8.0, "RJ": 7.0, "RS": 6.0, "PR": 5.0, "DF": 3.0, "BA": 3.0}
    for uf, (estado, codigo, _) in UFS.items():
        sigla = "TJDFT" if uf == "DF" else f"TJ{uf}"
        nome = (
            "Tribunal de Justiça do Distrito Federal e dos Territórios"
            if uf == "DF"
            else f"Tribunal de Justiça do Estado {_PREPOSICAO[uf]} {estado}"
        )
        lista.append(Tribunal(sigla, nome, (uf,), "estadual", "8", codigo, pesos_tj.get(uf, 2.0)))
    for uf in ("MG", "RS", "SP"):
        nome = f"Tribunal de Justiça Militar do Estado de {UFS[uf][0]}"
        lista.append(Tribunal(f"TJM{uf}", nome, (uf,), "militar", "9", UFS[uf][1], 0.1))
    for regiao, ufs in _REGIOES_TRF.items():
        nome = f"Tribunal Regional Federal da {regiao}ª Região"
        peso = 3.0 if regiao in (1, 3, 4) else 1.5
        lista.append(Tribunal(f"TRF{regiao}", nome, ufs, "federal", "4", f"{regiao:02d}", peso))
    for regiao, ufs in _REGIOES_TRT.items():
        nome = f"Tribunal Regional do Trabalho da {regiao}ª Região"
        peso = {2: 5.0, 1: 3.0, 3: 3.0, 15: 3.0, 4: 2.0}.get(regiao, 1.0)
        lista.append(Tribunal(f"TRT{regiao}", nome, ufs, "trabalho", "5", f"{regiao:02d}", peso))
    for uf, (estado, codigo, _) in UFS.items():
        nome = f"Tribunal Regional Eleitoral {_PREPOSICAO[uf]} {estado}"
        lista.append(Tribunal(f"TRE-{uf}", nome, (uf,), "eleitoral", "6", codigo, 0.1))
    return tuple(lista)


TRIBUNAIS: tuple[Tribunal, ...] = _montar()
TRIBUNAIS_POR_SIGLA: dict[str, Tribunal] = {t.sigla: t for t in TRIBUNAIS}
SIGLAS_TRIBUNAIS: frozenset[str] = frozenset(TRIBUNAIS_POR_SIGLA)
# A API aceita a sigla em qualquer caixa; "PJeCor" é a única com minúsculas.
_SIGLA_POR_CAIXA_ALTA = {s.upper(): s for s in SIGLAS_TRIBUNAIS}


def sigla_canonica(sigla: str) -> str | None:
    return _SIGLA_POR_CAIXA_ALTA.get(sigla.strip().upper())
