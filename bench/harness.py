"""What every benchmark shares: databases and a seeded admin session, the api started as its
own process (with the plain Starlette endpoints beside it), and clients that load it: the
Python client side by side with the plain endpoint, and wrk where it is installed."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
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


def no_delay_transport(limits: httpx.Limits | None = None) -> httpx.AsyncHTTPTransport:
    """Requests leave in one segment (no Nagle delay), as browsers and curl send them."""
    return httpx.AsyncHTTPTransport(
        limits=limits or httpx.Limits(),
        socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)],
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def seed(url: str, jobs: int = ROWS) -> str:
    """Seeding runs in a process of its own: Tortoise is initialised once per process."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench",
        "--seed",
        url,
        str(jobs),
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await process.communicate()
    if process.returncode != 0:
        raise RuntimeError("seeding failed")
    return out.decode().strip().splitlines()[-1]


async def seed_here(url: str, jobs: int) -> str:
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
            for n in range(jobs)
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
            try:
                if method == "POST":
                    response = await client.post(path, json=body)
                else:
                    response = await client.get(path)
            except httpx.TransportError:  # a dropped connection is an error, not the end
                errors += 1
                continue
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


def bench_client(base: str, cookie: str) -> httpx.AsyncClient:
    """One signed-in client with a connection per concurrent worker."""
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    return httpx.AsyncClient(
        base_url=base,
        cookies={"medianest_session": cookie},
        limits=limits,
        timeout=30,
        transport=no_delay_transport(limits),
    )


async def run_pair(
    base: str, cookie: str, gql_body: dict[str, Any], plain_path: str, pick: str
) -> dict[str, Any]:
    """GraphQL against the plain endpoint, same data, alternating rounds; medians reported."""
    async with bench_client(base, cookie) as client:
        g = (await client.post("/graphql", json=gql_body)).json()["data"][pick]
        p = (await client.get(plain_path)).json()["data"][pick]
        assert g == p, "the two endpoints must return the same data"
        await load(client, "POST", "/graphql", gql_body, 1.0)  # warm-up
        await load(client, "GET", plain_path, None, 1.0)
        rounds: dict[str, list[dict[str, float]]] = {"graphql": [], "plain": []}
        for _ in range(ROUNDS):
            rounds["graphql"].append(await load(client, "POST", "/graphql", gql_body, DURATION))
            rounds["plain"].append(await load(client, "GET", plain_path, None, DURATION))
    pair: dict[str, Any] = {
        name: {
            key: round(statistics.median(r[key] for r in results), 1)
            for key in ("rps", "p50_ms", "p99_ms", "errors")
        }
        for name, results in rounds.items()
    }
    pair["graphql_to_plain"] = round(pair["graphql"]["rps"] / pair["plain"]["rps"], 3)
    return pair


async def create_db(name: str) -> str:
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'CREATE DATABASE "{name}"')
    await admin.close()
    base_pg = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgres://", 1)
    return f"{base_pg}/{name}"


async def drop_db(name: str) -> None:
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await admin.close()


async def start_server(
    url: str, port: int, extra: dict[str, str] | None = None
) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDIANEST_")}
    env |= extra or {}
    env |= {
        "MEDIANEST_DATABASE_URL": url,
        "MEDIANEST_PORT": str(port),
        "MEDIANEST_DATA_DIR": str(ROOT / "bench-results" / "data"),
        "MEDIANEST_ENVIRONMENT": "test",
        # One client at machine speed would pass a person's allowance in a second; the limiter
        # still counts every request, so its cost is in the figures.
        "MEDIANEST_REQUESTS_PER_MINUTE": "100000000",
    }
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.server", cwd=ROOT, env=env
    )
    async with httpx.AsyncClient() as probe:
        for _ in range(150):
            try:
                if (await probe.get(f"http://127.0.0.1:{port}/readyz")).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.1)
    return server


async def stop(process: asyncio.subprocess.Process) -> None:
    process.send_signal(signal.SIGTERM)
    await asyncio.wait_for(process.wait(), 15)


def show(label: str, pair: dict[str, Any]) -> None:
    g, p = pair["graphql"], pair["plain"]
    print(
        f"{label}: GraphQL {g['rps']:.0f} req/s (p99 {g['p99_ms']:.1f} ms) vs plain Starlette "
        f"{p['rps']:.0f} req/s (p99 {p['p99_ms']:.1f} ms) -> {pair['graphql_to_plain']:.0%}"
    )


def wrk_post(url: str, cookie: str, body: dict[str, Any]) -> dict[str, float] | None:
    """The same POST under wrk (C, two threads, the same 16 connections), when it is installed:
    Python's client costs more CPU per request than the server's cached answer, so it caps what
    can be measured on two shared cores (about 430 req/s of /healthz here, wrk: 8,000)."""
    binary = shutil.which("wrk")
    if binary is None:
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(
            'wrk.method = "POST"\n'
            f"wrk.body = {json.dumps(json.dumps(body))}\n"
            'wrk.headers["Content-Type"] = "application/json"\n'
            f'wrk.headers["Cookie"] = "medianest_session={cookie}"\n'
        )
    try:
        out = subprocess.run(
            [binary, "-t2", f"-c{CONCURRENCY}", f"-d{int(DURATION)}s", "--latency", "-s",
             script.name, url],
            capture_output=True, text=True, timeout=DURATION + 30, check=True,
        ).stdout  # fmt: skip
    finally:
        os.unlink(script.name)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": round(rps, 1),
        "p99_ms": round(float(p99.group(1)) * scale[p99.group(2)], 1) if p99 else -1.0,
        "errors": float(errors.group(1)) if errors else 0.0,
    }


async def measure_one(base: str, cookie: str, body: dict[str, Any], pick: str) -> dict[str, Any]:
    """One GraphQL operation under load, the median of the rounds."""
    async with bench_client(base, cookie) as client:
        first = (await client.post("/graphql", json=body)).json()
        assert "errors" not in first, first
        assert first["data"][pick]["totalCount"] >= 10_000, first["data"][pick]["totalCount"]
        await load(client, "POST", "/graphql", body, 1.0)  # warm-up
        rounds = [await load(client, "POST", "/graphql", body, DURATION) for _ in range(ROUNDS)]
    result: dict[str, Any] = {
        key: round(statistics.median(r[key] for r in rounds), 1)
        for key in ("rps", "p50_ms", "p99_ms", "errors")
    }
    result["wrk"] = await asyncio.to_thread(wrk_post, f"{base}/graphql", cookie, body)
    return result
