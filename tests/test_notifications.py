"""The notification feed and outbound channels, for real: a webhook receiver that fails before it
succeeds, a Discord-shaped receiver, and a local SMTP server."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from medianest.jobs import service as jobs
from medianest.jobs.models import Job, JobStatus
from medianest.notifications import service
from medianest.notifications.models import Kind, Notification
from medianest.settings_admin import service as stored
from medianest.users.models import User
from tests.conftest import SignIn
from tests.fakes.server import serve
from tests.support.gql import GqlClient

SECRET = "hook-secret"


@dataclass
class Receiver:
    fail_first: int = 0
    calls: int = 0
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)

    async def hook(self, request: Request) -> Response:
        self.calls += 1
        body = await request.body()
        if self.calls <= self.fail_first:
            return Response("busy", status_code=503)
        self.received.append((dict(request.headers), body))
        return Response(status_code=204)


@pytest.fixture
async def receiver() -> AsyncIterator[tuple[Receiver, str]]:
    hooks = Receiver()
    app = Starlette(routes=[Route("/hook", hooks.hook, methods=["POST"])])
    async with serve(app) as url:
        yield hooks, f"{url}/hook"


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    kind = jobs._kinds[service.DELIVER_KIND]
    monkeypatch.setitem(
        jobs._kinds, service.DELIVER_KIND, jobs.JobKind(kind.name, kind.handler, backoff_s=0.05)
    )


async def wait_jobs_done(timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while await Job.filter(status__in=[JobStatus.QUEUED, JobStatus.RUNNING]).exists():
        assert time.monotonic() < deadline, "deliveries did not finish"
        await asyncio.sleep(0.05)


async def test_feed_is_live_private_and_can_be_marked_read(sign_in: SignIn) -> None:
    alice, client = await sign_in("alice4")
    bob, other = await sign_in("bob4")
    async with client.subscribe(
        "subscription { notificationEvents { unreadCount notification { title kind } } }"
    ) as live:
        await asyncio.sleep(0.3)
        await service.notify(alice, Kind.DOWNLOAD_FINISHED, "Saved to Plex: Clip", "x", "/d")
        await service.notify(bob, Kind.DOWNLOAD_FINISHED, "Bob's clip")
        event = (await live.next(timeout=5))["data"]["notificationEvents"]
        assert event == {
            "unreadCount": 1,
            "notification": {"title": "Saved to Plex: Clip", "kind": "DOWNLOAD_FINISHED"},
        }
        with pytest.raises(TimeoutError):
            await live.next(timeout=0.7)  # Bob's is not Alice's
        read = await client.data("mutation { markNotificationsRead }")
        assert read["markNotificationsRead"] == 0
        after = (await live.next(timeout=5))["data"]["notificationEvents"]
        assert after == {"unreadCount": 0, "notification": None}
    feed = await other.data("{ notifications { totalCount unreadCount edges { node { title } } } }")
    assert feed["notifications"]["totalCount"] == 1
    assert feed["notifications"]["edges"][0]["node"]["title"] == "Bob's clip"


async def test_preferences_decide_what_is_kept(sign_in: SignIn) -> None:
    user, client = await sign_in("carol4")
    changed = await client.data(
        "mutation { setNotificationPreference(kind: DOWNLOAD_FAILED, inApp: false, channels: []) "
        "{ kind inApp channels } }"
    )
    assert changed["setNotificationPreference"]["inApp"] is False
    await service.notify(user, Kind.DOWNLOAD_FAILED, "Download failed: x")
    await service.notify(user, Kind.SERVICE_DOWN, "Plex is down")  # admins only by default
    assert await Notification.filter(user_id=user.id).count() == 0
    asked = await client.execute(
        "mutation { setNotificationPreference(kind: ANNOUNCEMENT, inApp: true, channels: [EMAIL]) "
        "{ kind } }"
    )
    assert asked["errors"][0]["message"] == "Add an email address to your profile first."


async def test_webhook_retries_until_delivered_once_and_is_signed(
    sign_in: SignIn, receiver: tuple[Receiver, str], fast_retries: None
) -> None:
    hooks, url = receiver
    hooks.fail_first = 3
    await stored.save(stored.NotificationChannels, webhook_url=url, webhook_secret=SECRET)
    user, client = await sign_in("dave4")
    await client.data(
        "mutation { setNotificationPreference(kind: REQUEST_AVAILABLE, inApp: true, "
        "channels: [WEBHOOK]) { kind } }"
    )
    await service.notify(user, Kind.REQUEST_AVAILABLE, "Now on Plex: Heat (1995)", "Ready.")
    await wait_jobs_done()
    assert hooks.calls == 4
    assert len(hooks.received) == 1
    headers, body = hooks.received[0]
    expected = hmac.new(
        SECRET.encode(), headers["x-medianest-timestamp"].encode() + b"." + body, hashlib.sha256
    ).hexdigest()
    assert headers["x-medianest-signature"] == f"sha256={expected}"
    payload = json.loads(body)
    assert payload["kind"] == "request_available"
    assert payload["title"] == "Now on Plex: Heat (1995)"
    assert payload["user"]["username"] == "dave4"
    # The in-app copy was kept while the webhook was failing.
    assert await Notification.filter(user_id=user.id).count() == 1


async def test_a_failing_channel_does_not_block_the_others(
    sign_in: SignIn, receiver: tuple[Receiver, str], fast_retries: None, unused_tcp_port: int
) -> None:
    hooks, url = receiver
    await stored.save(
        stored.NotificationChannels,
        webhook_url=f"http://127.0.0.1:{unused_tcp_port}/nothing-listens",
        discord_url=url,
    )
    user, client = await sign_in("erin4")
    await client.data(
        "mutation { setNotificationPreference(kind: DOWNLOAD_FINISHED, inApp: true, "
        "channels: [WEBHOOK, DISCORD]) { kind } }"
    )
    await service.notify(user, Kind.DOWNLOAD_FINISHED, "Saved to Plex: Clip", "Clip.mp4")
    await wait_jobs_done(timeout=30)
    assert len(hooks.received) == 1
    discord = json.loads(hooks.received[0][1])
    assert discord["embeds"][0]["title"] == "Saved to Plex: Clip"
    assert discord["allowed_mentions"] == {"parse": []}
    failed = await Job.get(kind=service.DELIVER_KIND, status=JobStatus.FAILED)
    assert failed.attempts == failed.max_attempts


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope)
        return "250 OK"


async def test_email_over_smtp(sign_in: SignIn, unused_tcp_port: int) -> None:
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=unused_tcp_port)
    controller.start()
    try:
        await stored.save(
            stored.NotificationChannels,
            smtp_host="127.0.0.1",
            smtp_port=unused_tcp_port,
            smtp_from="MediaNest <medianest@example.com>",
            smtp_starttls=False,
        )
        user, client = await sign_in("fay4")
        user.email = "fay@example.com"
        await user.save()
        await client.data(
            "mutation { setNotificationPreference(kind: REQUEST_DECLINED, inApp: false, "
            "channels: [EMAIL]) { kind } }"
        )
        await service.notify(user, Kind.REQUEST_DECLINED, "Request declined: Heat", "Reason: no")
        await wait_jobs_done()
        assert len(box.messages) == 1
        message = box.messages[0]
        assert message.rcpt_tos == ["fay@example.com"]
        assert b"Subject: Request declined: Heat" in message.content
    finally:
        controller.stop()


async def test_admins_configure_channels_and_secrets_stay_hidden(
    admin: tuple[User, GqlClient],
) -> None:
    _, client = admin
    saved = await client.data(
        'mutation { updateNotificationChannels(input: {webhookUrl: "https://hooks.example/x", '
        'webhookSecret: "s3cret", discordUrl: "https://discord.example/api/webhooks/1/abc"}) '
        "{ webhookUrl webhookSecretSet discordUrlSet } }"
    )
    assert saved["updateNotificationChannels"] == {
        "webhookUrl": "https://hooks.example/x",
        "webhookSecretSet": True,
        "discordUrlSet": True,
    }
    settings = await client.data("{ notificationSettings { availableChannels } }")
    assert settings["notificationSettings"]["availableChannels"] == ["WEBHOOK", "DISCORD"]
    bad = await client.execute(
        'mutation { updateNotificationChannels(input: {webhookUrl: "ftp://x"}) { webhookUrl } }'
    )
    assert bad["errors"][0]["extensions"]["field"] == "webhookUrl"


async def test_announcements_are_live_for_everyone_and_end(
    admin: tuple[User, GqlClient], member: tuple[User, GqlClient]
) -> None:
    _, boss = admin
    alice, client = member
    query = "subscription { announcementsUpdated { title severity } }"
    async with client.subscribe(query) as live:
        assert (await live.next(timeout=5))["data"]["announcementsUpdated"] == []
        posted = await boss.data(
            'mutation { postAnnouncement(title: "Plex restarts at 2am", severity: MAINTENANCE, '
            'body: "About ten minutes.") { id title } }'
        )
        now_showing = (await live.next(timeout=5))["data"]["announcementsUpdated"]
        assert now_showing == [{"title": "Plex restarts at 2am", "severity": "MAINTENANCE"}]
        await boss.data(
            'mutation { postAnnouncement(title: "Overseerr is down", severity: OUTAGE) { id } }'
        )
        ordered = (await live.next(timeout=5))["data"]["announcementsUpdated"]
        assert [a["severity"] for a in ordered] == ["OUTAGE", "MAINTENANCE"]
        await boss.data(
            "mutation($id: ID!) { endAnnouncement(id: $id) { id } }",
            {"id": posted["postAnnouncement"]["id"]},
        )
        ended = (await live.next(timeout=5))["data"]["announcementsUpdated"]
        assert [a["title"] for a in ended] == ["Overseerr is down"]
    feed = await Notification.filter(user_id=alice.id, kind=Kind.ANNOUNCEMENT).count()
    assert feed == 2
    refused = await client.execute('mutation { postAnnouncement(title: "x") { id } }')
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    past = await boss.execute(
        'mutation { postAnnouncement(title: "x", endsAt: "2020-01-01T00:00:00Z") { id } }'
    )
    assert past["errors"][0]["message"] == "The end time is in the past."


async def test_people_set_their_own_email_for_email_notifications(sign_in: SignIn) -> None:
    _, client = await sign_in("gus4")
    bad = await client.data(
        'mutation { updateMyEmail(email: "not-an-email") { __typename ... on ValidationError '
        "{ field message } } }"
    )
    assert bad["updateMyEmail"] == {
        "__typename": "ValidationError",
        "field": "email",
        "message": "That is not an email address.",
    }
    good = await client.data('mutation { updateMyEmail(email: "gus@example.com") { __typename } }')
    assert good["updateMyEmail"]["__typename"] == "UserUpdated"
    me = await client.data("{ me { email } }")
    assert me["me"]["email"] == "gus@example.com"
    chosen = await client.data(
        "mutation { setNotificationPreference(kind: ANNOUNCEMENT, inApp: true, channels: [EMAIL]) "
        "{ channels } }"
    )
    assert chosen["setNotificationPreference"]["channels"] == ["EMAIL"]
