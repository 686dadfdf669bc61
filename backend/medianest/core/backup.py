"""``medianest backup`` and ``medianest restore``: every table as JSON lines in one gzip'd tar,
portable between SQLite and PostgreSQL (a backup of the embedded mode restores into the
distributed one and back).

Stored service settings stay encrypted in the backup; they only decrypt with the same secret
key. The backup records the key's fingerprint (never the key, unless ``--include-secret-key``
is given), and restore refuses a mismatch rather than leave unreadable secrets behind."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import tarfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from tortoise import Tortoise, fields
from tortoise.models import Model

from medianest import __version__
from medianest.core.crypto import decrypt_json, encrypt_json
from medianest.core.db import APP

FORMAT = 1
BATCH = 1000


class BackupError(Exception):
    pass


def key_fingerprint(secret_key: str) -> str:
    return hashlib.sha256(b"medianest-backup:" + secret_key.encode()).hexdigest()[:16]


def _models() -> list[type[Model]]:
    """Every model, parents before children (foreign keys)."""
    models = [m for m in Tortoise.apps[APP].values() if m._meta.db_table != "aerich"]
    ordered: list[type[Model]] = []

    def visit(model: type[Model], path: tuple[str, ...] = ()) -> None:
        if model in ordered or model.__name__ in path:
            return
        for fk in model._meta.fk_fields:
            related = model._meta.fields_map[fk].related_model  # type: ignore[attr-defined]
            if related is not model:
                visit(related, (*path, model.__name__))
        ordered.append(model)

    for model in sorted(models, key=lambda m: m._meta.db_table):
        visit(model)
    return ordered


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    if isinstance(value, bytes):
        return {"$b": value.hex()}
    if hasattr(value, "value") and not isinstance(value, (dict, list)):
        return value.value  # enums
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        if "$dt" in value:
            return datetime.fromisoformat(value["$dt"])
        if "$d" in value:
            return date.fromisoformat(value["$d"])
        if "$b" in value:
            return bytes.fromhex(value["$b"])
    return value


async def create(
    path: Path, *, secret_key: str, include_secret_key: bool = False
) -> dict[str, Any]:
    """Write a backup to ``path``; returns its manifest."""
    counts: dict[str, int] = {}
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for model in _models():
            table = model._meta.db_table
            lines = io.BytesIO()
            total = 0
            offset = 0
            while True:
                rows = (
                    await model.all()
                    .order_by(model._meta.pk_attr)
                    .offset(offset)
                    .limit(BATCH)
                    .values()
                )
                for row in rows:
                    lines.write(
                        json.dumps({k: _encode(v) for k, v in row.items()}, default=str).encode()
                        + b"\n"
                    )
                total += len(rows)
                offset += BATCH
                if len(rows) < BATCH:
                    break
            counts[table] = total
            _add(tar, f"tables/{table}.jsonl", lines.getvalue())
        manifest = {
            "format": FORMAT,
            "medianest": __version__,
            "created_at": datetime.now(UTC).isoformat(),
            "dialect": Tortoise.get_connection("default").schema_generator.DIALECT,
            "tables": counts,
            "key_fingerprint": key_fingerprint(secret_key),
        }
        if include_secret_key:
            manifest["secret_key"] = secret_key
        _add(tar, "manifest.json", json.dumps(manifest, indent=2).encode())
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with gzip.open(tmp, "wb") as out:
        out.write(buffer.getvalue())
    tmp.chmod(0o600)
    tmp.replace(path)
    return manifest


def _add(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def read_backup(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The manifest and every file of a backup."""
    try:
        with gzip.open(path, "rb") as packed:
            raw = packed.read()
        with tarfile.open(fileobj=io.BytesIO(raw), mode="r") as tar:
            files = {}
            for member in tar.getmembers():
                handle = tar.extractfile(member) if member.isfile() else None
                if handle is not None:
                    files[member.name] = handle.read()
    except (OSError, tarfile.TarError, EOFError) as exc:
        raise BackupError(f"{path} is not a MediaNest backup ({exc}).") from exc
    if "manifest.json" not in files:
        raise BackupError(f"{path} has no manifest: not a MediaNest backup.")
    manifest: dict[str, Any] = json.loads(files["manifest.json"])
    if manifest.get("format") != FORMAT:
        raise BackupError(f"backup format {manifest.get('format')} is not supported.")
    return manifest, files


async def restore(path: Path, *, secret_key: str, force: bool = False) -> dict[str, int]:
    """Load a backup into this (migrated) database. Refuses a database that has data unless
    ``force``, and a backup made with another secret key unless it carries that key."""
    manifest, files = read_backup(path)
    carried = manifest.get("secret_key")
    if manifest.get("key_fingerprint") != key_fingerprint(secret_key) and not carried:
        raise BackupError(
            "this backup was made with another secret key: set MEDIANEST_SECRET_KEY to that "
            "key (or make the backup with --include-secret-key) so stored settings stay readable."
        )
    models = _models()
    if not force:
        for model in models:
            if await model.exists():
                raise BackupError(
                    f"the database already has data ({model._meta.db_table}); restore into an "
                    "empty one, or pass --force to replace everything."
                )
    conn = Tortoise.get_connection("default")
    dialect = conn.schema_generator.DIALECT
    restored: dict[str, int] = {}
    async with conn._in_transaction() as tx:  # all or nothing
        for model in reversed(models):
            await model.all().using_db(tx).delete()
        for model in models:
            table = model._meta.db_table
            content = files.get(f"tables/{table}.jsonl")
            if content is None:
                restored[table] = 0
                continue
            batch: list[Model] = []
            count = 0
            for line in content.splitlines():
                row = {k: _decode(v) for k, v in json.loads(line).items()}
                if carried and table == "service_settings" and row.get("secrets"):
                    # Made with another key that it carries: re-encrypt with this one.
                    plain = decrypt_json(carried, row["secrets"])
                    row["secrets"] = encrypt_json(secret_key, plain)
                batch.append(model(**_as_attributes(model, row)))
                if len(batch) >= BATCH:
                    await model.bulk_create(batch, using_db=tx)
                    count += len(batch)
                    batch = []
            if batch:
                await model.bulk_create(batch, using_db=tx)
                count += len(batch)
            restored[table] = count
            if dialect == "postgres" and count and isinstance(model._meta.pk, fields.IntField):
                # Names from our own models, never from input.
                column = model._meta.pk.source_field or model._meta.pk_attr
                sql = (
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "  # noqa: S608
                    f'(SELECT MAX("{column}") FROM "{table}"))'
                )
                await tx.execute_script(sql)
    return restored


def _as_attributes(model: type[Model], row: dict[str, Any]) -> dict[str, Any]:
    """``values()`` names foreign keys ``owner_id``; the constructor takes them so too."""
    known = set(model._meta.fields_map) | {f"{fk}_id" for fk in model._meta.fk_fields}
    known |= {f"{o2o}_id" for o2o in model._meta.o2o_fields}
    return {k: v for k, v in row.items() if k in known}
