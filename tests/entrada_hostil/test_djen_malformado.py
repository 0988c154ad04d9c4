"""Malformed DJEN payloads during real checks: a real worker, the simulator's forced responses.

Each rejected payload is a FALHA check with its error in `verificacoes`, retried by the actor; each
tolerated one is stored as it came. Either way nothing is lost: once the simulator is normal again the
next check leaves the database equal to the simulator's own data, and the worker checks everyone else.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from dje_monitor.alertas.models import NOVA_PUBLICACAO, Alerta
from dje_monitor.controle_simulador import ControleSimulador
from dje_monitor.db import session_scope
from dje_monitor.djen.client import DjenClient
from dje_monitor.djen.texto import texto_limpo
from dje_monitor.monitoramento.models import FALHA, Verificacao
from dje_monitor.publicacoes.models import PessoaPublicacao, Publicacao
from dje_monitor.publicacoes.nomes import normalizar_nome
from dje_monitor.tempo import agora
from tests.conftest import Processo
from tests.monitoramento import apoio

pytestmark = pytest.mark.timeout(240)
PESSOAS = 8
# A payload the client rejects is retried inside the same request this many times before the check fails.
TENTATIVAS = DjenClient.__init__.__kwdefaults__["tentativas"]  # type: ignore[index]


def _forcar(*tipos: str) -> list[dict[str, str]]:
    """The forced responses that fail one check (`html_200`: every attempt) or deform one page."""
    return [{"tipo": t} for tipo in tipos for t in [tipo] * (TENTATIVAS if tipo == "html_200" else 1)]


def _falhas_desde(instante: datetime) -> list[str]:
    with session_scope() as session:
        consulta = select(Verificacao.erro).where(
            Verificacao.status == FALHA, Verificacao.iniciado_em >= instante
        )
        return [erro or "" for erro in session.scalars(consulta)]


def _conferir_falhas(desde: datetime) -> None:
    """Exactly two failed checks since `desde`: the HTML page's and the null lists', each with why."""
    falhas = _falhas_desde(desde)
    assert len(falhas) == 2, falhas
    assert any("não é JSON" in erro for erro in falhas), falhas
    assert any("sem destinatários" in erro for erro in falhas), falhas


def _do_simulador(url: str, nome: str) -> dict[int, dict[str, Any]]:
    """The party's communications as the simulator holds them (a normal search, every page)."""
    alvo = normalizar_nome(nome)
    itens: dict[int, dict[str, Any]] = {}
    pagina = 1
    while True:
        params: dict[str, str | int] = {"nomeParte": nome, "pagina": pagina, "itensPorPagina": 100}
        resposta = httpx.get(f"{url}/comunicacao", params=params, timeout=30)
        resposta.raise_for_status()
        lote = resposta.json()["items"]
        for item in lote:
            if any(normalizar_nome(d["nome"]) == alvo for d in item["destinatarios"]):
                itens[item["id"]] = item
        if len(lote) < 100:
            return itens
        pagina += 1


def _conferir_com_simulador(url: str, ids: dict[str, int]) -> None:
    """Every party linked to exactly the simulator's communications, each stored with its fields."""
    for nome, pessoa_id in ids.items():
        esperadas = _do_simulador(url, nome)
        with session_scope() as session:
            guardadas = {
                p.id: p
                for p in session.scalars(
                    select(Publicacao)
                    .join(PessoaPublicacao, PessoaPublicacao.publicacao_id == Publicacao.id)
                    .where(PessoaPublicacao.pessoa_id == pessoa_id)
                )
            }
            session.expunge_all()
        assert set(guardadas) == set(esperadas), f"publicações de {nome}"
        for ident, item in esperadas.items():
            p = guardadas[ident]
            obtido = (p.hash, p.link, p.tipo_documento, p.codigo_classe, len(p.advogados), p.texto, p.ativo)
            esperado = (
                item["hash"],
                item["link"],
                item["tipoDocumento"],
                item["codigoClasse"],
                len(item["destinatarioadvogados"]),
                texto_limpo(item["texto"]),
                item["ativo"],
            )
            assert obtido == esperado, f"publicação {ident} de {nome}"


def test_payloads_malformados_falham_ou_gravam_e_nada_se_perde(
    banco: None, simulador: Callable[..., Processo], worker: Callable[..., Processo]
) -> None:
    """Pass: in the baseline and in a periodic cycle, the HTML page with 200 and the null lists are each
    one FALHA check whose `erro` says why, and nothing else fails; a bare array, `itens`, missing fields
    and a 10 MB text are stored; after one normal cycle every party's publications and their fields equal
    the simulator's, each new communication has exactly one alert, and the worker is still running."""
    proc = simulador("--partes", str(PESSOAS), "--seed", "11", "--publicacoes-por-parte", "5")
    sim = ControleSimulador(proc.url)
    nomes = sim.partes(PESSOAS)
    # One thread: the forced responses go to consecutive requests, so an html_200 fails every attempt
    # of one check instead of being absorbed by the retries of several.
    trabalhador = worker(proc.url, threads=1, **apoio.ENV_WORKER)

    # 1. Baseline: an HTML page with 200 and null lists fail their check (retried); a bare array and the
    # older `itens` key are read as the envelope.
    sim.falhas(respostas_forcadas=_forcar("html_200", "nulos", "array", "itens"))
    inicio = agora()
    ids = apoio.registrar(nomes)
    apoio.enviar_first_checks(list(ids.values()))
    apoio.esperar_baselines(PESSOAS)
    _conferir_falhas(inicio)
    assert sim.http.get("/estado").json()["config"]["respostas_forcadas"] == []
    _conferir_com_simulador(proc.url, ids)

    # 2. Periodic checks, one new communication per party: missing fields and a 10 MB text are stored as
    # they came (the fields left empty, the text whole), while the HTML page and null lists fail again.
    novas = {nome: sim.adicionar([nome])[0] for nome in nomes}
    sim.falhas(respostas_forcadas=_forcar("sem_campos", "texto_gigante", "html_200", "nulos"))
    inicio = agora()
    apoio.ciclo()
    _conferir_falhas(inicio)
    with session_scope() as session:
        sem_hash = session.scalar(select(func.count()).where(Publicacao.hash.is_(None)))
        maior_texto = session.scalar(select(func.max(func.length(Publicacao.texto))))
    assert sem_hash, "a resposta sem campos deveria ter gravado publicações incompletas"
    assert maior_texto is not None and maior_texto > 5_000_000

    # 3. DJEN normal again: the next check completes the fields and replaces the text; every new
    # communication raised exactly one alert, and the worker survived all of it.
    apoio.ciclo()
    _conferir_com_simulador(proc.url, ids)
    with session_scope() as session:
        alertas = session.execute(
            select(Alerta.pessoa_id, Alerta.publicacao_id).where(Alerta.tipo == NOVA_PUBLICACAO)
        )
        assert sorted((a, p) for a, p in alertas) == sorted((ids[nome], novas[nome]) for nome in nomes)
    assert trabalhador.popen.poll() is None, trabalhador.saida()[-3000:]
