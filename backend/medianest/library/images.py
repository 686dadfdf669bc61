"""Posters and art through MediaNest: resized by Plex's transcoder, cached on disk, only for
signed-in people. The Plex token stays on the server; only known items' artwork is fetched."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response

from medianest.api.view import principal_from
from medianest.core.http import IntegrationError
from medianest.library.models import MediaItem
from medianest.plex.clients import plex_server
from medianest.settings import Settings

SIZES = {"poster": {150: 225, 300: 450, 600: 900}, "art": {1280: 720}}
CACHE_HEADERS = {"cache-control": "private, max-age=86400, stale-while-revalidate=604800"}
_locks: dict[str, asyncio.Lock] = {}


async def image(request: Request) -> Response:
    if await principal_from(request) is None:
        return JSONResponse(
            {"error": "unauthenticated", "message": "Sign in to see artwork."}, status_code=401
        )
    kind = request.path_params["kind"]
    sizes = SIZES.get(kind)
    try:
        width = int(request.query_params.get("w", "300"))
    except ValueError:
        width = -1
    if sizes is None or width not in sizes:
        return JSONResponse(
            {"error": "bad_request", "message": f"Sizes for {kind}: {sorted(sizes or {})}"},
            status_code=400,
        )
    item = await MediaItem.get_or_none(rating_key=request.path_params["key"])
    source = (item.thumb if kind == "poster" else item.art) if item else None
    if not source:
        return JSONResponse({"error": "not_found", "message": "No artwork."}, status_code=404)
    settings: Settings = request.app.state.settings
    digest = hashlib.sha256(f"{source}|{width}".encode()).hexdigest()
    path = settings.data_dir / "cache" / "images" / digest[:2] / f"{digest}.img"
    etag = f'"{digest[:20]}"'
    if request.headers.get("if-none-match") == etag and path.exists():
        return Response(status_code=304, headers={"etag": etag, **CACHE_HEADERS})
    if not path.exists():
        lock = _locks.setdefault(digest, asyncio.Lock())
        async with lock:
            if not path.exists():
                try:
                    client = await plex_server()
                    body, content_type = await client.photo(source, width, sizes[width])
                except IntegrationError as exc:
                    return JSONResponse(
                        {"error": "unavailable", "message": exc.message}, status_code=502
                    )
                await asyncio.to_thread(_store, path, body, content_type)
        _locks.pop(digest, None)
    media_type = (
        path.with_suffix(".type").read_text()
        if path.with_suffix(".type").exists()
        else "image/jpeg"
    )
    return FileResponse(path, media_type=media_type, headers={"etag": etag, **CACHE_HEADERS})


def _store(path: Path, body: bytes, content_type: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(body)
    media_type = content_type.split(";", maxsplit=1)[0].strip() or "image/jpeg"
    path.with_suffix(".type").write_text(media_type)
    tmp.replace(path)
