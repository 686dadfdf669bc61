"""Job transport: Dramatiq on Redis (distributed) or an in-memory broker with worker threads
inside the process (embedded). Actors are plain ``async`` functions registered here and bound to
whichever broker the process configures; each runs on the process's event loop."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import (
    AgeLimit,
    Callbacks,
    CurrentMessage,
    Pipelines,
    Retries,
    ShutdownNotifications,
    TimeLimit,
)
from opentelemetry.trace import SpanKind

from medianest.core import tracing
from medianest.core.runtime import get_runtime
from medianest.core.uow import after_commit

log = logging.getLogger(__name__)

AsyncActorFn = Callable[..., Coroutine[Any, Any, None]]


@dataclass(frozen=True)
class ActorSpec:
    name: str
    fn: AsyncActorFn
    queue: str
    time_limit_ms: int


_registry: dict[str, ActorSpec] = {}


def actor(
    name: str, *, queue: str = "default", time_limit_ms: int = 10 * 60 * 1000
) -> Callable[[AsyncActorFn], AsyncActorFn]:
    """Register an async function as the actor ``name`` (``<domain>.<event>``). Actors take ids
    only and must be idempotent: delivery is at least once."""

    def register(fn: AsyncActorFn) -> AsyncActorFn:
        if name in _registry and _registry[name].fn is not fn:
            raise ValueError(f"actor {name!r} registered twice")
        _registry[name] = ActorSpec(name, fn, queue, time_limit_ms)
        return fn

    return register


def registered_actors() -> dict[str, ActorSpec]:
    return dict(_registry)


def _middleware() -> list[dramatiq.Middleware]:
    # Retries are decided by the Job record (attempts), not by the broker.
    return [
        AgeLimit(),
        CurrentMessage(),
        TimeLimit(),
        ShutdownNotifications(),
        Callbacks(),
        Pipelines(),
        Retries(max_retries=0),
    ]


def create_broker(redis_url: str | None, prefix: str) -> dramatiq.Broker:
    if redis_url:
        broker: dramatiq.Broker = RedisBroker(  # type: ignore[no-untyped-call]
            url=redis_url, namespace=f"{prefix}:dramatiq", middleware=_middleware()
        )
    else:
        broker = StubBroker(middleware=_middleware())
        broker.emit_after("process_boot")
    return broker


def bind_actors(
    broker: dramatiq.Broker, loop_getter: Callable[[], asyncio.AbstractEventLoop]
) -> dict[str, dramatiq.Actor]:  # type: ignore[type-arg]
    """Create one Dramatiq actor per registered function on ``broker``. The Dramatiq worker
    thread hands the coroutine to the process's event loop and waits for it."""
    bound: dict[str, dramatiq.Actor] = {}  # type: ignore[type-arg]
    for spec in _registry.values():

        def run(*args: Any, _spec: ActorSpec = spec) -> None:
            message = CurrentMessage.get_current_message()
            carried = (message.options.get("trace") if message is not None else None) or {}
            future = asyncio.run_coroutine_threadsafe(_traced(_spec, args, carried), loop_getter())
            try:
                future.result()
            except BaseException:
                future.cancel()
                raise

        bound[spec.name] = dramatiq.Actor(
            run,
            broker=broker,
            actor_name=spec.name,
            queue_name=spec.queue,
            priority=0,
            options={"time_limit": spec.time_limit_ms, "max_retries": 0},
        )
    return bound


async def _traced(spec: ActorSpec, args: tuple[Any, ...], carried: dict[str, str]) -> None:
    """Run an actor inside a span that continues the trace of whoever sent the message."""
    with tracing.span(f"job {spec.name}", kind=SpanKind.CONSUMER, parent=carried):
        await spec.fn(*args)


async def send(
    actor_name: str,
    *args: Any,
    delay_ms: int | None = None,
    on_failure: Callable[[], Awaitable[None]] | None = None,
) -> None:
    """Send a message now, or after the current unit of work commits; the sender's trace
    context travels with it. If the broker cannot take it (Redis down), ``on_failure`` lets
    the caller record that, so the message is sent again once the broker is back."""
    carried = tracing.inject()

    async def _send() -> None:
        runtime = get_runtime()
        bound = runtime.actors[actor_name]
        kwargs: dict[str, Any] = {"delay": delay_ms} if delay_ms else {}
        if carried:
            kwargs["trace"] = carried
        try:
            if isinstance(runtime.broker, StubBroker):
                bound.send_with_options(args=args, **kwargs)
            else:
                # The Redis broker's client is synchronous; keep it off the event loop.
                await asyncio.to_thread(bound.send_with_options, args=args, **kwargs)
        except Exception:
            if on_failure is None:
                raise
            log.warning("could not send %s; it will be sent again", actor_name, exc_info=True)
            await on_failure()

    await after_commit(_send)


async def publish(topic: str, payload: dict[str, Any]) -> None:
    """Publish on the event bus now, or after the current unit of work commits."""

    async def _publish() -> None:
        try:
            await get_runtime().bus.publish(topic, payload)
        except Exception:
            # Live updates are best effort; the database stays the source of truth.
            log.warning("could not publish on %s", topic, exc_info=True)

    await after_commit(_publish)


def start_worker(broker: dramatiq.Broker, threads: int) -> dramatiq.Worker:
    worker = dramatiq.Worker(broker, worker_threads=threads, worker_timeout=200)
    worker.start()
    return worker


def queue_depths(broker: dramatiq.Broker) -> dict[str, int]:
    """Messages waiting in each declared queue (delayed ones included). Blocking on the Redis
    broker: call it from a thread."""
    depths: dict[str, int] = {}
    if isinstance(broker, StubBroker):
        for name, queue in broker.queues.items():
            base = name.removesuffix(".DQ")
            depths[base] = depths.get(base, 0) + queue.qsize()
        return depths
    client = broker.client  # type: ignore[attr-defined]
    namespace = broker.namespace  # type: ignore[attr-defined]
    names = sorted(n for n in broker.get_declared_queues() if not n.endswith(".DQ"))
    pipe = client.pipeline(transaction=False)  # one round trip for every queue
    for name in names:
        pipe.llen(f"{namespace}:{name}")
        pipe.llen(f"{namespace}:{name}.DQ")
    lengths = pipe.execute()
    for n, name in enumerate(names):
        depths[name] = int(lengths[2 * n]) + int(lengths[2 * n + 1])
    return depths
