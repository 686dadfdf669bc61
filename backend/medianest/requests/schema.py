"""GraphQL API of requests: one search over Overseerr and the Plex library."""

from __future__ import annotations

from enum import Enum

import strawberry

from medianest.api.permissions import Reader
from medianest.library.schema import MediaItemType
from medianest.requests import details as details_service
from medianest.requests import service
from medianest.requests.client import MediaStatus
from medianest.requests.images import poster_url
from medianest.requests.schema_requests import MediaRequestType


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


MediaAvailability = strawberry.enum(MediaStatus, name="MediaAvailability")


@strawberry.type
class SeasonAvailability:
    number: int
    name: str
    episodes: int
    status: MediaAvailability  # type: ignore[valid-type]
    requested: bool


@strawberry.type
class MediaDetails:
    media_type: RequestableType
    tmdb_id: int
    title: str
    year: int | None
    overview: str
    poster_url: str | None
    backdrop_url: str | None
    status: MediaAvailability  # type: ignore[valid-type]
    plex_item: MediaItemType | None
    seasons: list[SeasonAvailability]
    requests: list[MediaRequestType] = strawberry.field(
        description="Open requests for this title (from anyone)."
    )


def _tmdb_image(path: str | None, size: str) -> str | None:
    return poster_url(path, size)


@strawberry.type
class RequestsQuery:
    @strawberry.field(
        permission_classes=[Reader],
        description="A movie's or show's page: details, seasons and what is on Plex.",
    )
    async def media_details(self, media_type: RequestableType, tmdb_id: int) -> MediaDetails:
        found = await details_service.details(media_type.value, tmdb_id)
        return MediaDetails(
            media_type=media_type,
            tmdb_id=found.tmdb_id,
            title=found.title,
            year=found.year,
            overview=found.overview,
            poster_url=_tmdb_image(found.poster_path, "w500"),
            backdrop_url=_tmdb_image(found.backdrop_path, "w1280"),
            status=found.status,
            plex_item=MediaItemType.from_model(found.plex_item) if found.plex_item else None,
            seasons=[
                SeasonAvailability(
                    number=s.number,
                    name=s.name,
                    episodes=s.episodes,
                    status=s.status,
                    requested=s.requested,
                )
                for s in found.seasons
            ],
            requests=[MediaRequestType.from_model(r) for r in found.requests],
        )

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
                    poster_url=poster_url(f.result.poster_path),
                    availability=f.availability,
                    plex_item=MediaItemType.from_model(f.item) if f.item else None,
                )
                for f in found
            ],
        )
