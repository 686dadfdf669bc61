"""Typed client of a Plex Media Server."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from medianest.core.http import Integration
from medianest.plex.tv_client import plex_headers

# Numeric types for `type=` filters (protocols.md §2.4).
TYPE_MOVIE, TYPE_SHOW, TYPE_SEASON, TYPE_EPISODE = 1, 2, 3, 4


@dataclass(frozen=True)
class Identity:
    machine_identifier: str
    version: str | None


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    type: str
    locations: tuple[str, ...]
    content_changed_at: int | None = None  # moves on any change in the section


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    total: int
    offset: int


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _container(response: httpx.Response) -> dict[str, Any]:
    data = response.json()
    container: dict[str, Any] = data.get("MediaContainer") or {}
    return container


class PlexServerClient(Integration):
    service = "Plex"

    def __init__(self, base_url: str, token: str, client_identifier: str, **kwargs: Any) -> None:
        headers = plex_headers(client_identifier) | {"X-Plex-Token": token}
        super().__init__(base_url, headers=headers, **kwargs)

    async def identity(self) -> Identity:
        container = _container(await self.request("GET", "/identity"))
        return Identity(
            machine_identifier=str(container.get("machineIdentifier", "")),
            version=container.get("version"),
        )

    async def sections(self) -> list[Section]:
        container = _container(await self.request("GET", "/library/sections"))
        return [
            Section(
                key=str(d["key"]),
                title=str(d.get("title") or d["key"]),
                type=str(d.get("type") or ""),
                locations=tuple(str(loc.get("path", "")) for loc in d.get("Location") or []),
                content_changed_at=_int_or_none(d.get("contentChangedAt")),
            )
            for d in container.get("Directory") or []
        ]

    async def section_page(
        self,
        section_key: str,
        *,
        type_: int,
        start: int,
        size: int,
        sort: str = "addedAt:asc",
        updated_since: int | None = None,
    ) -> Page:
        """One page of a section's items, always with explicit container start and size."""
        params: dict[str, Any] = {"type": type_, "sort": sort, "includeGuids": 1}
        if updated_since is not None:
            params["updatedAt>>"] = updated_since
        response = await self.request(
            "GET",
            f"/library/sections/{section_key}/all",
            params=params,
            headers={"X-Plex-Container-Start": str(start), "X-Plex-Container-Size": str(size)},
        )
        container = _container(response)
        items = container.get("Metadata") or []
        total = int(container.get("totalSize", container.get("size", len(items))))
        return Page(items=items, total=total, offset=int(container.get("offset", start)))

    async def sessions(self) -> list[dict[str, Any]]:
        container = _container(await self.request("GET", "/status/sessions"))
        sessions: list[dict[str, Any]] = container.get("Metadata") or []
        return sessions

    async def metadata(self, rating_key: str) -> dict[str, Any] | None:
        response = await self.request("GET", f"/library/metadata/{rating_key}", expect=(200, 404))
        if response.status_code == 404:
            return None
        items = _container(response).get("Metadata") or []
        return items[0] if items else None

    async def refresh(self, section_key: str, path: str | None = None) -> None:
        params = {"path": path} if path else None
        await self.request("GET", f"/library/sections/{section_key}/refresh", params=params)

    async def recent_files(self, section_key: str, size: int = 200) -> dict[str, str]:
        """The files of a section's newest items: {file path: ratingKey}."""
        response = await self.request(
            "GET",
            f"/library/sections/{section_key}/recentlyAdded",
            headers={"X-Plex-Container-Start": "0", "X-Plex-Container-Size": str(size)},
        )
        found: dict[str, str] = {}
        for item in _container(response).get("Metadata") or []:
            for media in item.get("Media") or []:
                for part in media.get("Part") or []:
                    if part.get("file"):
                        found[str(part["file"])] = str(item["ratingKey"])
        return found

    async def collections(self, section_key: str) -> list[dict[str, Any]]:
        response = await self.request(
            "GET",
            f"/library/sections/{section_key}/collections",
            headers={"X-Plex-Container-Start": "0", "X-Plex-Container-Size": "1000"},
        )
        items: list[dict[str, Any]] = _container(response).get("Metadata") or []
        return items

    async def collection_items(self, collection_key: str) -> list[str]:
        """The rating keys of a collection's items, in order."""
        response = await self.request(
            "GET", f"/library/collections/{collection_key}/items", expect=(200, 404)
        )
        if response.status_code == 404:
            return []
        return [str(i["ratingKey"]) for i in _container(response).get("Metadata") or []]

    def _items_uri(self, machine_identifier: str, rating_keys: list[str]) -> str:
        keys = ",".join(rating_keys)
        return f"server://{machine_identifier}/com.plexapp.plugins.library/library/metadata/{keys}"

    async def create_collection(
        self, section_key: str, title: str, rating_keys: list[str], machine_identifier: str
    ) -> str:
        """A (non-smart) movie collection holding the items; returns its ratingKey."""
        response = await self.request(
            "POST",
            "/library/collections",
            params={
                "type": 1,
                "title": title,
                "smart": 0,
                "sectionId": section_key,
                "uri": self._items_uri(machine_identifier, rating_keys),
            },
        )
        created = (_container(response).get("Metadata") or [{}])[0]
        return str(created.get("ratingKey", ""))

    async def add_to_collection(
        self, collection_key: str, rating_keys: list[str], machine_identifier: str
    ) -> None:
        await self.request(
            "PUT",
            f"/library/collections/{collection_key}/items",
            params={"uri": self._items_uri(machine_identifier, rating_keys)},
        )

    async def photo(self, image_path: str, width: int, height: int) -> tuple[bytes, str]:
        """An artwork path resized by Plex's transcoder: (bytes, content type)."""
        response = await self.request(
            "GET",
            "/photo/:/transcode",
            params={"url": image_path, "width": width, "height": height, "minSize": 1},
            headers={"Accept": "image/*"},
        )
        return response.content, response.headers.get("content-type", "image/jpeg")
