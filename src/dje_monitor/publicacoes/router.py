"""GET /api/v1/publicacoes/{id}: one publication with its whole text."""

from __future__ import annotations

from fastapi import APIRouter

from dje_monitor.esquemas import IdPath
from dje_monitor.publicacoes import service
from dje_monitor.publicacoes.schemas import PublicacaoDetalhe
from dje_monitor.sessao_http import Sessao

router = APIRouter(prefix="/api/v1/publicacoes", tags=["publicações"])


@router.get(
    "/{publicacao_id}", response_model=PublicacaoDetalhe, summary="Uma publicação, com o texto inteiro"
)
def obter(publicacao_id: IdPath, session: Sessao) -> PublicacaoDetalhe:
    return service.obter(session, publicacao_id)
