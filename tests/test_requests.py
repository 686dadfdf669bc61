"""Requesting through Overseerr as the user (the fake, strict like the real one): typed results,
quotas at their boundary, and the queue that survives an outage without sending twice."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from medianest.jobs.models import Job, JobStatus
from medianest.library.models import ItemType, MediaItem
from medianest.requests.models import MediaRequest, OverseerrAccount, RequestStatus
from medianest.settings_admin import service as settings_service
from medianest.users.models import User
from tests.fakes.overseerr import DEFAULT_API_KEY, FakeOverseerr
from tests.fakes.server import serve
from tests.support.gql import GqlClient

REQUEST = """mutation($input: RequestMediaInput!) { requestMedia(input: $input) {
  __typename
  ... on RequestCreated { request { id status title } }
  ... on RequestQueued { request { id status } }
  ... on AlreadyRequested { request { id status } }
  ... on QuotaExceeded { limit resetsAt }
  ... on ValidationError { field message } } }"""


@pytest.fixture
async def overseerr(runtime: object) -> AsyncIterator[FakeOverseerr]:
    fake = FakeOverseerr()
    async with serve(fake.app) as url:
        await settings_service.save(
            settings_service.OverseerrSettings, url=url, api_key=DEFAULT_API_KEY
        )
        yield fake


@pytest.fixture
async def requester(sign_in: Any, overseerr: FakeOverseerr) -> tuple[User, GqlClient]:
    user, client = await sign_in("alice")
    user.plex_id = 424242
    user.permissions = ["request"]
    await user.save()
    overseerr.add_plex_friend(424242, "alice", "alice@example.com")
    return user, client


def movie(fake: FakeOverseerr, n: int = 0) -> dict[str, Any]:
    entry = list(fake.catalogue.movies.values())[n]
    return {"mediaType": "movie", "tmdbId": entry.id, "title": entry.title}


async def test_request_is_made_in_overseerr_as_that_user(
    overseerr: FakeOverseerr, requester: tuple[User, GqlClient]
) -> None:
    user, client = requester
    result = (await client.data(REQUEST, {"input": movie(overseerr)}))["requestMedia"]
    assert result["__typename"] == "RequestCreated"
    assert result["request"]["status"] == "PENDING"  # alice cannot auto-approve in Overseerr
    link = await OverseerrAccount.get(user_id=user.id)
    call = overseerr.calls_to("/request", "POST")[-1]
    assert call.header("X-API-User") == str(link.overseerr_id)
    again = (await client.data(REQUEST, {"input": movie(overseerr)}))["requestMedia"]
    assert again["__typename"] == "AlreadyRequested"
    assert len(overseerr.calls_to("/request", "POST")) == 1


async def test_on_plex_and_bad_input(
    overseerr: FakeOverseerr, requester: tuple[User, GqlClient]
) -> None:
    _, client = requester
    wanted = movie(overseerr, 1)
    await MediaItem.create(
        rating_key="77",
        section_key="1",
        type=ItemType.MOVIE,
        title=wanted["title"],
        sort_title=wanted["title"],
        tmdb_id=wanted["tmdbId"],
        added_at=1,
        updated_at=1,
    )
    result = (await client.data(REQUEST, {"input": wanted}))["requestMedia"]
    assert result["__typename"] == "AlreadyAvailable"
    bad = (await client.data(REQUEST, {"input": {**movie(overseerr, 2), "seasons": [1]}}))[
        "requestMedia"
    ]
    assert bad == {
        "__typename": "ValidationError",
        "field": "seasons",
        "message": "Movies have no seasons.",
    }
    assert await MediaRequest.all().count() == 0


async def test_quota_is_enforced_at_its_boundary(
    overseerr: FakeOverseerr, requester: tuple[User, GqlClient]
) -> None:
    user, client = requester
    user.requests_per_week = 2
    await user.save()
    kinds = [
        (await client.data(REQUEST, {"input": movie(overseerr, n)}))["requestMedia"]["__typename"]
        for n in range(3)
    ]
    assert kinds == ["RequestCreated", "RequestCreated", "QuotaExceeded"]
    assert await MediaRequest.all().count() == 2


async def test_outage_queues_then_sends_exactly_once(
    overseerr: FakeOverseerr, requester: tuple[User, GqlClient]
) -> None:
    _, client = requester
    overseerr.fail_next(None, status=503)
    result = (await client.data(REQUEST, {"input": movie(overseerr, 3)}))["requestMedia"]
    assert result["__typename"] == "RequestQueued"
    assert result["request"]["status"] == "QUEUED"
    overseerr.recover()
    for _ in range(150):
        row = await MediaRequest.get(id=int(result["request"]["id"]))
        if row.status is not RequestStatus.QUEUED:
            break
        await asyncio.sleep(0.1)
    assert row.status is RequestStatus.PENDING
    assert row.overseerr_id is not None
    posts = [c for c in overseerr.calls_to("/request", "POST") if c.status == 201]
    assert len(posts) == 1
    job = await Job.get(kind="requests.submit")
    assert job.status is JobStatus.SUCCEEDED


async def test_members_without_permission_cannot_request(
    overseerr: FakeOverseerr, requester: tuple[User, GqlClient]
) -> None:
    user, client = requester
    user.permissions = []
    await user.save()
    body = await client.execute(REQUEST, {"input": movie(overseerr)})
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await MediaRequest.all().count() == 0
    mine = (await client.data("{ myRequests { totalCount } }"))["myRequests"]
    assert mine == {"totalCount": 0}


WEBHOOK_SECRET = "hook-secret-for-tests"


async def test_webhook_moves_status_live_and_replays_change_nothing(
    overseerr: FakeOverseerr, requester: tuple[User, GqlClient], server: str
) -> None:
    import httpx

    await settings_service.save(settings_service.OverseerrSettings, webhook_secret=WEBHOOK_SECRET)
    _, client = requester
    made = (await client.data(REQUEST, {"input": movie(overseerr, 4)}))["requestMedia"]
    row = await MediaRequest.get(id=int(made["request"]["id"]))
    overseerr.configure_webhook(f"{server}/webhooks/overseerr", authorization=WEBHOOK_SECRET)
    async with client.subscribe("subscription { requestUpdated { id status } }") as sub:
        await asyncio.sleep(0.2)
        overseerr.approve_request(row.overseerr_id)
        await overseerr.flush_webhooks()
        assert (await sub.next(timeout=5))["data"]["requestUpdated"] == {
            "id": str(row.id),
            "status": "APPROVED",
        }
    assert (await MediaRequest.get(id=row.id)).status is RequestStatus.APPROVED
    payload = overseerr.webhook_deliveries[-1].payload
    async with httpx.AsyncClient(base_url=server) as raw:
        replay = await raw.post(
            "/webhooks/overseerr", json=payload, headers={"Authorization": WEBHOOK_SECRET}
        )
        assert replay.json() == {"result": "unchanged"}
        for headers in ({}, {"Authorization": "wrong"}):
            refused = await raw.post(
                "/webhooks/overseerr",
                json={**payload, "notification_type": "MEDIA_DECLINED"},
                headers=headers,
            )
            assert refused.status_code == 401
    assert (await MediaRequest.get(id=row.id)).status is RequestStatus.APPROVED


async def test_managers_decline_with_a_reason(
    overseerr: FakeOverseerr, requester: tuple[User, GqlClient], admin: tuple[User, GqlClient]
) -> None:
    _, client = requester
    _, admin_client = admin
    made = (await client.data(REQUEST, {"input": movie(overseerr, 5)}))["requestMedia"]
    request_id = made["request"]["id"]
    denied = await client.execute(
        'mutation($id: ID!) { declineRequest(id: $id, reason: "no") { __typename } }',
        {"id": request_id},
    )
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    empty = (
        await admin_client.data(
            'mutation($id: ID!) { declineRequest(id: $id, reason: " ") { __typename '
            "... on ValidationError { field } } }",
            {"id": request_id},
        )
    )["declineRequest"]
    assert empty == {"__typename": "ValidationError", "field": "reason"}
    declined = (
        await admin_client.data(
            'mutation($id: ID!) { declineRequest(id: $id, reason: "Not on our list") { '
            "... on RequestUpdated { request { status declineReason } } } }",
            {"id": request_id},
        )
    )["declineRequest"]
    assert declined == {"request": {"status": "DECLINED", "declineReason": "Not on our list"}}
    mine = await client.data("{ myRequests { edges { node { status declineReason } } } }")
    assert mine["myRequests"]["edges"][0]["node"]["declineReason"] == "Not on our list"
    listed = await admin_client.data("{ allRequests(status: DECLINED) { totalCount } }")
    assert listed["allRequests"]["totalCount"] == 1


async def test_periodic_sync_catches_what_webhooks_missed(
    overseerr: FakeOverseerr, requester: tuple[User, GqlClient]
) -> None:
    from medianest.requests import sync

    _, client = requester
    made = [
        (await client.data(REQUEST, {"input": movie(overseerr, n)}))["requestMedia"] for n in (6, 7)
    ]
    rows = [await MediaRequest.get(id=int(m["request"]["id"])) for m in made]
    overseerr.approve_request(rows[0].overseerr_id)
    overseerr.mark_available(rows[1].tmdb_id)  # no webhook configured: nothing told us
    overseerr.clear_calls()
    report = await sync.sync_statuses()
    assert report.updated == 2
    assert (await MediaRequest.get(id=rows[0].id)).status in {
        RequestStatus.APPROVED,
        RequestStatus.PROCESSING,
    }
    assert (await MediaRequest.get(id=rows[1].id)).status is RequestStatus.AVAILABLE
    assert all(c.path.endswith("/request") for c in overseerr.calls)
    again = await sync.sync_statuses()
    assert again.updated == 0


DETAILS = """query($t: RequestableType!, $id: Int!) { mediaDetails(mediaType: $t, tmdbId: $id) {
  title year status seasons { number episodes status requested } requests { status }
  plexItem { id } } }"""


async def test_show_page_lists_seasons_with_their_availability(
    overseerr: FakeOverseerr, requester: tuple[User, GqlClient]
) -> None:
    _, client = requester
    show = next(iter(overseerr.catalogue.shows.values()))
    await client.data(
        REQUEST,
        {"input": {"mediaType": "tv", "tmdbId": show.id, "title": show.name, "seasons": [1]}},
    )
    overseerr.set_season_status(show.id, 2, 5)
    page = (await client.data(DETAILS, {"t": "TV", "id": show.id}))["mediaDetails"]
    assert page["title"] == show.name
    seasons = {s["number"]: s for s in page["seasons"]}
    assert seasons[1]["requested"] is True
    assert seasons[2]["status"] == "AVAILABLE"
    assert seasons[3]["requested"] is False
    assert [r["status"] for r in page["requests"]] == ["PENDING"]
    missing = await client.execute(DETAILS, {"t": "MOVIE", "id": 99999999})
    assert missing["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_requests_made_in_overseerr_itself_are_imported(
    overseerr: FakeOverseerr, requester: tuple[User, GqlClient]
) -> None:
    from medianest.requests import sync
    from tests.support.overseerr_api import api

    user, client = requester
    (them,) = overseerr.import_plex_users(["424242"])
    entry = list(overseerr.catalogue.movies.values())[3]
    base = (await settings_service.load(settings_service.OverseerrSettings)).url
    assert base is not None
    async with api(base, user=them.id) as http:
        made = await http.post("/request", json={"mediaType": "movie", "mediaId": entry.id})
        assert made.status_code == 201, made.text
    report = await sync.sync_statuses()
    assert report.titled == 1
    row = await MediaRequest.get(overseerr_id=made.json()["id"])
    assert (row.user_id, row.title, row.status) == (user.id, entry.title, RequestStatus.PENDING)  # type: ignore[attr-defined]
    assert (await OverseerrAccount.get(user_id=user.id)).overseerr_id == them.id
    mine = await client.data("{ myRequests { edges { node { title status } } } }")
    assert mine["myRequests"]["edges"][0]["node"] == {"title": entry.title, "status": "PENDING"}
    again = await sync.sync_statuses()
    assert (again.updated, again.titled) == (0, 0)  # imported once
