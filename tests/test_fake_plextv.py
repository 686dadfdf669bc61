"""The fake plex.tv behaves like the real one where MediaNest's client can tell: exercised over
real HTTP with httpx (protocols.md §1, §6)."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlencode
from xml.etree import ElementTree as ET

import httpx
import pytest
from playwright.async_api import async_playwright
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from tests.fakes.plex_library import SERVER_MACHINE_ID
from tests.fakes.plextv import FakePlexTV
from tests.fakes.server import serve

CLIENT = "0f6c2d4e-medianest-test"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"]
HEADERS = {
    "Accept": "application/json",
    "X-Plex-Client-Identifier": CLIENT,
    "X-Plex-Product": "MediaNest",
}


@pytest.fixture
async def tv() -> AsyncIterator[tuple[FakePlexTV, httpx.AsyncClient]]:
    fake = FakePlexTV.seeded(pms_url="http://127.0.0.1:32499")
    async with (
        serve(fake.app) as base,
        httpx.AsyncClient(base_url=base, headers=HEADERS, timeout=5) as client,
    ):
        yield fake, client


def as_user(token: str) -> dict[str, str]:
    return {"X-Plex-Token": token}


async def create_pin(client: httpx.AsyncClient, **params: str) -> dict[str, Any]:
    response = await client.post("/api/v2/pins", params=params or {"strong": "true"})
    assert response.status_code == 201
    body: dict[str, Any] = response.json()
    return body


async def test_every_call_needs_the_client_identifier(tv: tuple[FakePlexTV, Any]) -> None:
    fake, client = tv
    bare = {"Accept": "application/json", "X-Client-Identifier": "typo"}
    missing = {"code": 1000, "message": "X-Plex-Client-Identifier is missing", "status": 400}
    async with httpx.AsyncClient(base_url=str(client.base_url), headers=bare) as careless:
        for method, path in (
            ("POST", "/api/v2/pins"),
            ("GET", "/api/v2/user"),
            ("GET", "/api/users"),
        ):
            response = await careless.request(
                method, path, headers=as_user(fake.token_for("owner"))
            )
            assert response.status_code == 400
            assert response.json() == {"errors": [missing]}
    # ...which may also come as a query parameter or a form field (the forum how-to's curl -d)
    async with httpx.AsyncClient(base_url=str(client.base_url)) as plain:
        query = await plain.post(
            "/api/v2/pins",
            params={"strong": "true", "X-Plex-Client-Identifier": CLIENT},
            headers={"Accept": "application/json"},
        )
        form = await plain.post(
            "/api/v2/pins",
            data={"strong": "true", "X-Plex-Client-Identifier": CLIENT},
            headers={"Accept": "application/json"},
        )
    assert query.status_code == form.status_code == 201
    assert len(form.json()["code"]) == 25


async def test_pin_lifecycle_until_approved(tv: tuple[FakePlexTV, httpx.AsyncClient]) -> None:
    fake, client = tv
    pin = await create_pin(client)
    assert re.fullmatch(r"[a-z0-9]{25}", pin["code"])
    assert isinstance(pin["id"], int)
    assert pin["authToken"] is None
    assert pin["clientIdentifier"] == CLIENT
    assert pin["product"] == "MediaNest"
    assert pin["expiresIn"] == 1800
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", pin["expiresAt"])

    pending = await client.get(f"/api/v2/pins/{pin['id']}")
    assert pending.status_code == 200
    assert pending.json()["authToken"] is None

    token = fake.approve_pin(pin["code"], "alice")
    approved = (await client.get(f"/api/v2/pins/{pin['id']}")).json()
    assert approved["authToken"] == token
    user = (await client.get("/api/v2/user", headers=as_user(token))).json()
    assert (user["id"], user["username"], user["authToken"]) == (1002, "alice", token)
    assert user["email"] == "alice@example.com"
    assert {"uuid", "title", "thumb", "home", "restricted"} <= user.keys()
    avatar = await client.get(user["thumb"])
    assert avatar.content.startswith(b"\x89PNG\r\n\x1a\n")

    short = await create_pin(client, strong="false")
    assert re.fullmatch(r"[A-Z]{4}", short["code"])
    assert short["expiresIn"] == 900


async def test_pins_expire_and_unknown_pins_are_404() -> None:
    fake = FakePlexTV.seeded(pin_lifetime=0.3)
    async with serve(fake.app) as base, httpx.AsyncClient(base_url=base, headers=HEADERS) as client:
        quick = await create_pin(client)
        assert quick["expiresIn"] == 1
        await asyncio.sleep(0.35)
        gone = await client.get(f"/api/v2/pins/{quick['id']}")
        assert gone.status_code == 404
        assert gone.json() == {"errors": [{"code": 1020, "message": "Code not found or expired"}]}
        with pytest.raises(ValueError, match="expired"):
            fake.approve_pin(quick["id"], "alice")

        fake.pin_lifetime = None
        later = await create_pin(client)
        fake.advance(1799)
        assert (await client.get(f"/api/v2/pins/{later['id']}")).json()["expiresIn"] == 1
        fake.advance(1)
        assert (await client.get(f"/api/v2/pins/{later['id']}")).status_code == 404

        cut = await create_pin(client)
        fake.expire_pin(cut["code"])
        assert (await client.get(f"/api/v2/pins/{cut['id']}")).status_code == 404

        other = await create_pin(client)
        stranger = await client.get(
            f"/api/v2/pins/{other['id']}", headers={"X-Plex-Client-Identifier": "someone-else"}
        )
        assert stranger.status_code == 404
        for unknown in ("999", "abc"):
            assert (await client.get(f"/api/v2/pins/{unknown}")).status_code == 404


async def test_user_needs_a_valid_token(tv: tuple[FakePlexTV, httpx.AsyncClient]) -> None:
    fake, client = tv
    unauthorized = {
        "errors": [{"code": 1001, "message": "User could not be authenticated", "status": 401}]
    }
    for headers in ({}, as_user("not-a-token")):
        response = await client.get("/api/v2/user", headers=headers)
        assert response.status_code == 401
        assert response.json() == unauthorized
    token = fake.token_for("owner")
    by_query = await client.get("/api/v2/user", params={"X-Plex-Token": token})
    assert by_query.json()["email"] == "Owner@Example.com"  # mixed case: clients lowercase it
    assert (await client.get("/api/v2/ping", headers=as_user(token))).json() == {"pong": True}
    signout = await client.delete("/api/v2/users/signout", headers=as_user(token))
    assert signout.status_code == 204
    assert (await client.get("/api/v2/user", headers=as_user(token))).status_code == 401
    assert (await client.get("/api/v2/nope", headers=as_user(token))).status_code == 404


async def test_xml_unless_json_is_asked_for(tv: tuple[FakePlexTV, httpx.AsyncClient]) -> None:
    fake, client = tv
    response = await client.get(
        "/api/v2/user", headers={"Accept": "*/*"} | as_user(fake.token_for("alice"))
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/xml")
    root = ET.fromstring(response.text)  # noqa: S314 (our own fake's output)
    assert (root.tag, root.get("username"), root.get("id")) == ("user", "alice", "1002")


def servers(resources: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["name"]: r for r in resources if "server" in r["provides"].split(",")}


async def test_resources_depend_on_the_account(tv: tuple[FakePlexTV, httpx.AsyncClient]) -> None:
    fake, client = tv

    async def resources(name: str) -> list[dict[str, Any]]:
        params = {"includeHttps": "1", "includeRelay": "1"}
        response = await client.get(
            "/api/v2/resources", params=params, headers=as_user(fake.token_for(name))
        )
        assert response.status_code == 200
        body: list[dict[str, Any]] = response.json()
        return body

    owner = await resources("owner")
    mine = servers(owner)
    assert set(mine) == {"MediaNest Test Server", "Owner Cabin Server"}
    main = mine["MediaNest Test Server"]
    assert main["clientIdentifier"] == SERVER_MACHINE_ID
    assert (main["owned"], main["ownerId"], main["sourceTitle"]) == (True, None, None)
    assert main["accessToken"] == fake.token_for("owner")
    assert [d["provides"] for d in owner if d["name"] == "Olivia's iPhone"] == [
        "client,player,pubsub-player"
    ]

    shared = servers(await resources("alice"))
    assert set(shared) == {"MediaNest Test Server", "Erin's Server"}
    alice_main = shared["MediaNest Test Server"]
    assert (alice_main["owned"], alice_main["ownerId"], alice_main["sourceTitle"]) == (
        False,
        1001,
        "owner",
    )
    assert alice_main["accessToken"] not in (fake.token_for("alice"), fake.token_for("owner"))
    assert set(servers(await resources("bob"))) == {"Owner Cabin Server"}
    assert await resources("carol") == []
    assert await resources("dave") == []  # invited, not accepted yet
    fake.accept_share(SERVER_MACHINE_ID, "dave")
    assert set(servers(await resources("dave"))) == {"MediaNest Test Server"}
    fake.revoke_server(SERVER_MACHINE_ID, "alice")
    assert set(servers(await resources("alice"))) == {"Erin's Server"}


async def test_connections_follow_the_include_flags(
    tv: tuple[FakePlexTV, httpx.AsyncClient],
) -> None:
    fake, client = tv
    owner = as_user(fake.token_for("owner"))

    async def main_connections(**params: str) -> list[dict[str, Any]]:
        response = await client.get("/api/v2/resources", params=params, headers=owner)
        return list(servers(response.json())["MediaNest Test Server"]["connections"])

    plain = await main_connections()
    assert {(c["protocol"], c["local"], c["relay"]) for c in plain} == {
        ("http", True, False),
        ("http", False, False),
    }
    assert plain[0]["uri"] == "http://127.0.0.1:32499"
    rich = await main_connections(includeHttps="1", includeRelay="1", includeIPv6="1")
    assert any(c["uri"].endswith(".plex.direct:32499") and c["local"] for c in rich)
    assert [c["port"] for c in rich if c["relay"]] == [8443]
    assert [c["address"] for c in rich if c["IPv6"]] == ["fd00::10"]
    assert all(set(c) >= {"uri", "local", "relay", "protocol", "address", "port"} for c in rich)


async def test_shared_users_for_import(tv: tuple[FakePlexTV, httpx.AsyncClient]) -> None:
    fake, client = tv
    response = await client.get("/api/users", headers=as_user(fake.token_for("owner")))
    assert response.headers["content-type"].startswith("application/xml")  # even with Accept json
    root = ET.fromstring(response.text)  # noqa: S314 (our own fake's output)
    users = {u.get("id"): u for u in root.iter("User")}
    assert root.get("size") == "4"
    by_name = {u.get("title"): u for u in users.values()}
    alice_servers = [s.get("machineIdentifier") for s in by_name["alice"].iter("Server")]
    assert alice_servers == [SERVER_MACHINE_ID]  # Erin's share is not the owner's business
    bob = by_name["bob"].find("Server")
    assert bob is not None
    assert bob.get("machineIdentifier") != SERVER_MACHINE_ID
    kid = by_name["Kid"]
    assert (kid.get("email"), kid.get("username"), kid.get("home")) == ("", "", "1")
    dave = by_name["dave"].find("Server")
    assert dave is not None
    assert dave.get("pending") == "1"

    friends = (await client.get("/api/v2/friends", headers=as_user(fake.token_for("owner")))).json()
    status = {f["title"]: f["status"] for f in friends}
    assert status == {"alice": "accepted", "Kid": "accepted", "dave": "pending", "bob": "accepted"}
    assert (await client.get("/api/users", headers=as_user(fake.token_for("carol")))).text.count(
        "<User"
    ) == 0


async def test_sign_in_page_approves_a_pin(tv: tuple[FakePlexTV, httpx.AsyncClient]) -> None:
    fake, client = tv
    pin = await create_pin(client)
    page = await client.get("/auth")
    assert page.headers["content-type"].startswith("text/html")
    assert "Approve as alice</button>" in page.text
    assert "forwardUrl" in page.text
    approve = {"code": pin["code"], "clientID": CLIENT, "account": "owner"}
    wrong = await client.post("/__fake/pins/approve", json=approve | {"clientID": "other"})
    assert wrong.status_code == 400
    unknown = await client.post("/__fake/pins/approve", json=approve | {"code": "nope"})
    assert unknown.status_code == 404
    done = await client.post("/__fake/pins/approve", json=approve)
    assert done.status_code == 200
    polled = (await client.get(f"/api/v2/pins/{pin['id']}")).json()
    assert polled["authToken"] == done.json()["authToken"]
    assert fake.server_access(SERVER_MACHINE_ID, polled["authToken"]) is not None
    another = await create_pin(client)
    by_id = await client.post(f"/__fake/pins/{another['id']}/approve", json={"account": "bob"})
    assert by_id.status_code == 200
    assert fake.pin(another["id"]).account == "bob"


async def test_request_log_and_outages(tv: tuple[FakePlexTV, httpx.AsyncClient]) -> None:
    fake, client = tv
    await client.get("/auth")
    await client.post("/api/v2/pins", params={"strong": "true"})
    await client.get("/api/v2/pins/2000000001")
    assert [(r.method, r.endpoint) for r in fake.requests] == [
        ("POST", "/api/v2/pins"),
        ("GET", "/api/v2/pins/{pin_id}"),
    ]  # the sign-in page and /__fake controls are not plex.tv API calls
    assert all(r.plex("X-Plex-Client-Identifier") == CLIENT for r in fake.requests)
    assert fake.requests[0].query == {"strong": "true"}
    assert fake.count("/api/v2/pins/{pin_id}") == 1

    fake.fail(503, times=1)
    assert (await client.post("/api/v2/pins")).status_code == 503
    assert (await client.post("/api/v2/pins")).status_code == 201
    fake.fail(500)
    assert (await client.get("/api/v2/user")).status_code == 500
    fake.recover()

    fake.hang()
    with pytest.raises(httpx.ReadTimeout):
        await client.post("/api/v2/pins", timeout=0.2)
    held = asyncio.create_task(client.post("/api/v2/pins", params={"strong": "true"}))
    for _ in range(200):  # until the fake holds it
        if fake.count("/api/v2/pins") == 5:
            break
        await asyncio.sleep(0.01)
    fake.recover()
    assert (await held).status_code == 201


@pytest.mark.e2e
async def test_sign_in_popup_in_a_browser() -> None:
    """The flow MediaNest's SPA drives: a popup to {app}/auth#?..., "Approve", then forwardUrl."""
    chromium = os.environ.get("MEDIANEST_CHROMIUM", "/usr/bin/chromium")
    if not shutil.which(chromium):
        pytest.fail(f"Chromium not found at {chromium}: apt-get install chromium")
    fake = FakePlexTV.seeded()

    async def page(request: Request) -> HTMLResponse:
        return HTMLResponse(f"<title>{request.url.path}</title><p>{request.url.path}</p>")

    portal = Starlette(routes=[Route("/", page), Route("/signed-in", page)])
    async with serve(fake.app) as tv_base, serve(portal) as portal_base:
        async with httpx.AsyncClient(base_url=tv_base, headers=HEADERS) as client:
            pin = await create_pin(client)
        query = urlencode(
            {
                "clientID": CLIENT,
                "code": pin["code"],
                "context[device][product]": "MediaNest",
                "forwardUrl": f"{portal_base}/signed-in",
            }
        )
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            try:
                opener = await browser.new_page()
                await opener.goto(f"{portal_base}/")
                async with opener.expect_popup() as popup_info:
                    await opener.evaluate(
                        "url => { window.open(url, 'plex'); }", f"{tv_base}/auth#?{query}"
                    )
                popup = await popup_info.value
                await popup.get_by_text("MediaNest wants to use your Plex account.").wait_for()
                await popup.get_by_role("button", name="Approve as alice").click()
                await popup.wait_for_url(f"{portal_base}/signed-in")
            finally:
                await browser.close()
    assert fake.pin(pin["id"]).account == "alice"
    assert fake.pin(pin["id"]).auth_token is not None
