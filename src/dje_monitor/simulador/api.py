"""Rotas que imitam a API pública do DJEN em /api/v1."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from . import respostas
from .estado import Simulador
from .normalizacao import normalizar
from .parametros import MENSAGEM_SEM_FILTRO, ParametroInvalido, ler_consulta
from .tribunais import TRIBUNAIS

router = APIRouter(prefix="/api/v1")
ERROS_FORCADOS = ("500", "403", "429", "html_200")


def _simulador(request: Request) -> Simulador:
    simulador: Simulador = request.app.state.simulador
    return simulador


def _entrada(request: Request, simulador: Simulador) -> tuple[bool, dict[str, str]]:
    """Limite de taxa no instante de chegada (o mesmo que vai para o registro)."""
    chegada = request.scope.get("state", {}).get("chegada") or simulador.relogio()
    cliente = request.client.host if request.client else "desconhecido"
    return simulador.falhas.verificar_taxa(cliente, chegada)


@router.get("/comunicacao")
async def buscar_comunicacoes(request: Request) -> Response:
    simulador = _simulador(request)
    falhas = simulador.falhas
    aceita, cabecalhos = _entrada(request, simulador)
    if not aceita:
        await asyncio.sleep(falhas.sortear_latencia())
        return respostas.erro_429(cabecalhos)
    forcada = falhas.proxima_forcada()
    tipo = forcada.tipo if forcada else None
    if forcada is not None and tipo == "timeout":
        await asyncio.sleep(forcada.segundos)
    else:
        await asyncio.sleep(falhas.sortear_latencia())
    if forcada is not None and tipo in ERROS_FORCADOS:
        return respostas.resposta_de_erro(forcada.tipo, cabecalhos, forcada.retry_after)
    if forcada is None and falhas.envenenado(normalizar(request.query_params.get("nomeParte") or "")):
        return respostas.resposta_de_erro("500", cabecalhos)
    if forcada is None and (erro := falhas.sortear_erro()):
        return respostas.resposta_de_erro(erro, cabecalhos)
    try:
        consulta = ler_consulta(request.query_params, falhas.atual.max_itens_por_pagina)
    except ParametroInvalido as invalido:
        return _com_cabecalhos(respostas.erro_400(str(invalido)), cabecalhos)
    if not consulta.filtros.restritivo():
        return _com_cabecalhos(respostas.erro_400(MENSAGEM_SEM_FILTRO), cabecalhos)

    ids = simulador.base.consultar(consulta.filtros)
    count = len(ids)
    inicio = (consulta.pagina - 1) * consulta.itens_por_pagina
    pagina = ids[inicio : inicio + consulta.itens_por_pagina]
    if tipo == "vazia":
        count, pagina = 0, []
    elif pagina and consulta.pagina > 1 and falhas.esvaziar_pagina(consulta):
        pagina = []
    itens: list[dict[str, Any]] = [item for i in pagina if (item := simulador.base.obter(i)) is not None]
    return JSONResponse(respostas.deformar(tipo, count, itens), headers=cabecalhos)


@router.get("/comunicacao/tribunal")
async def listar_tribunais(request: Request) -> Response:
    simulador = _simulador(request)
    falhas = simulador.falhas
    aceita, cabecalhos = _entrada(request, simulador)
    await asyncio.sleep(falhas.sortear_latencia())
    if not aceita:
        return respostas.erro_429(cabecalhos)
    if erro := falhas.sortear_erro():
        return respostas.resposta_de_erro(erro, cabecalhos)
    return JSONResponse(tribunais_por_uf(simulador.base.ultimo_envio(), simulador.hoje), headers=cabecalhos)


def tribunais_por_uf(ultimo_envio: dict[str, str], hoje: date) -> list[dict[str, Any]]:
    """Formato real: um grupo por UF; tribunais de várias UFs se repetem em cada uma."""
    ultimo_dia_util = hoje - timedelta(max(0, hoje.weekday() - 4))
    grupos: defaultdict[str, list[dict[str, str]]] = defaultdict(list)
    for tribunal in TRIBUNAIS:
        envio = date.fromisoformat(ultimo_envio.get(tribunal.sigla, ultimo_dia_util.isoformat()))
        instituicao = {"sigla": tribunal.sigla, "nome": tribunal.nome, "dataUltimoEnvio": f"{envio:%d/%m/%Y}"}
        for uf in tribunal.ufs:
            grupos[uf].append(instituicao)
    return [{"uf": uf, "instituicoes": grupos[uf]} for uf in sorted(grupos)]


def _com_cabecalhos(resposta: Response, cabecalhos: dict[str, str]) -> Response:
    resposta.headers.update(cabecalhos)
    return resposta
