"""Collections and folder scans of the fake Plex Media Server (plex-api-spec.yaml: Collections).

* ``GET /library/sections/{key}/collections``: the section's collections (paged like ``/all``).
* ``POST /library/collections?type=1&title=…&smart=0&sectionId=…&uri=server://{machine}/
  com.plexapp.plugins.library/library/metadata/{k1,k2}``: a new collection (admin).
* ``GET /library/collections/{id}/items`` and ``PUT …/items?uri=…`` (admin): read and add.

A partial scan (``/library/sections/{key}/refresh?path=…``) of a folder that tests mapped to a
local directory (``folders``) adds a movie for every media file there not yet in the library,
with that file as its part — as a real scan finds what a download put there."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.fakes.pms_shapes import html_error, paging

if TYPE_CHECKING:
    from tests.fakes.pms import FakePMS, Handler

MEDIA = {".mp4", ".mkv", ".webm", ".m4a", ".mp3", ".mov"}
_URI = re.compile(r"^server://([^/]+)/com\.plexapp\.plugins\.library/library/metadata/([\d,]+)$")


@dataclass
class Collection:
    rating_key: str
    section: str
    title: str
    items: list[str] = field(default_factory=list)
    added_at: int = 0
    updated_at: int = 0


class PlexCollections:
    def __init__(self, pms: FakePMS) -> None:
        self.pms = pms
        self.items: dict[str, Collection] = {}
        self.folders: dict[str, Path] = {}  # Plex path prefix → local directory
        self._next = 900_001

    def routes(self, g: Any) -> list[Route]:
        def admin(handler: Handler) -> Any:
            return g(handler, admin=True)

        return [
            Route("/library/sections/{key}/collections", g(self._list)),
            Route("/library/collections", admin(self._create), methods=["POST"]),
            Route("/library/collections/{id}/items", g(self._members), methods=["GET"]),
            Route("/library/collections/{id}/items", admin(self._add), methods=["PUT"]),
        ]

    # ---- test side ---------------------------------------------------------------------------
    def add(self, section: str, title: str, items: list[str]) -> str:
        key = str(self._next)
        self._next += 1
        now = int(self.pms.clock())
        self.items[key] = Collection(key, section, title, list(items), now, now)
        return key

    def scan(self, section: str, plex_path: str) -> list[str]:
        """Index media files found in the local folder mapped to ``plex_path``."""
        local = self._local(plex_path)
        if local is None or not local.is_dir():
            return []
        library = self.pms.library
        known = {o.get("file") for o in library._over.values()}
        added = []
        for file in sorted(local.iterdir()):
            plex_file = f"{plex_path.rstrip('/')}/{file.name}"
            if file.suffix.lower() in MEDIA and plex_file not in known:
                added.append(library.add_movie(file.stem, section=section, file=plex_file))
        return added

    def _local(self, plex_path: str) -> Path | None:
        for prefix, local in self.folders.items():
            if plex_path == prefix or plex_path.startswith(prefix.rstrip("/") + "/"):
                return local / plex_path[len(prefix) :].lstrip("/")
        return None

    # ---- endpoints ---------------------------------------------------------------------------
    def _json(self, c: Collection) -> dict[str, Any]:
        return {
            "ratingKey": c.rating_key,
            "key": f"/library/collections/{c.rating_key}/children",
            "guid": f"collection://{c.rating_key}",
            "type": "collection",
            "title": c.title,
            "subtype": "movie",
            "summary": "",
            "index": 0,
            "librarySectionID": int(c.section),
            "childCount": str(len(c.items)),  # Plex sends this one as a string
            "maxYear": "2026",
            "minYear": "2026",
            "addedAt": c.added_at,
            "updatedAt": c.updated_at,
            "thumb": f"/library/collections/{c.rating_key}/composite/{c.updated_at}",
        }

    async def _list(self, request: Request, user: Any) -> Response:
        key = request.path_params["key"]
        if key not in self.pms.library.sections:
            return html_error(404, "Not Found")
        window = paging(request, 10**9)
        if window is None:
            return html_error(400, "Bad Request")
        start, size = window
        found = [c for c in self.items.values() if c.section == key]
        page = found[start : start + size]
        body: dict[str, Any] = {"size": len(page), "totalSize": len(found), "offset": start}
        if page:
            body["Metadata"] = [self._json(c) for c in page]
        return self.pms._container(request, body)

    def _keys(self, uri: str | None) -> list[str] | None:
        match = _URI.match(uri or "")
        if match is None or match.group(1) != self.pms.machine_identifier:
            return None
        keys = match.group(2).split(",")
        return keys if all(self.pms.library.exists(k) for k in keys) else None

    async def _create(self, request: Request, user: Any) -> Response:
        params = request.query_params
        section, title = params.get("sectionId", ""), params.get("title", "")
        if section not in self.pms.library.sections or not title or params.get("smart") == "1":
            return html_error(400, "Bad Request")
        keys = self._keys(params.get("uri")) if params.get("uri") else []
        if keys is None:
            return html_error(400, "Bad Request")
        created = self.items[self.add(section, title, keys)]
        return self.pms._container(request, {"size": 1, "Metadata": [self._json(created)]})

    async def _members(self, request: Request, user: Any) -> Response:
        found = self.items.get(request.path_params["id"])
        if found is None:
            return html_error(404, "Not Found")
        rows = [r for k in found.items if (r := self.pms.library.row_of(k)) is not None]
        body: dict[str, Any] = {"size": len(rows), "title1": found.title}
        if rows:
            body["Metadata"] = [self.pms.library.metadata(r) for r in rows]
        return self.pms._container(request, body)

    async def _add(self, request: Request, user: Any) -> Response:
        found = self.items.get(request.path_params["id"])
        if found is None:
            return html_error(404, "Not Found")
        keys = self._keys(request.query_params.get("uri"))
        if keys is None:
            return html_error(400, "Bad Request")
        found.items += [k for k in keys if k not in found.items]
        found.updated_at = int(self.pms.clock())
        return self.pms._container(request, {"size": 1, "Metadata": [self._json(found)]})
