"""A local media web site that real yt-dlp downloads real files from (protocols.md §5.7, §5.8).

Media files are generated with ffmpeg once and cached by their parameters (``build_media``).
Routes (all fake-only, on 127.0.0.1):

* ``GET|HEAD /media/{name}``: the file, with ``Content-Length``, ``Accept-Ranges``, single
  ``Range`` requests (206 / 416); ``?bps=N`` throttles this response, ``?chunked=1`` omits
  ``Content-Length``. Failure switches and ``throttle_bps`` apply here.
* ``GET /watch/{slug}``: an HTML video page (JSON-LD VideoObject + Open Graph + ``<video>``).
* ``GET /playlist/{slug}``: an HTML page with several ``og:video`` tags (a generic playlist).
* ``GET /nomedia``: HTML without media ("Unsupported URL").
* ``GET /redirect?to=<path or URL>&status=302``: a redirect.

By hand: ``python -m tests.fakes.media --port N`` (sample media, e.g. ``/watch/sample``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import html
import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

FFMPEG_MISSING = (
    "ffmpeg is needed to generate the test media files but was not found on PATH. "
    "Install it and run again: `apt-get install -y ffmpeg` (Debian/Ubuntu), "
    "`brew install ffmpeg` (macOS)."
)
CONTENT_TYPES = {
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".jpg": "image/jpeg",
}
LAST_MODIFIED = "Fri, 02 Jan 2026 03:04:05 GMT"


class FfmpegMissingError(RuntimeError):
    pass


@dataclass(frozen=True)
class MediaSpec:
    """Parameters of a generated clip: test pattern video plus a sine tone."""

    container: str = "mp4"  # mp4 | webm | mp3
    seconds: int = 3
    width: int = 160
    height: int = 120
    fps: int = 15
    video_kbps: int = 300
    constant_rate: bool = False  # x264 CBR filler: a predictable, larger size

    def ffmpeg_args(self) -> list[str]:
        video = f"testsrc2=size={self.width}x{self.height}:rate={self.fps}:duration={self.seconds}"
        audio = f"sine=frequency=440:sample_rate=44100:duration={self.seconds}"
        if self.container == "mp3":
            return ["-f", "lavfi", "-i", audio, "-c:a", "libmp3lame", "-b:a", "64k"]
        args = ["-f", "lavfi", "-i", video, "-f", "lavfi", "-i", audio, "-shortest"]
        rate = f"{self.video_kbps}k"
        if self.container == "webm":
            args += ["-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8", "-b:v", rate]
            return [*args, "-c:a", "libopus", "-b:a", "48k"]
        args += ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-b:v", rate]
        if self.constant_rate:
            args += ["-minrate", rate, "-maxrate", rate, "-bufsize", rate, "-x264-params"]
            args += ["nal-hrd=cbr"]
        return [*args, "-c:a", "aac", "-b:a", "64k", "-movflags", "+faststart"]


SMALL_MP4 = MediaSpec()  # ~150 KB
LARGE_MP4 = MediaSpec(seconds=6, width=320, height=240, fps=25, video_kbps=5000, constant_rate=True)
SMALL_WEBM = MediaSpec(container="webm")
TONE_MP3 = MediaSpec(container="mp3")


def media_cache_dir() -> Path:
    default = Path(tempfile.gettempdir()) / "medianest-fake-media"
    return Path(os.environ.get("MEDIANEST_FAKE_MEDIA_DIR", default))


def _ffmpeg(args: list[str], suffix: str, directory: Path | None) -> Path:
    """Run ffmpeg once per distinct argument list; later calls return the cached file."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise FfmpegMissingError(FFMPEG_MISSING)
    folder = directory or media_cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{hashlib.sha256(repr(args).encode()).hexdigest()[:16]}{suffix}"
    if target.exists():
        return target
    partial = target.with_name(f"{target.stem}.{os.getpid()}.tmp{suffix}")
    command = [ffmpeg, "-hide_banner", "-loglevel", "error", "-nostdin", "-y", *args, str(partial)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"ffmpeg failed ({done.returncode}): {done.stderr.strip()}")
    partial.replace(target)  # atomic: parallel test workers never see half a file
    return target


