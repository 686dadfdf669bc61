"""Business rules of downloads: preview, quotas and approval, de-duplication, the queue, cancel
and retry. The work itself runs in ``downloads.worker``."""

from __future__ import annotations

import contextlib
import logging
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tortoise.expressions import Q

from medianest.core.errors import InvalidInput, NotFound, PermissionDenied, PublicError
from medianest.core.paging import Page, keyset
from medianest.core.ratelimit import hit
from medianest.core.runtime import get_runtime
from medianest.core.uow import unit_of_work
from medianest.downloads import runner, settings
from medianest.downloads.errors import message_for
from medianest.downloads.models import (
    ACTIVE,
    AUDIO_CONTAINERS,
    ENDED,
    Container,
    Download,
    DownloadKind,
    DownloadPhase,
    DownloadStatus,
    ErrorCode,
    Quality,
)
from medianest.downloads.names import safe_component
from medianest.downloads.urls import BlockedAddress, check_url
from medianest.downloads.views import (
    TOPIC,
    DownloadView,
    now,
    publish,
    refresh_parent,
    update_rows,
)
from medianest.downloads.views import can_see as _can_see
from medianest.jobs import service as jobs
from medianest.jobs.models import Job
from medianest.settings_admin import service as stored
from medianest.users.models import Permission, User

__all__ = ["TOPIC", "DownloadView"]

log = logging.getLogger(__name__)

JOB_KIND = "downloads.video"
QUEUE = "downloads"
QUOTA_PERIOD = timedelta(hours=24)
MAX_PLAYLIST_VIDEOS = 500
PREVIEW_CACHE_S = 600
PREVIEWS_PER_MINUTE = 30


class DownloadError(PublicError):
    """An expected failure with a code the SPA can act on."""

    code = "DOWNLOAD_REFUSED"

    def __init__(self, error_code: ErrorCode, message: str | None = None) -> None:
        super().__init__(message or message_for(error_code), reason=error_code.value)
        self.error_code = error_code


class QuotaExceeded(Exception):
    def __init__(self, limit: int, used: int, requested: int, resets_at: datetime | None) -> None:
        self.limit, self.used, self.requested, self.resets_at = limit, used, requested, resets_at
        left = max(limit - used, 0)
        what = "video" if requested == 1 else f"{requested} videos"
        self.message = (
            f"You can download {limit} videos a day and have {left} left; this is {what}."
            + (" Choose fewer videos, or try again later." if left else " Try again later.")
        )
        super().__init__(self.message)


@dataclass(frozen=True)
class Entry:
    video_id: str
    title: str
    duration_s: int | None
    url: str


@dataclass(frozen=True)
class Preview:
    url: str
    site: str
    is_playlist: bool
    video_id: str | None
    title: str
    channel: str | None
    description: str | None
    duration_s: int | None
    thumbnail_url: str | None
    entries: list[Entry] = field(default_factory=list)
    too_long: bool = False
    already_downloaded: bool = False
    max_duration_s: int | None = None

    def entry_too_long(self, entry: Entry) -> bool:
        limit = self.max_duration_s
        return bool(limit and entry.duration_s and entry.duration_s > limit)


@dataclass(frozen=True)
class Quota:
    used: int
    limit: int
    remaining: int
    period_hours: int
    resets_at: datetime | None
    needs_approval: bool
    max_duration_minutes: int | None
    max_file_size_mb: int | None
    unlimited: bool = False


@dataclass(frozen=True)
class Enqueued:
    kind: str  # queued | awaiting_approval | already_downloaded
    view: DownloadView


def can_see(viewer: User, owner_id: int | None) -> bool:
    """Owners, admins, and people who approve (they look at what they are asked to approve)."""
    approver = viewer.has(Permission.MANAGE_REQUESTS)
    return _can_see(viewer.id, viewer.is_admin or approver, owner_id)


# ---- preview -----------------------------------------------------------------------------------

_previews: dict[tuple[str, tuple[str, ...]], tuple[float, Preview]] = {}


