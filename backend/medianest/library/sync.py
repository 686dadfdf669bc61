"""Library sync from Plex: page through every section (never per item), stream in bounded memory,
upsert in batches only what changed, remove what disappeared. Incremental sync asks Plex only for
items updated since the last run."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from medianest.library.models import ItemType, LibraryCollection, LibrarySection, MediaItem
from medianest.plex.pms_client import (
    TYPE_EPISODE,
    TYPE_MOVIE,
    TYPE_SEASON,
    TYPE_SHOW,
    PlexServerClient,
)

log = logging.getLogger(__name__)

LIBRARY_TOPIC = "library.changed"
PAGE_SIZE = 1000
# Pages overlap so that items removed while a sync runs cannot shift another item past us.
OVERLAP = 25
DELETE_BATCH = 1000
SECTION_TYPES = {"movie": (TYPE_MOVIE,), "show": (TYPE_SHOW, TYPE_SEASON, TYPE_EPISODE)}
ITEM_TYPES = {
    TYPE_MOVIE: ItemType.MOVIE,
    TYPE_SHOW: ItemType.SHOW,
    TYPE_SEASON: ItemType.SEASON,
    TYPE_EPISODE: ItemType.EPISODE,
}
UPSERT_FIELDS = [
    "section_key",
    "type",
    "parent_key",
    "grandparent_key",
    "title",
    "sort_title",
    "year",
    "index",
    "parent_index",
    "summary",
    "genres",
    "rating",
    "content_rating",
    "duration_ms",
    "child_count",
    "leaf_count",
    "view_count",
    "thumb",
    "art",
    "tmdb_id",
    "imdb_id",
    "tvdb_id",
    "added_at",
    "updated_at",
]

Progress = Callable[[float, str], Awaitable[None]]


FULL_PASS_EVERY = timedelta(days=7)


@dataclass
class SyncReport:
    sections: int = 0
    seen: int = 0
    written: int = 0
    removed: int = 0
    requests: int = 0
    skipped: int = 0  # sections Plex says have not changed since the last full pass
    per_section: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        return (
            f"{self.seen} item(s) in {self.sections} section(s): {self.written} written, "
            f"{self.removed} removed."
        )


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None and value != "" else None
    except (TypeError, ValueError):
        return None


def _external_ids(item: dict[str, Any]) -> tuple[int | None, str | None, int | None]:
    tmdb = imdb = tvdb = None
    for entry in item.get("Guid") or []:
        scheme, _, value = str(entry.get("id", "")).partition("://")
        if scheme == "tmdb":
            tmdb = _int(value)
        elif scheme == "imdb":
            imdb = value[:20] or None
        elif scheme == "tvdb":
            tvdb = _int(value)
    legacy = str(item.get("guid", ""))
    if imdb is None and (match := re.search(r"imdb://(tt\d+)", legacy)):
        imdb = match.group(1)
    if tmdb is None and (match := re.search(r"themoviedb://(\d+)", legacy)):
        tmdb = int(match.group(1))
    if tvdb is None and (match := re.search(r"thetvdb://(\d+)", legacy)):
        tvdb = int(match.group(1))
    return tmdb, imdb, tvdb


def parse_item(item: dict[str, Any], section_key: str, type_: int) -> dict[str, Any]:
    tmdb, imdb, tvdb = _external_ids(item)
    title = str(item.get("title") or "")[:500]
    row: dict[str, Any] = {
        "rating_key": str(item["ratingKey"]),
        "section_key": section_key,
        "type": ITEM_TYPES[type_],
        "parent_key": str(item["parentRatingKey"]) if item.get("parentRatingKey") else None,
        "grandparent_key": (
            str(item["grandparentRatingKey"]) if item.get("grandparentRatingKey") else None
        ),
        "title": title,
        "sort_title": str(item.get("titleSort") or title)[:500],
        "year": _int(item.get("year")),
        "index": _int(item.get("index")),
        "parent_index": _int(item.get("parentIndex")),
        "summary": str(item.get("summary") or ""),
        "genres": [str(g.get("tag")) for g in item.get("Genre") or [] if g.get("tag")],
        "rating": float(item["rating"]) if item.get("rating") is not None else None,
        "content_rating": item.get("contentRating"),
        "duration_ms": _int(item.get("duration")),
        "child_count": _int(item.get("childCount")),
        "leaf_count": _int(item.get("leafCount")),
        "view_count": _int(item.get("viewCount")),
        "thumb": item.get("thumb"),
        "art": item.get("art"),
        "tmdb_id": tmdb,
        "imdb_id": imdb,
        "tvdb_id": tvdb,
        "added_at": _int(item.get("addedAt")) or 0,
        "updated_at": _int(item.get("updatedAt")) or _int(item.get("addedAt")) or 0,
    }
    return row


def _fingerprint(item: dict[str, Any]) -> tuple[int | None, int | None]:
    """What tells a changed item from an unchanged one without parsing it: Plex bumps
    updatedAt on every metadata change; the view count changes without it."""
    return _int(item.get("updatedAt")) or _int(item.get("addedAt")) or 0, _int(
        item.get("viewCount")
    )


async def _upsert(items: list[dict[str, Any]], section_key: str, type_: int) -> int:
    """Write the items that are new or changed; return how many were written."""
    if not items:
        return 0
    keys = [str(i["ratingKey"]) for i in items]
    known = {
        key: (updated, views)
        for key, updated, views in await MediaItem.filter(rating_key__in=keys).values_list(
            "rating_key", "updated_at", "view_count"
        )
    }
    changed = [
        parse_item(i, section_key, type_)
        for i in items
        if known.get(str(i["ratingKey"])) != _fingerprint(i)
    ]
    if not changed:
        return 0
    await MediaItem.bulk_create(
        [MediaItem(**r) for r in changed],
        on_conflict=["rating_key"],
        update_fields=UPSERT_FIELDS,
    )
    return len(changed)


class Syncer:
    def __init__(self, client: PlexServerClient, progress: Progress | None = None) -> None:
        self.client = client
        self.progress = progress
        self.report = SyncReport()
        self._changed_at: dict[str, int | None] = {}

    async def _say(self, fraction: float, message: str) -> None:
        if self.progress is not None:
            await self.progress(fraction, message)

    async def _sections(self) -> list[LibrarySection]:
        remote = [s for s in await self.client.sections() if s.type in SECTION_TYPES]
        self.report.requests += 1
        keep = {s.key for s in remote}
        gone = [s.key for s in await LibrarySection.exclude(key__in=keep)]
        if gone:
            self.report.removed += await MediaItem.filter(section_key__in=gone).delete()
            await LibraryCollection.filter(section_key__in=gone).delete()
            await LibrarySection.filter(key__in=gone).delete()
        rows = []
        self._changed_at = {s.key: s.content_changed_at for s in remote}
        for s in remote:
            row, _ = await LibrarySection.update_or_create(
                defaults={"title": s.title, "type": s.type}, key=s.key
            )
            rows.append(row)
        self.report.sections = len(rows)
        return rows

    def _unchanged(self, section: LibrarySection) -> bool:
        remote = self._changed_at.get(section.key)
        recent = section.full_pass_at is not None and (
            datetime.now(UTC) - section.full_pass_at < FULL_PASS_EVERY
        )
        return remote is not None and remote == section.content_changed_at and recent

    async def full(self, *, force: bool = False) -> SyncReport:
        """Every item of every section; with ``force`` off, a section whose contentChangedAt
        is what it was after the last full pass (less than a week ago) is not read again."""
        sections = await self._sections()
        for n, section in enumerate(sections):
            if not force and self._unchanged(section):
                self.report.skipped += 1
                self.report.per_section[section.key] = section.item_count
                await self._collections(section)
                continue
            changed_at = self._changed_at.get(section.key)
            seen: set[str] = set()
            high_water = section.synced_until
            for type_ in SECTION_TYPES[section.type]:
                keys, total, high_water = await self._pass(
                    section, type_, n, len(sections), high_water
                )
                if len(keys) != total:
                    # Plex changed while we paged: one more pass sees the settled list.
                    keys, total, high_water = await self._pass(
                        section, type_, n, len(sections), high_water
                    )
                seen |= keys
            self.report.removed += await self._remove_missing(section.key, seen)
            await self._collections(section)
            self.report.seen += len(seen)
            self.report.per_section[section.key] = len(seen)
            await self._finish_section(section, len(seen), high_water)
            await LibrarySection.filter(id=section.id).update(
                content_changed_at=changed_at, full_pass_at=datetime.now(UTC)
            )
        await self._announce()
        return self.report

    async def _pass(
        self, section: LibrarySection, type_: int, n: int, of: int, high_water: int
    ) -> tuple[set[str], int, int]:
        """Page through one type of a section, upserting as we go; return the keys seen,
        Plex's final count, and the newest updatedAt."""
        keys: set[str] = set()
        start = 0
        total = 0
        while True:
            page = await self.client.section_page(
                section.key, type_=type_, start=start, size=PAGE_SIZE
            )
            self.report.requests += 1
            total = page.total
            fresh = [i for i in page.items if str(i["ratingKey"]) not in keys]
            keys.update(str(i["ratingKey"]) for i in page.items)
            high_water = max([high_water, *(_fingerprint(i)[0] or 0 for i in page.items)])
            self.report.written += await _upsert(fresh, section.key, type_)
            done = start + len(page.items)
            await self._say(
                (n + min(done / max(total, 1), 1.0)) / max(of, 1),
                f"{section.title}: {len(keys)} items",
            )
            if not page.items or done >= total:
                return keys, total, high_water
            start = done - OVERLAP if len(page.items) > OVERLAP else done

    async def incremental(self) -> SyncReport:
        sections = await self._sections()
        for section in sections:
            since = section.synced_until
            high_water = since
            count = 0
            for type_ in SECTION_TYPES[section.type]:
                start = 0
                while True:
                    page = await self.client.section_page(
                        section.key,
                        type_=type_,
                        start=start,
                        size=PAGE_SIZE,
                        sort="updatedAt:asc",
                        updated_since=max(since - 1, 0),
                    )
                    self.report.requests += 1
                    high_water = max([high_water, *(_fingerprint(i)[0] or 0 for i in page.items)])
                    self.report.written += await _upsert(page.items, section.key, type_)
                    count += len(page.items)
                    start += len(page.items)
                    if not page.items or start >= page.total:
                        break
            self.report.seen += count
            await self._collections(section)
            total = await MediaItem.filter(section_key=section.key).count()
            await self._finish_section(section, total, high_water)
        await self._announce()
        return self.report

    async def _collections(self, section: LibrarySection) -> None:
        """The section's collections: one request for the list, one per collection that is new
        or changed since the last sync; gone ones are removed."""
        remote = await self.client.collections(section.key)
        self.report.requests += 1
        stored = {c.rating_key: c for c in await LibraryCollection.filter(section_key=section.key)}
        seen = set()
        for item in remote:
            key = str(item["ratingKey"])
            seen.add(key)
            updated = _int(item.get("updatedAt")) or 0
            current = stored.get(key)
            if current is not None and current.updated_at == updated:
                continue
            members = await self.client.collection_items(key)
            self.report.requests += 1
            await LibraryCollection.update_or_create(
                defaults={
                    "section_key": section.key,
                    "title": str(item.get("title") or key)[:500],
                    "summary": str(item.get("summary") or ""),
                    "thumb": item.get("thumb"),
                    "item_keys": members,
                    "added_at": _int(item.get("addedAt")) or 0,
                    "updated_at": updated,
                },
                rating_key=key,
            )
            self.report.written += 1
        gone = [k for k in stored if k not in seen]
        if gone:
            self.report.removed += await LibraryCollection.filter(rating_key__in=gone).delete()

    async def _announce(self) -> None:
        """Fold new titles into the search indexes and refresh the planner's statistics after
        big changes, and tell every process (caches, live pages) that the library changed.

        GIN indexes take inserts into a pending list that every search then reads linearly;
        a bulk sync leaves thousands there, so it is merged now rather than at the next
        autovacuum."""
        from tortoise import Tortoise

        conn = Tortoise.get_connection("default")
        changed = self.report.written + self.report.removed
        if changed and conn.schema_generator.DIALECT == "postgres":
            await conn.execute_query(
                "SELECT gin_clean_pending_list(i::regclass) FROM unnest($1::text[]) AS i",
                [["search_media_items_vector", "search_media_items_title_trgm"]],
            )
            if changed > 1000:
                await conn.execute_script("ANALYZE media_items")
        if self.report.written or self.report.removed:
            from medianest.core.jobs import publish

            await publish(
                LIBRARY_TOPIC, {"written": self.report.written, "removed": self.report.removed}
            )

    async def _remove_missing(self, section_key: str, seen: set[str]) -> int:
        stored = await MediaItem.filter(section_key=section_key).values_list("id", "rating_key")
        missing = [item_id for item_id, key in stored if key not in seen]
        removed = 0
        for i in range(0, len(missing), DELETE_BATCH):
            removed += await MediaItem.filter(id__in=missing[i : i + DELETE_BATCH]).delete()
        return removed

    async def _finish_section(self, section: LibrarySection, count: int, high_water: int) -> None:
        """Record the sync; a section's count is its movies or shows (not seasons, episodes)."""
        titles = await MediaItem.filter(
            section_key=section.key, type__in=[ItemType.MOVIE, ItemType.SHOW]
        ).count()
        await LibrarySection.filter(id=section.id).update(
            item_count=titles, synced_at=datetime.now(UTC), synced_until=high_water
        )
