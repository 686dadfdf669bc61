"""Optional single sign-on through an OpenID Connect provider (the fake one on loopback)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from medianest.auth.models import UserIdentity
from medianest.users.models import User
from tests.fakes.oidc import FakeOidcProvider, Person
from tests.fakes.server import free_port, serve
from tests.support.gql import GqlClient

SAVE = """mutation($input: ServiceSettingsInput!) { saveServiceSettings(service: OIDC,
  input: $input) { __typename ... on ValidationError { field message } } }"""


@pytest.fixture
async def provider(admin: tuple[User, GqlClient]) -> AsyncIterator[FakeOidcProvider]:
    port = free_port()
    fake = FakeOidcProvider(issuer=f"http://127.0.0.1:{port}")
    async with serve(fake.app, port=port) as url:
        _, client = admin
        saved = await client.data(
            SAVE,
            {
                "input": {
                    "url": url,
                    "clientId": fake.client_id,
                    "secret": fake.client_secret,
                    "enabled": True,
                    "label": "Homelab SSO",
                }
            },
        )
        assert saved["saveServiceSettings"]["__typename"] == "SettingsSaved"
        yield fake


async def sso(server: str) -> tuple[httpx.Response, httpx.AsyncClient]:
    """A fresh browser going through the whole redirect dance."""
    browser = httpx.AsyncClient(
        base_url=server, follow_redirects=True, timeout=10, headers={"accept": "text/html"}
    )
    return await browser.get("/auth/oidc/start"), browser


async def me(browser: httpx.AsyncClient) -> object:
    body = (await browser.post("/graphql", json={"query": "{ me { username } }"})).json()
    return body["data"]["me"]


async def test_verified_email_links_an_existing_user(
    server: str, provider: FakeOidcProvider, member: tuple[User, GqlClient]
) -> None:
    alice, _ = member
    alice.email = "alice@example.com"
    await alice.save()
    provider.person = Person("sub-alice", "Alice@Example.com", email_verified=True)
    response, browser = await sso(server)
    # Back on MediaNest's start page, signed in (the page itself may not be built here).
    assert response.url.path == "/"
    assert response.history[-1].status_code == 303
    assert await me(browser) == {"username": "alice"}
    assert await UserIdentity.filter(user_id=alice.id, subject="sub-alice").exists()
    status = (
        await browser.post("/graphql", json={"query": "{ setupStatus { oidcEnabled oidcLabel } }"})
    ).json()["data"]["setupStatus"]
    assert status == {"oidcEnabled": True, "oidcLabel": "Homelab SSO"}
    await browser.aclose()


async def test_strangers_wait_for_approval(
    server: str, provider: FakeOidcProvider, admin: tuple[User, GqlClient]
) -> None:
    provider.person = Person(
        "sub-new", "new@example.com", email_verified=False, preferred_username="newbie"
    )
    response, browser = await sso(server)
    assert response.status_code == 403
    assert "admin must approve" in response.text
    assert await me(browser) is None
    pending = await User.get(username="newbie")
    assert pending.is_active is False
    _, admin_client = admin
    await admin_client.data(
        "mutation($id: ID!) { updateUser(id: $id, input: {active: true}) { __typename } }",
        {"id": str(pending.id)},
    )
    response, again = await sso(server)
    assert await me(again) == {"username": "newbie"}
    await browser.aclose()
    await again.aclose()


async def test_forged_tokens_and_stale_state_are_refused(
    server: str, provider: FakeOidcProvider
) -> None:
    provider.sign_with_foreign_key = True
    response, browser = await sso(server)
    assert response.status_code == 403
    assert "could not be verified" in response.text
    assert await me(browser) is None
    await browser.aclose()
    async with httpx.AsyncClient(base_url=server) as stray:
        stale = await stray.get("/auth/oidc/callback", params={"code": "x", "state": "y"})
        assert stale.status_code == 400


async def test_sso_off_means_no_sso(server: str) -> None:
    async with httpx.AsyncClient(base_url=server) as browser:
        response = await browser.get("/auth/oidc/start")
        assert response.status_code == 503
        assert "not configured" in response.text
