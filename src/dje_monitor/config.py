"""Settings: one pydantic-settings class, prefix DJE_; read on demand so tests can override."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DJEN_PRODUCAO = "https://comunicaapi.pje.jus.br/api/v1"


class Settings(BaseSettings):
    # A bad value must not print itself (DJE_API_TOKEN too short would show the token); an empty
    # variable (`DJE_API_TOKEN=` in a .env) means unset, not an invalid value.
    model_config = SettingsConfigDict(
        env_prefix="DJE_", env_file=".env", extra="ignore", hide_input_in_errors=True, env_ignore_empty=True
    )

    database_url: str = "postgresql://postgres@127.0.0.1:5432/dje_monitor"
    redis_url: str = "redis://localhost:6379/0"
    # Prefix of every Redis key (broker queues, limiter, leases): lets test runs share one Redis.
    redis_namespace: str = "dje"
    djen_url: str = DJEN_PRODUCAO
    djen_timeout: float = 30.0
    rate_limit_per_second: float = Field(
        default=2.0, gt=0, validation_alias=AliasChoices("DJE_RATE_LIMIT_PER_SEC", "rate_limit_per_second")
    )
    worker_threads: int = Field(default=8, ge=1, le=256)
    # Float so tests can tick every few seconds; production uses whole minutes.
    monitor_interval_minutes: float = Field(default=30, ge=0.02)
    monitor_habilitado: bool = True
    # Incremental window: re-ask this many days before the end of the last successful window.
    sobreposicao_dias: int = Field(default=3, ge=0, le=60)
    lote_agendamento: int = Field(default=200, ge=1, le=10_000)
    # A claim older than this without a finished check is re-enqueued by the reconciler.
    reivindicacao_expira_minutos: float = Field(default=60, ge=0.01)
    # Backoff after a failed check (doubles per consecutive failure, capped).
    backoff_falha_minutos: int = Field(default=5, ge=1)
    backoff_falha_max_minutos: int = Field(default=360, ge=1)
    # Actor retry backoff (the plan: 10–60 s); tests shorten it.
    retry_min_backoff_ms: int = Field(default=10_000, ge=10)
    retry_max_backoff_ms: int = Field(default=60_000, ge=10)
    # Dramatiq's Redis heartbeat: a dead worker's messages return after this many ms.
    broker_heartbeat_ms: int = Field(default=60_000, ge=1000)
    # Out of a million broker commands, how many run queue maintenance (which re-delivers the messages
    # of dead workers). Dramatiq's default, 1000, can take minutes on an idle node; tests raise it.
    broker_maintenance_chance: int = Field(default=1000, ge=1, le=1_000_000)
    # Circuit breaker towards DJEN: this many 5xx/403 within the window pause everybody for the cool-down.
    circuito_limiar: int = Field(default=5, ge=1)
    circuito_janela_s: float = Field(default=30.0, gt=0)
    circuito_resfriamento_s: float = Field(default=30.0, gt=0)
    max_paginas: int = Field(default=100, ge=1, le=100)
    # Credit opportunities: only publications available in the last N days are matched and alerted.
    oportunidades_janela_dias: int = Field(default=30, ge=1, le=3650)
    # Spreadsheet import: a party is monitored this many years past its deadline (data_prazo).
    anos_monitoramento: int = Field(default=5, ge=1, le=100)
    importacao_max_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    importacao_max_linhas: int = Field(default=20_000, ge=1)
    # Notification channels seeded at start-up (secrets have no default; absent means no channel).
    telegram_bot_token: str | None = None
    telegram_chat_id: str | None = None
    telegram_api_url: str = "https://api.telegram.org"
    smtp_host: str | None = None
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_usuario: str | None = None
    smtp_senha: str | None = None
    smtp_remetente: str | None = None
    smtp_destinatarios: str | None = None  # comma-separated
    smtp_tls: Literal["starttls", "ssl", "nenhum"] = "starttls"
    webhook_url: str | None = None
    webhook_segredo: str | None = None
    # Deliveries: per-send timeout, backoff doubling from the first delay up to the cap, giving up
    # after the deadline; a claim (lease) older than the lease time was interrupted and is retried.
    notificacao_timeout_s: float = Field(default=15.0, gt=0)
    notificacao_teste_timeout_s: float = Field(default=10.0, gt=0)
    entrega_backoff_inicial_s: float = Field(default=60.0, gt=0)
    entrega_backoff_max_s: float = Field(default=6 * 3600.0, gt=0)
    entrega_prazo_s: float = Field(default=24 * 3600.0, gt=0)
    entrega_concessao_s: float = Field(default=600.0, gt=0)
    webhook_falhas_para_desativar: int = Field(default=10, ge=1)
    # Daily digests go out at the first scheduler tick at or after this hour (America/Sao_Paulo).
    digest_hora: int = Field(default=7, ge=0, le=23)
    # The built web app the API serves at `/` (`make web` builds it); absent: API only.
    web_dist: Path = Path(__file__).resolve().parents[2] / "web" / "dist"
    # Security. An admin bearer token for automation (absent: only users' own tokens and logins work).
    api_token: SecretStr | None = Field(default=None, min_length=24)
    sessao_horas: float = Field(default=12, gt=0, le=24 * 30)  # a browser login lasts this long
    # Failed logins for one login from one address within the window before answering 429.
    login_max_falhas: int = Field(default=5, ge=1)
    login_max_falhas_por_ip: int = Field(default=20, ge=1)
    login_janela_minutos: float = Field(default=15, gt=0)
    # Comma-separated origins allowed to call the API from another site (credentials included); never "*".
    cors_origens: str = ""
    # Secure flag of the login cookie: None follows the request (https behind a proxy sets it).
    cookie_seguro: bool | None = None
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    log_level: str = "INFO"

    @field_validator("cors_origens")
    @classmethod
    def _sem_curinga(cls, valor: str) -> str:
        if "*" in valor:
            raise ValueError(
                "DJE_CORS_ORIGENS não aceita '*': liste as origens (ex. https://app.exemplo.com.br)"
            )
        return valor

    @property
    def origens_cors(self) -> list[str]:
        return [o.strip().rstrip("/") for o in self.cors_origens.split(",") if o.strip()]

    @property
    def sqlalchemy_url(self) -> str:
        """The plan writes postgresql://…; the app always speaks psycopg 3."""
        url = self.database_url
        for prefixo in ("postgresql+psycopg2://", "postgresql://", "postgres://"):
            if url.startswith(prefixo):
                return "postgresql+psycopg://" + url[len(prefixo) :]
        return url


@lru_cache
def get_settings() -> Settings:
    return Settings()
