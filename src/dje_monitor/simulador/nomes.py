"""Geração de nomes brasileiros de pessoas, empresas e entes públicos, no estilo do DJEN."""

from __future__ import annotations

import random

from .normalizacao import sem_acentos

PRENOMES_M = (
    "JOSÉ", "JOÃO", "ANTÔNIO", "FRANCISCO", "CARLOS", "PAULO", "PEDRO", "LUCAS", "LUIZ", "MARCOS",
    "LUÍS", "GABRIEL", "RAFAEL", "DANIEL", "MARCELO", "BRUNO", "EDUARDO", "FELIPE", "RAIMUNDO",
    "RODRIGO", "SEBASTIÃO", "ANDRÉ", "FÁBIO", "MÁRCIO", "SÉRGIO", "CLÁUDIO", "VINÍCIUS", "MATHEUS",
    "GUSTAVO", "THIAGO", "LEANDRO", "JORGE", "ROBERTO", "EDSON", "ALEXANDRE", "FERNANDO", "RICARDO",
    "GERALDO", "ADRIANO", "WELLINGTON", "JOAQUIM", "MANOEL", "OSVALDO", "VALDIR", "ROBSON", "ELIAS",
    "GILMAR", "REINALDO", "CLODOALDO", "HERICKSON", "JEAN", "MAYCON", "DEIVIDS", "WILSON", "CÍCERO",
)  # fmt: skip
PRENOMES_F = (
    "MARIA", "ANA", "FRANCISCA", "ANTÔNIA", "ADRIANA", "JULIANA", "MÁRCIA", "FERNANDA", "PATRÍCIA",
    "ALINE", "SANDRA", "CAMILA", "AMANDA", "BRUNA", "JÉSSICA", "LETÍCIA", "JÚLIA", "LUCIANA", "VANESSA",
    "MARIANA", "GABRIELA", "VERA", "VITÓRIA", "LARISSA", "CLÁUDIA", "BEATRIZ", "LUANA", "RITA", "SÔNIA",
    "RENATA", "ELIANE", "JOSEFA", "SIMONE", "NATÁLIA", "CRISTIANE", "RAIMUNDA", "TEREZA", "NILZA",
    "LAUDICÉIA", "CLAUDINÉIA", "IRACI", "SAMARA", "DENILZA", "JACIRA", "REGINA", "TATIANA", "ROSÂNGELA",
)  # fmt: skip
SEGUNDOS_PRENOMES_F = (
    "APARECIDA", "DE FÁTIMA", "DAS GRAÇAS", "DA CONCEIÇÃO", "CRISTINA", "HELENA", "LUIZA", "EDUARDA",
)  # fmt: skip
SEGUNDOS_PRENOMES_M = ("CARLOS", "EDUARDO", "HENRIQUE", "AUGUSTO", "ROBERTO", "PAULO", "VITOR", "BATISTA")
SOBRENOMES = (
    "SILVA", "SANTOS", "OLIVEIRA", "SOUZA", "RODRIGUES", "FERREIRA", "ALVES", "PEREIRA", "LIMA", "GOMES",
    "COSTA", "RIBEIRO", "MARTINS", "CARVALHO", "ALMEIDA", "LOPES", "SOARES", "FERNANDES", "VIEIRA",
    "BARBOSA", "ROCHA", "DIAS", "NASCIMENTO", "ANDRADE", "MOREIRA", "NUNES", "MARQUES", "MACHADO",
    "MENDES", "FREITAS", "CARDOSO", "RAMOS", "GONÇALVES", "SANTANA", "TEIXEIRA", "ARAÚJO", "MONTEIRO",
    "CORRÊA", "BRITO", "PINTO", "CAVALCANTI", "FALCÃO", "MAGALHÃES", "BRANDÃO", "CONCEIÇÃO", "ASSUNÇÃO",
    "DAMASCENO", "TRINDADE", "AZEVEDO", "CAMPOS", "AMARAL", "DUARTE", "MIRANDA", "XAVIER", "QUEIROZ",
    "PRUDENTE", "APOLINÁRIO", "TAVEIRA", "SIQUEIRA", "PIMENTEL", "AQUINO", "CALAZANS", "BEZERRA",
)  # fmt: skip
SOBRENOMES_PLURAIS = ("SANTOS", "REIS", "ANJOS", "PRAZERES")  # pedem "DOS"
SUFIXOS = ("FILHO", "JÚNIOR", "NETO", "SOBRINHO")
FANTASIAS = (
    "ALVORADA", "HORIZONTE", "PRIMAVERA", "ESTRELA", "PLANALTO", "TROPICAL", "AURORA", "ATLÂNTICO",
    "SÃO JORGE", "SANTA CLARA", "NOVA ERA", "IPÊ", "JACARANDÁ", "BOA VISTA", "TABOCÃO", "PIONEIRA",
    "CENTRO-OESTE", "AMAZÔNIA", "SERRA AZUL", "VALE VERDE", "PORTAL", "UNIÃO", "PROGRESSO", "TREVO",
)  # fmt: skip
RAMOS = (
    "COMÉRCIO DE ALIMENTOS", "TRANSPORTES", "CONSTRUÇÕES E INCORPORAÇÕES", "SERVIÇOS MÉDICOS",
    "INDÚSTRIA E COMÉRCIO DE PLÁSTICOS", "DISTRIBUIDORA DE BEBIDAS", "AUTO PEÇAS", "VEÍCULOS",
    "ENGENHARIA", "EDUCACIONAL", "IMOBILIÁRIA", "TELECOMUNICAÇÕES", "AGROPECUÁRIA", "LOGÍSTICA",
    "MATERIAIS DE CONSTRUÇÃO", "SUPERMERCADOS", "FARMÁCIA", "TECNOLOGIA DA INFORMAÇÃO", "HOTELARIA",
)  # fmt: skip
FORMAS_EMPRESA = ("LTDA", "LTDA - ME", "LTDA - EPP", "LTDA.", "S/A", "S.A.", "EIRELI", "EIRELI - ME")
ENTES = (
    "INSTITUTO NACIONAL DO SEGURO SOCIAL - INSS", "BANCO DO BRASIL SA", "CAIXA ECONÔMICA FEDERAL",
    "BANCO BRADESCO S.A", "ITAÚ UNIBANCO S.A.", "MINISTÉRIO PÚBLICO DO TRABALHO", "UNIÃO FEDERAL",
    "FAZENDA NACIONAL", "BANCO SANTANDER (BRASIL) S.A.", "TELEFÔNICA BRASIL S.A.", "CLARO S.A.",
    "SERVICO NACIONAL DE APR INDUSTRIAL-SENAI", "AGÊNCIA NACIONAL DE TELECOMUNICAÇÕES - ANATEL",
)  # fmt: skip


