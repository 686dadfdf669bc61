"""Every request MediaNest's Overseerr client sends, and every answer the fake gives, checked
against the public Overseerr API contract (../shared/contracts/overseerr-api.yml)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from medianest.requests import sync
from medianest.settings_admin import service as settings_service
from tests.fakes.overseerr import DEFAULT_API_KEY, FakeOverseerr
from tests.fakes.server import serve
from tests.support.openapi import Contract

CONTRACT = Path(__file__).resolve().parents[2] / "shared" / "contracts" / "overseerr-api.yml"


@dataclass
class Exchange:
    method: str
    path: str
    query: str
    body: Any
    status: int
    response: Any


def recording(app: Any, log: list[Exchange]) -> Any:
    async def wrapped(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        chunks: list[bytes] = []
        answer: list[bytes] = []
        status = 0

        async def rx() -> Any:
            message = await receive()
            chunks.append(message.get("body", b""))
            return message

        async def tx(message: Any) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                answer.append(message.get("body", b""))
            await send(message)

        await app(scope, rx, tx)
        log.append(
            Exchange(
                scope["method"],
                scope["path"],
                scope["query_string"].decode(),
                _json(b"".join(chunks)),
                status,
                _json(b"".join(answer)),
            )
        )

    return wrapped


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return None


@pytest.fixture
async def traffic(runtime: object) -> AsyncIterator[tuple[FakeOverseerr, list[Exchange]]]:
    if not CONTRACT.exists():
        pytest.fail(f"The Overseerr contract is missing at {CONTRACT} (shared/ beside the repo).")
    fake = FakeOverseerr()
    log: list[Exchange] = []
    async with serve(recording(fake.app, log)) as url:
        await settings_service.save(
            settings_service.OverseerrSettings, url=url, api_key=DEFAULT_API_KEY
        )
        yield fake, log


async def test_client_and_fake_keep_to_the_contract(
    traffic: tuple[FakeOverseerr, list[Exchange]], sign_in: Any
) -> None:
    fake, log = traffic
    user, client = await sign_in("alice")
    user.plex_id = 515151
    user.permissions = ["request"]
    await user.save()
    fake.add_plex_friend(515151, "alice", "alice@example.com")
    movie = next(iter(fake.catalogue.movies.values()))
    show = next(iter(fake.catalogue.shows.values()))
    await client.data("query($q: String!) { mediaSearch(query: $q) { page } }", {"q": movie.title})
    for media_type, tmdb_id, title, seasons in (
        ("movie", movie.id, movie.title, None),
        ("tv", show.id, show.name, [1]),
    ):
        await client.data(
            "mutation($i: RequestMediaInput!) { requestMedia(input: $i) { __typename } }",
            {
                "i": {
                    "mediaType": media_type,
                    "tmdbId": tmdb_id,
                    "seasons": seasons,
                    "title": title,
                }
            },
        )
    await sync.sync_statuses()
    # Null in the real service although the document types them otherwise: `username` (the
    # User entity stores it nullable; Plex accounts have only a plexUsername) and a request's
    # server, profile and folder before Radarr/Sonarr are chosen (protocols.md §3.6).
    contract = Contract(
        CONTRACT,
        "/api/v1",
        null_allowed=frozenset(
            {"username", "serverId", "profileId", "rootFolder", "languageProfileId", "tags"}
        ),
    )
    checked = {
        (e.method, e.path.rsplit("/", 1)[0] if e.path[-1].isdigit() else e.path) for e in log
    }
    assert ("GET", "/api/v1/search") in checked
    assert ("POST", "/api/v1/request") in checked
    assert ("GET", "/api/v1/request") in checked
    for exchange in log:
        contract.check(exchange)
