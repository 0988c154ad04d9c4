"""`dje-monitor usuario criar`: the first admin (and password resets) from the command line."""

from __future__ import annotations

import getpass
import sys

from pydantic import ValidationError

from dje_monitor.acesso import service
from dje_monitor.acesso.schemas import UsuarioEntrada
from dje_monitor.errors import AppError
from dje_monitor.sessao_http import transacao
from dje_monitor.validacao import mensagens_validacao


def _ler_senha(da_entrada: bool) -> str:
    if da_entrada:
        return sys.stdin.readline().rstrip("\r\n")
    senha = getpass.getpass("Senha (ao menos 10 caracteres): ")
    if getpass.getpass("Repita a senha: ") != senha:
        raise SystemExit("As senhas não conferem; nada foi gravado.")
    return senha


def criar(login: str, nome: str | None, papel: str, senha_stdin: bool, redefinir: bool) -> int:
    try:
        dados = UsuarioEntrada(login=login, nome=nome or login, papel=papel, senha=_ler_senha(senha_stdin))
    except ValidationError as erro:
        for item in mensagens_validacao([dict(e) for e in erro.errors()]):
            print(f"{item.get('campo') or 'entrada'}: {item['mensagem']}", file=sys.stderr)
        return 2
    try:
        with transacao() as session:
            usuario, criado = service.criar_pelo_terminal(session, dados, redefinir)
    except AppError as erro:
        print(erro.mensagem, file=sys.stderr)
        return 1
    verbo = "criado" if criado else "redefinido"
    print(f"Usuário {usuario.login} ({usuario.papel}) {verbo}.")
    return 0
