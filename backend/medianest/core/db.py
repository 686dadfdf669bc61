"""Database wiring: one Tortoise configuration for PostgreSQL (asyncpg) and SQLite, and aerich
migrations kept per dialect under ``medianest/migrations/<dialect>/``."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import asyncpg
from tortoise import Tortoise
from tortoise.exceptions import DBConnectionError
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
# Seconds a new connection may take: with the database unreachable, requests fail in about this
# long instead of hanging (``?timeout=`` in the URL overrides it).
CONNECT_TIMEOUT_S = "1.5"

# What the database layer raises when the server is away, as opposed to a query that failed.
_UNREACHABLE: tuple[type[BaseException], ...] = (
    DBConnectionError,  # no connection could be made (see _connect)
    asyncpg.PostgresConnectionError,  # class 08: the connection failed or broke mid-query
    asyncpg.CannotConnectNowError,  # starting up, in recovery
    asyncpg.AdminShutdownError,
    asyncpg.CrashShutdownError,
    asyncpg.TooManyConnectionsError,
)


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
        query.setdefault("timeout", CONNECT_TIMEOUT_S)
        # And on this side of the wire too: a database that stops answering without closing
        # the connection (a network gone silent) fails a query a little after the server
        # would have cancelled it, instead of never.
        query.setdefault("command_timeout", str(settings.db_statement_timeout_ms / 1000 + 5))
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
        "timeout": float(query.pop("timeout", CONNECT_TIMEOUT_S)),
        "command_timeout": float(query.pop("command_timeout", "60")),
        "server_settings": server_settings,
        "connect": _connect,
    }
    credentials.update(query)
    return {"engine": "tortoise.backends.asyncpg", "credentials": credentials}


async def _connect(*args: Any, **kwargs: Any) -> Any:
    """asyncpg's connect, for the pool: an attempt refused, reset or timed out (an ``OSError``)
    fails as a ``DBConnectionError``, so it reads as the database being unreachable and not as
    just any I/O error."""
    try:
        return await asyncpg.connect(*args, **kwargs)
    except OSError as exc:
        raise DBConnectionError(f"cannot connect to PostgreSQL: {exc}") from exc


def unreachable(exc: BaseException) -> bool:
    """Whether ``exc``, or what caused it, means the database cannot be reached right now (down,
    restarting, the connection lost) rather than that a query failed."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, _UNREACHABLE) or (
            isinstance(current, asyncpg.InterfaceError) and "connection is closed" in str(current)
        ):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


_UNREACHABLE_LOG_EVERY_S = 10.0
_unreachable_log = {"last": 0.0, "quiet": 0}


def report_unreachable(logger: logging.Logger, exc: BaseException) -> None:
    """Say the database is unreachable: at once the first time, then at most every ten seconds
    with how many more requests failed meanwhile, not one line per request of an outage."""
    now = time.monotonic()
    if now - _unreachable_log["last"] < _UNREACHABLE_LOG_EVERY_S:
        _unreachable_log["quiet"] += 1
        return
    quiet = int(_unreachable_log["quiet"])
    _unreachable_log.update(last=now, quiet=0)
    more = f" ({quiet} more requests failed alike since the last report)" if quiet else ""
    logger.warning("database unreachable: %s%s", exc, more)


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
