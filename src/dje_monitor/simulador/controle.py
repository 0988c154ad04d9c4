"""Rotas de controle em /_simulador (prefixo que a API real não usa) para testes, benchmarks e demo."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse

from .base import Filtros
from .esquemas import AlteracaoFalhas, Cancelamento, NovasComunicacoes
from .estado import FUSO, Simulador
from .normalizacao import normalizar

# Rotas assíncronas de propósito: rodam no laço de eventos, como as da API, e nunca disputam o
# estado em memória com elas a partir de outra thread.
router = APIRouter(prefix="/_simulador", tags=["simulador"])
MOTIVO_PADRAO = "Cancelado a pedido do órgão julgador"


def _simulador(request: Request) -> Simulador:
    simulador: Simulador = request.app.state.simulador
    return simulador


@router.get("/estado")
async def ver_estado(request: Request) -> dict[str, Any]:
    return _simulador(request).estado()


@router.put("/falhas")
async def alterar_falhas(request: Request, alteracao: AlteracaoFalhas) -> dict[str, Any]:
    falhas = _simulador(request).falhas
    falhas.alterar(alteracao.model_dump(exclude_none=True))
    return falhas.como_dict()


@router.delete("/falhas")
async def restaurar_falhas(request: Request) -> dict[str, Any]:
    falhas = _simulador(request).falhas
    falhas.resetar()
    return falhas.como_dict()


@router.post("/comunicacoes")
async def criar_comunicacoes(request: Request, pedido: NovasComunicacoes) -> dict[str, list[int]]:
    simulador = _simulador(request)
    hoje = simulador.data_de_hoje()
    inicio = pedido.data_inicio or hoje
    fim = pedido.data_fim or max(hoje, inicio)
    if inicio > fim:
        raise HTTPException(422, "data_inicio deve ser anterior ou igual a data_fim")
    ids = simulador.adicionar_comunicacoes(
        pedido.quantidade,
        pedido.destinatarios,
        inicio,
        fim,
        sigla_tribunal=pedido.sigla_tribunal,
        numero_processo=pedido.numero_processo,
        texto=pedido.texto,
    )
    return {"ids": ids}


@router.get("/comunicacoes/{ident}")
async def ver_comunicacao(request: Request, ident: int) -> dict[str, Any]:
    item = _simulador(request).base.obter(ident)
    if item is None:
        raise HTTPException(404, f"comunicação {ident} não existe")
    return item


@router.post("/comunicacoes/{ident}/cancelar")
async def cancelar_comunicacao(
    request: Request, ident: int, pedido: Cancelamento | None = None
) -> dict[str, Any]:
    motivo = (pedido.motivo if pedido else None) or MOTIVO_PADRAO
    instante = datetime.now(FUSO).replace(tzinfo=None, microsecond=0)
    item = _simulador(request).base.cancelar(ident, motivo, instante)
    if item is None:
        raise HTTPException(404, f"comunicação {ident} não existe")
    return item


@router.get("/partes")
async def listar_partes(
    request: Request,
    limite: int = Query(1000, ge=0, le=1_000_000),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    """Partes com comunicações: `comunicacoes` conta as que trazem o nome exato; `resultados_busca` é o
    `count` que um nomeParte com esse nome recebe (maior quando há homônimos que o contêm)."""
    simulador = _simulador(request)
    partes = simulador.partes()
    pagina = partes[offset : offset + limite]
    return {
        "total": len(partes),
        "partes": [
            {
                "nome": nome,
                "origem": origem,
                "comunicacoes": simulador.base.mencoes(nome),
                "resultados_busca": len(
                    simulador.base.consultar(Filtros(nome_parte=normalizar(nome)), usar_cache=False)
                ),
            }
            for nome, origem in pagina
        ],
    }


@router.get("/requisicoes")
async def listar_requisicoes(request: Request, desde: float | None = None) -> JSONResponse:
    return JSONResponse(_simulador(request).registro.desde(desde))


@router.delete("/requisicoes")
async def limpar_requisicoes(request: Request) -> dict[str, int]:
    registro = _simulador(request).registro
    removidas = len(registro)
    registro.limpar()
    return {"removidas": removidas}
