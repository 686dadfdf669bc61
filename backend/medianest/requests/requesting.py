"""Making a request: checks first (permission, already on Plex, already requested, quota), a
local row that is the source of truth, then Overseerr as that user. If Overseerr is down the
request stays queued and a job submits it once Overseerr answers; it is never sent twice."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.expressions import Q

from medianest.core import jobs as transport
from medianest.core.errors import InvalidInput, PermissionDenied
from medianest.core.http import ServiceUnavailable
from medianest.jobs import service as jobs
from medianest.library import service as library
from medianest.requests.client import OverseerrClient, RequestRefused
from medianest.requests.models import OPEN_STATUSES, MediaRequest, OverseerrAccount, RequestStatus
from medianest.requests.service import client
from medianest.settings_admin import service as settings_service
from medianest.users.models import Permission, User

log = logging.getLogger(__name__)

TOPIC = "requests"
SUBMIT_KIND = "requests.submit"
WEEK = timedelta(days=7)
CLAIM_FOR = timedelta(seconds=60)
FROM_OVERSEERR = {
    1: RequestStatus.PENDING,
    2: RequestStatus.APPROVED,
    3: RequestStatus.DECLINED,
    4: RequestStatus.FAILED,
    5: RequestStatus.AVAILABLE,
}


@dataclass(frozen=True)
class Outcome:
    kind: str  # requested | queued | already_requested | already_available | quota_exceeded
    request: MediaRequest | None = None
    resets_at: datetime | None = None
    limit: int | None = None


def snapshot(row: MediaRequest) -> dict[str, Any]:
    return {
        "id": row.id,
        "user_id": row.user_id,  # type: ignore[attr-defined]
        "status": row.status.value,
        "title": row.title,
    }


async def publish_change(row: MediaRequest) -> None:
    await transport.publish(TOPIC, snapshot(row))


async def notify_status(row: MediaRequest) -> None:
    """Tell the requester their request changed to approved, declined or available."""
    from medianest.notifications.service import notify_id

    message = status_message(row)
    if message is not None:
        await notify_id(message.user_id, message.kind, message.title, message.body, message.link)


def status_message(row: MediaRequest) -> Any:
    """The notification for a request's new status, or None when there is nothing to say."""
    from medianest.notifications.models import Kind
    from medianest.notifications.service import Message

    name = f"{row.title} ({row.year})" if row.year else row.title
    reason = f"Reason: {row.decline_reason}" if row.decline_reason else ""
    messages = {
        RequestStatus.APPROVED: (
            Kind.REQUEST_APPROVED,
            f"Request approved: {name}",
            "It will be on Plex once it has been downloaded.",
        ),
        RequestStatus.DECLINED: (Kind.REQUEST_DECLINED, f"Request declined: {name}", reason),
        RequestStatus.AVAILABLE: (
            Kind.REQUEST_AVAILABLE,
            f"Now on Plex: {name}",
            "Your request is ready to watch.",
        ),
    }
    if row.status not in messages:
        return None
    kind, title, body = messages[row.status]
    owner: int = row.user_id  # type: ignore[attr-defined]
    return Message(owner, kind, title, body, "/requests")


async def quota(user: User) -> tuple[int, int, datetime | None]:
    """(used, limit, when the oldest counted request leaves the window)."""
    defaults = await settings_service.load(settings_service.UserDefaults)
    limit = (
        user.requests_per_week
        if user.requests_per_week is not None
        else (defaults.requests_per_week)
    )
    since = datetime.now(UTC) - WEEK
    counted = MediaRequest.filter(user=user, created_at__gte=since).exclude(
        status__in=[RequestStatus.DECLINED, RequestStatus.FAILED]
    )
    used = await counted.count()
    oldest = await counted.order_by("created_at").first()
    return used, limit, (oldest.created_at + WEEK) if oldest else None


