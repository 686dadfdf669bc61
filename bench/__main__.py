"""`make bench`: throughput of GraphQL against a plain Starlette endpoint serving the same rows
with the same SQL, run side by side on one server, reported as ratios.

Each round runs both endpoints in turn with the same client and concurrency; the report gives
the median of the rounds. Results go to stdout and bench-results/latest.json."""

from __future__ import annotations

import asyncio
import json
import sys
import uuid
from typing import Any

from bench.harness import (
    CONCURRENCY,
    DURATION,
    PG_ADMIN,
    ROOT,
    ROUNDS,
    ROWS,
    create_db,
    drop_db,
    free_port,
    measure_one,
    run_pair,
    seed,
    seed_here,
    show,
    start_server,
    stop,
)

GRAPHQL_QUERY = (
    "query BenchJobs($first: Int!) { jobs(first: $first) { totalCount pageInfo { hasNextPage }"
    " edges { node { id title status progress createdAt owner { username } } } } }"
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
        print(asyncio.run(seed_here(sys.argv[2], int(sys.argv[3]))))
    else:
        asyncio.run(main())
