"""The fake Plex Media Server behaves like the real one where MediaNest's client can tell:
exercised over real HTTP with httpx (protocols.md §2, §6)."""

from __future__ import annotations

import asyncio
import struct
import tracemalloc
import zlib
from collections.abc import AsyncIterator
from typing import Any
from xml.etree import ElementTree as ET

import httpx
import pytest

from tests.fakes.plex_library import EPISODE, OWNER_TOKEN, SERVER_MACHINE_ID, SHOW, PlexLibrary
from tests.fakes.plextv import FakePlexTV
from tests.fakes.pms import FakePMS
from tests.fakes.server import serve

JSON = {"Accept": "application/json"}
Running = tuple[FakePMS, httpx.AsyncClient]


@pytest.fixture
async def pms() -> AsyncIterator[Running]:
    fake = FakePMS(
        PlexLibrary(movies=30, shows=3, seasons=2, episodes=4), plextv=FakePlexTV.seeded()
    )
    headers = JSON | {"X-Plex-Token": OWNER_TOKEN}
    async with serve(fake.app) as base, httpx.AsyncClient(base_url=base, headers=headers) as client:
        yield fake, client


def page(start: int, size: int) -> dict[str, str]:
    return {"X-Plex-Container-Start": str(start), "X-Plex-Container-Size": str(size)}


