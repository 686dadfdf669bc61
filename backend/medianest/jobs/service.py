"""Business rules of background jobs: create and enqueue after commit, what a handler gets
(progress, cancellation checkpoints), cancel, restart, reconcile after crashes, prune old
history. Running a job (claim, heartbeat, outcome, hand-back on stop) is in jobs.runner."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.expressions import Q
from tortoise.functions import Count
from tortoise.queryset import QuerySet

from medianest.core import jobs as transport
from medianest.core.errors import NotFound, PermissionDenied
from medianest.core.paging import keyset
from medianest.core.runtime import get_runtime
from medianest.core.uow import unit_of_work
from medianest.jobs.models import ACTIVE_STATUSES, Job, JobStatus
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


def kind_of(name: str) -> JobKind | None:
    return _kinds.get(name)


def kind_named(name: str) -> JobKind:
    """The kind of a job that exists (its kind was registered when it was created)."""
    return _kinds[name]


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


async def publish_job(job: Job) -> None:
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
        await publish_job(job)
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
        await publish_job(job)
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
        await publish_job(job)


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
        await publish_job(self.job)


async def finish(
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
    await publish_job(job)


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
            await finish(
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


async def active_counts() -> list[tuple[str, str, int]]:
    """(kind, status, how many) of the jobs waiting or running."""
    rows = (
        await Job.filter(status__in=list(ACTIVE_STATUSES))
        .annotate(n=Count("id"))
        .group_by("kind", "status")
        .values_list("kind", "status", "n")
    )
    return [(str(kind), str(status), int(n)) for kind, status, n in rows]


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
