"""The local media site serves real files over real HTTP, and real yt-dlp downloads from it
through its generic extractor (protocols.md §5.7, §5.8)."""

from __future__ import annotations

import asyncio
import gc
import json
import re
import time
import warnings
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yt_dlp  # type: ignore[import-untyped]

from tests.fakes.media import SMALL_MP4, FakeMediaServer, FfmpegMissingError, build_media
from tests.fakes.server import serve


class Cancelled(yt_dlp.utils.DownloadCancelled):  # type: ignore[misc]
    pass


@pytest.fixture
def media() -> FakeMediaServer:
    try:
        return FakeMediaServer.with_sample_media()
    except FfmpegMissingError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture
async def base(media: FakeMediaServer) -> AsyncIterator[str]:
    async with serve(media.app) as url:
        yield url


@pytest.fixture
async def http(base: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=base, timeout=10) as client:
        yield client


def ydl_options(tmp_path: Path, **extra: Any) -> dict[str, Any]:
    """What worked against this fake: generic only, per-test paths, no mtime from the server."""
    return {
        "allowed_extractors": ["generic"],
        "paths": {"home": str(tmp_path / "done"), "temp": str(tmp_path / "tmp")},
        "outtmpl": "%(id)s.%(ext)s",
        "updatetime": False,
        "quiet": True,
        "noprogress": True,
        "no_warnings": True,
        "retries": 2,
        "socket_timeout": 5,
        **extra,
    }


def run_ydl(opts: dict[str, Any], url: str, download: bool = True) -> dict[str, Any]:
    """Blocking: run it with ``asyncio.to_thread``. Adds ``_path``/``_bytes`` of the file."""
    with yt_dlp.YoutubeDL(opts) as ydl:
        info = ydl.sanitize_info(ydl.extract_info(url, download=download))
    assert isinstance(info, dict)
    if download and info.get("requested_downloads"):
        info["_path"] = Path(info["requested_downloads"][0]["filepath"])
        info["_bytes"] = info["_path"].read_bytes()
    return info


async def until(check: Any, timeout: float = 5) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not reached"
        await asyncio.sleep(0.02)


def test_missing_ffmpeg_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(FfmpegMissingError, match="apt-get install -y ffmpeg"):
        build_media(SMALL_MP4, tmp_path)


# ---- plain HTTP ---------------------------------------------------------------------------------
async def test_files_have_type_length_and_head(
    http: httpx.AsyncClient, media: FakeMediaServer
) -> None:
    size = len(media.files["clip.mp4"].data)
    assert 100_000 < size < 400_000
    assert len(media.files["big.mp4"].data) > 3_000_000
    got = await http.get("/media/clip.mp4")
    assert got.status_code == 200
    assert got.headers["content-type"] == "video/mp4"
    assert got.headers["content-length"] == str(size)
    assert got.headers["accept-ranges"] == "bytes"
    assert got.content[4:8] == b"ftyp"
    head = await http.head("/media/clip.mp4")
    assert head.headers["content-length"] == str(size)
    assert head.content == b""
    assert (await http.head("/media/tone.mp3")).headers["content-type"] == "audio/mpeg"
    assert (await http.get("/media/missing.mp4")).status_code == 404


async def test_range_requests(http: httpx.AsyncClient, media: FakeMediaServer) -> None:
    data = media.files["clip.mp4"].data
    first = await http.get("/media/clip.mp4", headers={"Range": "bytes=0-99"})
    assert first.status_code == 206
    assert first.headers["content-range"] == f"bytes 0-99/{len(data)}"
    assert first.headers["content-length"] == "100"
    rest = await http.get("/media/clip.mp4", headers={"Range": "bytes=100-"})
    assert rest.status_code == 206
    assert first.content + rest.content == data
    tail = await http.get("/media/clip.mp4", headers={"Range": "bytes=-50"})
    assert tail.content == data[-50:]
    beyond = await http.get("/media/clip.mp4", headers={"Range": f"bytes={len(data)}-"})
    assert beyond.status_code == 416
    assert beyond.headers["content-range"] == f"bytes */{len(data)}"


async def test_chunked_response_has_no_length(
    http: httpx.AsyncClient, media: FakeMediaServer
) -> None:
    got = await http.get("/media/clip.mp4?chunked=1")
    assert "content-length" not in got.headers
    assert got.headers["transfer-encoding"] == "chunked"
    assert got.content == media.files["clip.mp4"].data


