"""GraphQL queries, mutations and subscriptions of downloads: preview, enqueue, the live queue
and approval (the types are in downloads.types, the settings in downloads.schema_settings)."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from medianest.api import live
from medianest.api.context import Context
from medianest.api.pagination import (
    bounded_first,
    decode_cursor,
)
from medianest.api.permissions import Reader, rule
from medianest.api.results import ValidationError
from medianest.api.shared import shared
from medianest.auth.principal import Scope
from medianest.core.errors import PermissionDenied, PublicError
from medianest.downloads import preview as previews
from medianest.downloads import queue, service
from medianest.downloads.types import (
    AlreadyDownloaded,
    DownloadAwaitingApproval,
    DownloadConnection,
    DownloadPreview,
    DownloadPreviewResult,
    DownloadQueued,
    DownloadQuota,
    DownloadQuotaExceeded,
    DownloadRefused,
    DownloadStatus,
    DownloadType,
    EnqueueDownloadInput,
    EnqueueDownloadResult,
    parse_id,
)
from medianest.users.models import Permission

Downloader = rule("Downloader", scope=Scope.DOWNLOAD, permission=Permission.DOWNLOAD)
# Whoever may approve media requests may approve downloads too.
ApproveDownloads = rule(
    "ApproveDownloads", scope=Scope.ADMIN, permission=Permission.MANAGE_REQUESTS
)


def _refused(error: previews.DownloadError) -> DownloadRefused:
    return DownloadRefused(code=error.error_code, message=error.message)


@strawberry.type
class DownloadQuery:
    @strawberry.field(
        permission_classes=[Downloader],
        description="What a URL holds (title, channel, length, a playlist's videos), fetched "
        "without downloading.",
    )
    async def download_preview(self, info: Info[Context, Any], url: str) -> DownloadPreviewResult:
        try:
            preview = await service.preview(info.context.require_viewer(), url)
        except previews.DownloadError as error:
            return _refused(error)
        except PublicError as error:
            if error.code == "BAD_USER_INPUT":
                return ValidationError.from_error(error)
            raise
        return DownloadPreview.of(preview)

    @strawberry.field(
        permission_classes=[Reader],
        description="Downloads and playlists (not their videos), newest first: the viewer's, "
        "or with `everyone` (admins) all of them.",
    )
    async def downloads(
        self,
        info: Info[Context, Any],
        first: int = 20,
        after: str | None = None,
        status: DownloadStatus | None = None,  # type: ignore[valid-type]
        everyone: bool = False,
        active: Annotated[
            bool | None,
            strawberry.argument(
                description="true: waiting, queued or running; false: finished, failed, "
                "cancelled or declined."
            ),
        ] = None,
    ) -> DownloadConnection:
        page = await queue.list_downloads(
            info.context.require_viewer(),
            first=bounded_first(first),
            after_id=decode_cursor("download", after),
            status=status,
            everyone=everyone,
            active=active,
        )
        return DownloadConnection.of(page)

    @strawberry.field(permission_classes=[Reader])
    async def download(self, info: Info[Context, Any], id: strawberry.ID) -> DownloadType | None:
        view = await queue.find(info.context.require_viewer(), parse_id(id))
        return DownloadType.from_view(view) if view else None

    @strawberry.field(permission_classes=[Reader])
    async def download_quota(self, info: Info[Context, Any]) -> DownloadQuota:
        quota = await service.quota(info.context.require_viewer())
        return DownloadQuota(
            used=quota.used,
            limit=quota.limit,
            remaining=quota.remaining,
            period_hours=quota.period_hours,
            resets_at=quota.resets_at,
            needs_approval=quota.needs_approval,
            max_duration_minutes=quota.max_duration_minutes,
            max_file_size_mb=quota.max_file_size_mb,
            unlimited=quota.unlimited,
        )

    @strawberry.field(
        permission_classes=[ApproveDownloads],
        description="Downloads waiting for approval, oldest first.",
    )
    async def download_approvals(
        self, info: Info[Context, Any], first: int = 20, after: str | None = None
    ) -> DownloadConnection:
        page = await queue.pending_approval(
            info.context.require_viewer(),
            first=bounded_first(first),
            after_id=decode_cursor("download", after),
        )
        return DownloadConnection.of(page)


@strawberry.type
class DownloadMutation:
    @strawberry.mutation(permission_classes=[Downloader])
    async def enqueue_download(
        self, info: Info[Context, Any], input: EnqueueDownloadInput
    ) -> EnqueueDownloadResult:
        try:
            outcome = await service.enqueue(
                info.context.require_viewer(),
                input.url,
                quality=input.quality,
                container=input.container,
                max_videos=input.max_videos,
            )
        except previews.DownloadError as error:
            return _refused(error)
        except service.QuotaExceeded as error:
            return DownloadQuotaExceeded(
                limit=error.limit,
                used=error.used,
                requested=error.requested,
                resets_at=error.resets_at,
                message=error.message,
            )
        except PublicError as error:
            if error.code == "BAD_USER_INPUT":
                return ValidationError.from_error(error)
            raise
        download = DownloadType.from_view(outcome.view)
        if outcome.kind == "already_downloaded":
            return AlreadyDownloaded(download=download)
        if outcome.kind == "awaiting_approval":
            return DownloadAwaitingApproval(download=download)
        return DownloadQueued(download=download)

    @strawberry.mutation(permission_classes=[Downloader])
    async def cancel_download(self, info: Info[Context, Any], id: strawberry.ID) -> DownloadType:
        view = await queue.cancel(info.context.require_viewer(), parse_id(id))
        return DownloadType.from_view(view)

    @strawberry.mutation(permission_classes=[Downloader])
    async def retry_download(self, info: Info[Context, Any], id: strawberry.ID) -> DownloadType:
        view = await queue.retry(info.context.require_viewer(), parse_id(id))
        return DownloadType.from_view(view)

    @strawberry.mutation(permission_classes=[ApproveDownloads])
    async def approve_download(self, info: Info[Context, Any], id: strawberry.ID) -> DownloadType:
        view = await queue.approve(info.context.require_viewer(), parse_id(id))
        return DownloadType.from_view(view)

    @strawberry.mutation(permission_classes=[ApproveDownloads])
    async def decline_download(
        self, info: Info[Context, Any], id: strawberry.ID, reason: str | None = None
    ) -> DownloadType:
        view = await queue.decline(info.context.require_viewer(), parse_id(id), reason)
        return DownloadType.from_view(view)


@strawberry.type
class DownloadSubscription:
    @strawberry.subscription(
        permission_classes=[Reader],
        description="Every change to a download the viewer may see (progress at most twice a "
        "second per download); given an id, its current state first.",
    )
    async def download_updated(
        self,
        info: Info[Context, Any],
        id: strawberry.ID | None = None,
        everyone: Annotated[
            bool,
            strawberry.argument(description="Admins: everyone's downloads, not only their own."),
        ] = False,
    ) -> AsyncGenerator[DownloadType, None]:
        viewer = info.context.require_viewer()
        if everyone and not viewer.is_admin:
            raise PermissionDenied("Only admins follow everyone's downloads.")
        only = parse_id(id) if id is not None else None
        if only is not None:
            current = await queue.find(viewer, only)
            if current is not None:
                yield DownloadType.from_view(current)
        if only is None:
            audience = "everyone" if everyone else viewer.id
            key = live.group_key(info, audience)
            stream = live.shared_events(info.context, key, service.TOPIC)
        else:
            stream = live.events(info.context, service.TOPIC)
        async for event in stream:
            if event.is_resync:
                for view in await queue.recently_changed(viewer, only, everyone=everyone):
                    yield DownloadType.from_view(view)
                continue
            data = event.payload
            if only is not None and data.get("id") != only and data.get("parent_id") != only:
                continue
            owner_id = data.get("owner_id")
            if (
                owner_id == viewer.id
                or (everyone and service.can_see(viewer, owner_id))
                or (only is not None and service.can_see(viewer, owner_id))
            ):
                # Everyone who may see it sees the same thing: build and execute it once.
                yield shared(data, DownloadType.from_snapshot)
