"""What a link holds, asked of yt-dlp in a process of its own without downloading: the address
checked first, the answer cached for a while, previews rate limited per person."""

from __future__ import annotations

import contextlib
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medianest.core.errors import InvalidInput, PublicError
from medianest.core.ratelimit import hit
from medianest.core.runtime import get_runtime
from medianest.downloads import runner, settings
from medianest.downloads.errors import message_for
from medianest.downloads.models import ErrorCode
from medianest.downloads.urls import BlockedAddress, check_url
from medianest.users.models import User

MAX_PLAYLIST_VIDEOS = 500
PREVIEW_CACHE_S = 600
PREVIEWS_PER_MINUTE = 30


class DownloadError(PublicError):
    """An expected failure with a code the SPA can act on."""

    code = "DOWNLOAD_REFUSED"

    def __init__(self, error_code: ErrorCode, message: str | None = None) -> None:
        super().__init__(message or message_for(error_code), reason=error_code.value)
        self.error_code = error_code


@dataclass(frozen=True)
class Entry:
    video_id: str
    title: str
    duration_s: int | None
    url: str


@dataclass(frozen=True)
class Preview:
    url: str
    site: str
    is_playlist: bool
    video_id: str | None
    title: str
    channel: str | None
    description: str | None
    duration_s: int | None
    thumbnail_url: str | None
    entries: list[Entry] = field(default_factory=list)
    too_long: bool = False
    already_downloaded: bool = False
    max_duration_s: int | None = None

    def entry_too_long(self, entry: Entry) -> bool:
        limit = self.max_duration_s
        return bool(limit and entry.duration_s and entry.duration_s > limit)


_previews: dict[tuple[str, tuple[str, ...]], tuple[float, Preview]] = {}


@contextlib.contextmanager
def cookies_file(cookies: str | None) -> Iterator[str | None]:
    """The admin's cookies as a private temporary file for one yt-dlp run."""
    if not cookies:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="medianest-cookies-") as folder:
        path = Path(folder) / "cookies.txt"
        path.touch(mode=0o600)
        path.write_text(cookies)
        yield str(path)


async def checked_url(url: str) -> str:
    try:
        return await check_url(url, settings.unsafe_allowed_endpoints())
    except BlockedAddress as exc:
        raise DownloadError(
            ErrorCode.SITE_NOT_ALLOWED, f"{exc} Downloads only reach public web sites."
        ) from exc
    except ValueError as exc:
        raise InvalidInput(str(exc), field="url") from exc


def base_spec(conf: settings.DownloadSettings, url: str) -> dict[str, Any]:
    return {
        "url": url,
        "allowed_extractors": settings.extractor_patterns(conf.allowed_sites),
        "unsafe_allow": sorted(settings.unsafe_allowed_endpoints()),
        "socket_timeout": 20,
    }


async def extract(viewer: User, url: str) -> tuple[settings.DownloadSettings, Preview]:
    """The settings in force and what ``url`` holds (from the cache when asked lately)."""
    if not url.strip():
        raise InvalidInput("Paste a video or playlist link.", field="url")
    url = await checked_url(url)
    conf = await settings.load()
    key = (url, conf.allowed_sites)
    cached = _previews.get(key)
    if cached and time.monotonic() - cached[0] < PREVIEW_CACHE_S:
        return conf, cached[1]
    await hit(
        f"download-preview:{viewer.id}",
        limit=PREVIEWS_PER_MINUTE,
        window_s=60,
        message="Too many previews; wait a minute.",
    )
    found = await _extract(conf, url)
    if len(_previews) > 256:
        _previews.clear()
    _previews[key] = (time.monotonic(), found)
    return conf, found


async def _extract(conf: settings.DownloadSettings, url: str) -> Preview:
    timeout = get_runtime().settings.downloads_preview_timeout_s

    async def ignore(_: dict[str, Any]) -> None:
        return None

    with cookies_file(conf.cookies) as cookie_path:
        spec = base_spec(conf, url) | {"mode": "preview", "cookies_file": cookie_path}
        outcome = await runner.run(
            spec, on_event=ignore, stall_after_s=timeout, overall_limit_s=timeout
        )
    final = outcome.final
    if outcome.stopped or final is None:
        raise DownloadError(ErrorCode.NETWORK, "The site took too long to answer. Try again.")
    if final["event"] == "error":
        raise DownloadError(ErrorCode(final["code"]), final["message"])
    info = final["info"]
    entries = [
        Entry(
            video_id=str(e.get("id") or index),
            title=str(e.get("title") or "Untitled")[:500],
            duration_s=e.get("duration"),
            url=str(e.get("url") or ""),
        )
        for index, e in enumerate(final.get("entries") or [], start=1)
        if e.get("url")
    ][:MAX_PLAYLIST_VIDEOS]
    return Preview(
        url=url,
        site=(info.get("extractor") or "unknown")[:64],
        is_playlist=bool(final.get("playlist")),
        video_id=str(info["id"]) if info.get("id") else None,
        title=str(info.get("title") or "Untitled")[:500],
        channel=(info.get("channel") or None) and str(info["channel"])[:300],
        description=info.get("description") or None,
        duration_s=info.get("duration"),
        thumbnail_url=_public_url(info.get("thumbnail")),
        entries=entries,
    )


def _public_url(value: Any) -> str | None:
    if isinstance(value, str) and value.startswith(("http://", "https://")) and len(value) < 2000:
        return value
    return None