@contextlib.contextmanager
def cookies_file(cookies: str | None) -> Iterator[str | None]:
    """The admin's cookies as a private temporary file for one yt-dlp run."""
    if not cookies:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="medianest-cookies-") as folder:
        path = Path(folder) / "cookies.txt"
        path.touch(mode=0o600)
        path.write_text(cookies)
        yield str(path)


async def checked_url(url: str) -> str:
    try:
        return await check_url(url, settings.unsafe_allowed_endpoints())
    except BlockedAddress as exc:
        raise DownloadError(
            ErrorCode.SITE_NOT_ALLOWED, f"{exc} Downloads only reach public web sites."
        ) from exc
    except ValueError as exc:
        raise InvalidInput(str(exc), field="url") from exc


def base_spec(conf: settings.DownloadSettings, url: str) -> dict[str, Any]:
    return {
        "url": url,
        "allowed_extractors": settings.extractor_patterns(conf.allowed_sites),
        "unsafe_allow": sorted(settings.unsafe_allowed_endpoints()),
        "socket_timeout": 20,
    }


async def preview(viewer: User, url: str) -> Preview:
    if not url.strip():
        raise InvalidInput("Paste a video or playlist link.", field="url")
    url = await checked_url(url)
    conf = await settings.load()
    key = (url, conf.allowed_sites)
    cached = _previews.get(key)
    if cached and time.monotonic() - cached[0] < PREVIEW_CACHE_S:
        found = cached[1]
    else:
        await hit(
            f"download-preview:{viewer.id}",
            limit=PREVIEWS_PER_MINUTE,
            window_s=60,
            message="Too many previews; wait a minute.",
        )
        found = await _extract(conf, url)
        if len(_previews) > 256:
            _previews.clear()
        _previews[key] = (time.monotonic(), found)
    limit, _ = settings.limits_for(conf, viewer)
    too_long = bool(limit and found.duration_s and found.duration_s > limit * 60)
    already = False
    if not found.is_playlist and found.video_id:
        already = await _completed_copy(found.site, found.video_id, viewer, conf) is not None
    return Preview(
        **{
            **found.__dict__,
            "too_long": too_long,
            "already_downloaded": already,
            "max_duration_s": limit * 60 if limit else None,
        }
    )


async def _extract(conf: settings.DownloadSettings, url: str) -> Preview:
    timeout = get_runtime().settings.downloads_preview_timeout_s

    async def ignore(_: dict[str, Any]) -> None:
        return None

    with cookies_file(conf.cookies) as cookie_path:
        spec = base_spec(conf, url) | {"mode": "preview", "cookies_file": cookie_path}
        outcome = await runner.run(
            spec, on_event=ignore, stall_after_s=timeout, overall_limit_s=timeout
        )
    final = outcome.final
    if outcome.stopped or final is None:
        raise DownloadError(ErrorCode.NETWORK, "The site took too long to answer. Try again.")
    if final["event"] == "error":
        raise DownloadError(ErrorCode(final["code"]), final["message"])
    info = final["info"]
    entries = [
        Entry(
            video_id=str(e.get("id") or index),
            title=str(e.get("title") or "Untitled")[:500],
            duration_s=e.get("duration"),
            url=str(e.get("url") or ""),
        )
        for index, e in enumerate(final.get("entries") or [], start=1)
        if e.get("url")
    ][:MAX_PLAYLIST_VIDEOS]
    return Preview(
        url=url,
        site=(info.get("extractor") or "unknown")[:64],
        is_playlist=bool(final.get("playlist")),
        video_id=str(info["id"]) if info.get("id") else None,
        title=str(info.get("title") or "Untitled")[:500],
        channel=(info.get("channel") or None) and str(info["channel"])[:300],
        description=info.get("description") or None,
        duration_s=info.get("duration"),
        thumbnail_url=_public_url(info.get("thumbnail")),
        entries=entries,
    )


def _public_url(value: Any) -> str | None:
    if isinstance(value, str) and value.startswith(("http://", "https://")) and len(value) < 2000:
        return value
    return None


# ---- quota and folders -------------------------------------------------------------------------