async def request_media(
    user: User,
    *,
    media_type: str,
    tmdb_id: int,
    title: str,
    year: int | None,
    poster_path: str | None,
    seasons: list[int] | None,
    is4k: bool,
    note: str,
) -> Outcome:
    if not user.has(Permission.REQUEST):
        raise PermissionDenied("You may not request media.")
    if media_type not in {"movie", "tv"}:
        raise InvalidInput("Request a movie or a show.", field="mediaType")
    if is4k and not user.is_admin:
        raise PermissionDenied("4K requests are for admins.", field="is4k")
    clean_seasons = sorted(set(seasons or []))
    if media_type == "movie" and clean_seasons:
        raise InvalidInput("Movies have no seasons.", field="seasons")
    if any(s < 0 for s in clean_seasons):
        raise InvalidInput("Season numbers start at 0.", field="seasons")
    if (await library.by_tmdb([tmdb_id])).get(tmdb_id) is not None:
        return Outcome("already_available")
    existing = await MediaRequest.filter(
        tmdb_id=tmdb_id, media_type=media_type, is4k=is4k, status__in=list(OPEN_STATUSES)
    ).first()
    if existing is not None and (
        media_type == "movie" or not clean_seasons or set(clean_seasons) <= set(existing.seasons)
    ):
        return Outcome("already_requested", request=existing)
    used, limit, resets = await quota(user)
    if used >= limit:
        return Outcome("quota_exceeded", resets_at=resets, limit=limit)
    row = await MediaRequest.create(
        user=user,
        media_type=media_type,
        tmdb_id=tmdb_id,
        title=title[:300],
        year=year,
        poster_path=poster_path,
        seasons=clean_seasons,
        is4k=is4k,
        note=note.strip()[:500],
    )
    submitted = await submit(row.id)
    if submitted.status is RequestStatus.QUEUED:
        await jobs.create_job(
            SUBMIT_KIND,
            f"Send request: {row.title}",
            owner=user,
            payload={"request_id": row.id},
            max_attempts=10_000,
        )
        return Outcome("queued", request=submitted)
    return Outcome("requested", request=submitted)


async def submit(request_id: int) -> MediaRequest:
    """Send a queued request to Overseerr as its user. Idempotent: a request Overseerr already
    has is left alone; while Overseerr is down the request stays queued."""
    stamp = datetime.now(UTC)
    claimed = await MediaRequest.filter(
        Q(id=request_id, status=RequestStatus.QUEUED, overseerr_id=None)
        & (Q(submitted_at=None) | Q(submitted_at__lt=stamp - CLAIM_FOR))
    ).update(submitted_at=stamp)
    row = await MediaRequest.get(id=request_id).prefetch_related("user")
    if not claimed:
        return row  # sent already, or being sent by another worker right now
    try:
        overseerr = await client()
        acting = await _overseerr_user(overseerr, row.user)
        created = await overseerr.create_request(
            acting_user=acting,
            media_type=row.media_type,
            tmdb_id=row.tmdb_id,
            seasons=row.seasons or None,
            is4k=row.is4k,
        )
    except ServiceUnavailable:
        await MediaRequest.filter(id=request_id).update(submitted_at=None)
        row.submitted_at = None
        return row
    except RequestRefused as refused:
        row.status = RequestStatus.FAILED
        row.error = refused.message[:500]
        await row.save(update_fields=["status", "error", "updated_at"])
        await publish_change(row)
        return row
    row.overseerr_id = created.id
    row.status = FROM_OVERSEERR.get(created.status, RequestStatus.PENDING)
    row.submitted_at = datetime.now(UTC)
    await row.save(update_fields=["overseerr_id", "status", "submitted_at", "updated_at"])
    await publish_change(row)
    return row


async def _overseerr_user(client: OverseerrClient, user: User) -> int:
    link = await OverseerrAccount.get_or_none(user_id=user.id)
    if link is not None:
        return int(link.overseerr_id)
    if user.plex_id is None:
        raise RequestRefused(
            403, "Your account is not linked to Plex, so Overseerr cannot take requests from it."
        )
    found = await client.user_by_plex_id(user.plex_id)
    if found is None:
        found = await client.import_plex_user(user.plex_id)
    if found is None:
        raise RequestRefused(403, "Overseerr could not import your Plex account.")
    await OverseerrAccount.get_or_create(defaults={"overseerr_id": found}, user_id=user.id)
    return found


async def _run_submit(ctx: jobs.JobContext) -> dict[str, Any] | None:
    row = await submit(int(ctx.job.payload["request_id"]))
    if row.status is RequestStatus.QUEUED:
        raise ServiceUnavailable("Overseerr", "Overseerr is still unreachable; will retry.")
    return {"status": row.status.value}


jobs.register_kind(jobs.JobKind(name=SUBMIT_KIND, handler=_run_submit))


async def mine(user: User, *, first: int, after_id: int | None) -> Any:
    from medianest.core.paging import keyset

    return await keyset(MediaRequest.filter(user=user), first=first, after_id=after_id)
