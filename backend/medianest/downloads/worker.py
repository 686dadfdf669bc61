"""The download job: run yt-dlp in a killable process, report coalesced progress, place the file
in the library atomically with an NFO and a thumbnail, and ask Plex to scan that folder.

Crash safety: the job record is the source of truth. A worker that dies leaves a stale heartbeat;
the reconciler re-queues the job and the next attempt resumes from the same work folder (yt-dlp
continues the ``.part`` file with a Range request). Placing the file is a ``link`` that never
overwrites, so a retry after a crash between placing and recording finds its own file."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import time
from html import escape
from pathlib import Path
from typing import Any

from medianest.core import tracing
from medianest.core.runtime import get_runtime
from medianest.downloads import names, runner, settings
from medianest.downloads.errors import message_for
from medianest.downloads.models import (
    AUDIO_CONTAINERS,
    Container,
    Download,
    DownloadPhase,
    DownloadStatus,
    ErrorCode,
    Quality,
)
from medianest.downloads.preview import base_spec, cookies_file
from medianest.downloads.service import JOB_KIND, QUEUE
from medianest.downloads.views import now, update_rows
from medianest.jobs import service as jobs
from medianest.jobs.models import Job
from medianest.notifications.models import Kind
from medianest.notifications.service import notify_id
from medianest.users.models import User

log = logging.getLogger(__name__)

PUBLISH_EVERY_S = 0.5
PAUSED_RETRY_S = 60.0
WORK_FOLDER = ".medianest-work"
# Errors another attempt may fix; the rest fail at once.
TRANSIENT = (ErrorCode.NETWORK, ErrorCode.STALLED, ErrorCode.INTERNAL)
HEIGHTS = {Quality.P1080: 1080, Quality.P720: 720, Quality.P480: 480}


def format_for(quality: Quality, container: Container) -> str:
    """A yt-dlp format selection: the quality cap, preferring sources already in the container
    (MP4 and WebM are not re-encoded; MKV takes anything and is remuxed)."""
    if quality is Quality.AUDIO:
        return "ba[ext=m4a]/ba/b" if container is Container.M4A else "ba/b"
    cap = f"[height<=?{HEIGHTS[quality]}]" if quality in HEIGHTS else ""
    generic = f"bv*{cap}+ba/b{cap}"
    if container is Container.MP4:
        return f"bv*{cap}[ext=mp4]+ba[ext=m4a]/b{cap}[ext=mp4]/{generic}"
    if container is Container.WEBM:
        return f"bv*{cap}[ext=webm]+ba[ext=webm]/b{cap}[ext=webm]/{generic}"
    return generic


class Failed(Exception):
    def __init__(self, code: ErrorCode, detail: str = "", message: str | None = None) -> None:
        super().__init__(detail or code.value)
        self.code = code
        self.message = message or message_for(code)


def work_folder(job_id: int) -> Path:
    return settings.library_root() / WORK_FOLDER / f"job-{job_id}"


def fetch_spec(
    row: Download, conf: settings.DownloadSettings, work: Path, owner: User | None = None
) -> dict[str, Any]:
    audio = row.container in AUDIO_CONTAINERS
    max_minutes, max_mb = (
        settings.limits_for(conf, owner)
        if owner is not None
        else (conf.max_duration_minutes, conf.max_file_size_mb)
    )
    return base_spec(conf, row.url) | {
        "mode": "download",
        "work_dir": str(work),
        "format": format_for(row.quality, row.container),
        "remux": row.container.value if row.container is Container.MKV else None,
        "merge_output_format": None if audio else row.container.value,
        "audio_codec": row.container.value if audio else None,
        "max_filesize": max_mb * 1024 * 1024 if max_mb else None,
        "max_duration": max_minutes * 60 if max_minutes else None,
        "ffmpeg": shutil.which("ffmpeg") is not None,
    }


class Progress:
    """Coalesces yt-dlp's progress into at most two writes a second per job."""

    def __init__(self, ctx: jobs.JobContext) -> None:
        self.ctx = ctx
        self.job_id = ctx.job.id
        self.last = 0.0
        self.pending: dict[str, Any] | None = None

    async def phase(self, phase: DownloadPhase) -> None:
        await update_rows(self._mine(), phase=phase)
        await self.ctx.progress(self.ctx.job.progress, phase.value.capitalize())

    async def bytes(self, event: dict[str, Any]) -> None:
        done = int(event.get("downloaded") or 0)
        total = event.get("total")
        fraction = min(done / total, 1.0) if total else 0.0
        self.pending = {
            "phase": DownloadPhase.DOWNLOADING,
            "downloaded_bytes": done,
            "total_bytes": int(total) if total else None,
            "speed_bps": event.get("speed"),
            "eta_s": event.get("eta"),
            # The last percent is moving and scanning.
            "progress": round(fraction * 0.97, 4),
        }
        if time.monotonic() - self.last >= PUBLISH_EVERY_S:
            await self.flush()

    async def flush(self) -> None:
        if self.pending is None:
            return
        changes, self.pending = self.pending, None
        self.last = time.monotonic()
        await update_rows(self._mine(), **changes)
        await self.ctx.progress(changes["progress"], "Downloading")

    def _mine(self) -> dict[str, Any]:
        return {"job_id": self.job_id, "status__in": [DownloadStatus.RUNNING]}


