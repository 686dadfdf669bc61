"""Shared by the download tests: the fake media site wired into MediaNest, downloaders, and
helpers to enqueue and wait."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from medianest.core.runtime import Runtime
from medianest.downloads import preview
from medianest.downloads.models import Download, DownloadStatus
from medianest.jobs.models import Job, JobStatus
from medianest.settings_admin import service as stored
from medianest.users.models import Permission, User
from tests.fakes.media import FakeMediaServer, FfmpegMissingError
from tests.fakes.server import free_port, serve
from tests.support.gql import GqlClient

FIELDS = """id kind title channel status phase progress downloadedBytes totalBytes
errorCode errorMessage attempts fileName fileSize entryCount completedCount canCancel canRetry"""
ENQUEUE = f"""mutation($input: EnqueueDownloadInput!) {{ enqueueDownload(input: $input) {{
  __typename
  ... on DownloadQueued {{ download {{ {FIELDS} }} }}
  ... on DownloadAwaitingApproval {{ download {{ {FIELDS} }} }}
  ... on AlreadyDownloaded {{ download {{ {FIELDS} }} }}
  ... on DownloadQuotaExceeded {{ limit used requested message }}
  ... on DownloadRefused {{ code message }}
  ... on ValidationError {{ message field }}
}} }}"""
PREVIEW = """query($url: String!) { downloadPreview(url: $url) {
  __typename
  ... on DownloadPreview { title channel durationSeconds thumbnailUrl isPlaylist entryCount
                           entries { title url } alreadyDownloaded site }
  ... on DownloadRefused { code message }
  ... on ValidationError { message field }
} }"""


@dataclass
class Site:
    media: FakeMediaServer
    url: str
    library: Path


@pytest.fixture
async def site(
    runtime: Runtime, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> AsyncIterator[Site]:
    try:
        media = FakeMediaServer.with_sample_media()
    except FfmpegMissingError as exc:
        pytest.fail(str(exc), pytrace=False)
    port = free_port()
    async with serve(media.app, port=port) as url:
        settings = runtime.settings
        monkeypatch.setattr(settings, "downloads_unsafe_allow", f"127.0.0.1:{port}")
        monkeypatch.setattr(settings, "downloads_dir", tmp_path / "library")
        monkeypatch.setattr(settings, "downloads_stall_timeout_s", 6)
        await stored.save(stored.DownloadSettings, allowed_sites=("generic",))
        preview._previews.clear()
        yield Site(media, url, tmp_path / "library")
        await stop_all_jobs()


async def stop_all_jobs() -> None:
    """Nothing a test started may still run when the next test reuses the ids."""
    await Job.filter(status=JobStatus.QUEUED).update(status=JobStatus.CANCELLED)
    await Job.filter(status=JobStatus.RUNNING).update(cancel_requested=True)
    deadline = time.monotonic() + 15
    while await Job.filter(status=JobStatus.RUNNING).exists():
        assert time.monotonic() < deadline, "a download job did not stop"
        await asyncio.sleep(0.05)


async def downloader(
    sign_in: Any, name: str = "dana", *, approval: bool = False
) -> tuple[User, GqlClient]:
    user, client = await sign_in(name)
    user.permissions = [Permission.DOWNLOAD.value] + (
        [] if approval else [Permission.DOWNLOAD_NO_APPROVAL.value]
    )
    await user.save()
    return user, client


async def enqueue(client: GqlClient, url: str, **options: Any) -> dict[str, Any]:
    data = await client.data(ENQUEUE, {"input": {"url": url, **options}})
    return data["enqueueDownload"]  # type: ignore[no-any-return]


async def wait_for(
    download_id: int | str, *statuses: DownloadStatus, timeout: float = 30
) -> Download:
    deadline = time.monotonic() + timeout
    while True:
        row = await Download.get(id=int(download_id))
        if row.status in statuses:
            return row
        if time.monotonic() > deadline:
            raise AssertionError(
                f"download {download_id} stuck in {row.status}: {row.error_message}"
            )
        await asyncio.sleep(0.05)


def library_files(root: Path) -> list[str]:
    return sorted(
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and ".medianest" not in str(p)
    )
