"""Downloads at their edges: redirects to local addresses, hostile titles and planted links, the
Plex rescan, the admin's cookies file, size limits and retention."""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from tortoise import Tortoise

from medianest.downloads.actors import remove_expired
from medianest.downloads.models import Download, DownloadStatus
from medianest.downloads.views import now
from medianest.jobs.models import Job
from medianest.settings_admin import service as stored
from medianest.users.models import Role
from tests.conftest import PlexWorld, SignIn
from tests.fakes.plex_library import OWNER_TOKEN, SERVER_MACHINE_ID
from tests.support.downloads import (
    PREVIEW,
    Site,
    downloader,
    enqueue,
    library_files,
    wait_for,
)
from tests.support.gql import GqlClient


def leftover_cookie_files() -> list[Path]:
    return list(Path(tempfile.gettempdir()).glob("medianest-cookies-*/cookies.txt"))


@pytest.fixture
async def sentinel() -> AsyncIterator[tuple[int, list[int]]]:
    """A loopback server that must never be reached: it counts connections."""
    connections: list[int] = []

    async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(1)
        writer.close()

    server = await asyncio.start_server(accept, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    yield port, connections
    server.close()
    await server.wait_closed()


async def test_a_redirect_to_a_local_address_is_never_followed(
    site: Site, sign_in: SignIn, sentinel: tuple[int, list[int]]
) -> None:
    port, connections = sentinel
    _, client = await downloader(sign_in)
    target = f"http://127.0.0.1:{port}/media/clip.mp4"
    for hop in (target, f"http://2130706433:{port}/x", f"http://[::ffff:127.0.0.1]:{port}/x"):
        result = (await client.data(PREVIEW, {"url": f"{site.url}/redirect?to={hop}"}))[
            "downloadPreview"
        ]
        assert result["__typename"] == "DownloadRefused", result
        assert result["code"] == "SITE_NOT_ALLOWED"
    started = await enqueue(client, f"{site.url}/redirect?to={target}")
    assert started["__typename"] == "DownloadRefused"
    assert connections == []


async def test_hostile_titles_land_inside_the_library(site: Site, sign_in: SignIn) -> None:
    _, client = await downloader(sign_in)
    title = "../../../../tmp/escape/..\\CON" + "é" * 150
    site.media.add_video("evil", "clip.mp4", title, "x")
    started = await enqueue(client, f"{site.url}/watch/evil")
    row = await wait_for(started["download"]["id"], DownloadStatus.COMPLETED)
    assert row.file_path is not None
    placed = (site.library / row.file_path).resolve()
    assert placed.is_relative_to(site.library.resolve())
    assert placed.is_file()
    assert len(placed.name.encode()) <= 200
    assert ".." not in row.file_path.split("/")


async def test_a_planted_link_in_the_library_is_not_followed(
    site: Site, sign_in: SignIn, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    site.library.mkdir(parents=True)
    os.symlink(outside, site.library / "Unknown channel")
    _, client = await downloader(sign_in)
    started = await enqueue(client, f"{site.url}/watch/sample")
    row = await wait_for(started["download"]["id"], DownloadStatus.FAILED)
    assert row.error_code is not None
    assert row.error_code.value == "storage"
    assert list(outside.iterdir()) == []


async def test_plex_scans_just_the_new_folder(site: Site, sign_in: SignIn, plex: PlexWorld) -> None:
    await stored.save(
        stored.PlexSettings,
        url=plex.pms_url,
        token=OWNER_TOKEN,
        machine_identifier=SERVER_MACHINE_ID,
    )
    await stored.save(
        stored.DownloadSettings, plex_section_key="1", plex_path="/data/youtube", layout="per_user"
    )
    _, client = await downloader(sign_in, "erin")
    started = await enqueue(client, f"{site.url}/watch/sample")
    row = await wait_for(started["download"]["id"], DownloadStatus.COMPLETED)
    assert row.file_path == "erin/Unknown channel/Sample Clip [sample].mp4"
    scans = [(s.section, s.path) for s in plex.pms.scans]
    assert scans == [("1", "/data/youtube/erin/Unknown channel")]


async def test_cookies_are_stored_encrypted_and_sent_to_the_site(
    site: Site, sign_in: SignIn
) -> None:
    _, client = await downloader(sign_in)
    _, boss = await sign_in("boss", Role.ADMIN)
    cookies = "# Netscape HTTP Cookie File\n127.0.0.1\tFALSE\t/\tFALSE\t0\tSID\tsecret-session\n"
    bad = await boss.execute(
        "mutation($c: String!) { updateDownloadSettings(input: {cookies: $c}) { cookiesSet } }",
        {"c": "not a cookies file"},
    )
    assert bad["errors"][0]["extensions"]["field"] == "cookies"
    saved = await boss.data(
        "mutation($c: String!) { updateDownloadSettings(input: {cookies: $c}) { cookiesSet } }",
        {"c": cookies},
    )
    assert saved["updateDownloadSettings"]["cookiesSet"] is True
    conn = Tortoise.get_connection("default")
    rows = await conn.execute_query_dict("SELECT data, secrets FROM service_settings")
    assert rows
    assert all("secret-session" not in str(r) for r in rows)
    started = await enqueue(client, f"{site.url}/watch/sample")
    await wait_for(started["download"]["id"], DownloadStatus.COMPLETED)
    media_gets = site.media.hits("/media/clip.mp4", "GET")
    assert media_gets
    assert all("SID=secret-session" in r.headers.get("cookie", "") for r in media_gets)
    # The temporary cookies file is gone.
    assert not leftover_cookie_files()


async def test_files_over_the_size_limit_are_refused(site: Site, sign_in: SignIn) -> None:
    await stored.save(stored.DownloadSettings, max_file_size_mb=1)
    _, client = await downloader(sign_in)
    started = await enqueue(client, f"{site.url}/watch/big")  # ~3.8 MB
    row = await wait_for(started["download"]["id"], DownloadStatus.FAILED)
    assert row.error_code is not None
    assert row.error_code.value == "too_large"
    assert row.error_message == "The file is larger than the allowed maximum size."
    assert library_files(site.library) == []


async def test_retention_removes_old_files(site: Site, sign_in: SignIn) -> None:
    _, client = await downloader(sign_in)
    started = await enqueue(client, f"{site.url}/watch/sample")
    row = await wait_for(started["download"]["id"], DownloadStatus.COMPLETED)
    assert await remove_expired() == 0  # no retention configured: keep forever
    await stored.save(stored.DownloadSettings, retention_days=7)
    assert await remove_expired() == 0  # too new
    await Download.filter(id=row.id).update(finished_at=now() - timedelta(days=8))
    assert await remove_expired() == 1
    assert library_files(site.library) == []
    assert (await Download.get(id=row.id)).removed_at is not None
    again = await enqueue(client, f"{site.url}/watch/sample")
    assert again["__typename"] == "DownloadQueued"  # gone from the library: fetched again


async def test_a_playlist_becomes_a_plex_collection(
    site: Site, sign_in: SignIn, plex: PlexWorld
) -> None:
    await stored.save(
        stored.PlexSettings,
        url=plex.pms_url,
        token=OWNER_TOKEN,
        machine_identifier=SERVER_MACHINE_ID,
    )
    await stored.save(stored.DownloadSettings, plex_section_key="1", plex_path="/data/youtube")
    plex.pms.collections.folders["/data/youtube"] = site.library  # what Plex sees there
    _, client = await downloader(sign_in)
    started = await enqueue(client, f"{site.url}/playlist/sample")
    parent = await wait_for(started["download"]["id"], DownloadStatus.COMPLETED)
    deadline = asyncio.get_running_loop().time() + 20
    while not plex.pms.collections.items:
        assert asyncio.get_running_loop().time() < deadline, "no collection was made"
        await asyncio.sleep(0.1)
    (collection,) = plex.pms.collections.items.values()
    assert collection.title == parent.title == "Sample Playlist"
    assert collection.section == "1"
    files = [plex.pms.library.overrides(plex.pms.library._row(k))["file"] for k in collection.items]
    children = await Download.filter(parent_id=parent.id).order_by("id")
    assert files == [f"/data/youtube/{c.file_path}" for c in children]


async def test_paused_downloads_wait_and_the_page_knows(
    site: Site, sign_in: SignIn, admin: tuple[object, GqlClient]
) -> None:
    _, boss = admin
    _, client = await downloader(sign_in)
    query = "subscription { featureStatusUpdated { name available message } }"
    async with client.subscribe(query) as live:
        first = (await live.next(timeout=5))["data"]["featureStatusUpdated"]
        assert {"name": "downloads", "available": True, "message": None} in first
        await boss.data("mutation { updateDownloadSettings(input: {paused: true}) { paused } }")
        paused = (await live.next(timeout=5))["data"]["featureStatusUpdated"]
        downloads = next(f for f in paused if f["name"] == "downloads")
        assert downloads["available"] is False
        assert "paused" in downloads["message"]
    started = await enqueue(client, f"{site.url}/watch/sample")
    await asyncio.sleep(2)
    row = await Download.get(id=int(started["download"]["id"]))
    assert row.status is DownloadStatus.QUEUED
    job = await Job.get(id=row.job_id)  # type: ignore[attr-defined]
    assert job.attempts == 0  # waiting is not an attempt
    await boss.data("mutation { updateDownloadSettings(input: {paused: false}) { paused } }")
    await wait_for(row.id, DownloadStatus.COMPLETED, timeout=20)


async def test_a_persons_own_size_limit_overrides_the_default(
    site: Site, sign_in: SignIn, admin: tuple[object, GqlClient]
) -> None:
    _, boss = admin
    user, client = await downloader(sign_in, "tight")
    changed = await boss.data(
        "mutation($id: ID!) { updateUser(id: $id, input: {downloadMaxMb: 1}) { __typename "
        "... on UserUpdated { user { downloadMaxMb downloadMaxMinutes } } } }",
        {"id": str(user.id)},
    )
    assert changed["updateUser"]["user"] == {"downloadMaxMb": 1, "downloadMaxMinutes": None}
    quota = await client.data("{ downloadQuota { maxFileSizeMb } }")
    assert quota["downloadQuota"]["maxFileSizeMb"] == 1
    started = await enqueue(client, f"{site.url}/watch/big")  # ~3.8 MB
    row = await wait_for(started["download"]["id"], DownloadStatus.FAILED)
    assert row.error_code is not None
    assert row.error_code.value == "too_large"