def build_media(spec: MediaSpec = SMALL_MP4, directory: Path | None = None) -> Path:
    return _ffmpeg(spec.ffmpeg_args(), f".{spec.container}", directory)


def build_thumbnail(width: int = 320, height: int = 180, directory: Path | None = None) -> Path:
    pattern = f"testsrc2=size={width}x{height}:rate=1:duration=1"
    return _ffmpeg(["-f", "lavfi", "-i", pattern, "-frames:v", "1"], ".jpg", directory)


@dataclass
class MediaFile:
    name: str
    data: bytes
    content_type: str
    duration: float | None = None
    width: int | None = None
    height: int | None = None


@dataclass
class VideoPage:
    slug: str
    media: str
    title: str
    description: str
    thumbnail: str | None


@dataclass
class MediaRequest:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    status: int | None = None
    bytes_sent: int = 0  # body bytes handed to the socket
    complete: bool = False  # the whole declared body was sent
    disconnected: bool = False  # the client went away mid-body


class FakeMediaServer:
    """Serves registered files and pages; ``requests`` logs every call with bytes sent."""

    def __init__(self, *, chunk_size: int = 64 * 1024) -> None:
        self.chunk_size = chunk_size
        self.files: dict[str, MediaFile] = {}
        self.pages: dict[str, VideoPage] = {}
        self.playlists: dict[str, tuple[str, list[str]]] = {}
        self.requests: list[MediaRequest] = []
        self.throttle_bps: int | None = None  # bytes per second for every media response
        self.fail_status: int | None = None  # answer media GETs with this status
        self.drop_after_bytes: int | None = None  # send headers, N body bytes, then close
        self._fail_skip = 0
        self._fail_times: int | None = None
        routes = [
            Route("/media/{name}", self._media, methods=["GET", "HEAD"]),
            Route("/watch/{slug}", self._watch),
            Route("/playlist/{slug}", self._playlist),
            Route("/nomedia", self._nomedia),
            Route("/redirect", self._redirect),
        ]
        self.app: ASGIApp = _Log(self, Starlette(routes=routes))

    # ---- test-side API ------------------------------------------------------------------------
    def add_file(self, name: str, source: Path | bytes, **meta: Any) -> str:
        """Serve ``source`` at ``/media/{name}``; returns that path."""
        data = source if isinstance(source, bytes) else source.read_bytes()
        content_type = meta.pop("content_type", None) or CONTENT_TYPES.get(
            Path(name).suffix, "application/octet-stream"
        )
        self.files[name] = MediaFile(name, data, content_type, **meta)
        return f"/media/{name}"

    def add_spec(self, name: str, spec: MediaSpec, directory: Path | None = None) -> str:
        """Generate (or reuse) a clip and serve it, remembering duration and size."""
        path = build_media(spec, directory)
        size = {} if spec.container == "mp3" else {"width": spec.width, "height": spec.height}
        return self.add_file(name, path, duration=float(spec.seconds), **size)

    def add_video(
        self, slug: str, media: str, title: str, description: str = "", thumbnail: str | None = None
    ) -> str:
        """An HTML page for one registered file; ``thumbnail`` names a registered image."""
        self.pages[slug] = VideoPage(slug, media, title, description, thumbnail)
        return f"/watch/{slug}"

    def add_playlist(self, slug: str, media: list[str], title: str) -> str:
        self.playlists[slug] = (title, media)
        return f"/playlist/{slug}"

    def fail_with_status(
        self, status: int = 500, *, times: int | None = None, skip: int = 0
    ) -> None:
        """Media GETs answer ``status``: after ``skip`` good ones, for ``times`` (None: all)."""
        self.fail_status, self.drop_after_bytes = status, None
        self._fail_skip, self._fail_times = skip, times

    def drop_after(self, n_bytes: int, *, times: int | None = None, skip: int = 0) -> None:
        """Media GETs declare the full length but close the connection after ``n_bytes``."""
        self.fail_status, self.drop_after_bytes = None, n_bytes
        self._fail_skip, self._fail_times = skip, times

    def clear_failures(self) -> None:
        self.fail_status = self.drop_after_bytes = None

    def hits(self, path: str, method: str | None = None) -> list[MediaRequest]:
        return [r for r in self.requests if r.path == path and method in (None, r.method)]

    @classmethod
    def with_sample_media(cls, directory: Path | None = None) -> FakeMediaServer:
        """clip.mp4 (small), big.mp4 (~3.8 MB), other.webm, tone.mp3, thumb.jpg and pages
        /watch/sample, /watch/big, /playlist/sample (clip + other)."""
        server = cls()
        server.add_spec("clip.mp4", SMALL_MP4, directory)
        server.add_spec("big.mp4", LARGE_MP4, directory)
        server.add_spec("other.webm", SMALL_WEBM, directory)
        server.add_spec("tone.mp3", TONE_MP3, directory)
        server.add_file("thumb.jpg", build_thumbnail(directory=directory))
        server.add_video("sample", "clip.mp4", "Sample Clip", "A test pattern.", "thumb.jpg")
        server.add_video("big", "big.mp4", "Big Clip", "A larger test pattern.", "thumb.jpg")
        server.add_playlist("sample", ["clip.mp4", "other.webm"], "Sample Playlist")
        return server

    # ---- routes -------------------------------------------------------------------------------
    def _take_failure(self) -> bool:
        if self.fail_status is None and self.drop_after_bytes is None:
            return False
        if self._fail_skip > 0:
            self._fail_skip -= 1
            return False
        if self._fail_times is None:
            return True
        self._fail_times -= 1
        return self._fail_times >= 0

    async def _media(self, request: Request) -> Response:
        media = self.files.get(request.path_params["name"])
        if media is None:
            return PlainTextResponse("Not Found", 404)
        fail = request.method == "GET" and self._take_failure()
        if fail and self.fail_status is not None:
            return PlainTextResponse("Internal Server Error", self.fail_status)
        size, status = len(media.data), 200
        etag = hashlib.sha256(media.data).hexdigest()[:16]
        headers = {"Content-Type": media.content_type, "Accept-Ranges": "bytes"}
        headers.update({"ETag": f'"{etag}"', "Last-Modified": LAST_MODIFIED})
        start, end = 0, size - 1
        wanted = _parse_range(request.headers.get("range"), size)
        if wanted is not None and (wanted[0] >= size or wanted[0] > wanted[1]):
            return Response(status_code=416, headers={"Content-Range": f"bytes */{size}"})
        if wanted is not None:
            (start, end), status = wanted, 206
            headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        chunked = request.query_params.get("chunked") == "1"
        if not chunked:
            headers["Content-Length"] = str(end - start + 1)
        bps = int(request.query_params.get("bps") or self.throttle_bps or 0) or None
        body = b"" if request.method == "HEAD" else media.data[start : end + 1]
        drop = self.drop_after_bytes if fail else None
        record, step = request.state.record, self.chunk_size
        return _Body(record, body, status, headers=headers, step=step, bps=bps, drop=drop)

    def _page(self, request: Request, title: str, head: list[str], body: str) -> Response:
        meta = [f'<meta property="og:title" content="{html.escape(title)}">', *head]
        text = (
            f"<!doctype html>\n<html><head><meta charset=utf-8><title>{html.escape(title)}"
            f"</title>\n{chr(10).join(meta)}\n</head><body><h1>{html.escape(title)}</h1>"
            f"\n{body}\n</body></html>\n"
        )
        return HTMLResponse(text)

    async def _watch(self, request: Request) -> Response:
        page = self.pages.get(request.path_params["slug"])
        if page is None:
            return PlainTextResponse("Not Found", 404)
        media, base = self.files[page.media], str(request.base_url).rstrip("/")
        src = f"{base}/media/{media.name}"
        thumb = f"{base}/media/{page.thumbnail}" if page.thumbnail else None
        ld: dict[str, Any] = {"@context": "https://schema.org", "@type": "VideoObject"}
        ld.update(name=page.title, description=page.description, contentUrl=src)
        ld.update(encodingFormat=media.content_type, contentSize=str(len(media.data)))
        ld.update(uploadDate="2026-01-02T03:04:05Z", thumbnailUrl=thumb)
        if media.duration is not None:
            ld["duration"] = f"PT{media.duration:g}S"
        if media.width:
            ld.update(width=media.width, height=media.height)
        head = [
            f'<meta property="og:description" content="{html.escape(page.description)}">',
            f'<meta property="og:video" content="{src}">',
            f'<meta property="og:video:type" content="{media.content_type}">',
            *([f'<meta property="og:image" content="{thumb}">'] if thumb else []),
            '<script type="application/ld+json">'
            + json.dumps(ld).replace("</", "<\\/")
            + "</script>",
        ]
        video = f'<video controls><source src="/media/{media.name}" type="{media.content_type}">'
        return self._page(request, page.title, head, video + "</video>")

    async def _playlist(self, request: Request) -> Response:
        found = self.playlists.get(request.path_params["slug"])
        if found is None:
            return PlainTextResponse("Not Found", 404)
        title, names = found
        base = str(request.base_url).rstrip("/")
        head = [f'<meta property="og:video" content="{base}/media/{n}">' for n in names]
        head.append('<meta property="og:video:type" content="video/mp4">')
        links = "".join(f'<li><a href="/media/{n}">{html.escape(n)}</a></li>' for n in names)
        return self._page(request, title, head, f"<ul>{links}</ul>")

    async def _nomedia(self, request: Request) -> Response:
        return self._page(request, "Nothing to see", [], "<p>No media on this page.</p>")

    async def _redirect(self, request: Request) -> Response:
        target = request.query_params.get("to", "/")
        return RedirectResponse(target, int(request.query_params.get("status", "302")))


