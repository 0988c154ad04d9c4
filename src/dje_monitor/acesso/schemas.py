"""Users, logins and API tokens as the API receives and shows them."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from dje_monitor.esquemas import Instante, texto_gravavel

FORMATO_LOGIN = r"^[a-z0-9._@-]{3,100}$"
Papel = Literal["admin", "operador", "leitor"]
Login = Annotated[
    str,
    # Lowered before the pattern: "Ana.Silva" and "ana.silva" are one login.
    BeforeValidator(lambda valor: valor.strip().lower() if isinstance(valor, str) else valor),
    StringConstraints(pattern=FORMATO_LOGIN),
    Field(description="3 a 100 caracteres: letras minúsculas, dígitos, ponto, _, @ ou -"),
]
Senha = Annotated[str, Field(min_length=10, max_length=200, description="Ao menos 10 caracteres")]
_Aparado = StringConstraints(strip_whitespace=True, min_length=1)
Nome = Annotated[str, _Aparado, StringConstraints(max_length=200), AfterValidator(texto_gravavel)]
NomeToken = Annotated[str, _Aparado, StringConstraints(max_length=100), AfterValidator(texto_gravavel)]


class Credenciais(BaseModel):
    # Any string up to the limits: a wrong login is a 401 like a wrong password, never a hint (422).
    login: Annotated[str, Field(min_length=1, max_length=200)]
    senha: Annotated[str, Field(min_length=1, max_length=200)]


class UsuarioEntrada(BaseModel):
    model_config = ConfigDict(extra="forbid")
    login: Login
    nome: Nome
    senha: Senha
    papel: Papel = "leitor"


class UsuarioAtualizacao(BaseModel):
    model_config = ConfigDict(extra="forbid")
    nome: Nome | None = None
    papel: Papel | None = None
    ativo: bool | None = None
    senha: Senha | None = Field(default=None, description="Nova senha; encerra os logins abertos do usuário")


class UsuarioSaida(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    login: str
    nome: str
    papel: Papel
    ativo: bool
    criado_em: Instante
    ultimo_acesso_em: Instante | None


class TokenEntrada(BaseModel):
    model_config = ConfigDict(extra="forbid")
    nome: NomeToken = Field(description="Para que serve o token (ex. integração do ERP)")
    validade_dias: int | None = Field(default=None, ge=1, le=3650, description="Vazio: não expira")


class TokenSaida(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    nome: str
    prefixo: str = Field(description="Início do token, para reconhecê-lo")
    criado_em: Instante
    ultimo_uso_em: Instante | None
    expira_em: Instante | None


class TokenCriado(TokenSaida):
    token: str = Field(description="O token inteiro, mostrado só agora: use em `Authorization: Bearer …`")
