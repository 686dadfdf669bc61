"""Library figures: full sync of 10,000 and 50,000 items from the fake Plex (time, requests,
peak memory), a no-op re-sync, and search latency over GraphQL on the 50,000-item library."""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
# Whole words, common and rare, two-word titles, a letter that matches nothing, text inside a
# word ("night" in "Midnight": the trigram fallback), a typo, and titles as they are typed.
SEARCH_TERMS = [
    "harbor",
    "the",
    "winter",
    "lost cathedral",
    "mirror",
    "x",
    "velvet storm",
    "night",
    "garden",
    "iron",
    "cathedrl",
    *("c", "ca", "cat", "cath", "cathe"),
    *("s", "si", "sil", "sile", "silent", "silent h"),
]


async def _wait(url: str) -> None:
    async with httpx.AsyncClient() as probe:
        for _ in range(300):
            try:
                await probe.get(url, timeout=1)
                return
            except httpx.HTTPError:
                await asyncio.sleep(0.1)
    raise TimeoutError(url)


async def fake_pms(port: int, movies: int) -> asyncio.subprocess.Process:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.fakes.pms",
        "--port",
        str(port),
        "--movies",
        str(movies),
        "--shows",
        "0",
        cwd=ROOT,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    await _wait(f"http://127.0.0.1:{port}/identity")
    return process


async def measure_sync(db_url: str, port: int, movies: int) -> dict[str, Any]:
    pms = await fake_pms(port, movies)
    try:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bench.library_sync",
            db_url,
            f"http://127.0.0.1:{port}",
            cwd=ROOT,
            stdout=asyncio.subprocess.PIPE,
        )
        out, _ = await process.communicate()
        result: dict[str, Any] = json.loads(out.decode().strip().splitlines()[-1])
        return result
    finally:
        pms.terminate()
        await pms.wait()


async def measure_search(base: str, cookie: str, rounds: int = 20) -> dict[str, float]:
    query = (
        "query S($q: String!) { librarySearch(query: $q, first: 20) { edges { node { id title "
        "posterUrl } } pageInfo { hasNextPage } } }"
    )
    latencies: list[float] = []
    async with httpx.AsyncClient(
        base_url=base, cookies={"medianest_session": cookie}, timeout=10
    ) as client:
        for _ in range(rounds):
            for term in SEARCH_TERMS:
                started = time.perf_counter()
                response = await client.post(
                    "/graphql", json={"query": query, "variables": {"q": term}}
                )
                latencies.append(time.perf_counter() - started)
                assert "errors" not in response.json(), response.text
    latencies.sort()
    return {
        "samples": len(latencies),
        "p50_ms": round(latencies[len(latencies) // 2] * 1000, 1),
        "p95_ms": round(latencies[int(len(latencies) * 0.95) - 1] * 1000, 1),
        "mean_ms": round(statistics.mean(latencies) * 1000, 1),
    }