async def quota(viewer: User) -> Quota:
    conf = await settings.load()
    defaults = await stored.load(stored.UserDefaults)
    limit = (
        viewer.downloads_per_day
        if viewer.downloads_per_day is not None
        else (defaults.downloads_per_day)
    )
    since = now() - QUOTA_PERIOD
    # What was asked for and not refused; a copy of a file already in the library is free.
    counted = Download.filter(
        Q(status__in=list(ACTIVE)) | Q(status=DownloadStatus.COMPLETED, attempts__gt=0),
        owner_id=viewer.id,
        kind=DownloadKind.VIDEO,
        created_at__gte=since,
    )
    used = await counted.count()
    oldest = await counted.order_by("created_at").first().values_list("created_at", flat=True)
    resets_at = oldest + QUOTA_PERIOD if oldest and used >= limit else None  # type: ignore[operator]
    return Quota(
        used=used,
        limit=limit,
        remaining=max(limit - used, 0),
        period_hours=24,
        resets_at=resets_at,
        needs_approval=not viewer.has(Permission.DOWNLOAD_NO_APPROVAL),
        max_duration_minutes=settings.limits_for(conf, viewer)[0],
        max_file_size_mb=settings.limits_for(conf, viewer)[1],
        unlimited=viewer.is_admin,
    )


def folder_for(conf: settings.DownloadSettings, owner: User) -> str:
    if conf.layout == settings.Layout.PER_USER.value:
        return safe_component(owner.username, f"user-{owner.id}", 100)
    return ""


def media_key(site: str, video_id: str, quality: Quality, container: Container, folder: str) -> str:
    return f"{site}|{video_id}|{quality.value}|{container.value}|{folder}"[:255]


async def _completed_copy(
    site: str,
    video_id: str,
    owner: User,
    conf: settings.DownloadSettings,
    *,
    quality: Quality | None = None,
    container: Container | None = None,
) -> Download | None:
    """A finished download of this video into the owner's folder whose file is still there."""
    query = Download.filter(
        site=site,
        video_id=video_id,
        folder=folder_for(conf, owner),
        status=DownloadStatus.COMPLETED,
        removed_at=None,
        file_path__not_isnull=True,
    )
    if quality is not None and container is not None:
        query = query.filter(quality=quality, container=container)
    for row in await query.order_by("-id").limit(5):
        if row.file_path and (settings.library_root() / row.file_path).is_file():
            return row
    return None


# ---- enqueue -----------------------------------------------------------------------------------


def _check_format(quality: Quality, container: Container) -> None:
    audio = quality is Quality.AUDIO
    if audio != (container in AUDIO_CONTAINERS):
        raise InvalidInput(
            "Audio only is saved as MP3 or M4A; videos as MP4, MKV or WebM.", field="container"
        )


