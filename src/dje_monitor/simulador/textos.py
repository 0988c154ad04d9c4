"""Textos das comunicações: texto puro com quebras cruas, editais em HTML e a nota de cancelamento."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from .tribunais import UFS, Tribunal

ROTULOS_POLO = {
    "A": ("AUTOR", "REQUERENTE", "EXEQUENTE", "RECLAMANTE", "PROMOVENTE"),
    "P": ("RÉU", "REQUERIDO", "EXECUTADO", "RECLAMADO", "PROMOVIDO"),
    "T": ("TERCEIRO INTERESSADO",),
    "D": ("INTERESSADO",),
}
CORPOS = (
    "Fica a parte intimada, por meio de seu(sua) advogado(a), para, no prazo de 15 (quinze) dias, "
    "manifestar-se sobre a contestação e documentos juntados, sob pena de preclusão.",
    "Diante do exposto, JULGO PROCEDENTE o pedido inicial para condenar a parte requerida ao pagamento "
    "da quantia indicada na inicial, corrigida monetariamente e acrescida de juros de mora de 1% ao mês.",
    "Intime-se a parte executada para pagamento do débito no prazo de 15 (quinze) dias, acrescido de "
    "custas, sob pena de multa de 10% e honorários advocatícios de 10%, nos termos do art. 523 do CPC.",
    "Designo audiência de conciliação para data a ser informada pela secretaria, a realizar-se por "
    "videoconferência. As partes deverão comparecer acompanhadas de seus advogados.",
    "Defiro o pedido de penhora online via SISBAJUD até o limite do valor atualizado do débito. "
    "Havendo bloqueio, intime-se o executado para, querendo, apresentar impugnação em 5 (cinco) dias.",
    "Fica V. Sa. intimado para tomar ciência da Sentença proferida nos autos do processo em epígrafe, "
    "cujo inteiro teor pode ser consultado no sistema PJe mediante a chave de acesso informada.",
    "Recebo o recurso em seus regulares efeitos. Intime-se a parte recorrida para contrarrazões no "
    "prazo legal. Após, remetam-se os autos à instância superior com as homenagens de estilo.",
    "Ante a inércia da parte autora, que devidamente intimada não promoveu os atos que lhe competiam, "
    "JULGO EXTINTO o processo sem resolução do mérito, com fundamento no art. 485, III, do CPC.",
    "Homologo, para que produza seus jurídicos e legais efeitos, o acordo celebrado entre as partes, "
    "e julgo extinto o processo com resolução de mérito, nos termos do art. 487, III, b, do CPC.",
    "Defiro a gratuidade da justiça. Cite-se a parte ré para, querendo, apresentar contestação no "
    "prazo de 15 (quinze) dias úteis, advertindo-a de que a ausência de defesa implicará revelia.",
)
JUIZES = ("FERNANDA D AQUINO MAFRA", "FABIANO FERNANDES LUZES", "ROBERTA CASTRO VIANNA", "MARCOS TÚLIO PRADO")


@dataclass(frozen=True)
class Contexto:
    tribunal: Tribunal
    orgao: str
    cidade: str
    processo: str  # com máscara
    classe: str
    tipo_comunicacao: str
    tipo_documento: str
    data: date
    partes: tuple[tuple[str, str], ...]  # (nome, polo)
    advogados: tuple[tuple[str, str, str], ...]  # (nome, numero_oab, uf_oab)


def _cabecalho(ctx: Contexto) -> list[str]:
    t = ctx.tribunal
    if t.ramo == "trabalho":
        regiao = t.sigla.removeprefix("TRT")
        return [
            "PODER JUDICIÁRIO  JUSTIÇA DO TRABALHO",
            f"TRIBUNAL REGIONAL DO TRABALHO DA {regiao}ª REGIÃO",
            ctx.orgao.upper(),
        ]
    if t.ramo == "estadual" and len(t.ufs) == 1:
        return [f"PODER JUDICIÁRIO DO ESTADO DE {UFS[t.ufs[0]][0].upper()}", t.nome, ctx.orgao]
    return ["PODER JUDICIÁRIO", t.nome.upper(), ctx.orgao]


def _partes(rng: random.Random, ctx: Contexto) -> list[str]:
    return [f"{rng.choice(ROTULOS_POLO[polo])}: {nome}" for nome, polo in ctx.partes]


def _advogados(ctx: Contexto) -> list[str]:
    return [f"Advogado(s): {nome} (OAB {numero}/{uf})" for nome, numero, uf in ctx.advogados]


def texto_puro(rng: random.Random, ctx: Contexto) -> str:
    """Texto como os tribunais mandam: linhas cruas com \\n\\r, às vezes espaços duplos e \\xa0."""
    linhas = _cabecalho(ctx)
    linhas.append(f"Processo: {ctx.processo}")
    linhas.append(f"Classe: {ctx.classe}")
    linhas += _partes(rng, ctx)
    linhas += _advogados(ctx)
    if ctx.tipo_comunicacao == "Pauta de julgamento":
        linhas.append("PAUTA DE JULGAMENTOS")
        linhas.append(f"Sessão virtual com início em {ctx.data:%d/%m/%Y}, às 14h00.")
    elif ctx.tipo_comunicacao == "Lista de distribuição":
        linhas.append("LISTA DE DISTRIBUIÇÃO")
        linhas.append(f"Distribuído por sorteio ao órgão {ctx.orgao} em {ctx.data:%d/%m/%Y}.")
    else:
        linhas.append(ctx.tipo_documento.upper())
    linhas += rng.sample(CORPOS, rng.randint(2, 4))
    linhas.append(f"{ctx.cidade}, {ctx.data:%d/%m/%Y}.")
    linhas.append(f"{rng.choice(JUIZES)}\xa0 Juiz(a)")
    separador = rng.choice(("\n\r", "\n\r", "\r\n", "  "))
    return separador.join(linhas)


def texto_edital(rng: random.Random, ctx: Contexto, grande: bool) -> str:
    """Edital em HTML (<p>, <br>, <table>); os grandes têm centenas de KB, como listas de credores."""
    titulo = rng.choice(("EDITAL DE CITAÇÃO", "EDITAL DE INTIMAÇÃO", "EDITAL DE LEILÃO", "EDITAL DE PRAÇA"))
    partes = "".join(
        f"<tr><td>{rng.choice(ROTULOS_POLO[polo])}</td><td>: {nome}</td></tr>" for nome, polo in ctx.partes
    )
    corpo = "</p><p>".join(rng.sample(CORPOS, 2))
    html = [
        f'<p align="center"><b>{titulo}</b></p><br>',
        f"<p>{ctx.tribunal.nome} - {ctx.orgao}</p><br>",
        f"<b>{ctx.classe} Nº {ctx.processo}</b><br>",
        f'<table border="0">{partes}</table><br>',
        f"<p>{corpo}</p>",
    ]
    if grande:
        html.append(_tabela_grande(rng, rng.randint(150_000, 600_000)))
    html.append(f"<p>{ctx.cidade}, {ctx.data:%d/%m/%Y}.</p><br><p>{rng.choice(JUIZES)}</p>")
    return "".join(html)


def _tabela_grande(rng: random.Random, tamanho: int) -> str:
    linhas = ['<table border="1"><tr><th>Nº</th><th>Credor</th><th>Valor (R$)</th></tr>']
    valores = [
        f"{rng.randint(100, 999_999):,}".replace(",", ".") + f",{rng.randint(0, 99):02d}" for _ in range(97)
    ]
    credores = [f"CREDOR HABILITADO {i:03d}" for i in range(89)]
    total, i = 0, 0
    while total < tamanho:
        linha = f"<tr><td>{i + 1}</td><td>{credores[i % 89]}</td><td>{valores[i % 97]}</td></tr>"
        linhas.append(linha)
        total += len(linha)
        i += 1
    linhas.append("</table>")
    return "".join(linhas)


def texto_cancelamento(motivo: str) -> str:
    return (
        "COMUNICAÇÃO CANCELADA\n\rEsta comunicação foi cancelada pelo órgão de origem e não produz "
        f"efeitos.\n\rMotivo: {motivo}"
    )


_GIGANTE: list[str] = []


def texto_gigante() -> str:
    """Texto de 10 MB para testar limites do cliente; montado uma vez e reaproveitado."""
    if not _GIGANTE:
        bloco = " ".join(CORPOS) + "\n\r"
        alvo = 10 * 1024 * 1024
        _GIGANTE.append((bloco * (alvo // len(bloco) + 1))[:alvo])
    return _GIGANTE[0]
