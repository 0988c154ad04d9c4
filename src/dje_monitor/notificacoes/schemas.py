"""Channels as the API receives and shows them; each type's config is validated by its own model."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from dje_monitor.esquemas import Instante, texto_gravavel

TipoCanal = Literal["telegram", "email", "webhook"]
Nome = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=100),
    AfterValidator(texto_gravavel),
]

_TOKEN = re.compile(r"\d{3,15}:[A-Za-z0-9_-]{20,100}")
_CHAT = re.compile(r"-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31}")
_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.:-]{0,252})")
_ROTULO = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL = re.compile(rf"[A-Za-z0-9.!#$%&'*+/=?^_`{{|}}~-]{{1,64}}@{_ROTULO}(?:\.{_ROTULO})+")


def email_valido(valor: str) -> str:
    valor = valor.strip()
    if len(valor) > 254 or not _EMAIL.fullmatch(valor):
        raise ValueError(f"e-mail inválido: {valor[:80]}")
    return valor


def url_http(valor: str) -> str:
    valor = valor.strip()
    partes = urlsplit(valor)
    if len(valor) > 2000 or partes.scheme not in ("http", "https") or not partes.hostname:
        raise ValueError("deve ser uma URL http:// ou https:// completa")
    if any(c.isspace() or ord(c) < 32 for c in valor):
        raise ValueError("a URL não pode conter espaços")
    if partes.username or partes.password:
        raise ValueError("não coloque usuário ou senha na URL; a assinatura usa o segredo")
    return valor


class ConfigTelegram(BaseModel):
    model_config = ConfigDict(extra="forbid")

    bot_token: str = Field(description="Token do bot (BotFather), ex. 123456:ABC…; nunca devolvido inteiro")
    chat_id: str = Field(description="Id numérico do chat ou @canal")

    @field_validator("bot_token")
    @classmethod
    def _token(cls, valor: str) -> str:
        if not _TOKEN.fullmatch(valor.strip()):
            raise ValueError("token do bot inválido (formato 123456789:ABC…)")
        return valor.strip()

    @field_validator("chat_id", mode="before")
    @classmethod
    def _chat(cls, valor: Any) -> str:
        texto = str(valor).strip() if isinstance(valor, int | str) else ""
        if not _CHAT.fullmatch(texto):
            raise ValueError("chat inválido: use o id numérico (ex. -1001234567890) ou @nome_do_canal")
        return texto


class ConfigEmail(BaseModel):
    model_config = ConfigDict(extra="forbid")

    host: str = Field(description="Servidor SMTP")
    porta: int = Field(587, ge=1, le=65535)
    usuario: str | None = Field(None, max_length=200)
    senha: str | None = Field(None, max_length=200, description="Nunca devolvida inteira")
    remetente: str
    destinatarios: list[str] = Field(min_length=1, max_length=20)
    tls: Literal["starttls", "ssl", "nenhum"] = "starttls"

    @field_validator("host")
    @classmethod
    def _host(cls, valor: str) -> str:
        if not _HOST.fullmatch(valor.strip()):
            raise ValueError("servidor SMTP inválido")
        return valor.strip()

    @field_validator("remetente")
    @classmethod
    def _remetente(cls, valor: str) -> str:
        return email_valido(valor)

    @field_validator("destinatarios")
    @classmethod
    def _destinatarios(cls, valores: list[str]) -> list[str]:
        return [email_valido(v) for v in valores]

    @field_validator("usuario", "senha")
    @classmethod
    def _vazio(cls, valor: str | None) -> str | None:
        if valor is not None and any(c in valor for c in "\r\n\0"):
            raise ValueError("contém caracteres inválidos")
        return valor or None

    @model_validator(mode="after")
    def _senha_com_tls(self) -> ConfigEmail:
        if self.tls == "nenhum" and (self.usuario or self.senha):
            # smtplib would send the password in clear text.
            raise ValueError("sem TLS não informe usuário e senha: a senha iria sem criptografia")
        return self


class ConfigWebhook(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: Annotated[str, AfterValidator(url_http)]
    # JSONB cannot store a NUL: refused here as a 422 instead of by the database as a 500.
    segredo: Annotated[str, AfterValidator(texto_gravavel)] = Field(
        min_length=16, max_length=200, description="Chave do HMAC-SHA256 de X-DJE-Assinatura; nunca devolvida"
    )


CONFIGS: dict[str, type[BaseModel]] = {
    "telegram": ConfigTelegram,
    "email": ConfigEmail,
    "webhook": ConfigWebhook,
}
_DESCRICAO_CONFIG = (
    "telegram: {bot_token, chat_id}; email: {host, porta, usuario, senha, remetente, destinatarios, "
    "tls: starttls|ssl|nenhum}; webhook: {url, segredo (16+ caracteres)}"
)


class CanalEntrada(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tipo: TipoCanal
    nome: Nome
    ativo: bool = True
    digest_diario: bool = Field(False, description="Agrupa os alertas numa só mensagem por dia")
    config: dict[str, Any] = Field(description=_DESCRICAO_CONFIG)


class CanalAtualizacao(BaseModel):
    """Only the fields sent change. In `config`, a secret omitted, null or sent back masked is kept."""

    model_config = ConfigDict(extra="forbid")

    nome: Nome | None = None
    ativo: bool | None = None
    digest_diario: bool | None = None
    config: dict[str, Any] | None = None


class CanalSaida(BaseModel):
    id: int
    tipo: TipoCanal
    nome: str
    ativo: bool
    digest_diario: bool
    origem: Literal["api", "ambiente"] = Field(description="ambiente: configurado por variáveis DJE_")
    desativado_motivo: str | None
    falhas_consecutivas: int
    ultimo_erro: str | None
    config: dict[str, Any] = Field(description="Segredos mascarados (••••••••)")
    entregas_pendentes: int
    entregas_enviadas: int
    entregas_falharam: int
    ultimo_envio_em: Instante | None
    criado_em: Instante
    atualizado_em: Instante


class ResultadoTeste(BaseModel):
    sucesso: bool
    mensagem: str
    duracao_ms: int
