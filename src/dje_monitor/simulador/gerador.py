"""Geração determinística (por seed) das comunicações, no formato exato dos itens do DJEN."""

from __future__ import annotations

import base64
import itertools
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from . import nomes, processos, textos
from .config import ConfigSimulador
from .normalizacao import normalizar
from .processos import Orgao, Processo
from .tribunais import TRIBUNAIS, TRIBUNAIS_POR_SIGLA, UFS, Tribunal

TIPOS_COMUNS = ("Intimação", "Citação", "Pauta de julgamento", "Lista de distribuição")
# Pesos acumulados (cum_weights poupa o random.choices de somá-los a cada sorteio).
# Com 5% de editais, Intimação fica em ~87% do total.
PESOS_TIPOS_COMUNS = (0.915, 0.955, 0.985, 1.0)
POLOS, PESOS_POLOS = "APTD", (0.35, 0.95, 0.98, 1.0)
TIPOS_DOCUMENTO = {
    "Intimação": ("Sentença", "Intimação", "Despacho", "Decisão", "EXPEDIENTE", "Ato Ordinatório", "Acórdão"),
    "Citação": ("Citação", "Mandado"),
    "Pauta de julgamento": ("Pauta de Julgamento",),
    "Lista de distribuição": ("Lista de Distribuição",),
    "Edital": ("Edital",),
}
MEIOS = {"D": "Diário de Justiça Eletrônico Nacional", "E": "Plataforma Nacional de Editais"}
MOTIVOS_CANCELAMENTO = (
    "Publicação em duplicidade",
    "Erro material no conteúdo da publicação",
    "Destinatário incorreto",
    "Cancelado a pedido do órgão julgador",
)
_SEM_SIMBOLOS = bytes.maketrans(b"+/", b"Qz")
ID_INICIAL = 500_000_000
# Communications added while running take ids that grow with the clock, as DJEN's do: ten per second
# since 2026, above every generated history and faster than the demo's new communications use them.
ID_TEMPO_REAL = 600_000_000
_EPOCA_IDS = 1_767_225_600  # 2026-01-01T00:00:00Z


@dataclass(frozen=True)
class Advogado:
    id: int
    nome: str
    numero_oab: str
    uf_oab: str


def _hash(rng: random.Random) -> str:
    """30 alfanuméricos, como a chave da certidão; base64 é bem mais rápido que 30 sorteios."""
    return base64.b64encode(rng.randbytes(23)).translate(_SEM_SIMBOLOS)[:30].decode("ascii")


def dias_uteis(inicio: date, fim: date) -> list[date]:
    dias = [inicio + timedelta(n) for n in range((fim - inicio).days + 1)]
    return [d for d in dias if d.weekday() < 5]


def cancelar_item(item: dict[str, Any], motivo: str, instante: datetime) -> None:
    item["ativo"] = False
    item["motivo_cancelamento"] = motivo
    item["data_cancelamento"] = instante.isoformat(timespec="seconds")
    item["texto"] = textos.texto_cancelamento(motivo)


def id_do_instante(segundos: float) -> int:
    return ID_TEMPO_REAL + max(int(segundos) - _EPOCA_IDS, 0) * 10


