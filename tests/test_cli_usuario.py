"""`dje-monitor usuario criar`: the first admin from the command line, in a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import select

from dje_monitor.acesso.models import Usuario
from dje_monitor.acesso.segredos import senha_confere
from dje_monitor.auditoria.models import RegistroAuditoria
from dje_monitor.db import session_scope


def _criar(*args: str, senha: str) -> subprocess.CompletedProcess[str]:
    comando = [sys.executable, "-m", "dje_monitor.cli", "usuario", "criar", "--senha-stdin", *args]
    return subprocess.run(
        comando, input=senha + "\n", capture_output=True, text=True, env=os.environ, timeout=60
    )


def test_cria_o_primeiro_admin_recusa_repetido_e_redefine(banco: None) -> None:
    """Pass: exit 0 and an argon2 hash that checks; the same login again exits 1 with a pt-BR hint and
    changes nothing; --redefinir sets the new password, keeping the name (and never demoting the last
    admin); a short password exits 2, saving nothing; the audit log names the terminal as the actor."""
    criado = _criar("--login", "Admin", "--nome", "Administração", senha="senha-inicial-forte")
    assert criado.returncode == 0, criado.stderr
    assert "Usuário admin (admin) criado." in criado.stdout
    repetido = _criar("--login", "admin", senha="outra-senha-qualquer")
    assert repetido.returncode == 1 and "--redefinir" in repetido.stderr
    # The only admin cannot be turned into an operador, not even from the terminal.
    rebaixado = _criar("--login", "admin", "--papel", "operador", "--redefinir", senha="senha-nova-e-longa")
    assert rebaixado.returncode == 1 and "administrador ativo" in rebaixado.stderr
    redefinido = _criar("--login", "admin", "--redefinir", senha="senha-nova-e-longa")
    assert redefinido.returncode == 0 and "redefinido" in redefinido.stdout
    curta = _criar("--login", "outro", senha="curta")
    assert curta.returncode == 2 and "senha:" in curta.stderr and "caracteres" in curta.stderr
    with session_scope() as session:
        usuarios = list(session.scalars(select(Usuario)))
        atores = set(session.scalars(select(RegistroAuditoria.ator)))
    assert [(u.login, u.nome, u.papel) for u in usuarios] == [("admin", "Administração", "admin")]
    assert senha_confere(usuarios[0].senha_hash, "senha-nova-e-longa")
    assert len(atores) == 1 and atores.pop().startswith("terminal")
