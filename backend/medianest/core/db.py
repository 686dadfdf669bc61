"""Database wiring: one Tortoise configuration for PostgreSQL (asyncpg) and SQLite, and aerich
migrations kept per dialect under ``medianest/migrations/<dialect>/``."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from tortoise import Tortoise
from tortoise.transactions import in_transaction

from medianest.settings import Settings

log = logging.getLogger(__name__)

# Every module holding models; aerich's own table lives in the same app.
MODEL_MODULES = [
    "medianest.users.models",
    "medianest.auth.models",
    "medianest.jobs.models",
    "medianest.audit.models",
    "medianest.settings_admin.models",
    "medianest.library.models",
    "medianest.monitoring.models",
    "medianest.requests.models",
    "medianest.downloads.models",
    "medianest.notifications.models",
    "aerich.models",
]
MIGRATIONS_ROOT = Path(__file__).resolve().parent.parent / "migrations"
APP = "models"


def normalize_url(url: str) -> str:
    """Accept the spellings people use (postgresql://, postgresql+asyncpg://) for Tortoise."""
    parts = urlsplit(url)
    scheme = parts.scheme
    if scheme in {"postgresql", "postgresql+asyncpg", "postgres+asyncpg", "asyncpg"}:
        scheme = "postgres"
    return urlunsplit((scheme, parts.netloc, parts.path, parts.query, parts.fragment))


def dialect_of(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else "postgres"


def tortoise_config(settings: Settings, url: str | None = None) -> dict[str, Any]:
    db_url = normalize_url(url or settings.resolved_database_url)
    if dialect_of(db_url) == "postgres":
        parts = urlsplit(db_url)
        query = dict(parse_qsl(parts.query))
        query.setdefault("minsize", "1")
        query.setdefault("maxsize", str(settings.db_pool_size))
        # Statements never hang forever; the server enforces it per connection.
        query.setdefault(
            "server_settings__statement_timeout", str(settings.db_statement_timeout_ms)
        )
        query.setdefault("timeout", "5")
        # asyncpg prepares every statement; a generic plan made while a table was small (during
        # a first sync) would stick. Custom plans keep using current statistics.
        query.setdefault("server_settings__plan_cache_mode", "force_custom_plan")
        db_url = urlunsplit(
            (parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment)
        )
        connection: Any = _postgres_credentials(db_url)
    else:
        path = db_url.removeprefix("sqlite://")
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        connection = {
            "engine": "tortoise.backends.sqlite",
            "credentials": {"file_path": path, "journal_mode": "WAL", "busy_timeout": 10_000},
        }
    return {
        "connections": {"default": connection},
        "apps": {APP: {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def _postgres_credentials(url: str) -> dict[str, Any]:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    server_settings = {
        key.removeprefix("server_settings__"): value
        for key, value in list(query.items())
        if key.startswith("server_settings__")
    }
    for key in list(query):
        if key.startswith("server_settings__"):
            del query[key]
    credentials: dict[str, Any] = {
        "host": parts.hostname or "127.0.0.1",
        "port": parts.port or 5432,
        "user": parts.username or "postgres",
        "password": parts.password or "",
        "database": parts.path.lstrip("/") or "medianest",
        "minsize": int(query.pop("minsize", "1")),
        "maxsize": int(query.pop("maxsize", "10")),
        "timeout": float(query.pop("timeout", "5")),
        "server_settings": server_settings,
    }
    credentials.update(query)
    return {"engine": "tortoise.backends.asyncpg", "credentials": credentials}


def migrations_location(dialect: str) -> Path:
    return MIGRATIONS_ROOT / dialect


async def init_db(settings: Settings, *, url: str | None = None) -> None:
    await Tortoise.init(config=tortoise_config(settings, url), _enable_global_fallback=True)


async def close_db() -> None:
    await Tortoise.close_connections()


async def apply_migrations(settings: Settings, *, url: str | None = None) -> list[str]:
    """Apply pending migrations; Tortoise must not be initialised by the caller."""
    from aerich import Command

    db_url = url or settings.resolved_database_url
    command = Command(
        tortoise_config=tortoise_config(settings, db_url),
        app=APP,
        location=str(migrations_location(dialect_of(db_url))),
    )
    async with command:
        applied = await command.upgrade(run_in_transaction=True)
    for name in applied:
        log.info("migration applied", extra={"migration": name})
    return applied


async def pending_migrations() -> list[str]:
    """Migrations on disk not yet recorded in the database (with Tortoise initialised)."""
    from aerich.models import Aerich

    conn = Tortoise.get_connection("default")
    dialect = conn.schema_generator.DIALECT
    on_disk = sorted(
        [p.name for p in (migrations_location(dialect) / APP).glob("*.py") if p.name[0].isdigit()],
        key=lambda name: int(name.split("_", 1)[0]),
    )
    applied: set[str] = set(await Aerich.filter(app=APP).values_list("version", flat=True))  # type: ignore[arg-type]
    return [name for name in on_disk if name not in applied]


async def ping() -> None:
    async with in_transaction() as conn:
        await conn.execute_query("SELECT 1")
