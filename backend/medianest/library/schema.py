"""GraphQL types, queries, mutations and subscriptions of the Plex library."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import UTC, datetime
from typing import Any

import strawberry
from strawberry.types import Info

from medianest.api import live
from medianest.api.context import Context
from medianest.api.pagination import (
    PageInfo,
    bounded_first,
    decode_cursor,
    encode_cursor,
    page_info,
)
from medianest.api.permissions import Admin, Reader
from medianest.jobs.schema import JobType
from medianest.library import models, search, service
from medianest.library.now_playing import TOPIC as SESSIONS_TOPIC
from medianest.library.now_playing import Stream, now_playing
from medianest.plex.clients import cached_plex_breaker_open
from medianest.settings_admin import service as settings_service

ItemType = strawberry.enum(models.ItemType, name="MediaType")
LibrarySort = strawberry.enum(service.Sort, name="LibrarySort")
SyncMode = strawberry.enum(service.SyncMode, name="LibrarySyncMode")
POSTER_WIDTHS = (150, 300, 600)


def image_url(rating_key: str, kind: str, width: int) -> str:
    return f"/images/{rating_key}/{kind}?w={width}"


@strawberry.type(name="MediaItem")
class MediaItemType:
    id: strawberry.ID
    type: ItemType  # type: ignore[valid-type]
    title: str
    year: int | None
    summary: str
    genres: list[str]
    rating: float | None
    content_rating: str | None
    duration_ms: float | None
    index: int | None
    parent_index: int | None
    child_count: int | None
    leaf_count: int | None
    watched: bool | None
    tmdb_id: int | None
    imdb_id: str | None
    added_at: datetime
    has_poster: bool
    has_art: bool
    parent_key: strawberry.Private[str | None]

    @strawberry.field(
        description="A poster through MediaNest's image route (150, 300 or 600 wide)."
    )
    def poster_url(self, width: int = 300) -> str | None:
        if not self.has_poster:
            return None
        chosen = min(POSTER_WIDTHS, key=lambda w: abs(w - width))
        return image_url(self.id, "poster", chosen)

    @strawberry.field
    def art_url(self) -> str | None:
        return image_url(self.id, "art", 1280) if self.has_art else None

    @strawberry.field(description="Opens the title in Plex's web app.")
    async def plex_url(self) -> str | None:
        plex = await settings_service.load(settings_service.PlexSettings)
        if not plex.machine_identifier:
            return None
        return (
            f"https://app.plex.tv/desktop#!/server/{plex.machine_identifier}/details"
            f"?key=%2Flibrary%2Fmetadata%2F{self.id}"
        )

    @strawberry.field(description="Seasons of a show, episodes of a season, in order.")
    async def children(
        self, info: Info[Context, Any], first: int = 50, after: str | None = None
    ) -> MediaItemPage:
        size, start = bounded_first(first), _offset(after)
        rows = await info.context.loaders.children_by_parent_key.load(str(self.id))
        return MediaItemPage.of(rows[start : start + size + 1], start, size)

    @strawberry.field
    async def parent(self, info: Info[Context, Any]) -> MediaItemType | None:
        if self.parent_key is None:
            return None
        row = await info.context.loaders.item_by_rating_key.load(self.parent_key)
        return MediaItemType.from_model(row) if row else None

    @classmethod
    def from_model(cls, row: models.MediaItem) -> MediaItemType:
        return cls(
            id=strawberry.ID(row.rating_key),
            type=row.type,
            title=row.title,
            year=row.year,
            summary=row.summary,
            genres=list(row.genres),
            rating=row.rating,
            content_rating=row.content_rating,
            duration_ms=float(row.duration_ms) if row.duration_ms is not None else None,
            index=row.index,
            parent_index=row.parent_index,
            child_count=row.child_count,
            leaf_count=row.leaf_count,
            watched=None if row.view_count is None else row.view_count > 0,
            tmdb_id=row.tmdb_id,
            imdb_id=row.imdb_id,
            added_at=datetime.fromtimestamp(row.added_at, UTC),
            has_poster=bool(row.thumb),
            has_art=bool(row.art),
            parent_key=row.parent_key,
        )


@strawberry.type(name="LibraryCollection")
class LibraryCollectionType:
    id: strawberry.ID
    section_id: strawberry.ID
    title: str
    summary: str
    item_count: int
    item_keys: strawberry.Private[list[str]]

    @strawberry.field(description="Its items in Plex's order.")
    async def items(
        self, info: Info[Context, Any], first: int = 50, after: str | None = None
    ) -> MediaItemPage:
        size, start = bounded_first(first), _offset(after)
        keys = self.item_keys[start : start + size + 1]
        rows = await info.context.loaders.item_by_rating_key.load_many(keys)
        return MediaItemPage.of([r for r in rows if r is not None], start, size)

    @strawberry.field(description="The poster of its first item that has one.")
    async def poster_url(self, info: Info[Context, Any], width: int = 300) -> str | None:
        rows = await info.context.loaders.item_by_rating_key.load_many(self.item_keys[:5])
        for row in rows:
            if row is not None and row.thumb:
                url: str | None = MediaItemType.from_model(row).poster_url(width)
                return url
        return None

    @classmethod
    def from_model(cls, row: models.LibraryCollection) -> LibraryCollectionType:
        return cls(
            id=strawberry.ID(row.rating_key),
            section_id=strawberry.ID(row.section_key),
            title=row.title,
            summary=row.summary,
            item_count=len(row.item_keys),
            item_keys=list(row.item_keys),
        )


@strawberry.type
class LibraryCollectionEdge:
    cursor: str
    node: LibraryCollectionType


@strawberry.type
class LibraryCollectionConnection:
    edges: list[LibraryCollectionEdge]
    page_info: PageInfo
    total_count: int


@strawberry.type
class MediaItemEdge:
    cursor: str
    node: MediaItemType


@strawberry.type
class MediaItemConnection:
    edges: list[MediaItemEdge]
    page_info: PageInfo
    total_count: int


@strawberry.type(
    description="A page of items where counting them all would cost more than it is worth."
)
class MediaItemPage:
    edges: list[MediaItemEdge]
    page_info: PageInfo

    @classmethod
    def of(cls, rows: list[models.MediaItem], start: int, first: int) -> MediaItemPage:
        """``rows`` holds up to ``first + 1`` items from offset ``start``."""
        edges = [
            MediaItemEdge(cursor=encode_cursor("lib", start + n), node=MediaItemType.from_model(r))
            for n, r in enumerate(rows[:first])
        ]
        return cls(edges=edges, page_info=page_info(edges, len(rows) > first))


def _offset(after: str | None) -> int:
    offset = decode_cursor("lib", after)
    return 0 if offset is None else offset + 1


MAX_OFFSET = 1000


@strawberry.type(name="LibrarySection")
class LibrarySectionType:
    id: strawberry.ID
    title: str
    type: str
    item_count: int
    synced_at: datetime | None


@strawberry.type(name="NowPlaying")
class NowPlayingType:
    session_key: str
    title: str
    grandparent_title: str | None
    type: str
    progress: float
    state: str
    player: str
    user_title: str
    transcoding: bool
    item_id: strawberry.ID | None
    poster_url: str | None

    @classmethod
    def from_stream(cls, s: Stream | dict[str, Any]) -> NowPlayingType:
        d = s.to_dict() if isinstance(s, Stream) else s
        key = d.get("rating_key") or None
        poster = d.get("poster_key") or key
        return cls(
            session_key=d["session_key"],
            title=d["title"],
            grandparent_title=d.get("grandparent_title"),
            type=d["type"],
            progress=d["progress"],
            state=d["state"],
            player=d["player"],
            user_title=d["user_title"],
            transcoding=d["transcoding"],
            item_id=strawberry.ID(key) if key else None,
            poster_url=image_url(poster, "poster", 150) if poster else None,
        )


@strawberry.type
class LibraryStatus:
    plex_reachable: bool | None
    breaker_open: bool
    last_sync_at: datetime | None
    item_count: int


async def visible_streams(ctx: Context, streams: list[dict[str, Any]]) -> list[NowPlayingType]:
    viewer = ctx.require_viewer()
    if not viewer.is_admin:
        prefs = await settings_service.load(settings_service.LibraryPreferences)
        if not prefs.share_now_playing:
            streams = [
                s
                for s in streams
                if s.get("plex_user_id") == viewer.plex_id and viewer.plex_id is not None
            ]
    return [NowPlayingType.from_stream(s) for s in streams]


@strawberry.type
class LibraryQuery:
    @strawberry.field(permission_classes=[Reader])
    async def library_sections(self) -> list[LibrarySectionType]:
        return [
            LibrarySectionType(
                id=strawberry.ID(s.key),
                title=s.title,
                type=s.type,
                item_count=s.item_count,
                synced_at=s.synced_at,
            )
            for s in await service.sections()
        ]

    @strawberry.field(permission_classes=[Reader])
    async def library_items(
        self,
        first: int = 48,
        after: str | None = None,
        section_id: strawberry.ID | None = None,
        type: ItemType | None = None,  # type: ignore[valid-type]
        year: int | None = None,
        genre: str | None = None,
        unwatched: bool | None = None,
        sort: LibrarySort = service.Sort.TITLE,  # type: ignore[valid-type]
    ) -> MediaItemConnection:
        offset = decode_cursor("lib", after)
        start = 0 if offset is None else offset + 1
        browse = service.Browse(
            section_key=section_id,
            type=type,
            year=year,
            genre=genre,
            unwatched=unwatched,
            sort=sort,
        )
        rows, has_next, total = await service.browse(
            browse, first=bounded_first(first), offset=start
        )
        edges = [
            MediaItemEdge(cursor=encode_cursor("lib", start + n), node=MediaItemType.from_model(r))
            for n, r in enumerate(rows)
        ]
        return MediaItemConnection(
            edges=edges,
            page_info=page_info(edges, has_next),
            total_count=total,
        )

    @strawberry.field(permission_classes=[Reader])
    async def library_item(self, id: strawberry.ID) -> MediaItemType | None:
        row = await models.MediaItem.get_or_none(rating_key=str(id))
        return MediaItemType.from_model(row) if row else None

    @strawberry.field(
        permission_classes=[Reader],
        description="Plex collections, by title: one section's or all (at most `first`).",
    )
    async def library_collections(
        self,
        section_id: strawberry.ID | None = None,
        first: int = 50,
        after: str | None = None,
    ) -> LibraryCollectionConnection:
        query = models.LibraryCollection.all()
        if section_id is not None:
            query = query.filter(section_key=str(section_id))
        size, start = bounded_first(first), _offset(after)
        total = await query.count()
        rows = await query.order_by("title", "id").offset(start).limit(size + 1)
        edges = [
            LibraryCollectionEdge(
                cursor=encode_cursor("lib", start + n), node=LibraryCollectionType.from_model(r)
            )
            for n, r in enumerate(rows[:size])
        ]
        return LibraryCollectionConnection(
            edges=edges, page_info=page_info(edges, len(rows) > size), total_count=total
        )

    @strawberry.field(permission_classes=[Reader])
    async def library_collection(self, id: strawberry.ID) -> LibraryCollectionType | None:
        row = await models.LibraryCollection.get_or_none(rating_key=str(id))
        return LibraryCollectionType.from_model(row) if row else None

    @strawberry.field(permission_classes=[Reader], description="Titles across all libraries.")
    async def library_search(
        self, query: str, first: int = 20, after: str | None = None
    ) -> MediaItemPage:
        size, start = bounded_first(first), min(_offset(after), MAX_OFFSET)
        rows = await search.search(query, first=size + 1, offset=start)
        return MediaItemPage.of(rows, start, size)

    @strawberry.field(permission_classes=[Reader], description="Newest first.")
    async def recently_added(self, first: int = 20, after: str | None = None) -> MediaItemPage:
        size, start = bounded_first(first), min(_offset(after), MAX_OFFSET)
        rows = await service.recently_added(start + size + 1)
        return MediaItemPage.of(rows[start:], start, size)

    @strawberry.field(permission_classes=[Reader], description="Streams on the Plex server now.")
    async def now_playing(self, info: Info[Context, Any]) -> list[NowPlayingType]:
        streams = await now_playing.refresh()
        return await visible_streams(info.context, [s.to_dict() for s in streams])

    @strawberry.field(permission_classes=[Reader])
    async def library_status(self) -> LibraryStatus:
        sections = await service.sections()
        synced = [s.synced_at for s in sections if s.synced_at]
        return LibraryStatus(
            plex_reachable=now_playing.reachable,
            breaker_open=cached_plex_breaker_open(),
            last_sync_at=max(synced) if synced else None,
            item_count=await models.MediaItem.filter(type__in=list(service.BROWSABLE)).count(),
        )


@strawberry.type
class LibraryMutation:
    @strawberry.mutation(permission_classes=[Admin], description="Sync the library from Plex.")
    async def sync_library(
        self,
        info: Info[Context, Any],
        mode: SyncMode = service.SyncMode.FULL,  # type: ignore[valid-type]
    ) -> JobType:
        job = await service.start_sync(info.context.require_viewer(), mode)
        return JobType.from_model(job)


@strawberry.type
class LibrarySubscription:
    @strawberry.subscription(
        permission_classes=[Reader], description="Now playing, pushed whenever it changes."
    )
    async def now_playing_updated(
        self, info: Info[Context, Any]
    ) -> AsyncGenerator[list[NowPlayingType], None]:
        async with now_playing.watching():
            yield await visible_streams(
                info.context, [s.to_dict() for s in await now_playing.refresh()]
            )
            async for event in live.events(info.context, SESSIONS_TOPIC):
                if event.is_resync:
                    streams = [s.to_dict() for s in await now_playing.refresh()]
                else:
                    streams = event.payload.get("streams") or []
                yield await visible_streams(info.context, streams)
