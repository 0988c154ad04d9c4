"""Processos, órgãos julgadores e classes: numeração CNJ válida (módulo 97) e nomes realistas."""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass

from .normalizacao import somente_digitos
from .tribunais import UFS, Tribunal

# (código TPU, nome) por ramo; os nomes vão com acento correto e são "estragados" na saída.
CLASSES_CIVEIS: tuple[tuple[str, str], ...] = (
    ("7", "PROCEDIMENTO COMUM CÍVEL"), ("436", "PROCEDIMENTO DO JUIZADO ESPECIAL CÍVEL"),
    ("1116", "EXECUÇÃO FISCAL"), ("156", "CUMPRIMENTO DE SENTENÇA"), ("198", "APELAÇÃO CÍVEL"),
    ("12078", "CUMPRIMENTO DE SENTENÇA CONTRA A FAZENDA PÚBLICA"), ("460", "RECURSO INOMINADO CÍVEL"),
    ("159", "EXECUÇÃO DE TÍTULO EXTRAJUDICIAL"), ("202", "AGRAVO DE INSTRUMENTO"),
    ("283", "AÇÃO PENAL - PROCEDIMENTO ORDINÁRIO"), ("208", "EMBARGOS INFRINGENTES"),
    ("81", "BUSCA E APREENSÃO EM ALIENAÇÃO FIDUCIÁRIA"), ("12154", "EXECUÇÃO DE ALIMENTOS"),
)  # fmt: skip
CLASSES_TRABALHISTAS: tuple[tuple[str, str], ...] = (
    ("985", "AÇÃO TRABALHISTA - RITO ORDINÁRIO"), ("1125", "AÇÃO TRABALHISTA - RITO SUMARÍSSIMO"),
    ("1009", "RECURSO ORDINÁRIO TRABALHISTA"), ("1202", "AGRAVO DE PETIÇÃO"),
    ("11882", "EXECUÇÃO PROVISÓRIA EM AUTOS SUPLEMENTARES"),
)  # fmt: skip
CLASSES_ELEITORAIS: tuple[tuple[str, str], ...] = (
    ("11541", "PRESTAÇÃO DE CONTAS ELEITORAIS"),
    ("11527", "REPRESENTAÇÃO"),
)


@dataclass(frozen=True)
class Orgao:
    id: int
    nome: str
    cidade: str
    origem: str  # OOOO da numeração CNJ


@dataclass(frozen=True)
class Processo:
    numero: str  # 20 dígitos
    tribunal: Tribunal
    orgao: Orgao
    codigo_classe: str
    classe: str


def digito_verificador(sequencial: str, ano: str, segmento: str, codigo: str, origem: str) -> str:
    """DD da Resolução CNJ 65/2008: 98 - (NNNNNNNAAAAJTROOOO00 mod 97)."""
    return f"{98 - int(f'{sequencial}{ano}{segmento}{codigo}{origem}00') % 97:02d}"


def numero_valido(numero: str) -> bool:
    d = somente_digitos(numero)
    return len(d) == 20 and digito_verificador(d[:7], d[9:13], d[13], d[14:16], d[16:]) == d[7:9]


def mascarar(numero: str) -> str:
    return f"{numero[:7]}-{numero[7:9]}.{numero[9:13]}.{numero[13]}.{numero[14:16]}.{numero[16:]}"


@functools.cache
def estragar_acentos(nome: str) -> str:
    """Reproduz o defeito do DJEN: maiúsculas só nas letras ASCII ("APELAçãO CíVEL")."""
    return "".join(c if c.isascii() else c.lower() for c in nome.upper())


def gerar_orgaos(rng: random.Random, tribunal: Tribunal) -> list[Orgao]:
    orgaos: list[Orgao] = []
    nomes_usados: set[str] = set()
    alvo = rng.randint(4, 10)
    for _ in range(alvo * 5):  # nomes repetidos são descartados; o limite evita laço infinito
        if len(orgaos) >= alvo:
            break
        uf = rng.choice(tribunal.ufs)
        cidade = rng.choice(UFS[uf][2])
        nome = _nome_orgao(rng, tribunal, cidade)
        if nome in nomes_usados:
            continue
        nomes_usados.add(nome)
        orgaos.append(Orgao(rng.randint(800, 130_000), nome, cidade, f"{rng.randint(1, 9999):04d}"))
    return orgaos


def _nome_orgao(rng: random.Random, tribunal: Tribunal, cidade: str) -> str:
    n = rng.randint(1, 14)
    modelos = {
        "trabalho": (f"{n}ª Vara do Trabalho de {cidade}", f"{n}ª Turma", f"CON{n} - {cidade}"),
        "federal": (
            f"{n}ª Vara Federal de {cidade}",
            f"{n}º Juizado Especial Federal Cível de {cidade}",
            f"{n}ª Turma Recursal",
        ),
        "eleitoral": (f"{n}ª Zona Eleitoral de {cidade}",),
        "militar": (f"{n}ª Auditoria Militar", "Segunda Instância"),
        "superior": (f"Gabinete do Ministro {n}", f"{n}ª Turma", "Secretaria Judiciária"),
    }.get(
        tribunal.ramo,
        (
            f"{n}ª Vara Cível de {cidade}",
            f"{n}º Juizado Especial Cível da Comarca de {cidade}",
            f"Vara de Execuções Fiscais de {cidade}",
            f"{n}ª Vara de Família e Sucessões de {cidade}",
            f"{n}ª Vara Criminal de {cidade}",
            f"{n}ª Câmara de Direito Privado",
            f"{cidade} - {n}ª Vara Cível",
        ),
    )
    return rng.choice(modelos)


def gerar_processo(rng: random.Random, tribunal: Tribunal, orgao: Orgao, ano_atual: int) -> Processo:
    sequencial = f"{rng.randint(0, 9_999_999):07d}"
    ano = str(rng.randint(max(2008, ano_atual - 12), ano_atual))
    dv = digito_verificador(sequencial, ano, tribunal.segmento, tribunal.codigo, orgao.origem)
    numero = f"{sequencial}{dv}{ano}{tribunal.segmento}{tribunal.codigo}{orgao.origem}"
    if tribunal.ramo == "trabalho":
        classes = CLASSES_TRABALHISTAS
    elif tribunal.ramo == "eleitoral":
        classes = CLASSES_ELEITORAIS
    else:
        classes = CLASSES_CIVEIS
    codigo, classe = rng.choice(classes)
    return Processo(numero, tribunal, orgao, codigo, classe)


def link(rng: random.Random, processo: Processo) -> str | None:
    """Link ao documento no sistema do tribunal; às vezes o DJEN não tem link (null)."""
    if rng.random() < 0.05:
        return None
    chave = f"{rng.getrandbits(96):029d}"[-29:]
    dominio = processo.tribunal.dominio
    if processo.tribunal.ramo == "trabalho":
        return f"https://pje.{dominio}/pjekz/validacao/{chave}?instancia={rng.choice((1, 1, 2))}"
    return f"https://pje.{dominio}/pje/Processo/ConsultaDocumento/listView.seam?x={chave}"
