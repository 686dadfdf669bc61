"""Request parsing and response shapes of the fake PMS (kept apart from its routing)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import Response

from tests.fakes.plex_library import INT_FIELDS, Filter, Section

_FILTER_KEY = re.compile(r"(title|year|addedAt|updatedAt)(!|>>|<<|>|<)?")


@dataclass(frozen=True)
class PmsUser:
    id: str
    username: str
    title: str
    admin: bool  # the server owner


@dataclass(frozen=True)
class ScanRequest:
    section: str
    path: str | None
    force: bool
    method: str  # GET | POST, or DELETE (cancel)
    username: str


@dataclass
class PlaySession:
    session_key: str
    rating_key: str
    user: PmsUser
    player: str
    product: str
    platform: str
    state: str  # playing | paused | buffering
    view_offset: int  # ms
    transcode: bool
    local: bool


def user_id(username: str) -> str:
    return str(int(hashlib.sha256(username.encode()).hexdigest()[:6], 16))


def html_error(status: int, text: str) -> Response:
    """PMS errors are small text/html pages, not JSON."""
    body = f"<html><head><title>{text}</title></head><body><h1>{status} {text}</h1></body></html>"
    return Response(body, status_code=status, media_type="text/html")


def paging(request: Request, default_size: int | None) -> tuple[int, int] | None:
    """(start, size) from the X-Plex-Container-* headers or query parameters; None = invalid
    (or no size and no default)."""

    def read(name: str) -> str | None:
        return request.headers.get(name) or request.query_params.get(name)

    raw_start, raw_size = read("X-Plex-Container-Start") or "0", read("X-Plex-Container-Size")
    if raw_size is None:
        if default_size is None:
            return None
        raw_size = str(default_size)
    if not (raw_start.isdigit() and raw_size.isdigit()):
        return None
    return int(raw_start), int(raw_size)


def filters(params: QueryParams) -> list[Filter]:
    """Plex filter parameters: ``field=a,b``, ``field!=x``, ``field>>=n`` (after / greater
    than), ``field<<=n`` (before / less than); ``title`` matches substrings. Any other key that
    carries an operator (``addedAt>=``, an encoded ``>>=``) is a ValueError, as is a non-number
    for a number field."""
    out = []
    for key, value in params.multi_items():
        match = _FILTER_KEY.fullmatch(key)
        if match is None:
            if re.search(r"[<>=]", key):
                raise ValueError(key)
            continue
        name, op = match[1], {None: "=", "!": "!="}.get(match[2], match[2])
        if op in (">", "<") or (name == "title" and op in (">>", "<<")):
            raise ValueError(key)
        values = tuple(value.split(","))
        if name in INT_FIELDS and not all(v.isdigit() for v in values):
            raise ValueError(key)
        out.append(Filter(name, op, values))
    return out


def section_json(s: Section, machine_identifier: str, refreshing: bool) -> dict[str, Any]:
    movie = s.kind == "movie"
    uuid = hashlib.md5(f"{machine_identifier}/{s.key}".encode()).hexdigest()  # noqa: S324
    return {
        "allowSync": True,
        "art": f"/:/resources/{s.kind}-fanart.jpg",
        "composite": f"/library/sections/{s.key}/composite/{s.content_changed_at}",
        "filters": True,
        "refreshing": refreshing,
        "thumb": f"/:/resources/{s.kind}.png",
        "key": s.key,
        "type": s.kind,
        "title": s.title,
        "agent": "tv.plex.agents." + ("movie" if movie else "series"),
        "scanner": "Plex Movie" if movie else "Plex TV Series",
        "language": "en-US",
        "uuid": uuid,
        "updatedAt": s.content_changed_at,
        "createdAt": s.created_at,
        "scannedAt": s.scanned_at,
        "content": True,
        "directory": True,
        "contentChangedAt": s.content_changed_at,
        "hidden": 0,
        "Location": [{"id": int(s.key), "path": s.path}],
    }


def session_fields(s: PlaySession) -> dict[str, Any]:
    """What ``/status/sessions`` adds to an item's Metadata entry."""
    address = "192.168.1.50" if s.local else "198.51.100.7"
    fields: dict[str, Any] = {
        "sessionKey": s.session_key,
        "viewOffset": s.view_offset,
        "User": {
            "id": s.user.id,
            "title": s.user.title,
            "thumb": f"https://plex.tv/users/{s.user.id}/avatar",
        },
        "Player": {
            "title": s.player,
            "product": s.product,
            "platform": s.platform,
            "platformVersion": "14",
            "state": s.state,
            "address": address,
            "machineIdentifier": hashlib.sha1(s.player.encode()).hexdigest()[:24],  # noqa: S324
            "local": s.local,
            "relayed": False,
            "secure": True,
            "remotePublicAddress": address,
            "userID": int(s.user.id),
        },
        "Session": {
            "id": f"session-{s.session_key}",
            "bandwidth": 8000 if s.local else 4000,
            "location": "lan" if s.local else "wan",
        },
    }
    if s.transcode:
        fields["TranscodeSession"] = {
            "key": f"/transcode/sessions/{s.session_key}",
            "throttled": False,
            "complete": False,
            "progress": 42.5,
            "speed": 1.5,
            "videoDecision": "transcode",
            "audioDecision": "copy",
            "protocol": "dash",
            "container": "mp4",
            "videoCodec": "h264",
            "audioCodec": "eac3",
            "width": 1280,
            "height": 720,
        }
    return fields