async def test_throttle_and_client_disconnect(
    http: httpx.AsyncClient, media: FakeMediaServer
) -> None:
    started = time.monotonic()
    got = await http.get("/media/clip.mp4?bps=200000", headers={"Range": "bytes=0-59999"})
    assert len(got.content) == 60_000
    assert time.monotonic() - started >= 0.25
    media.throttle_bps = 100_000
    async with http.stream("GET", "/media/big.mp4") as response:
        async for _ in response.aiter_bytes():
            break
    record = media.hits("/media/big.mp4")[0]
    await until(lambda: record.disconnected)
    assert record.bytes_sent < len(media.files["big.mp4"].data)
    assert not record.complete


async def test_failure_switches(http: httpx.AsyncClient, media: FakeMediaServer) -> None:
    media.fail_with_status(500, times=1)
    assert (await http.get("/media/clip.mp4")).status_code == 500
    assert (await http.get("/media/clip.mp4")).status_code == 200
    media.drop_after(1000)
    with pytest.raises(httpx.RemoteProtocolError):
        await http.get("/media/clip.mp4")
    record = media.requests[-1]
    assert (record.status, record.bytes_sent, record.complete) == (200, 1000, False)
    media.clear_failures()
    assert (await http.get("/media/clip.mp4")).status_code == 200


async def test_redirects(http: httpx.AsyncClient, base: str) -> None:
    moved = await http.get("/redirect", params={"to": "/media/clip.mp4", "status": "301"})
    assert moved.status_code == 301
    assert moved.headers["location"] == "/media/clip.mp4"
    followed = await http.get(
        "/redirect", params={"to": f"{base}/watch/sample"}, follow_redirects=True
    )
    assert followed.status_code == 200
    assert str(followed.url) == f"{base}/watch/sample"


async def test_pages_carry_metadata(http: httpx.AsyncClient, base: str) -> None:
    page = (await http.get("/watch/sample")).text
    ld = json.loads(re.findall(r'application/ld\+json">(.*?)</script>', page)[0])
    assert ld["@type"] == "VideoObject"
    assert ld["contentUrl"] == f"{base}/media/clip.mp4"
    assert ld["duration"] == "PT3S"
    assert f'property="og:image" content="{base}/media/thumb.jpg"' in page
    playlist = (await http.get("/playlist/sample")).text
    assert playlist.count('property="og:video"') == 2


# ---- real yt-dlp --------------------------------------------------------------------------------
async def test_yt_dlp_downloads_with_progress(
    base: str, media: FakeMediaServer, tmp_path: Path
) -> None:
    hooks: list[dict[str, Any]] = []
    opts = ydl_options(tmp_path, progress_hooks=[hooks.append])
    info = await asyncio.to_thread(run_ydl, opts, f"{base}/watch/sample")
    assert info["_path"] == tmp_path / "done" / "sample.mp4"
    assert info["_bytes"] == media.files["clip.mp4"].data
    size = len(info["_bytes"])
    downloading = [h for h in hooks if h["status"] == "downloading"]
    assert downloading
    assert all(h["total_bytes"] == size for h in downloading)
    assert downloading[-1]["downloaded_bytes"] == size
    finished = [h for h in hooks if h["status"] == "finished"]
    assert len(finished) == 1
    assert finished[0]["downloaded_bytes"] == finished[0]["total_bytes"] == size
    assert [r.path for r in media.requests] == ["/watch/sample", "/media/clip.mp4"]


async def test_yt_dlp_info_without_download(
    base: str, media: FakeMediaServer, tmp_path: Path
) -> None:
    info = await asyncio.to_thread(run_ydl, ydl_options(tmp_path), f"{base}/watch/sample", False)
    assert info["extractor"] == "generic"
    assert (info["id"], info["title"], info["duration"]) == ("sample", "Sample Clip", 3)
    assert info["thumbnail"] == f"{base}/media/thumb.jpg"
    assert info["filesize"] == len(media.files["clip.mp4"].data)
    assert info["ext"] == "mp4"
    assert not media.hits("/media/clip.mp4")
    assert not await asyncio.to_thread((tmp_path / "done").exists)


