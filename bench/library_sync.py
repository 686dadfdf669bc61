"""One library sync measured in a process of its own (so peak memory is this sync's):
`python -m bench.library_sync DATABASE_URL PMS_URL` prints one JSON line."""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time

from dramatiq.brokers.stub import StubBroker
from tests.fakes.plex_library import OWNER_TOKEN

from medianest.core import bootstrap, db
from medianest.core.events import LocalEventBus
from medianest.core.runtime import Runtime, set_runtime
from medianest.library.models import MediaItem
from medianest.library.sync import Syncer
from medianest.plex.pms_client import PlexServerClient
from medianest.settings import Environment, Settings


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def main(url: str, pms_url: str) -> dict[str, float]:
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
    client = PlexServerClient(pms_url, OWNER_TOKEN, "bench-client")
    try:
        baseline = peak_rss_mb()
        started = time.perf_counter()
        full = await Syncer(client).full()
        full_s = time.perf_counter() - started
        after_full = peak_rss_mb()
        started = time.perf_counter()
        again = await Syncer(client).full()
        noop_s = time.perf_counter() - started
        started = time.perf_counter()
        forced = await Syncer(client).full(force=True)
        forced_noop_s = time.perf_counter() - started
        started = time.perf_counter()
        changes = await Syncer(client).incremental()
        incremental_s = time.perf_counter() - started
        return {
            "items": full.seen,
            "full_s": round(full_s, 2),
            "written": full.written,
            "requests": full.requests,
            "noop_s": round(noop_s, 2),
            "noop_written": again.written + again.removed,
            "noop_requests": again.requests,
            "forced_noop_s": round(forced_noop_s, 2),
            "forced_noop_written": forced.written + forced.removed,
            "incremental_noop_s": round(incremental_s, 3),
            "incremental_noop_written": changes.written,
            "peak_rss_growth_mb": round(after_full - baseline, 1),
            "peak_rss_mb": round(after_full, 1),
            "stored": await MediaItem.all().count(),
        }
    finally:
        await client.aclose()
        await db.close_db()


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(sys.argv[1], sys.argv[2]))))
