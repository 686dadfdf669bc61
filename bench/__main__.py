"""`make bench`: throughput of GraphQL against a plain Starlette endpoint serving the same rows
with the same SQL, run side by side on one server, reported as ratios.

Each round runs both endpoints in turn with the same client and concurrency; the report gives
the median of the rounds. Results go to stdout and bench-results/latest.json."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = os.environ.get(
    "MEDIANEST_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
ROWS = int(os.environ.get("BENCH_ROWS", "10000"))
DURATION = float(os.environ.get("BENCH_SECONDS", "5"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "16"))

GRAPHQL_QUERY = (
    "query BenchJobs($first: Int!) { jobs(first: $first) { totalCount pageInfo { hasNextPage }"
    " edges { node { id title status progress createdAt owner { username } } } } }"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def seed(url: str) -> str:
    """Users, jobs and an admin session; returns the session cookie value."""
    from medianest.auth import service as auth_service
    from medianest.core import bootstrap, db
    from medianest.jobs.models import Job, JobStatus
    from medianest.settings import Settings
    from medianest.users.models import Role, User

    settings = Settings(database_url=url, data_dir=ROOT / "bench-results" / "data")
    await bootstrap.migrate(settings)
    await db.init_db(settings)
    try:
        admin = await User.create(username="admin", display_name="Admin", role=Role.ADMIN)
        users = [admin] + [
            await User.create(username=f"user{i}", display_name=f"User {i}") for i in range(50)
        ]
        statuses = list(JobStatus)
        batch = [
            Job(
                kind="housekeeping",
                title=f"Job {n}",
                status=statuses[n % len(statuses)],
                progress=(n % 100) / 100,
                owner=users[n % len(users)],
            )
            for n in range(ROWS)
        ]
        await Job.bulk_create(batch, batch_size=1000)
        issued = await auth_service.create_session(
            admin, user_agent="bench", ip="127.0.0.1", ttl=__import__("datetime").timedelta(days=1)
        )
        return issued.token
    finally:
        await db.close_db()


async def load(
    client: httpx.AsyncClient, method: str, path: str, body: Any, seconds: float
) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal errors
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            if method == "POST":
                response = await client.post(path, json=body)
            else:
                response = await client.get(path)
            if response.status_code != 200 or b'"errors"' in response.content:
                errors += 1
            latencies.append(time.perf_counter() - started)

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    elapsed = time.perf_counter() - began
    latencies.sort()
    return {
        "rps": len(latencies) / elapsed,
        "p50_ms": latencies[len(latencies) // 2] * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000,
        "errors": errors,
        "requests": len(latencies),
    }


async def run_pair(base: str, cookie: str, first: int) -> dict[str, dict[str, float]]:
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    async with httpx.AsyncClient(
        base_url=base, cookies={"medianest_session": cookie}, limits=limits, timeout=30
    ) as client:
        gql_body = {"query": GRAPHQL_QUERY, "variables": {"first": first}}
        plain_path = f"/bench/plain-jobs?first={first}"
        # Same answer from both, checked once.
        g = (await client.post("/graphql", json=gql_body)).json()["data"]["jobs"]
        p = (await client.get(plain_path)).json()["data"]["jobs"]
        assert g == p, "the two endpoints must return the same rows"
        await load(client, "POST", "/graphql", gql_body, 1.0)  # warm-up
        await load(client, "GET", plain_path, None, 1.0)
        rounds: dict[str, list[dict[str, float]]] = {"graphql": [], "plain": []}
        for _ in range(ROUNDS):
            rounds["graphql"].append(await load(client, "POST", "/graphql", gql_body, DURATION))
            rounds["plain"].append(await load(client, "GET", plain_path, None, DURATION))
    return {
        name: {
            key: statistics.median(r[key] for r in results)
            for key in ("rps", "p50_ms", "p99_ms", "errors")
        }
        for name, results in rounds.items()
    }


async def main() -> None:
    db_name = f"medianest_bench_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'CREATE DATABASE "{db_name}"')
    await admin.close()
    base_pg = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgres://", 1)
    url = f"{base_pg}/{db_name}"
    port = free_port()
    server = None
    try:
        cookie = await seed(url)
        env = {k: v for k, v in os.environ.items() if not k.startswith("MEDIANEST_")}
        env |= {
            "MEDIANEST_DATABASE_URL": url,
            "MEDIANEST_PORT": str(port),
            "MEDIANEST_DATA_DIR": str(ROOT / "bench-results" / "data"),
            "MEDIANEST_ENVIRONMENT": "test",
        }
        server = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bench.server", cwd=ROOT, env=env
        )
        base = f"http://127.0.0.1:{port}"
        async with httpx.AsyncClient() as probe:
            for _ in range(150):
                try:
                    if (await probe.get(f"{base}/readyz")).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.1)
        report: dict[str, Any] = {
            "rows": ROWS,
            "seconds": DURATION,
            "rounds": ROUNDS,
            "concurrency": CONCURRENCY,
        }
        for first in (20, 50):
            pair = await run_pair(base, cookie, first)
            ratio = pair["graphql"]["rps"] / pair["plain"]["rps"]
            report[f"jobs_first_{first}"] = {**pair, "graphql_to_plain": round(ratio, 3)}
            print(
                f"jobs(first: {first}) of {ROWS}: GraphQL {pair['graphql']['rps']:.0f} req/s "
                f"(p99 {pair['graphql']['p99_ms']:.1f} ms) vs plain Starlette "
                f"{pair['plain']['rps']:.0f} req/s (p99 {pair['plain']['p99_ms']:.1f} ms) "
                f"-> {ratio:.0%} of the plain endpoint"
            )
        out = ROOT / "bench-results"
        out.mkdir(exist_ok=True)
        (out / "latest.json").write_text(json.dumps(report, indent=2))
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            await asyncio.wait_for(server.wait(), 15)
        admin = await asyncpg.connect(PG_ADMIN)
        await admin.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')
        await admin.close()


if __name__ == "__main__":
    asyncio.run(main())
