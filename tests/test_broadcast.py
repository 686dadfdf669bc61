"""Shared fan-out of subscription results (api.broadcast): subscribers of one group get every
result their leader gets, a follower takes over when the leader leaves, and a follower whose
session is revoked is still cut off."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest
import websockets

from medianest.api import broadcast
from medianest.auth import revocation
from medianest.auth import service as auth_service
from medianest.auth.models import Session
from medianest.core.runtime import Runtime
from medianest.users.models import User
from tests.conftest import SignIn
from tests.support.gql import GqlClient

SUBSCRIPTION = "subscription { downloadUpdated { id title progress } }"


def event(owner: User, n: int) -> dict[str, Any]:
    stamp = datetime.now(UTC).isoformat()
    return {
        "id": 500 + n, "owner_id": owner.id, "parent_id": None, "kind": "video",
        "url": "https://example.com/v", "site": "youtube", "title": f"event {n}",
        "channel": None, "duration_s": 60, "thumbnail_url": None, "quality": "best",
        "container": "mp4", "status": "running", "phase": "downloading", "progress": n / 10,
        "downloaded_bytes": n, "total_bytes": 10, "speed_bps": None, "eta_s": None,
        "entry_count": 1, "completed_count": 0, "error_code": None, "error_message": None,
        "attempts": 1, "file_path": None, "file_size": None, "decline_reason": None,
        "created_at": stamp, "started_at": stamp, "finished_at": None, "updated_at": stamp,
    }  # fmt: skip


async def titles(subscription: Any, count: int) -> list[str]:
    out = []
    for _ in range(count):
        payload = await subscription.next(timeout=5)
        out.append(payload["data"]["downloadUpdated"]["title"])
    return out


async def test_followers_get_the_leaders_results_and_take_over(
    runtime: Runtime, sign_in: SignIn, server: str
) -> None:
    user, first = await sign_in("fan")
    second = GqlClient(server, cookies=first.http.cookies)
    third = GqlClient(server, cookies=first.http.cookies)
    try:
        async with (
            first.subscribe(SUBSCRIPTION) as a,
            second.subscribe(SUBSCRIPTION) as b,
            third.subscribe(SUBSCRIPTION) as c,
        ):
            await asyncio.sleep(0.3)
            assert broadcast.group_count() == 1  # one document, one audience: one group
            await runtime.bus.publish("downloads", event(user, 1))
            got = await asyncio.gather(titles(a, 1), titles(b, 1), titles(c, 1))
            assert list(got) == [["event 1"]] * 3
            await a.ws.close()  # the leader leaves; a follower leads from now on
            await asyncio.sleep(0.3)
            await runtime.bus.publish("downloads", event(user, 2))
            got_b, got_c = await asyncio.gather(titles(b, 1), titles(c, 1))
            assert got_b == got_c == ["event 2"]
        await asyncio.sleep(0.2)
        assert broadcast.group_count() == 0
    finally:
        await second.aclose()
        await third.aclose()


async def test_another_persons_events_do_not_reach_a_group(
    runtime: Runtime, sign_in: SignIn
) -> None:
    _, alice_client = await sign_in("alice3")
    bob, bob_client = await sign_in("bob3")
    async with alice_client.subscribe(SUBSCRIPTION) as a, bob_client.subscribe(SUBSCRIPTION) as b:
        await asyncio.sleep(0.3)
        assert broadcast.group_count() == 2
        await runtime.bus.publish("downloads", event(bob, 3))
        assert await titles(b, 1) == ["event 3"]
        with pytest.raises(TimeoutError):
            await a.next(timeout=1)


async def test_a_revoked_follower_is_cut_off(
    runtime: Runtime, sign_in: SignIn, server: str
) -> None:
    user, leader = await sign_in("fan2")
    token = await auth_service.create_sign_in_link(user)
    follower = GqlClient(server)
    await follower.sign_in_with_link(f"/auth/link/{token}")
    try:
        async with leader.subscribe(SUBSCRIPTION) as a, follower.subscribe(SUBSCRIPTION) as b:
            await asyncio.sleep(0.3)
            sessions = await Session.filter(user_id=user.id).order_by("created_at")
            assert len(sessions) == 2
            await auth_service.revoke_session(sessions[1].id)
            await revocation.publish_revoked(session_ids=[str(sessions[1].id)])
            with pytest.raises(websockets.ConnectionClosed) as closed:
                await b.next(timeout=3)
            assert closed.value.rcvd is not None
            assert closed.value.rcvd.code == 4403
            await runtime.bus.publish("downloads", event(user, 4))
            assert await titles(a, 1) == ["event 4"]
    finally:
        await follower.aclose()
