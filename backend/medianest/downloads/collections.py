"""A downloaded playlist becomes a Plex collection: once its videos are in the library and Plex
has indexed them (found by their file paths among the section's newest items), one collection
named after the playlist holds them. Asked again (a retry), it adds to the same collection."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from medianest.downloads import settings
from medianest.downloads.models import Download, DownloadStatus
from medianest.jobs import service as jobs
from medianest.settings_admin import service as stored

log = logging.getLogger(__name__)

KIND = "downloads.collection"
WAIT_FOR_INDEX_S = 120.0
POLL_EVERY_S = 2.0


def plex_path_of(conf: settings.DownloadSettings, relative: str) -> str:
    base = conf.plex_path or str(settings.library_root())
    return f"{base.rstrip('/')}/{relative}"


async def maybe_start(parent: Download) -> None:
    """Called when a playlist finishes: make its collection if Plex is set up for downloads."""
    conf = await settings.load()
    if not conf.plex_section_key or parent.completed_count == 0:
        return
    await jobs.create_job(
        KIND,
        f"Plex collection: {parent.title}"[:200],
        payload={"download_id": parent.id},
        max_attempts=3,
    )


async def run(ctx: jobs.JobContext) -> dict[str, Any]:
    from medianest.plex.clients import plex_server

    parent = await Download.get_or_none(id=ctx.job.payload.get("download_id"))
    conf = await settings.load()
    if parent is None or not conf.plex_section_key:
        return {"skipped": True}
    section = conf.plex_section_key
    children = await Download.filter(
        parent_id=parent.id, status=DownloadStatus.COMPLETED, file_path__not_isnull=True
    ).order_by("id")
    wanted = {plex_path_of(conf, c.file_path or ""): c.id for c in children}
    client = await plex_server()
    machine = (await stored.load(stored.PlexSettings)).machine_identifier
    if not machine:
        machine = (await client.identity()).machine_identifier
    await ctx.progress(0.1, "Waiting for Plex to index the videos")
    deadline = time.monotonic() + WAIT_FOR_INDEX_S
    found: dict[str, str] = {}
    while True:
        recent = await client.recent_files(section)
        found = {path: recent[path] for path in wanted if path in recent}
        if len(found) == len(wanted) or time.monotonic() > deadline:
            break
        await asyncio.sleep(POLL_EVERY_S)
    if not found:
        raise RuntimeError("Plex has not indexed any of the playlist's videos yet")
    keys = [found[p] for p in wanted if p in found]  # playlist order
    existing = [c for c in await client.collections(section) if c.get("title") == parent.title]
    if existing:
        key = str(existing[0]["ratingKey"])
        await client.add_to_collection(key, keys, machine)
    else:
        key = await client.create_collection(section, parent.title, keys, machine)
    await ctx.progress(1.0, f"Collection '{parent.title}' has {len(keys)} video(s)")
    return {"collection": key, "items": len(keys), "missing": len(wanted) - len(found)}


jobs.register_kind(jobs.JobKind(name=KIND, handler=run))
