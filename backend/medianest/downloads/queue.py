"""The download queue as people see and change it: lists, one download, a playlist's videos,
cancel, retry, approve and decline."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from medianest.core.errors import InvalidInput, NotFound, PermissionDenied
from medianest.core.paging import Page, keyset
from medianest.core.uow import unit_of_work
from medianest.downloads.models import (
    ACTIVE,
    ENDED,
    Download,
    DownloadKind,
    DownloadPhase,
    DownloadStatus,
)
from medianest.downloads.service import can_see, start_job
from medianest.downloads.views import DownloadView, now, refresh_parent, update_rows
from medianest.jobs import service as jobs
from medianest.jobs.models import Job
from medianest.users.models import User

# ---- reading -----------------------------------------------------------------------------------


def _visible(viewer: User, everyone: bool = False) -> Any:
    query = Download.all()
    if not (everyone and viewer.is_admin):
        query = query.filter(owner_id=viewer.id)
    return query


async def list_downloads(
    viewer: User,
    *,
    first: int,
    after_id: int | None,
    status: DownloadStatus | None,
    everyone: bool,
    active: bool | None = None,
) -> Page[DownloadView]:
    if everyone and not viewer.is_admin:
        raise PermissionDenied("Only admins see everyone's downloads.")
    query = _visible(viewer, everyone).filter(parent_id=None)
    if status is not None:
        query = query.filter(status=status)
    if active is not None:
        query = query.filter(status__in=list(ACTIVE if active else ENDED))
    page = await keyset(query, first=first, after_id=after_id)
    return Page([DownloadView.of(r) for r in page.rows], page.has_next, page.total)


async def pending_approval(viewer: User, *, first: int, after_id: int | None) -> Page[DownloadView]:
    query = Download.filter(status=DownloadStatus.PENDING_APPROVAL, parent_id=None)
    page = await keyset(query, first=first, after_id=after_id, newest_first=False)
    return Page([DownloadView.of(r) for r in page.rows], page.has_next, page.total)


async def _get(viewer: User, download_id: int) -> Download:
    """A download the viewer may act on: their own, or any for an admin."""
    row = await Download.get_or_none(id=download_id)
    if row is None or not (viewer.is_admin or row.owner_id == viewer.id):  # type: ignore[attr-defined]
        raise NotFound("No such download.")
    return row


async def find(viewer: User, download_id: int) -> DownloadView | None:
    row = await Download.get_or_none(id=download_id)
    if row is None or not can_see(viewer, row.owner_id):  # type: ignore[attr-defined]
        return None
    return DownloadView.of(row)


async def children_of(
    viewer: User, parent_id: int, *, first: int, after_id: int | None
) -> Page[DownloadView]:
    parent = await Download.get_or_none(id=parent_id)
    if parent is None or not can_see(viewer, parent.owner_id):  # type: ignore[attr-defined]
        return Page([], False, 0)
    page = await keyset(
        Download.filter(parent_id=parent_id), first=first, after_id=after_id, newest_first=False
    )
    return Page([DownloadView.of(r) for r in page.rows], page.has_next, page.total)


async def recently_changed(
    viewer: User, only: int | None, *, everyone: bool = False
) -> list[DownloadView]:
    if only is not None:
        row = await find(viewer, only)
        return [row] if row is not None else []
    query = _visible(viewer, everyone=everyone).filter(
        updated_at__gte=now() - timedelta(minutes=10)
    )
    return [DownloadView.of(r) for r in await query.order_by("-id").limit(100)]


# ---- changing ----------------------------------------------------------------------------------


def _videos_of(row: Download) -> Any:
    if row.kind is DownloadKind.PLAYLIST:
        return Download.filter(parent_id=row.id)
    return Download.filter(id=row.id)


async def cancel(viewer: User, download_id: int) -> DownloadView:
    row = await _get(viewer, download_id)
    async with unit_of_work():
        for video in await _videos_of(row):
            await _cancel_video(video)
        if row.kind is DownloadKind.PLAYLIST:
            await refresh_parent(row.id)
    return DownloadView.of(await Download.get(id=row.id))


async def _cancel_video(video: Download) -> None:
    if video.status not in (
        DownloadStatus.PENDING_APPROVAL,
        DownloadStatus.QUEUED,
        DownloadStatus.RUNNING,
    ):
        return
    job_id = video.job_id  # type: ignore[attr-defined]
    sharing = 0
    if job_id is not None:
        sharing = (
            await Download.filter(
                job_id=job_id, status__in=[DownloadStatus.QUEUED, DownloadStatus.RUNNING]
            )
            .exclude(id=video.id)
            .count()
        )
    stamp = now()
    changes: dict[str, Any] = {"status": DownloadStatus.CANCELLED, "finished_at": stamp}
    changes |= {"phase": DownloadPhase.DONE, "speed_bps": None, "eta_s": None}
    if job_id is not None and not sharing:
        job = await Job.get_or_none(id=job_id)
        if job is not None and job.owner_id is not None:  # type: ignore[attr-defined]
            owner = await User.get(id=job.owner_id)  # type: ignore[attr-defined]
            await jobs.cancel_job(owner, job_id)
    # Another person still wants this video: only this row stops following the job.
    await update_rows({"id": video.id}, **changes)


async def retry(viewer: User, download_id: int) -> DownloadView:
    row = await _get(viewer, download_id)
    retryable = (DownloadStatus.FAILED, DownloadStatus.CANCELLED)
    if row.status not in retryable:
        raise InvalidInput("Only failed or cancelled downloads can be retried.")
    owner = await User.get(id=row.owner_id)  # type: ignore[attr-defined]
    async with unit_of_work():
        for video in await _videos_of(row).filter(status__in=list(retryable)):
            await _restart_video(video, owner)
        if row.kind is DownloadKind.PLAYLIST:
            await refresh_parent(row.id)
    return DownloadView.of(await Download.get(id=row.id))


async def _restart_video(video: Download, owner: User) -> None:
    reset: dict[str, Any] = {
        "status": DownloadStatus.QUEUED,
        "phase": DownloadPhase.WAITING,
        "progress": 0.0,
        "downloaded_bytes": 0,
        "error_code": None,
        "error_message": None,
        "finished_at": None,
        "speed_bps": None,
        "eta_s": None,
    }
    job_id = video.job_id  # type: ignore[attr-defined]
    shared = job_id is not None and (
        await Download.filter(job_id=job_id).exclude(id=video.id).exists()
    )
    if job_id is None or shared:
        await Download.filter(id=video.id).update(**reset)
        await start_job(video, owner)
    else:
        await Download.filter(id=video.id).update(**reset)
        await jobs.restart_job(job_id)
    await update_rows({"id": video.id})


async def approve(admin: User, download_id: int) -> DownloadView:
    row = await Download.get_or_none(id=download_id)
    if row is None:
        raise NotFound("No such download.")
    if row.status is not DownloadStatus.PENDING_APPROVAL:
        raise InvalidInput("This download is not waiting for approval.")
    owner = await User.get(id=row.owner_id)  # type: ignore[attr-defined]
    async with unit_of_work():
        await Download.filter(id=row.id).update(decided_by_id=admin.id)
        for video in await _videos_of(row).filter(status=DownloadStatus.PENDING_APPROVAL):
            await Download.filter(id=video.id).update(
                status=DownloadStatus.QUEUED, decided_by_id=admin.id
            )
            await start_job(video, owner)
            await update_rows({"id": video.id})
        if row.kind is DownloadKind.PLAYLIST:
            await refresh_parent(row.id)
    return DownloadView.of(await Download.get(id=row.id))


async def decline(admin: User, download_id: int, reason: str | None) -> DownloadView:
    row = await Download.get_or_none(id=download_id)
    if row is None:
        raise NotFound("No such download.")
    if row.status is not DownloadStatus.PENDING_APPROVAL:
        raise InvalidInput("This download is not waiting for approval.")
    text = (reason or "").strip()[:500] or None
    async with unit_of_work():
        changes: dict[str, Any] = {
            "status": DownloadStatus.DECLINED,
            "phase": DownloadPhase.DONE,
            "decline_reason": text,
            "decided_by_id": admin.id,
            "finished_at": now(),
        }
        await update_rows({"id": row.id}, **changes)
        if row.kind is DownloadKind.PLAYLIST:
            await update_rows(
                {"parent_id": row.id, "status": DownloadStatus.PENDING_APPROVAL}, **changes
            )
    return DownloadView.of(await Download.get(id=row.id))
