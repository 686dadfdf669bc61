"""The job system's guarantees: messages only after commit, atomic claims, crash recovery by the
reconciler, retries with a limit, cancellation of a running job."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from medianest.core.runtime import Runtime
from medianest.core.uow import unit_of_work
from medianest.jobs import runner, service
from medianest.jobs.models import Job, JobStatus

calls: list[str] = []


async def flaky(ctx: service.JobContext) -> dict[str, Any]:
    calls.append("flaky")
    if len([c for c in calls if c == "flaky"]) < 2:
        raise RuntimeError("first attempt fails")
    return {"ok": True}


async def slow(ctx: service.JobContext) -> dict[str, Any]:
    for step in range(200):
        await ctx.progress(step / 200, f"step {step}")
        await asyncio.sleep(0.02)
        await ctx.checkpoint()
    return {}


async def always_fails(ctx: service.JobContext) -> dict[str, Any]:
    raise ValueError("broken input")


for name, handler in (("test.flaky", flaky), ("test.slow", slow), ("test.fails", always_fails)):
    service.register_kind(service.JobKind(name=name, handler=handler))


async def wait_status(job_id: int, *statuses: JobStatus, timeout: float = 10) -> Job:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        job = await Job.get(id=job_id)
        if job.status in statuses:
            return job
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"job {job_id} stuck in {job.status}")
        await asyncio.sleep(0.05)


async def test_rolled_back_work_sends_nothing(runtime: Runtime) -> None:
    sent: list[Any] = []
    original = runtime.actors["jobs.run_default"].send_with_options

    def spy(**kwargs: Any) -> Any:
        sent.append(kwargs)
        return original(**kwargs)

    runtime.actors["jobs.run_default"].send_with_options = spy  # type: ignore[method-assign]
    try:

        async def doomed() -> None:
            async with unit_of_work():
                await service.create_job("housekeeping", "Doomed")
                raise RuntimeError("abort")

        with pytest.raises(RuntimeError):
            await doomed()
        assert await Job.all().count() == 0
        await asyncio.sleep(0.1)
        assert sent == []
    finally:
        runtime.actors["jobs.run_default"].send_with_options = original  # type: ignore[method-assign]


async def test_a_failed_attempt_is_retried_then_succeeds(runtime: Runtime) -> None:
    calls.clear()
    job = await service.create_job("test.flaky", "Flaky")
    done = await wait_status(job.id, JobStatus.SUCCEEDED, JobStatus.FAILED, timeout=15)
    assert done.status is JobStatus.SUCCEEDED
    assert done.attempts == 2
    assert calls == ["flaky", "flaky"]


async def test_attempts_are_limited(runtime: Runtime) -> None:
    job = await service.create_job("test.fails", "Broken", max_attempts=1)
    done = await wait_status(job.id, JobStatus.FAILED)
    assert done.error == "ValueError: broken input"
    assert done.attempts == 1


async def test_reconciler_resumes_a_job_whose_worker_died(runtime: Runtime) -> None:
    stale = datetime.now(UTC) - timedelta(seconds=runtime.settings.job_stale_after_s + 5)
    job = await Job.create(
        kind="housekeeping",
        title="Orphan",
        status=JobStatus.RUNNING,
        attempts=1,
        heartbeat_at=stale,
        started_at=stale,
        worker_id="dead-host:1",
    )
    assert await service.reconcile() == 1
    done = await wait_status(job.id, JobStatus.SUCCEEDED)
    assert done.attempts == 2
    assert done.worker_id == runtime.worker_id
    # A healthy running job is left alone.
    fresh = await Job.create(
        kind="housekeeping",
        title="Busy",
        status=JobStatus.RUNNING,
        heartbeat_at=datetime.now(UTC),
        attempts=1,
    )
    assert await service.reconcile() == 0
    assert (await Job.get(id=fresh.id)).status is JobStatus.RUNNING


async def test_duplicate_messages_run_a_job_once(runtime: Runtime) -> None:
    calls.clear()
    job = await service.create_job("test.slow", "Slow")
    await wait_status(job.id, JobStatus.RUNNING)
    # A second delivery of the same message finds the job claimed and does nothing.
    await runner.run_job(job.id)
    row = await Job.get(id=job.id)
    assert row.status is JobStatus.RUNNING
    assert row.attempts == 1
    await service.cancel_job(await _admin(), job.id)
    done = await wait_status(job.id, JobStatus.CANCELLED, timeout=5)
    assert done.attempts == 1


async def test_cancelling_a_running_job_stops_it_within_two_seconds(runtime: Runtime) -> None:
    job = await service.create_job("test.slow", "Slow")
    await wait_status(job.id, JobStatus.RUNNING)
    started = asyncio.get_running_loop().time()
    await service.cancel_job(await _admin(), job.id)
    done = await wait_status(job.id, JobStatus.CANCELLED, timeout=5)
    assert asyncio.get_running_loop().time() - started < 2
    assert done.progress < 1.0


async def _admin() -> Any:
    from medianest.users.models import Role, User

    user, _ = await User.get_or_create(
        username="root", defaults={"display_name": "Root", "role": Role.ADMIN}
    )
    return user


async def test_a_stopping_worker_hands_back_and_takes_no_new_job(runtime: Runtime) -> None:
    """Its Dramatiq threads may still take a message while the process winds down: the job is
    left queued and marked unsent for another worker, never claimed by a process about to go."""
    calls.clear()
    running = await service.create_job("test.slow", "Running when the stop comes")
    await wait_status(running.id, JobStatus.RUNNING)
    waiting = await Job.create(
        kind="test.slow", title="Sent during the stop", status=JobStatus.QUEUED,
        enqueued_at=datetime.now(UTC),
    )  # fmt: skip
    try:
        assert await runner.interrupt_running() == 1
        handed_back = await Job.get(id=running.id)
        assert handed_back.status is JobStatus.QUEUED
        assert handed_back.enqueued_at is None
        await runner.run_job(waiting.id)  # a message taken after the stop began
        left = await Job.get(id=waiting.id)
        assert left.status is JobStatus.QUEUED
        assert left.attempts == 0
        assert left.enqueued_at is None  # the reconciler sends it again
    finally:
        runner.accept_jobs()
    # Accepting again (a runtime started anew), the reconciler sends both and they run.
    assert await service.reconcile() == 2
    for job in (running, waiting):
        await wait_status(job.id, JobStatus.RUNNING)
        await service.cancel_job(await _admin(), job.id)
        await wait_status(job.id, JobStatus.CANCELLED, timeout=5)
