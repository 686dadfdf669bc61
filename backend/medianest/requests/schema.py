"""GraphQL API of requests: one search over Overseerr and the Plex library."""

from __future__ import annotations

from enum import Enum

import strawberry

from medianest.api.permissions import Reader
from medianest.library.schema import MediaItemType
from medianest.requests import service


@strawberry.enum
class RequestableType(Enum):
    MOVIE = "movie"
    TV = "tv"


Availability = strawberry.enum(service.Availability, name="Availability")


@strawberry.type
class MediaSearchResult:
    media_type: RequestableType
    tmdb_id: int
    title: str
    year: int | None
    overview: str
    poster_url: str | None = strawberry.field(description="TMDB artwork, when the title has one.")
    availability: Availability  # type: ignore[valid-type]
    plex_item: MediaItemType | None


@strawberry.type
class MediaSearchPage:
    page: int
    total_pages: int
    results: list[MediaSearchResult]


@strawberry.type
class RequestsQuery:
    @strawberry.field(
        permission_classes=[Reader],
        description="Movies and shows from Overseerr, each marked on Plex, requested or missing.",
    )
    async def media_search(self, query: str, page: int = 1) -> MediaSearchPage:
        found, pages = await service.search(query, page)
        return MediaSearchPage(
            page=page,
            total_pages=pages,
            results=[
                MediaSearchResult(
                    media_type=RequestableType(f.result.media_type),
                    tmdb_id=f.result.tmdb_id,
                    title=f.result.title,
                    year=f.result.year,
                    overview=f.result.overview,
                    poster_url=(
                        f"https://image.tmdb.org/t/p/w300{f.result.poster_path}"
                        if f.result.poster_path
                        else None
                    ),
                    availability=f.availability,
                    plex_item=MediaItemType.from_model(f.item) if f.item else None,
                )
                for f in found
            ],
        )
