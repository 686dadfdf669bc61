"""The fake Uptime Kuma speaks the documented public API over real HTTP (protocols.md §4)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx
import pytest

from tests.fakes.server import serve
from tests.fakes.uptime_kuma import DOWN, MAINTENANCE, PENDING, UP, FakeUptimeKuma

KUMA_TIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$")


@pytest.fixture
def kuma() -> FakeUptimeKuma:
    return FakeUptimeKuma.with_demo_data()


@pytest.fixture
async def http(kuma: FakeUptimeKuma) -> AsyncIterator[httpx.AsyncClient]:
    async with serve(kuma.app) as base, httpx.AsyncClient(base_url=base, timeout=5) as client:
        yield client


async def test_status_page_shape_and_case_insensitive_slug(http: httpx.AsyncClient) -> None:
    response = await http.get("/api/status-page/HOME")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"config", "incidents", "publicGroupList", "maintenanceList"}
    assert body["config"]["slug"] == "home"
    assert body["config"]["autoRefreshInterval"] == 300
    groups = body["publicGroupList"]
    assert [g["name"] for g in groups] == ["Services", "Infrastructure"]
    first = groups[0]["monitorList"][0]
    assert first == {"id": 1, "name": "Plex", "sendUrl": 0, "type": "http"}
    assert any(m["type"] == "push" for m in groups[1]["monitorList"])


async def test_unknown_status_page_is_404_but_unknown_heartbeat_is_200_empty(
    http: httpx.AsyncClient,
) -> None:
    missing = await http.get("/api/status-page/nope")
    assert missing.status_code == 404
    assert missing.json() == {"status": "fail", "msg": "Status Page Not Found"}
    beats = await http.get("/api/status-page/heartbeat/nope")
    assert beats.status_code == 200
    assert beats.json() == {"heartbeatList": {}, "uptimeList": {}}


async def test_heartbeat_shape(http: httpx.AsyncClient, kuma: FakeUptimeKuma) -> None:
    body = (await http.get("/api/status-page/heartbeat/home")).json()
    ids = [str(m) for m in kuma.public_ids("home")]
    assert list(body["heartbeatList"]) == ids
    assert list(body["uptimeList"]) == [f"{i}_24" for i in ids]  # only the 24 h key exists
    for beats in body["heartbeatList"].values():
        assert [b["time"] for b in beats] == sorted(b["time"] for b in beats)
        for beat in beats:
            assert set(beat) == {"status", "time", "msg", "ping"}
            assert KUMA_TIME.match(beat["time"]), beat["time"]  # UTC, no zone suffix
            assert beat["msg"] == ""
    latest = [beats[-1]["status"] if beats else None for beats in body["heartbeatList"].values()]
    assert latest == [UP, DOWN, PENDING, MAINTENANCE, None]
    assert body["heartbeatList"]["5"] == []
    assert body["uptimeList"]["5_24"] == 0
    assert all(0 <= ratio <= 1 for ratio in body["uptimeList"].values())


async def test_down_then_up_and_uptime_override(
    http: httpx.AsyncClient, kuma: FakeUptimeKuma
) -> None:
    kuma.set_down(1)
    body = (await http.get("/api/status-page/heartbeat/home")).json()
    assert body["heartbeatList"]["1"][-1] == {
        "status": DOWN,
        "time": body["heartbeatList"]["1"][-1]["time"],
        "msg": "",
        "ping": None,
    }
    assert body["uptimeList"]["1_24"] < 1
    kuma.set_up(1, ping=12)
    kuma.set_uptime(1, 0.9986)
    body = (await http.get("/api/status-page/heartbeat/home")).json()
    assert body["heartbeatList"]["1"][-1]["status"] == UP
    assert body["heartbeatList"]["1"][-1]["ping"] == 12
    assert body["uptimeList"]["1_24"] == 0.9986


async def test_beats_capped_per_version() -> None:
    for version, cap in (("2.5.3", 100), ("1.23.17", 50)):
        kuma = FakeUptimeKuma(version=version)
        monitor = kuma.add_monitor("Plex", slug="home")
        kuma.seed_history(monitor.id, 150)
        async with serve(kuma.app) as base, httpx.AsyncClient(base_url=base) as client:
            beats = (await client.get("/api/status-page/heartbeat/home")).json()["heartbeatList"]
            page = (await client.get("/api/status-page/home")).json()
            missing = (await client.get("/api/status-page/nope")).json()
        assert len(beats["1"]) == cap
        assert beats["1"][-1]["time"] == max(b["time"] for b in beats["1"])
        assert ("incident" in page) == (version == "1.23.17")
        assert missing["msg"] == ("Not Found" if version == "1.23.17" else "Status Page Not Found")


async def test_server_side_cache_hides_changes_until_it_expires() -> None:
    kuma = FakeUptimeKuma.with_demo_data(server_cache=True)
    async with serve(kuma.app) as base, httpx.AsyncClient(base_url=base) as client:
        first = await client.get("/api/status-page/heartbeat/home")
        assert first.headers["cache-control"] == "no-cache"
        kuma.set_down(1)
        stale = await client.get("/api/status-page/heartbeat/home")
        assert "cache-control" not in stale.headers
        assert stale.json() == first.json()
        kuma.advance(61)
        fresh = (await client.get("/api/status-page/heartbeat/home")).json()
        assert fresh["heartbeatList"]["1"][-1]["status"] == DOWN


async def test_metrics_auth_and_text(http: httpx.AsyncClient, kuma: FakeUptimeKuma) -> None:
    denied = await http.get("/metrics")
    assert denied.status_code == 401
    assert denied.headers["www-authenticate"] == "Basic"
    assert denied.content == b""
    assert (await http.get("/metrics", auth=(kuma.username, kuma.password))).status_code == 200
    key = kuma.create_api_key()
    assert (await http.get("/metrics", auth=(kuma.username, kuma.password))).status_code == 401
    response = await http.get("/metrics", auth=("", key))
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8"
    text = response.text
    assert "# TYPE monitor_status gauge" in text
    plex = re.search(r'^monitor_status\{([^}]*monitor_name="Plex"[^}]*)\} (\d+)$', text, re.M)
    assert plex is not None
    assert 'monitor_id="1"' in plex.group(1)
    assert plex.group(2) == "1"
    assert 'monitor_hostname="null"' in plex.group(1)
    assert re.search(r'^monitor_uptime_ratio\{[^}]*window="30d"[^}]*\} [\d.]+$', text, re.M)
    assert 'monitor_name="Fresh"' not in text  # no beat yet, no series
    kuma.metrics_auth_disabled = True
    assert (await http.get("/metrics")).status_code == 200


async def test_push_records_beats(http: httpx.AsyncClient, kuma: FakeUptimeKuma) -> None:
    ok = await http.get("/api/push/backup-token", params={"status": "up", "msg": "OK", "ping": 5})
    assert ok.json() == {"ok": True}
    assert kuma.monitors[4].beats[-1].status == UP
    posted = await http.post("/api/push/backup-token?status=whatever")
    assert posted.status_code == 200
    assert kuma.monitors[4].beats[-1].status == DOWN
    unknown = await http.get("/api/push/nope")
    assert unknown.status_code == 404
    assert unknown.json() == {"ok": False, "msg": "Monitor not found or not active."}
    assert (await http.get("/api/push/backup-token?ping=-3")).status_code == 404
    kuma.monitors[4].retries = kuma.monitors[4].retries_left = 1
    await http.get("/api/push/backup-token")
    await http.get("/api/push/backup-token?status=down")
    assert kuma.monitors[4].beats[-1].status == PENDING
    await http.get("/api/push/backup-token?status=down")
    assert kuma.monitors[4].beats[-1].status == DOWN


async def test_badges(http: httpx.AsyncClient, kuma: FakeUptimeKuma) -> None:
    up = await http.get("/api/badge/1/status")
    assert up.headers["content-type"].startswith("image/svg+xml")
    assert ">Up<" in up.text
    hidden = kuma.add_monitor("Hidden")
    kuma.set_up(hidden.id)
    assert "N/A" in (await http.get(f"/api/badge/{hidden.id}/status")).text
    invalid = await http.get("/api/badge/abc/status")
    assert invalid.status_code == 403
    assert invalid.json() == {"status": "fail", "msg": "Invalid monitor ID"}


async def test_outage_switches_and_request_log(
    http: httpx.AsyncClient, kuma: FakeUptimeKuma
) -> None:
    kuma.outage_status = 503
    down = await http.get("/api/status-page/home")
    assert down.status_code == 503
    assert down.json()["status"] == "fail"
    kuma.clear_failures()
    kuma.hang = True
    with pytest.raises(httpx.ReadTimeout):
        await http.get("/api/status-page/heartbeat/home", timeout=0.3)
    kuma.clear_failures()
    assert (await http.get("/api/status-page/home")).status_code == 200
    assert kuma.calls("/api/status-page/home") == 2
    assert [r.status for r in kuma.requests] == [503, None, 200]
    assert kuma.requests[-1].headers["user-agent"].startswith("python-httpx")
