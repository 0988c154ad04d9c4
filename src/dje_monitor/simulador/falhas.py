"""Injeção de falhas: latência, limite de taxa por IP, erros, respostas forçadas e páginas vazias."""

from __future__ import annotations

import math
import random
from collections import deque
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from .config import ConfigSimulador, Latencia, ParametrosFalhas
from .normalizacao import normalizar

TIPOS_FORCADOS = (
    "500", "403", "429", "vazia", "timeout", "html_200", "array", "itens", "nulos", "sem_campos",
    "texto_gigante",
)  # fmt: skip
# Quando o limite está desligado os cabeçalhos continuam presentes, com um teto que nunca se atinge.
LIMITE_DESLIGADO = 1_000_000


@dataclass(frozen=True)
class RespostaForcada:
    tipo: str
    retry_after: int | None = None  # só para "429"; None = sem cabeçalho Retry-After
    segundos: float = 30.0  # só para "timeout"


@dataclass(frozen=True)
class ConfigFalhas(ParametrosFalhas):
    # "Poison" parties: every query naming one of these (normalized) gets a 500. Set at run time only.
    nomes_com_falha: tuple[str, ...] = ()

    @classmethod
    def de_config(cls, config: ConfigSimulador) -> ConfigFalhas:
        return cls(**{campo.name: getattr(config, campo.name) for campo in fields(ParametrosFalhas)})

    @property
    def capacidade(self) -> int:
        """Requisições aceitas por janela de 1 s: limite + burst, arredondado para baixo."""
        return math.floor(self.limite_taxa + self.burst) if self.limite_taxa > 0 else 0


class LimitadorJanela:
    """Janela deslizante de 1 s por cliente: rejeita quando ela já tem `capacidade` aceitas."""

    def __init__(self) -> None:
        self._janelas: dict[str, deque[float]] = {}

    def tentar(self, cliente: str, agora: float, capacidade: int) -> tuple[bool, int]:
        """Devolve (aceita?, quantas ainda cabem na janela depois desta)."""
        janela = self._janelas.setdefault(cliente, deque())
        while janela and janela[0] <= agora - 1.0:
            janela.popleft()
        if len(janela) >= capacidade:
            return False, 0
        janela.append(agora)
        return True, capacidade - len(janela)

    def limpar(self) -> None:
        self._janelas.clear()


@dataclass
class EstadoFalhas:
    inicial: ConfigFalhas
    seed: int
    atual: ConfigFalhas = field(init=False)
    latencia: Latencia = field(init=False)
    fila: deque[RespostaForcada] = field(default_factory=deque)
    paginas_vazias: int = 0
    paginas_esvaziadas: set[Any] = field(default_factory=set)
    limitador: LimitadorJanela = field(default_factory=LimitadorJanela)
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed + 1)
        self.resetar()

    def resetar(self) -> None:
        self.atual = self.inicial
        self.latencia = Latencia.de_texto(self.atual.latencia)
        self.fila.clear()
        self.paginas_vazias = 0
        self.paginas_esvaziadas.clear()
        self.limitador.limpar()

    def alterar(self, alteracoes: dict[str, Any]) -> None:
        """Mescla alterações parciais; `respostas_forcadas` entra no fim da fila."""
        forcadas = alteracoes.pop("respostas_forcadas", None) or []
        vazias = alteracoes.pop("paginas_vazias", None)
        if alteracoes.get("nomes_com_falha") is not None:
            alteracoes["nomes_com_falha"] = tuple(normalizar(n) for n in alteracoes["nomes_com_falha"])
        novo = replace(self.atual, **alteracoes)
        self.latencia = Latencia.de_texto(novo.latencia)
        self.atual = novo
        if vazias is not None:
            self.paginas_vazias = vazias
        self.fila.extend(RespostaForcada(**f) for f in forcadas)

    def como_dict(self) -> dict[str, Any]:
        return {
            **asdict(self.atual),
            "paginas_vazias": self.paginas_vazias,
            "respostas_forcadas": [asdict(f) for f in self.fila],
        }

    def verificar_taxa(self, cliente: str, agora: float) -> tuple[bool, dict[str, str]]:
        capacidade = self.atual.capacidade
        if capacidade <= 0:
            _, restantes = self.limitador.tentar(cliente, agora, LIMITE_DESLIGADO)
            return True, _cabecalhos(LIMITE_DESLIGADO, restantes)
        aceita, restantes = self.limitador.tentar(cliente, agora, capacidade)
        cabecalhos = _cabecalhos(capacidade, restantes)
        if not aceita:
            cabecalhos["Retry-After"] = str(self.atual.retry_after)
        return aceita, cabecalhos

    def proxima_forcada(self) -> RespostaForcada | None:
        return self.fila.popleft() if self.fila else None

    def sortear_latencia(self) -> float:
        return self.latencia.sortear(self.rng)

    def envenenado(self, nome_parte_normalizado: str | None) -> bool:
        return bool(nome_parte_normalizado) and nome_parte_normalizado in self.atual.nomes_com_falha

    def sortear_erro(self) -> str | None:
        sorteio = self.rng.random()
        if sorteio < self.atual.prob_403:
            return "403"
        if sorteio < self.atual.prob_403 + self.atual.prob_500:
            return "500"
        return None

    def esvaziar_pagina(self, chave: Any) -> bool:
        """Página vazia transitória: cada página afetada vem vazia uma única vez."""
        if self.paginas_vazias <= 0 or chave in self.paginas_esvaziadas:
            return False
        self.paginas_vazias -= 1
        self.paginas_esvaziadas.add(chave)
        return True


def _cabecalhos(limite: int, restantes: int) -> dict[str, str]:
    return {"x-ratelimit-limit": str(limite), "x-ratelimit-remaining": str(restantes)}
