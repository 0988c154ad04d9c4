"""The one global DJEN request budget (invariant 8), shared through Redis by every process and thread.

GCRA on Redis's clock (`TIME` inside Lua), so hosts with skewed clocks still share one schedule.
Emission interval T = 1/taxa; `burst` is how many requests may leave together after an idle period
(tolerance (burst-1)·T). With burst=1 requests are spaced by at least T, so any closed 1-second
window holds at most floor(taxa) + 1 of them: the "+1" is the request sitting on the window's edge.
In general the bound is floor(taxa) + burst <= taxa + burst.

Slots are granted, never reserved: a waiting caller sleeps the time the script says and asks
again. A pause set meanwhile (429 anywhere, open circuit) therefore stops callers that were already
waiting, and a grant happens at the moment the request is about to leave.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import redis

from dje_monitor.djen.erros import DjenIndisponivel

log = logging.getLogger(__name__)

PAUSA_PADRAO_429 = 60.0
JANELA_429 = 600.0

# KEYS: tat, pausa_ate, motivo_pausa. ARGV: intervalo, tolerancia, folga.
# `folga`: a caller that wakes a little after its slot keeps the schedule anchored instead of pushing
# every later slot back by its lateness (on a loaded host that drift alone cost ~10 % of the budget).
# Returns {"ok"|"taxa"|"pausa", seconds to wait, reason of the pause}.
_LUA_ADQUIRIR = """
local t = redis.call('TIME')
local agora = tonumber(t[1]) + tonumber(t[2]) / 1000000
local pausa = tonumber(redis.call('GET', KEYS[2]) or '0')
if pausa > agora then
  return {'pausa', string.format('%.6f', pausa - agora), redis.call('GET', KEYS[3]) or ''}
end
local intervalo = tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < agora - tonumber(ARGV[3]) then tat = agora end
local libera = tat - tonumber(ARGV[2])
if agora < libera then
  return {'taxa', string.format('%.6f', libera - agora), ''}
end
local novo = tat + intervalo
redis.call('SET', KEYS[1], string.format('%.6f', novo), 'PX', math.ceil((novo - agora) * 1000) + 1000)
return {'ok', '0', ''}
"""

# KEYS: pausa_ate, motivo_pausa, zset of 429s. ARGV: seconds, reason, "1" to record a 429, member.
# The pause only ever grows: a shorter pause never cuts a longer one short.
_LUA_PAUSAR = """
local t = redis.call('TIME')
local agora = tonumber(t[1]) + tonumber(t[2]) / 1000000
local ate = agora + tonumber(ARGV[1])
local atual = tonumber(redis.call('GET', KEYS[1]) or '0')
if ate > atual then
  local ttl = math.ceil((ate - agora) * 1000) + 1000
  redis.call('SET', KEYS[1], string.format('%.6f', ate), 'PX', ttl)
  redis.call('SET', KEYS[2], ARGV[2], 'PX', ttl)
else
  ate = atual
end
if ARGV[3] == '1' then
  redis.call('ZADD', KEYS[3], agora, ARGV[4])
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', agora - tonumber(ARGV[5]))
  redis.call('PEXPIRE', KEYS[3], math.ceil(tonumber(ARGV[5]) * 1000))
end
return string.format('%.6f', ate)
"""

# KEYS: falhas (zset), pausa_ate, motivo_pausa, circuito (open until), prova (half-open marker).
# ARGV: janela, limiar, resfriamento, member (the failing query: repeats of one query count once).
# Opens when `limiar` distinct failing queries fall within `janela`, or on a failure of a new query
# while half-open (after a cool-down, until one succeeds). Opening is a global pause of `resfriamento`.
_LUA_FALHA = """
local t = redis.call('TIME')
local agora = tonumber(t[1]) + tonumber(t[2]) / 1000000
local janela = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', agora - janela)
local nova = redis.call('ZADD', KEYS[1], agora, ARGV[4]) == 1
redis.call('PEXPIRE', KEYS[1], math.ceil(janela * 1000) + 1000)
local n = redis.call('ZCARD', KEYS[1])
if redis.call('EXISTS', KEYS[4]) == 1 then
  return {'aberto', n}
end
local meio_aberto = redis.call('EXISTS', KEYS[5]) == 1 and nova
if n < tonumber(ARGV[2]) and not meio_aberto then
  return {'fechado', n}
