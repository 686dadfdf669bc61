"""Business rules of the library: sync jobs, browse, recently added, availability (search is
in library.search)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tortoise.expressions import Q
from tortoise.functions import Count
from tortoise.queryset import QuerySet

from medianest.core.errors import NotFound
from medianest.core.metrics import (
    LIBRARY_SYNC_DURATION,
    LIBRARY_SYNC_ITEMS,
    LIBRARY_SYNC_LAST,
    LIBRARY_SYNC_REQUESTS,
)
from medianest.jobs import service as jobs
from medianest.library.models import ItemType, LibrarySection, MediaItem
from medianest.library.sync import Syncer
from medianest.plex.clients import plex_server
from medianest.users.models import User

SYNC_KIND = "library.sync"
BROWSABLE = (ItemType.MOVIE, ItemType.SHOW)


class SyncMode(StrEnum):
    FULL = "full"
    INCREMENTAL = "incremental"


async def _run_sync(ctx: jobs.JobContext) -> dict[str, Any]:
    mode = SyncMode(ctx.job.payload.get("mode", SyncMode.FULL))
    syncer = Syncer(await plex_server(), progress=ctx.progress)
    # A full sync an admin asked for reads everything; the scheduled one skips what Plex says
    # has not changed.
    force = ctx.job.owner_id is not None  # type: ignore[attr-defined]
    started = time.monotonic()
    report = await (syncer.full(force=force) if mode is SyncMode.FULL else syncer.incremental())
    LIBRARY_SYNC_DURATION.labels(mode.value).observe(time.monotonic() - started)
    for change in ("seen", "written", "removed"):
        LIBRARY_SYNC_ITEMS.labels(mode.value, change).inc(getattr(report, change))
    LIBRARY_SYNC_REQUESTS.labels(mode.value).inc(report.requests)
    LIBRARY_SYNC_LAST.labels(mode.value).set_to_current_time()
    await ctx.progress(1.0, report.summary())
    return {
        "seen": report.seen,
        "written": report.written,
        "removed": report.removed,
        "requests": report.requests,
        "unchanged_sections": report.skipped,
    }


jobs.register_kind(jobs.JobKind(name=SYNC_KIND, handler=_run_sync, queue="default"))


async def start_sync(owner: User | None, mode: SyncMode) -> Any:
    from medianest.jobs.models import Job, JobStatus

    running = await Job.filter(
        kind=SYNC_KIND, status__in=[JobStatus.QUEUED, JobStatus.RUNNING]
    ).first()
    if running is not None:
        return running  # one sync at a time; asking again shows the one under way
    title = "Library sync" if mode is SyncMode.FULL else "Library sync (changes)"
    return await jobs.create_job(
        SYNC_KIND, title, owner=owner, payload={"mode": mode.value}, max_attempts=2
    )


class Sort(StrEnum):
    TITLE = "title"
    ADDED = "added"
    YEAR = "year"
    RATING = "rating"


SORTS = {
    Sort.TITLE: ("sort_title", "id"),
    Sort.ADDED: ("-added_at", "-id"),
    Sort.YEAR: ("-year", "sort_title"),
    Sort.RATING: ("-rating", "sort_title"),
}


@dataclass(frozen=True)
class Browse:
    section_key: str | None = None
    type: ItemType | None = None
    year: int | None = None
    genre: str | None = None
    unwatched: bool | None = None
    sort: Sort = Sort.TITLE


def _filtered(browse: Browse) -> QuerySet[MediaItem]:
    query = MediaItem.filter(type__in=[browse.type] if browse.type else list(BROWSABLE))
    if browse.section_key:
        query = query.filter(section_key=browse.section_key)
    if browse.year is not None:
        query = query.filter(year=browse.year)
    if browse.genre:
        query = query.filter(genres__contains=[browse.genre])
    if browse.unwatched:
        query = query.filter(Q(view_count__isnull=True) | Q(view_count=0))
    return query


async def browse(browse: Browse, *, first: int, offset: int) -> tuple[list[MediaItem], bool, int]:
    """A page of items. Pages are offsets into a stable order (the order breaks ties by id)."""
    query = _filtered(browse)
    total = await query.count()
    rows = await query.order_by(*SORTS[browse.sort]).offset(offset).limit(first + 1)
    return rows[:first], len(rows) > first, total


async def item(rating_key: str) -> MediaItem:
    row = await MediaItem.get_or_none(rating_key=rating_key)
    if row is None:
        raise NotFound("That title is not in the library (any more).")
    return row


async def children(parent_keys: list[str]) -> dict[str, list[MediaItem]]:
    rows = await MediaItem.filter(parent_key__in=parent_keys).order_by("index", "id")
    out: dict[str, list[MediaItem]] = {key: [] for key in parent_keys}
    for row in rows:
        if row.parent_key is not None:
            out[row.parent_key].append(row)
    return out


async def recently_added(first: int) -> list[MediaItem]:
    from medianest.library.cache import cache

    return await cache.recently_added(first)


async def query_recently_added(first: int) -> list[MediaItem]:
    return list(
        await MediaItem.filter(type__in=[ItemType.MOVIE, ItemType.EPISODE, ItemType.SHOW])
        .order_by("-added_at", "-id")
        .limit(first)
    )


async def item_counts() -> list[tuple[str, int]]:
    """(type, how many) of the items stored."""
    rows = await MediaItem.annotate(n=Count("id")).group_by("type").values_list("type", "n")
    return [(str(kind), int(n)) for kind, n in rows]


async def sections() -> list[LibrarySection]:
    return list(await LibrarySection.all().order_by("title"))


async def by_tmdb(tmdb_ids: list[int]) -> dict[int, MediaItem]:
    rows = await MediaItem.filter(tmdb_id__in=tmdb_ids, type__in=list(BROWSABLE))
    return {r.tmdb_id: r for r in rows if r.tmdb_id is not None}
