"""Base em memória das comunicações, com índices para que nenhuma busca por nome varra tudo."""

from __future__ import annotations

from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from .gerador import cancelar_item
from .normalizacao import chave_oab, normalizar

LIMITE_RESULTADOS = 10_000
_VAZIO: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Filtros:
    """Parâmetros de /comunicacao já normalizados (nomes e texto por `normalizar`)."""

    nome_parte: str | None = None
    nome_advogado: str | None = None
    numero_oab: str | None = None
    uf_oab: str | None = None
    numero_processo: str | None = None
    sigla_tribunal: str | None = None
    data_inicio: date | None = None
    data_fim: date | None = None
    numero_comunicacao: int | None = None
    meio: str | None = None
    orgao_id: int | None = None
    texto: str | None = None

    def restritivo(self) -> bool:
        """O DJEN recusa consultas sem tribunal, texto, parte, advogado, OAB ou processo."""
        return any(
            (self.sigla_tribunal, self.texto, self.nome_parte, self.nome_advogado, self.numero_oab)
        ) or (self.numero_processo is not None)

    def limitado(self) -> bool:
        """Buscas por nome/OAB/processo/texto ou de mais de um dia param em 10 000 resultados."""
        um_dia = self.data_inicio is not None and self.data_inicio == self.data_fim
        especificos = (self.nome_parte, self.nome_advogado, self.numero_oab, self.numero_processo, self.texto)
        return any(v is not None for v in especificos) or not um_dia


