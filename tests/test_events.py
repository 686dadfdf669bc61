"""The event bus, in-process and over Redis, including a Redis restart under a live listener."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from collections.abc import AsyncIterator, Iterator

import pytest

from medianest.core.events import Event, LocalEventBus, RedisEventBus
from tests.support.services import free_port


async def next_event(events: AsyncIterator[Event], timeout: float = 5) -> Event:
    return await asyncio.wait_for(events.__anext__(), timeout)


async def test_local_bus_delivers_by_topic_and_wildcard() -> None:
    bus = LocalEventBus()
    async with bus.subscribe("jobs") as jobs, bus.subscribe("downloads.*") as downloads:
        await bus.publish("jobs", {"id": 1})
        await bus.publish("downloads.7", {"id": 2})
        await bus.publish("other", {"id": 3})
        assert (await next_event(jobs)).payload == {"id": 1}
        assert (await next_event(downloads)) == Event("downloads.7", {"id": 2})
        with pytest.raises(TimeoutError):
            await next_event(jobs, timeout=0.1)


async def test_local_bus_slow_subscriber_gets_resync_instead_of_blocking() -> None:
    bus = LocalEventBus()
    async with bus.subscribe("jobs") as jobs:
        for n in range(300):
            await bus.publish("jobs", {"n": n})
        received = [await next_event(jobs) for _ in range(256)]
    assert any(event.is_resync for event in received)
    assert received[-1].is_resync or received[-1].payload["n"] == 299


class RedisServer:
    def __init__(self) -> None:
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        assert binary, "redis-server is needed for this test (apt-get install redis-server)"
        self.proc = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(5)
            self.proc = None


@pytest.fixture
def private_redis() -> Iterator[RedisServer]:
    server = RedisServer()
    server.start()
    yield server
    server.stop()


async def publish_until_heard(
    bus: RedisEventBus, events: AsyncIterator[Event], payload: dict[str, object]
) -> list[Event]:
    """Publish until the listener hears it (the listener may still be reconnecting)."""
    seen: list[Event] = []
    for _ in range(100):
        try:
            await bus.publish("jobs", payload)
        except Exception:
            await asyncio.sleep(0.1)
            continue
        try:
            while True:
                event = await next_event(events, timeout=0.2)
                seen.append(event)
                if event.payload == payload:
                    return seen
        except TimeoutError:
            continue
    raise AssertionError(f"never heard {payload}; saw {seen}")


async def test_redis_listener_survives_a_redis_restart(private_redis: RedisServer) -> None:
    await asyncio.sleep(0.3)
    bus = RedisEventBus(private_redis.url, "mnbus")
    await bus.start()
    try:
        async with bus.subscribe("jobs") as events:
            await publish_until_heard(bus, events, {"phase": "before"})
            private_redis.stop()
            await asyncio.sleep(0.5)
            private_redis.start()
            loop = asyncio.get_running_loop()
            started = loop.time()
            seen = await publish_until_heard(bus, events, {"phase": "after"})
            assert loop.time() - started < 5
            assert any(event.is_resync for event in seen), seen
            assert bus.healthy
    finally:
        await bus.stop()
