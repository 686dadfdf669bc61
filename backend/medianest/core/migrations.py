"""Generating aerich migrations for both dialects from the models (development only).

Each dialect is generated in its own process: aerich keeps class-level state that would carry
one dialect's DDL into the other."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

from aerich import Command
from tortoise import Tortoise

from medianest.core.db import APP, MIGRATIONS_ROOT, tortoise_config
from medianest.settings import Environment, Settings

# Offline generation never connects; the URLs only pick the dialect.
DIALECT_URLS = {
    "postgres": "postgres://medianest@127.0.0.1:5432/medianest",
    "sqlite": "sqlite://:memory:",
}


async def _make_one(dialect: str, name: str, location: Path) -> str:
    settings = Settings(environment=Environment.DEVELOPMENT)
    url = DIALECT_URLS[dialect]
    command = Command(tortoise_config(settings, url), app=APP, location=str(location))
    folder = location / APP
    if not folder.exists() or not any(folder.glob("*.py")):
        await command.init_migrations(safe=True)
        await command.aclose()
        return "initial migration written"
    await Tortoise.init(config=tortoise_config(settings, url))
    try:
        await command.init(offline=True)
        return await command.migrate(name, no_input=True, offline=True) or ""
    finally:
        await Tortoise.close_connections()


async def make_migrations(name: str = "update", root: Path | None = None) -> dict[str, str]:
    base = root or MIGRATIONS_ROOT
    results: dict[str, str] = {}
    for dialect in DIALECT_URLS:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "medianest.core.migrations",
            dialect,
            name,
            str(base / dialect),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        out, err = await process.communicate()
        if process.returncode != 0:
            raise RuntimeError(f"generating {dialect} migrations failed:\n{err.decode()}")
        results[dialect] = out.decode().strip()
    return results


if __name__ == "__main__":
    print(asyncio.run(_make_one(sys.argv[1], sys.argv[2], Path(sys.argv[3]))))
