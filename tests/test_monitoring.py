"""Service status from Uptime Kuma's public status page (the fake on loopback): polled into
the database, shown to everyone, pushed live, curated by admins, and kept through outages."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from medianest.monitoring import service
from medianest.monitoring.models import Monitor
from medianest.settings_admin import service as settings_service
from medianest.users.models import User
from tests.fakes.server import serve
from tests.fakes.uptime_kuma import FakeUptimeKuma
from tests.support.gql import GqlClient

Signed = tuple[User, GqlClient]
STATUS = """{ serviceStatus { configured monitors { id name group status pingMs uptime24h
  uptime7d lastCheckAt history { status } } } }"""


@pytest.fixture
async def kuma(runtime: object) -> AsyncIterator[FakeUptimeKuma]:
    fake = FakeUptimeKuma.with_demo_data()
    async with serve(fake.app) as url:
        await settings_service.save(settings_service.UptimeKumaSettings, url=url, slug="home")
        yield fake


async def test_poll_stores_what_the_status_page_shows(kuma: FakeUptimeKuma, member: Signed) -> None:
    _, client = member
    report = await service.poll()
    assert report.error is None
    assert report.monitors == 5
    status = (await client.data(STATUS))["serviceStatus"]
    assert status["configured"] is True
    by_name = {m["name"]: m for m in status["monitors"]}
    assert by_name["Plex"]["status"] == "UP"
    assert by_name["Plex"]["pingMs"] == 38
    assert by_name["Overseerr"]["status"] == "DOWN"
    assert by_name["NAS"]["status"] == "PENDING"
    assert by_name["Backup"]["status"] == "MAINTENANCE"
    assert by_name["Fresh"]["status"] == "UNKNOWN"
    assert by_name["NAS"]["group"] == "Infrastructure"
    assert len(by_name["Plex"]["history"]) == 31
    assert 0 <= by_name["Plex"]["uptime24h"] <= 1
    assert by_name["Plex"]["lastCheckAt"].endswith("+00:00")
    # A second poll with nothing new writes no samples.
    again = await service.poll()
    assert again.new_samples == 0


async def test_changes_are_pushed_live(kuma: FakeUptimeKuma, member: Signed) -> None:
    _, client = member
    await service.poll()
    plex = next(m for m in kuma.monitors.values() if m.name == "Plex")
    query = "subscription { serviceStatusUpdated { monitors { name status } } }"
    async with client.subscribe(query) as sub:
        first = (await sub.next())["data"]["serviceStatusUpdated"]["monitors"]
        assert {"name": "Plex", "status": "UP"} in first
        kuma.set_down(plex.id)
        await service.poll()
        pushed = (await sub.next(timeout=5))["data"]["serviceStatusUpdated"]["monitors"]
        assert {"name": "Plex", "status": "DOWN"} in pushed


async def test_admins_rename_and_hide_monitors(
    kuma: FakeUptimeKuma, admin: Signed, member: Signed
) -> None:
    _, admin_client = admin
    _, member_client = member
    await service.poll()
    nas = await Monitor.get(name="NAS")
    updated = await admin_client.data(
        'mutation($id: ID!) { updateMonitor(id: $id, displayName: "File server", visible: false)'
        " { name visible } }",
        {"id": str(nas.id)},
    )
    assert updated["updateMonitor"] == {"name": "File server", "visible": False}
    seen = [m["name"] for m in (await member_client.data(STATUS))["serviceStatus"]["monitors"]]
    assert "File server" not in seen
    assert "NAS" not in seen
    admin_seen = [m["name"] for m in (await admin_client.data(STATUS))["serviceStatus"]["monitors"]]
    assert "File server" in admin_seen
    denied = await member_client.execute(
        "mutation($id: ID!) { updateMonitor(id: $id, visible: true) { name } }",
        {"id": str(nas.id)},
    )
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await Monitor.get(id=nas.id)).visible is False


async def test_kuma_outage_keeps_the_last_known_state(kuma: FakeUptimeKuma, member: Signed) -> None:
    _, client = member
    await service.poll()
    kuma.outage_status = 503
    report = await service.poll()
    assert report.error is not None
    names = [m["name"] for m in (await client.data(STATUS))["serviceStatus"]["monitors"]]
    assert "Plex" in names


async def test_test_connection_finds_the_status_page(kuma: FakeUptimeKuma, admin: Signed) -> None:
    _, client = admin
    result = await client.data("mutation { testConnection(service: UPTIME_KUMA) { ok message } }")
    assert result["testConnection"]["ok"] is True
    assert "home" in result["testConnection"]["message"]


async def test_down_and_back_reach_the_feed_of_those_who_want_it(
    kuma: FakeUptimeKuma, member: Signed, admin: Signed
) -> None:
    from medianest.notifications.models import Notification

    alice, _ = member
    boss, _ = admin
    await service.poll()
    plex = next(m for m in kuma.monitors.values() if m.name == "Plex")
    kuma.set_down(plex.id)
    await service.poll()
    kuma.set_up(plex.id)
    await service.poll()
    rows = await Notification.filter(user_id=boss.id).order_by("id")
    assert [r.title for r in rows] == ["Plex is down", "Plex is back up"]
    # Service alerts are off by default for people who are not admins.
    assert await Notification.filter(user_id=alice.id).count() == 0


async def test_features_say_when_plex_or_overseerr_cannot_be_reached(
    runtime: object, member: Signed, unused_tcp_port: int
) -> None:
    from medianest.monitoring import features

    _, client = member
    dead = f"http://127.0.0.1:{unused_tcp_port}"
    query = "subscription { featureStatusUpdated { name available message } }"
    async with client.subscribe(query) as live:
        first = (await live.next(timeout=5))["data"]["featureStatusUpdated"]
        assert all(f["available"] for f in first)
        await settings_service.save(settings_service.PlexSettings, url=dead, token="t")
        await settings_service.save(settings_service.OverseerrSettings, url=dead, api_key="k")
        assert await features.check() is True
        now = {f["name"]: f for f in (await live.next(timeout=5))["data"]["featureStatusUpdated"]}
        assert now["library"]["available"] is False
        assert "last synced" in now["library"]["message"]
        assert now["requests"]["available"] is False
        assert "wait" in now["requests"]["message"]
        assert await features.check() is False  # unchanged: nothing announced
