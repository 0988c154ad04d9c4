"""O estado vivo do simulador: dados, partes conhecidas, falhas em vigor e registro de requisições."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from .base import BaseComunicacoes
from .config import ConfigSimulador
from .falhas import ConfigFalhas, EstadoFalhas
from .gerador import Gerador, dias_uteis, id_do_instante
from .normalizacao import normalizar
from .registro import RegistroRequisicoes

FUSO = ZoneInfo("America/Sao_Paulo")


def hoje_brasil() -> date:
    return datetime.now(FUSO).date()


class Simulador:
    def __init__(self, config: ConfigSimulador, relogio: Callable[[], float] = time.time) -> None:
        self.config = config
        self.relogio = relogio
        self.hoje = config.hoje or hoje_brasil()
        self.gerador = Gerador(config, self.hoje)
        self.base = BaseComunicacoes()
        self.falhas = EstadoFalhas(ConfigFalhas.de_config(config), config.seed)
        self.registro = RegistroRequisicoes(relogio)
        # nome normalizado -> (nome como cadastrado, origem: "fixa", "gerada" ou "adicionada")
        self._partes: dict[str, tuple[str, str]] = {}
        for nome in config.partes_fixas:
            self._registrar_parte(nome, "fixa")
        # Sem o coletor de lixo a geração de 50 000 comunicações leva metade do tempo: ela só cria
        # objetos vivos. Depois, congelá-los poupa as coletas futuras de varrê-los a cada requisição.
        coletor_ativo = gc.isenabled()
        gc.disable()
        try:
            geradas = self.gerador.gerar_partes()
            for nome in geradas:
                self._registrar_parte(nome, "gerada")
            for item in self.gerador.gerar_historico([*config.partes_fixas, *geradas]):
                self.base.adicionar(item)
        finally:
            if coletor_ativo:
                gc.enable()
            gc.freeze()
        # A simulator restarted over the same database (the demo) never reuses an id handed out before.
        self.gerador.proximo_id = max(self.gerador.proximo_id, id_do_instante(relogio()))

    def _registrar_parte(self, nome: str, origem: str) -> None:
        self._partes.setdefault(normalizar(nome), (nome, origem))

    def partes(self) -> list[tuple[str, str]]:
        return list(self._partes.values())

    def partes_geradas(self) -> list[str]:
        return [nome for nome, origem in self._partes.values() if origem != "adicionada"]

    def adicionar_comunicacoes(
        self,
        quantidade: int,
        destinatarios: list[str],
        inicio: date,
        fim: date,
        sigla_tribunal: str | None = None,
        numero_processo: str | None = None,
        texto: str | None = None,
    ) -> list[int]:
        """Novas comunicações espalhadas pelos dias úteis do intervalo (todos os dias, se não houver)."""
        dias = dias_uteis(inicio, fim) or [inicio + timedelta(n) for n in range((fim - inicio).days + 1)]
        for nome in destinatarios:
            self._registrar_parte(nome, "adicionada")
        ids = []
        for n in range(quantidade):
            data = dias[n * len(dias) // quantidade]
            item = self.gerador.nova(
                destinatarios,
                data,
                sigla_tribunal=sigla_tribunal,
                numero_processo=numero_processo,
                texto=texto,
            )
            self.base.adicionar(item)
            ids.append(item["id"])
        return ids

    def nova_do_dia(self) -> int:
        """Uma comunicação de hoje para uma parte gerada qualquer (modo --novas-por-minuto)."""
        partes = self.partes_geradas()
        if not partes:
            return 0
        principal = self.gerador.rng.choice(partes)
        item = self.gerador.nova([principal], self.data_de_hoje(), coadjuvantes=True)
        self.base.adicionar(item)
        return int(item["id"])

    def data_de_hoje(self) -> date:
        """Hoje em Brasília, ou a data fixada por --hoje (para dados e testes reprodutíveis)."""
        return self.config.hoje or hoje_brasil()

    def estado(self) -> dict[str, Any]:
        config = self.config.como_dict()
        config.update(self.falhas.como_dict())
        return {
            "config": config,
            "comunicacoes": len(self.base),
            "partes": len(self._partes),
            "id_maximo": self.base.id_maximo,
            "hoje": self.data_de_hoje().isoformat(),
            "hoje_dos_dados": self.hoje.isoformat(),
            "requisicoes_registradas": len(self.registro),
        }
