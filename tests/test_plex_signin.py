"""Sign in with Plex end to end against the fake plex.tv and Plex Media Server: first-run
setup by the owner, admission of friends, refusals with reasons, expiry, cancellation, outages,
and the Plex token never reaching the browser."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import parse_qs

import pytest

from medianest.auth.models import PlexSignIn, Session
from medianest.users.models import Role, User
from tests.conftest import PlexWorld
from tests.fakes.plex_library import SERVER_MACHINE_ID, SERVER_NAME
from tests.support.gql import GqlClient

START = """mutation($redirect: Boolean! = false) { startPlexSignIn(redirect: $redirect) {
  __typename ... on PlexSignInStarted { id authUrl expiresAt }
  ... on PlexSignInFailed { reason message } } }"""
CHECK = """mutation($id: ID!) { checkPlexSignIn(id: $id) {
  __typename ... on SignedIn { needsSetup user { username role isOwner } }
  ... on PlexSignInFailed { reason message } } }"""
CANCEL = """mutation($id: ID!) { cancelPlexSignIn(id: $id) {
  __typename ... on PlexSignInFailed { reason message } } }"""


class Browser:
    """A signed-out browser tab talking to MediaNest, and the Plex popup it opens."""

    def __init__(self, server: str, plex: PlexWorld) -> None:
        self.client = GqlClient(server)
        self.plex = plex
        self.seen: list[str] = []

    async def call(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        response = await self.client.http.post(
            "/graphql", json={"query": query, "variables": variables or {}}
        )
        self.seen.append(response.text + repr(dict(response.headers)))
        body = response.json()
        assert "errors" not in body, body
        return body["data"]  # type: ignore[no-any-return]

    async def start(self) -> dict[str, Any]:
        return (await self.call(START))["startPlexSignIn"]  # type: ignore[no-any-return]

    async def wait(self, sign_in_id: str, timeout: float = 8) -> dict[str, Any]:
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            result = (await self.call(CHECK, {"id": sign_in_id}))["checkPlexSignIn"]
            if result["__typename"] != "PlexSignInPending":
                return result  # type: ignore[no-any-return]
            assert asyncio.get_running_loop().time() < deadline, "sign-in never finished"
            await asyncio.sleep(0.3)

    async def sign_in_as(self, account: str) -> dict[str, Any]:
        started = await self.start()
        assert started["__typename"] == "PlexSignInStarted", started
        fragment = started["authUrl"].split("#?", 1)[1]
        code = parse_qs(fragment)["code"][0]
        pending = (await self.call(CHECK, {"id": started["id"]}))["checkPlexSignIn"]
        assert pending == {"__typename": "PlexSignInPending"}
        token = self.plex.tv.approve_pin(code, account)
        self.tokens = [*getattr(self, "tokens", []), token]
        return await self.wait(started["id"])

    async def me(self) -> dict[str, Any] | None:
        return (await self.call("{ me { username role isOwner } }"))["me"]  # type: ignore[no-any-return]


@pytest.fixture
async def browsers(server: str, plex: PlexWorld) -> Any:
    made: list[Browser] = []

    def make() -> Browser:
        browser = Browser(server, plex)
        made.append(browser)
        return browser

    yield make
    for browser in made:
        await browser.client.aclose()


async def set_up(browsers: Any) -> Browser:
    owner: Browser = browsers()
    signed = await owner.sign_in_as("owner")
    assert signed == {
        "__typename": "SignedIn",
        "needsSetup": True,
        "user": {"username": "owner", "role": "ADMIN", "isOwner": True},
    }
    servers = (await owner.call("{ setupServers { id name addresses } }"))["setupServers"]
    assert {s["name"] for s in servers} == {SERVER_NAME, "Owner Cabin Server"}
    done = await owner.call(
        "mutation($id: String!) { completeSetup(serverId: $id) { __typename "
        "... on SettingsSaved { settings { plex { url tokenSet serverName machineIdentifier } } }"
        " ... on ValidationError { message } } }",
        {"id": SERVER_MACHINE_ID},
    )
    plex_settings = done["completeSetup"]["settings"]["plex"]
    assert plex_settings["tokenSet"] is True
    assert plex_settings["machineIdentifier"] == SERVER_MACHINE_ID
    assert plex_settings["url"] == owner.plex.pms_url
    return owner


async def test_first_owner_sets_up_then_friends_get_in(browsers: Any, plex: PlexWorld) -> None:
    owner = await set_up(browsers)
    assert await owner.me() == {"username": "owner", "role": "ADMIN", "isOwner": True}
    status = (await owner.call("{ setupStatus { configured serverName } }"))["setupStatus"]
    assert status == {"configured": True, "serverName": SERVER_NAME}

    alice = browsers()
    assert await alice.sign_in_as("alice") == {
        "__typename": "SignedIn",
        "needsSetup": False,
        "user": {"username": "alice", "role": "USER", "isOwner": False},
    }
    user = await User.get(username="alice")
    assert sorted(user.permissions) == ["download", "request"]
    session = await Session.get(user_id=user.id)
    assert session.device
    assert session.ip == "127.0.0.1"

    # Every call to plex.tv identified MediaNest and asked for JSON.
    for call in plex.tv.requests:
        assert call.header("X-Plex-Client-Identifier")
        assert call.header("X-Plex-Product") == "MediaNest"
        assert call.header("Accept") == "application/json"
    # No Plex token ever reached a browser.
    for browser in (owner, alice):
        for token in browser.tokens:
            assert all(token not in text for text in browser.seen)


async def test_people_without_access_are_told_why(browsers: Any, plex: PlexWorld) -> None:
    await set_up(browsers)
    for account in ("carol", "bob", "dave"):
        result = await browsers().sign_in_as(account)
        assert result["__typename"] == "PlexSignInFailed", account
        assert result["reason"] == "NO_ACCESS"
        assert SERVER_NAME in result["message"]
    assert not await User.filter(username__in=["carol", "bob", "dave"]).exists()


async def test_before_setup_only_a_server_owner_gets_in(browsers: Any, plex: PlexWorld) -> None:
    refused = await browsers().sign_in_as("carol")
    assert refused["reason"] == "NO_ACCESS"
    assert "owns no Plex Media Server" in refused["message"]
    await browsers().sign_in_as("owner")
    # The owner has not picked a server yet: others wait.
    waiting = await browsers().sign_in_as("erin")
    assert waiting["reason"] == "NOT_SET_UP"


async def test_removed_access_ends_sessions_at_next_sign_in(browsers: Any, plex: PlexWorld) -> None:
    await set_up(browsers)
    first = browsers()
    await first.sign_in_as("alice")
    assert (await first.me()) is not None
    plex.tv.revoke_server(SERVER_MACHINE_ID, "alice")
    again = await browsers().sign_in_as("alice")
    assert again["reason"] == "NO_ACCESS"
    assert await first.me() is None


async def test_expired_cancelled_and_foreign_sign_ins(browsers: Any, plex: PlexWorld) -> None:
    browser = browsers()
    started = await browser.start()
    code = parse_qs(started["authUrl"].split("#?", 1)[1])["code"][0]
    plex.tv.expire_pin(code)
    expired = await browser.wait(started["id"])
    assert expired["reason"] == "EXPIRED"

    second = await browser.start()
    cancelled = (await browser.call(CANCEL, {"id": second["id"]}))["cancelPlexSignIn"]
    assert cancelled["reason"] == "CANCELLED"
    # Approving after the cancel changes nothing.
    plex.tv.approve_pin(parse_qs(second["authUrl"].split("#?", 1)[1])["code"][0], "owner")
    assert (await browser.wait(second["id"]))["reason"] == "CANCELLED"

    third = await browser.start()
    stranger = browsers()
    response = await stranger.client.execute(CHECK, {"id": third["id"]})
    assert response["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert await browser.me() is None


async def test_plex_unreachable_is_said_plainly(browsers: Any, plex: PlexWorld) -> None:
    plex.tv.fail(503)
    result = await browsers().start()
    assert result == {
        "__typename": "PlexSignInFailed",
        "reason": "PLEX_UNREACHABLE",
        "message": "Plex is unreachable right now. Try again in a few minutes.",
    }
    plex.tv.recover()
    browser = browsers()
    started = await browser.start()
    plex.tv.fail(503)
    failed = await browser.wait(started["id"])
    assert failed["reason"] == "PLEX_UNREACHABLE"


async def test_polling_plex_is_at_most_once_a_second(browsers: Any, plex: PlexWorld) -> None:
    browser = browsers()
    started = await browser.start()
    plex.tv.clear_requests()
    for _ in range(10):
        await browser.call(CHECK, {"id": started["id"]})
    polls = plex.tv.count("/api/v2/pins/{pin_id}")
    assert 1 <= polls <= 2


async def test_import_users_and_test_connection(browsers: Any, plex: PlexWorld) -> None:
    owner = await set_up(browsers)
    result = await owner.call(
        "mutation { importPlexUsers { __typename ... on UsersImported { skipped "
        "imported { username } } ... on ValidationError { message } } }"
    )
    imported = {u["username"] for u in result["importPlexUsers"]["imported"]}
    assert "alice" in imported
    assert not imported & {"bob", "dave", "erin", "carol", "owner"}
    assert await User.filter(username="alice", role=Role.USER).exists()
    tested = await owner.call("mutation { testConnection(service: PLEX) { ok message } }")
    assert tested["testConnection"]["ok"] is True
    plex.pms.fail(503)
    tested = await owner.call("mutation { testConnection(service: PLEX) { ok message } }")
    assert tested["testConnection"] == {
        "ok": False,
        "message": f"Plex failed (HTTP 503) at {plex.pms_url}.",
    }
    wrong = await owner.call(
        'mutation { testConnection(service: PLEX, input: {secret: "wrong-token"}) { ok message } }'
    )
    assert wrong["testConnection"]["ok"] is False


async def test_redirect_fallback_returns_to_the_spa(
    browsers: Any, plex: PlexWorld, server: str
) -> None:
    browser = browsers()
    started = (await browser.call(START, {"redirect": True}))["startPlexSignIn"]
    fragment = parse_qs(started["authUrl"].split("#?", 1)[1])
    assert fragment["forwardUrl"] == [f"{server}/auth/plex/callback?id={started['id']}"]
    back = await browser.client.http.get(f"/auth/plex/callback?id={started['id']}")
    assert back.status_code == 303
    assert back.headers["location"] == f"/signin?id={started['id']}"
    assert await PlexSignIn.filter(id=started["id"]).exists()
