"""The migrations of each dialect build exactly the schema the models describe, and generating
migrations now would produce nothing new."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from medianest.core.db import MIGRATIONS_ROOT
from tests.support.services import create_database, drop_database

ROOT = Path(__file__).resolve().parent.parent


def dump(url: str, how: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.support.schema_dump", url, how],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


async def test_postgres_migrations_match_models() -> None:
    names = [f"medianest_mig_{uuid.uuid4().hex[:8]}" for _ in range(2)]
    try:
        from_migrations = dump(await create_database(names[0]), "migrations")
        from_models = dump(await create_database(names[1]), "models")
    finally:
        for name in names:
            await drop_database(name)
    assert from_migrations == from_models


def test_sqlite_migrations_match_models(tmp_path: Path) -> None:
    from_migrations = dump(f"sqlite://{tmp_path / 'a.sqlite3'}", "migrations")
    from_models = dump(f"sqlite://{tmp_path / 'b.sqlite3'}", "models")
    assert from_migrations == from_models


@pytest.mark.parametrize("dialect", ["postgres", "sqlite"])
def test_no_model_change_lacks_a_migration(dialect: str, tmp_path: Path) -> None:
    shutil.copytree(MIGRATIONS_ROOT, tmp_path / "migrations")
    before = sorted(p.name for p in (tmp_path / "migrations" / dialect / "models").glob("*.py"))
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import asyncio, pathlib, sys;"
            "from medianest.core.migrations import make_migrations;"
            "print(asyncio.run(make_migrations('drift', pathlib.Path(sys.argv[1]))))",
            str(tmp_path / "migrations"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    after = sorted(p.name for p in (tmp_path / "migrations" / dialect / "models").glob("*.py"))
    assert after == before, (
        "The models changed without a migration; run `make migrations` and commit the result."
    )
