"""Movie and show posters through MediaNest: fetched from TMDB's image CDN once, kept on disk,
and served only to signed-in people, so browsers never talk to TMDB (no third-party requests,
and posters keep working from the cache when TMDB is slow)."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response

from medianest.api.view import principal_from
from medianest.core.clients import cached
from medianest.core.http import Integration, IntegrationError
from medianest.library.images import CACHE_HEADERS, _store
from medianest.settings import Settings

SIZES = frozenset({"w92", "w154", "w185", "w300", "w342", "w500", "w780", "original"})
NAME = re.compile(r"^[A-Za-z0-9_-]{1,100}\.(jpg|jpeg|png|webp)$")
_locks: dict[str, asyncio.Lock] = {}


class TmdbImages(Integration):
    service = "TMDB images"


def poster_url(path: str | None, size: str = "w300") -> str | None:
    """MediaNest's address for a TMDB image path such as ``/abc123.jpg``."""
    if not path or not NAME.match(path.lstrip("/")):
        return None
    return f"/images/tmdb/{size}/{path.lstrip('/')}"


async def tmdb_image(request: Request) -> Response:
    if await principal_from(request) is None:
        return JSONResponse(
            {"error": "unauthenticated", "message": "Sign in to see artwork."}, status_code=401
        )
    size, name = request.path_params["size"], request.path_params["name"]
    if size not in SIZES or not NAME.match(name):
        return JSONResponse(
            {"error": "bad_request", "message": f"Sizes: {sorted(SIZES)}; a TMDB file name."},
            status_code=400,
        )
    settings: Settings = request.app.state.settings
    path = settings.data_dir / "cache" / "tmdb" / size / name
    etag = f'"{size}-{name}"'
    if request.headers.get("if-none-match") == etag and path.exists():
        return Response(status_code=304, headers={"etag": etag, **CACHE_HEADERS})
    if not path.exists():
        failure = await _fetch(settings, size, name, path)
        if failure is not None:
            return failure
    type_file = path.with_suffix(".type")
    media_type = type_file.read_text() if type_file.exists() else "image/jpeg"
    return FileResponse(path, media_type=media_type, headers={"etag": etag, **CACHE_HEADERS})


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status)


async def _fetch(settings: Settings, size: str, name: str, path: Path) -> Response | None:
    """Bring one image into the cache (one fetch however many ask at once); an error response
    when that fails."""
    key = f"{size}/{name}"
    lock = _locks.setdefault(key, asyncio.Lock())
    try:
        async with lock:
            if await asyncio.to_thread(path.exists):  # fetched by another request meanwhile
                return None
            base = settings.tmdb_image_url
            client = cached(("tmdb-images", base), lambda: TmdbImages(base))
            try:
                response = await client.request("GET", f"/{size}/{name}", expect=(200, 404))
            except IntegrationError as exc:
                return _error(502, "unavailable", exc.message)
            if response.status_code == 404:
                return _error(404, "not_found", "No such image.")
            content_type = response.headers.get("content-type", "image/jpeg")
            if not content_type.startswith("image/"):
                return _error(502, "unavailable", "TMDB sent something that is not an image.")
            await asyncio.to_thread(_store, path, response.content, content_type)
            return None
    finally:
        _locks.pop(key, None)
