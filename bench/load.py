"""`make load`: simulated people using the SPA at once, on loopback, for a bounded time.

Each virtual user signs in (a session of their own), keeps the SPA's live subscriptions open
(notifications, downloads, feature status) and, with a short think time between them, runs the
SPA's real operations: the dashboard, browsing and searching the library, an item page, their
downloads and requests, their notifications. Reported: operations per second, p50/p99 latency
per operation, errors (there should be none), and subscriptions that were dropped."""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import sys
import time
import uuid
from datetime import timedelta
from typing import Any

import httpx
import websockets
from websockets.typing import Subprotocol

USERS = int(os.environ.get("LOAD_USERS", "200"))
SECONDS = float(os.environ.get("LOAD_SECONDS", "60"))
THINK_S = float(os.environ.get("LOAD_THINK_S", "1.0"))
ITEMS = 5_000

OPERATIONS: dict[str, tuple[str, dict[str, Any]]] = {
    "dashboard": (
        "query Dashboard { recentlyAdded(first: 20) { edges { node { id title year type "
        "posterUrl } } } myRequests(first: 5) { edges { node { id title status } } } "
        "downloads(first: 5) { edges { node { id title status progress } } } "
        "featureStatus { name available } announcements { id title } }",
        {},
    ),
    "library": (
        "query Library($after: String) { libraryItems(first: 48, after: $after) { totalCount "
        "pageInfo { hasNextPage endCursor } edges { node { id title year posterUrl } } } }",
        {},
    ),
    "search": (
        "query Search($q: String!) { librarySearch(query: $q, first: 20) { edges { node { id "
        "title posterUrl } } } }",
        {"q": "star"},
    ),
    "item": (
        "query Item($id: ID!) { libraryItem(id: $id) { id title summary posterUrl "
        "children(first: 20) { edges { node { id title index } } } } }",
        {"id": "1"},
    ),
    "notifications": (
        "query Feed { notifications(first: 20) { unreadCount edges { node { id title } } } }",
        {},
    ),
}
SUBSCRIPTIONS = [
    "subscription { notificationEvents { unreadCount } }",
    "subscription { downloadUpdated { id progress } }",
    "subscription { featureStatusUpdated { name available } }",
]
WORDS = ["star", "night", "river", "city", "dark", "love", "war", "blue"]


async def seed(url: str) -> list[str]:
    """People with sessions and a library of ``ITEMS`` titles; returns the session tokens."""
    from medianest.auth import service as auth_service
    from medianest.core import bootstrap, db
    from medianest.library.models import ItemType, LibrarySection, MediaItem
    from medianest.settings import Environment, Settings
    from medianest.users.models import User

    settings = Settings(environment=Environment.TEST, database_url=url, log_level="WARNING")
    await bootstrap.migrate(settings)
    await db.init_db(settings)
    try:
        await LibrarySection.create(key="1", title="Movies", type="movie", item_count=ITEMS)
        rng = random.Random(7)
        await MediaItem.bulk_create(
            [
                MediaItem(
                    rating_key=str(n),
                    section_key="1",
                    type=ItemType.MOVIE,
                    title=f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} {n}",
                    sort_title=f"{n:06d}",
                    year=1950 + n % 75,
                    summary="A film.",
                    thumb=f"/library/metadata/{n}/thumb/1",
                    added_at=1_700_000_000 + n,
                    updated_at=1_700_000_000 + n,
                )
                for n in range(1, ITEMS + 1)
            ],
            batch_size=1000,
        )
        tokens = []
        for i in range(USERS):
            user = await User.create(username=f"load{i}", display_name=f"Load {i}")
            issued = await auth_service.create_session(
                user, user_agent="load", ip="127.0.0.1", ttl=timedelta(hours=2)
            )
            tokens.append(issued.token)
        return tokens
    finally:
        await db.close_db()


class Results:
    def __init__(self) -> None:
        self.latency: dict[str, list[float]] = {name: [] for name in OPERATIONS}
        self.errors: list[str] = []
        self.dropped = 0


