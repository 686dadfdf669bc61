"""Business rules of background jobs: create and enqueue after commit, claim, run with
heartbeats and coalesced progress, cancel, reconcile after crashes, prune old history."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.expressions import F, Q
from tortoise.queryset import QuerySet

from medianest.core import jobs as transport
from medianest.core.errors import NotFound, PermissionDenied
from medianest.core.logging import job_id_var
from medianest.core.metrics import JOB_DURATION
from medianest.core.paging import keyset
from medianest.core.runtime import get_runtime
from medianest.core.uow import unit_of_work
from medianest.jobs.models import Job, JobStatus
from medianest.users.models import User

log = logging.getLogger(__name__)

JOBS_TOPIC = "jobs"
PROGRESS_INTERVAL_S = 0.5
HEARTBEAT_INTERVAL_S = 5.0


class JobCancelled(Exception):
    """Raised inside a job's handler when cancellation was requested."""


class JobFailed(Exception):
    """Raised by a handler for a failure that another attempt would not fix."""


class JobDeferred(Exception):
    """Raised by a handler that cannot start yet: the job waits, and the attempt is not
    counted."""

    def __init__(self, delay_s: float, message: str) -> None:
        super().__init__(message)
        self.delay_s, self.message = delay_s, message


async def resend(job_id: int) -> None:
    """Send a queued job's message again (claims are atomic: a duplicate is harmless)."""
    job = await Job.get_or_none(id=job_id, status=JobStatus.QUEUED)
    if job is not None:
        await transport.send(actor_for_queue(_kinds[job.kind].queue), job_id)


@dataclass(frozen=True)
class JobKind:
    name: str
    handler: Callable[[JobContext], Awaitable[dict[str, Any] | None]]
    queue: str = "default"
    backoff_s: float = 1.0  # retry n waits backoff_s * 2**n seconds (at most a minute)


_kinds: dict[str, JobKind] = {}


def register_kind(kind: JobKind) -> None:
    _kinds[kind.name] = kind


def actor_for_queue(queue: str) -> str:
    return f"jobs.run_{queue}"


def now() -> datetime:
    return datetime.now(UTC)


def snapshot(job: Job) -> dict[str, Any]:
    """The job as published on the bus: everything a subscriber shows, no secrets."""

    def iso(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "id": job.id,
        "kind": job.kind,
        "title": job.title,
        "status": job.status.value,
        "progress": job.progress,
        "message": job.message,
        "error": job.error,
        "attempts": job.attempts,
        "owner_id": job.owner_id,  # type: ignore[attr-defined]
        "created_at": iso(job.created_at),
        "started_at": iso(job.started_at),
        "finished_at": iso(job.finished_at),
        "updated_at": iso(job.updated_at),
    }


async def _publish(job: Job) -> None:
    await transport.publish(JOBS_TOPIC, snapshot(job))


async def create_job(
    kind: str,
    title: str,
    *,
    owner: User | None = None,
    payload: dict[str, Any] | None = None,
    max_attempts: int = 3,
) -> Job:
    """Record a job and enqueue it once the record is committed."""
    spec = _kinds[kind]
    async with unit_of_work():
        job = await Job.create(
            kind=kind,
            title=title,
            owner=owner,
            payload=payload or {},
            max_attempts=max_attempts,
            enqueued_at=now(),
        )
        await transport.send(
            actor_for_queue(spec.queue), job.id, on_failure=_unsent_callback(job.id)
        )
        await _publish(job)
    return job


def _unsent_callback(job_id: int) -> Callable[[], Awaitable[None]]:
    async def unsent() -> None:
        # No message went out: the reconciler sends one as soon as the broker answers.
        await Job.filter(id=job_id, status=JobStatus.QUEUED).update(enqueued_at=None)

    return unsent


def can_see(viewer: User, owner_id: int | None) -> bool:
    return viewer.is_admin or (owner_id is not None and owner_id == viewer.id)


def visible_jobs(viewer: User) -> QuerySet[Job]:
    query = Job.all()
    return query if viewer.is_admin else query.filter(owner_id=viewer.id)


