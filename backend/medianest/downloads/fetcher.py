"""The yt-dlp process: ``python -m medianest.downloads.fetcher``.

yt-dlp blocks and cannot be interrupted during extraction, so every preview and download runs in
a child process the worker can kill. The job arrives as one JSON line on stdin; events leave as
JSON lines on stdout (``phase``, ``progress``, ``preview``, ``done``, ``error``). The child
refuses connections to forbidden addresses (``urls.install_guard``) and exits when its stdin
closes, so a worker killed with SIGKILL does not leave it running."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

from medianest.downloads.errors import ErrorCode, classify, message_for
from medianest.downloads.urls import install_guard

PROGRESS_EVERY_S = 0.2
_out_lock = threading.Lock()


def emit(event: str, **data: Any) -> None:
    line = json.dumps({"event": event, **data}, default=str)
    with _out_lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


def _exit_when_orphaned() -> None:
    """The parent holds our stdin open; EOF means it is gone."""
    while sys.stdin.buffer.read(65536):
        pass
    os._exit(3)


class _Logger:
    """yt-dlp's messages go to stderr for the worker's log; never parsed for control."""

    def __init__(self) -> None:
        self.last_error = ""

    def debug(self, msg: str) -> None:
        if "larger than max-filesize" in msg:
            self.last_error = msg

    def info(self, msg: str) -> None:
        pass

    def warning(self, msg: str) -> None:
        print(f"yt-dlp warning: {msg}", file=sys.stderr)

    def error(self, msg: str) -> None:
        self.last_error = msg
        print(f"yt-dlp error: {msg}", file=sys.stderr)


class TooLarge(Exception):
    pass


def _options(spec: dict[str, Any], logger: _Logger) -> dict[str, Any]:
    work = spec.get("work_dir")
    options: dict[str, Any] = {
        "allowed_extractors": spec["allowed_extractors"],
        "logger": logger,
        "quiet": True,
        "noprogress": True,
        "no_color": True,
        "updatetime": False,
        "socket_timeout": spec.get("socket_timeout", 20),
        "retries": 3,
        "fragment_retries": 3,
        "continuedl": True,
        "overwrites": False,
        "restrictfilenames": True,
        "noplaylist": spec.get("mode") == "download",
        "enable_file_urls": False,
    }
    if spec.get("cookies_file"):
        options["cookiefile"] = spec["cookies_file"]
    if work:
        options["paths"] = {"home": work, "temp": work}
        options["outtmpl"] = {"default": "media.%(ext)s", "thumbnail": "thumb.%(ext)s"}
    return options


def _info_summary(info: dict[str, Any]) -> dict[str, Any]:
    duration = info.get("duration")
    return {
        "id": info.get("id"),
        "title": info.get("title") or info.get("id") or "Untitled",
        "channel": info.get("channel") or info.get("uploader") or info.get("playlist_uploader"),
        "description": (info.get("description") or "")[:5000],
        "duration": int(duration) if isinstance(duration, (int, float)) else None,
        "thumbnail": info.get("thumbnail"),
        "webpage_url": info.get("webpage_url") or info.get("url"),
        "extractor": (info.get("extractor_key") or info.get("extractor") or "").lower(),
        "upload_date": info.get("upload_date"),
    }


def preview(spec: dict[str, Any]) -> None:
    import yt_dlp  # type: ignore[import-untyped]

    logger = _Logger()
    options = _options(spec, logger) | {"skip_download": True, "extract_flat": "in_playlist"}
    emit("phase", phase="extracting")
    with yt_dlp.YoutubeDL(options) as ydl:
        info = ydl.sanitize_info(ydl.extract_info(spec["url"], download=False))
    summary = _info_summary(info)
    entries = []
    if info.get("_type") == "playlist":
        for entry in info.get("entries") or []:
            if not entry:
                continue
            duration = entry.get("duration")
            entries.append(
                {
                    "id": entry.get("id"),
                    "title": entry.get("title") or entry.get("id") or "Untitled",
                    "duration": int(duration) if isinstance(duration, (int, float)) else None,
                    "url": entry.get("url") or entry.get("webpage_url"),
                }
            )
    emit("preview", info=summary, playlist=info.get("_type") == "playlist", entries=entries)


def _download_options(spec: dict[str, Any], logger: _Logger, hook: Any) -> dict[str, Any]:
    import yt_dlp

    options = _options(spec, logger) | {
        "format": spec["format"],
        "progress_hooks": [hook],
        "writethumbnail": True,
    }
    if spec.get("max_filesize"):
        options["max_filesize"] = spec["max_filesize"]
    if spec.get("merge_output_format"):
        options["merge_output_format"] = spec["merge_output_format"]
    postprocessors: list[dict[str, Any]] = []
    if spec.get("audio_codec"):
        postprocessors.append({"key": "FFmpegExtractAudio", "preferredcodec": spec["audio_codec"]})
    if spec.get("remux") and spec.get("ffmpeg"):
        postprocessors.append({"key": "FFmpegVideoRemuxer", "preferedformat": spec["remux"]})
    if spec.get("ffmpeg"):
        postprocessors.append(
            {"key": "FFmpegThumbnailsConvertor", "format": "jpg", "when": "before_dl"}
        )
    options["postprocessors"] = postprocessors
    if spec.get("max_duration"):
        limit = int(spec["max_duration"])

        def too_long(info: dict[str, Any], *, incomplete: bool) -> str | None:
            duration = info.get("duration")
            if isinstance(duration, (int, float)) and duration > limit:
                raise yt_dlp.utils.DownloadCancelled(f"too long: {duration} > {limit}")
            return None

        options["match_filter"] = too_long
    return options


def download(spec: dict[str, Any]) -> None:
    import yt_dlp

    logger = _Logger()
    max_size = spec.get("max_filesize")
    last = [0.0]

    def hook(status: dict[str, Any]) -> None:
        state = status.get("status")
        if state == "downloading":
            done = int(status.get("downloaded_bytes") or 0)
            total = status.get("total_bytes") or status.get("total_bytes_estimate")
            if max_size and (done > max_size or (status.get("total_bytes") or 0) > max_size):
                raise TooLarge(f"{done} bytes > {max_size}")
            moment = time.monotonic()
            if moment - last[0] >= PROGRESS_EVERY_S:
                last[0] = moment
                eta = status.get("eta")
                emit(
                    "progress",
                    downloaded=done,
                    total=int(total) if total else None,
                    speed=status.get("speed"),
                    eta=int(eta) if isinstance(eta, (int, float)) else None,
                )
        elif state == "finished":
            done = int(status.get("downloaded_bytes") or status.get("total_bytes") or 0)
            emit("progress", downloaded=done, total=done or None, speed=None, eta=0)
            emit("phase", phase="processing")

    options = _download_options(spec, logger, hook)
    emit("phase", phase="extracting")
    with yt_dlp.YoutubeDL(options) as ydl:
        try:
            info = ydl.extract_info(spec["url"], download=True)
        except yt_dlp.utils.DownloadCancelled as exc:
            if "too long" in str(exc):
                emit(
                    "error", code=ErrorCode.TOO_LONG.value, message=message_for(ErrorCode.TOO_LONG)
                )
                return
            raise
        info = ydl.sanitize_info(info)
    files = [d.get("filepath") for d in info.get("requested_downloads") or [] if d.get("filepath")]
    if not files:
        # yt-dlp skips (rc 0, no file) for max_filesize; tell why.
        code = ErrorCode.TOO_LARGE if "max-filesize" in logger.last_error else ErrorCode.INTERNAL
        emit("error", code=code.value, message=message_for(code), detail=logger.last_error)
        return
    work = Path(spec["work_dir"])
    thumbs = sorted(p.name for p in work.glob("thumb.*") if not p.name.endswith(".part"))
    emit(
        "done",
        file=Path(files[0]).name,
        thumbnail=thumbs[0] if thumbs else None,
        info=_info_summary(info),
    )


def main() -> None:
    # Started ahead of need: load yt-dlp and its extractors now, then wait for the job.
    from yt_dlp.extractor import gen_extractor_classes  # type: ignore[import-untyped]

    gen_extractor_classes()

    line = sys.stdin.buffer.readline()
    if not line.strip():
        os._exit(0)  # the worker went away before handing us anything
    spec = json.loads(line)
    threading.Thread(target=_exit_when_orphaned, daemon=True).start()
    install_guard(tuple(pair) for pair in spec.get("unsafe_allow", []))
    try:
        if spec["mode"] == "preview":
            preview(spec)
        else:
            download(spec)
    except TooLarge as exc:
        emit(
            "error",
            code=ErrorCode.TOO_LARGE.value,
            message=message_for(ErrorCode.TOO_LARGE),
            detail=str(exc),
        )
    except FileNotFoundError as exc:
        emit(
            "error",
            code=ErrorCode.INTERNAL.value,
            message=message_for(ErrorCode.INTERNAL),
            detail=str(exc),
        )
    except Exception as exc:  # yt-dlp's DownloadError and everything it wraps
        text = str(exc)
        code = classify(text)
        emit("error", code=code.value, message=message_for(code), detail=text[:2000])
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