end
local resfriamento = tonumber(ARGV[3])
local ate = agora + resfriamento
local ttl = math.ceil(resfriamento * 1000)
local motivo = 'circuito aberto: ' .. n .. ' falhas do DJEN em ' .. ARGV[1] .. ' s'
if meio_aberto then motivo = 'circuito reaberto: falha no teste após o resfriamento' end
if ate > tonumber(redis.call('GET', KEYS[2]) or '0') then
  redis.call('SET', KEYS[2], string.format('%.6f', ate), 'PX', ttl + 1000)
  redis.call('SET', KEYS[3], motivo, 'PX', ttl + 1000)
end
redis.call('SET', KEYS[4], string.format('%.6f', ate), 'PX', ttl)
redis.call('SET', KEYS[5], '1', 'PX', ttl + math.ceil(janela * 1000))
redis.call('DEL', KEYS[1])
return {'abriu', n}
"""


def _texto(valor: Any) -> str:
    return valor.decode() if isinstance(valor, bytes) else str(valor)


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat()


@contextmanager
def _redis_ou_indisponivel() -> Iterator[None]:
    # Without the shared budget no process may call DJEN: a transient, typed failure like any other.
    try:
        yield
    except redis.RedisError as erro:
        raise DjenIndisponivel(
            f"Limitador global do DJEN indisponível (Redis: {type(erro).__name__})."
        ) from erro


class Limitador:
    """Blocking global rate limiter + pause + circuit breaker, all state in Redis under `{prefixo}:djen:`."""

    def __init__(
        self,
        redis: redis.Redis,
        taxa_por_segundo: float,
        prefixo: str = "dje",
        espera_maxima: float = 300.0,
        burst: int = 1,
        *,
        limiar_falhas: int = 5,
        janela_falhas: float = 30.0,
        resfriamento: float = 30.0,
    ) -> None:
        if taxa_por_segundo <= 0:
            raise ValueError("taxa_por_segundo deve ser positiva")
        if burst < 1:
            raise ValueError("burst deve ser >= 1")
        self.redis = redis
        self.taxa_por_segundo = float(taxa_por_segundo)
        self.prefixo = prefixo
        self.espera_maxima = espera_maxima
        self.burst = burst
        self.limiar_falhas = limiar_falhas
        self.janela_falhas = janela_falhas
        self.resfriamento = resfriamento
        self._intervalo = 1.0 / self.taxa_por_segundo
        self._tolerancia = (burst - 1) * self._intervalo
        # Late grants may come up to `folga` after their slot. Any 1 s window then spans slots over
        # 1 + folga seconds: folga·taxa < 1 − frac(taxa) keeps the bound at floor(taxa) + burst.
        self._folga = 0.5 * (1 - (self.taxa_por_segundo % 1)) * self._intervalo
        base = f"{prefixo}:djen:"
        self.chave_tat = base + "tat"
        self.chave_pausa = base + "pausa_ate"
        self.chave_motivo = base + "motivo_pausa"
        self.chave_429 = base + "respostas_429"
        self.chave_falhas = base + "falhas"
        self.chave_circuito = base + "circuito_aberto_ate"
        self.chave_prova = base + "circuito_meio_aberto"
        self._adquirir = redis.register_script(_LUA_ADQUIRIR)
        self._pausar = redis.register_script(_LUA_PAUSAR)
        self._falha = redis.register_script(_LUA_FALHA)

    def adquirir(self) -> float:
        """Blocks until this caller may send one DJEN request; returns the seconds waited."""
        inicio = time.monotonic()
        while True:
            with _redis_ou_indisponivel():
                resposta = self._adquirir(
                    keys=[self.chave_tat, self.chave_pausa, self.chave_motivo],
                    args=[repr(self._intervalo), repr(self._tolerancia), repr(self._folga)],
                )
            tipo, espera_txt, motivo = (_texto(v) for v in resposta)
            if tipo == "ok":
                return time.monotonic() - inicio
            espera = float(espera_txt)
            decorrido = time.monotonic() - inicio
            if decorrido + espera > self.espera_maxima:
                if tipo == "pausa":
                    mensagem = (
                        f"Consultas ao DJEN pausadas por mais {espera:.0f} s ({motivo}); "
                        f"a espera máxima de {self.espera_maxima:.0f} s foi excedida."
                    )
                else:
                    mensagem = (
                        f"Fila do limite global de requisições ao DJEN ({self.taxa_por_segundo:g}/s) "
                        f"excedeu a espera máxima de {self.espera_maxima:.0f} s."
                    )
                raise DjenIndisponivel(mensagem)
            if tipo == "pausa" and espera > 1:
                log.info("DJEN em pausa por %.1f s: %s", espera, motivo)
            # A hair over the wait, so the next call lands after the slot instead of just before it.
            time.sleep(espera + 0.0005)

    def pausar(self, segundos: float, motivo: str) -> None:
        """Stops every process from calling DJEN for `segundos` (keeps a longer pause already set)."""
        self._aplicar_pausa(segundos, motivo, registrar_429=False)

    def registrar_429(self, retry_after: float | None) -> float:
        """A 429 anywhere pauses everybody for Retry-After (60 s without it); returns the pause."""
        segundos = PAUSA_PADRAO_429 if retry_after is None else max(retry_after, 0.0)
        self._aplicar_pausa(segundos, f"DJEN respondeu 429; pausa de {segundos:g} s", registrar_429=True)
        return segundos

    def _aplicar_pausa(self, segundos: float, motivo: str, *, registrar_429: bool) -> None:
        if segundos <= 0 and not registrar_429:
            return
        with _redis_ou_indisponivel():
            self._pausar(
                keys=[self.chave_pausa, self.chave_motivo, self.chave_429],
                args=[
                    repr(max(segundos, 0.0)),
                    motivo,
                    "1" if registrar_429 else "0",
                    uuid.uuid4().hex,
                    JANELA_429,
                ],
            )
        log.warning("DJEN pausado por %.1f s para todos os processos: %s", segundos, motivo)

    def registrar_falha(self, consulta: str | None = None) -> bool:
        """Counts a 5xx/403/network failure of `consulta`; returns True when it opened the circuit."""
        with _redis_ou_indisponivel():
            resultado, n = self._falha(
                keys=[
                    self.chave_falhas,
                    self.chave_pausa,
                    self.chave_motivo,
                    self.chave_circuito,
                    self.chave_prova,
                ],
                args=[
                    repr(self.janela_falhas),
                    self.limiar_falhas,
                    repr(self.resfriamento),
                    consulta or uuid.uuid4().hex,
                ],
            )
        abriu = _texto(resultado) == "abriu"
        if abriu:
            log.warning("Circuito do DJEN aberto (%s falhas): pausa de %.0f s", n, self.resfriamento)
        return abriu

    def registrar_sucesso(self) -> None:
        """A success after a cool-down closes the circuit (ends the half-open probation)."""
        with _redis_ou_indisponivel():
            self.redis.delete(self.chave_prova)

    def estado(self) -> dict[str, Any]:
        """Snapshot for status pages, read in one pipeline round trip (no KEYS/SCAN)."""
        pipe = self.redis.pipeline(transaction=False)
        pipe.time()
        pipe.get(self.chave_pausa)
        pipe.get(self.chave_motivo)
        pipe.zrange(self.chave_429, 0, -1, withscores=True)
        pipe.zrange(self.chave_falhas, 0, -1, withscores=True)
        pipe.get(self.chave_circuito)
        # A status page reports a Redis outage itself, so redis.RedisError propagates as is here.
        segundos_us, pausa, motivo, lista_429, falhas, circuito = pipe.execute()
        agora = float(segundos_us[0]) + float(segundos_us[1]) / 1e6
        pausado_ate = float(_texto(pausa)) if pausa is not None else None
        pausado = pausado_ate is not None and pausado_ate > agora
        circuito_ate = float(_texto(circuito)) if circuito is not None else None
        return {
            "taxa_por_segundo": self.taxa_por_segundo,
            "burst": self.burst,
            "pausado_ate": _iso(pausado_ate) if pausado and pausado_ate is not None else None,
            "motivo_pausa": _texto(motivo) if pausado and motivo is not None else None,
            "recentes_429": sum(1 for _, t in lista_429 if t >= agora - JANELA_429),
            "falhas_recentes": sum(1 for _, t in falhas if t >= agora - self.janela_falhas),
            "circuito_aberto": circuito_ate is not None and circuito_ate > agora,
            "circuito_aberto_ate": _iso(circuito_ate) if circuito_ate and circuito_ate > agora else None,
        }
