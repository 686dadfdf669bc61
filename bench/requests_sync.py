"""The request status sync over 10,000 requests, in a process of its own:
`python -m bench.requests_sync DATABASE_URL` prints one JSON line.

MediaNest holds 10,000 requests made through it; in the fake Overseerr a tenth of them changed
(approved, declined or available). Measured: the first sync (every page, applying the changes),
then a second one with nothing new (it stops at the first page older than the last run)."""

from __future__ import annotations

import asyncio
import json
import sys
import time

import httpx
from dramatiq.brokers.stub import StubBroker
from starlette.applications import Starlette
from starlette.routing import Mount
from tests.fakes.overseerr import DEFAULT_API_KEY, FakeOverseerr
from tests.fakes.overseerr_catalogue import build_catalogue
from tests.fakes.server import serve

from medianest.core import bootstrap, db
from medianest.core.events import LocalEventBus
from medianest.core.runtime import Runtime, set_runtime
from medianest.requests import sync
from medianest.requests.models import MediaRequest, OverseerrAccount, RequestStatus
from medianest.settings import Environment, Settings
from medianest.settings_admin import service as stored
from medianest.users.models import User

REQUESTS = 10_000
PEOPLE = 50


def seed_overseerr(fake: FakeOverseerr) -> list[tuple[int, int, int]]:
    """People and their requests in the fake: (overseerr user id, request id, tmdb id)."""
    users = [
        fake.add_user(username=f"friend{i}", email=f"friend{i}@example.com", plex_id=10_000 + i)
        for i in range(PEOPLE)
    ]
    movies = list(fake.catalogue.movies)[:REQUESTS]
    made = []
    for n, tmdb_id in enumerate(movies):
        owner = users[n % PEOPLE]
        request = fake.add_request(owner.id, tmdb_id, "movie")
        made.append((owner.id, request.id, tmdb_id))
    return made


async def seed_medianest(made: list[tuple[int, int, int]]) -> None:
    people = {}
    for overseerr_id in sorted({m[0] for m in made}):
        user = await User.create(username=f"friend{overseerr_id}", display_name="Friend")
        await OverseerrAccount.create(user=user, overseerr_id=overseerr_id)
        people[overseerr_id] = user
    await MediaRequest.bulk_create(
        [
            MediaRequest(
                user=people[owner],
                media_type="movie",
                tmdb_id=tmdb_id,
                title=f"Movie {tmdb_id}",
                status=RequestStatus.PENDING,
                overseerr_id=request_id,
            )
            for owner, request_id, tmdb_id in made
        ],
        batch_size=1000,
    )


async def main(url: str) -> dict[str, float]:
    settings = Settings(environment=Environment.TEST, database_url=url, log_level="WARNING")
    await bootstrap.migrate(settings)
    await db.init_db(settings)
    set_runtime(
        Runtime(
            settings=settings,
            bus=LocalEventBus(),
            broker=StubBroker(),
            loop=asyncio.get_running_loop(),
            worker_id="bench",
        )
    )
    # Overseerr runs in a process of its own, as it does in real life.
    fake = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.requests_sync",
        "--overseerr",
        stdout=asyncio.subprocess.PIPE,
        stdin=asyncio.subprocess.PIPE,
        limit=1 << 26,
    )
    assert fake.stdout is not None
    assert fake.stdin is not None
    base = json.loads(await fake.stdout.readline())["url"]
    made = [tuple(m) for m in json.loads(await fake.stdout.readline())]
    await seed_medianest(made)  # type: ignore[arg-type]
    try:
        await stored.save(stored.OverseerrSettings, url=base, api_key=DEFAULT_API_KEY)
        async with httpx.AsyncClient() as http:
            await http.post(f"{base}/__bench/reset")
            started = time.perf_counter()
            first = await sync.sync_statuses()
            first_s = time.perf_counter() - started
            first_calls = int((await http.get(f"{base}/__bench/calls")).text)
            await http.post(f"{base}/__bench/reset")
            started = time.perf_counter()
            again = await sync.sync_statuses()
            assert again.updated == 0
            again_s = time.perf_counter() - started
            again_calls = int((await http.get(f"{base}/__bench/calls")).text)
        return {
            "requests": REQUESTS,
            "changed": REQUESTS // 10,
            "sync_s": round(first_s, 2),
            "pages": first.pages,
            "overseerr_calls": first_calls,
            "updated": first.updated,
            "noop_sync_s": round(again_s, 3),
            "noop_overseerr_calls": again_calls,
        }
    finally:
        fake.stdin.close()
        await fake.wait()
        await db.close_db()


async def overseerr_process() -> None:
    """The fake Overseerr, seeded, with a tenth of the requests changed; serves until stdin
    closes. ``/__bench/calls`` counts API calls since ``/__bench/reset``."""
    from starlette.requests import Request
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    fake = FakeOverseerr(catalogue=build_catalogue(generated_movies=REQUESTS))
    made = seed_overseerr(fake)
    for n, (_, request_id, tmdb_id) in enumerate(made[: REQUESTS // 10]):
        if n % 3 == 0:
            fake.approve_request(request_id)
        elif n % 3 == 1:
            fake.decline_request(request_id)
        else:
            fake.mark_available(tmdb_id)

    async def calls(request: Request) -> PlainTextResponse:
        return PlainTextResponse(str(len([c for c in fake.calls if "__bench" not in c.path])))

    async def reset(request: Request) -> PlainTextResponse:
        fake.clear_calls()
        return PlainTextResponse("ok")

    bench_routes = [
        Route("/__bench/calls", calls),
        Route("/__bench/reset", reset, methods=["POST"]),
    ]
    app = Starlette(routes=[*bench_routes, Mount("/", app=fake.app)])
    async with serve(app) as url:
        print(json.dumps({"url": url}), flush=True)
        print(json.dumps(made), flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--overseerr"]:
        asyncio.run(overseerr_process())
    else:
        print(json.dumps(asyncio.run(main(sys.argv[1]))))
