"""Downloads for real: yt-dlp (in its own process) fetching media from the local fake site through
the GraphQL API, with live progress, approval, quotas, de-duplication, cancel and retry."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from medianest.core.runtime import Runtime
from medianest.downloads import preview as previews
from medianest.downloads.models import Download, DownloadStatus
from medianest.jobs.models import Job, JobStatus
from medianest.settings_admin import service as stored
from medianest.users.models import User
from tests.conftest import SignIn
from tests.fakes.server import free_port
from tests.support.downloads import (
    PREVIEW,
    Site,
    downloader,
    enqueue,
    library_files,
    wait_for,
)
from tests.support.gql import GqlClient


async def test_preview_shows_what_a_link_holds(site: Site, sign_in: SignIn) -> None:
    _, client = await downloader(sign_in)
    video = (await client.data(PREVIEW, {"url": f"{site.url}/watch/sample"}))["downloadPreview"]
    assert video["__typename"] == "DownloadPreview"
    assert video["title"] == "Sample Clip"
    assert video["isPlaylist"] is False
    assert video["entryCount"] == 1
    assert video["thumbnailUrl"].endswith("/media/thumb.jpg")
    assert video["alreadyDownloaded"] is False
    playlist = (await client.data(PREVIEW, {"url": f"{site.url}/playlist/sample"}))[
        "downloadPreview"
    ]
    assert playlist["isPlaylist"] is True
    assert playlist["entryCount"] == 2
    assert [e["url"].rsplit("/", 1)[1] for e in playlist["entries"]] == ["clip.mp4", "other.webm"]
    # Preview fetched pages only: no media body was downloaded.
    assert not any(
        r.path.startswith("/media/clip") and r.bytes_sent > 0 for r in site.media.requests
    )


async def test_preview_errors_say_what_to_do(site: Site, sign_in: SignIn) -> None:
    _, client = await downloader(sign_in)

    async def preview(url: str) -> dict[str, Any]:
        return (await client.data(PREVIEW, {"url": url}))["downloadPreview"]  # type: ignore[no-any-return]

    nothing = await preview(f"{site.url}/nomedia")
    assert nothing == {
        "__typename": "DownloadRefused",
        "code": "UNSUPPORTED",
        "message": "No video was found at this address. Check the link.",
    }
    assert (await preview(f"{site.url}/media/missing.mp4"))["code"] == "UNAVAILABLE"
    assert (await preview("not a url"))["__typename"] == "ValidationError"
    blocked = await preview(f"http://127.0.0.1:{free_port()}/watch/sample")
    assert blocked["code"] == "SITE_NOT_ALLOWED"
    await stored.save(stored.DownloadSettings, allowed_sites=("youtube",))
    previews._previews.clear()
    assert (await preview(f"{site.url}/watch/sample"))["code"] == "SITE_NOT_ALLOWED"


async def test_download_lands_in_the_library_with_live_progress(
    site: Site, sign_in: SignIn
) -> None:
    _, client = await downloader(sign_in)
    seen: list[dict[str, Any]] = []
    async with client.subscribe(
        "subscription { downloadUpdated { id status phase progress downloadedBytes } }"
    ) as sub:
        await asyncio.sleep(0.2)
        started = await enqueue(client, f"{site.url}/watch/big")
        assert started["__typename"] == "DownloadQueued", started
        download_id = started["download"]["id"]
        while not seen or seen[-1]["status"] not in ("COMPLETED", "FAILED"):
            event = (await sub.next(timeout=30))["data"]["downloadUpdated"]
            if event["id"] == download_id:
                seen.append(event)
    assert seen[-1]["status"] == "COMPLETED", seen[-1]
    phases = [e["phase"] for e in seen]
    assert "EXTRACTING" in phases
    assert "DOWNLOADING" in phases
    progress = [e["progress"] for e in seen]
    assert progress == sorted(progress)
    assert progress[-1] == 1.0
    row = await Download.get(id=int(download_id))
    assert row.file_path == "Unknown channel/Big Clip [big].mp4"
    assert library_files(site.library) == [
        "Unknown channel/Big Clip [big].jpg",
        "Unknown channel/Big Clip [big].mp4",
        "Unknown channel/Big Clip [big].nfo",
    ]
    data = (site.library / row.file_path).read_bytes()
    assert data == site.media.files["big.mp4"].data
    nfo = (site.library / "Unknown channel/Big Clip [big].nfo").read_text()
    assert "<title>Big Clip</title>" in nfo
    assert "<plot>A larger test pattern.</plot>" in nfo
    assert not (site.library / ".medianest-work").exists() or not any(
        (site.library / ".medianest-work").iterdir()
    )


async def test_the_same_video_is_downloaded_once(site: Site, sign_in: SignIn) -> None:
    _, client = await downloader(sign_in)
    first = await enqueue(client, f"{site.url}/watch/sample")
    await wait_for(first["download"]["id"], DownloadStatus.COMPLETED)
    gets = len(site.media.hits("/media/clip.mp4", "GET"))
    again = await enqueue(client, f"{site.url}/watch/sample")
    assert again["__typename"] == "AlreadyDownloaded"
    assert again["download"]["status"] == "COMPLETED"
    assert again["download"]["fileName"] == "Unknown channel/Sample Clip [sample].mp4"
    assert len(site.media.hits("/media/clip.mp4", "GET")) == gets
    assert [f for f in library_files(site.library) if f.endswith(".mp4")] == [
        "Unknown channel/Sample Clip [sample].mp4"
    ]
    # A copy of what is already in the library costs nothing.
    quota = await client.data("{ downloadQuota { used } }")
    assert quota["downloadQuota"]["used"] == 1


async def test_approval_queue(site: Site, sign_in: SignIn, admin: tuple[User, GqlClient]) -> None:
    _, client = await downloader(sign_in, approval=True)
    _, boss = admin
    waiting = await enqueue(client, f"{site.url}/watch/sample")
    assert waiting["__typename"] == "DownloadAwaitingApproval"
    assert waiting["download"]["status"] == "PENDING_APPROVAL"
    second = await enqueue(client, f"{site.url}/playlist/sample")
    queue = await boss.data("{ downloadApprovals { totalCount edges { node { id title } } } }")
    assert [e["node"]["title"] for e in queue["downloadApprovals"]["edges"]] == [
        "Sample Clip",
        "Sample Playlist",
    ]
    # Members cannot approve.
    denied = await client.execute(
        "mutation($id: ID!) { approveDownload(id: $id) { id } }", {"id": waiting["download"]["id"]}
    )
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    await boss.data(
        "mutation($id: ID!) { approveDownload(id: $id) { status } }",
        {"id": waiting["download"]["id"]},
    )
    await wait_for(waiting["download"]["id"], DownloadStatus.COMPLETED)
    declined = await boss.data(
        'mutation($id: ID!) { declineDownload(id: $id, reason: "Not on this server") '
        "{ status declineReason children { edges { node { status } } } } }",
        {"id": second["download"]["id"]},
    )
    assert declined["declineDownload"] == {
        "status": "DECLINED",
        "declineReason": "Not on this server",
        "children": {"edges": [{"node": {"status": "DECLINED"}}, {"node": {"status": "DECLINED"}}]},
    }


async def test_quota_counts_videos(site: Site, sign_in: SignIn) -> None:
    user, client = await downloader(sign_in)
    user.downloads_per_day = 2
    await user.save()
    first = await enqueue(client, f"{site.url}/watch/sample")
    assert first["__typename"] == "DownloadQueued"
    over = await enqueue(client, f"{site.url}/playlist/sample")
    assert over["__typename"] == "DownloadQuotaExceeded"
    assert (over["limit"], over["used"], over["requested"]) == (2, 1, 2)
    assert "1 left" in over["message"]
    fits = await enqueue(client, f"{site.url}/playlist/sample", maxVideos=1)
    assert fits["__typename"] == "DownloadQueued"
    quota = await client.data("{ downloadQuota { used limit remaining needsApproval } }")
    assert quota["downloadQuota"] == {"used": 2, "limit": 2, "remaining": 0, "needsApproval": False}


async def test_playlist_is_a_parent_with_a_job_per_video(site: Site, sign_in: SignIn) -> None:
    _, client = await downloader(sign_in)
    started = await enqueue(client, f"{site.url}/playlist/sample", quality="BEST", container="MKV")
    assert started["__typename"] == "DownloadQueued", started
    parent = started["download"]
    assert parent["kind"] == "PLAYLIST"
    assert parent["entryCount"] == 2
    done = await wait_for(parent["id"], DownloadStatus.COMPLETED, DownloadStatus.FAILED)
    assert done.status is DownloadStatus.COMPLETED, done.error_message
    assert done.completed_count == 2
    assert done.progress == 1.0
    children = await Download.filter(parent_id=done.id).order_by("id")
    assert len({c.job_id for c in children}) == 2  # type: ignore[attr-defined]
    assert all(c.file_path and c.file_path.endswith(".mkv") for c in children)
    listed = await client.data("{ downloads { totalCount edges { node { kind } } } }")
    assert listed["downloads"]["totalCount"] == 1  # the playlist, not its videos


async def test_cancel_stops_within_two_seconds(site: Site, sign_in: SignIn) -> None:
    _, client = await downloader(sign_in)
    site.media.throttle_bps = 200_000
    started = await enqueue(client, f"{site.url}/watch/big")
    download_id = started["download"]["id"]
    deadline = time.monotonic() + 20
    while (await Download.get(id=int(download_id))).downloaded_bytes == 0:
        assert time.monotonic() < deadline, "the download never started"
        await asyncio.sleep(0.05)
    asked = time.monotonic()
    cancelled = await client.data(
        "mutation($id: ID!) { cancelDownload(id: $id) { status } }", {"id": download_id}
    )
    row = await wait_for(download_id, DownloadStatus.CANCELLED, timeout=5)
    assert time.monotonic() - asked < 2.0
    assert cancelled["cancelDownload"]["status"] == "CANCELLED"
    assert row.finished_at is not None
    await asyncio.sleep(0.5)
    assert library_files(site.library) == []
    # yt-dlp's process is gone: the site sees the connection dropped mid-body.
    deadline = time.monotonic() + 5
    while not all(r.disconnected for r in site.media.hits("/media/big.mp4", "GET")):
        assert time.monotonic() < deadline, "the download kept its connection open"
        await asyncio.sleep(0.05)
    site.media.throttle_bps = None
    retried = await client.data(
        "mutation($id: ID!) { retryDownload(id: $id) { status } }", {"id": download_id}
    )
    assert retried["retryDownload"]["status"] == "QUEUED"
    await wait_for(download_id, DownloadStatus.COMPLETED)


async def test_failures_are_explained_and_retry_works(site: Site, sign_in: SignIn) -> None:
    _, client = await downloader(sign_in)
    site.media.fail_with_status(404)
    started = await enqueue(client, f"{site.url}/watch/sample")
    row = await wait_for(started["download"]["id"], DownloadStatus.FAILED)
    assert row.error_code is not None
    assert row.error_code.value == "unavailable"
    assert row.error_message
    assert "unavailable" in row.error_message
    assert row.attempts == 1  # not worth a second attempt
    site.media.clear_failures()
    await client.data(
        "mutation($id: ID!) { retryDownload(id: $id) { id } }", {"id": started["download"]["id"]}
    )
    await wait_for(started["download"]["id"], DownloadStatus.COMPLETED)


async def test_a_stalled_download_is_stopped_and_tried_again(
    site: Site, sign_in: SignIn, runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runtime.settings, "downloads_stall_timeout_s", 2)
    _, client = await downloader(sign_in)
    site.media.throttle_bps = 30  # headers, then a trickle: no progress for seconds
    started = await enqueue(client, f"{site.url}/watch/big")
    download_id = int(started["download"]["id"])
    deadline = time.monotonic() + 30
    while (row := await Download.get(id=download_id)).error_code is None:
        assert time.monotonic() < deadline, "the stalled download was not stopped"
        await asyncio.sleep(0.05)
    assert row.error_code.value == "stalled"
    assert row.status in (DownloadStatus.QUEUED, DownloadStatus.RUNNING)  # another attempt
    assert row.error_message
    assert "Trying again (attempt 2)" in row.error_message
    job = await Job.get(id=row.job_id)  # type: ignore[attr-defined]
    assert job.attempts == 1
    assert job.status in (JobStatus.QUEUED, JobStatus.RUNNING)


async def test_people_see_only_their_own_downloads(site: Site, sign_in: SignIn) -> None:
    _, alice = await downloader(sign_in, "alice2")
    _, bob = await downloader(sign_in, "bob2")
    started = await enqueue(alice, f"{site.url}/watch/sample")
    download_id = started["download"]["id"]
    assert (await bob.data("{ downloads { totalCount } }"))["downloads"]["totalCount"] == 0
    found = await bob.data("query($id: ID!) { download(id: $id) { id } }", {"id": download_id})
    assert found["download"] is None
    denied = await bob.execute(
        "mutation($id: ID!) { cancelDownload(id: $id) { id } }", {"id": download_id}
    )
    assert denied["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    everyone = await bob.execute("{ downloads(everyone: true) { totalCount } }")
    assert everyone["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    async with bob.subscribe(
        "subscription($id: ID) { downloadUpdated(id: $id) { id } }", {"id": download_id}
    ) as sub:
        with pytest.raises(TimeoutError):
            await sub.next(timeout=1.5)
    await wait_for(download_id, DownloadStatus.COMPLETED)


async def test_lists_and_live_updates_for_admins_and_approvers(
    site: Site, sign_in: SignIn, admin: tuple[User, GqlClient]
) -> None:
    _, member = await downloader(sign_in)
    approver, approving = await sign_in("approver")
    approver.permissions = ["manage_requests"]
    await approver.save()
    _, boss = admin
    query = "subscription($all: Boolean!) { downloadUpdated(everyone: $all) { id status } }"
    async with (
        boss.subscribe(query, {"all": False}) as own,
        boss.subscribe(query, {"all": True}) as everything,
    ):
        await asyncio.sleep(0.3)
        started = await enqueue(member, f"{site.url}/watch/sample")
        download_id = started["download"]["id"]
        seen = (await everything.next(timeout=10))["data"]["downloadUpdated"]
        assert seen["id"] == download_id
        with pytest.raises(TimeoutError):
            await own.next(timeout=1)  # an admin's own feed is their own downloads
    async with member.subscribe(query, {"all": True}) as refused:
        got = await refused.next(timeout=5)
    assert got["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    await wait_for(download_id, DownloadStatus.COMPLETED)
    lists = await member.data(
        "{ active: downloads(active: true) { totalCount } "
        "done: downloads(active: false) { totalCount } }"
    )
    assert (lists["active"]["totalCount"], lists["done"]["totalCount"]) == (0, 1)
    # People who approve requests approve downloads too.
    _, asker = await downloader(sign_in, "asker", approval=True)
    waiting = await enqueue(asker, f"{site.url}/watch/big")
    queue = await approving.data("{ downloadApprovals { totalCount } }")
    assert queue["downloadApprovals"]["totalCount"] == 1
    declined = await approving.data(
        "mutation($id: ID!) { declineDownload(id: $id) { status } }",
        {"id": waiting["download"]["id"]},
    )
    assert declined["declineDownload"]["status"] == "DECLINED"
