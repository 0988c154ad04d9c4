"""Patterns and credit opportunities as the API accepts and shows them."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from dje_monitor.esquemas import Id, Instante, texto_gravavel
from dje_monitor.oportunidades import padroes
from dje_monitor.publicacoes.schemas import ComNumeroProcesso

TipoPadrao = Literal["POSITIVO", "NEGATIVO"]
Situacao = Literal["ativa", "cancelada"]
NOME_MAX = 100
ORDEM_MAX = 100_000


def _nome(valor: str) -> str:
    nome = " ".join(texto_gravavel(valor).split())
    if not 1 <= len(nome) <= NOME_MAX:
        raise ValueError(f"deve ter entre 1 e {NOME_MAX} caracteres")
    return nome


def _expressao(valor: str) -> str:
    # ExpressaoInvalida is a ValueError: its pt-BR message becomes the field's 422 message.
    return padroes.validar(texto_gravavel(valor))


Nome = Annotated[str, AfterValidator(_nome)]
ExpressaoPadrao = Annotated[
    str,
    Field(
        max_length=padroes.TAMANHO_MAX,
        description="Palavras ou frases sem acento/maiúscula obrigatórios; * no fim de uma palavra é curinga "
        '("precatório*"); | separa alternativas ("rpv* | requisição de pequeno valor"). Não é regex.',
    ),
    AfterValidator(_expressao),
]
Ordem = Annotated[int, Field(ge=0, le=ORDEM_MAX, description="Menor primeiro: define o padrão principal")]


class PadraoEntrada(BaseModel):
    model_config = ConfigDict(extra="forbid")

    nome: Nome
    expressao: ExpressaoPadrao
    tipo: TipoPadrao = Field(
        description="POSITIVO marca uma oportunidade; NEGATIVO, numa publicação posterior, a cancela"
    )
    ordem: Ordem = 100
    ativo: bool = True


class PadraoAtualizacao(BaseModel):
    """Only the fields sent change; none of them may be null."""

    model_config = ConfigDict(extra="forbid")

    nome: Nome | None = None
    expressao: ExpressaoPadrao | None = None
    tipo: TipoPadrao | None = None
    ordem: Ordem | None = None
    ativo: bool | None = None

    @model_validator(mode="after")
    def _sem_nulos(self) -> PadraoAtualizacao:
        nulos = [campo for campo in self.model_fields_set if getattr(self, campo) is None]
        if nulos:
            raise ValueError(f"não podem ser nulos: {', '.join(sorted(nulos))}")
        if not self.model_fields_set:
            raise ValueError("informe ao menos um campo para alterar")
        return self


class PadraoSaida(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    nome: str
    expressao: str
    tipo: TipoPadrao
    ordem: int
    ativo: bool
    criado_em: Instante


class FiltrosPadroes(BaseModel):
    tipo: TipoPadrao | None = None
    ativo: bool | None = None


class FiltrosOportunidades(BaseModel):
    dias: int | None = Field(
        None, ge=1, description="Publicações disponibilizadas nos últimos N dias (padrão e máximo: a janela)"
    )
    pessoa_id: Id | None = None
    padrao_id: Id | None = Field(
        None, description="Positivo: oportunidades em que ocorre; negativo: as que ele cancelou"
    )
    situacao: Literal["ativas", "canceladas", "todas"] = "ativas"


class PublicacaoDaOportunidade(ComNumeroProcesso):
    id: int
    data_disponibilizacao: date
    sigla_tribunal: str | None
    tipo_comunicacao: str | None
    link: str | None
    ativo: bool = Field(description="false: comunicação cancelada no DJEN (a oportunidade fica cancelada)")


class Cancelamento(BaseModel):
    publicacao_id: int
    data_disponibilizacao: date
    padrao_id: int
    padrao_nome: str


class OportunidadeSaida(BaseModel):
    id: int
    situacao: Situacao
    pessoa_id: int
    pessoa_nome: str
    padrao_id: int = Field(description="O padrão positivo principal (menor ordem) encontrado no texto")
    padrao_nome: str
    trecho: str = Field(description="O texto em volta da ocorrência do padrão principal")
    publicacao: PublicacaoDaOportunidade
    cancelada_por: Cancelamento | None = Field(
        description="A publicação posterior com um padrão negativo; null se ativa ou se cancelada no DJEN"
    )
    alerta_id: int | None = Field(description="O alerta OPORTUNIDADE_CREDITO, se já levantado")
    detectada_em: Instante


class GrupoOportunidades(ComNumeroProcesso):
    oportunidades: list[OportunidadeSaida]