def _parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """A single ``bytes=`` range → (first, last), possibly unsatisfiable; None → whole body."""
    if not header or not header.startswith("bytes=") or "," in header:
        return None
    first, _, last = header[6:].strip().partition("-")
    try:
        if not first:
            return max(size - int(last), 0), size - 1
        return int(first), min(int(last) if last else size - 1, size - 1)
    except ValueError:
        return None


class _Body(Response):
    """Streams a body in chunks: optional throttle, optional early close, stops on disconnect."""

    def __init__(self, record: MediaRequest, body: bytes, status: int, **kw: Any) -> None:
        self.record, self.data, self.status_code = record, body, status
        self.step: int = kw["step"]
        self.bps: int | None = kw["bps"]
        self.drop: int | None = kw["drop"]
        self.raw_headers = [(k.lower().encode(), v.encode()) for k, v in kw["headers"].items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        start = {"type": "http.response.start", "status": self.status_code}
        await send({**start, "headers": self.raw_headers})
        gone = asyncio.Event()

        async def watch() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass
            gone.set()

        watcher = asyncio.create_task(watch())
        limit = len(self.data) if self.drop is None else min(self.drop, len(self.data))
        step = max(1024, min(self.step, self.bps // 20)) if self.bps else self.step
        try:
            sent = 0
            while sent < limit and not gone.is_set():
                piece = self.data[sent : min(sent + step, limit)]
                await send({"type": "http.response.body", "body": piece, "more_body": True})
                sent += len(piece)
                if self.bps:
                    # Throttled, but a client that goes away ends the response at once.
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(gone.wait(), len(piece) / self.bps)
            await asyncio.sleep(0)
            if gone.is_set():
                self.record.disconnected = True
            elif self.drop is None:
                await send({"type": "http.response.body", "body": b"", "more_body": False})
            # on a drop we return without finishing: uvicorn then closes the connection
        finally:
            watcher.cancel()


class _Log:
    """Records every request (status, body bytes, completeness) before the app sees it."""

    def __init__(self, server: FakeMediaServer, app: ASGIApp) -> None:
        self.server, self.inner = server, app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.inner(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        record = MediaRequest(
            scope["method"], scope["path"], scope["query_string"].decode(), headers
        )
        self.server.requests.append(record)
        scope.setdefault("state", {})["record"] = record

        async def logged_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                record.status = message["status"]
            elif message["type"] == "http.response.body":
                record.bytes_sent += len(message.get("body", b""))
                record.complete = not message.get("more_body", False)
            await send(message)

        await self.inner(scope, receive, logged_send)


def main() -> None:
    from tests.fakes.server import run_standalone

    parser = argparse.ArgumentParser(description="Fake media site for yt-dlp (sample media)")
    parser.add_argument("--port", type=int, default=8089)
    args = parser.parse_args()
    server = FakeMediaServer.with_sample_media()
    print("pages: /watch/sample /watch/big /playlist/sample /nomedia; files under /media/")
    run_standalone(server.app, args.port)


if __name__ == "__main__":
    main()
