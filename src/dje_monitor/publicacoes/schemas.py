"""Publications as the API shows them: summaries in lists, the whole text on its own page."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field

from dje_monitor.documentos import mascarar_processo
from dje_monitor.esquemas import Instante


class ComNumeroProcesso(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    numero_processo: str | None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def numero_processo_mascara(self) -> str | None:
        return mascarar_processo(self.numero_processo)


class PublicacaoResumo(ComNumeroProcesso):
    id: int = Field(description="Id da comunicação no DJEN")
    data_disponibilizacao: date
    sigla_tribunal: str | None
    tipo_comunicacao: str | None
    nome_orgao: str | None
    link: str | None
    tipo_documento: str | None
    nome_classe: str | None
    ativo: bool = Field(description="false: comunicação cancelada no DJEN")
    motivo_cancelamento: str | None
    data_cancelamento: Instante | None
    destinatarios: list[dict[str, Any]]
    resumo: str = Field(description="Início do texto (300 caracteres)")
    baseline: bool = Field(description="Encontrada na verificação inicial (histórico, sem alerta)")
    vinculado_em: Instante


class GrupoProcesso(ComNumeroProcesso):
    publicacoes: list[PublicacaoResumo]


class PublicacaoDetalhe(ComNumeroProcesso):
    id: int
    hash: str | None
    data_disponibilizacao: date
    sigla_tribunal: str | None
    tipo_comunicacao: str | None
    nome_orgao: str | None
    meio: str | None
    link: str | None
    tipo_documento: str | None
    nome_classe: str | None
    codigo_classe: str | None
    numero_comunicacao: int | None
    ativo: bool
    motivo_cancelamento: str | None
    data_cancelamento: Instante | None
    destinatarios: list[dict[str, Any]]
    advogados: list[dict[str, Any]]
    texto: str
    criado_em: Instante
    atualizado_em: Instante
