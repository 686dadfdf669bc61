"""Run in a subprocess: build a database schema either from the migrations or straight from
the models, and print a normalised description of it as JSON."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
from typing import Any

import asyncpg
from tortoise import Tortoise

from medianest.core import db
from medianest.settings import Environment, Settings


async def build(url: str, how: str) -> None:
    settings = Settings(environment=Environment.TEST, database_url=url)
    if how == "migrations":
        await db.apply_migrations(settings, url=url)
    else:
        await Tortoise.init(config=db.tortoise_config(settings, url))
        await Tortoise.generate_schemas(safe=False)
        await Tortoise.close_connections()


async def describe_postgres(url: str) -> dict[str, Any]:
    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        columns = await conn.fetch(
            "SELECT table_name, column_name, data_type, is_nullable, character_maximum_length "
            "FROM information_schema.columns WHERE table_schema = 'public' "
            # search_vector (a stored tsvector) is added by hand in the migrations too.
            "AND table_name <> 'aerich' AND column_name <> 'search_vector' "
            "ORDER BY table_name, column_name"
        )
        indexes = await conn.fetch(
            "SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' "
            # search_* indexes (trigram, full text) are added by hand in the migrations.
            "AND tablename <> 'aerich' AND indexname NOT LIKE 'search\\_%' "
            "ORDER BY tablename, indexdef"
        )
        constraints = await conn.fetch(
            "SELECT conrelid::regclass::text AS tbl, contype::text AS contype, "
            "pg_get_constraintdef(oid) AS def "
            "FROM pg_constraint WHERE connamespace = 'public'::regnamespace "
            "AND conrelid::regclass::text <> 'aerich' ORDER BY 1, 2, 3"
        )
    finally:
        await conn.close()
    return {
        "columns": [list(r.values()) for r in columns],
        "indexes": [list(r.values()) for r in indexes],
        "constraints": [list(r.values()) for r in constraints],
    }


def describe_sqlite(path: str) -> dict[str, Any]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'aerich' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        out: dict[str, Any] = {}
        for table in tables:
            indexes = []
            for _, name, unique, origin, _partial in conn.execute(f"PRAGMA index_list('{table}')"):
                if name.startswith("search_"):
                    continue
                cols = [r[2] for r in conn.execute(f"PRAGMA index_info('{name}')")]
                indexes.append([unique, origin, cols])
            out[table] = {
                # Column order and DB-side defaults differ after ALTERs; the ORM sets defaults.
                "columns": sorted(
                    [r[1], r[2], r[3], r[5]] for r in conn.execute(f"PRAGMA table_info('{table}')")
                ),
                "indexes": sorted(indexes),
                "foreign_keys": sorted(
                    list(r[2:]) for r in conn.execute(f"PRAGMA foreign_key_list('{table}')")
                ),
            }
        return out
    finally:
        conn.close()


def main() -> None:
    url, how = sys.argv[1], sys.argv[2]
    asyncio.run(build(url, how))
    if url.startswith("sqlite"):
        description = describe_sqlite(url.removeprefix("sqlite://"))
    else:
        description = asyncio.run(describe_postgres(url))
    print(json.dumps(description, sort_keys=True))


if __name__ == "__main__":
    main()
