"""Running a job: claim it atomically, beat while it runs, record its outcome (done,
failed with a back-off, cancelled, deferred), and hand it back when the process stops so
another worker resumes it at once. The job actors call run_job."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from datetime import timedelta
from typing import Any

from tortoise.expressions import F, Q

from medianest.core import jobs as transport
from medianest.core.logging import job_id_var
from medianest.core.metrics import JOB_DURATION
from medianest.core.runtime import get_runtime
from medianest.jobs import service
from medianest.jobs.models import Job, JobStatus

log = logging.getLogger(__name__)


async def _claim(job_id: int, worker_id: str) -> Job | None:
    """Atomically take a queued job, or a running one whose worker stopped beating."""
    stamp = service.now()
    stale = stamp - timedelta(seconds=get_runtime().settings.job_stale_after_s)
    claimed = await Job.filter(
        Q(id=job_id)
        & Q(attempts__lt=F("max_attempts"))
        & (Q(status=JobStatus.QUEUED) | Q(status=JobStatus.RUNNING, heartbeat_at__lt=stale))
    ).update(
        status=JobStatus.RUNNING,
        attempts=F("attempts") + 1,
        worker_id=worker_id,
        started_at=stamp,
        heartbeat_at=stamp,
        updated_at=stamp,
        error=None,
    )
    if not claimed:
        return None
    claimed_job: Job = await Job.get(id=job_id)
    return claimed_job


async def _heartbeat(job_id: int) -> None:
    while True:
        await asyncio.sleep(service.HEARTBEAT_INTERVAL_S)
        try:
            await Job.filter(id=job_id, status=JobStatus.RUNNING).update(heartbeat_at=service.now())
        except Exception as exc:  # a beat missed (the database restarting) ends nothing
            log.warning("job %s heartbeat not recorded: %s", job_id, exc)


_running: set[asyncio.Task[Any]] = set()
# Set once the process starts stopping: its Dramatiq threads may still take a message in the
# seconds they need to wind down, and a job claimed then would be left running by nobody.
_stopping = False


def accept_jobs() -> None:
    """The process (re)starts its runtime: messages are run again."""
    global _stopping
    _stopping = False


async def interrupt_running(timeout: float = 10.0) -> int:
    """The process is stopping: hand every job it runs back to the queue now (not after its
    heartbeat goes stale), so another worker resumes it at once. Returns how many."""
    global _stopping
    _stopping = True
    tasks = [t for t in _running if not t.done()]
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.wait(tasks, timeout=timeout)
    return len(tasks)


async def run_job(job_id: int) -> None:
    """Entry point of every job actor."""
    runtime = get_runtime()
    if _stopping:
        await _pass_on(job_id)
        return
    job = await _claim(job_id, runtime.worker_id)
    if job is None:
        log.info("job %s not claimable (done, running elsewhere or out of attempts)", job_id)
        return
    if _stopping:  # began stopping while claiming
        await _interrupted(job_id)
        return
    current = asyncio.current_task()
    if current is not None:
        _running.add(current)
    token = job_id_var.set(str(job_id))
    kind = service.kind_of(job.kind)
    await service.publish_job(job)
    beat = asyncio.create_task(_heartbeat(job_id))
    started = time.monotonic()
    outcome = JobStatus.FAILED
    try:
        if kind is None:
            raise RuntimeError(f"unknown job kind {job.kind!r}")
        ctx = service.JobContext(job)
        result = await kind.handler(ctx)
        outcome = JobStatus.SUCCEEDED
        await service.finish(job, outcome, result=result, message=ctx.job.message)
    except service.JobCancelled:
        outcome = JobStatus.CANCELLED
        await service.finish(job, outcome, message="Cancelled")
    except service.JobFailed as exc:
        await service.finish(job, outcome, error=str(exc)[:2000], message="Failed")
    except service.JobDeferred as exc:
        outcome = JobStatus.QUEUED
        await _defer(job, exc)
    except asyncio.CancelledError:
        outcome = JobStatus.QUEUED
        await _interrupted(job_id)
        raise
    except Exception as exc:
        log.exception("job %s failed", job_id)
        await _failed(job, exc)
    finally:
        if current is not None:
            _running.discard(current)
        beat.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await beat
        job_id_var.reset(token)
        JOB_DURATION.labels(job.kind, outcome.value).observe(time.monotonic() - started)


async def _defer(job: Job, exc: service.JobDeferred) -> None:
    """Not now: back to the queue without counting an attempt, and again after the delay."""
    await Job.filter(id=job.id).update(attempts=F("attempts") - 1)
    job.attempts -= 1
    await service.finish(job, JobStatus.QUEUED, message=exc.message)
    queue = service.actor_for_queue(service.kind_named(job.kind).queue)
    await transport.send(queue, job.id, delay_ms=int(exc.delay_s * 1000))


async def _pass_on(job_id: int) -> None:
    """A message this stopping process took and will not run: marked unsent, so the reconciler
    sends it again for another worker."""
    await Job.filter(id=job_id, status=JobStatus.QUEUED).update(enqueued_at=None)
    log.info("job %s left for another worker: this one is stopping", job_id)


async def _interrupted(job_id: int) -> None:
    """The worker is stopping: the job goes back to the queue (this attempt does not count)
    and, marked unsent, is sent again by the reconciler straight away."""
    await Job.filter(id=job_id, status=JobStatus.RUNNING).update(
        status=JobStatus.QUEUED,
        attempts=F("attempts") - 1,
        worker_id=None,
        enqueued_at=None,
        message="Interrupted; waiting for a worker",
        updated_at=service.now(),
    )


async def _failed(job: Job, exc: Exception) -> None:
    """Another attempt after a back-off, or failed for good when none are left."""
    retry = job.attempts < job.max_attempts
    await service.finish(
        job,
        JobStatus.QUEUED if retry else JobStatus.FAILED,
        error=f"{type(exc).__name__}: {exc}"[:2000],
        message="Failed; retrying" if retry else "Failed",
    )
    if retry:
        spec = service.kind_named(job.kind)
        delay = int(min(spec.backoff_s * 2**job.attempts, 60) * 1000)
        await transport.send(service.actor_for_queue(spec.queue), job.id, delay_ms=delay)
