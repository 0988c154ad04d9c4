"""POST /api/v1/importar-planilha: parse the upload, call the import service, return its report."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, File, Query, Request, Response, UploadFile
from fastapi.routing import APIRoute

from dje_monitor.acesso.dependencias import AtorAtual
from dje_monitor.config import get_settings
from dje_monitor.errors import AppError
from dje_monitor.importacao import service
from dje_monitor.importacao.schemas import RelatorioImportacao
from dje_monitor.sessao_http import transacao

# Multipart framing around the file (boundaries, part headers) on top of the file's own size.
_FOLGA_MULTIPART = 64 * 1024


class _RotaComLimite(APIRoute):
    """Refuses an oversized upload from its Content-Length, before the body is read and spooled."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            declarado = request.headers.get("content-length", "")
            limite = get_settings().importacao_max_bytes
            if declarado.isdigit() and int(declarado) > limite + _FOLGA_MULTIPART:
                raise AppError(f"A planilha passa do limite de {limite / (1024 * 1024):g} MB", 413)
            return await original(request)

        return handler


router = APIRouter(prefix="/api/v1", tags=["importação"], route_class=_RotaComLimite)
_ERROS: dict[int | str, dict[str, Any]] = {
    409: {"description": "Outra operação alterou as pessoas durante a importação; nada foi gravado"},
    413: {"description": "Arquivo maior que DJE_IMPORTACAO_MAX_BYTES"},
    422: {
        "description": "Não é uma planilha .xlsx legível, protegida por senha, vazia, sem a coluna do nome"
    },
}


@router.post(
    "/importar-planilha",
    response_model=RelatorioImportacao,
    summary="Importa pessoas de uma planilha .xlsx; dry_run=true (padrão) só simula",
    responses=_ERROS,
)
def importar_planilha(
    arquivo: Annotated[UploadFile, File(description="Planilha .xlsx (campo multipart `arquivo`)")],
    ator: AtorAtual,
    dry_run: Annotated[bool, Query(description="true: relatório sem gravar nada; false: grava")] = True,
) -> RelatorioImportacao:
    # One byte past the limit is enough to refuse it without reading a huge upload into memory.
    conteudo = arquivo.file.read(get_settings().importacao_max_bytes + 1)
    # transacao() rather than the Sessao dependency: the baselines are sent after the commit but before
    # the response is built, so the report can say how many were enqueued (the dependency's commit
    # runs only after serialization).
    with transacao(ator) as session:
        relatorio = service.importar(session, conteudo, dry_run=dry_run)
    return relatorio
