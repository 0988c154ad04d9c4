"""Configuração do simulador: flags de linha de comando e especificação de latência."""

from __future__ import annotations

import argparse
import math
import random
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Latencia:
    """Atraso por requisição: fixo ("0.3"), uniforme ("0.25-0.32") ou lognormal ("lognormal:0.3:0.5")."""

    tipo: str
    a: float
    b: float = 0.0

    @classmethod
    def de_texto(cls, especificacao: str) -> Latencia:
        texto = especificacao.strip().lower()
        try:
            if texto.startswith("lognormal:"):
                _, mediana, sigma = texto.split(":")
                latencia = cls("lognormal", float(mediana), float(sigma))
                if latencia.a <= 0 or latencia.b < 0:
                    raise ValueError
                return latencia
            if "-" in texto.lstrip("-"):
                minimo, maximo = texto.split("-")
                latencia = cls("uniforme", float(minimo), float(maximo))
                if not 0 <= latencia.a <= latencia.b:
                    raise ValueError
                return latencia
            latencia = cls("fixa", float(texto))
        except ValueError:
            raise ValueError(f"latência inválida: {especificacao!r}") from None
        if latencia.a < 0 or not math.isfinite(latencia.a):
            raise ValueError(f"latência inválida: {especificacao!r}")
        return latencia

    def sortear(self, rng: random.Random) -> float:
        if self.tipo == "uniforme":
            return rng.uniform(self.a, self.b)
        if self.tipo == "lognormal":
            return math.exp(rng.gauss(math.log(self.a), self.b))
        return self.a


@dataclass(frozen=True)
class ParametrosFalhas:
    """O comportamento do DJEN simulado: das flags na partida, alterável depois por PUT /_simulador/falhas."""

    latencia: str = "0"
    limite_taxa: float = 0.0
    burst: int = 1
    retry_after: int = 1
    prob_500: float = 0.0
    prob_403: float = 0.0
    novas_por_minuto: float = 0.0
    max_itens_por_pagina: int = 100


@dataclass(frozen=True)
class ConfigSimulador(ParametrosFalhas):
    host: str = "127.0.0.1"
    porta: int = 8765
    seed: int = 42
    partes: int = 20
    publicacoes_por_parte: float = 10.0
    dias: int = 60
    compartilhadas: float = 0.1
    canceladas: float = 0.02
    editais: float = 0.05
    partes_fixas: list[str] = field(default_factory=list)
    hoje: date | None = None  # None: a data de hoje em America/Sao_Paulo
    log_nivel: str = "warning"

    def __post_init__(self) -> None:
        Latencia.de_texto(self.latencia)  # falha cedo com mensagem clara

    def como_dict(self) -> dict[str, Any]:
        dados = asdict(self)
        dados["hoje"] = self.hoje.isoformat() if self.hoje else None
        return dados


def _fracao(texto: str) -> float:
    valor = float(texto)
    if not 0.0 <= valor <= 1.0:
        raise argparse.ArgumentTypeError(f"deve estar entre 0 e 1: {texto}")
    return valor


def _nao_negativo(texto: str) -> float:
    valor = float(texto)
    if valor < 0 or not math.isfinite(valor):
        raise argparse.ArgumentTypeError(f"deve ser >= 0: {texto}")
    return valor


def _latencia(texto: str) -> str:
    try:
        Latencia.de_texto(texto)
    except ValueError as erro:
        raise argparse.ArgumentTypeError(str(erro)) from None
    return texto


def _partes_fixas(texto: str) -> list[str]:
    return [nome.strip() for nome in texto.split(";") if nome.strip()]


def criar_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dje-monitor simulador",
        description="Simulador fiel da API pública do DJEN (Comunica PJe), só para uso local.",
    )
    padrao = ConfigSimulador()
    p.add_argument("--host", default=padrao.host)
    p.add_argument("--porta", type=int, default=padrao.porta)
    p.add_argument("--seed", type=int, default=padrao.seed)
    p.add_argument("--partes", type=int, default=padrao.partes, help="partes geradas")
    p.add_argument("--publicacoes-por-parte", type=_nao_negativo, default=padrao.publicacoes_por_parte)
    p.add_argument("--dias", type=int, default=padrao.dias, help="dias de histórico até hoje")
    p.add_argument("--compartilhadas", type=_fracao, default=padrao.compartilhadas)
    p.add_argument("--canceladas", type=_fracao, default=padrao.canceladas)
    p.add_argument("--editais", type=_fracao, default=padrao.editais)
    p.add_argument("--latencia", type=_latencia, default=padrao.latencia)
    p.add_argument("--limite-taxa", type=_nao_negativo, default=padrao.limite_taxa, help="0 = desligado")
    p.add_argument("--burst", type=int, default=padrao.burst)
    p.add_argument("--retry-after", type=int, default=padrao.retry_after)
    p.add_argument("--prob-500", type=_fracao, default=padrao.prob_500)
    p.add_argument("--prob-403", type=_fracao, default=padrao.prob_403)
    p.add_argument("--novas-por-minuto", type=_nao_negativo, default=padrao.novas_por_minuto)
    p.add_argument("--max-itens-por-pagina", type=int, default=padrao.max_itens_por_pagina)
    p.add_argument("--partes-fixas", type=_partes_fixas, default=[], help='"NOME A;NOME B"')
    p.add_argument("--hoje", type=date.fromisoformat, default=None, help="fixa a data de hoje (yyyy-mm-dd)")
    p.add_argument("--log-nivel", default=padrao.log_nivel, choices=["critical", "error", "warning", "info"])
    return p


def config_de_argv(argv: list[str] | None = None) -> ConfigSimulador:
    argumentos = criar_parser().parse_args(argv)
    return ConfigSimulador(**vars(argumentos))
