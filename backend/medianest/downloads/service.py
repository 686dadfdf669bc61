"""Business rules of downloads: preview, quotas and approval, de-duplication, the queue, cancel
and retry. The work itself runs in ``downloads.worker``."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.expressions import Q

from medianest.core.errors import InvalidInput
from medianest.core.uow import unit_of_work
from medianest.downloads import settings
from medianest.downloads.models import (
    ACTIVE,
    AUDIO_CONTAINERS,
    Container,
    Download,
    DownloadKind,
    DownloadPhase,
    DownloadStatus,
    ErrorCode,
    Quality,
)
from medianest.downloads.names import safe_component
from medianest.downloads.preview import (
    MAX_PLAYLIST_VIDEOS,
    DownloadError,
    Entry,
    Preview,
    extract,
)
from medianest.downloads.views import (
    TOPIC,
    DownloadView,
    now,
    publish,
    refresh_parent,
)
from medianest.downloads.views import can_see as _can_see
from medianest.jobs import service as jobs
from medianest.settings_admin import service as stored
from medianest.users.models import Permission, User

__all__ = ["TOPIC", "DownloadView"]

log = logging.getLogger(__name__)

JOB_KIND = "downloads.video"
QUEUE = "downloads"
QUOTA_PERIOD = timedelta(hours=24)


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


async def preview(viewer: User, url: str) -> Preview:
    """What a link holds, and what that means for this person (too long, already here)."""
    conf, found = await extract(viewer, url)
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
    max_minutes, max_mb = settings.limits_for(conf, viewer)
    return Quota(
        used=used,
        limit=limit,
        remaining=max(limit - used, 0),
        period_hours=24,
        resets_at=resets_at,
        needs_approval=not viewer.has(Permission.DOWNLOAD_NO_APPROVAL),
        max_duration_minutes=max_minutes,
        max_file_size_mb=max_mb,
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
    await start_job(row, viewer)
    return row, "queued"


async def start_job(row: Download, owner: User) -> None:
    job = await jobs.create_job(
        JOB_KIND, f"Download: {row.title}"[:200], owner=owner, payload={}, max_attempts=3
    )
    row.job_id = job.id  # type: ignore[attr-defined]
    await Download.filter(id=row.id).update(job_id=job.id)
