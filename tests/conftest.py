"""Fixtures: a fresh PostgreSQL database and Redis namespace per run, migrations applied once,
the MediaNest runtime started in the test loop, a real uvicorn server on loopback, and signed-in
GraphQL clients. Every test starts from empty tables."""

from __future__ import annotations

import asyncio
import contextlib
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis.asyncio as aioredis
import uvicorn
from tortoise import Tortoise

from medianest.api.result_cache import cache as result_cache
from medianest.app import create_app
from medianest.auth import service as auth_service
from medianest.cli import server_options
from medianest.core import bootstrap
from medianest.core.clients import close_all as close_clients
from medianest.core.runtime import Runtime
from medianest.library.cache import cache as library_cache
from medianest.settings import Environment, Settings
from medianest.users.models import Role, User
from tests.fakes.plex_library import PlexLibrary
from tests.fakes.plextv import FakePlexTV
from tests.fakes.pms import FakePMS
from tests.fakes.server import free_port as fake_free_port
from tests.fakes.server import serve
from tests.support.gql import GqlClient
from tests.support.services import (
    PG_ADMIN_URL,
    REDIS_URL,
    create_database,
    drop_database,
    free_port,
    require_tcp,
)

pytest_plugins = ["tests.support.overseerr_api", "tests.support.downloads"]

RUN_ID = f"{os.getpid()}_{uuid.uuid4().hex[:6]}"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def pytest_sessionstart(session: pytest.Session) -> None:
    require_tcp(PG_ADMIN_URL, "PostgreSQL")
    require_tcp(REDIS_URL, "Redis")


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
async def database_url() -> AsyncIterator[str]:
    name = f"medianest_test_{RUN_ID}"
    url = await create_database(name)
    yield url
    await drop_database(name)


@pytest.fixture(scope="session")
def redis_prefix() -> str:
    return f"mntest:{RUN_ID}"


@pytest.fixture(scope="session")
def settings(
    database_url: str, redis_prefix: str, tmp_path_factory: pytest.TempPathFactory
) -> Settings:
    return Settings(
        environment=Environment.TEST,
        database_url=database_url,
        redis_url=REDIS_URL,
        redis_prefix=redis_prefix,
        data_dir=tmp_path_factory.mktemp("data"),
        worker_threads=2,
        log_format="text",
        ws_connection_init_timeout_s=2,
        # Tests read back what they wrote straight into the database, which no event announces;
        # the result cache has tests of its own (test_result_cache.py) that turn it on.
        graphql_result_cache_s=0,
    )


@pytest.fixture(scope="session")
async def runtime(settings: Settings, redis_prefix: str) -> AsyncIterator[Runtime]:
    await bootstrap.migrate(settings)
    services = await bootstrap.start(
        settings, run_worker=True, run_scheduler=False, apply_migrations=False
    )
    yield services.runtime
    await bootstrap.stop(services)
    client = aioredis.Redis.from_url(REDIS_URL)
    keys = [key async for key in client.scan_iter(f"{redis_prefix}:*")]
    if keys:
        await client.delete(*keys)
    await client.aclose()


@pytest.fixture(scope="session")
async def server(settings: Settings, runtime: Runtime) -> AsyncIterator[str]:
    """A real uvicorn server on loopback, sharing the test runtime."""
    port = free_port()
    app = create_app(settings, manage_runtime=False)
    options = server_options(settings)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="on", **options)
    srv = uvicorn.Server(config)
    task = asyncio.create_task(srv.serve())
    while not srv.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    await task


@pytest.fixture(autouse=True)
async def clean_tables(request: pytest.FixtureRequest) -> AsyncIterator[None]:
    yield
    if "runtime" not in request.fixturenames:
        return
    tables = [
        model._meta.db_table
        for app in Tortoise.apps.values()
        for model in app.values()
        if model._meta.db_table != "aerich"
    ]
    conn = Tortoise.get_connection("default")
    await conn.execute_script(
        "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"
    )
    library_cache.clear()
    result_cache.clear()
    # Clients of the fakes this test started must not outlive them.
    await close_clients()
    # Rate-limit counters would carry one test's attempts into the next.
    client = aioredis.Redis.from_url(REDIS_URL)
    prefix = request.getfixturevalue("redis_prefix")
    keys = [key async for key in client.scan_iter(f"{prefix}:rl:*")]
    if keys:
        await client.delete(*keys)
    await client.aclose()


SignIn = Callable[..., Awaitable[tuple[User, GqlClient]]]


@pytest.fixture
async def sign_in(server: str) -> AsyncIterator[SignIn]:
    clients: list[GqlClient] = []

    async def make(username: str = "alice", role: Role = Role.USER) -> tuple[User, GqlClient]:
        user = await User.create(username=username, display_name=username.title(), role=role)
        token = await auth_service.create_sign_in_link(user)
        client = GqlClient(server)
        await client.sign_in_with_link(f"/auth/link/{token}")
        clients.append(client)
        return user, client

    yield make
    for client in clients:
        with contextlib.suppress(Exception):
            await client.aclose()


@pytest.fixture
async def admin(sign_in: SignIn) -> tuple[User, GqlClient]:
    return await sign_in("owner", Role.ADMIN)


@pytest.fixture
async def member(sign_in: SignIn) -> tuple[User, GqlClient]:
    return await sign_in("alice", Role.USER)


@dataclass
class PlexWorld:
    tv: FakePlexTV
    pms: FakePMS
    tv_url: str
    pms_url: str


@pytest.fixture
async def plex(runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[PlexWorld]:
    """Fake plex.tv and Plex Media Server on loopback, with MediaNest pointed at them."""
    pms_port = fake_free_port()
    tv = FakePlexTV.seeded(pms_url=f"http://127.0.0.1:{pms_port}")
    pms = FakePMS(PlexLibrary(movies=12, shows=3), plextv=tv)
    async with serve(tv.app) as tv_url, serve(pms.app, port=pms_port) as pms_url:
        monkeypatch.setattr(runtime.settings, "plex_tv_url", tv_url)
        monkeypatch.setattr(runtime.settings, "plex_app_url", tv_url)
        yield PlexWorld(tv, pms, tv_url, pms_url)