def nome_pessoa(rng: random.Random, acentos: bool | None = None) -> str:
    feminino = rng.random() < 0.5
    partes = [rng.choice(PRENOMES_F if feminino else PRENOMES_M)]
    if rng.random() < 0.35:
        partes.append(rng.choice(SEGUNDOS_PRENOMES_F if feminino else SEGUNDOS_PRENOMES_M))
    for _ in range(rng.choice((1, 2, 2, 2, 3))):
        if rng.random() < 0.15:
            partes += ["DOS", rng.choice(SOBRENOMES_PLURAIS)]
            continue
        if rng.random() < 0.35:
            partes.append(rng.choice(("DA", "DE")))
        partes.append(rng.choice(SOBRENOMES))
    if rng.random() < 0.05:
        partes.append(rng.choice(SUFIXOS))
    nome = " ".join(partes)
    # Muitos tribunais enviam nomes já sem acento; outros preservam a grafia.
    if acentos is None:
        acentos = rng.random() < 0.6
    return nome if acentos else sem_acentos(nome)


def nome_empresa(rng: random.Random) -> str:
    forma = rng.choice(FORMAS_EMPRESA)
    sorteio = rng.random()
    if sorteio < 0.25:
        a, b = rng.sample(SOBRENOMES, 2)
        nome = (
            f"{a} {b} & CIA LTDA" if rng.random() < 0.3 else f"{a} & {b} {rng.choice(('LTDA', 'LTDA - ME'))}"
        )
    elif sorteio < 0.35:
        nome = f"BANCO {rng.choice(FANTASIAS)} S.A."
    elif sorteio < 0.45:
        inicial = rng.choice("ABCDEFGJLMPRS")
        nome = f"{inicial} {rng.choice(SOBRENOMES)} {rng.choice(SOBRENOMES)} {forma}"
    elif sorteio < 0.5:
        nome = f"CONDOMÍNIO RESIDENCIAL {rng.choice(FANTASIAS)}"
    else:
        nome = f"{rng.choice(FANTASIAS)} {rng.choice(RAMOS)} {forma}"
    return nome if rng.random() < 0.6 else sem_acentos(nome)


def nome_parte(rng: random.Random) -> str:
    """Nome de uma parte monitorável: três quartos pessoas, um quarto empresas."""
    return nome_empresa(rng) if rng.random() < 0.25 else nome_pessoa(rng)


def nome_mascarado(nome: str) -> str:
    """Processo em segredo de justiça: só iniciais ("D. L. N. D. F. S.")."""
    return " ".join(f"{palavra[0]}." for palavra in sem_acentos(nome).split())


def nome_coadjuvante(rng: random.Random, estado: str, cidade: str) -> str:
    """Parte que aparece junto da monitorada (réu, autor, ente público), não monitorada."""
    sorteio = rng.random()
    if sorteio < 0.2:
        return rng.choice(ENTES)
    if sorteio < 0.27:
        return (
            f"ESTADO DE {sem_acentos(estado).upper()}"
            if rng.random() < 0.5
            else f"MUNICÍPIO DE {cidade.upper()}"
        )
    if sorteio < 0.32:
        return nome_mascarado(nome_pessoa(rng))
    if sorteio < 0.55:
        return nome_empresa(rng)
    return nome_pessoa(rng)
