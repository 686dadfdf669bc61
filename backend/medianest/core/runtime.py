"""Process-wide resources shared by services, actors and the API: the event bus, the job broker
and the event loop that runs asynchronous work. Set once at start-up by the process entry point."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import dramatiq

from medianest.core.events import LocalEventBus, RedisEventBus
from medianest.settings import Settings


@dataclass
class Runtime:
    settings: Settings
    bus: LocalEventBus | RedisEventBus
    broker: dramatiq.Broker
    loop: asyncio.AbstractEventLoop
    worker_id: str
    actors: dict[str, dramatiq.Actor] = field(default_factory=dict)  # type: ignore[type-arg]


_runtime: Runtime | None = None


def set_runtime(runtime: Runtime | None) -> None:
    global _runtime
    _runtime = runtime


def get_runtime() -> Runtime:
    if _runtime is None:
        raise RuntimeError("MediaNest runtime is not started")
    return _runtime
