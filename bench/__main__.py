"""`make bench`: throughput of GraphQL against a plain Starlette endpoint serving the same rows
with the same SQL, run side by side on one server, reported as ratios.

Each round runs both endpoints in turn with the same client and concurrency; the report gives
the median of the rounds. Results go to stdout and bench-results/latest.json."""

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


async def _seed_here(url: str, jobs: int) -> str:
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


async def jobs_section(report: dict[str, Any]) -> None:
    """With the result cache (the default: a repeated list is answered from it until a change
    is announced) and without it (every request does all the work, as the plain endpoint does)."""
    name = f"medianest_bench_{uuid.uuid4().hex[:8]}"
    url = await create_db(name)
    try:
        cookie = await seed(url)
        for label, extra in (("", {}), ("_uncached", {"MEDIANEST_GRAPHQL_RESULT_CACHE_S": "0"})):
            port = free_port()
            server = await start_server(url, port, extra)
            try:
                base = f"http://127.0.0.1:{port}"
                for first in (20, 50):
                    body = {"query": GRAPHQL_QUERY, "variables": {"first": first}}
                    pair = await run_pair(
                        base, cookie, body, f"/bench/plain-jobs?first={first}", "jobs"
                    )
                    report[f"jobs_first_{first}_of_{ROWS}{label}"] = pair
                    cache = "result cache" if not label else "no result cache"
                    show(f"jobs(first: {first}) of {ROWS}, {cache}", pair)
            finally:
                await stop(server)
    finally:
        await drop_db(name)


DASHBOARD_QUERY = (
    "query Dashboard { dashboard: recentlyAdded(first: 20) { edges { cursor node { id title "
    "year type posterUrl } } pageInfo { hasNextPage endCursor } } }"
)


async def library_section(report: dict[str, Any]) -> None:
    from bench import library

    names = [f"medianest_bench_lib_{uuid.uuid4().hex[:8]}" for _ in range(2)]
    server = None
    try:
        syncs = {}
        for name, items in zip(names, (10_000, 50_000), strict=True):
            syncs[items] = await library.measure_sync(await create_db(name), free_port(), items)
            r = syncs[items]
            print(
                f"library sync of {r['items']} items: {r['full_s']} s, {r['requests']} Plex "
                f"requests, peak RSS +{r['peak_rss_growth_mb']} MB; no-op full re-sync "
                f"{r['noop_s']} s ({r['noop_requests']} requests) writing "
                f"{r['noop_written']} rows, "
                f"the same forced to read everything {r['forced_noop_s']} s writing "
                f"{r['forced_noop_written']} rows; no-op incremental re-sync "
                f"{r['incremental_noop_s']} s writing {r['incremental_noop_written']} rows"
            )
        growth = syncs[50_000]["peak_rss_growth_mb"] - syncs[10_000]["peak_rss_growth_mb"]
        report["library_sync"] = {
            **{str(k): v for k, v in syncs.items()},
            "peak_rss_growth_10k_to_50k_mb": round(growth, 1),
            "noop_to_full_ratio": round(syncs[50_000]["noop_s"] / syncs[50_000]["full_s"], 3),
            "forced_noop_to_full_ratio": round(
                syncs[50_000]["forced_noop_s"] / syncs[50_000]["full_s"], 3
            ),
        }
        url = names[1]
        base_pg = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgres://", 1)
        db_url = f"{base_pg}/{url}"
        cookie = await seed(db_url, jobs=0)
        # Search without the result cache: every term is looked up in the database, as a
        # person typing new text is; the dashboard with it (the default) and without.
        for label, extra in (("_uncached", {"MEDIANEST_GRAPHQL_RESULT_CACHE_S": "0"}), ("", {})):
            port = free_port()
            server = await start_server(db_url, port, extra)
            base = f"http://127.0.0.1:{port}"
            if label:
                search = await library.measure_search(base, cookie)
                report["library_search_50k"] = search
                print(
                    f"library search on 50,000 items over GraphQL (no result cache): "
                    f"p50 {search['p50_ms']} ms, p95 {search['p95_ms']} ms"
                )
            pair = await run_pair(
                base, cookie, {"query": DASHBOARD_QUERY}, "/bench/plain-dashboard", "dashboard"
            )
            report[f"dashboard_recently_added{label}"] = pair
            show(f"dashboard (recently added 20), {'no ' if label else ''}result cache", pair)
            await stop(server)
            server = None
    finally:
        if server is not None:
            await stop(server)
        for name in names:
            await drop_db(name)


