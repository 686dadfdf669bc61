"""Business rules of requests: one search over Overseerr merged with the local Plex library.
(Creating, queueing and following requests come next.)"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from medianest.core.clients import cached
from medianest.core.errors import InvalidInput
from medianest.library import service as library
from medianest.library.models import MediaItem
from medianest.requests.client import MediaStatus, OverseerrClient, SearchResult
from medianest.settings_admin import service as settings_service


class Availability(StrEnum):
    ON_PLEX = "on_plex"
    REQUESTED = "requested"
    PROCESSING = "processing"
    PARTIAL = "partial"
    MISSING = "missing"


@dataclass(frozen=True)
class Found:
    result: SearchResult
    availability: Availability
    item: MediaItem | None


async def client() -> OverseerrClient:
    config = await settings_service.load(settings_service.OverseerrSettings)
    if not config.url or not config.api_key:
        raise InvalidInput("Requests are not set up yet: an admin connects Overseerr in Settings.")
    url, key = config.url, config.api_key
    return cached(("overseerr", url, key), lambda: OverseerrClient(url, key))


def _availability(result: SearchResult, item: MediaItem | None) -> Availability:
    if item is not None or result.status is MediaStatus.AVAILABLE:
        return Availability.ON_PLEX
    return {
        MediaStatus.PENDING: Availability.REQUESTED,
        MediaStatus.PROCESSING: Availability.PROCESSING,
        MediaStatus.PARTIALLY_AVAILABLE: Availability.PARTIAL,
    }.get(result.status, Availability.MISSING)


async def search(text: str, page: int = 1) -> tuple[list[Found], int]:
    """Titles from Overseerr, each marked on Plex (with the local item), requested, or missing."""
    term = " ".join(text.split())[:200]
    if not term:
        raise InvalidInput("Type a title to search for.", field="query")
    if not 1 <= page <= 50:
        raise InvalidInput("Pages run from 1 to 50.", field="page")
    found = await (await client()).search(term, page)
    local = await library.by_tmdb([r.tmdb_id for r in found.results])
    out = []
    for result in found.results:
        item = local.get(result.tmdb_id)
        if item is not None and (item.type.value == "movie") != (result.media_type == "movie"):
            item = None  # a movie and a show may share a TMDB number
        out.append(Found(result, _availability(result, item), item))
    return out, found.total_pages
