"""WebSocket pressure on one api: 2,000 idle connections held by another process, a 1 MiB
frame, and a subscriber that never reads — memory stays bounded and a normal subscriber's
events still arrive promptly."""

from __future__ import annotations

import asyncio
import resource
import sys
import time
from datetime import UTC, datetime

import pytest
import websockets
from websockets.typing import Subprotocol

from medianest.core.runtime import Runtime
from medianest.users.models import User
from tests.conftest import SignIn

pytestmark = [pytest.mark.slow, pytest.mark.faults]
IDLE = 2000

HOLDER = r"""
import asyncio, json, sys, websockets
from websockets.typing import Subprotocol
async def main(url, cookie, count):
    held = []
    for _ in range(count):
        ws = await websockets.connect(url, subprotocols=[Subprotocol("graphql-transport-ws")],
                                      additional_headers={"Cookie": cookie}, open_timeout=60)
        await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        await ws.recv()
        held.append(ws)
    print("held", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
"""


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def event(owner: User, n: int) -> dict[str, object]:
    stamp = datetime.now(UTC).isoformat()
    return {
        "id": 900 + n, "owner_id": owner.id, "parent_id": None, "kind": "video",
        "url": "https://example.com/v", "site": "youtube", "title": "x" * 500,
        "channel": None, "duration_s": 60, "thumbnail_url": None, "quality": "best",
        "container": "mp4", "status": "running", "phase": "downloading", "progress": 0.5,
        "downloaded_bytes": n, "total_bytes": 10, "speed_bps": None, "eta_s": None,
        "entry_count": 1, "completed_count": 0, "error_code": None, "error_message": None,
        "attempts": 1, "file_path": None, "file_size": None, "decline_reason": None,
        "created_at": stamp, "started_at": stamp, "finished_at": None, "updated_at": stamp,
    }  # fmt: skip


async def test_idle_crowds_big_frames_and_stalled_readers(
    runtime: Runtime, server: str, sign_in: SignIn
) -> None:
    user, client = await sign_in("crowd")
    url = server.replace("http", "ws", 1) + "/graphql"
    cookie = client.cookie_header()
    before = rss_mb()
    holder = await asyncio.create_subprocess_exec(
        sys.executable, "-c", HOLDER, url, cookie, str(IDLE),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert holder.stdout is not None
    assert holder.stdin is not None
    try:
        line = await asyncio.wait_for(holder.stdout.readline(), 120)
        assert line.strip() == b"held"
        idle_growth = rss_mb() - before
        print(f"{IDLE} idle connections: +{idle_growth:.1f} MB")
        assert idle_growth < 200  # well under 100 KB a connection

        # A 1 MiB frame: the connection is closed, the server carries on.
        big = await websockets.connect(
            url,
            subprotocols=[Subprotocol("graphql-transport-ws")],
            additional_headers={"Cookie": cookie},
            max_size=None,
        )
        await big.send("x" * (1024 * 1024 + 1))
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await asyncio.wait_for(big.recv(), 10)
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == 1009  # message too big

        query = "subscription { downloadUpdated { id title } }"
        async with client.subscribe(query) as reader, client.subscribe(query) as stalled:
            await asyncio.sleep(0.5)
            stalled.ws.transport.pause_reading()  # never reads again
            before_flood = rss_mb()
            for n in range(3000):
                await runtime.bus.publish("downloads", event(user, n))
                if n % 200 == 0:
                    await asyncio.sleep(0)
            delays = []
            for n in range(3000, 3010):
                sent = time.monotonic()
                await runtime.bus.publish("downloads", event(user, n))
                while True:
                    payload = await reader.next(timeout=10)
                    if payload["data"]["downloadUpdated"]["id"] == str(900 + n):
                        break
                delays.append(time.monotonic() - sent)
            flood_growth = rss_mb() - before_flood
            print(
                f"3,000 events with one reader stalled: +{flood_growth:.1f} MB; "
                f"a live reader's last 10 events took at most {max(delays) * 1000:.0f} ms"
            )
            assert flood_growth < 100
            assert max(delays) < 2.0
    finally:
        holder.stdin.close()
        await holder.wait()
