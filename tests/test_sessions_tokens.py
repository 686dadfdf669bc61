"""Sessions per device, personal API tokens, and the attacks they must refuse."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import websockets
from tortoise import Tortoise

from medianest.auth.models import ApiToken, Session
from medianest.settings import Settings
from medianest.users.models import User
from tests.support.gql import GqlClient

Signed = tuple[User, GqlClient]

CREATE_TOKEN = """
mutation($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    __typename
    ... on ApiTokenCreated { secret token { id name scopes prefix } }
    ... on ValidationError { field message }
  }
}"""


async def token_for(client: GqlClient, scopes: list[str], **extra: object) -> dict[str, object]:
    result = await client.data(
        CREATE_TOKEN, {"input": {"name": "script", "scopes": scopes, **extra}}
    )
    return result["createApiToken"]  # type: ignore[no-any-return]


def bearer(server: str, secret: str) -> GqlClient:
    client = GqlClient(server)
    client.http.headers["Authorization"] = f"Bearer {secret}"
    return client


async def test_sessions_are_listed_and_revoked_per_device(
    server: str, sign_in: object, member: Signed
) -> None:
    user, laptop = member
    from medianest.auth import service as auth_service

    phone = GqlClient(
        server,
    )
    await phone.sign_in_with_link(f"/auth/link/{await auth_service.create_sign_in_link(user)}")
    sessions = (await laptop.data("{ mySessions { id device current } }"))["mySessions"]
    assert len(sessions) == 2
    assert sum(s["current"] for s in sessions) == 1
    phone_session = next(s for s in sessions if not s["current"])
    assert (
        await laptop.data(
            "mutation($id: ID!) { revokeSession(id: $id) }", {"id": phone_session["id"]}
        )
    )["revokeSession"] is True
    assert (await phone.data("{ me { id } }"))["me"] is None
    assert (await laptop.data("{ me { username } }"))["me"] == {"username": "alice"}
    await phone.aclose()


async def test_revoking_a_session_closes_its_open_subscription(server: str, member: Signed) -> None:
    user, client = member
    async with client.subscribe("subscription { jobUpdated { id } }") as sub:
        await asyncio.sleep(0.2)
        session = await Session.get(user_id=user.id)
        from medianest.auth import revocation
        from medianest.auth import service as auth_service

        await auth_service.revoke_session(session.id)
        await revocation.publish_revoked(session_ids=[str(session.id)])
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await sub.next(timeout=3)
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 4403


async def test_other_users_sessions_and_tokens_are_out_of_reach(
    server: str, sign_in: object
) -> None:
    from tests.conftest import SignIn

    make: SignIn = sign_in  # type: ignore[assignment]
    alice, alice_client = await make("alice")
    _, bob_client = await make("bob")
    alice_token = await token_for(alice_client, ["READ"])
    alice_session = await Session.get(user_id=alice.id)
    revoke_session = await bob_client.execute(
        "mutation($id: ID!) { revokeSession(id: $id) }", {"id": str(alice_session.id)}
    )
    assert revoke_session["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    token_id = alice_token["token"]["id"]  # type: ignore[index]
    revoke_token = await bob_client.execute(
        "mutation($id: ID!) { revokeApiToken(id: $id) }", {"id": token_id}
    )
    assert revoke_token["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert (await bob_client.data("{ myApiTokens { id } }"))["myApiTokens"] == []
    assert await Session.filter(id=alice_session.id, revoked_at=None).exists()
    assert await ApiToken.filter(id=int(token_id), revoked_at=None).exists()


async def test_tokens_carry_scopes_expire_and_revoke(server: str, member: Signed) -> None:
    _, client = member
    created = await token_for(client, ["READ"])
    assert created["__typename"] == "ApiTokenCreated"
    secret = str(created["secret"])
    assert secret.startswith("mn_")
    script = bearer(server, secret)
    assert (await script.data("{ me { username } }"))["me"] == {"username": "alice"}
    assert "totalCount" in (await script.data("{ jobs { totalCount } }"))["jobs"]
    cancel = await script.execute('mutation { cancelJob(id: "1") { id } }')
    assert cancel["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    mint = await script.execute(CREATE_TOKEN, {"input": {"name": "x", "scopes": ["READ"]}})
    assert mint["errors"][0]["extensions"]["code"] == "FORBIDDEN"

    listed = (await client.data("{ myApiTokens { id name lastUsedAt } }"))["myApiTokens"]
    assert listed[0]["lastUsedAt"] is not None

    await ApiToken.filter(id=int(listed[0]["id"])).update(
        expires_at=datetime.now(UTC) - timedelta(seconds=1)
    )
    assert (await script.data("{ me { id } }"))["me"] is None

    second = await token_for(client, ["READ"])
    script2 = bearer(server, str(second["secret"]))
    assert (await script2.data("{ me { id } }"))["me"] is not None
    second_token: dict[str, str] = second["token"]  # type: ignore[assignment]
    await client.data("mutation($id: ID!) { revokeApiToken(id: $id) }", {"id": second_token["id"]})
    assert (await script2.data("{ me { id } }"))["me"] is None
    await script.aclose()
    await script2.aclose()


async def test_scope_escalation_is_refused(server: str, member: Signed) -> None:
    _, client = member
    before = await ApiToken.all().count()
    result = await token_for(client, ["READ", "ADMIN"])
    assert result["__typename"] == "ValidationError"
    assert result["field"] == "scopes"
    assert await ApiToken.all().count() == before
    past = await token_for(client, ["READ"], expiresAt="2001-01-01T00:00:00+00:00")
    assert past == {
        "__typename": "ValidationError",
        "field": "expiresAt",
        "message": "The expiry must be in the future.",
    }


async def test_forged_and_tampered_cookies_are_strangers(server: str, member: Signed) -> None:
    _, client = member
    real = client.http.cookies["medianest_session"]
    for forged in (
        real[:-2] + ("AA" if not real.endswith("AA") else "BB"),
        "x" * 43,
        "",
        "a" * 500,
    ):
        stranger = GqlClient(server, cookies=httpx.Cookies({"medianest_session": forged}))
        assert (await stranger.data("{ me { id } }"))["me"] is None
        await stranger.aclose()
    garbage = bearer(server, "mn_not-a-token")
    assert (await garbage.data("{ me { id } }"))["me"] is None
    await garbage.aclose()


async def test_cross_site_forms_cannot_mutate(server: str, admin: Signed) -> None:
    from medianest.jobs.models import Job

    _, client = admin
    for content_type, body in (
        ("application/x-www-form-urlencoded", "query=mutation+%7B+runHousekeeping+%7B+id+%7D+%7D"),
        ("text/plain", '{"query": "mutation { runHousekeeping { id } }"}'),
        (
            "multipart/form-data; boundary=x",
            '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\nmutation { runHousekeeping '
            "{ id } }\r\n--x--\r\n",
        ),
    ):
        response = await client.http.post(
            "/graphql", content=body, headers={"content-type": content_type}
        )
        assert response.status_code in {400, 415}, (content_type, response.status_code)
    assert await Job.all().count() == 0


async def test_websocket_from_a_foreign_origin_is_refused(server: str, member: Signed) -> None:
    _, client = member
    url = server.replace("http", "ws", 1) + "/graphql"
    with pytest.raises(websockets.InvalidStatus) as refused:
        async with websockets.connect(
            url,
            subprotocols=[websockets.Subprotocol("graphql-transport-ws")],
            additional_headers={"Cookie": client.cookie_header(), "Origin": "https://evil.example"},
        ):
            pass
    assert refused.value.response.status_code == 403


async def test_no_secret_is_stored_in_plain_text(
    server: str, admin: Signed, settings: Settings
) -> None:
    _, client = admin
    created = await token_for(client, ["READ"])
    secret = str(created["secret"])
    saved = await client.data(
        'mutation { saveServiceSettings(service: OVERSEERR, input: {url: "http://127.0.0.1:5055",'
        ' secret: "super-secret-api-key-123"}) { __typename ... on SettingsSaved { settings {'
        " overseerr { url apiKeySet } } } } }"
    )
    overseerr = saved["saveServiceSettings"]["settings"]["overseerr"]
    assert overseerr == {"url": "http://127.0.0.1:5055", "apiKeySet": True}
    conn = Tortoise.get_connection("default")
    for table in ("api_tokens", "service_settings", "sessions"):
        rows = await conn.execute_query_dict(f'SELECT * FROM "{table}"')
        dump = repr(rows)
        assert secret not in dump
        assert secret[3:] not in dump
        assert "super-secret-api-key-123" not in dump
        assert client.http.cookies["medianest_session"] not in dump


async def test_sign_in_attempts_are_rate_limited_per_address(server: str) -> None:
    import time

    # The limit counts per minute; start well inside a window.
    into_window = time.time() % 60
    if into_window > 50:
        await asyncio.sleep(60 - into_window + 0.1)
    client = GqlClient(server)
    codes = []
    for _ in range(25):
        body = await client.execute("mutation { startPlexSignIn { __typename } }")
        codes.append(body["errors"][0]["extensions"]["code"] if "errors" in body else "ok")
    await client.aclose()
    assert codes[:20] == ["ok"] * 20
    assert set(codes[20:]) == {"RATE_LIMITED"}


async def test_disabling_a_user_ends_their_live_updates_and_requests(
    admin: Signed, member: Signed
) -> None:
    _, admin_client = admin
    alice, client = member
    async with client.subscribe("subscription { jobUpdated { id } }") as sub:
        await asyncio.sleep(0.2)
        result = await admin_client.data(
            "mutation($id: ID!) { updateUser(id: $id, input: {active: false}) { __typename } }",
            {"id": str(alice.id)},
        )
        assert result["updateUser"]["__typename"] == "UserUpdated"
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await sub.next(timeout=3)
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 4403
    assert (await client.data("{ me { id } }"))["me"] is None
