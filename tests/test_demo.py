"""`dje-monitor demo` (what `make demo` runs): the whole stack offline, and nothing left behind."""

from __future__ import annotations

import re
import signal
import sys
import time
from collections.abc import Callable

import httpx
import pytest

from tests.conftest import Processo, autenticacao, esperar, porta_livre
from tests.falhas.apoio import filhos


@pytest.mark.timeout(240)
def test_demo_sobe_cadastra_verifica_e_encerra_tudo(
    banco: None, iniciar_processo: Callable[..., Processo]
) -> None:
    porta_api, porta_sim = porta_livre(), porta_livre()
    cmd = [sys.executable, "-m", "dje_monitor.cli", "demo", "--port", str(porta_api)]
    demo = iniciar_processo([*cmd, "--porta-simulador", str(porta_sim)], nome="demo")
    api = f"http://127.0.0.1:{porta_api}"

    def baselines() -> int:
        try:
            corpo = httpx.get(f"{api}/api/dashboard/resumo", headers=autenticacao(), timeout=5).json()
        except (httpx.HTTPError, ValueError):
            return -1
        contagens = corpo["contagens"]
        return -1 if contagens["baseline_pendente"] else int(contagens["pessoas"])

    esperar(lambda: baselines() == 8, 180, 0.5, "8 pessoas com baseline na demonstração")
    assert (
        httpx.get(f"{api}/api/dashboard/resumo", headers=autenticacao(), timeout=5).json()["contagens"][
            "publicacoes"
        ]
        > 0
    )
    assert httpx.get(f"http://127.0.0.1:{porta_sim}/_simulador/estado", timeout=5).status_code == 200
    # The password printed for the newcomer opens the app: a login, then the session cookie works.
    senha = re.search(r"usuário admin, senha (\S+)", demo.saida())
    assert senha, demo.saida()[-2000:]
    with httpx.Client(base_url=api, timeout=10) as navegador:
        assert navegador.get("/api/auth/eu").status_code == 401
        assert (
            navegador.post("/api/auth/login", json={"login": "admin", "senha": senha[1]}).status_code == 200
        )
        assert navegador.get("/api/auth/eu").json()["papel"] == "admin"

    arvore = filhos(demo.popen.pid)
    assert len(arvore) == 3  # simulator, worker, API
    demo.popen.send_signal(signal.SIGTERM)
    demo.popen.wait(60)
    time.sleep(0.5)
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"{api}/health", timeout=2)
    assert all(not _vivo(pid) for pid in arvore)


def _vivo(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as arquivo:
            return arquivo.read().split()[2] != "Z"
    except FileNotFoundError:
        return False
