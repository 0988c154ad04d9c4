"""DJEN payloads -> typed models. The only module that knows DJEN's raw field names.

Parsing is tolerant (snake/camel/lower-case variants, numbers as strings, null lists) because the
API mixes styles and changed over time. It is strict where a wrong guess would lose data silently:
an envelope we do not recognise, or an item that does not parse, raises `DjenRespostaInvalida`
(transient: the caller fails the check and retries it; invariant 4). We do not skip a bad item,
because the page would then look complete while a publication was missing.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from dje_monitor.djen.datas import converter_data, converter_data_hora
from dje_monitor.djen.erros import DjenRespostaInvalida
from dje_monitor.djen.processo import mascarar_cnj, somente_digitos
from dje_monitor.djen.texto import texto_limpo

log = logging.getLogger(__name__)


def _alias(*nomes: str) -> AliasChoices:
    return AliasChoices(*nomes)


def _inteiro_ou_none(valor: Any) -> int | None:
    """Secondary numeric fields: a surprising value must not cost the whole item."""
    if valor is None or isinstance(valor, bool):
        return None
    if isinstance(valor, int):
        return valor
    texto = str(valor).strip()
    return int(texto) if texto.isascii() and texto.isdigit() else None


class _Modelo(BaseModel):
    # populate_by_name: code and tests build models with the Portuguese names too.
    model_config = ConfigDict(populate_by_name=True, extra="ignore", coerce_numbers_to_str=True)

    @model_validator(mode="before")
    @classmethod
    def _sem_nulos(cls, dados: Any) -> Any:
        # A null key falls back to the next alias / the default instead of failing the item.
        if isinstance(dados, dict):
            return {chave: valor for chave, valor in dados.items() if valor is not None}
        return dados


class Destinatario(_Modelo):
    nome: str = ""
    polo: str | None = None


class Advogado(_Modelo):
    nome: str = ""
    numero_oab: str | None = Field(default=None, validation_alias=_alias("numero_oab", "numeroOab"))
    uf_oab: str | None = Field(default=None, validation_alias=_alias("uf_oab", "ufOab"))


class ComunicacaoDjen(_Modelo):
    id: int
    hash: str | None = None
    data_disponibilizacao: date = Field(
        validation_alias=_alias("data_disponibilizacao", "dataDisponibilizacao", "datadisponibilizacao")
    )
    sigla_tribunal: str | None = Field(
        default=None, validation_alias=_alias("siglaTribunal", "sigla_tribunal", "siglatribunal")
    )
    tipo_comunicacao: str | None = Field(
        default=None, validation_alias=_alias("tipoComunicacao", "tipo_comunicacao", "tipocomunicacao")
    )
    nome_orgao: str | None = Field(
        default=None, validation_alias=_alias("nomeOrgao", "nome_orgao", "nomeorgao")
    )
    id_orgao: int | None = Field(default=None, validation_alias=_alias("idOrgao", "id_orgao", "idorgao"))
    texto: str = ""
    texto_original: str | None = None
    numero_processo: str | None = Field(
        default=None, validation_alias=_alias("numero_processo", "numeroProcesso", "numeroprocesso")
    )
    numero_processo_mascara: str | None = Field(
        default=None,
        validation_alias=_alias(
            "numeroprocessocommascara",
            "numeroProcessoComMascara",
            "numero_processo_com_mascara",
            "numero_processo_mascara",
        ),
    )
    meio: str | None = None
    meio_completo: str | None = Field(
        default=None, validation_alias=_alias("meiocompleto", "meioCompleto", "meio_completo")
    )
    link: str | None = None
    tipo_documento: str | None = Field(
        default=None, validation_alias=_alias("tipoDocumento", "tipo_documento", "tipodocumento")
    )
    nome_classe: str | None = Field(
        default=None, validation_alias=_alias("nomeClasse", "nome_classe", "nomeclasse")
    )
    codigo_classe: str | None = Field(
        default=None, validation_alias=_alias("codigoClasse", "codigo_classe", "codigoclasse")
    )
    numero_comunicacao: int | None = Field(
        default=None,
        validation_alias=_alias("numeroComunicacao", "numero_comunicacao", "numerocomunicacao"),
    )
    ativo: bool = True
    status: str | None = None
    motivo_cancelamento: str | None = Field(
        default=None, validation_alias=_alias("motivo_cancelamento", "motivoCancelamento")
    )
    data_cancelamento: datetime | None = Field(
        default=None, validation_alias=_alias("data_cancelamento", "dataCancelamento")
    )
    destinatarios: list[Destinatario] = Field(default_factory=list)
    advogados: list[Advogado] = Field(
        default_factory=list,
        validation_alias=_alias("destinatarioadvogados", "destinatarioAdvogados", "advogados"),
    )

    @model_validator(mode="before")
    @classmethod
    def _texto(cls, dados: Any) -> Any:
        # The raw texto is kept as texto_original; texto becomes clean plain text. A dict that
        # already has texto_original (a dumped model) is taken as already clean.
        if isinstance(dados, dict) and dados.get("texto_original") is None:
            bruto = dados.get("texto")
            dados = {**dados, "texto_original": bruto, "texto": texto_limpo(bruto) if bruto else ""}
        return dados

    @field_validator("data_disponibilizacao", mode="before")
    @classmethod
    def _data(cls, valor: Any) -> date:
        return converter_data(valor)

    @field_validator("data_cancelamento", mode="before")
    @classmethod
    def _data_cancelamento(cls, valor: Any) -> datetime | None:
        if valor is None or (isinstance(valor, str) and not valor.strip()):
            return None
        try:
            return converter_data_hora(valor)
        except ValueError:
            # A cancellation date we cannot read must not hide the item (ativo still says it).
            log.warning("data_cancelamento ilegível no DJEN: %r", valor)
            return None

    @field_validator("id_orgao", "numero_comunicacao", mode="before")
    @classmethod
    def _inteiro(cls, valor: Any) -> int | None:
        return _inteiro_ou_none(valor)

    @field_validator("numero_processo", mode="before")
    @classmethod
    def _processo(cls, valor: Any) -> str | None:
        # As a JSON number the leading zeros are gone: 7090984820188070007 is 0709098-48...
        digitos = str(valor).zfill(20) if isinstance(valor, int) else somente_digitos(str(valor))
        return digitos if len(digitos) == 20 else None

    @field_validator("ativo", mode="before")
    @classmethod
    def _ativo(cls, valor: Any) -> Any:
        if isinstance(valor, str) and valor.strip().upper() in {"S", "SIM"}:
            return True
        if isinstance(valor, str) and valor.strip().upper() in {"N", "NAO", "NÃO"}:
            return False
        return valor

    @field_validator("destinatarios", mode="before")
    @classmethod
    def _destinatarios(cls, valor: Any) -> Any:
        return [v for v in valor if v is not None] if isinstance(valor, list) else valor

    @field_validator("advogados", mode="before")
    @classmethod
    def _advogados(cls, valor: Any) -> Any:
        # DJEN nests the lawyer: destinatarioadvogados[].advogado{nome, numero_oab, uf_oab}.
        if not isinstance(valor, list):
            return valor
        return [v["advogado"] if isinstance(v, dict) and "advogado" in v else v for v in valor if v]

    @model_validator(mode="after")
    def _mascara(self) -> ComunicacaoDjen:
        if self.numero_processo is None and self.numero_processo_mascara:
            digitos = somente_digitos(self.numero_processo_mascara)
            self.numero_processo = digitos if len(digitos) == 20 else None
        if self.numero_processo and not self.numero_processo_mascara:
            self.numero_processo_mascara = mascarar_cnj(self.numero_processo)
        return self


def extrair_itens(payload: Any) -> list[dict[str, Any]]:
    """The raw items of a /comunicacao page: envelope `items`, older `itens`, or a bare array."""
    if isinstance(payload, list):
        itens: Any = payload
    elif isinstance(payload, dict):
        status = payload.get("status")
        if isinstance(status, str) and status.strip().lower() in {
            "error",
            "erro",
            "fail",
            "failure",
            "falha",
        }:
            raise DjenRespostaInvalida(
                f"DJEN respondeu erro no envelope: {str(payload.get('message'))[:200]}"
            )
        if "items" in payload:
            itens = payload["items"]
        elif "itens" in payload:
            itens = payload["itens"]
        else:
            raise DjenRespostaInvalida(f"resposta do DJEN sem 'items': chaves {sorted(payload)[:10]}")
        if itens is None and payload.get("count") in (0, "0"):
            itens = []
    else:
        amostra = str(payload)[:80].replace("\n", " ")
        raise DjenRespostaInvalida(f"resposta do DJEN não é uma lista de comunicações: {amostra!r}")
    if not isinstance(itens, list) or not all(isinstance(item, dict) for item in itens):
        raise DjenRespostaInvalida("resposta do DJEN com 'items' em formato inesperado")
    return itens


def converter_comunicacoes(itens: list[dict[str, Any]]) -> list[ComunicacaoDjen]:
    """Every item or none: one bad item raises naming its id (see the module docstring)."""
    resultado: list[ComunicacaoDjen] = []
    falhas: list[str] = []
    for item in itens:
        try:
            resultado.append(ComunicacaoDjen.model_validate(item))
        except ValidationError as erro:
            campos = ", ".join(".".join(str(p) for p in e["loc"]) for e in erro.errors()[:3])
            falhas.append(f"id {item.get('id')!r} ({campos})")
    if falhas:
        raise DjenRespostaInvalida(
            f"{len(falhas)} comunicação(ões) do DJEN não puderam ser lidas: {'; '.join(falhas[:5])}"
        )
    return resultado


def extrair_tribunais(payload: Any) -> list[dict[str, Any]]:
    """/comunicacao/tribunal -> [{sigla, nome, uf, ufs, data_ultimo_envio}], one row per sigla."""
    if not isinstance(payload, list):
        raise DjenRespostaInvalida("lista de tribunais do DJEN em formato inesperado")
    por_sigla: dict[str, dict[str, Any]] = {}
    for grupo in payload:
        if not isinstance(grupo, dict):
            raise DjenRespostaInvalida("lista de tribunais do DJEN em formato inesperado")
        uf = grupo.get("uf")
        for inst in grupo.get("instituicoes") or []:
            sigla = inst.get("sigla") if isinstance(inst, dict) else None
            if not sigla:
                continue
            bruta = inst.get("dataUltimoEnvio") or inst.get("data_ultimo_envio")
            try:
                envio = converter_data(bruta) if bruta else None
            except ValueError:
                envio = None
            linha = por_sigla.setdefault(
                sigla,
                {"sigla": sigla, "nome": inst.get("nome"), "uf": uf, "ufs": [], "data_ultimo_envio": envio},
            )
            if uf and uf not in linha["ufs"]:
                linha["ufs"].append(uf)
    return sorted(por_sigla.values(), key=lambda linha: linha["sigla"])
