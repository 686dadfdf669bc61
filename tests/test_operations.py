"""Operating features outside GraphQL: the per-request rate limit (429 with Retry-After), the
metrics a scrape reads (jobs, queues, breakers, library sync), a worker's own metrics server,
and log files rotated and kept by count and age."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from medianest.core import ratelimit
from medianest.core.errors import RateLimited
from medianest.core.logging import configure_logging, log_path
from tests.support.gql import GqlClient


@pytest.fixture
async def http(server: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=server, timeout=10) as client:
        yield client


async def test_requests_past_the_limit_get_429_with_retry_after(
    runtime: Any,
    http: httpx.AsyncClient,
    member: tuple[Any, GqlClient],
    admin: tuple[Any, GqlClient],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(runtime.settings, "requests_per_minute", 5)
    _, person = member
    _, other = admin
    probe = {"query": "{ serverInfo { version } }"}
    answers = [await person.http.post("/graphql", json=probe) for _ in range(6)]
    assert [a.status_code for a in answers] == [200] * 5 + [429]
    limited = answers[-1]
    assert 0 < int(limited.headers["retry-after"]) <= 60
    error = limited.json()["errors"][0]
    assert error["extensions"]["code"] == "RATE_LIMITED"
    assert error["extensions"]["retryAfter"] == int(limited.headers["retry-after"])
    # Another person on the same address still gets through (the address allows five times
    # as much), and health checks and metrics are never limited.
    assert (await other.http.post("/graphql", json=probe)).status_code == 200
    assert (await http.get("/healthz")).status_code == 200
    # Posters count apart, with five times the allowance; past it they get 429 too, before
    # any work.
    posters = [(await person.http.get("/images/1/thumb")).status_code for _ in range(26)]
    assert 429 not in posters[:25]
    assert posters[25] == 429
    poster = await person.http.get("/images/1/thumb")
    assert poster.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    assert "retry-after" in poster.headers
    # Signed out: the address is the caller, at the per-person limit.
    anonymous = [await http.post("/graphql", json=probe) for _ in range(6)]
    assert anonymous[-1].status_code == 429
    metrics = (await http.get("/metrics")).text
    assert 'medianest_rate_limited_total{scope="http"}' in metrics


async def test_sign_in_routes_have_the_stricter_limit(
    runtime: Any, http: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runtime.settings, "sign_in_rate_per_minute", 3)
    statuses = [
        (await http.get("/auth/plex/callback", params={"id": "nope"})).status_code for _ in range(4)
    ]
    assert statuses == [303, 303, 303, 429]
    metrics = (await http.get("/metrics")).text
    assert 'medianest_rate_limited_total{scope="signin"}' in metrics


async def test_a_limiter_without_redis_keeps_counting_in_memory(
    runtime: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runtime.settings, "redis_url", None)
    key = f"test:{time.time_ns()}"
    for _ in range(3):
        await ratelimit.hit(key, limit=3, window_s=60, message="slow")
    with pytest.raises(RateLimited) as caught:
        await ratelimit.hit(key, limit=3, window_s=60, message="slow")
    assert caught.value.extensions["code"] == "RATE_LIMITED"


def metric(text: str, name: str, **labels: str) -> float | None:
    """The value of one sample in Prometheus text, or None."""
    for line in text.splitlines():
        if line.startswith("#") or not line.startswith(name):
            continue
        head, _, value = line.rpartition(" ")
        if head.split("{", 1)[0] != name:
            continue
        given = {}
        if "{" in head:
            for part in head[head.index("{") + 1 : -1].split('",'):
                k, _, v = part.partition("=")
                given[k.strip(",")] = v.strip('"')
        if all(given.get(k) == v for k, v in labels.items()):
            return float(value)
    return None


async def test_metrics_show_jobs_queues_breakers_and_library(
    http: httpx.AsyncClient, admin: tuple[Any, GqlClient]
) -> None:
    from medianest.core.clients import cached
    from medianest.core.http import Integration, ServiceUnavailable
    from medianest.jobs.models import Job, JobStatus

    await Job.create(kind="housekeeping", title="waiting", status=JobStatus.QUEUED)
    await Job.create(kind="housekeeping", title="waiting too", status=JobStatus.QUEUED)

    class Dead(Integration):
        service = "deadservice"

    # A client whose service refuses connections: its breaker opens after five failures.
    dead = cached(("test-dead",), lambda: Dead("http://127.0.0.1:9", timeout=httpx.Timeout(1)))
    for _ in range(6):
        with pytest.raises(ServiceUnavailable):
            await dead.request("GET", "/")
    text = (await http.get("/metrics")).text
    assert metric(text, "medianest_jobs", kind="housekeeping", status="queued") == 2
    assert metric(text, "medianest_jobs_active") == 2
    assert metric(text, "medianest_queue_messages") is not None
    assert metric(text, "medianest_circuit_breaker_state", service="deadservice") == 2
    opened = metric(
        text, "medianest_circuit_breaker_transitions_total", service="deadservice", state="open"
    )
    assert opened is not None
    assert opened >= 1
    assert metric(text, "medianest_external_request_duration_seconds_count") is not None
    assert "medianest_library_items" in text


def test_log_files_rotate_and_old_ones_go(tmp_path: Path) -> None:
    target = tmp_path / "logs" / "medianest.log"
    assert log_path(target, "worker") == tmp_path / "logs" / "medianest.worker.log"
    assert log_path(target, "api") == target
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        configure_logging("INFO", "json", log_file=target, rotate_mb=1, keep_files=3, keep_days=1)
        log = logging.getLogger("medianest.test")
        line = "x" * 1000
        for _ in range(1500):  # about 1.6 MB: one rotation
            log.info(line)
        rotated = sorted(p.name for p in target.parent.iterdir())
        assert rotated == ["medianest.log", "medianest.log.1"], rotated
        # A rotated file older than the retention goes at the next rotation.
        stale = target.parent / "medianest.log.1"
        old = time.time() - 3 * 86_400
        os.utime(stale, (old, old))
        for _ in range(1100):  # the next rotation: the stale file, now .2, is deleted
            log.info(line)
        kept = sorted(p.name for p in target.parent.iterdir())
        assert kept == ["medianest.log", "medianest.log.1"], kept
        for _ in range(5000):  # many rotations: never more than three old files
            log.info(line)
        kept = sorted(p.name for p in target.parent.iterdir())
        assert kept == ["medianest.log"] + [f"medianest.log.{n}" for n in (1, 2, 3)], kept
        entry = json.loads(target.read_text().splitlines()[-1])
        assert entry["msg"] == line
        assert entry["level"] == "info"
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers[:], _ = saved
        root.setLevel(saved[1])


def test_database_waits_are_bounded_on_both_sides() -> None:
    from medianest.core.db import tortoise_config
    from medianest.settings import Settings

    settings = Settings(database_url="postgres://u@db:5432/mn", db_statement_timeout_ms=4000)
    creds = tortoise_config(settings)["connections"]["default"]["credentials"]
    assert creds["server_settings"]["statement_timeout"] == "4000"
    assert creds["command_timeout"] == 9.0  # the client gives up a little after the server
    assert creds["timeout"] == 1.5  # connecting
    assert creds["maxsize"] == settings.db_pool_size
    chosen = tortoise_config(settings, "postgres://u@db/mn?command_timeout=3&timeout=2")
    assert chosen["connections"]["default"]["credentials"]["command_timeout"] == 3.0
    assert chosen["connections"]["default"]["credentials"]["timeout"] == 2.0


async def test_a_caller_gone_mid_request_is_not_an_error(
    server: str, caplog: pytest.LogCaptureFixture
) -> None:
    host, port = server.removeprefix("http://").split(":")
    _, writer = await asyncio.open_connection(host, int(port))
    writer.write(
        b"POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n"
        b"content-length: 1000\r\n\r\n" + b'{"query": "'
    )
    await writer.drain()
    await asyncio.sleep(0.2)
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.3)
    assert "Exception in ASGI application" not in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
    async with httpx.AsyncClient(base_url=server) as client:  # and the server carries on
        assert (await client.get("/healthz")).status_code == 200


def test_queue_depth_counts_delayed_messages_with_their_queue() -> None:
    import dramatiq
    from dramatiq.brokers.stub import StubBroker

    from medianest.core.jobs import queue_depths

    broker = StubBroker()
    broker.emit_after("process_boot")

    def probe() -> None:
        pass

    actor = dramatiq.Actor(
        probe, broker=broker, actor_name="probe", queue_name="work", priority=0, options={}
    )
    actor.send()
    actor.send_with_options(delay=60_000)
    assert queue_depths(broker) == {"work": 2}
    broker.close()
