"""A movie's or a show's page: details from Overseerr, each season's availability, what is
on Plex, and this person's open request."""

from __future__ import annotations

from dataclasses import dataclass, field

from medianest.core.errors import InvalidInput
from medianest.library import service as library
from medianest.library.models import MediaItem
from medianest.requests.client import MediaStatus, _status, _year
from medianest.requests.models import OPEN_STATUSES, MediaRequest
from medianest.requests.service import client


@dataclass(frozen=True)
class SeasonInfo:
    number: int
    name: str
    episodes: int
    status: MediaStatus
    requested: bool


@dataclass(frozen=True)
class Details:
    media_type: str
    tmdb_id: int
    title: str
    year: int | None
    overview: str
    poster_path: str | None
    backdrop_path: str | None
    status: MediaStatus
    plex_item: MediaItem | None
    seasons: list[SeasonInfo] = field(default_factory=list)
    requests: list[MediaRequest] = field(default_factory=list)


async def details(media_type: str, tmdb_id: int) -> Details:
    if media_type not in {"movie", "tv"}:
        raise InvalidInput("Ask for a movie or a show.", field="mediaType")
    overseerr = await client()
    path = f"/api/v1/{media_type}/{int(tmdb_id)}"
    response = await overseerr.request("GET", path, expect=(200, 404, 500))
    if response.status_code != 200:
        raise InvalidInput("Overseerr does not know that title.", field="tmdbId")
    data = response.json()
    info = data.get("mediaInfo") or {}
    season_status = {
        int(s["seasonNumber"]): _status(s.get("status"))
        for s in info.get("seasons") or []
        if s.get("seasonNumber") is not None
    }
    open_requests = list(
        await MediaRequest.filter(
            tmdb_id=tmdb_id, media_type=media_type, status__in=list(OPEN_STATUSES)
        ).order_by("-id")
    )
    requested = {n for r in open_requests for n in r.seasons}
    whole_show = any(not r.seasons for r in open_requests)
    local = (await library.by_tmdb([tmdb_id])).get(tmdb_id)
    if local is not None and (local.type.value == "movie") != (media_type == "movie"):
        local = None
    return Details(
        media_type=media_type,
        tmdb_id=tmdb_id,
        title=str(data.get("title") or data.get("name") or ""),
        year=_year(data.get("releaseDate") or data.get("firstAirDate")),
        overview=str(data.get("overview") or ""),
        poster_path=data.get("posterPath") or None,
        backdrop_path=data.get("backdropPath") or None,
        status=_status(info.get("status")),
        plex_item=local,
        seasons=[
            SeasonInfo(
                number=int(s["seasonNumber"]),
                name=str(s.get("name") or ""),
                episodes=int(s.get("episodeCount") or 0),
                status=season_status.get(int(s["seasonNumber"]), MediaStatus.UNKNOWN),
                requested=whole_show or int(s["seasonNumber"]) in requested,
            )
            for s in data.get("seasons") or []
            if s.get("seasonNumber") is not None
        ],
        requests=open_requests,
    )
