"""Crash safety with real processes: a worker killed with SIGKILL mid-download is noticed by its
stale heartbeat, one stopped with SIGTERM hands its job back at once, and either way another
worker finishes the download once, into one file."""

from __future__ import annotations

import asyncio
import signal
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.media import FakeMediaServer
from tests.fakes.server import free_port as fake_port
from tests.fakes.server import serve
from tests.support.gql import GqlClient
from tests.support.processes import Proc, clean_env, run_cli
from tests.support.services import (
    REDIS_URL,
    create_database,
    drop_database,
    drop_redis_prefix,
    free_port,
    wait_http,
)

pytestmark = [pytest.mark.slow, pytest.mark.faults]

DOWNLOAD = "query($id: ID!) { download(id: $id) { status downloadedBytes attempts fileName } }"


@pytest.fixture
def log_dir(tmp_path: Path, artifacts: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    yield tmp_path
    target = artifacts / "logs" / request.node.name
    target.mkdir(parents=True, exist_ok=True)
    for log in tmp_path.glob("*.log"):
        (target / log.name).write_bytes(log.read_bytes())


async def poll(client: GqlClient, download_id: str, done: object, timeout: float = 60) -> dict:  # type: ignore[type-arg]
    deadline = time.monotonic() + timeout
    while True:
        row = (await client.data(DOWNLOAD, {"id": download_id}))["download"]
        if done(row):  # type: ignore[operator]
            return row  # type: ignore[no-any-return]
        assert time.monotonic() < deadline, row
        await asyncio.sleep(0.2)


@pytest.mark.parametrize("stop_with", [signal.SIGKILL, signal.SIGTERM], ids=["kill", "term"])
async def test_a_worker_stopped_mid_download_completes_once(
    log_dir: Path, stop_with: signal.Signals
) -> None:
    media = FakeMediaServer.with_sample_media()
    media.throttle_bps = 300_000  # ~13 s for the big clip
    media_port = fake_port()
    db_name = f"medianest_crash_{uuid.uuid4().hex[:8]}"
    db_url = await create_database(db_name)
    port = free_port()
    library = log_dir / "library"
    prefix = f"mncrash:{uuid.uuid4().hex[:8]}"
    env = clean_env(
        MEDIANEST_DATABASE_URL=db_url,
        MEDIANEST_REDIS_URL=REDIS_URL,
        MEDIANEST_REDIS_PREFIX=prefix,
        MEDIANEST_DATA_DIR=str(log_dir / "data"),
        MEDIANEST_SECRET_KEY="x" * 40,
        MEDIANEST_PORT=str(port),
        MEDIANEST_DOWNLOADS_DIR=str(library),
        MEDIANEST_DOWNLOADS_UNSAFE_ALLOW=f"127.0.0.1:{media_port}",
        # Killed workers are noticed by their stale heartbeat; stopped ones hand back at once.
        MEDIANEST_JOB_STALE_AFTER_S="5" if stop_with is signal.SIGKILL else "600",
        MEDIANEST_RECONCILE_INTERVAL_S="1",
    )
    procs: list[Proc] = []
    client = GqlClient(f"http://127.0.0.1:{port}")
    try:
        async with serve(media.app, port=media_port) as site:
            run_cli(["migrate"], env)
            procs.append(Proc("api", ["api"], env, log_dir))
            first = Proc("worker1", ["worker"], env, log_dir)
            procs += [first, Proc("scheduler", ["scheduler"], env, log_dir)]
            await wait_http(f"http://127.0.0.1:{port}/readyz")
            link = run_cli(["create-admin", "--username", "ops"], env).strip().splitlines()[-1]
            await client.sign_in_with_link(link[link.index("/auth/link/") :])
            await client.data(
                'mutation { updateDownloadSettings(input: {allowedSites: ["generic"]}) '
                "{ allowedSites } }"
            )
            started = await client.data(
                "mutation($url: String!) { enqueueDownload(input: {url: $url}) { __typename "
                "... on DownloadQueued { download { id } } } }",
                {"url": f"{site}/watch/big"},
            )
            download_id = started["enqueueDownload"]["download"]["id"]
            await poll(client, download_id, lambda r: r["downloadedBytes"] > 200_000)

            stopped_at = time.monotonic()
            first.stop(stop_with)
            assert time.monotonic() - stopped_at < 12, "the worker took too long to stop"
            # yt-dlp's process sees its parent gone and stops too: the site's connection drops.
            deadline = time.monotonic() + 10
            while not any(r.disconnected for r in media.hits("/media/big.mp4", "GET")):
                assert time.monotonic() < deadline, "yt-dlp outlived its worker"
                await asyncio.sleep(0.1)
            media.throttle_bps = None
            procs.append(Proc("worker2", ["worker"], env, log_dir))
            done = await poll(client, download_id, lambda r: r["status"] in ("COMPLETED", "FAILED"))
    finally:
        await client.aclose()
        for proc in procs:
            proc.stop()
        await drop_database(db_name)
        await drop_redis_prefix(prefix)
    assert done["status"] == "COMPLETED", done
    # A killed worker's attempt counts; one stopped politely handed its job back uncounted.
    assert done["attempts"] == (2 if stop_with is signal.SIGKILL else 1)
    files = list(library.rglob("*.mp4"))
    assert [p.relative_to(library).as_posix() for p in files] == [done["fileName"]]
    assert files[0].read_bytes() == media.files["big.mp4"].data
    # The second attempt continued the partial file instead of starting over.
    resumed = [r for r in media.hits("/media/big.mp4", "GET") if "range" in r.headers]
    assert resumed
    assert resumed[-1].headers["range"] != "bytes=0-"
