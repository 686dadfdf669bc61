"""Typed client of Overseerr / Jellyseerr / Seerr (one API). Query strings are built by hand:
the server rejects reserved characters in raw values, so a space must be %20, never +."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any
from urllib.parse import quote

from medianest.core.http import Integration


class MediaStatus(IntEnum):
    UNKNOWN = 1
    PENDING = 2
    PROCESSING = 3
    PARTIALLY_AVAILABLE = 4
    AVAILABLE = 5
    BLOCKLISTED = 6
    DELETED = 7


def query_string(params: dict[str, Any]) -> str:
    return "&".join(f"{k}={quote(str(v), safe='')}" for k, v in params.items() if v is not None)


@dataclass(frozen=True)
class SearchResult:
    media_type: str  # "movie" or "tv"
    tmdb_id: int
    title: str
    year: int | None
    overview: str
    poster_path: str | None
    status: MediaStatus
    status_4k: MediaStatus


@dataclass(frozen=True)
class SearchPage:
    page: int
    total_pages: int
    total_results: int
    results: list[SearchResult]


def _status(value: Any) -> MediaStatus:
    try:
        return MediaStatus(int(value))
    except (TypeError, ValueError):
        return MediaStatus.UNKNOWN


def _year(value: Any) -> int | None:
    text = str(value or "")
    return int(text[:4]) if text[:4].isdigit() else None


@dataclass(frozen=True)
class CreatedRequest:
    id: int
    status: int  # 1 pending, 2 approved, 3 declined, 4 failed, 5 completed
    media_status: MediaStatus


class RequestRefused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class OverseerrClient(Integration):
    service = "Overseerr"

    def __init__(self, base_url: str, api_key: str, **kwargs: Any) -> None:
        headers = {"X-Api-Key": api_key, "Accept": "application/json"}
        super().__init__(base_url, headers=headers, **kwargs)

    async def search(self, text: str, page: int = 1) -> SearchPage:
        response = await self.request(
            "GET", "/api/v1/search?" + query_string({"query": text, "page": page})
        )
        data = response.json()
        results = []
        for item in data.get("results") or []:
            kind = item.get("mediaType")
            if kind not in {"movie", "tv"}:
                continue  # people and collections are not requestable
            info = item.get("mediaInfo") or {}
            results.append(
                SearchResult(
                    media_type=kind,
                    tmdb_id=int(item["id"]),
                    title=str(item.get("title") or item.get("name") or ""),
                    year=_year(item.get("releaseDate") or item.get("firstAirDate")),
                    overview=str(item.get("overview") or ""),
                    poster_path=item.get("posterPath") or None,
                    status=_status(info.get("status")),
                    status_4k=_status(info.get("status4k")),
                )
            )
        return SearchPage(
            page=int(data.get("page") or page),
            total_pages=int(data.get("totalPages") or 1),
            total_results=int(data.get("totalResults") or len(results)),
            results=results,
        )

    async def user_by_plex_id(self, plex_id: int) -> int | None:
        skip = 0
        while True:
            data = (
                await self.request(
                    "GET", "/api/v1/user?" + query_string({"take": 100, "skip": skip})
                )
            ).json()
            for user in data.get("results") or []:
                if user.get("plexId") == plex_id:
                    return int(user["id"])
            info = data.get("pageInfo") or {}
            skip += 100
            if info.get("page", 1) >= info.get("pages", 1):
                return None

    async def import_plex_user(self, plex_id: int) -> int | None:
        response = await self.request(
            "POST",
            "/api/v1/user/import-from-plex",
            json={"plexIds": [str(plex_id)]},
            expect=(200, 201),
        )
        for user in response.json() or []:
            if user.get("plexId") == plex_id:
                return int(user["id"])
        return await self.user_by_plex_id(plex_id)

    async def create_request(
        self,
        *,
        acting_user: int,
        media_type: str,
        tmdb_id: int,
        seasons: list[int] | None,
        is4k: bool,
    ) -> CreatedRequest:
        body: dict[str, Any] = {"mediaType": media_type, "mediaId": tmdb_id, "is4k": is4k}
        if media_type == "tv":
            body["seasons"] = seasons or "all"
        response = await self.request(
            "POST",
            "/api/v1/request",
            json=body,
            headers={"X-API-User": str(acting_user)},
            expect=(200, 201, 202, 403, 409),
        )
        data = response.json() if response.content else {}
        if response.status_code in {202, 403, 409}:
            raise RequestRefused(response.status_code, str(data.get("message") or "Refused."))
        media = data.get("media") or {}
        return CreatedRequest(
            id=int(data["id"]),
            status=int(data.get("status") or 1),
            media_status=_status(media.get("status4k" if is4k else "status")),
        )