def container(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()["MediaContainer"]
    return body


async def test_tokens_and_content_negotiation(pms: Running) -> None:
    fake, client = pms
    async with httpx.AsyncClient(base_url=str(client.base_url), headers=JSON) as anonymous:
        identity = container(await anonymous.get("/identity"))  # no token needed
        assert identity == {
            "size": 0,
            "apiVersion": "1.1.1",
            "claimed": True,
            "machineIdentifier": SERVER_MACHINE_ID,
            "version": fake.version,
        }
        for headers in ({}, {"X-Plex-Token": "wrong"}):
            denied = await anonymous.get("/library/sections", headers=headers)
            assert denied.status_code == 401
            assert denied.headers["content-type"].startswith("text/html")
        by_query = await anonymous.get("/", params={"X-Plex-Token": OWNER_TOKEN})
        root = container(by_query)
        assert (root["machineIdentifier"], root["myPlexUsername"]) == (SERVER_MACHINE_ID, "owner")
        xml = await anonymous.get(
            "/library/sections", headers={"Accept": "*/*", "X-Plex-Token": OWNER_TOKEN}
        )
    assert xml.headers["content-type"].startswith("text/xml")
    directories = ET.fromstring(xml.text).findall("Directory")  # noqa: S314 (our own fake)
    assert [d.get("title") for d in directories] == ["Movies", "TV Shows"]


async def test_tokens_follow_plex_tv_shares(pms: Running) -> None:
    fake, client = pms
    assert fake.plextv is not None
    share = fake.plextv.servers[SERVER_MACHINE_ID].shares["alice"].access_token
    for token in (share, fake.plextv.token_for("alice")):
        listing = await client.get("/library/sections", headers={"X-Plex-Token": token})
        assert listing.status_code == 200
        assert (
            await client.get("/status/sessions", headers={"X-Plex-Token": token})
        ).status_code == 401
    for outsider in ("carol", "bob", "dave"):
        token = fake.plextv.token_for(outsider)
        assert (
            await client.get("/library/sections", headers={"X-Plex-Token": token})
        ).status_code == 401
    fake.plextv.revoke_server(SERVER_MACHINE_ID, "alice")
    assert (
        await client.get("/library/sections", headers={"X-Plex-Token": share})
    ).status_code == 401
    fake.add_token("extra", username="guest")
    assert (
        await client.get("/library/sections", headers={"X-Plex-Token": "extra"})
    ).status_code == 200


async def test_sections(pms: Running) -> None:
    _, client = pms
    sections = container(await client.get("/library/sections"))["Directory"]
    assert [(s["key"], s["type"], s["title"]) for s in sections] == [
        ("1", "movie", "Movies"),
        ("2", "show", "TV Shows"),
    ]
    assert sections[0]["Location"] == [{"id": 1, "path": "/data/movies"}]
    assert sections[1]["agent"] == "tv.plex.agents.series"
    assert all(isinstance(s["updatedAt"], int) and s["refreshing"] is False for s in sections)


async def test_section_listing_requires_paging(pms: Running) -> None:
    fake, client = pms
    assert (await client.get("/library/sections/1/all")).status_code == 400
    assert (await client.get("/library/sections/1/all", headers=page(-1, 5))).status_code == 400
    assert (await client.get("/library/sections/9/all", headers=page(0, 5))).status_code == 404

    response = await client.get("/library/sections/1/all", headers=page(10, 5))
    first = container(response)
    assert (first["size"], first["totalSize"], first["offset"]) == (5, 30, 10)
    assert response.headers["X-Plex-Container-Start"] == "10"
    assert response.headers["X-Plex-Container-Total-Size"] == "30"
    as_query = container(await client.get("/library/sections/1/all", params=page(10, 5)))
    assert as_query["Metadata"] == first["Metadata"]
    assert [m["ratingKey"] for m in first["Metadata"]] == fake.library.keys("1")[10:15]
    counts_only = container(await client.get("/library/sections/1/all", headers=page(0, 0)))
    assert counts_only == counts_only | {"size": 0, "totalSize": 30}
    assert "Metadata" not in counts_only
    beyond = container(await client.get("/library/sections/1/all", headers=page(30, 10)))
    assert beyond["size"] == 0
    assert "Metadata" not in beyond


async def test_metadata_shapes(pms: Running) -> None:
    fake, client = pms
    plain = container(await client.get("/library/sections/1/all", headers=page(0, 30)))["Metadata"]
    guided = container(
        await client.get(
            "/library/sections/1/all", params={"includeGuids": "1"}, headers=page(0, 30)
        )
    )["Metadata"]
    assert not any("Guid" in m for m in plain)
    for item in plain:
        assert isinstance(item["ratingKey"], str)
        assert item["key"] == f"/library/metadata/{item['ratingKey']}"
        assert isinstance(item["addedAt"], int)
        assert isinstance(item["updatedAt"], int)
        assert isinstance(item["year"], int)
        assert item["duration"] % 60_000 == 0
        assert item["thumb"].startswith(f"/library/metadata/{item['ratingKey']}/thumb/")
    styles = {"modern": 0, "legacy": 0, "no-tmdb": 0}
    for item in guided:
        ids = [g["id"].split("://")[0] for g in item.get("Guid", [])]
        if item["guid"].startswith("com.plexapp.agents."):
            styles["legacy"] += 1
            assert "Guid" not in item
        elif "tmdb" in ids:
            styles["modern"] += 1
            assert item["guid"].startswith("plex://movie/")
            assert "imdb" in ids
        else:
            styles["no-tmdb"] += 1
            assert ids == ["imdb"]
    assert all(styles.values()), styles
    fake.library.add_movie("Matrix Reloaded Test", tmdb_id=604, imdb_id="tt0234215", year=2003)
    added = container(
        await client.get(
            "/library/sections/1/all",
            params={"title": "reloaded", "includeGuids": "1"},
            headers=page(0, 5),
        )
    )["Metadata"]
    assert [(m["title"], m["year"], m["Guid"]) for m in added] == [
        ("Matrix Reloaded Test", 2003, [{"id": "imdb://tt0234215"}, {"id": "tmdb://604"}])
    ]


async def test_shows_seasons_episodes(pms: Running) -> None:
    fake, client = pms
    shows = container(await client.get("/library/sections/2/all", headers=page(0, 10)))
    assert shows["size"] == 3
    show = shows["Metadata"][0]
    assert (show["type"], show["childCount"], show["leafCount"]) == ("show", 2, 8)
    assert show["key"] == f"/library/metadata/{show['ratingKey']}/children"
    seasons = container(await client.get(show["key"]))["Metadata"]
    assert [(s["type"], s["index"], s["parentRatingKey"]) for s in seasons] == [
        ("season", 1, show["ratingKey"]),
        ("season", 2, show["ratingKey"]),
    ]
    episodes = container(await client.get(seasons[1]["key"]))["Metadata"]
    assert [(e["parentIndex"], e["index"]) for e in episodes] == [(2, 1), (2, 2), (2, 3), (2, 4)]
    assert {e["grandparentTitle"] for e in episodes} == {show["title"]}
    all_episodes = container(
        await client.get(
            "/library/sections/2/all", params={"type": str(EPISODE)}, headers=page(0, 50)
        )
    )
    assert all_episodes["totalSize"] == 24
    assert {e["type"] for e in all_episodes["Metadata"]} == {"episode"}

    one = container(
        await client.get(f"/library/metadata/{show['ratingKey']}", params={"includeChildren": "1"})
    )
    detail = one["Metadata"][0]
    assert "Guid" in detail or detail["guid"].startswith("com.plexapp.agents.")
    assert detail["Children"]["size"] == 2
    keys = f"{show['ratingKey']},{episodes[0]['ratingKey']},999999"
    several = container(await client.get(f"/library/metadata/{keys}"))
    assert [m["type"] for m in several["Metadata"]] == ["show", "episode"]
    assert (await client.get("/library/metadata/999999")).status_code == 404
    fake.library.remove_item(show["ratingKey"])
    assert (await client.get(show["key"])).status_code == 404
    assert container(await client.get("/library/sections/2/all", headers=page(0, 10)))["size"] == 2


async def test_sort_and_filters(pms: Running) -> None:
    fake, client = pms

    async def keys(**params: str) -> list[str]:
        body = container(
            await client.get("/library/sections/1/all", params=params, headers=page(0, 100))
        )
        return [m["ratingKey"] for m in body.get("Metadata", [])]

    newest = await keys(sort="addedAt:desc")
    added = [fake.library.added_at(fake.library.row_of(k) or 0) for k in newest]
    assert added == sorted(added, reverse=True)
    titles = await keys()
    assert titles == fake.library.keys("1")
    cut = added[4]
    assert await keys(**{"sort": "addedAt:desc", "addedAt>>": str(cut)}) == newest[:4]
    assert await keys(**{"addedAt<<": str(cut)}) == [k for k in titles if k in newest[5:]]
    fresh = fake.library.add_movie("Brand New")
    fake.library.update_item(newest[-1], summary="changed")
    since = max(added) + 1
    changed = await keys(**{"updatedAt>>": str(since - 1), "sort": "updatedAt"})
    assert set(changed) >= {fresh, newest[-1]}
    year = fake.library.year(fake.library.row_of(titles[0]) or 0)
    assert titles[0] in await keys(year=str(year))
    for bad in ({"addedAt>": "5"}, {"addedAt>>": "soon"}, {"sort": "bogus"}, {"type": "movie"}):
        response = await client.get("/library/sections/1/all", params=bad, headers=page(0, 5))
        assert response.status_code == 400, bad
    assert await keys(type=str(SHOW)) == []


async def test_paging_through_a_shifting_library(pms: Running) -> None:
    fake, client = pms
    expected = fake.library.keys("1")
    collected: list[str] = []
    for start in range(0, 30, 7):
        body = container(await client.get("/library/sections/1/all", headers=page(start, 7)))
        collected += [m["ratingKey"] for m in body["Metadata"]]
    assert collected == expected

    first = container(await client.get("/library/sections/1/all", headers=page(0, 10)))["Metadata"]
    fake.library.remove_item(first[0]["ratingKey"])  # an early item goes: later pages shift left
    second = container(await client.get("/library/sections/1/all", headers=page(10, 10)))
    assert second["totalSize"] == 29
    assert second["Metadata"][0]["ratingKey"] == expected[11]  # expected[10] slipped to page one
    fake.library.move_item(expected[29], before=expected[1])  # the last one sorts second now
    moved = container(await client.get("/library/sections/1/all", headers=page(0, 3)))["Metadata"]
    assert [m["ratingKey"] for m in moved] == [expected[29], expected[1], expected[2]]


async def test_recently_added_and_search(pms: Running) -> None:
    fake, client = pms
    newest = fake.library.add_movie("Zeppelin Nights")
    recent = container(await client.get("/library/recentlyAdded", headers=page(0, 5)))
    assert recent["Metadata"][0]["ratingKey"] == newest
    added = [m["addedAt"] for m in recent["Metadata"]]
    assert added == sorted(added, reverse=True)
    tv = container(await client.get("/library/sections/2/recentlyAdded", headers=page(0, 3)))
    assert {m["type"] for m in tv["Metadata"]} == {"episode"}
    assert tv["totalSize"] == 24

    assert (await client.get("/hubs/search")).status_code == 400
    hubs = container(await client.get("/hubs/search", params={"query": "zeppelin", "limit": "2"}))[
        "Hub"
    ]
    by_type = {h["type"]: h for h in hubs}
    assert [m["ratingKey"] for m in by_type["movie"]["Metadata"]] == [newest]
    assert by_type["show"] == by_type["show"] | {"size": 0, "more": False}
    assert "Metadata" not in by_type["show"]
    word = fake.library.title(fake.library.row_of(fake.library.keys("1")[0]) or 0).split()[-1]
    capped = {
        h["type"]: h
        for h in container(await client.get("/hubs/search", params={"query": word, "limit": "1"}))[
            "Hub"
        ]
    }
    assert capped["movie"]["size"] == 1


async def test_refresh_is_recorded_and_admin_only(pms: Running) -> None:
    fake, client = pms
    ok = await client.get(
        "/library/sections/1/refresh", params={"path": "/data/movies/New One (2024)"}
    )
    assert (ok.status_code, ok.content) == (200, b"")
    assert fake.refreshing("1")
    sections = container(await client.get("/library/sections"))["Directory"]
    assert [s["refreshing"] for s in sections] == [True, False]
    assert (
        await client.post("/library/sections/2/refresh", params={"force": "1"})
    ).status_code == 200
    assert (await client.delete("/library/sections/1/refresh")).status_code == 200
    assert not fake.refreshing("1")
    assert [(s.section, s.path, s.force, s.method) for s in fake.scans] == [
        ("1", "/data/movies/New One (2024)", False, "GET"),
        ("2", None, True, "POST"),
        ("1", None, False, "DELETE"),
    ]
    assert (await client.get("/library/sections/7/refresh")).status_code == 404
    assert fake.plextv is not None
    friend = {"X-Plex-Token": fake.plextv.token_for("alice")}
    assert (await client.get("/library/sections/1/refresh", headers=friend)).status_code == 401
    assert len(fake.scans) == 3


async def test_sessions(pms: Running) -> None:
    fake, client = pms
    assert container(await client.get("/status/sessions")) == {"size": 0}
    movie = fake.library.keys("1")[0]
    key = fake.start_session(movie, user="alice", view_offset=60_000)
    fake.start_session(
        fake.library.keys("2", EPISODE)[0], user="kid", state="paused", transcode=True, local=False
    )
    sessions = container(await client.get("/status/sessions"))["Metadata"]
    playing = sessions[0]
    assert (playing["ratingKey"], playing["sessionKey"], playing["viewOffset"]) == (
        movie,
        key,
        60_000,
    )
    assert playing["User"]["id"] == "1002"
    assert playing["User"]["title"] == "alice"
    assert playing["Player"]["state"] == "playing"
    assert playing["Session"]["location"] == "lan"
    assert "TranscodeSession" not in playing
    assert sessions[1]["Player"]["state"] == "paused"
    assert "TranscodeSession" in sessions[1]
    fake.update_session(key, state="paused")
    fake.stop_session(key)
    assert [
        s["User"]["title"] for s in container(await client.get("/status/sessions"))["Metadata"]
    ] == ["Kid"]


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert (kind, length) == (b"IHDR", 13)
    assert struct.unpack(">I", data[29:33])[0] == zlib.crc32(data[12:29])
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def jpeg_size(data: bytes) -> tuple[int, int]:
    assert data[:3] == b"\xff\xd8\xff"
    assert data[-2:] == b"\xff\xd9"
    sof = data.index(b"\xff\xc0")
    height, width = struct.unpack(">HH", data[sof + 5 : sof + 9])
    return width, height


async def test_images(pms: Running) -> None:
    _, client = pms
    item = container(await client.get("/library/sections/1/all", headers=page(0, 1)))["Metadata"][0]
    thumb = await client.get(item["thumb"])
    assert thumb.headers["content-type"] == "image/jpeg"
    assert jpeg_size(thumb.content) == (100, 150)
    params = {"url": item["thumb"], "width": "40", "height": "60", "minSize": "1", "upscale": "1"}
    jpeg = await client.get("/photo/:/transcode", params=params)
    assert jpeg.headers["content-type"] == "image/jpeg"
    assert jpeg_size(jpeg.content) == (40, 60)
    png = await client.get("/photo/:/transcode", params=params | {"format": "png"})
    assert png.headers["content-type"] == "image/png"
    assert png_size(png.content) == (40, 60)
    other = await client.get("/photo/:/transcode", params=params | {"url": item["art"]})
    assert other.content != jpeg.content
    assert (await client.get("/photo/:/transcode", params={"width": "5"})).status_code == 400
    missing = params | {"url": "/library/metadata/999999/thumb/1"}
    assert (await client.get("/photo/:/transcode", params=missing)).status_code == 404
    anonymous = await client.get("/photo/:/transcode", params=params, headers={"X-Plex-Token": ""})
    assert anonymous.status_code == 401


async def test_outages(pms: Running) -> None:
    fake, client = pms
    fake.fail(500, times=2)
    assert [(await client.get("/identity")).status_code for _ in range(3)] == [500, 500, 200]
    fake.hang()
    with pytest.raises(httpx.ReadTimeout):
        await client.get("/library/sections", timeout=0.2)
    fake.recover()
    assert (await client.get("/library/sections")).status_code == 200
    fake.latency = 0.05
    started = asyncio.get_running_loop().time()
    await client.get("/identity")
    assert asyncio.get_running_loop().time() - started >= 0.05
    fake.recover()


async def test_a_large_library_pages_cheaply() -> None:
    tracemalloc.start()
    library = PlexLibrary(movies=50_000, shows=0)
    built = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert built < 15_000_000
    fake = FakePMS(library)
    seen: set[str] = set()
    headers = JSON | {"X-Plex-Token": OWNER_TOKEN}
    async with serve(fake.app) as base, httpx.AsyncClient(base_url=base, headers=headers) as client:
        start, total = 0, 1
        while start < total:
            body = container(await client.get("/library/sections/1/all", headers=page(start, 1000)))
            seen.update(m["ratingKey"] for m in body["Metadata"])
            start, total = start + body["size"], body["totalSize"]
    assert len(seen) == 50_000
    assert fake.count("/library/sections/{key}/all") == 50
    assert {r.endpoint for r in fake.requests} == {"/library/sections/{key}/all"}