async def test_yt_dlp_playlist_page(base: str, tmp_path: Path) -> None:
    info = await asyncio.to_thread(run_ydl, ydl_options(tmp_path), f"{base}/playlist/sample", False)
    assert info["_type"] == "playlist"
    assert info["title"] == "Sample Playlist"
    entries = [(e["id"], e["ext"], e["title"]) for e in info["entries"]]
    assert entries == [
        ("clip", "mp4", "Sample Playlist (1)"),
        ("other", "webm", "Sample Playlist (2)"),
    ]


async def test_yt_dlp_cancel_then_resume_with_range(
    base: str, media: FakeMediaServer, tmp_path: Path
) -> None:
    size = len(media.files["big.mp4"].data)
    media.throttle_bps = 1_000_000

    def cancel_early(hook: dict[str, Any]) -> None:
        if hook["status"] == "downloading" and hook["downloaded_bytes"] >= 100_000:
            raise Cancelled("cancelled by user")

    opts = ydl_options(tmp_path, progress_hooks=[cancel_early])
    with pytest.raises(Cancelled):
        await asyncio.to_thread(run_ydl, opts, f"{base}/watch/big")
    part = tmp_path / "tmp" / "big.mp4.part"
    kept = (await asyncio.to_thread(part.stat)).st_size
    assert 100_000 <= kept < size
    await until(lambda: media.hits("/media/big.mp4")[0].disconnected)

    media.throttle_bps = None
    info = await asyncio.to_thread(run_ydl, ydl_options(tmp_path), f"{base}/watch/big")
    assert info["_bytes"] == media.files["big.mp4"].data
    resumed = media.hits("/media/big.mp4")[-1]
    assert resumed.headers["range"] == f"bytes={kept}-"
    assert (resumed.status, resumed.bytes_sent) == (206, size - kept)


async def test_yt_dlp_retries_a_dropped_connection_with_range(
    base: str, media: FakeMediaServer, tmp_path: Path
) -> None:
    media.drop_after(50_000, times=1)
    info = await asyncio.to_thread(run_ydl, ydl_options(tmp_path), f"{base}/watch/sample")
    assert info["_bytes"] == media.files["clip.mp4"].data
    first, second = media.hits("/media/clip.mp4")
    assert (first.bytes_sent, first.complete) == (50_000, False)
    match = re.fullmatch(r"bytes=(\d+)-", second.headers["range"])
    assert match is not None
    resumed_at = int(match.group(1))
    assert 0 < resumed_at <= 50_000  # what yt-dlp had written, not what the server sent
    assert (second.status, second.bytes_sent) == (
        206,
        len(media.files["clip.mp4"].data) - resumed_at,
    )


async def test_yt_dlp_follows_redirect_and_extracts_again(
    base: str, media: FakeMediaServer, tmp_path: Path
) -> None:
    url = f"{base}/redirect?to=/watch/sample"
    info = await asyncio.to_thread(run_ydl, ydl_options(tmp_path), url, False)
    assert info["original_url"] == url
    assert info["webpage_url"] == f"{base}/watch/sample"
    assert [r.path for r in media.requests] == ["/redirect", "/watch/sample", "/watch/sample"]


async def test_yt_dlp_extraction_errors(base: str, tmp_path: Path) -> None:
    opts = ydl_options(tmp_path)
    with pytest.raises(yt_dlp.utils.DownloadError, match="Unsupported URL"):
        await asyncio.to_thread(run_ydl, opts, f"{base}/nomedia", False)
    with pytest.raises(yt_dlp.utils.DownloadError, match="HTTP Error 404"):
        await asyncio.to_thread(run_ydl, opts, f"{base}/media/nothing.mp4", False)


def download_error(opts: dict[str, Any], url: str) -> str:
    try:
        run_ydl(opts, url)
    except yt_dlp.utils.DownloadError as exc:
        return str(exc)
    raise AssertionError("yt-dlp did not fail")


async def test_yt_dlp_download_http_error(
    base: str, media: FakeMediaServer, tmp_path: Path
) -> None:
    media.fail_with_status(500)
    message = await asyncio.to_thread(download_error, ydl_options(tmp_path), f"{base}/watch/sample")
    assert "HTTP Error 500" in message
    assert len(media.hits("/media/clip.mp4")) == 3  # first try + retries=2
    # yt-dlp (requests handler) never closes the socket of an HTTP error response met while
    # downloading; collect it now, its ResourceWarning silenced, so it cannot fail a later test.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()
