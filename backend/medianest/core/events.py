"""The event bus: ``publish(topic, payload)`` and ``subscribe(topics)``.

In-process in embedded mode; Redis pub/sub in distributed mode, where one listener per process
fans events out to local subscribers. redis-py's async pub/sub does not reconnect on its own, so
the listener owns its connection and re-subscribes after any failure; subscribers then get a
``resync`` marker so they can reload a fresh snapshot of what they show.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import redis.asyncio as aioredis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

RESYNC = "__resync__"


@dataclass(frozen=True, slots=True)
class Event:
    topic: str
    payload: dict[str, Any]

    @property
    def is_resync(self) -> bool:
        return self.topic == RESYNC


@dataclass(eq=False)
class _Subscriber:
    topics: frozenset[str]
    queue: asyncio.Queue[Event] = field(default_factory=lambda: asyncio.Queue(maxsize=256))
    loop: asyncio.AbstractEventLoop = field(default_factory=asyncio.get_running_loop)

    def matches(self, topic: str) -> bool:
        return topic == RESYNC or any(
            topic == t or (t.endswith("*") and topic.startswith(t[:-1])) for t in self.topics
        )

    def offer(self, event: Event) -> None:
        try:
            self.queue.put_nowait(event)
        except asyncio.QueueFull:
            # A slow consumer loses the oldest event rather than blocking the publisher;
            # a resync tells it to reload the full picture.
            with contextlib.suppress(asyncio.QueueEmpty):
                self.queue.get_nowait()
            with contextlib.suppress(asyncio.QueueFull):
                self.queue.put_nowait(Event(RESYNC, {}))


class _Stream:
    """Events of one subscription. Unlike an async generator, a cancelled wait (a timeout)
    leaves it usable."""

    def __init__(self, queue: asyncio.Queue[Event]) -> None:
        self._queue = queue

    def __aiter__(self) -> _Stream:
        return self

    async def __anext__(self) -> Event:
        return await self._queue.get()


class EventBus(Protocol):
    async def start(self) -> None: ...
    async def stop(self) -> None: ...
    async def publish(self, topic: str, payload: dict[str, Any]) -> None: ...
    def subscribe(
        self, *topics: str
    ) -> contextlib.AbstractAsyncContextManager[AsyncIterator[Event]]: ...
    @property
    def healthy(self) -> bool: ...


class _FanOut:
    """Local delivery to this process's subscribers, safe to call from any thread."""

    def __init__(self) -> None:
        self._subscribers: set[_Subscriber] = set()

    def deliver(self, event: Event) -> None:
        for sub in list(self._subscribers):
            if not sub.matches(event.topic):
                continue
            try:
                running = asyncio.get_running_loop()
            except RuntimeError:
                running = None
            if running is sub.loop:
                sub.offer(event)
            else:
                sub.loop.call_soon_threadsafe(sub.offer, event)

    @contextlib.asynccontextmanager
    async def subscription(self, topics: tuple[str, ...]) -> AsyncIterator[AsyncIterator[Event]]:
        sub = _Subscriber(frozenset(topics))
        self._subscribers.add(sub)
        try:
            yield _Stream(sub.queue)
        finally:
            self._subscribers.discard(sub)

    @property
    def count(self) -> int:
        return len(self._subscribers)


class LocalEventBus:
    """In-process bus for embedded mode."""

    def __init__(self) -> None:
        self._fanout = _FanOut()

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def publish(self, topic: str, payload: dict[str, Any]) -> None:
        self._fanout.deliver(Event(topic, payload))

    def subscribe(
        self, *topics: str
    ) -> contextlib.AbstractAsyncContextManager[AsyncIterator[Event]]:
        return self._fanout.subscription(topics)

    @property
    def healthy(self) -> bool:
        return True


class RedisEventBus:
    """Redis pub/sub with a self-healing listener."""

    def __init__(self, url: str, prefix: str) -> None:
        self._url = url
        self._channel_prefix = f"{prefix}:events:"
        self._publisher: aioredis.Redis = aioredis.Redis.from_url(
            url, socket_connect_timeout=2, socket_timeout=5, health_check_interval=15
        )
        self._fanout = _FanOut()
        self._task: asyncio.Task[None] | None = None
        self._connected = asyncio.Event()
        self._stopping = False

    async def start(self) -> None:
        self._task = asyncio.create_task(self._listen(), name="event-bus-listener")
        # Give the listener a moment so that events published right after start are heard.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._connected.wait(), timeout=3)

    async def stop(self) -> None:
        self._stopping = True
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._publisher.aclose()

    async def publish(self, topic: str, payload: dict[str, Any]) -> None:
        await self._publisher.publish(self._channel_prefix + topic, json.dumps(payload))

    def subscribe(
        self, *topics: str
    ) -> contextlib.AbstractAsyncContextManager[AsyncIterator[Event]]:
        return self._fanout.subscription(topics)

    @property
    def healthy(self) -> bool:
        return self._connected.is_set()

    async def _listen(self) -> None:
        backoff = 0.2
        first = True
        while not self._stopping:
            client = aioredis.Redis.from_url(
                self._url, socket_connect_timeout=2, socket_keepalive=True
            )
            pubsub = client.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.psubscribe(self._channel_prefix + "*")
                self._connected.set()
                backoff = 0.2
                if not first:
                    log.info("event bus reconnected to redis")
                    self._fanout.deliver(Event(RESYNC, {}))
                first = False
                while True:
                    message = await pubsub.get_message(timeout=5.0)
                    if message is None:
                        # Idle: prove the connection is alive so a dead one is noticed.
                        await pubsub.ping()
                        continue
                    self._dispatch(message)
            except asyncio.CancelledError:
                raise
            except (RedisError, OSError) as exc:
                self._connected.clear()
                log.warning("event bus lost redis: %s; reconnecting", exc)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 2.0)
            finally:
                with contextlib.suppress(Exception):
                    await pubsub.aclose()  # type: ignore[no-untyped-call]
                with contextlib.suppress(Exception):
                    await client.aclose()  # type: ignore[no-untyped-call]

    def _dispatch(self, message: dict[str, Any]) -> None:
        if message.get("type") not in {"pmessage", "message"}:
            return
        channel = message["channel"]
        if isinstance(channel, bytes):
            channel = channel.decode()
        topic = channel.removeprefix(self._channel_prefix)
        try:
            payload = json.loads(message["data"])
        except (TypeError, ValueError):
            log.warning("event bus dropped a malformed message on %s", topic)
            return
        self._fanout.deliver(Event(topic, payload))


def create_event_bus(redis_url: str | None, prefix: str) -> LocalEventBus | RedisEventBus:
    return RedisEventBus(redis_url, prefix) if redis_url else LocalEventBus()
