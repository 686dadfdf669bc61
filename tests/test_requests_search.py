"""One search over Overseerr (the fake, strict like the real one) merged with the Plex library:
each title is on Plex, requested, or missing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

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


async def test_posters_come_through_medianest_and_are_cached(
    runtime: Any, server: str, member: tuple[User, GqlClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    hits: list[str] = []

    async def image(request: Request) -> Response:
        hits.append(request.url.path)
        if request.path_params["name"] == "missing.jpg":
            return Response("Not Found", status_code=404)
        return Response(b"\xff\xd8jpeg", media_type="image/jpeg")

    tmdb = Starlette(routes=[Route("/t/p/{size}/{name}", image)])
    async with serve(tmdb) as url:
        monkeypatch.setattr(runtime.settings, "tmdb_image_url", f"{url}/t/p")
        _, client = member
        poster = "/images/tmdb/w300/abc123.jpg"
        anonymous = await httpx_get(server, poster)
        assert anonymous.status_code == 401
        for _ in range(2):
            got = await client.http.get(poster)
            assert got.status_code == 200
            assert got.headers["content-type"] == "image/jpeg"
            assert got.content == b"\xff\xd8jpeg"
        assert hits == ["/t/p/w300/abc123.jpg"]  # fetched once, then from the cache
        assert (await client.http.get("/images/tmdb/w300/missing.jpg")).status_code == 404
        for bad in ("/images/tmdb/w9999/abc.jpg", "/images/tmdb/w300/..%2Fsecret.jpg",
                    "/images/tmdb/w300/abc.exe"):  # fmt: skip
            assert (await client.http.get(bad)).status_code in {400, 404}
        assert len(hits) == 2


async def httpx_get(base: str, path: str) -> Any:
    import httpx

    async with httpx.AsyncClient(base_url=base) as anonymous:
        return await anonymous.get(path)
