"""Pure rules of delivery: backoff, giving up, and keeping secrets out of what is shown or logged."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

# Config fields that are secrets, per channel type: never returned in full, never in a log or error.
CAMPOS_SECRETOS: dict[str, tuple[str, ...]] = {
    "telegram": ("bot_token",),
    "email": ("senha",),
    "webhook": ("segredo",),
}
MASCARA = "••••••••"
# Short secrets would be half revealed by their last characters: those show only the mask.
_MINIMO_PARA_SUFIXO = 16


def atraso_apos_falha(falhas: int, inicial_s: float, maximo_s: float) -> float:
    """Seconds until the next attempt after `falhas` consecutive failures: doubling, capped."""
    expoente = min(max(falhas, 1) - 1, 62)  # past ~60 doublings every cap is reached anyway
    return float(min(maximo_s, inicial_s * 2**expoente))


def proximo_envio(instante: datetime, falhas: int, inicial_s: float, maximo_s: float) -> datetime:
    return instante + timedelta(seconds=atraso_apos_falha(falhas, inicial_s, maximo_s))


def desistir(criado_em: datetime, instante: datetime, prazo_s: float) -> bool:
    """A delivery still failing this long after its alert was raised is given up (status falhou)."""
    return (instante - criado_em).total_seconds() >= prazo_s


def mascarar(segredo: str | None) -> str | None:
    if not segredo:
        return None
    if len(segredo) < _MINIMO_PARA_SUFIXO:
        return MASCARA
    return MASCARA + segredo[-4:]


def mascarar_config(tipo: str, config: dict[str, Any]) -> dict[str, Any]:
    saida = dict(config)
    for campo in CAMPOS_SECRETOS.get(tipo, ()):
        if campo in saida:
            saida[campo] = mascarar(saida[campo])
    return saida


def segredos(tipo: str, config: dict[str, Any]) -> list[str]:
    return [str(config[c]) for c in CAMPOS_SECRETOS.get(tipo, ()) if config.get(c)]


def ocultar(texto: str, valores: Iterable[str]) -> str:
    """Replaces every secret (and a bot token's path segment) in a message before it is stored or logged."""
    for valor in valores:
        if valor:
            texto = texto.replace(valor, MASCARA)
    return _TOKEN_TELEGRAM.sub(r"/bot" + MASCARA, texto)


# Telegram puts the token in the URL path: hide any such segment, whatever the token.
_TOKEN_TELEGRAM = re.compile(r"/bot[0-9]+:[A-Za-z0-9_-]+")
