"""Ad hoc DJEN search: the query accepted and the grouped result returned."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field, model_validator

from dje_monitor.paginacao import Pagina
from dje_monitor.pessoas.schemas import NumeroProcesso, Tribunal, limpar_nome
from dje_monitor.publicacoes.schemas import ComNumeroProcesso


def _vazio_e_nulo(valor: object) -> object:
    return None if isinstance(valor, str) and not valor.strip() else valor


class FiltrosBusca(BaseModel):
    nome: Annotated[
        str | None, BeforeValidator(_vazio_e_nulo), AfterValidator(lambda v: v and limpar_nome(v))
    ] = Field(None, description="Nome da parte (3 a 300 caracteres)")
    numero_processo: NumeroProcesso = Field(None, description="Número do processo (CNJ), com ou sem máscara")
    tribunal: Tribunal = Field(None, description="Sigla do tribunal, ex.: TJSP")
    data_inicio: date | None = Field(None, description="Disponibilizadas a partir de (AAAA-MM-DD)")
    data_fim: date | None = Field(None, description="Disponibilizadas até (AAAA-MM-DD)")

    @model_validator(mode="after")
    def _regras(self) -> FiltrosBusca:
        if (self.nome is None) == (self.numero_processo is None):
            raise ValueError("informe exatamente um dos parâmetros: nome ou numero_processo")
        if self.data_inicio and self.data_fim and self.data_inicio > self.data_fim:
            raise ValueError("data_inicio deve ser anterior ou igual a data_fim")
        return self


class PublicacaoBusca(BaseModel):
    id: int = Field(description="Id da comunicação no DJEN")
    data_disponibilizacao: date
    sigla_tribunal: str | None
    tipo_comunicacao: str | None
    nome_orgao: str | None
    tipo_documento: str | None
    nome_classe: str | None
    link: str | None
    ativo: bool
    motivo_cancelamento: str | None
    destinatarios: list[str] = Field(description="Nomes das partes destinatárias")
    texto: str


class GrupoBusca(ComNumeroProcesso):
    publicacoes: list[PublicacaoBusca]


class ResultadoBuscaSaida(Pagina[GrupoBusca]):
    """The page counts processes (groups); `total_publicacoes` counts communications."""

    total_publicacoes: int
    truncado: bool = Field(
        description="true: a busca parou no limite de páginas; restrinja o período ou tribunal"
    )
    motivo_truncamento: str | None
    requisicoes: int = Field(description="Requisições feitas ao DJEN (0 quando veio do cache)")