class BaseComunicacoes:
    def __init__(self) -> None:
        self._itens: dict[int, dict[str, Any]] = {}
        self._ordem: dict[int, tuple[int, int]] = {}  # (data ordinal, id): chave de ordenação
        self._nomes: dict[int, tuple[str, ...]] = {}  # " NOME " normalizado de cada destinatário
        self._advogados: dict[int, tuple[str, ...]] = {}
        self._palavras_parte: defaultdict[str, set[int]] = defaultdict(set)
        self._palavras_advogado: defaultdict[str, set[int]] = defaultdict(set)
        self._por_oab: defaultdict[str, set[int]] = defaultdict(set)
        self._por_processo: defaultdict[str, set[int]] = defaultdict(set)
        self._por_tribunal: defaultdict[str, set[int]] = defaultdict(set)
        self._texto_normalizado: dict[int, str] = {}  # preenchido só quando alguém busca por texto
        self._mencoes: Counter[str] = Counter()  # nome normalizado exato -> nº de comunicações
        self._ultimo_envio: dict[str, str] = {}
        self._cache: OrderedDict[Filtros, tuple[int, list[int]]] = OrderedDict()
        self.versao = 0
        self.id_maximo = 0

    def __len__(self) -> int:
        return len(self._itens)

    def obter(self, ident: int) -> dict[str, Any] | None:
        return self._itens.get(ident)

    def adicionar(self, item: dict[str, Any]) -> None:
        ident = item["id"]
        self._itens[ident] = item
        self._ordem[ident] = (date.fromisoformat(item["data_disponibilizacao"]).toordinal(), ident)
        nomes = tuple(normalizar(d["nome"]) for d in item["destinatarios"])
        self._nomes[ident] = tuple(f" {n} " for n in nomes)
        for nome in set(nomes):
            self._mencoes[nome] += 1
            for palavra in nome.split():
                self._palavras_parte[palavra].add(ident)
        advogados = [v["advogado"] for v in item["destinatarioadvogados"]]
        self._advogados[ident] = tuple(f" {normalizar(a['nome'])} " for a in advogados)
        for advogado in advogados:
            for palavra in normalizar(advogado["nome"]).split():
                self._palavras_advogado[palavra].add(ident)
            self._por_oab[chave_oab(advogado["numero_oab"])].add(ident)
        self._por_processo[item["numero_processo"]].add(ident)
        self._por_tribunal[item["siglaTribunal"]].add(ident)
        sigla, data = item["siglaTribunal"], item["data_disponibilizacao"]
        self._ultimo_envio[sigla] = max(self._ultimo_envio.get(sigla, data), data)
        self.id_maximo = max(self.id_maximo, ident)
        self.versao += 1

    def cancelar(self, ident: int, motivo: str, instante: datetime) -> dict[str, Any] | None:
        item = self._itens.get(ident)
        if item is None:
            return None
        cancelar_item(item, motivo, instante)
        self._texto_normalizado.pop(ident, None)
        self.versao += 1
        return item

    def mencoes(self, nome: str) -> int:
        return self._mencoes[normalizar(nome)]

    def ultimo_envio(self) -> dict[str, str]:
        """Sigla -> data (yyyy-mm-dd) da comunicação mais recente do tribunal."""
        return dict(self._ultimo_envio)

    # -- consulta -----------------------------------------------------------------------------

    def consultar(self, filtros: Filtros, usar_cache: bool = True) -> list[int]:
        """Ids que casam, do mais novo para o mais antigo (data, depois id), já com o teto de 10 000.

        O resultado fica num cache pequeno porque um cliente pagina a mesma consulta várias vezes.
        """
        em_cache = self._cache.get(filtros)
        if em_cache is not None and em_cache[0] == self.versao:
            self._cache.move_to_end(filtros)
            return em_cache[1]
        ids = sorted(self._filtrar(filtros), key=self._ordem.__getitem__, reverse=True)
        if filtros.limitado():
            ids = ids[:LIMITE_RESULTADOS]
        if usar_cache:
            self._cache[filtros] = (self.versao, ids)
            if len(self._cache) > 256:
                self._cache.popitem(last=False)
        return ids

    def _candidatos(self, f: Filtros) -> set[int] | None:
        conjuntos: list[set[int] | frozenset[int]] = []
        if f.nome_parte:
            conjuntos += [self._palavras_parte.get(p, _VAZIO) for p in f.nome_parte.split()]
        if f.nome_advogado:
            conjuntos += [self._palavras_advogado.get(p, _VAZIO) for p in f.nome_advogado.split()]
        if f.numero_oab is not None:
            conjuntos.append(self._por_oab.get(f.numero_oab, _VAZIO))
        if f.numero_processo is not None:
            conjuntos.append(self._por_processo.get(f.numero_processo, _VAZIO))
        if f.sigla_tribunal is not None:
            conjuntos.append(self._por_tribunal.get(f.sigla_tribunal, _VAZIO))
        if not conjuntos:
            return None
        conjuntos.sort(key=len)
        resultado = set(conjuntos[0])
        for conjunto in conjuntos[1:]:
            if not resultado:
                break
            resultado &= conjunto
        return resultado

    def _filtrar(self, f: Filtros) -> list[int]:
        candidatos = self._candidatos(f)
        ids = self._itens.keys() if candidatos is None else candidatos
        inicio = f.data_inicio.toordinal() if f.data_inicio else None
        fim = f.data_fim.toordinal() if f.data_fim else None
        parte = f" {f.nome_parte} " if f.nome_parte else None
        advogado = f" {f.nome_advogado} " if f.nome_advogado else None
        resultado = []
        for ident in ids:
            ordinal = self._ordem[ident][0]
            if (inicio is not None and ordinal < inicio) or (fim is not None and ordinal > fim):
                continue
            if parte is not None and not any(parte in nome for nome in self._nomes[ident]):
                continue
            if advogado is not None and not any(advogado in nome for nome in self._advogados[ident]):
                continue
            if not self._confere_campos(ident, f):
                continue
            resultado.append(ident)
        return resultado

    def _confere_campos(self, ident: int, f: Filtros) -> bool:
        item = self._itens[ident]
        if f.meio is not None and item["meio"] != f.meio:
            return False
        if f.numero_comunicacao is not None and item["numeroComunicacao"] != f.numero_comunicacao:
            return False
        if f.orgao_id is not None and item["idOrgao"] != f.orgao_id:
            return False
        if f.uf_oab is not None:
            advogados = [v["advogado"] for v in item["destinatarioadvogados"]]
            if not any(
                a["uf_oab"] == f.uf_oab
                and (f.numero_oab is None or chave_oab(a["numero_oab"]) == f.numero_oab)
                for a in advogados
            ):
                return False
        return f.texto is None or f.texto in self._texto(ident)

    def _texto(self, ident: int) -> str:
        if ident not in self._texto_normalizado:
            self._texto_normalizado[ident] = normalizar(self._itens[ident]["texto"])
        return self._texto_normalizado[ident]