async def enqueue(
    viewer: User,
    url: str,
    *,
    quality: Quality = Quality.BEST,
    container: Container = Container.MP4,
    max_videos: int | None = None,
) -> Enqueued:
    _check_format(quality, container)
    if max_videos is not None and not 1 <= max_videos <= MAX_PLAYLIST_VIDEOS:
        raise InvalidInput(f"Choose between 1 and {MAX_PLAYLIST_VIDEOS} videos.", field="maxVideos")
    found = await preview(viewer, url)
    conf = await settings.load()
    if not found.is_playlist and found.too_long:
        raise DownloadError(ErrorCode.TOO_LONG)
    if found.is_playlist:
        entries = [
            e
            for e in found.entries[: max_videos or MAX_PLAYLIST_VIDEOS]
            if not found.entry_too_long(e)
        ]
        if not entries:
            if found.entries:
                raise DownloadError(ErrorCode.TOO_LONG, "Every video chosen is over the limit.")
            raise DownloadError(ErrorCode.UNSUPPORTED, "This playlist has no videos.")
    else:
        entries = [Entry(found.video_id or found.url, found.title, found.duration_s, found.url)]
    if not viewer.is_admin:
        current = await quota(viewer)
        if current.used + len(entries) > current.limit:
            raise QuotaExceeded(current.limit, current.used, len(entries), current.resets_at)
    needs_approval = not viewer.has(Permission.DOWNLOAD_NO_APPROVAL)
    folder = folder_for(conf, viewer)
    common: dict[str, Any] = {
        "owner": viewer,
        "site": found.site,
        "quality": quality,
        "container": container,
        "folder": folder,
    }
    async with unit_of_work():
        parent: Download | None = None
        if found.is_playlist:
            parent = await Download.create(
                **common,
                kind=DownloadKind.PLAYLIST,
                url=found.url,
                title=found.title,
                channel=found.channel,
                thumbnail_url=found.thumbnail_url,
                entry_count=len(entries),
                status=DownloadStatus.PENDING_APPROVAL if needs_approval else DownloadStatus.QUEUED,
            )
        kinds: list[str] = []
        rows: list[Download] = []
        for entry in entries:
            single = not found.is_playlist
            row, kind = await _create_video(
                viewer,
                conf,
                common,
                parent=parent,
                entry=entry,
                channel=found.channel if single else None,
                description=found.description if single else None,
                thumbnail=found.thumbnail_url if single else None,
                needs_approval=needs_approval,
            )
            rows.append(row)
            kinds.append(kind)
        await publish(rows)
        if parent is not None:
            await refresh_parent(parent.id)
            await parent.refresh_from_db()
    top = parent or rows[0]
    kind = kinds[0] if parent is None else "awaiting_approval" if needs_approval else "queued"
    return Enqueued(kind, DownloadView.of(top))


async def _create_video(
    viewer: User,
    conf: settings.DownloadSettings,
    common: dict[str, Any],
    *,
    parent: Download | None,
    entry: Entry,
    channel: str | None,
    description: str | None,
    thumbnail: str | None,
    needs_approval: bool,
) -> tuple[Download, str]:
    key = media_key(
        common["site"], entry.video_id, common["quality"], common["container"], common["folder"]
    )
    fields: dict[str, Any] = {
        **common,
        "parent_id": parent.id if parent else None,
        "kind": DownloadKind.VIDEO,
        "url": entry.url[:2000],
        "video_id": entry.video_id[:200],
        "media_key": key,
        "title": entry.title,
        "channel": channel,
        "description": description,
        "duration_s": entry.duration_s,
        "thumbnail_url": thumbnail,
    }
    copy = await _completed_copy(
        common["site"],
        entry.video_id,
        viewer,
        conf,
        quality=common["quality"],
        container=common["container"],
    )
    if copy is not None:
        stamp = now()
        row = await Download.create(
            **fields,
            status=DownloadStatus.COMPLETED,
            phase=DownloadPhase.DONE,
            progress=1.0,
            file_path=copy.file_path,
            file_size=copy.file_size,
            downloaded_bytes=copy.file_size or 0,
            total_bytes=copy.file_size,
            started_at=stamp,
            finished_at=stamp,
        )
        return row, "already_downloaded"
    if needs_approval:
        row = await Download.create(**fields, status=DownloadStatus.PENDING_APPROVAL)
        return row, "awaiting_approval"
    # Someone is already fetching this video into this folder: share their job.
    active = (
        await Download.filter(
            media_key=key, status__in=[DownloadStatus.QUEUED, DownloadStatus.RUNNING]
        )
        .exclude(job_id=None)
        .order_by("id")
        .first()
    )
    if active is not None:
        row = await Download.create(
            **fields,
            job_id=active.job_id,  # type: ignore[attr-defined]
            status=active.status,
            phase=active.phase,
            progress=active.progress,
        )
        return row, "queued"
    row = await Download.create(**fields, status=DownloadStatus.QUEUED)
    await _start_job(row, viewer)
    return row, "queued"


async def _start_job(row: Download, owner: User) -> None:
    job = await jobs.create_job(
        JOB_KIND, f"Download: {row.title}"[:200], owner=owner, payload={}, max_attempts=3
    )
    row.job_id = job.id  # type: ignore[attr-defined]
    await Download.filter(id=row.id).update(job_id=job.id)


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
        await _start_job(video, owner)
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
            await _start_job(video, owner)
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
