"""Catching what a webhook missed: page through Overseerr's requests, most recently modified
first, and bring the status of the requests MediaNest made up to date. Pages only (no look-up
per request), and it stops at the first page with nothing modified since the last run."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from medianest.notifications.service import notify_many
from medianest.requests.client import _year, query_string
from medianest.requests.models import MediaRequest, OverseerrAccount, RequestStatus
from medianest.requests.requesting import publish_change, status_message
from medianest.requests.service import client as overseerr_client
from medianest.settings_admin.models import ServiceSetting
from medianest.users.models import User

PAGE = 100
STATE = "requests_sync"
TITLE_LOOKUPS_PER_RUN = 25


def status_of(remote: dict[str, Any], is4k: bool) -> RequestStatus:
    request_status = int(remote.get("status") or 1)
    media = remote.get("media") or {}
    media_status = int(media.get("status4k" if is4k else "status") or 1)
    if request_status == 3:
        return RequestStatus.DECLINED
    if request_status == 4:
        return RequestStatus.FAILED
    if media_status == 5 or request_status == 5:
        return RequestStatus.AVAILABLE
    if media_status == 4:
        return RequestStatus.PARTIALLY_AVAILABLE
    if request_status == 2:
        return RequestStatus.PROCESSING if media_status == 3 else RequestStatus.APPROVED
    return RequestStatus.PENDING


def _modified(remote: dict[str, Any]) -> datetime | None:
    text = str(remote.get("updatedAt") or "")
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None
    except ValueError:
        return None


@dataclass
class SyncReport:
    pages: int = 0
    seen: int = 0
    updated: int = 0
    titled: int = 0


async def sync_statuses() -> SyncReport:
    client = await overseerr_client()
    state = await ServiceSetting.get_or_none(name=STATE)
    since_text = (state.data.get("modified_since") if state else None) or ""
    since = datetime.fromisoformat(since_text) if since_text else None
    report = SyncReport()
    newest = since
    skip = 0
    while True:
        response = await client.request(
            "GET",
            "/api/v1/request?"
            + query_string({"take": PAGE, "skip": skip, "filter": "all", "sort": "modified"}),
        )
        data = response.json()
        results: list[dict[str, Any]] = data.get("results") or []
        report.pages += 1
        report.seen += len(results)
        stamps = [s for s in (_modified(r) for r in results) if s is not None]
        if stamps:
            newest = max([newest, *stamps]) if newest else max(stamps)
        report.updated += await _apply(results)
        pages = int((data.get("pageInfo") or {}).get("pages") or 1)
        skip += PAGE
        older = since is not None and stamps and max(stamps) < since
        if not results or skip >= pages * PAGE or older:
            break
    report.titled = await fill_titles()
    if newest is not None:
        await ServiceSetting.update_or_create(
            defaults={"data": {"modified_since": newest.astimezone(UTC).isoformat()}}, name=STATE
        )
    return report


async def _apply(results: list[dict[str, Any]]) -> int:
    by_id = {int(r["id"]): r for r in results if r.get("id") is not None}
    if not by_id:
        return 0
    updated = 0
    known = await MediaRequest.filter(overseerr_id__in=list(by_id))
    seen = {row.overseerr_id for row in known}
    updated += await _import([r for key, r in by_id.items() if key not in seen])
    changed: dict[RequestStatus, list[MediaRequest]] = {}
    for row in known:
        status = status_of(by_id[int(row.overseerr_id or 0)], row.is4k)
        if status is not row.status and row.status is not RequestStatus.DECLINED:
            row.status = status
            changed.setdefault(status, []).append(row)
    # One update per new status, one batch of notifications: a page costs a few queries.
    for status, rows in changed.items():
        await MediaRequest.filter(id__in=[r.id for r in rows]).update(
            status=status, updated_at=datetime.now(UTC)
        )
    messages = []
    for rows in changed.values():
        for row in rows:
            await publish_change(row)
            if (message := status_message(row)) is not None:
                messages.append(message)
            updated += 1
    await notify_many(messages)
    return updated


async def _owner(remote: dict[str, Any]) -> User | None:
    """The MediaNest person behind an Overseerr user: linked before, or the same Plex account
    (then linked for next time)."""
    who = remote.get("requestedBy") or {}
    overseerr_id = who.get("id")
    if overseerr_id is None:
        return None
    link = await OverseerrAccount.get_or_none(overseerr_id=int(overseerr_id)).prefetch_related(
        "user"
    )
    if link is not None:
        return link.user
    plex_id = who.get("plexId")
    user = await User.get_or_none(plex_id=int(plex_id)) if plex_id else None
    if user is not None:
        await OverseerrAccount.update_or_create(
            defaults={"overseerr_id": int(overseerr_id)}, user=user
        )
    return user


async def _import(results: list[dict[str, Any]]) -> int:
    """Requests people made in Overseerr itself: kept too, so 'my requests' shows all of them.
    Titles are filled in afterwards (``fill_titles``), a bounded number per run."""
    imported = 0
    for remote in results:
        media = remote.get("media") or {}
        tmdb_id = media.get("tmdbId")
        kind = str(remote.get("type") or media.get("mediaType") or "")
        owner = await _owner(remote)
        if owner is None or tmdb_id is None or kind not in {"movie", "tv"}:
            continue
        is4k = bool(remote.get("is4k"))
        seasons = [
            int(s["seasonNumber"]) for s in remote.get("seasons") or [] if "seasonNumber" in s
        ]
        row = await MediaRequest.create(
            user=owner,
            media_type=kind,
            tmdb_id=int(tmdb_id),
            title="",
            seasons=seasons,
            is4k=is4k,
            status=status_of(remote, is4k),
            overseerr_id=int(remote["id"]),
            submitted_at=_modified({"updatedAt": remote.get("createdAt")}),
        )
        await publish_change(row)
        imported += 1
    return imported


async def fill_titles(limit: int = TITLE_LOOKUPS_PER_RUN) -> int:
    """Look up the titles of imported requests (one Overseerr call each, a few per run)."""
    client = await overseerr_client()
    filled = 0
    for row in await MediaRequest.filter(title="").order_by("id").limit(limit):
        response = await client.request(
            "GET", f"/api/v1/{row.media_type}/{row.tmdb_id}", expect=(200, 404, 500)
        )
        data = response.json() if response.status_code == 200 else {}
        row.title = str(data.get("title") or data.get("name") or f"TMDB {row.tmdb_id}")[:300]
        row.year = _year(data.get("releaseDate") or data.get("firstAirDate"))
        row.poster_path = data.get("posterPath") or None
        await row.save(update_fields=["title", "year", "poster_path", "updated_at"])
        await publish_change(row)
        filled += 1
    return filled