async def get_job(viewer: User, job_id: int) -> Job:
    job = await visible_jobs(viewer).get_or_none(id=job_id)
    if job is None:
        raise NotFound("No such job.")
    return job


async def list_jobs(
    viewer: User,
    *,
    first: int,
    after_id: int | None,
    status: JobStatus | None,
    kind: str | None,
) -> tuple[list[Job], bool, int]:
    query = visible_jobs(viewer)
    if status is not None:
        query = query.filter(status=status)
    if kind is not None:
        query = query.filter(kind=kind)
    found = await keyset(query, first=first, after_id=after_id)
    return found.rows, found.has_next, found.total


async def cancel_job(viewer: User, job_id: int) -> Job:
    job = await get_job(viewer, job_id)
    if not can_see(viewer, job.owner_id):  # type: ignore[attr-defined]
        raise PermissionDenied("You cannot cancel this job.")
    async with unit_of_work():
        stamp = now()
        # Queued jobs end at once; running ones stop at their next checkpoint.
        if await Job.filter(id=job_id, status=JobStatus.QUEUED).update(
            status=JobStatus.CANCELLED, finished_at=stamp, updated_at=stamp, message="Cancelled"
        ) or await Job.filter(id=job_id, status=JobStatus.RUNNING).update(
            cancel_requested=True, updated_at=stamp, message="Cancelling…"
        ):
            pass
        job = await Job.get(id=job_id)
        await _publish(job)
    return job


async def restart_job(job_id: int) -> None:
    """Queue a finished job again with fresh attempts (a person asked to retry it)."""
    async with unit_of_work():
        stamp = now()
        restarted = await Job.filter(
            id=job_id, status__in=[JobStatus.FAILED, JobStatus.CANCELLED]
        ).update(
            status=JobStatus.QUEUED,
            attempts=0,
            cancel_requested=False,
            progress=0.0,
            error=None,
            message="Retrying",
            finished_at=None,
            enqueued_at=stamp,
            updated_at=stamp,
        )
        if not restarted:
            return
        job = await Job.get(id=job_id)
        await transport.send(actor_for_queue(_kinds[job.kind].queue), job_id)
        await _publish(job)


async def _claim(job_id: int, worker_id: str) -> Job | None:
    """Atomically take a queued job, or a running one whose worker stopped beating."""
    stamp = now()
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


