"""The fake Overseerr's webhooks, outage switches and request log, over real HTTP."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from tests.fakes.overseerr import (
    DEFAULT_API_KEY,
    FakeOverseerr,
    Notification,
)
from tests.fakes.overseerr_webhook import POSTER_BASE
from tests.support.overseerr_api import (
    TRUSTED,
    Receiver,
    api,
    movie,
    tv,
)


# -- webhooks -------------------------------------------------------------------------------------
async def test_webhooks_follow_the_default_template(
    running: tuple[FakeOverseerr, str], receiver: tuple[Receiver, str]
) -> None:
    fake, base = running
    hook, url = receiver
    fake.configure_webhook(url, "Bearer s3cret")
    alice = fake.add_user("alice", plex_id=2001)
    async with api(base, user=alice.id) as as_alice, api(base) as admin:
        made = (await as_alice.post("/request", json=movie(603))).json()
        await admin.post(f"/request/{made['id']}/approve")
    fake.mark_available(603)
    fake.send_test_notification()
    await fake.flush_webhooks()

    assert [h["authorization"] for h, _ in hook.received] == ["Bearer s3cret"] * 4
    assert all(h["content-type"] == "application/json" for h, _ in hook.received)
    pending, approved, available, test = hook.payloads()
    request_part = {
        "request_id": str(made["id"]),
        "requestedBy_email": "alice@example.com",
        "requestedBy_username": "alice",
        "requestedBy_avatar": alice.avatar,
        "requestedBy_settings_discordId": "",
        "requestedBy_settings_telegramChatId": "",
    }
    assert approved == {
        "notification_type": "MEDIA_APPROVED",
        "event": "Movie Request Approved",
        "subject": "The Matrix (1999)",
        "message": "A hacker learns his world is a simulation.",
        "image": POSTER_BASE + fake.catalogue.movies[603].poster_path,
        "media": {
            "media_type": "movie",
            "tmdbId": "603",
            "tvdbId": "",
            "status": "PENDING",
            "status4k": "UNKNOWN",
        },
        "request": request_part,
        "issue": None,
        "comment": None,
        "extra": [],
    }
    assert (pending["notification_type"], pending["event"]) == (
        "MEDIA_PENDING",
        "New Movie Request",
    )
    assert (available["notification_type"], available["event"]) == (
        "MEDIA_AVAILABLE",
        "Movie Request Now Available",
    )
    assert available["media"]["status"] == "AVAILABLE"
    assert available["request"] == request_part
    assert test == {
        "notification_type": "TEST_NOTIFICATION",
        "event": "",
        "subject": "Test Notification",
        "message": "Check check, 1, 2, 3. Are we coming in clear?",
        "image": "",
        "media": None,
        "request": None,
        "issue": None,
        "comment": None,
        "extra": [],
    }
    assert [d.status_code for d in fake.webhook_deliveries] == [204] * 4


async def test_webhook_types_extra_custom_and_broken_templates(
    running: tuple[FakeOverseerr, str], receiver: tuple[Receiver, str]
) -> None:
    fake, _ = running
    hook, url = receiver
    fake.configure_webhook(url, types=Notification.MEDIA_AUTO_APPROVED)
    alice = fake.add_user("alice", permissions=TRUSTED)
    fake.add_request(alice.id, 1399, seasons=[1, 3])  # auto-approved: MEDIA_AUTO_APPROVED only
    fake.add_request(fake.add_user("bob").id, 603)  # MEDIA_PENDING: not in the types
    fake.send_test_notification()  # always allowed
    await fake.flush_webhooks()
    auto, test = hook.payloads()
    assert "authorization" not in hook.received[0][0]
    assert (auto["event"], auto["subject"]) == (
        "Series Request Automatically Approved",
        "Game of Thrones (2011)",
    )
    assert auto["media"]["tvdbId"] == "121361"
    assert auto["extra"] == [{"name": "Requested Seasons", "value": "1, 3"}]
    assert test["notification_type"] == "TEST_NOTIFICATION"

    hook.received.clear()
    template = (
        '{"kind": "{{notification_type}}", "twice": "{{event}}/{{event}}",'
        ' "{{media}}": {"id": "{{media_tmdbid}}"}}'
    )
    fake.configure_webhook(url, template=template)
    fake.send_test_notification()
    fake.configure_webhook(url, template="{not json")
    fake.send_test_notification()
    fake.send_raw_webhook(b"{broken")
    await fake.flush_webhooks()
    assert json.loads(hook.received[0][1]) == {
        "kind": "TEST_NOTIFICATION",
        "twice": "/{{event}}",
        "media": None,
    }
    assert hook.received[1][1] == b"{broken"
    assert fake.webhook_deliveries[-2].error is not None  # the invalid template: nothing sent


# -- outages and the request log -------------------------------------------------------------------
async def test_fail_switch_counts_down_or_lasts_until_recover(
    running: tuple[FakeOverseerr, str],
) -> None:
    fake, base = running
    async with api(base) as client:
        fake.fail_next(2)
        codes = [(await client.get("/status")).status_code for _ in range(3)]
        assert codes == [503, 503, 200]
        fake.fail_next(status=502)
        assert [(await client.get("/auth/me")).status_code for _ in range(3)] == [502] * 3
        fake.recover()
        assert (await client.get("/auth/me")).status_code == 200
    assert [c.status for c in fake.calls] == [503, 503, 200, 502, 502, 502, 200]


async def test_hang_switch_never_answers_until_recover(running: tuple[FakeOverseerr, str]) -> None:
    fake, base = running
    fake.hang_next(1)
    async with api(base) as client:
        with pytest.raises(httpx.ReadTimeout):
            await client.get("/status", timeout=0.3)
        assert (await client.get("/status")).status_code == 200
        fake.hang_next()
        waiting = asyncio.create_task(client.get("/auth/me"))
        await asyncio.sleep(0.2)
        assert len(fake.calls) == 3
        assert not waiting.done()
        fake.recover()
        assert (await waiting).status_code == 200
    assert fake.calls[0].status is None


async def test_the_request_log_keeps_exactly_what_was_sent(
    running: tuple[FakeOverseerr, str],
) -> None:
    fake, base = running
    async with api(base, user=1) as client:
        await client.post("/request?x=1", json=tv(1396, "all"))
        await client.get("/search?query=the%20office&page=2&language=en")
    posted, searched = fake.calls
    assert (posted.method, posted.path, posted.query_string, posted.status) == (
        "POST",
        "/api/v1/request",
        "x=1",
        400,  # undeclared query parameter
    )
    assert posted.json == tv(1396, "all")
    assert posted.header("x-api-key") == DEFAULT_API_KEY
    assert posted.header("X-API-User") == "1"
    assert searched.url == "/api/v1/search?query=the%20office&page=2&language=en"
    assert fake.calls_to("/search", "GET") == [searched]
