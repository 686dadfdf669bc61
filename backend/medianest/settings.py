"""The one settings object: environment variables prefixed ``MEDIANEST_``.

Everything about the integrations (Plex, Overseerr, Uptime Kuma, paths, quotas) lives in the
database and is edited in the admin UI; this class only holds what a process needs to start.
"""

from __future__ import annotations

import secrets
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Values people paste from examples; refused outside development.
PLACEHOLDER_SECRETS = frozenset(
    {
        "changeme",
        "change-me",
        "secret",
        "your-secret-key",
        "your-secret-key-here",
        "replace-me",
        "medianest",
        "admin",
        "password",
    }
)


class Environment(StrEnum):
    DEVELOPMENT = "development"
    PRODUCTION = "production"
    TEST = "test"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MEDIANEST_", extra="ignore")

    environment: Environment = Environment.PRODUCTION
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=1, le=65535)
    # A worker process serves Prometheus metrics here (0: not at all); the api serves /metrics.
    worker_metrics_port: int = Field(default=9464, ge=0, le=65535)
    data_dir: Path = Path("./data")
    database_url: str | None = None
    redis_url: str | None = None
    redis_prefix: str = "medianest"
    secret_key: str | None = None
    public_url: str | None = None
    forwarded_allow_ips: str = "127.0.0.1"

    # plex.tv and the Plex sign-in page; tests point these at fakes.
    plex_tv_url: str = "https://plex.tv"
    plex_app_url: str = "https://app.plex.tv"
    # Where TMDB posters are fetched from (MediaNest serves them; browsers never go there).
    tmdb_image_url: str = "https://image.tmdb.org/t/p"
    # Overrides of the settings stored in the database (admin UI).
    plex_url: str | None = None
    plex_token: str | None = None
    overseerr_url: str | None = None
    overseerr_api_key: str | None = None
    uptime_kuma_url: str | None = None
    uptime_kuma_slug: str | None = None
    sign_in_rate_per_minute: int = Field(default=20, ge=1)
    # Seconds the results of list queries (jobs, requests, library) are kept per viewer; every
    # change announced on the event bus drops them at once (0: no result cache).
    graphql_result_cache_s: float = Field(default=5.0, ge=0, le=300)
    # Every API request, per person or API token (five times that per address).
    requests_per_minute: int = Field(default=1200, ge=1)
    mutations_per_minute: int = Field(default=120, ge=1)
    costly_mutations_per_minute: int = Field(default=30, ge=1)
    static_dir: Path | None = None

    # Where downloads land (the folder a Plex library points at); default <data_dir>/downloads.
    downloads_dir: Path | None = None
    # TEST ONLY: host:port pairs downloads may reach although they are loopback or private
    # addresses (the local fake media site). Empty, the default, allows none.
    downloads_unsafe_allow: str = ""
    downloads_stall_timeout_s: int = Field(default=120, ge=2)
    downloads_preview_timeout_s: int = Field(default=30, ge=2)

    # OpenTelemetry: OTLP/HTTP collector address (e.g. http://jaeger:4318); empty: no tracing.
    otel_endpoint: str | None = None
    otel_service_name: str = "medianest"

    log_level: str = "INFO"
    log_format: Literal["json", "text"] = "json"
    # Write logs to this file (each kind of process its own: medianest.worker.log, ...), rotated
    # at log_rotate_mb and kept for log_keep_files files and at most log_keep_days days. Unset:
    # stderr only (Docker, systemd).
    log_file: Path | None = None
    log_rotate_mb: int = Field(default=10, ge=1, le=1024)
    log_keep_files: int = Field(default=7, ge=1, le=1000)
    log_keep_days: int = Field(default=14, ge=0, le=3650)

    # In-process workers: on by default without Redis (embedded mode), off with Redis where
    # `medianest worker` runs them.
    embedded_worker: bool | None = None
    worker_threads: int = Field(default=4, ge=1, le=64)
    db_pool_size: int = Field(default=10, ge=1, le=200)
    db_statement_timeout_ms: int = Field(default=15_000, ge=100)

    max_body_bytes: int = Field(default=1_048_576, ge=1024)
    graphql_max_depth: int = Field(default=12, ge=2)
    graphql_max_tokens: int = Field(default=2_000, ge=50)
    graphql_max_aliases: int = Field(default=15, ge=1)
    graphql_max_subscriptions: int = Field(default=50, ge=1)
    ws_connection_init_timeout_s: float = Field(default=10.0, gt=0)

    session_ttl_days: int = Field(default=30, ge=1)
    cookie_secure: bool | None = None
    job_history_days: int = Field(default=30, ge=1)
    job_stale_after_s: int = Field(default=60, ge=5)
    housekeeping_interval_s: int = Field(default=3600, ge=10)
    reconcile_interval_s: int = Field(default=30, ge=1)

    @field_validator(
        "database_url",
        "redis_url",
        "secret_key",
        "public_url",
        "plex_url",
        "plex_token",
        "overseerr_url",
        "overseerr_api_key",
        "uptime_kuma_url",
        "uptime_kuma_slug",
        "otel_endpoint",
        mode="before",
    )
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if value == "" else value

    @model_validator(mode="after")
    def _refuse_placeholders(self) -> Settings:
        key = self.secret_key
        weak = key is not None and (key.strip().lower() in PLACEHOLDER_SECRETS or len(key) < 32)
        if weak and self.environment is Environment.PRODUCTION:
            raise ValueError(
                "MEDIANEST_SECRET_KEY is a placeholder or shorter than 32 characters; "
                "unset it to have one generated, or set a long random value"
            )
        return self

    @property
    def distributed(self) -> bool:
        return self.redis_url is not None

    @property
    def run_embedded_worker(self) -> bool:
        return (not self.distributed) if self.embedded_worker is None else self.embedded_worker

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite://{(self.data_dir / 'medianest.sqlite3').resolve()}"

    @property
    def dialect(self) -> Literal["postgres", "sqlite"]:
        return "sqlite" if self.resolved_database_url.startswith("sqlite") else "postgres"

    @cached_property
    def resolved_secret_key(self) -> str:
        """The configured key, or one generated into the data directory on first run."""
        if self.secret_key:
            return self.secret_key
        path = self.data_dir / "secret_key"
        if path.exists():
            return path.read_text().strip()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(48)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(key)
        tmp.chmod(0o600)
        tmp.replace(path)
        return key

    @property
    def resolved_static_dir(self) -> Path:
        if self.static_dir is not None:
            return self.static_dir
        return Path(__file__).resolve().parents[2] / "frontend" / "dist"
