"""A download as the API and the live feed show it, and the writes that keep rows, playlists
and subscribers in step."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from medianest.core import jobs as transport
from medianest.downloads.models import (
    ACTIVE,
    Container,
    Download,
    DownloadKind,
    DownloadPhase,
    DownloadStatus,
    ErrorCode,
    Quality,
)

TOPIC = "downloads"


def now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class DownloadView:
    id: int
    owner_id: int
    parent_id: int | None
    kind: DownloadKind
    url: str
    site: str
    title: str
    channel: str | None
    duration_s: int | None
    thumbnail_url: str | None
    quality: Quality
    container: Container
    status: DownloadStatus
    phase: DownloadPhase
    progress: float
    downloaded_bytes: int
    total_bytes: int | None
    speed_bps: float | None
    eta_s: int | None
    entry_count: int
    completed_count: int
    error_code: ErrorCode | None
    error_message: str | None
    attempts: int
    file_path: str | None
    file_size: int | None
    decline_reason: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    updated_at: datetime

    @property
    def can_cancel(self) -> bool:
        return self.status in ACTIVE

    @property
    def can_retry(self) -> bool:
        if self.kind is DownloadKind.PLAYLIST:
            return self.status in (DownloadStatus.FAILED, DownloadStatus.CANCELLED)
        return self.status in (DownloadStatus.FAILED, DownloadStatus.CANCELLED)

    @classmethod
    def of(cls, row: Download) -> DownloadView:
        return cls(
            id=row.id,
            owner_id=row.owner_id,  # type: ignore[attr-defined]
            parent_id=row.parent_id,  # type: ignore[attr-defined]
            kind=row.kind,
            url=row.url,
            site=row.site,
            title=row.title,
            channel=row.channel,
            duration_s=row.duration_s,
            thumbnail_url=row.thumbnail_url,
            quality=row.quality,
            container=row.container,
            status=row.status,
            phase=row.phase,
            progress=row.progress,
            downloaded_bytes=row.downloaded_bytes,
            total_bytes=row.total_bytes,
            speed_bps=row.speed_bps,
            eta_s=row.eta_s,
            entry_count=row.entry_count,
            completed_count=row.completed_count,
            error_code=row.error_code,
            error_message=row.error_message,
            attempts=row.attempts,
            file_path=row.file_path,
            file_size=row.file_size,
            decline_reason=row.decline_reason,
            created_at=row.created_at,
            started_at=row.started_at,
            finished_at=row.finished_at,
            updated_at=row.updated_at,
        )

    def snapshot(self) -> dict[str, Any]:
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, datetime):
                data[key] = value.isoformat()
            elif hasattr(value, "value"):
                data[key] = value.value
        return data

    @classmethod
    def from_snapshot(cls, data: dict[str, Any]) -> DownloadView:
        def ts(key: str) -> datetime | None:
            value = data.get(key)
            return datetime.fromisoformat(value) if value else None

        code = data.get("error_code")
        return cls(
            **{
                **data,
                "kind": DownloadKind(data["kind"]),
                "quality": Quality(data["quality"]),
                "container": Container(data["container"]),
                "status": DownloadStatus(data["status"]),
                "phase": DownloadPhase(data["phase"]),
                "error_code": ErrorCode(code) if code else None,
                "created_at": ts("created_at") or now(),
                "started_at": ts("started_at"),
                "finished_at": ts("finished_at"),
                "updated_at": ts("updated_at") or now(),
            }
        )


def can_see(viewer_id: int, is_admin: bool, owner_id: int | None) -> bool:
    return is_admin or (owner_id is not None and owner_id == viewer_id)


async def publish(rows: list[Download]) -> None:
    for row in rows:
        await transport.publish(TOPIC, DownloadView.of(row).snapshot())


async def update_rows(query_filter: dict[str, Any], **changes: Any) -> list[Download]:
    """Apply ``changes`` to the matching rows, publish them, and refresh their playlists."""
    ids = list(await Download.filter(**query_filter).values_list("id", flat=True))
    if not ids:
        return []
    changes["updated_at"] = now()
    await Download.filter(id__in=ids).update(**changes)
    rows = list(await Download.filter(id__in=ids))
    await publish(rows)
    parents = {r.parent_id for r in rows if r.parent_id}  # type: ignore[attr-defined]
    for parent_id in parents:
        await refresh_parent(parent_id)
    return rows


def _playlist_status(statuses: list[DownloadStatus]) -> DownloadStatus:
    present = set(statuses)
    for status in (
        DownloadStatus.RUNNING,
        DownloadStatus.QUEUED,
        DownloadStatus.PENDING_APPROVAL,
    ):
        if status in present:
            return status
    if present <= {DownloadStatus.DECLINED}:
        return DownloadStatus.DECLINED
    if DownloadStatus.FAILED in present:
        return DownloadStatus.FAILED
    if present <= {DownloadStatus.CANCELLED}:
        return DownloadStatus.CANCELLED
    return DownloadStatus.COMPLETED


async def refresh_parent(parent_id: int) -> None:
    """A playlist's status and progress from its videos': progress is their sum."""
    children = await Download.filter(parent_id=parent_id).values(
        "status", "progress", "downloaded_bytes", "total_bytes", "speed_bps", "file_size"
    )
    if not children:
        return
    statuses = [DownloadStatus(c["status"]) for c in children]
    completed = sum(1 for s in statuses if s is DownloadStatus.COMPLETED)
    failed = sum(1 for s in statuses if s is DownloadStatus.FAILED)
    status = _playlist_status(statuses)
    running = [c for c in children if c["status"] == DownloadStatus.RUNNING.value]
    changes: dict[str, Any] = {
        "status": status,
        "progress": sum(float(c["progress"]) for c in children) / len(children),
        "completed_count": completed,
        "entry_count": len(children),
        "downloaded_bytes": sum(int(c["downloaded_bytes"] or 0) for c in children),
        "speed_bps": sum(float(c["speed_bps"] or 0) for c in running) or None,
        "file_size": sum(int(c["file_size"] or 0) for c in children) or None,
        "phase": DownloadPhase.DONE
        if status not in ACTIVE
        else (DownloadPhase.DOWNLOADING if running else DownloadPhase.WAITING),
        "error_code": None,
        "error_message": f"{failed} of {len(children)} videos failed." if failed else None,
        "updated_at": now(),
    }
    parent = await Download.get_or_none(id=parent_id)
    if parent is None:
        return
    finishing = status not in ACTIVE and parent.finished_at is None
    if finishing:
        changes["finished_at"] = now()
    if status in ACTIVE:
        changes["finished_at"] = None
    if running and parent.started_at is None:
        changes["started_at"] = now()
    await Download.filter(id=parent_id).update(**changes)
    for key, value in changes.items():
        setattr(parent, key, value)
    await publish([parent])
    if finishing:
        from medianest.downloads.collections import maybe_start

        await _tell_playlist_owner(parent, failed)
        await maybe_start(parent)


async def _tell_playlist_owner(parent: Download, failed: int) -> None:
    from medianest.notifications.models import Kind
    from medianest.notifications.service import notify_id

    if parent.status is DownloadStatus.COMPLETED:
        kind, title = Kind.DOWNLOAD_FINISHED, f"Saved to Plex: {parent.title}"
        body = f"{parent.completed_count} of {parent.entry_count} videos."
    elif parent.status is DownloadStatus.FAILED:
        kind, title = Kind.DOWNLOAD_FAILED, f"Playlist incomplete: {parent.title}"
        body = f"{failed} of {parent.entry_count} videos failed; retry them from Downloads."
    else:
        return
    await notify_id(parent.owner_id, kind, title, body, "/downloads")  # type: ignore[attr-defined]
