"""GraphQL types of downloads: a download and its queue, previews, the answers to an enqueue,
quotas."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from medianest.api.context import Context
from medianest.api.pagination import (
    PageInfo,
    bounded_first,
    decode_cursor,
    encode_cursor,
    page_info,
)
from medianest.api.results import ValidationError
from medianest.core.errors import InvalidInput
from medianest.core.paging import Page
from medianest.downloads import models, queue, service
from medianest.downloads import preview as previews
from medianest.users.schema import UserType

DownloadStatus = strawberry.enum(models.DownloadStatus, name="DownloadStatus")
DownloadPhase = strawberry.enum(models.DownloadPhase, name="DownloadPhase")
DownloadKind = strawberry.enum(models.DownloadKind, name="DownloadKind")
DownloadQuality = strawberry.enum(models.Quality, name="DownloadQuality")
DownloadContainer = strawberry.enum(models.Container, name="DownloadContainer")
DownloadErrorCode = strawberry.enum(models.ErrorCode, name="DownloadErrorCode")


def parse_id(raw: strawberry.ID) -> int:
    try:
        return int(raw)
    except ValueError as exc:
        raise InvalidInput("Download ids are numbers.") from exc


@strawberry.type(name="Download")
class DownloadType:
    id: strawberry.ID
    kind: DownloadKind  # type: ignore[valid-type]
    url: str
    site: str
    title: str
    channel: str | None
    duration_seconds: int | None
    thumbnail_url: str | None
    quality: DownloadQuality  # type: ignore[valid-type]
    container: DownloadContainer  # type: ignore[valid-type]
    status: DownloadStatus  # type: ignore[valid-type]
    phase: DownloadPhase  # type: ignore[valid-type]
    progress: float = strawberry.field(
        description="0 to 1; a playlist's is the average of its videos'."
    )
    downloaded_bytes: float
    total_bytes: float | None
    speed_bytes_per_second: float | None
    eta_seconds: int | None
    entry_count: int = strawberry.field(description="Videos in a playlist; 1 for a video.")
    completed_count: int
    error_code: DownloadErrorCode | None  # type: ignore[valid-type]
    error_message: str | None = strawberry.field(
        description="What went wrong, in words for people, with what to try."
    )
    attempts: int
    file_name: str | None = strawberry.field(description="Path inside the download library.")
    file_size: float | None
    decline_reason: str | None
    parent_id: strawberry.ID | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    updated_at: datetime
    can_cancel: bool
    can_retry: bool
    owner_id: strawberry.Private[int]

    @strawberry.field(description="Who asked for it.")
    async def owner(self, info: Info[Context, Any]) -> UserType | None:
        user = await info.context.loaders.user_by_id.load(self.owner_id)
        return UserType.from_model(user) if user else None

    @strawberry.field(description="A playlist's videos, in playlist order.")
    async def children(
        self, info: Info[Context, Any], first: int = 50, after: str | None = None
    ) -> DownloadConnection:
        if self.kind is not models.DownloadKind.PLAYLIST:
            return DownloadConnection.of(Page([], False, 0))
        page = await queue.children_of(
            info.context.require_viewer(),
            int(self.id),
            first=bounded_first(first),
            after_id=decode_cursor("download", after),
        )
        return DownloadConnection.of(page)

    @classmethod
    def from_snapshot(cls, data: dict[str, Any]) -> DownloadType:
        return cls.from_view(service.DownloadView.from_snapshot(data))

    @classmethod
    def from_view(cls, view: service.DownloadView) -> DownloadType:
        return cls(
            id=strawberry.ID(str(view.id)),
            kind=view.kind,
            url=view.url,
            site=view.site,
            title=view.title,
            channel=view.channel,
            duration_seconds=view.duration_s,
            thumbnail_url=view.thumbnail_url,
            quality=view.quality,
            container=view.container,
            status=view.status,
            phase=view.phase,
            progress=view.progress,
            downloaded_bytes=float(view.downloaded_bytes),
            total_bytes=float(view.total_bytes) if view.total_bytes is not None else None,
            speed_bytes_per_second=view.speed_bps,
            eta_seconds=view.eta_s,
            entry_count=view.entry_count,
            completed_count=view.completed_count,
            error_code=view.error_code,
            error_message=view.error_message,
            attempts=view.attempts,
            file_name=view.file_path,
            file_size=float(view.file_size) if view.file_size is not None else None,
            decline_reason=view.decline_reason,
            parent_id=strawberry.ID(str(view.parent_id)) if view.parent_id else None,
            created_at=view.created_at,
            started_at=view.started_at,
            finished_at=view.finished_at,
            updated_at=view.updated_at,
            can_cancel=view.can_cancel,
            can_retry=view.can_retry,
            owner_id=view.owner_id,
        )


@strawberry.type
class DownloadEdge:
    cursor: str
    node: DownloadType


@strawberry.type
class DownloadConnection:
    edges: list[DownloadEdge]
    page_info: PageInfo
    total_count: int

    @classmethod
    def of(cls, page: Page[service.DownloadView]) -> DownloadConnection:
        edges = [
            DownloadEdge(cursor=encode_cursor("download", v.id), node=DownloadType.from_view(v))
            for v in page.rows
        ]
        return cls(edges=edges, page_info=page_info(edges, page.has_next), total_count=page.total)


@strawberry.type
class DownloadPreviewEntry:
    video_id: str
    title: str
    duration_seconds: int | None
    url: str
    too_long: bool = strawberry.field(description="Skipped when queued: over the length limit.")


@strawberry.type
class DownloadPreview:
    url: str
    site: str
    is_playlist: bool
    title: str
    channel: str | None
    duration_seconds: int | None
    thumbnail_url: str | None
    entry_count: int
    entries: list[DownloadPreviewEntry] = strawberry.field(
        description="A playlist's first videos (at most 50)."
    )
    too_long: bool = strawberry.field(description="Longer than the allowed maximum duration.")
    too_long_count: int = strawberry.field(
        description="A playlist's videos over the length limit (skipped when queued)."
    )
    already_downloaded: bool

    @classmethod
    def of(cls, preview: previews.Preview) -> DownloadPreview:
        return cls(
            url=preview.url,
            site=preview.site,
            is_playlist=preview.is_playlist,
            title=preview.title,
            channel=preview.channel,
            duration_seconds=preview.duration_s,
            thumbnail_url=preview.thumbnail_url,
            entry_count=len(preview.entries) if preview.is_playlist else 1,
            entries=[
                DownloadPreviewEntry(
                    video_id=e.video_id,
                    title=e.title,
                    duration_seconds=e.duration_s,
                    url=e.url,
                    too_long=preview.entry_too_long(e),
                )
                for e in preview.entries[:50]
            ],
            too_long=preview.too_long,
            too_long_count=sum(1 for e in preview.entries if preview.entry_too_long(e)),
            already_downloaded=preview.already_downloaded,
        )


@strawberry.type(description="The URL could not be used; `message` says why and what to try.")
class DownloadRefused:
    code: DownloadErrorCode  # type: ignore[valid-type]
    message: str


DownloadPreviewResult = Annotated[
    DownloadPreview | DownloadRefused | ValidationError,
    strawberry.union("DownloadPreviewResult"),
]


@strawberry.type(description="Queued: a worker picks it up.")
class DownloadQueued:
    download: DownloadType


@strawberry.type(description="Waiting for approval.")
class DownloadAwaitingApproval:
    download: DownloadType


@strawberry.type(description="This video is already in the library in this format.")
class AlreadyDownloaded:
    download: DownloadType


@strawberry.type
class DownloadQuotaExceeded:
    limit: int
    used: int
    requested: int
    resets_at: datetime | None
    message: str


EnqueueDownloadResult = Annotated[
    DownloadQueued
    | DownloadAwaitingApproval
    | AlreadyDownloaded
    | DownloadQuotaExceeded
    | DownloadRefused
    | ValidationError,
    strawberry.union("EnqueueDownloadResult"),
]


@strawberry.input
class EnqueueDownloadInput:
    url: str
    quality: DownloadQuality = models.Quality.BEST  # type: ignore[valid-type]
    container: DownloadContainer = models.Container.MP4  # type: ignore[valid-type]
    max_videos: int | None = strawberry.field(
        default=None, description="A playlist's first N videos only."
    )


@strawberry.type
class DownloadQuota:
    used: int
    limit: int
    remaining: int
    period_hours: int
    resets_at: datetime | None
    needs_approval: bool
    max_duration_minutes: int | None
    max_file_size_mb: int | None
    unlimited: bool = strawberry.field(description="No daily limit applies (admins).")
