"""Reaching the real PostgreSQL and Redis the tests need; a clear failure when they are down."""

from __future__ import annotations

import asyncio
import os
import socket
from urllib.parse import urlsplit

import asyncpg
import pytest

PG_ADMIN_URL = os.environ.get(
    "MEDIANEST_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
REDIS_URL = os.environ.get("MEDIANEST_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")

HOW_TO_START = (
    "Start it and run again:\n"
    "  PostgreSQL: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\n"
    "  Redis:      redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' "
    "--appendonly no\n"
    "(or point MEDIANEST_TEST_POSTGRES_URL / MEDIANEST_TEST_REDIS_URL elsewhere)"
)


def require_tcp(url: str, name: str) -> None:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 0), 2):
            return
    except OSError as exc:
        pytest.exit(f"{name} is not reachable at {url} ({exc}).\n{HOW_TO_START}", returncode=3)


async def create_database(name: str) -> str:
    conn = await asyncpg.connect(PG_ADMIN_URL)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    parts = urlsplit(PG_ADMIN_URL)
    return f"postgres://{parts.netloc}/{name}"


async def drop_database(name: str) -> None:
    conn = await asyncpg.connect(PG_ADMIN_URL)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def wait_http(url: str, timeout: float = 30) -> None:
    import httpx

    deadline = asyncio.get_running_loop().time() + timeout
    async with httpx.AsyncClient() as client:
        while True:
            try:
                response = await client.get(url, timeout=2)
                if response.status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError(f"{url} did not become ready")
            await asyncio.sleep(0.2)


async def drop_redis_prefix(prefix: str) -> None:
    """Delete what processes started with MEDIANEST_REDIS_PREFIX=prefix left in Redis."""
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(REDIS_URL)
    try:
        keys = [key async for key in client.scan_iter(f"{prefix}:*")]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()