async def handle(ctx: jobs.JobContext) -> dict[str, Any]:
    job = ctx.job
    row = await Download.filter(job_id=job.id).order_by("id").first()
    if row is None:
        return {"skipped": "nobody wants this download any more"}
    if (await settings.load()).paused:
        raise jobs.JobDeferred(PAUSED_RETRY_S, "Downloads are paused")
    active = {"job_id": job.id, "status__in": [DownloadStatus.QUEUED, DownloadStatus.RUNNING]}
    await update_rows(
        active,
        status=DownloadStatus.RUNNING,
        phase=DownloadPhase.EXTRACTING,
        attempts=job.attempts,
        started_at=now(),
        error_code=None,
        error_message=None,
    )
    conf = await settings.load()
    work = work_folder(job.id)
    try:
        work.mkdir(parents=True, exist_ok=True)
        with tracing.span("download.fetch", attributes={"download.site": row.site}):
            result = await _fetch(ctx, row, conf, work)
        with tracing.span("download.place") as placing:
            placed = await _place(row, conf, work, result)
            placing.set_attribute("download.file", placed["path"])
    except Failed as failure:
        await _failed(job, failure)
        raise
    except jobs.JobCancelled:
        shutil.rmtree(work, ignore_errors=True)
        raise
    with tracing.span("download.rescan"):
        await _rescan(ctx, row, conf, placed)
    shutil.rmtree(work, ignore_errors=True)
    size = placed["size"]
    done = await update_rows(
        {"job_id": job.id, "status": DownloadStatus.RUNNING},
        status=DownloadStatus.COMPLETED,
        phase=DownloadPhase.DONE,
        progress=1.0,
        file_path=placed["path"],
        file_size=size,
        downloaded_bytes=size,
        total_bytes=size,
        speed_bps=None,
        eta_s=0,
        finished_at=now(),
        title=placed["title"],
        channel=placed["channel"],
        duration_s=placed["duration"],
    )
    await ctx.progress(1.0, f"Saved {placed['path']}")
    for row in done:
        if row.parent_id is None:  # a playlist's videos are told as one, when it ends
            await notify_id(
                row.owner_id,  # type: ignore[attr-defined]
                Kind.DOWNLOAD_FINISHED,
                f"Saved to Plex: {row.title}",
                placed["path"],
                "/downloads",
            )
    return {"file": placed["path"], "size": size}


async def _fetch(
    ctx: jobs.JobContext, row: Download, conf: settings.DownloadSettings, work: Path
) -> dict[str, Any]:
    progress = Progress(ctx)
    cancelled = False

    async def on_event(event: dict[str, Any]) -> None:
        if event.get("event") == "progress":
            await progress.bytes(event)
        elif event.get("event") == "phase":
            await progress.flush()
            await progress.phase(DownloadPhase(event["phase"]))

    async def should_stop() -> bool:
        nonlocal cancelled
        flag = await Job.filter(id=ctx.job.id).values_list("cancel_requested", flat=True)
        cancelled = bool(flag and flag[0])
        return cancelled

    stall = get_runtime().settings.downloads_stall_timeout_s
    owner = await User.get_or_none(id=row.owner_id)  # type: ignore[attr-defined]
    with cookies_file(conf.cookies) as cookie_path:
        spec = fetch_spec(row, conf, work, owner) | {"cookies_file": cookie_path}
        outcome = await runner.run(
            spec, on_event=on_event, should_stop=should_stop, stall_after_s=stall
        )
    await progress.flush()
    if outcome.stopped == "cancelled":
        raise jobs.JobCancelled
    if outcome.stopped == "stalled":
        raise Failed(ErrorCode.STALLED, f"no progress for {stall} s")
    final = outcome.final
    if final is None:
        raise Failed(ErrorCode.INTERNAL, "the download process ended without a result")
    if final["event"] == "error":
        raise Failed(ErrorCode(final["code"]), str(final.get("detail") or ""), final["message"])
    return final


def _nfo(info: dict[str, Any], site: str) -> str:
    def tag(name: str, value: Any) -> str:
        return f"  <{name}>{escape(str(value))}</{name}>\n" if value not in (None, "") else ""

    date = info.get("upload_date") or ""
    premiered = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else None
    minutes = round(info["duration"] / 60) if info.get("duration") else None
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<movie>\n'
        + tag("title", info.get("title"))
        + tag("plot", info.get("description"))
        + tag("studio", info.get("channel"))
        + tag("premiered", premiered)
        + tag("year", premiered[:4] if premiered else None)
        + tag("runtime", minutes)
        + f'  <uniqueid type="{escape(site)}" default="true">{escape(str(info.get("id")))}'
        + "</uniqueid>\n"
        + tag("trailer", info.get("webpage_url"))
        + "</movie>\n"
    )


