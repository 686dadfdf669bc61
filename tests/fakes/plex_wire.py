"""Pieces shared by the fake plex.tv and the fake PMS: the request log, the outage switches,
XML rendering of Plex containers, and small real PNG / JPEG images (no Pillow)."""

from __future__ import annotations

import asyncio
import hashlib
import struct
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree as ET

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Match, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send


@dataclass
class RecordedRequest:
    method: str
    path: str
    endpoint: str  # the route template, e.g. "/library/sections/{key}/all"
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def plex(self, name: str) -> str | None:
        """An ``X-Plex-*`` value, from the header or the query string (Plex accepts both)."""
        return self.header(name) or self.query.get(name)


class FakeService:
    """Request log, per-endpoint counters and outage switches for a fake's Starlette app.

    Paths under ``exempt`` (fake-only controls, browser pages) are neither logged nor broken."""

    exempt: tuple[str, ...] = ("/__fake",)
    max_hang: float = 30.0  # a hung request gives up after this (so shutdown never blocks long)

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self.request_counts: Counter[str] = Counter()
        self.latency = 0.0
        self._failure: int | None = None
        self._failures_left: int | None = None
        self._hanging = False
        self._release = asyncio.Event()

    # ----------------------------------------------------------------- switches (tests)
    def fail(self, status: int = 503, *, times: int | None = None) -> None:
        """Answer every request (or the next ``times``) with ``status`` and a short text body."""
        self._failure, self._failures_left = status, times

    def hang(self) -> None:
        """Accept requests and never answer them, until the client gives up or recover()."""
        self._hanging = True

    def recover(self) -> None:
        """Back to normal; requests held by hang() are then served."""
        self._failure = self._failures_left = None
        self._hanging = False
        self.latency = 0.0
        self._release.set()
        self._release = asyncio.Event()

    def clear_requests(self) -> None:
        self.requests.clear()
        self.request_counts.clear()

    def count(self, endpoint: str) -> int:
        """Requests received for a route template (e.g. ``"/library/sections/{key}/all"``)."""
        return self.request_counts[endpoint]

    # ----------------------------------------------------------------- plumbing
    def build_app(self, routes: Sequence[BaseRoute]) -> Starlette:
        """The fake's app: ``routes`` plus ``GET /__fake/requests`` (the log, as JSON)."""
        log = Route("/__fake/requests", self._requests_json)
        return Starlette(routes=[*routes, log], middleware=[Middleware(_Gate, service=self)])

    async def _requests_json(self, request: Request) -> Response:
        return JSONResponse([vars(r) for r in self.requests])

    def _record(self, scope: Scope, routes: Sequence[BaseRoute]) -> None:
        endpoint = scope["path"]
        for route in routes:
            match, _ = route.matches(scope)
            if match != Match.NONE:
                endpoint = str(getattr(route, "path", endpoint))
                break
        request = Request(scope)
        self.requests.append(
            RecordedRequest(
                method=scope["method"],
                path=scope["path"],
                endpoint=endpoint,
                query=dict(request.query_params),
                headers=dict(request.headers),
            )
        )
        self.request_counts[endpoint] += 1

    def _take_failure(self) -> int | None:
        status = self._failure
        if status is not None and self._failures_left is not None:
            self._failures_left -= 1
            if self._failures_left <= 0:
                self._failure = self._failures_left = None
        return status


