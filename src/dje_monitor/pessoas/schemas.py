"""What the API accepts and returns for monitored parties. Field rules live in the annotated types."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from dje_monitor.documentos import IdentificadorInvalido, normalizar_cpf_cnpj, normalizar_processo
from dje_monitor.esquemas import Instante, texto_gravavel
from dje_monitor.publicacoes.nomes import normalizar_nome
from dje_monitor.tempo import hoje_brasil
from dje_monitor.tribunais import sigla_canonica, uf_canonica

NOME_MIN, NOME_MAX = 3, 300
COMARCA_MAX = 120
MAX_VARIANTES = 20


def limpar_nome(valor: str) -> str:
    """Trims and collapses spaces; the name must still say something once normalized."""
    nome = " ".join(texto_gravavel(valor).split())
    if not NOME_MIN <= len(nome) <= NOME_MAX:
        raise ValueError(f"deve ter entre {NOME_MIN} e {NOME_MAX} caracteres")
    normalizado = normalizar_nome(nome)
    if not normalizado:
        raise ValueError("deve conter letras ou números")
    if len(normalizado) > NOME_MAX:
        # NFKD expands some characters ("Ⅷ" -> "VIII"): the normalized form has a column of the same size.
        raise ValueError(f"fica com mais de {NOME_MAX} caracteres depois de normalizado")
    return nome


def _vazio_e_nulo(valor: Any) -> Any:
    # Forms send "" for an untouched optional field: that means "none", not an invalid value.
    return None if isinstance(valor, str) and not valor.strip() else valor


def _documento(valor: str | None) -> str | None:
    if valor is None:
        return None
    try:
        return normalizar_cpf_cnpj(valor)
    except IdentificadorInvalido as erro:
        raise ValueError(str(erro)) from None


def _processo(valor: str | None) -> str | None:
    if valor is None:
        return None
    try:
        return normalizar_processo(valor)
    except IdentificadorInvalido as erro:
        raise ValueError(str(erro)) from None


def canonizar_tribunal(valor: str | None) -> str | None:
    if valor is None:
        return None
    sigla = sigla_canonica(valor)
    if sigla is None:
        raise ValueError(f"tribunal desconhecido: {valor.strip()[:30]}")
    return sigla


def limpar_comarca(valor: str | None) -> str | None:
    if valor is None:
        return None
    comarca = " ".join(texto_gravavel(valor).split())
    if len(comarca) > COMARCA_MAX:
        raise ValueError(f"deve ter no máximo {COMARCA_MAX} caracteres")
    return comarca or None


def canonizar_uf(valor: str | None) -> str | None:
    if valor is None:
        return None
    uf = uf_canonica(valor)
    if uf is None:
        raise ValueError(f"UF desconhecida: {valor.strip()[:30]}")
    return uf


def _nao_passada(valor: date | None) -> date | None:
    if valor is not None and valor < hoje_brasil():
        raise ValueError("deve ser hoje ou uma data futura")
    return valor


def _variantes(valores: list[str]) -> list[str]:
    """Each variant is a name; repeats (same normalized form) are dropped, order kept."""
    vistas: set[str] = set()
    resultado: list[str] = []
    for valor in valores:
        nome = limpar_nome(valor)
        chave = normalizar_nome(nome)
        if chave not in vistas:
            vistas.add(chave)
            resultado.append(nome)
    return resultado


NomeParte = Annotated[str, AfterValidator(limpar_nome)]
CpfCnpj = Annotated[str | None, BeforeValidator(_vazio_e_nulo), AfterValidator(_documento)]
Tribunal = Annotated[str | None, BeforeValidator(_vazio_e_nulo), AfterValidator(canonizar_tribunal)]
NumeroProcesso = Annotated[str | None, BeforeValidator(_vazio_e_nulo), AfterValidator(_processo)]
Variantes = Annotated[list[str], Field(max_length=MAX_VARIANTES), AfterValidator(_variantes)]
Intervalo = Annotated[int | None, Field(ge=5, le=10080)]
DataExpiracao = Annotated[date | None, AfterValidator(_nao_passada)]
Comarca = Annotated[str | None, BeforeValidator(_vazio_e_nulo), AfterValidator(limpar_comarca)]
Uf = Annotated[str | None, BeforeValidator(_vazio_e_nulo), AfterValidator(canonizar_uf)]
Observacao = Annotated[str | None, Field(max_length=2000), AfterValidator(lambda v: v and texto_gravavel(v))]


class PessoaEntrada(BaseModel):
    model_config = ConfigDict(extra="forbid")

    nome: NomeParte = Field(description="Nome da parte (3 a 300 caracteres)")
    cpf_cnpj: CpfCnpj = Field(None, description="CPF ou CNPJ (inclusive alfanumérico), com ou sem pontuação")
    tribunal_filtro: Tribunal = Field(None, description="Sigla do tribunal no DJEN, ex.: TJSP, TRT2, TRE-SP")
    numero_processo: NumeroProcesso = Field(None, description="Processo de referência (numeração CNJ)")
    variantes: Variantes = Field(default_factory=list, description="Outras grafias do nome")
    intervalo_minutos: Intervalo = Field(None, description="Intervalo próprio entre verificações (5 a 10080)")
    data_expiracao: DataExpiracao = Field(None, description="Último dia de monitoramento (inclusive)")
    observacao: Observacao = None
    comarca: Comarca = Field(None, description="Comarca do processo")
    uf: Uf = Field(None, description="UF do processo (sigla ou nome do estado)")
    data_prazo: date | None = Field(
        None, description="Data do prazo (informativa; a importação deriva dela a expiração)"
    )


class PessoaAtualizacao(BaseModel):
    """Only the fields sent change; `null` clears an optional field."""

    model_config = ConfigDict(extra="forbid")

    nome: NomeParte | None = None
    cpf_cnpj: CpfCnpj = None
    tribunal_filtro: Tribunal = None
    numero_processo: NumeroProcesso = None
    variantes: Variantes | None = None
    intervalo_minutos: Intervalo = None
    data_expiracao: DataExpiracao = None
    observacao: Observacao = None
    comarca: Comarca = None
    uf: Uf = None
    data_prazo: date | None = None
    ativo: bool | None = Field(None, description="false pausa o monitoramento; true o retoma")

    @field_validator("nome", "ativo", "variantes", mode="before")
    @classmethod
    def _nao_nulo(cls, valor: Any) -> Any:
        if valor is None:
            raise ValueError("não pode ser nulo")
        return valor


class FiltrosPessoas(BaseModel):
    q: str | None = Field(None, max_length=300, description="Trecho do nome (sem diferenciar acentos)")
    cpf_cnpj: str | None = Field(None, max_length=30)
    tribunal: Tribunal = None
    ativo: bool | None = None
    baseline: Annotated[
        Literal["pendente", "concluida"] | None,
        BeforeValidator(lambda v: v.replace("í", "i") if isinstance(v, str) else v),
    ] = Field(None, description="pendente ou concluida (aceita concluída)")
    com_erro: bool | None = Field(None, description="true: só as que falharam na última verificação")
    expirada: bool | None = Field(
        None, description="true: só as com data de expiração já passada; false: sem expiração ou a vencer"
    )


class PessoaSaida(BaseModel):
    id: int
    nome: str
    cpf_cnpj: str | None
    tribunal_filtro: str | None
    numero_processo: str | None
    variantes: list[str]
    ativo: bool
    intervalo_minutos: int | None
    data_expiracao: date | None
    observacao: str | None
    comarca: str | None = None
    uf: str | None = None
    data_prazo: date | None = None
    baseline_concluido_em: Instante | None
    situacao_baseline: Literal["pendente", "concluida"]
    ultimo_check: Instante | None
    proximo_check: Instante | None
    ultimo_erro: str | None
    falhas_consecutivas: int
    criado_em: Instante
    total_publicacoes: int
    alertas_nao_lidos: int


class VerificacaoSaida(BaseModel):
    id: int
    ciclo_id: int | None
    tipo: str
    status: str
    janela_inicio: date | None
    janela_fim: date | None
    paginas: int
    requisicoes: int
    itens_recebidos: int
    novos_vinculos: int
    novos_alertas: int
    truncado: bool
    erro: str | None
    iniciado_em: Instante
    concluido_em: Instante | None
    duracao_ms: int | None


class VerificacaoEnfileirada(BaseModel):
    mensagem: str
    enfileirada: bool