async def subscriber(ws_url: str, token: str, results: Results, stop: asyncio.Event) -> None:
    try:
        async with websockets.connect(
            ws_url,
            subprotocols=[Subprotocol("graphql-transport-ws")],
            additional_headers={"Cookie": f"medianest_session={token}"},
            open_timeout=30,
        ) as ws:
            await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
            await ws.recv()
            for n, query in enumerate(SUBSCRIPTIONS):
                await ws.send(
                    json.dumps({"id": str(n), "type": "subscribe", "payload": {"query": query}})
                )
            while not stop.is_set():
                try:
                    message = json.loads(await asyncio.wait_for(ws.recv(), 1.0))
                except TimeoutError:
                    continue
                if message.get("type") == "ping":
                    await ws.send(json.dumps({"type": "pong"}))
                elif message.get("type") == "error":
                    results.errors.append(f"subscription: {message}")
    except Exception as exc:  # a dropped live connection is a failure of the run
        if not stop.is_set():
            results.dropped += 1
            results.errors.append(f"subscription dropped: {exc!r}")


async def person(base: str, token: str, results: Results, stop: asyncio.Event) -> None:
    rng = random.Random(token)
    async with httpx.AsyncClient(
        base_url=base, cookies={"medianest_session": token}, timeout=30
    ) as client:
        await asyncio.sleep(rng.random() * THINK_S)
        while not stop.is_set():
            name = rng.choice(list(OPERATIONS))
            query, variables = OPERATIONS[name]
            if name == "search":
                variables = {"q": rng.choice(WORDS)}
            elif name == "item":
                variables = {"id": str(rng.randint(1, ITEMS))}
            started = time.perf_counter()
            try:
                response = await client.post(
                    "/graphql", json={"query": query, "variables": variables}
                )
                elapsed = time.perf_counter() - started
                body = response.json()
                if response.status_code != 200 or body.get("errors"):
                    results.errors.append(f"{name}: {response.status_code} {str(body)[:200]}")
                else:
                    results.latency[name].append(elapsed)
            except Exception as exc:
                results.errors.append(f"{name}: {exc!r}")
            await asyncio.sleep(THINK_S * (0.5 + rng.random()))


def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 1)


async def main() -> dict[str, Any]:
    from bench.harness import ROOT, create_db, drop_db, free_port, start_server, stop

    name = f"medianest_load_{uuid.uuid4().hex[:8]}"
    url = await create_db(name)
    server = None
    try:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bench.load", "--seed", url, cwd=ROOT,
            stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        out, _ = await process.communicate()
        tokens = json.loads(out.decode().strip().splitlines()[-1])
        port = free_port()
        server = await start_server(url, port, {"MEDIANEST_MUTATIONS_PER_MINUTE": "100000"})
        base = f"http://127.0.0.1:{port}"
        results = Results()
        halt = asyncio.Event()
        ws_url = base.replace("http", "ws", 1) + "/graphql"
        tasks = [asyncio.create_task(subscriber(ws_url, t, results, halt)) for t in tokens]
        tasks += [asyncio.create_task(person(base, t, results, halt)) for t in tokens]
        started = time.perf_counter()
        await asyncio.sleep(SECONDS)
        halt.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        elapsed = time.perf_counter() - started
    finally:
        if server is not None:
            await stop(server)
        await drop_db(name)
    done = sum(len(v) for v in results.latency.values())
    everything = [x for v in results.latency.values() for x in v]
    return {
        "users": USERS,
        "seconds": round(elapsed, 1),
        "operations": done,
        "operations_per_s": round(done / elapsed, 1),
        "p50_ms": pct(everything, 0.5),
        "p99_ms": pct(everything, 0.99),
        "per_operation": {
            name: {"count": len(v), "p50_ms": pct(v, 0.5), "p99_ms": pct(v, 0.99)}
            for name, v in results.latency.items()
        },
        "errors": len(results.errors),
        "first_errors": results.errors[:5],
        "subscriptions_dropped": results.dropped,
        "mean_ms": round(statistics.mean(everything) * 1000, 1) if everything else 0.0,
    }


if __name__ == "__main__":
    if sys.argv[1:2] == ["--seed"]:
        print(json.dumps(asyncio.run(seed(sys.argv[2]))))
    else:
        report = asyncio.run(main())
        print(json.dumps(report, indent=2))
        if report["errors"] or report["subscriptions_dropped"]:
            raise SystemExit(1)
