"""One search over Overseerr (the fake, strict like the real one) merged with the Plex library:
each title is on Plex, requested, or missing."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from medianest.library.models import ItemType, MediaItem
from medianest.settings_admin import service as settings_service
from medianest.users.models import User
from tests.fakes.overseerr import DEFAULT_API_KEY, FakeOverseerr
from tests.fakes.server import serve
from tests.support.gql import GqlClient

SEARCH = """query($q: String!) { mediaSearch(query: $q) { totalPages results {
  mediaType tmdbId title year availability posterUrl plexItem { id } } } }"""


@pytest.fixture
async def overseerr(runtime: object) -> AsyncIterator[FakeOverseerr]:
    fake = FakeOverseerr()
    async with serve(fake.app) as url:
        await settings_service.save(
            settings_service.OverseerrSettings, url=url, api_key=DEFAULT_API_KEY
        )
        yield fake


async def test_search_marks_plex_requested_and_missing(
    overseerr: FakeOverseerr, member: tuple[User, GqlClient]
) -> None:
    _, client = member
    movies = list(overseerr.catalogue.movies.values())
    # A word that several titles share, so one can be on Plex and another requested.
    word, hits = next(
        (w, [m for m in movies if w.casefold() in m.title.casefold().split()])
        for m0 in movies
        for w in m0.title.split()
        if len(w) > 3
        and len([m for m in movies if w.casefold() in m.title.casefold().split()]) >= 2
    )
    on_plex, requested = hits[0], hits[1]
    await MediaItem.create(
        rating_key="9001",
        section_key="1",
        type=ItemType.MOVIE,
        title=on_plex.title,
        sort_title=on_plex.title,
        tmdb_id=on_plex.id,
        added_at=1,
        updated_at=1,
    )
    overseerr.add_request(overseerr.admin.id, requested.id)
    result = (await client.data(SEARCH, {"q": word}))["mediaSearch"]
    by_id = {r["tmdbId"]: r for r in result["results"]}
    assert by_id[on_plex.id]["availability"] == "ON_PLEX"
    assert by_id[on_plex.id]["plexItem"] == {"id": "9001"}
    assert by_id[requested.id]["availability"] in {"REQUESTED", "PROCESSING"}
    assert all(r["mediaType"] in {"MOVIE", "TV"} for r in result["results"])


async def test_search_words_are_percent_encoded(
    overseerr: FakeOverseerr, member: tuple[User, GqlClient]
) -> None:
    _, client = member
    title = next(iter(overseerr.catalogue.movies.values())).title
    result = await client.execute(SEARCH, {"q": title})
    assert "errors" not in result, result
    call = overseerr.calls_to("/search")[-1]
    assert "+" not in call.query_string
    if " " in title:
        assert "%20" in call.query_string


async def test_search_says_when_requests_are_not_set_up(
    member: tuple[User, GqlClient], runtime: object
) -> None:
    _, client = member
    body = await client.execute(SEARCH, {"q": "anything"})
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "not set up" in body["errors"][0]["message"]


async def test_overseerr_down_is_a_clear_error(
    overseerr: FakeOverseerr, member: tuple[User, GqlClient]
) -> None:
    _, client = member
    overseerr.fail_next(None, status=503)
    body = await client.execute(SEARCH, {"q": "star"})
    assert body["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"
    overseerr.recover()


async def test_test_connection_uses_the_overseerr_client(
    overseerr: FakeOverseerr, admin: tuple[User, GqlClient]
) -> None:
    _, client = admin
    result = await client.data("mutation { testConnection(service: OVERSEERR) { ok message } }")
    assert result["testConnection"]["ok"] is True
    wrong = await client.data(
        'mutation { testConnection(service: OVERSEERR, input: {secret: "nope"}) { ok message } }'
    )
    assert wrong["testConnection"]["ok"] is False
    assert "refused the credentials" in wrong["testConnection"]["message"]
