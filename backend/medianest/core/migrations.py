"""Generating aerich migrations for both dialects from the models (development only)."""

from __future__ import annotations

from aerich import Command
from tortoise import Tortoise

from medianest.core.db import APP, migrations_location, tortoise_config
from medianest.settings import Environment, Settings

# Offline generation never connects; the URLs only pick the dialect.
DIALECT_URLS = {
    "postgres": "postgres://medianest@127.0.0.1:5432/medianest",
    "sqlite": "sqlite://:memory:",
}


async def make_migrations(name: str = "update", location_root: object = None) -> dict[str, str]:
    settings = Settings(environment=Environment.DEVELOPMENT)
    results: dict[str, str] = {}
    for dialect, url in DIALECT_URLS.items():
        location = (
            migrations_location(dialect)
            if location_root is None
            else (
                location_root / dialect  # type: ignore[operator]
            )
        )
        command = Command(tortoise_config(settings, url), app=APP, location=str(location))
        folder = location / APP
        if not folder.exists() or not any(folder.glob("*.py")):
            await command.init_migrations(safe=True)
            results[dialect] = "initial migration written"
        else:
            await Tortoise.init(config=tortoise_config(settings, url))
            try:
                await command.init(offline=True)
                results[dialect] = await command.migrate(name, no_input=True, offline=True) or ""
            finally:
                await Tortoise.close_connections()
        await command.aclose()
    return results
