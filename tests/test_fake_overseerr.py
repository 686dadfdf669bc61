"""The fake Overseerr behaves like the real one where MediaNest's client can tell: exercised over
real HTTP with httpx, as the MediaNest client will talk to it (protocols.md §3, §6, §8)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest

from tests.fakes.overseerr import (
    FakeOverseerr,
    MediaRequestStatus,
    MediaStatus,
    Notification,
    Permission,
)
from tests.fakes.server import serve
from tests.support.overseerr_api import (
    FORBIDDEN,
    PLUS_MESSAGE,
    TRUSTED,
    api,
    movie,
    tv,
)


# -- authentication --------------------------------------------------------------------------------
async def test_status_is_public_and_auth_me_follows_x_api_user(
    running: tuple[FakeOverseerr, str],
) -> None:
    fake, base = running
    alice = fake.add_user("alice", plex_id=2001)
    async with api(base, key=None) as anonymous:
        status = await anonymous.get("/status")
    assert status.status_code == 200
    assert status.json()["version"] == "1.33.2"
    async with api(base) as admin, api(base, user=alice.id) as as_alice:
        me = (await admin.get("/auth/me")).json()
        assert (me["id"], me["permissions"], me["plexId"]) == (1, Permission.ADMIN, 1000001)
        me = (await as_alice.get("/auth/me")).json()
    assert (me["id"], me["displayName"], me["plexId"]) == (alice.id, "alice", 2001)
    assert "plexToken" not in me
    assert "password" not in me


async def test_no_key_is_401_and_a_wrong_key_or_user_is_403(
    running: tuple[FakeOverseerr, str],
) -> None:
    _, base = running
    async with api(base, key=None) as anonymous:
        answer = await anonymous.get("/request")
        assert answer.status_code == 401
        assert answer.json() == {
            "message": "cookie 'connect.sid' required",
            "errors": [{"path": "/api/v1/request", "message": "cookie 'connect.sid' required"}],
        }
        # A session cookie passes the validator, but no session matches it.
        cookie = await anonymous.get("/request", headers={"Cookie": "connect.sid=s%3Anope"})
        assert (cookie.status_code, cookie.json()) == (403, FORBIDDEN)
    async with api(base, key="wrong") as wrong, api(base, user=999) as ghost:
        answer = await wrong.get("/request")
        assert (answer.status_code, answer.json()) == (403, FORBIDDEN)
        answer = await ghost.get("/request")
        assert (answer.status_code, answer.json()) == (403, FORBIDDEN)
        # The validator runs before the key check: a bad query is 400 even with a wrong key.
        assert (await wrong.get("/search?query=a+b")).status_code == 400
    async with api(base, key=None) as anonymous:
        assert (await anonymous.get("/search?query=a+b")).status_code == 401


# -- the query-string trap -------------------------------------------------------------------------
async def test_plus_for_space_is_refused_and_percent20_is_decoded(
    running: tuple[FakeOverseerr, str],
) -> None:
    fake, base = running
    async with api(base) as client:
        answer = await client.get("/search", params={"query": "harry potter", "page": 1})
        assert fake.last_call.query_string == "query=harry+potter&page=1"
        assert answer.status_code == 400
        assert answer.json() == {
            "message": PLUS_MESSAGE,
            "errors": [{"path": "/query/query", "message": PLUS_MESSAGE}],
        }
        answer = await client.get(f"/search?query={quote('harry potter', safe='')}&page=1")
        assert answer.status_code == 200
        assert fake.last_call.query_string == "query=harry%20potter&page=1"
        titles = [r["title"] for r in answer.json()["results"]]
        assert titles[0] == "Harry Potter and the Philosopher's Stone"
        assert len(titles) == 3
        # Other reserved characters, undeclared and empty parameters: all refused.
        assert (await client.get("/search?query=it's")).status_code == 400
        unknown = await client.get("/search?query=x&foo=1")
        assert unknown.status_code == 400
        assert unknown.json()["message"] == "Unknown query parameter 'foo'"
        assert (await client.get("/search?query=")).status_code == 400
        assert (await client.get("/search")).status_code == 400
        amelie = await client.get(f"/search?query={quote('Amélie', safe='')}")
        assert [r["id"] for r in amelie.json()["results"]] == [194]


# -- TMDB-backed pages -----------------------------------------------------------------------------
async def test_search_mixes_types_pages_and_shows_media_info_only_when_known(
    running: tuple[FakeOverseerr, str],
) -> None:
    fake, base = running
    fake.add_request(1, 603)
    async with api(base) as client:
        matrix = (await client.get("/search?query=matrix")).json()
        assert matrix["results"][0]["mediaInfo"]["status"] == MediaStatus.PROCESSING
        assert matrix["results"][0]["posterPath"].startswith("/")
        keanu = (await client.get("/search?query=keanu")).json()["results"][0]
        assert keanu["mediaType"] == "person"
        assert [k["title"] for k in keanu["knownFor"]] == ["The Matrix"]
        assert "mediaInfo" not in keanu["knownFor"][0]
        breaking = (await client.get("/search?query=breaking%20bad")).json()["results"][0]
        assert (breaking["mediaType"], breaking["name"], breaking["firstAirDate"]) == (
            "tv",
            "Breaking Bad",
            "2008-01-20",
        )
        assert "mediaInfo" not in breaking
        first = (await client.get("/search?query=the&page=1")).json()
        second = (await client.get("/search?query=the&page=2")).json()
        assert first["totalResults"] > 40
        assert first["totalPages"] >= 3
        assert len(first["results"]) == 20
        assert second["page"] == 2
        assert {r["mediaType"] for r in first["results"] + second["results"]} >= {"movie", "tv"}
        assert {r["id"] for r in first["results"]}.isdisjoint(r["id"] for r in second["results"])
        empty = (await client.get("/search?query=zzzzqqq")).json()
        assert empty == {"page": 1, "totalPages": 1, "totalResults": 0, "results": []}
        fake.tmdb_down = True
        down = await client.get("/search?query=matrix")
        assert (down.status_code, down.json()) == (
            500,
            {"message": "Unable to retrieve search results."},
        )


async def test_movie_and_series_details(running: tuple[FakeOverseerr, str]) -> None:
    fake, base = running
    fake.set_season_status(1399, 1, MediaStatus.AVAILABLE)
    async with api(base) as client:
        movie = (await client.get("/movie/603")).json()
        assert (movie["title"], movie["releaseDate"], movie["imdbId"][:2]) == (
            "The Matrix",
            "1999-03-31",
            "tt",
        )
        assert "mediaInfo" not in movie
        show = (await client.get("/tv/1399")).json()
        assert show["numberOfSeasons"] == 8
        assert show["externalIds"]["tvdbId"] == 121361
        assert [s["seasonNumber"] for s in show["seasons"]] == list(range(9))
        assert [(s["seasonNumber"], s["status"]) for s in show["mediaInfo"]["seasons"]] == [(1, 5)]
        missing = await client.get("/movie/1")
        assert (missing.status_code, missing.json()) == (
            500,
            {"message": "Unable to retrieve movie."},
        )
        missing = await client.get("/tv/2")
        assert (missing.status_code, missing.json()) == (
            500,
            {"message": "Unable to retrieve series."},
        )
        assert (await client.get("/movie/abc")).status_code == 400


# -- creating requests -----------------------------------------------------------------------------
async def test_the_admin_key_auto_approves_and_x_api_user_makes_a_pending_request(
    running: tuple[FakeOverseerr, str],
) -> None:
    fake, base = running
    alice = fake.add_user("alice", plex_id=2001)
    async with api(base) as admin, api(base, user=alice.id) as as_alice:
        made = await admin.post("/request", json=movie(603))
        assert made.status_code == 201
        body = made.json()
        assert (body["status"], body["media"]["status"], body["media"]["status4k"]) == (2, 3, 1)
        assert (body["requestedBy"]["id"], body["modifiedBy"]["id"]) == (1, 1)
        # userId only re-attributes; the admin key still auto-approves.
        for_alice = await admin.post("/request", json=movie(550, userId=alice.id))
        assert (for_alice.json()["status"], for_alice.json()["requestedBy"]["id"]) == (2, alice.id)
        pending = await as_alice.post("/request", json=movie(680))
        body = pending.json()
        assert (pending.status_code, body["status"], body["media"]["status"]) == (201, 1, 2)
        assert (body["requestedBy"]["id"], body["modifiedBy"]) == (alice.id, None)
        assert body["requestedBy"]["plexId"] == 2001
        refused = await as_alice.post("/request", json=movie(13, userId=1))
        assert (refused.status_code, refused.json()) == (
            403,
            {"message": "You do not have permission to modify the request user."},
        )


R = Permission.REQUEST


@pytest.mark.parametrize(
    ("permissions", "media", "expected"),
    [
        (R, movie(603), 1),
        (TRUSTED, movie(603), 2),
        (R | Permission.AUTO_APPROVE_MOVIE, movie(603), 2),
        (R | Permission.AUTO_APPROVE_TV, movie(603), 1),
        (R | Permission.AUTO_APPROVE_TV, tv(1396, [1]), 2),
        (Permission.REQUEST_MOVIE | Permission.MANAGE_REQUESTS, movie(603), 2),
        (TRUSTED | Permission.REQUEST_4K, movie(603, is4k=True), 1),
        (TRUSTED | Permission.REQUEST_4K | Permission.AUTO_APPROVE_4K, movie(603, is4k=True), 2),
    ],
)
async def test_auto_approval_follows_the_acting_users_permission_bits(
    running: tuple[FakeOverseerr, str], permissions: int, media: dict[str, Any], expected: int
) -> None:
    fake, base = running
    user = fake.add_user("someone", permissions=permissions)
    async with api(base, user=user.id) as client:
        made = await client.post("/request", json=media)
    assert made.status_code == 201
    assert made.json()["status"] == expected


async def test_duplicates_seasons_and_refusals(running: tuple[FakeOverseerr, str]) -> None:
    fake, base = running
    bob = fake.add_user("bob", movie_quota_limit=1)
    viewer = fake.add_user("viewer", permissions=Permission.NONE)
    async with api(base) as admin, api(base, user=bob.id) as as_bob:
        first = await as_bob.post("/request", json=movie(603))
        again = await admin.post("/request", json=movie(603))
        assert (again.status_code, again.json()) == (
            409,
            {"message": "Request for this media already exists."},
        )
        quota = await as_bob.post("/request", json=movie(550))
        assert (quota.status_code, quota.json()) == (403, {"message": "Movie Quota exceeded."})
        # A declined request no longer blocks the title.
        await admin.post(f"/request/{first.json()['id']}/decline")
        assert (await admin.post("/request", json=movie(603))).status_code == 201

        some = await admin.post("/request", json=tv(1399, [1, 2]))
        assert [s["seasonNumber"] for s in some.json()["seasons"]] == [1, 2]
        rest = await admin.post("/request", json=tv(1399, "all"))
        assert [s["seasonNumber"] for s in rest.json()["seasons"]] == [3, 4, 5, 6, 7, 8]
        none_left = await admin.post("/request", json=tv(1399, "all"))
        assert (none_left.status_code, none_left.json()) == (
            202,
            {"message": "No seasons available to request"},
        )
        fake.set_season_status(1396, 1, MediaStatus.AVAILABLE)
        partial = await admin.post("/request", json=tv(1396, "all"))
        assert [s["seasonNumber"] for s in partial.json()["seasons"]] == [2, 3, 4, 5]

    async with api(base, user=viewer.id) as as_viewer:
        denied = await as_viewer.post("/request", json=movie(13))
        assert (denied.status_code, denied.json()) == (
            403,
            {"message": "You do not have permission to make movie requests."},
        )
        denied = await as_viewer.post("/request", json=tv(1668, [1], is4k=True))
        assert denied.json() == {
            "message": "You do not have permission to make 4K series requests."
        }
    async with api(base) as admin:
        missing = await admin.post("/request", json={"mediaType": "movie"})
        assert missing.status_code == 400
        assert missing.json()["errors"][0]["path"] == "/body/mediaId"
        assert (
            await admin.post("/request", json={"mediaType": "music", "mediaId": 1})
        ).status_code == 400
        unknown = await admin.post("/request", json=movie(1))
        assert unknown.status_code == 500


# -- reading and changing requests -----------------------------------------------------------------
async def test_request_list_pages_filters_sorts_and_scopes(
    running: tuple[FakeOverseerr, str],
) -> None:
    fake, base = running
    alice, bob = fake.add_user("alice"), fake.add_user("bob")
    movies = sorted(m for m in fake.catalogue.movies if m >= 700000)[:12]
    for index, tmdb_id in enumerate(movies):
        fake.add_request(alice.id if index % 3 else bob.id, tmdb_id)  # bob: 0, 3, 6, 9
    fake.approve_request(2)
    fake.mark_available(movies[1])
    async with api(base) as admin, api(base, user=bob.id) as as_bob:
        page = (await admin.get("/request?take=5&skip=5")).json()
        assert page["pageInfo"] == {"pages": 3, "pageSize": 5, "results": 12, "page": 2}
        assert [r["id"] for r in page["results"]] == [7, 6, 5, 4, 3]
        default = (await admin.get("/request")).json()
        assert default["pageInfo"] == {"pages": 2, "pageSize": 10, "results": 12, "page": 1}
        pending = (await admin.get("/request?filter=pending&take=20")).json()
        assert pending["pageInfo"]["results"] == 11
        available = (await admin.get("/request?filter=available")).json()
        assert [r["id"] for r in available["results"]] == [2]
        assert [
            r["id"] for r in (await admin.get("/request?sort=modified&take=1")).json()["results"]
        ] == [2]
        by_bob = (await admin.get(f"/request?requestedBy={bob.id}&take=20")).json()
        assert [r["id"] for r in by_bob["results"]] == [10, 7, 4, 1]
        # A plain user only ever sees their own requests, whatever requestedBy says.
        own = (await as_bob.get(f"/request?requestedBy={alice.id}&take=20")).json()
        assert [r["id"] for r in own["results"]] == [10, 7, 4, 1]
        bad = await admin.get("/request?filter=completed")
        assert bad.status_code == 400
        assert bad.json()["errors"][0]["path"] == "/query/filter"
        counts = (await admin.get("/request/count")).json()
        assert (counts["total"], counts["pending"], counts["available"]) == (12, 11, 1)


async def test_get_update_and_delete_a_request(running: tuple[FakeOverseerr, str]) -> None:
    fake, base = running
    alice, bob = fake.add_user("alice"), fake.add_user("bob")
    mine = fake.add_request(alice.id, 603)
    show = fake.add_request(alice.id, 1399, seasons=[1])
    approved = fake.add_request(bob.id, 550)
    fake.approve_request(approved.id)
    async with api(base) as admin, api(base, user=alice.id) as as_alice:
        assert (await as_alice.get(f"/request/{mine.id}")).json()["id"] == mine.id
        other = await as_alice.get(f"/request/{approved.id}")
        assert (other.status_code, other.json()) == (
            403,
            {"message": "You do not have permission to view this request."},
        )
        missing = await admin.get("/request/999")
        assert (missing.status_code, missing.json()) == (404, {"message": "Request not found."})
        refused = await as_alice.delete(f"/request/{approved.id}")
        assert (refused.status_code, refused.json()) == (
            401,
            {"message": "You do not have permission to delete this request."},
        )
        edited = await admin.put(f"/request/{show.id}", json={"mediaType": "tv", "seasons": [1, 2]})
        assert [s["seasonNumber"] for s in edited.json()["seasons"]] == [1, 2]
        assert (
            await as_alice.put(f"/request/{show.id}", json={"mediaType": "tv"})
        ).json() == FORBIDDEN
        deleted = await as_alice.delete(f"/request/{mine.id}")
        assert (deleted.status_code, deleted.content) == (204, b"")
        assert (await admin.get(f"/request/{mine.id}")).status_code == 404
    media = fake.find_media(603)
    assert media is not None
    assert media.status == MediaStatus.UNKNOWN


async def test_approve_and_decline_need_manage_requests(
    running: tuple[FakeOverseerr, str],
) -> None:
    fake, base = running
    alice = fake.add_user("alice")
    manager = fake.add_user("manager", permissions=Permission.MANAGE_REQUESTS)
    first = fake.add_request(alice.id, 603)
    second = fake.add_request(alice.id, 550)
    async with api(base, user=alice.id) as as_alice, api(base, user=manager.id) as as_manager:
        refused = await as_alice.post(f"/request/{first.id}/approve")
        assert (refused.status_code, refused.json()) == (403, FORBIDDEN)
        approved = (await as_manager.post(f"/request/{first.id}/approve")).json()
        assert (approved["status"], approved["modifiedBy"]["id"]) == (2, manager.id)
        assert approved["media"]["status"] == MediaStatus.PROCESSING
        declined = (await as_manager.post(f"/request/{second.id}/decline")).json()
        assert (declined["status"], declined["media"]["status"]) == (3, MediaStatus.UNKNOWN)
        missing = await as_manager.post("/request/999/approve")
        assert (missing.status_code, missing.json()) == (404, {"message": "Request not found."})
        assert (await as_manager.post(f"/request/{first.id}/pending")).status_code == 400


# -- users -----------------------------------------------------------------------------------------
async def test_users_page_and_plex_friends_import(running: tuple[FakeOverseerr, str]) -> None:
    fake, base = running
    for n in range(13):
        fake.add_user(f"user{n:02d}", plex_id=3000 + n)
    plain = fake.add_user("plain")
    fake.add_plex_friend(4001, "dave")
    fake.add_plex_friend(4002, "erin")
    fake.add_plex_friend(4003, "frank", has_access=False)
    async with api(base) as admin, api(base, user=plain.id) as as_plain:
        page = (await admin.get("/user?take=5&skip=10")).json()
        assert page["pageInfo"] == {"pages": 3, "pageSize": 5, "results": 15, "page": 3}
        assert [u["plexId"] for u in page["results"]] == [3009, 3010, 3011, 3012, None]
        hidden = (await as_plain.get("/user?take=1")).json()["results"][0]
        assert "plexId" not in hidden
        assert "email" not in hidden
        missing = await admin.get("/user/999")
        assert (missing.status_code, missing.json()) == (404, {"message": "User not found."})
        refused = await as_plain.post("/user/import-from-plex", json={"plexIds": ["4001"]})
        assert (refused.status_code, refused.json()) == (403, FORBIDDEN)
        numbers = await admin.post("/user/import-from-plex", json={"plexIds": [4001]})
        assert numbers.status_code == 400
        imported = await admin.post(
            "/user/import-from-plex", json={"plexIds": ["4001", "4003", "9999"]}
        )
        assert imported.status_code == 201
        assert [(u["plexId"], u["displayName"]) for u in imported.json()] == [(4001, "dave")]
        assert imported.json()[0]["permissions"] == Permission.REQUEST
        again = await admin.post("/user/import-from-plex", json={"plexIds": ["4001"]})
        assert again.json() == []
        crash = await admin.post("/user/import-from-plex")
        assert crash.status_code == 500


async def test_admin_media_status_override(running: tuple[FakeOverseerr, str]) -> None:
    fake, base = running
    alice = fake.add_user("alice")
    request = fake.add_request(alice.id, 1396, seasons=[1])
    async with api(base) as admin, api(base, user=alice.id) as as_alice:
        changed = await admin.post(f"/media/{request.media_id}/available", json={"is4k": False})
        body = changed.json()
        assert (changed.status_code, body["status"], body["status4k"]) == (200, 5, 1)
        assert [s["status"] for s in body["seasons"]] == [5] * 5
        assert (await as_alice.post(f"/media/{request.media_id}/unknown")).json() == FORBIDDEN
        missing = await admin.post("/media/999/available")
        assert (missing.status_code, missing.json()) == (404, {"message": "Media does not exist."})
        assert (await admin.post(f"/media/{request.media_id}/deleted")).status_code == 400
    assert [n.type for n in fake.notifications] == [
        Notification.MEDIA_PENDING,
        Notification.MEDIA_AVAILABLE,
    ]


async def test_seerr_and_jellyseerr_extra_enum_values() -> None:
    seerr = FakeOverseerr(flavor="seerr")
    alice = seerr.add_user("alice", permissions=TRUSTED)
    async with serve(seerr.app) as base, api(base) as admin:
        assert (await admin.get("/status")).json()["version"] == "3.0.1"
        made = seerr.add_request(alice.id, 603)
        seerr.mark_available(603)
        completed = (await admin.get("/request?filter=completed")).json()["results"]
        assert [(r["id"], r["status"]) for r in completed] == [
            (made.id, MediaRequestStatus.COMPLETED)
        ]
        deleted = await admin.post(f"/media/{made.media_id}/deleted")
        assert deleted.json()["status"] == MediaStatus.DELETED
        seerr.set_media_status(550, MediaStatus.BLACKLISTED)
        blocked = await admin.post("/request", json=movie(550))
        assert (blocked.status_code, blocked.json()) == (
            403,
            {"message": "This media is blocklisted."},
        )
        # "," is reserved too: includeIds must be sent as 1%2C2.
        assert (await admin.get("/user?includeIds=1,2")).status_code == 400
        found = (await admin.get("/user?q=ali&includeIds=1%2C2")).json()["results"]
        assert [u["id"] for u in found] == [alice.id]
        assert "jellyfinUsername" in found[0]
        movies = (await admin.get("/request?mediaType=tv")).json()
        assert movies["pageInfo"]["results"] == 0
    jelly = FakeOverseerr(flavor="jellyseerr")
    jelly.set_media_status(550, MediaStatus.BLACKLISTED)
    async with serve(jelly.app) as base, api(base) as admin:
        blocked = await admin.post("/request", json=movie(550))
        assert blocked.json() == {"message": "This media is blacklisted."}
    async with serve(FakeOverseerr().app) as base, api(base) as admin:
        assert (await admin.get("/user?q=ali")).status_code == 400  # not declared by Overseerr
