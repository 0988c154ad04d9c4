"""`dje-monitor demo`: the whole product offline, with the bundled simulator standing in for DJEN."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import httpx

PORTA_SIMULADOR = 8765
PESSOAS_DEMO = 8
# Demo defaults, each overridable by the environment: its own database, the simulator, quick cycles.
PADROES = {
    "DJE_DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/dje_monitor_demo",
    "DJE_MONITOR_INTERVAL_MINUTES": "1",
    "DJE_RATE_LIMIT_PER_SEC": "5",
    "DJE_REDIS_NAMESPACE": "dje-demo",
}


def _registrar_pessoas(nomes: list[str]) -> int:
    from dje_monitor.errors import Conflito
    from dje_monitor.pessoas import service
    from dje_monitor.pessoas.schemas import PessoaEntrada
    from dje_monitor.sessao_http import transacao

    criadas = 0
    for nome in nomes:
        try:
            with transacao() as session:
                service.criar(session, PessoaEntrada(nome=nome))
            criadas += 1
        except Conflito:
            pass  # already registered by an earlier demo run
    return criadas


def _preparar_admin() -> str:
    """The demo's `admin`, its password reset on every start (DJE_DEMO_SENHA, or a new random one)."""
    import secrets

    from dje_monitor.acesso.schemas import UsuarioEntrada
    from dje_monitor.acesso.service import criar_pelo_terminal
    from dje_monitor.sessao_http import transacao

    senha = os.environ.get("DJE_DEMO_SENHA") or secrets.token_urlsafe(12)
    if len(senha) < 10:
        raise SystemExit("DJE_DEMO_SENHA deve ter ao menos 10 caracteres.")
    dados = UsuarioEntrada(login="admin", nome="Administrador (demonstração)", papel="admin", senha=senha)
    with transacao() as session:
        criar_pelo_terminal(session, dados, redefinir=True)
    return senha


def executar(porta_api: int = 8000, porta_simulador: int = PORTA_SIMULADOR) -> None:
    for chave, valor in PADROES.items():
        os.environ.setdefault(chave, valor)
    # Always the bundled simulator, whatever the environment says: the demo never reaches the real DJEN.
    os.environ["DJE_DJEN_URL"] = f"http://127.0.0.1:{porta_simulador}/api/v1"
    from dje_monitor.config import get_settings

    get_settings.cache_clear()
    from dje_monitor.controle_simulador import ControleSimulador
    from dje_monitor.migracoes import garantir_banco, migrar
    from dje_monitor.supervisor import Supervisor

    settings = get_settings()
    # SIGTERM (timeout, systemd, docker stop) must run the `finally` below, or the children live on.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    pasta = Path(".demo-logs").resolve()
    sup = Supervisor(pasta)
    try:
        sup.iniciar(
            "simulador",
            ["dje_monitor.simulador", "--porta", str(porta_simulador), "--seed", "2026", "--partes", "40",
             "--publicacoes-por-parte", "8", "--novas-por-minuto", "6", "--latencia", "0.1-0.4"],
        )  # fmt: skip
        simulador = ControleSimulador(f"http://127.0.0.1:{porta_simulador}")
        sup.esperar(simulador.pronto, 120, "simulador do DJEN responder")
        garantir_banco(settings.sqlalchemy_url)
        migrar()
        criadas = _registrar_pessoas(simulador.partes(PESSOAS_DEMO))
        senha = _preparar_admin()
        sup.iniciar("worker", ["dje_monitor.cli", "worker"])
        sup.iniciar("api", ["dje_monitor.cli", "api", "--port", str(porta_api)])
        url = f"http://127.0.0.1:{porta_api}"
        sup.esperar(lambda: _responde(f"{url}/health"), 120, "API responder")
        print(
            f"\nDJe Monitor (demonstração) no ar — {criadas} pessoas novas cadastradas.\n"
            f"  App e API:  {url}/   (OpenAPI: {url}/docs)\n"
            f"  Entrar:     usuário admin, senha {senha}   (nova a cada início; fixe com DJE_DEMO_SENHA)\n"
            f"  Simulador:  http://127.0.0.1:{porta_simulador}/_simulador/estado\n"
            f"  Logs:       {pasta}\n"
            "Novas publicações aparecem a cada minuto. Ctrl+C encerra tudo.\n",
            flush=True,
        )
        parado = sup.aguardar_qualquer()
        print(f"{parado} terminou; veja {pasta}/{parado}.log", file=sys.stderr)
    except KeyboardInterrupt:
        pass
    finally:
        sup.parar_todos()


def _responde(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False
