"""The result cache: list queries are answered from it while nothing changed, and never after a
change is announced, a mutation in this process, or the time-to-live; every viewer has their
own results; anything else (other fields, errors, anonymous callers) is never kept."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from medianest.api.result_cache import cache
from medianest.core import jobs as transport
from medianest.jobs.models import Job, JobStatus
from tests.support.gql import GqlClient

JOBS = "query Jobs { jobs(first: 10) { totalCount edges { node { title } } } }"


@pytest.fixture
def cached(runtime: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(runtime.settings, "graphql_result_cache_s", 5.0)
    return runtime


async def titles(client: GqlClient) -> list[str]:
    data = await client.data(JOBS)
    return [e["node"]["title"] for e in data["jobs"]["edges"]]


async def quietly_add(title: str, owner: Any = None) -> None:
    """A row no event announces: only the cache can hide it."""
    await Job.create(kind="housekeeping", title=title, status=JobStatus.SUCCEEDED, owner=owner)


async def eventually(client: GqlClient, expected: list[str], timeout: float = 3) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while (found := await titles(client)) != expected:
        assert asyncio.get_running_loop().time() < deadline, found
        await asyncio.sleep(0.02)


async def test_a_list_is_kept_until_its_data_changes(
    cached: Any, admin: tuple[Any, GqlClient]
) -> None:
    _, client = admin
    await quietly_add("first")
    assert await titles(client) == ["first"]
    await quietly_add("second")
    assert await titles(client) == ["first"], "answered from the cache"
    # A change announced on the jobs topic (from any process) drops it.
    await transport.publish("jobs", {"id": 0})
    await eventually(client, ["second", "first"])
    # So does the time-to-live, for changes nobody announced.
    cached.settings.graphql_result_cache_s = 0.2
    cache.changed("jobs")
    assert await titles(client) == ["second", "first"]  # kept for 0.2 s
    await quietly_add("third")
    assert await titles(client) == ["second", "first"]
    await asyncio.sleep(0.3)
    assert await titles(client) == ["third", "second", "first"]


async def test_a_mutation_here_is_read_back_at_once(
    cached: Any, admin: tuple[Any, GqlClient]
) -> None:
    _, client = admin
    assert await titles(client) == []
    await quietly_add("quiet")
    assert await titles(client) == []
    assert "errors" not in await client.execute("mutation { markNotificationsRead }")
    assert await titles(client) == ["quiet"]


async def test_every_viewer_has_their_own_results(
    cached: Any, admin: tuple[Any, GqlClient], member: tuple[Any, GqlClient]
) -> None:
    _, boss = admin
    alice, person = member
    await quietly_add("alice's", owner=alice)
    await quietly_add("the system's")
    assert await titles(boss) == ["the system's", "alice's"]
    # Same document, same variables: Alice sees only her own job, not the admin's result.
    assert await titles(person) == ["alice's"]


async def test_only_listed_fields_without_errors_are_kept(
    cached: Any, admin: tuple[Any, GqlClient], server: str
) -> None:
    _, client = admin
    before = dict(cache._entries)
    await client.data("{ me { username } }")  # not a listed field
    failed = await client.execute('{ job(id: "not-a-number") { id } }')
    assert failed["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    mixed = "{ me { username } jobs(first: 1) { totalCount } }"  # one field not listed
    await client.data(mixed)
    assert dict(cache._entries) == before
    await client.data("{ jobs(first: 1) { totalCount } }")
    assert len(cache._entries) == len(before) + 1