class _Gate:
    def __init__(self, app: ASGIApp, service: FakeService) -> None:
        self.app = app
        self.service = service

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        svc = self.service
        if scope["type"] != "http" or scope["path"].startswith(svc.exempt):
            await self.app(scope, receive, send)
            return
        svc._record(scope, scope["app"].routes)
        if svc.latency:
            await asyncio.sleep(svc.latency)
        if svc._hanging:
            held = await self._hold(receive)
            if held == "gone":
                return  # the client gave up first
            if held == "timeout":
                await Response("fake gave up waiting", status_code=504)(scope, receive, send)
                return
            assert not isinstance(held, str)
            receive = held
        status = svc._take_failure()
        if status is not None:
            await Response(f"fake outage ({status})", status_code=status)(scope, receive, send)
            return
        await self.app(scope, receive, send)

    async def _hold(self, receive: Receive) -> Receive | str:
        """Wait for the client to go ("gone"), recover() (then: a receive that replays what was
        read meanwhile) or max_hang ("timeout")."""
        seen: list[Message] = []

        async def until_disconnect() -> None:
            while (message := await receive())["type"] != "http.disconnect":
                seen.append(message)

        gone = asyncio.ensure_future(until_disconnect())
        released = asyncio.ensure_future(self.service._release.wait())
        await asyncio.wait(
            {gone, released}, timeout=self.service.max_hang, return_when=asyncio.FIRST_COMPLETED
        )
        gone.cancel()
        released.cancel()
        if gone.done() and not gone.cancelled():
            return "gone"
        if not released.done() or released.cancelled():
            return "timeout"

        async def replay() -> Message:
            return seen.pop(0) if seen else await receive()

        return replay


# --------------------------------------------------------------------- content negotiation
def wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def xml_bytes(tag: str, data: Mapping[str, Any]) -> bytes:
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(_element(tag, data))


def _element(tag: str, data: Mapping[str, Any]) -> ET.Element:
    """Scalars become attributes (booleans as "0"/"1"), mappings and lists child elements.
    ``Metadata`` children are named as Plex's XML names them (Video / Directory)."""
    el = ET.Element(tag)
    for key, value in data.items():
        children = (
            value if isinstance(value, list) else [value] if isinstance(value, Mapping) else None
        )
        if children is None:
            if value is not None:
                el.set(key, str(int(value)) if isinstance(value, bool) else str(value))
            continue
        for child in children:
            name = key
            if key == "Metadata":
                name = "Video" if child.get("type") in ("movie", "episode") else "Directory"
            el.append(_element(name, child))
    return el


# --------------------------------------------------------------------- images
def color_for(key: str) -> tuple[int, int, int]:
    digest = hashlib.sha256(key.encode()).digest()
    return digest[0], digest[1], digest[2]


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A solid-colour 8-bit RGB PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = (b"\x00" + bytes(rgb) * width) * height
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def jpeg(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A solid-colour baseline JPEG (YCbCr, no subsampling, unit quantisation).

    Every 8x8 block has only a DC coefficient, so the entropy data is: the first block's DC
    category and amplitude per component, then "no change, end of block" for all others. The DC
    Huffman table gives categories 0-11 the 4-bit codes 0000-1011; the AC table has only EOB ("0").
    """
    r, g, b = rgb
    ycc = (
        0.299 * r + 0.587 * g + 0.114 * b,
        128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
        128 + 0.5 * r - 0.418688 * g - 0.081312 * b,
    )
    first = ""
    for value in ycc:
        dc = round(8 * (value - 128))
        cat = abs(dc).bit_length()
        amplitude = dc if dc >= 0 else dc + (1 << cat) - 1
        first += f"{cat:04b}" + (f"{amplitude:0{cat}b}" if cat else "") + "0"
    blocks = ((width + 7) // 8) * ((height + 7) // 8)
    bits = first + "00000" * 3 * (blocks - 1)
    bits += "1" * (-len(bits) % 8)
    scan = int(bits, 2).to_bytes(len(bits) // 8, "big").replace(b"\xff", b"\xff\x00")

    def segment(marker: int, payload: bytes) -> bytes:
        return struct.pack(">HH", 0xFF00 | marker, len(payload) + 2) + payload

    frame = struct.pack(">BHHB", 8, height, width, 3) + b"\x01\x11\x00\x02\x11\x00\x03\x11\x00"
    tables = b"\x00" + bytes([0, 0, 0, 12] + [0] * 12) + bytes(range(12))
    tables += b"\x10" + bytes([1] + [0] * 15) + b"\x00"
    return (
        b"\xff\xd8"
        + segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        + segment(0xDB, b"\x00" + b"\x01" * 64)
        + segment(0xC0, frame)
        + segment(0xC4, tables)
        + segment(0xDA, b"\x03\x01\x00\x02\x00\x03\x00\x00\x3f\x00")
        + scan
        + b"\xff\xd9"
    )
