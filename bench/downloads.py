"""Downloads under measurement, against the local fake media site:

* enqueue → first progress event (bytes moving) at a subscriber, with an idle worker;
* one progress event fanned out to 1,000 WebSocket subscribers of one api process, from the
  moment it is published on Redis to its arrival at each subscriber;
* download throughput through MediaNest (yt-dlp in its process, placing the file) as a ratio to
  ``curl`` fetching the same file from the same server."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import redis.asyncio as aioredis
import websockets
from websockets.typing import Subprotocol

REDIS_URL = os.environ.get("MEDIANEST_BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
SUBSCRIBERS = int(os.environ.get("BENCH_SUBSCRIBERS", "1000"))
LATENCY_RUNS = int(os.environ.get("BENCH_DOWNLOAD_RUNS", "20"))
LARGE_MB = int(os.environ.get("BENCH_DOWNLOAD_MB", "200"))
FANOUT_EVENTS = 10

ENQUEUE = (
    "mutation($url: String!) { enqueueDownload(input: {url: $url}) { __typename "
    "... on DownloadQueued { download { id } } } }"
)
SETTINGS = (
    'mutation { updateDownloadSettings(input: {allowedSites: ["generic"], maxFileSizeMb: 0}) '
    "{ allowedSites } }"
)
SUBSCRIPTION = "subscription { downloadUpdated { id title progress downloadedBytes status } }"


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)


async def _connect(ws_url: str, cookie: str) -> Any:
    ws = await websockets.connect(
        ws_url,
        subprotocols=[Subprotocol("graphql-transport-ws")],
        additional_headers={"Cookie": f"medianest_session={cookie}"},
        max_queue=None,
        open_timeout=60,
    )
    await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
    assert json.loads(await ws.recv())["type"] == "connection_ack"
    await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIPTION}}))
    return ws


async def first_progress(base: str, cookie: str, site: str) -> dict[str, Any]:
    """Enqueue one video at a time (already previewed, as in the SPA) and time the first event
    whose bytes are moving."""
    ws_url = base.replace("http", "ws", 1) + "/graphql"
    samples: list[float] = []
    async with httpx.AsyncClient(
        base_url=base, cookies={"medianest_session": cookie}, timeout=60
    ) as client:
        ws = await _connect(ws_url, cookie)
        try:
            for i in range(LATENCY_RUNS):
                url = f"{site}/watch/bench{i}"
                await client.post(
                    "/graphql",
                    json={
                        "query": "query($u: String!) { downloadPreview(url: $u) { __typename } }",
                        "variables": {"u": url},
                    },
                )
                await asyncio.sleep(1.5)  # the worker is idle again, its spare process warm
                started = time.perf_counter()
                body = (
                    await client.post(
                        "/graphql", json={"query": ENQUEUE, "variables": {"url": url}}
                    )
                ).json()
                target = body["data"]["enqueueDownload"]["download"]["id"]
                while True:
                    message = json.loads(await asyncio.wait_for(ws.recv(), 30))
                    if message.get("type") != "next":
                        continue
                    node = message["payload"]["data"]["downloadUpdated"]
                    if node["id"] == target and node["downloadedBytes"] > 0:
                        samples.append((time.perf_counter() - started) * 1000)
                        break
                # let it finish before the next one
                while node["id"] != target or node["status"] not in ("COMPLETED", "FAILED"):
                    message = json.loads(await asyncio.wait_for(ws.recv(), 30))
                    if message.get("type") == "next":
                        node = message["payload"]["data"]["downloadUpdated"]
        finally:
            await ws.close()
    return {"runs": len(samples), "p50_ms": pct(samples, 0.5), "p95_ms": pct(samples, 0.95)}


async def _subscribers_process(ws_url: str, cookie: str, count: int, events: int) -> None:
    """A client process holding ``count`` subscriptions; prints each delivery's latency (ms),
    measured against the publish time carried in the event."""
    sockets = []
    for _ in range(count):
        sockets.append(await _connect(ws_url, cookie))
    print("ready", flush=True)
    latencies: list[float] = []

    async def drain(ws: Any) -> None:
        got = 0
        while got < events:
            message = json.loads(await asyncio.wait_for(ws.recv(), 120))
            if message.get("type") != "next":
                continue
            title = message["payload"]["data"]["downloadUpdated"]["title"]
            latencies.append((time.time() - float(title.split(":", 1)[1])) * 1000)
            got += 1

    await asyncio.gather(*(drain(ws) for ws in sockets))
    print(json.dumps(latencies), flush=True)
    for ws in sockets:
        await ws.close()


async def fanout(base: str, cookie: str, prefix: str, owner_id: int) -> dict[str, Any]:
    ws_url = base.replace("http", "ws", 1) + "/graphql"
    processes = int(os.environ.get("BENCH_SUBSCRIBER_PROCESSES", "1"))
    per = SUBSCRIBERS // processes
    clients = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bench.downloads",
            "--subscribers",
            ws_url,
            cookie,
            str(per),
            str(FANOUT_EVENTS),
            stdout=asyncio.subprocess.PIPE,
            limit=1 << 24,
        )
        for _ in range(processes)
    ]
    for client in clients:
        assert client.stdout is not None
        assert (await client.stdout.readline()).strip() == b"ready"
    await asyncio.sleep(1.0)
    bus = aioredis.Redis.from_url(REDIS_URL)
    stamp = "2026-01-01T00:00:00+00:00"
    for n in range(FANOUT_EVENTS):
        payload = {
            "id": 10_000_000 + n, "owner_id": owner_id, "parent_id": None, "kind": "video",
            "url": "https://example.com/v", "site": "generic", "title": f"bench:{time.time()}",
            "channel": None, "duration_s": 60, "thumbnail_url": None, "quality": "best",
            "container": "mp4", "status": "running", "phase": "downloading", "progress": n / 20,
            "downloaded_bytes": n * 1000, "total_bytes": 20_000, "speed_bps": 1e6, "eta_s": 3,
            "entry_count": 1, "completed_count": 0, "error_code": None, "error_message": None,
            "attempts": 1, "file_path": None, "file_size": None, "decline_reason": None,
            "created_at": stamp, "started_at": stamp, "finished_at": None, "updated_at": stamp,
        }  # fmt: skip
        await bus.publish(f"{prefix}:events:downloads", json.dumps(payload))
        await asyncio.sleep(1.0)  # one event at a time: no backlog from the previous one
    await bus.aclose()
    latencies: list[float] = []
    for client in clients:
        out, _ = await client.communicate()
        latencies += json.loads(out.decode().strip().splitlines()[-1])
    return {
        "subscribers": per * processes,
        "events": FANOUT_EVENTS,
        "deliveries": len(latencies),
        "p50_ms": pct(latencies, 0.5),
        "p99_ms": pct(latencies, 0.99),
        "max_ms": round(max(latencies), 1),
    }


async def throughput(base: str, cookie: str, site: str, library: Path) -> dict[str, Any]:
    url = f"{site}/watch/large"
    curl = shutil.which("curl")
    curl_s = None
    if curl:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            proc = await asyncio.create_subprocess_exec(
                curl, "-sS", "-o", os.devnull, f"{site}/media/large.mp4"
            )
            await proc.wait()
            times.append(time.perf_counter() - started)
        curl_s = statistics.median(times)
    ytdlp_s = await _plain_ytdlp(f"{site}/media/large.mp4")
    async with httpx.AsyncClient(
        base_url=base, cookies={"medianest_session": cookie}, timeout=120
    ) as client:
        await client.post(
            "/graphql",
            json={
                "query": "query($u: String!) { downloadPreview(url: $u) { __typename } }",
                "variables": {"u": url},
            },
        )
        started = time.perf_counter()
        body = (
            await client.post("/graphql", json={"query": ENQUEUE, "variables": {"url": url}})
        ).json()
        target = body["data"]["enqueueDownload"]["download"]["id"]
        query = "query($id: ID!) { download(id: $id) { status startedAt finishedAt fileSize } }"
        while True:
            row = (
                await client.post("/graphql", json={"query": query, "variables": {"id": target}})
            ).json()["data"]["download"]
            if row["status"] in ("COMPLETED", "FAILED"):
                break
            await asyncio.sleep(0.05)
        medianest_s = time.perf_counter() - started
    assert row["status"] == "COMPLETED", row
    size_mb = row["fileSize"] / 1e6
    result: dict[str, Any] = {
        "size_mb": round(size_mb, 1),
        "medianest_s": round(medianest_s, 2),
        "medianest_mb_s": round(size_mb / medianest_s, 1),
    }
    result |= {
        "ytdlp_alone_s": round(ytdlp_s, 2),
        "medianest_to_ytdlp_alone": round(ytdlp_s / medianest_s, 3),
    }
    if curl_s:
        result |= {
            "curl_s": round(curl_s, 2),
            "curl_mb_s": round(size_mb / curl_s, 1),
            "medianest_to_curl": round(curl_s / medianest_s, 3),
        }
    return result


async def _plain_ytdlp(url: str) -> float:
    """yt-dlp by itself (a fresh process, as MediaNest runs it) downloading the same file."""
    with tempfile.TemporaryDirectory(prefix="medianest-bench-ytdlp-") as folder:
        code = (
            "import yt_dlp\n"
            f"o = {{'quiet': True, 'noprogress': True, 'allowed_extractors': ['generic'], "
            f"'paths': {{'home': {folder!r}}}, 'outtmpl': 'x.%(ext)s'}}\n"
            f"yt_dlp.YoutubeDL(o).download([{url!r}])\n"
        )
        started = time.perf_counter()
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-c", code, stderr=asyncio.subprocess.DEVNULL
        )
        await proc.wait()
        return time.perf_counter() - started


async def section(report: dict[str, Any]) -> None:
    from tests.fakes.media import FakeMediaServer
    from tests.fakes.server import serve

    from bench.harness import create_db, drop_db, free_port, seed, start_server, stop

    media = FakeMediaServer.with_sample_media()
    media.chunk_size = 1 << 20
    for i in range(LATENCY_RUNS):
        media.add_video(f"bench{i}", "clip.mp4", f"Bench clip {i}")
    media.add_file("large.mp4", os.urandom(LARGE_MB * 1_000_000))
    media.add_video("large", "large.mp4", "Large file")
    name = f"medianest_bench_dl_{uuid.uuid4().hex[:8]}"
    db_url = await create_db(name)
    prefix = f"mnbench:{uuid.uuid4().hex[:8]}"
    server = None
    with tempfile.TemporaryDirectory(prefix="medianest-bench-") as folder:
        try:
            cookie = await seed(db_url, jobs=0)
            media_port, port = free_port(), free_port()
            async with serve(media.app, port=media_port) as site:
                server = await start_server(
                    db_url,
                    port,
                    {
                        "MEDIANEST_REDIS_URL": REDIS_URL,
                        "MEDIANEST_REDIS_PREFIX": prefix,
                        "MEDIANEST_EMBEDDED_WORKER": "true",
                        "MEDIANEST_DOWNLOADS_DIR": folder,
                        "MEDIANEST_DOWNLOADS_UNSAFE_ALLOW": f"127.0.0.1:{media_port}",
                        "MEDIANEST_GRAPHQL_MAX_SUBSCRIPTIONS": "50",
                    },
                )
                base = f"http://127.0.0.1:{port}"
                async with httpx.AsyncClient(
                    base_url=base, cookies={"medianest_session": cookie}
                ) as client:
                    me = await client.post("/graphql", json={"query": SETTINGS})
                    assert "errors" not in me.json(), me.text
                    owner = (await client.post("/graphql", json={"query": "{ me { id } }"})).json()
                    owner_id = int(owner["data"]["me"]["id"])
                latency = await first_progress(base, cookie, site)
                report["download_first_progress"] = latency
                print(
                    f"download enqueue -> first progress event ({latency['runs']} runs, idle "
                    f"worker): p50 {latency['p50_ms']} ms, p95 {latency['p95_ms']} ms"
                )
                spread = await fanout(base, cookie, prefix, owner_id)
                report["download_fanout"] = spread
                print(
                    f"one progress event to {spread['subscribers']} WebSocket subscribers "
                    f"({spread['events']} events, {spread['deliveries']} deliveries): "
                    f"p50 {spread['p50_ms']} ms, p99 {spread['p99_ms']} ms"
                )
                speed = await throughput(base, cookie, site, Path(folder))
                report["download_throughput"] = speed
                ratio = speed.get("medianest_to_curl")
                print(
                    f"download of {speed['size_mb']} MB: MediaNest {speed['medianest_mb_s']} MB/s"
                    + (f" vs curl {speed['curl_mb_s']} MB/s -> {ratio:.0%}" if ratio else "")
                    + f"; vs yt-dlp by itself {speed['medianest_to_ytdlp_alone']:.0%}"
                )
        finally:
            if server is not None:
                await stop(server)
            await drop_db(name)
            leftovers = aioredis.Redis.from_url(REDIS_URL)
            keys = [key async for key in leftovers.scan_iter(f"{prefix}:*")]
            if keys:
                await leftovers.delete(*keys)
            await leftovers.aclose()


if __name__ == "__main__" and sys.argv[1:2] == ["--subscribers"]:
    _, _, ws_url, cookie, count, events = sys.argv
    asyncio.run(_subscribers_process(ws_url, cookie, int(count), int(events)))