async def _place(
    row: Download, conf: settings.DownloadSettings, work: Path, result: dict[str, Any]
) -> dict[str, Any]:
    """Move the finished file into ``<library>/<folder>/<channel>/`` with its NFO and poster."""
    info = result.get("info") or {}
    source = work / Path(str(result["file"])).name
    ext = source.suffix.lstrip(".")
    title = str(info.get("title") or row.title)[:500]
    channel = info.get("channel") or row.channel
    parts = [p for p in (row.folder, names.safe_component(channel, "Unknown channel", 120)) if p]
    try:
        name = names.media_file_name(title, info.get("id") or row.video_id, ext)
        with names.open_folder(settings.library_root(), parts) as folder:
            placed = names.place(source, folder, name)
            stem = placed.rsplit(".", 1)[0]
            names.write_text(folder, f"{stem}.nfo", _nfo(info, row.site))
            thumb = result.get("thumbnail")
            if thumb and (work / thumb).is_file():
                thumb_ext = Path(thumb).suffix.lstrip(".").lower()
                if thumb_ext in ("jpg", "png"):
                    names.place(work / thumb, folder, f"{stem}.{thumb_ext}")
            size = os.stat(placed, dir_fd=folder).st_size
    except names.UnsafePath as exc:
        raise Failed(ErrorCode.STORAGE, str(exc)) from exc
    except OSError as exc:
        raise Failed(ErrorCode.STORAGE, str(exc)) from exc
    duration = info.get("duration") or row.duration_s
    return {
        "path": "/".join([*parts, placed]),
        "folder": "/".join(parts),
        "size": size,
        "title": title,
        "channel": channel,
        "duration": duration,
    }


async def _rescan(
    ctx: jobs.JobContext, row: Download, conf: settings.DownloadSettings, placed: dict[str, Any]
) -> None:
    """Ask Plex to scan just the folder the file went into."""
    if not conf.plex_section_key:
        return
    await update_rows(
        {"job_id": ctx.job.id, "status": DownloadStatus.RUNNING}, phase=DownloadPhase.SCANNING
    )
    base = conf.plex_path or str(settings.library_root())
    path = "/".join([base.rstrip("/"), placed["folder"]]).rstrip("/")
    try:
        from medianest.plex.clients import plex_server

        await (await plex_server()).refresh(conf.plex_section_key, path)
    except Exception:
        # The file is in place; Plex finds it on its next scan anyway.
        log.warning("could not ask Plex to scan %s", path, exc_info=True)


async def _failed(job: Job, failure: Failed) -> None:
    retry = failure.code in TRANSIENT and job.attempts < job.max_attempts
    changes: dict[str, Any] = {
        "error_code": failure.code,
        "speed_bps": None,
        "eta_s": None,
    }
    if retry:
        changes |= {
            "status": DownloadStatus.QUEUED,
            "phase": DownloadPhase.WAITING,
            "error_message": f"{failure.message} Trying again (attempt {job.attempts + 1}).",
        }
    else:
        changes |= {
            "status": DownloadStatus.FAILED,
            "phase": DownloadPhase.DONE,
            "error_message": failure.message,
            "finished_at": now(),
        }
        shutil.rmtree(work_folder(job.id), ignore_errors=True)
    rows = await update_rows(
        {"job_id": job.id, "status__in": [DownloadStatus.RUNNING, DownloadStatus.QUEUED]},
        **changes,
    )
    if not retry:
        for row in rows:
            if row.parent_id is None:
                await notify_id(
                    row.owner_id,  # type: ignore[attr-defined]
                    Kind.DOWNLOAD_FAILED,
                    f"Download failed: {row.title}",
                    failure.message,
                    "/downloads",
                )
        raise jobs.JobFailed(f"{failure.code.value}: {failure}") from failure


async def mark_cancelled(job_id: int) -> None:
    await update_rows(
        {"job_id": job_id, "status__in": [DownloadStatus.RUNNING, DownloadStatus.QUEUED]},
        status=DownloadStatus.CANCELLED,
        phase=DownloadPhase.DONE,
        speed_bps=None,
        eta_s=None,
        finished_at=now(),
    )


async def run(ctx: jobs.JobContext) -> dict[str, Any]:
    try:
        return await handle(ctx)
    except jobs.JobCancelled:
        await mark_cancelled(ctx.job.id)
        raise
    except asyncio.CancelledError:
        # The worker is stopping: the download waits for the next one (its .part is kept).
        await update_rows(
            {"job_id": ctx.job.id, "status": DownloadStatus.RUNNING},
            status=DownloadStatus.QUEUED,
            phase=DownloadPhase.WAITING,
            speed_bps=None,
            eta_s=None,
        )
        raise


jobs.register_kind(jobs.JobKind(name=JOB_KIND, handler=run, queue=QUEUE))
