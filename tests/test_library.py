"""The Plex library: sync against the fake Plex (additions, updates, deletions, items shifting
mid-sync), browse and search over GraphQL with a fixed number of SQL statements, posters through
MediaNest, now playing live, and answering from the database while Plex is down."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from medianest.library import now_playing as now_playing_module
from medianest.library.models import ItemType, MediaItem
from medianest.library.sync import Syncer
from medianest.plex.clients import plex_server
from medianest.settings_admin import service as settings_service
from medianest.users.models import User
from tests.conftest import PlexWorld
from tests.fakes.plex_library import OWNER_TOKEN, SERVER_MACHINE_ID, SERVER_NAME
from tests.fakes.server import serve
from tests.support.gql import GqlClient

Signed = tuple[User, GqlClient]


@pytest.fixture
async def configured(plex: PlexWorld) -> PlexWorld:
    await settings_service.save(
        settings_service.PlexSettings,
        url=plex.pms_url,
        token=OWNER_TOKEN,
        machine_identifier=SERVER_MACHINE_ID,
        server_name=SERVER_NAME,
    )
    return plex


async def sync(full: bool = True) -> Any:
    syncer = Syncer(await plex_server())
    return await (syncer.full() if full else syncer.incremental())


async def assert_db_matches(plex: PlexWorld) -> None:
    lib = plex.pms.library
    expected: set[str] = set()
    for section, types in (("1", (1,)), ("2", (2, 3, 4))):
        for type_ in types:
            expected.update(lib.keys(section, type_))
    stored: list[str] = await MediaItem.all().values_list("rating_key", flat=True)  # type: ignore[assignment]
    assert len(stored) == len(set(stored)), "duplicates"
    assert set(stored) == expected


async def test_full_sync_mirrors_plex_then_follows_changes(configured: PlexWorld) -> None:
    report = await sync()
    await assert_db_matches(configured)
    assert report.written == report.seen
    lib = configured.pms.library
    movie = lib.keys("1", 1)[0]
    lib.update_item(movie, title="Renamed Feature")
    lib.remove_item(lib.keys("1", 1)[1])
    added = lib.add_movie("Brand New Film")
    report = await sync()
    await assert_db_matches(configured)
    assert report.written == 2
    assert report.removed == 1
    assert (await MediaItem.get(rating_key=movie)).title == "Renamed Feature"
    assert await MediaItem.filter(rating_key=added).exists()
    # Nothing changed: nothing written.
    again = await sync()
    assert (again.written, again.removed) == (0, 0)


async def test_incremental_sync_fetches_only_changes(configured: PlexWorld) -> None:
    await sync()
    lib = configured.pms.library
    key = lib.keys("1", 1)[2]
    await asyncio.sleep(1.1)  # Plex timestamps have a resolution of one second
    lib.update_item(key, summary="A new summary.")
    report = await sync(full=False)
    assert report.written == 1
    assert (await MediaItem.get(rating_key=key)).summary == "A new summary."


async def test_items_moving_mid_sync_end_up_right(
    configured: PlexWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    import medianest.library.sync as sync_module

    monkeypatch.setattr(sync_module, "PAGE_SIZE", 4)
    monkeypatch.setattr(sync_module, "OVERLAP", 2)
    lib = configured.pms.library
    for n in range(10):
        lib.add_movie(f"Extra {n:02d}")
    pages = 0
    inner = configured.pms.app

    async def meddling(scope: Any, receive: Any, send: Any) -> None:
        """Plex changing under the sync: after the first page, an early item disappears and
        a later one moves up."""
        nonlocal pages
        if scope["type"] == "http" and scope["path"] == "/library/sections/1/all":
            pages += 1
            if pages == 2:
                keys = lib.keys("1", 1, sort="addedAt")
                lib.remove_item(keys[0])
                lib.move_item(keys[5], before=keys[1])
        await inner(scope, receive, send)

    async with serve(meddling) as url:
        await settings_service.save(settings_service.PlexSettings, url=url)
        report = await sync()
    assert pages >= 4
    await assert_db_matches(configured)
    assert report.seen == len(await MediaItem.all())


async def test_requests_to_plex_scale_with_pages_not_items(configured: PlexWorld) -> None:
    lib = configured.pms.library
    for n in range(1500):
        lib.add_movie(f"Bulk {n:04d}")
    configured.pms.clear_requests()
    report = await sync()
    items = report.seen
    assert len(configured.pms.requests) <= items / 500 + 10
    assert not [r for r in configured.pms.requests if r.path.startswith("/library/metadata/")]


LIBRARY_PAGE = """query($first: Int!, $after: String, $section: ID) {
  libraryItems(first: $first, after: $after, sectionId: $section) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title year posterUrl genres watched parent { id }
                   children(first: 3) { edges { node { id } } } } }
  }
}"""


@pytest.fixture
def sql_log() -> Iterator[list[str]]:
    statements: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            statements.append(record.getMessage())

    logger = logging.getLogger("tortoise.db_client")
    handler = Collect()
    previous = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    yield statements
    logger.removeHandler(handler)
    logger.setLevel(previous)


async def test_browse_costs_the_same_sql_for_10_100_and_1000_items(
    configured: PlexWorld, member: Signed, sql_log: list[str]
) -> None:
    _, client = member
    lib = configured.pms.library
    for n in range(1000):
        lib.add_movie(f"Film {n:04d}")
    await sync()
    counts = []
    for size in (10, 100):
        sql_log.clear()
        page = (await client.data(LIBRARY_PAGE, {"first": size, "section": "1"}))["libraryItems"]
        assert len(page["edges"]) == size
        counts.append(len(sql_log))
    sql_log.clear()
    walked = 0
    after = None
    while walked < 1000:
        page = (await client.data(LIBRARY_PAGE, {"first": 100, "after": after, "section": "1"}))[
            "libraryItems"
        ]
        walked += len(page["edges"])
        after = page["pageInfo"]["endCursor"]
    per_page = len(sql_log) / 10
    assert counts[0] == counts[1] == per_page, (counts, per_page)
    too_big = await client.execute(LIBRARY_PAGE, {"first": 1000})
    assert too_big["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_search_item_pages_and_children(configured: PlexWorld, member: Signed) -> None:
    _, client = member
    await sync()
    show = await MediaItem.filter(type=ItemType.SHOW).first()
    assert show is not None
    found = (
        await client.data(
            "query($q: String!) { librarySearch(query: $q) { edges { node { id title type } } "
            "pageInfo { hasNextPage } } }",
            {"q": show.title.split()[-1].lower()},
        )
    )["librarySearch"]
    assert show.rating_key in [e["node"]["id"] for e in found["edges"]]
    detail = (
        await client.data(
            "query($id: ID!) { libraryItem(id: $id) { title plexUrl children { edges { node { "
            "id type children(first: 2) { pageInfo { hasNextPage endCursor } "
            "edges { node { id type index } } } } } } } }",
            {"id": show.rating_key},
        )
    )["libraryItem"]
    assert detail["plexUrl"].startswith("https://app.plex.tv/desktop#!/server/")
    seasons = [e["node"] for e in detail["children"]["edges"]]
    assert seasons
    assert all(s["type"] == "SEASON" for s in seasons)
    first_season = seasons[0]["children"]
    assert [e["node"]["type"] for e in first_season["edges"]] == ["EPISODE", "EPISODE"]
    assert first_season["pageInfo"]["hasNextPage"] is True  # three episodes, pages of two
    rest = await client.data(
        "query($id: ID!, $after: String) { libraryItem(id: $id) { children(first: 2, "
        "after: $after) { edges { node { index } } pageInfo { hasNextPage } } } }",
        {"id": seasons[0]["id"], "after": first_season["pageInfo"]["endCursor"]},
    )
    assert [e["node"]["index"] for e in rest["libraryItem"]["children"]["edges"]] == [3]
    recent_query = (
        "query($after: String) { recentlyAdded(first: 5, after: $after) { "
        "edges { cursor node { id addedAt } } pageInfo { hasNextPage endCursor } } }"
    )
    page1 = (await client.data(recent_query))["recentlyAdded"]
    page2 = (await client.data(recent_query, {"after": page1["pageInfo"]["endCursor"]}))[
        "recentlyAdded"
    ]
    recent = [e["node"] for e in page1["edges"] + page2["edges"]]
    assert len(recent) == 10
    assert len({r["id"] for r in recent}) == 10
    stamps = [r["addedAt"] for r in recent]
    assert stamps == sorted(stamps, reverse=True)


async def test_posters_come_through_medianest_only_for_signed_in_people(
    configured: PlexWorld, member: Signed, server: str
) -> None:
    _, client = member
    await sync()
    movie = await MediaItem.filter(type=ItemType.MOVIE).first()
    assert movie is not None
    url = f"/images/{movie.rating_key}/poster?w=300"
    async with httpx.AsyncClient(base_url=server) as anonymous:
        assert (await anonymous.get(url)).status_code == 401
    first = await client.http.get(url)
    assert first.status_code == 200
    assert first.content[:3] == b"\xff\xd8\xff" or first.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert "private" in first.headers["cache-control"]
    assert OWNER_TOKEN not in first.text
    calls = configured.pms.count("/photo/:/transcode")
    again = await client.http.get(url)
    assert again.status_code == 200
    assert configured.pms.count("/photo/:/transcode") == calls
    etag = again.headers["etag"]
    assert (await client.http.get(url, headers={"if-none-match": etag})).status_code == 304
    assert (await client.http.get(f"/images/{movie.rating_key}/poster?w=7")).status_code == 400
    assert (await client.http.get("/images/nope/poster?w=300")).status_code == 404


@pytest.fixture
def fast_polling(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(now_playing_module, "POLL_S", 0.2)


async def test_now_playing_is_live_and_private_by_default(
    configured: PlexWorld, fast_polling: None, admin: Signed, member: Signed
) -> None:
    alice, alice_client = member
    alice.plex_id = configured.tv.accounts["alice"].id
    await alice.save()
    _, admin_client = admin
    await sync()
    movie = configured.pms.library.keys("1", 1)[0]
    query = "subscription { nowPlayingUpdated { title userTitle progress } }"
    async with admin_client.subscribe(query) as admin_sub, alice_client.subscribe(query) as own:
        assert (await admin_sub.next())["data"]["nowPlayingUpdated"] == []
        assert (await own.next())["data"]["nowPlayingUpdated"] == []
        configured.pms.start_session(movie, user="owner")
        seen = (await admin_sub.next(timeout=5))["data"]["nowPlayingUpdated"]
        while not seen:
            seen = (await admin_sub.next(timeout=5))["data"]["nowPlayingUpdated"]
        assert [s["userTitle"] for s in seen] == ["owner"]
        # Alice does not see the owner's stream; she sees her own.
        configured.pms.start_session(movie, user="alice")
        mine = (await own.next(timeout=5))["data"]["nowPlayingUpdated"]
        while not mine:
            mine = (await own.next(timeout=5))["data"]["nowPlayingUpdated"]
        assert [s["userTitle"] for s in mine] == ["alice"]
    # With sharing on, Alice sees everyone's streams.
    await admin_client.data(
        "mutation { saveLibrarySettings(shareNowPlaying: true) { library { shareNowPlaying } } }"
    )
    everyone = (await alice_client.data("{ nowPlaying { userTitle } }"))["nowPlaying"]
    assert sorted(s["userTitle"] for s in everyone) == ["alice", "owner"]


async def test_plex_not_set_up_is_not_an_outage(member: Signed) -> None:
    """Before setup there is nothing to reach: no stale-data warning, no breaker."""
    _, client = member
    data = await client.data("{ nowPlaying { title } libraryStatus { plexReachable breakerOpen } }")
    assert data["nowPlaying"] == []
    assert data["libraryStatus"] == {"plexReachable": None, "breakerOpen": False}


async def test_library_answers_from_the_database_while_plex_is_down(
    configured: PlexWorld, member: Signed
) -> None:
    _, client = member
    await sync()
    configured.pms.fail(503)
    for _ in range(6):
        await client.data("{ nowPlaying { title } }")
    status = (await client.data("{ libraryStatus { plexReachable breakerOpen itemCount } }"))[
        "libraryStatus"
    ]
    assert status["plexReachable"] is False
    assert status["breakerOpen"] is True
    assert status["itemCount"] > 0
    page = (await client.data("{ libraryItems(first: 5) { totalCount } }"))["libraryItems"]
    assert page["totalCount"] == status["itemCount"]


async def test_admins_start_a_sync_job(
    configured: PlexWorld, admin: Signed, member: Signed
) -> None:
    _, admin_client = admin
    _, member_client = member
    denied = await member_client.execute("mutation { syncLibrary { id } }")
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    job = (await admin_client.data("mutation { syncLibrary { id status } }"))["syncLibrary"]
    for _ in range(100):
        state = (
            await admin_client.data(
                "query($id: ID!) { job(id: $id) { status message } }", {"id": job["id"]}
            )
        )["job"]
        if state["status"] in {"SUCCEEDED", "FAILED"}:
            break
        await asyncio.sleep(0.1)
    assert state["status"] == "SUCCEEDED", state
    await assert_db_matches(configured)
    sections = (await member_client.data("{ librarySections { id title itemCount } }"))[
        "librarySections"
    ]
    assert {s["id"] for s in sections} == {"1", "2"}


async def test_collections_follow_plex(configured: PlexWorld, member: Signed) -> None:
    _, client = member
    fake = configured.pms.collections
    trilogy = fake.add("1", "Trilogy", ["3", "1", "2"])
    fake.add("1", "Empty shelf", [])
    await sync()
    query = (
        '{ libraryCollections(sectionId: "1") { totalCount edges { node { id title itemCount '
        "posterUrl items(first: 2) { edges { node { id title } } } } } } }"
    )
    found = [e["node"] for e in (await client.data(query))["libraryCollections"]["edges"]]
    assert [(c["title"], c["itemCount"]) for c in found] == [("Empty shelf", 0), ("Trilogy", 3)]
    assert [i["node"]["id"] for i in found[1]["items"]["edges"]] == ["3", "1"]  # Plex's order
    assert found[1]["posterUrl"] == "/images/3/poster?w=300"
    # Unchanged collections cost one request per section; a changed one is read again.
    configured.pms.clear_requests()
    await sync(full=False)
    assert not [r for r in configured.pms.requests if "/collections/" in r.path]
    fake.items[trilogy].items.append("4")
    fake.items[trilogy].updated_at += 10
    del fake.items[next(k for k in fake.items if k != trilogy)]
    await sync(full=False)
    found = [e["node"] for e in (await client.data(query))["libraryCollections"]["edges"]]
    assert [(c["title"], c["itemCount"]) for c in found] == [("Trilogy", 4)]


async def test_a_full_sync_skips_sections_plex_says_are_unchanged(configured: PlexWorld) -> None:
    first = await sync()
    assert first.skipped == 0
    configured.pms.clear_requests()
    again = await sync()
    assert (again.skipped, again.written, again.removed) == (2, 0, 0)
    assert not [r for r in configured.pms.requests if r.path.endswith("/all")]
    # Any change moves contentChangedAt: that section is read again, deletions included.
    configured.pms.library.remove_item("1")
    after = await sync()
    assert after.skipped == 1
    assert after.removed >= 1
    assert not await MediaItem.filter(rating_key="1").exists()
    # An admin's full sync reads everything whatever Plex says.
    forced = await Syncer(await plex_server()).full(force=True)
    assert forced.skipped == 0