# The admin's requests page, as the SPA asks for it: 20 of 10,000 requests.
ALL_REQUESTS_QUERY = (
    "query AllRequests($first: Int!, $after: String, $status: RequestStatus) { "
    "allRequests(first: $first, after: $after, status: $status) { edges { cursor node { id "
    "mediaType tmdbId title year seasons is4k note status declineReason error createdAt "
    "updatedAt posterUrl } } pageInfo { hasNextPage endCursor } totalCount } }"
)
# Seerr on a machine like this one lists 20 of 10,000 requests at 42 req/s, p99 339 ms.
SEERR_REQUESTS_RPS = 42.0


async def requests_section(report: dict[str, Any]) -> None:
    name = f"medianest_bench_rq_{uuid.uuid4().hex[:8]}"
    url = await create_db(name)
    server = None
    try:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bench.requests_sync", url, cwd=ROOT,
            stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        out, _ = await process.communicate()
        result = json.loads(out.decode().strip().splitlines()[-1])
        cookie = await seed(url, jobs=0)
        body = {"query": ALL_REQUESTS_QUERY, "variables": {"first": 20}}
        listings = []
        for extra in ({}, {"MEDIANEST_GRAPHQL_RESULT_CACHE_S": "0"}):
            port = free_port()
            server = await start_server(url, port, extra)
            listings.append(
                await measure_one(f"http://127.0.0.1:{port}", cookie, body, "allRequests")
            )
            await stop(server)
            server = None
    finally:
        if server is not None:
            await stop(server)
        await drop_db(name)
    report["requests_sync_10k"] = result
    print(
        f"request status sync, {result['requests']} requests ({result['changed']} changed in "
        f"Overseerr): {result['sync_s']} s, {result['overseerr_calls']} Overseerr calls for "
        f"{result['pages']} pages; nothing new: {result['noop_sync_s']} s, "
        f"{result['noop_overseerr_calls']} calls"
    )
    for listing, label in zip(listings, ("", "_uncached"), strict=True):
        listing["to_seerr"] = round(listing["rps"] / SEERR_REQUESTS_RPS, 1)
        report[f"all_requests_first_20_of_10k{label}"] = listing
        print(
            f"allRequests(first: 20) of 10,000 requests (the SPA's query), "
            f"{'result cache' if not label else 'no result cache'}: {listing['rps']:.0f} req/s "
            f"(p99 {listing['p99_ms']:.1f} ms): {listing['to_seerr']}x Seerr's 42 req/s"
        )
        if listing["wrk"]:
            wrk = listing["wrk"]
            wrk["to_seerr"] = round(wrk["rps"] / SEERR_REQUESTS_RPS, 1)
            print(
                f"  the same under wrk: {wrk['rps']:.0f} req/s (p99 {wrk['p99_ms']:.1f} ms, "
                f"{wrk['errors']:.0f} errors): {wrk['to_seerr']}x Seerr"
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


async def main() -> None:
    only = set(sys.argv[1:])
    report: dict[str, Any] = {
        "rows": ROWS,
        "seconds": DURATION,
        "rounds": ROUNDS,
        "concurrency": CONCURRENCY,
    }
    if not only or "jobs" in only:
        await jobs_section(report)
    if not only or "library" in only:
        await library_section(report)
    if not only or "requests" in only:
        await requests_section(report)
    if not only or "downloads" in only:
        from bench import downloads

        await downloads.section(report)
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--seed"]:
        print(asyncio.run(_seed_here(sys.argv[2], int(sys.argv[3]))))
    else:
        asyncio.run(main())
