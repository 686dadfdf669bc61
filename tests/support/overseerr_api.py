"""Helpers for talking to the fake Overseerr in its own tests."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.fakes.overseerr import DEFAULT_API_KEY, FakeOverseerr, Permission
from tests.fakes.server import serve

FORBIDDEN = {"status": 403, "error": "You do not have permission to access this endpoint"}
PLUS_MESSAGE = (
    "Parameter 'query' must be url encoded. Its value may not contain reserved characters."
)
TRUSTED = Permission.REQUEST | Permission.AUTO_APPROVE


def movie(tmdb_id: int, **extra: Any) -> dict[str, Any]:
    return {"mediaType": "movie", "mediaId": tmdb_id, **extra}


def tv(tmdb_id: int, seasons: list[int] | str = "all", **extra: Any) -> dict[str, Any]:
    return {"mediaType": "tv", "mediaId": tmdb_id, "seasons": seasons, **extra}


def api(base: str, key: str | None = DEFAULT_API_KEY, user: int | None = None) -> httpx.AsyncClient:
    headers = {} if key is None else {"X-Api-Key": key}
    if user is not None:
        headers["X-API-User"] = str(user)
    return httpx.AsyncClient(base_url=f"{base}/api/v1", headers=headers, timeout=5)


@pytest.fixture
async def running() -> AsyncIterator[tuple[FakeOverseerr, str]]:
    fake = FakeOverseerr()
    async with serve(fake.app) as base:
        yield fake, base


class Receiver:
    """A small webhook endpoint standing in for MediaNest's."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.app = Starlette(routes=[Route("/hooks/overseerr", self.hook, methods=["POST"])])

    async def hook(self, request: Request) -> Response:
        self.received.append((dict(request.headers), await request.body()))
        return Response(status_code=204)

    def payloads(self) -> list[Any]:
        return [json.loads(body) for _, body in self.received]


@pytest.fixture
async def receiver() -> AsyncIterator[tuple[Receiver, str]]:
    hook = Receiver()
    async with serve(hook.app) as base:
        yield hook, f"{base}/hooks/overseerr"
