"""Backup and restore round trips: PostgreSQL → SQLite → PostgreSQL through the real CLI, rows
and encrypted settings intact; wrong keys and non-empty databases refused."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import asyncpg
import pytest

from medianest.core import backup
from medianest.core.crypto import decrypt_json
from medianest.core.runtime import Runtime
from medianest.downloads.models import Download
from medianest.notifications.models import Kind, Notification
from medianest.settings_admin import service as stored
from medianest.users.models import User
from tests.support.processes import ROOT, clean_env
from tests.support.services import create_database, drop_database

pytestmark = pytest.mark.slow


def cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "medianest", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


async def test_round_trip_across_both_dialects(runtime: Runtime, tmp_path: Path) -> None:
    key = runtime.settings.resolved_secret_key
    owner = await User.create(username="ann", display_name="Ann", email="ann@example.com")
    await Download.create(
        owner=owner, url="https://www.youtube.com/watch?v=x", site="youtube", title="Clip ✓"
    )
    await Notification.create(user=owner, kind=Kind.ANNOUNCEMENT, title="Hello")
    await stored.save(stored.PlexSettings, url="http://plex:32400", token="plex-secret")
    first = tmp_path / "from-postgres.backup.gz"
    manifest = await backup.create(first, secret_key=key)
    assert manifest["tables"]["users"] == 1
    assert "secret_key" not in manifest
    assert b"plex-secret" not in first.read_bytes()

    # Into SQLite, with the CLI, as `make run` keeps it.
    data = tmp_path / "embedded"
    env = clean_env(MEDIANEST_DATA_DIR=str(data), MEDIANEST_SECRET_KEY=key)
    done = cli(["restore", str(first)], env)
    assert done.returncode == 0, done.stderr
    assert "restored" in done.stdout
    db = sqlite3.connect(data / "medianest.sqlite3")
    assert db.execute("SELECT title FROM downloads").fetchall() == [("Clip ✓",)]
    (secrets,) = db.execute("SELECT secrets FROM service_settings WHERE name='plex'").fetchone()
    assert decrypt_json(key, secrets)["token"] == "plex-secret"
    db.close()
    again = cli(["restore", str(first)], env)
    assert again.returncode != 0
    assert "already has data" in again.stderr

    # And back to a fresh PostgreSQL.
    second = tmp_path / "from-sqlite.backup.gz"
    made = cli(["backup", "--output", str(second)], env)
    assert made.returncode == 0, made.stderr
    name = f"medianest_restore_{uuid.uuid4().hex[:8]}"
    url = await create_database(name)
    try:
        pg_env = clean_env(
            MEDIANEST_DATABASE_URL=url,
            MEDIANEST_DATA_DIR=str(tmp_path / "pg"),
            MEDIANEST_SECRET_KEY=key,
        )
        loaded = cli(["restore", str(second)], pg_env)
        assert loaded.returncode == 0, loaded.stderr
        conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
        try:
            assert await conn.fetchval("SELECT count(*) FROM notifications") == 1
            assert await conn.fetchval("SELECT email FROM users") == "ann@example.com"
            # Sequences follow the restored ids: new rows do not collide.
            await conn.execute(
                "INSERT INTO users (username, display_name, role, is_owner, is_active, "
                "permissions, created_at) VALUES ('bo', 'Bo', 'user', false, true, '[]', now())"
            )
        finally:
            await conn.close()
    finally:
        await drop_database(name)


async def test_a_backup_needs_its_secret_key(runtime: Runtime, tmp_path: Path) -> None:
    key = runtime.settings.resolved_secret_key
    await stored.save(stored.PlexSettings, token="plex-secret")
    plain = tmp_path / "plain.backup.gz"
    await backup.create(plain, secret_key=key)
    env = clean_env(MEDIANEST_DATA_DIR=str(tmp_path / "other"), MEDIANEST_SECRET_KEY="y" * 40)
    refused = cli(["restore", str(plain)], env)
    assert refused.returncode != 0
    assert "another secret key" in refused.stderr
    carried = tmp_path / "with-key.backup.gz"
    await backup.create(carried, secret_key=key, include_secret_key=True)
    accepted = cli(["restore", str(carried)], env)
    assert accepted.returncode == 0, accepted.stderr
    db = sqlite3.connect(tmp_path / "other" / "medianest.sqlite3")
    (secrets,) = db.execute("SELECT secrets FROM service_settings WHERE name='plex'").fetchone()
    db.close()
    assert decrypt_json("y" * 40, secrets)["token"] == "plex-secret"  # readable with this key
    garbage = tmp_path / "garbage.gz"
    garbage.write_bytes(b"not a backup")
    broken = cli(["restore", str(garbage)], env)
    assert "not a MediaNest backup" in broken.stderr