class Gerador:
    """Cria partes, advogados, processos e comunicações a partir de um único Random semeado."""

    def __init__(self, config: ConfigSimulador, hoje: date) -> None:
        self.config = config
        self.hoje = hoje
        self.rng = random.Random(config.seed)
        self.proximo_id = ID_INICIAL + self.rng.randint(0, 9_999_999)
        self._proximo_vinculo = 1_000_000_000
        self._pesos = list(itertools.accumulate(t.peso for t in TRIBUNAIS))
        self._orgaos: dict[str, list[Orgao]] = {}
        self._processos_por_parte: dict[str, list[Processo]] = {}
        quantidade = max(40, (config.partes + len(config.partes_fixas)) // 2)
        self.advogados = [self._advogado(n) for n in range(quantidade)]

    # -- partes -------------------------------------------------------------------------------

    def gerar_partes(self) -> list[str]:
        """Nomes únicos; ~5% estendem outro nome ("JOSE DA SILVA" e "JOSE DA SILVA SANTOS")."""
        geradas: list[str] = []
        vistas: set[str] = {normalizar(n) for n in self.config.partes_fixas}
        while len(geradas) < self.config.partes:
            if geradas and self.rng.random() < 0.05:
                nome = f"{self.rng.choice(geradas)} {self.rng.choice(nomes.SOBRENOMES)}"
            else:
                nome = nomes.nome_parte(self.rng)
            if normalizar(nome) not in vistas:
                vistas.add(normalizar(nome))
                geradas.append(nome)
        return geradas

    # -- histórico ----------------------------------------------------------------------------

    def gerar_historico(self, partes: list[str]) -> list[dict[str, Any]]:
        """Comunicações dos últimos `dias` dias úteis, ids crescentes com a data, como no DJEN."""
        dias = dias_uteis(self.hoje - timedelta(self.config.dias), self.hoje) or [self.hoje]
        media = self.config.publicacoes_por_parte
        rascunhos: list[tuple[date, int, list[str]]] = []
        for nome in partes:
            quantidade = max(1, round(self.rng.expovariate(1 / media))) if media > 0 else 0
            for _ in range(quantidade):
                destinatarios = [nome]
                if len(partes) > 1 and self.rng.random() < self.config.compartilhadas:
                    outras = [p for p in self.rng.sample(partes, min(3, len(partes))) if p != nome]
                    destinatarios += outras[: self.rng.randint(1, 2)]
                rascunhos.append((self.rng.choice(dias), len(rascunhos), destinatarios))
        rascunhos.sort()
        itens = [self.nova(destinatarios, data, coadjuvantes=True) for data, _, destinatarios in rascunhos]
        quantidade_canceladas = round(self.config.canceladas * len(itens))
        for item in self.rng.sample(itens, quantidade_canceladas):
            publicado = date.fromisoformat(item["data_disponibilizacao"])
            instante = datetime.combine(publicado, time(self.rng.randint(8, 18), self.rng.randint(0, 59)))
            cancelar_item(item, self.rng.choice(MOTIVOS_CANCELAMENTO), instante)
        return itens

    # -- uma comunicação ----------------------------------------------------------------------

    def nova(
        self,
        destinatarios: list[str],
        data: date,
        *,
        coadjuvantes: bool = False,
        sigla_tribunal: str | None = None,
        numero_processo: str | None = None,
        texto: str | None = None,
    ) -> dict[str, Any]:
        """Uma comunicação nova com id maior que todos os anteriores; o 1º destinatário é o principal."""
        rng = self.rng
        processo = self._processo(destinatarios[0], sigla_tribunal, numero_processo)
        polo = rng.choices(POLOS, cum_weights=PESOS_POLOS)[0]
        partes = [(destinatarios[0], polo)]
        outro_polo = "P" if polo == "A" else "A"
        partes += [(nome, rng.choice((outro_polo, outro_polo, polo))) for nome in destinatarios[1:]]
        if coadjuvantes:
            uf = rng.choice(processo.tribunal.ufs)
            for _ in range(rng.choice((0, 1, 1, 1, 2))):
                partes.append((nomes.nome_coadjuvante(rng, UFS[uf][0], processo.orgao.cidade), outro_polo))
        if rng.random() < self.config.editais:
            tipo, meio = "Edital", "E"
        else:
            tipo = rng.choices(TIPOS_COMUNS, cum_weights=PESOS_TIPOS_COMUNS)[0]
            meio = "E" if rng.random() < 0.03 else "D"
        tipo_documento = rng.choice(TIPOS_DOCUMENTO[tipo])
        advogados = rng.sample(self.advogados, rng.choice((0, 0, 1, 1, 2, 3)))
        contexto = textos.Contexto(
            processo.tribunal,
            processo.orgao.nome,
            processo.orgao.cidade,
            processos.mascarar(processo.numero),
            processo.classe,
            tipo,
            tipo_documento,
            data,
            tuple(partes),
            tuple((a.nome, a.numero_oab, a.uf_oab) for a in advogados),
        )
        if texto is None:
            if tipo == "Edital":
                texto = textos.texto_edital(rng, contexto, grande=rng.random() < 0.03)
            else:
                texto = textos.texto_puro(rng, contexto)
        self.proximo_id += rng.randint(1, 40)
        ident = self.proximo_id
        # O vínculo com os advogados é gravado no DJEN na véspera, o mesmo instante para todos.
        criado = datetime.combine(
            data - timedelta(1), time(rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        )
        classe = processos.estragar_acentos(processo.classe) if rng.random() < 0.9 else processo.classe
        return {
            "id": ident,
            "data_disponibilizacao": data.isoformat(),
            "siglaTribunal": processo.tribunal.sigla,
            "tipoComunicacao": tipo,
            "nomeOrgao": processo.orgao.nome,
            "idOrgao": processo.orgao.id,
            "texto": texto,
            "numero_processo": processo.numero,
            "meio": meio,
            "link": processos.link(rng, processo),
            "tipoDocumento": tipo_documento,
            "nomeClasse": classe,
            "codigoClasse": processo.codigo_classe,
            "numeroComunicacao": 1 if rng.random() < 0.7 else rng.randint(2, 600),
            "ativo": True,
            "hash": _hash(rng),
            "status": "P",
            "motivo_cancelamento": None,
            "data_cancelamento": None,
            "datadisponibilizacao": data.strftime("%d/%m/%Y"),
            "meiocompleto": MEIOS[meio],
            "numeroprocessocommascara": processos.mascarar(processo.numero),
            "destinatarios": [{"comunicacao_id": ident, "polo": p, "nome": n} for n, p in partes],
            "destinatarioadvogados": [self._vinculo(ident, a, criado) for a in advogados],
        }

    # -- peças auxiliares ---------------------------------------------------------------------

    def _advogado(self, n: int) -> Advogado:
        rng = self.rng
        uf = rng.choice(list(UFS))
        digitos = rng.randint(100, 450_000)
        formato = rng.random()
        if formato < 0.6:
            numero = str(digitos)
        elif formato < 0.7:
            numero = f"{digitos:,}".replace(",", ".")
        elif formato < 0.8:
            numero = f"{digitos}{rng.choice(('-B', 'A', '-A', 'B'))}"
        else:
            numero = f"{uf}{digitos:06d}"
        return Advogado(
            100_000 + n * 7919 + rng.randint(0, 7000), nomes.nome_pessoa(rng, acentos=False), numero, uf
        )

    def _vinculo(self, comunicacao_id: int, advogado: Advogado, criado: datetime) -> dict[str, Any]:
        self._proximo_vinculo += self.rng.randint(1, 9)
        instante = criado.isoformat()
        return {
            "id": self._proximo_vinculo,
            "comunicacao_id": comunicacao_id,
            "advogado_id": advogado.id,
            "created_at": instante,
            "updated_at": instante,
            "advogado": {
                "id": advogado.id,
                "nome": advogado.nome,
                "numero_oab": advogado.numero_oab,
                "uf_oab": advogado.uf_oab,
            },
        }

    def _orgaos_de(self, tribunal: Tribunal) -> list[Orgao]:
        if tribunal.sigla not in self._orgaos:
            self._orgaos[tribunal.sigla] = processos.gerar_orgaos(self.rng, tribunal)
        return self._orgaos[tribunal.sigla]

    def _processo(self, parte: str, sigla: str | None, numero: str | None) -> Processo:
        """Cada parte tem de 1 a 3 processos, para que buscas por processo tragam várias comunicações."""
        if numero is not None:
            return self._processo_informado(numero, sigla)
        if sigla is not None:
            tribunal = TRIBUNAIS_POR_SIGLA[sigla]
            return processos.gerar_processo(
                self.rng, tribunal, self.rng.choice(self._orgaos_de(tribunal)), self.hoje.year
            )
        existentes = self._processos_por_parte.setdefault(parte, [])
        if len(existentes) < 3 and (not existentes or self.rng.random() < 0.3):
            tribunal = self.rng.choices(TRIBUNAIS, cum_weights=self._pesos)[0]
            orgao = self.rng.choice(self._orgaos_de(tribunal))
            existentes.append(processos.gerar_processo(self.rng, tribunal, orgao, self.hoje.year))
        return self.rng.choice(existentes)

    def _processo_informado(self, numero: str, sigla: str | None) -> Processo:
        segmento, codigo, origem = numero[13], numero[14:16], numero[16:]
        candidatos = [t for t in TRIBUNAIS if (t.segmento, t.codigo) == (segmento, codigo)]
        if sigla is not None:
            tribunal = TRIBUNAIS_POR_SIGLA[sigla]
        else:
            tribunal = (
                candidatos[0] if candidatos else self.rng.choices(TRIBUNAIS, cum_weights=self._pesos)[0]
            )
        base = self.rng.choice(self._orgaos_de(tribunal))
        orgao = Orgao(base.id, base.nome, base.cidade, origem)
        modelo = processos.gerar_processo(self.rng, tribunal, orgao, self.hoje.year)
        return Processo(numero, tribunal, orgao, modelo.codigo_classe, modelo.classe)