class JobContext:
    """What a handler gets: the job, progress reporting, and cancellation checkpoints."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self._last_publish = 0.0

    async def progress(self, fraction: float, message: str | None = None) -> None:
        fraction = min(max(fraction, 0.0), 1.0)
        moment = time.monotonic()
        if moment - self._last_publish < PROGRESS_INTERVAL_S and fraction < 1.0:
            self.job.progress, self.job.message = fraction, message or self.job.message
            return
        self._last_publish = moment
        await self._write(progress=fraction, message=message or self.job.message)
        await self.checkpoint()

    async def checkpoint(self) -> None:
        flag = await Job.filter(id=self.job.id).values_list("cancel_requested", flat=True)
        if flag and flag[0]:
            raise JobCancelled

    async def _write(self, **changes: Any) -> None:
        stamp = now()
        changes["updated_at"] = stamp
        changes["heartbeat_at"] = stamp
        await Job.filter(id=self.job.id).update(**changes)
        for key, value in changes.items():
            setattr(self.job, key, value)
        await _publish(self.job)


async def _heartbeat(job_id: int) -> None:
    while True:
        await asyncio.sleep(HEARTBEAT_INTERVAL_S)
        try:
            await Job.filter(id=job_id, status=JobStatus.RUNNING).update(heartbeat_at=now())
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
    kind = _kinds.get(job.kind)
    await _publish(job)
    beat = asyncio.create_task(_heartbeat(job_id))
    started = time.monotonic()
    outcome = JobStatus.FAILED
    try:
        if kind is None:
            raise RuntimeError(f"unknown job kind {job.kind!r}")
        ctx = JobContext(job)
        result = await kind.handler(ctx)
        outcome = JobStatus.SUCCEEDED
        await _finish(job, outcome, result=result, message=ctx.job.message)
    except JobCancelled:
        outcome = JobStatus.CANCELLED
        await _finish(job, outcome, message="Cancelled")
    except JobFailed as exc:
        await _finish(job, outcome, error=str(exc)[:2000], message="Failed")
    except JobDeferred as exc:
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


async def _defer(job: Job, exc: JobDeferred) -> None:
    """Not now: back to the queue without counting an attempt, and again after the delay."""
    await Job.filter(id=job.id).update(attempts=F("attempts") - 1)
    job.attempts -= 1
    await _finish(job, JobStatus.QUEUED, message=exc.message)
    queue = actor_for_queue(_kinds[job.kind].queue)
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
        updated_at=now(),
    )


async def _failed(job: Job, exc: Exception) -> None:
    """Another attempt after a back-off, or failed for good when none are left."""
    retry = job.attempts < job.max_attempts
    await _finish(
        job,
        JobStatus.QUEUED if retry else JobStatus.FAILED,
        error=f"{type(exc).__name__}: {exc}"[:2000],
        message="Failed; retrying" if retry else "Failed",
    )
    if retry:
        spec = _kinds[job.kind]
        delay = int(min(spec.backoff_s * 2**job.attempts, 60) * 1000)
        await transport.send(actor_for_queue(spec.queue), job.id, delay_ms=delay)


async def _finish(
    job: Job,
    status: JobStatus,
    *,
    result: dict[str, Any] | None = None,
    error: str | None = None,
    message: str | None = None,
) -> None:
    stamp = now()
    changes: dict[str, Any] = {
        "status": status,
        "updated_at": stamp,
        "message": message,
        "error": error,
    }
    if status is JobStatus.SUCCEEDED:
        changes |= {"progress": 1.0, "result": result, "finished_at": stamp}
    elif status in (JobStatus.FAILED, JobStatus.CANCELLED):
        changes["finished_at"] = stamp
    else:
        changes["enqueued_at"] = stamp
    await Job.filter(id=job.id).update(**changes)
    for key, value in changes.items():
        setattr(job, key, value)
    await _publish(job)


async def reconcile() -> int:
    """Re-enqueue jobs whose worker died (stale heartbeat) or whose message was lost.

    Claims are atomic, so a duplicate message for a job that is fine is harmless."""
    settings = get_runtime().settings
    stamp = now()
    stale = stamp - timedelta(seconds=settings.job_stale_after_s)
    lost = stamp - timedelta(seconds=max(settings.job_stale_after_s * 5, 300))
    candidates = await Job.filter(
        Q(status=JobStatus.RUNNING, heartbeat_at__lt=stale)
        | Q(status=JobStatus.QUEUED, enqueued_at__lt=lost)
        | Q(status=JobStatus.QUEUED, enqueued_at=None)  # its message could not be sent
    ).values_list("id", "kind", "attempts", "max_attempts")
    count = 0
    for job_id, kind_name, attempts, max_attempts in candidates:
        kind = _kinds.get(kind_name)
        if kind is None:
            continue
        if attempts >= max_attempts:
            job = await Job.get(id=job_id)
            await _finish(
                job, JobStatus.FAILED, error="The worker stopped responding.", message="Failed"
            )
            continue
        await Job.filter(id=job_id).update(enqueued_at=stamp)
        await transport.send(
            actor_for_queue(kind.queue), job_id, on_failure=_unsent_callback(job_id)
        )
        count += 1
    if count:
        log.info("reconciler re-enqueued %d job(s)", count)
    return count


async def prune_history(older_than: timedelta) -> int:
    cutoff = now() - older_than
    return await Job.filter(
        status__in=[JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.CANCELLED],
        finished_at__lt=cutoff,
    ).delete()


async def recently_changed(viewer: User, only: int | None, minutes: int = 10) -> list[Job]:
    query = visible_jobs(viewer).filter(updated_at__gte=now() - timedelta(minutes=minutes))
    if only is not None:
        query = query.filter(id=only)
    return list(await query.order_by("-id").limit(50))
