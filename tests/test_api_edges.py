"""Bad input at the edges gets a clear error, never a stack trace, and changes nothing;
operations endpoints answer."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import websockets

from medianest.jobs.models import Job
from tests.support.gql import GqlClient


@pytest.fixture
async def http(server: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=server, timeout=10) as client:
        yield client


def assert_no_trace(text: str) -> None:
    assert "Traceback" not in text
    assert 'File "' not in text


async def test_malformed_graphql_is_a_clear_error(http: httpx.AsyncClient) -> None:
    response = await http.post("/graphql", json={"query": "{ me { "})
    assert response.status_code == 200
    error = response.json()["errors"][0]
    assert "Syntax Error" in error["message"]
    not_json = await http.post(
        "/graphql", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert not_json.status_code == 400
    assert_no_trace(not_json.text)


async def test_unknown_field_is_a_validation_error(http: httpx.AsyncClient) -> None:
    body = (await http.post("/graphql", json={"query": "{ nope }"})).json()
    assert "Cannot query field 'nope'" in body["errors"][0]["message"]


async def test_oversized_body_is_refused(
    http: httpx.AsyncClient, admin: tuple[object, GqlClient]
) -> None:
    _, client = admin
    query = "mutation { runHousekeeping { id } }" + " " * 2_000_000
    response = await client.http.post("/graphql", json={"query": query})
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "PAYLOAD_TOO_LARGE"
    assert await Job.all().count() == 0


async def test_get_cannot_run_mutations(admin: tuple[object, GqlClient]) -> None:
    _, client = admin
    response = await client.http.get(
        "/graphql",
        params={"query": "mutation { runHousekeeping { id } }"},
        headers={"accept": "application/json"},
    )
    assert response.status_code == 400
    assert "mutations are not allowed when using get" in response.text.lower()
    assert await Job.all().count() == 0


async def test_form_encoded_posts_are_refused(admin: tuple[object, GqlClient]) -> None:
    _, client = admin
    response = await client.http.post(
        "/graphql", data={"query": "mutation { runHousekeeping { id } }"}
    )
    assert response.status_code in {400, 415}
    assert_no_trace(response.text)
    assert await Job.all().count() == 0


async def test_depth_and_alias_limits(http: httpx.AsyncClient) -> None:
    aliases = " ".join(f"a{i}: serverInfo {{ version }}" for i in range(40))
    body = (await http.post("/graphql", json={"query": f"{{ {aliases} }}"})).json()
    assert "aliases" in body["errors"][0]["message"].lower()
    nested = "id"
    for _ in range(5):  # three levels each: children, edges, node
        nested = f"children {{ edges {{ node {{ {nested} }} }} }}"
    body = (
        await http.post("/graphql", json={"query": f'{{ libraryItem(id: "1") {{ {nested} }} }}'})
    ).json()
    assert "levels deep" in body["errors"][0]["message"]
    # Fragments count too.
    deep = "id"
    for _ in range(5):
        deep = f"children {{ edges {{ node {{ {deep} }} }} }}"
    spread = (
        f'fragment Deep on MediaItem {{ {deep} }} query {{ libraryItem(id: "1") {{ ...Deep }} }}'
    )

    body = (await http.post("/graphql", json={"query": spread})).json()
    assert "levels deep" in body["errors"][0]["message"]
    tokens = "{ " + " ".join("serverInfo { version }" for _ in range(800)) + " }"
    body = (await http.post("/graphql", json={"query": tokens})).json()
    assert "token" in body["errors"][0]["message"].lower()


async def test_unknown_routes_are_404(http: httpx.AsyncClient) -> None:
    for path in ("/api/nope", "/graphql/extra", "/auth/nope", "/missing.png"):
        response = await http.get(path, headers={"accept": "application/json"})
        assert response.status_code == 404, path
        assert response.json()["error"] == "not_found"


async def test_websocket_without_connection_init_is_closed(server: str) -> None:
    from medianest.core.runtime import get_runtime

    get_runtime()  # the server shares this runtime
    url = server.replace("http", "ws", 1) + "/graphql"
    async with websockets.connect(url, subprotocols=["graphql-transport-ws"]) as ws:  # type: ignore[list-item]
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), timeout=15)
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 4408


async def test_legacy_subscription_protocol_is_not_offered(server: str) -> None:
    url = server.replace("http", "ws", 1) + "/graphql"
    async with websockets.connect(url, subprotocols=["graphql-ws"]) as ws:  # type: ignore[list-item]
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), 3)
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 4406


async def test_health_readiness_metrics_and_request_ids(http: httpx.AsyncClient) -> None:
    assert (await http.get("/healthz")).json() == {"status": "ok"}
    ready = await http.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"] == {"database": "ok", "migrations": "ok", "redis": "ok"}
    await http.post("/graphql", json={"query": "query Probe { serverInfo { version } }"})
    metrics = (await http.get("/metrics")).text
    assert "medianest_http_requests_total" in metrics
    assert 'medianest_graphql_operation_duration_seconds_count{operation_name="Probe"' in metrics
    echoed = await http.get("/healthz", headers={"x-request-id": "abc-123"})
    assert echoed.headers["x-request-id"] == "abc-123"
    fresh = await http.get("/healthz", headers={"x-request-id": "bad id!"})
    assert fresh.headers["x-request-id"] != "bad id!"
    assert len(fresh.headers["x-request-id"]) == 32


async def test_graphiql_is_for_signed_in_people(
    http: httpx.AsyncClient, admin: tuple[object, GqlClient]
) -> None:
    anonymous = await http.get("/graphql", headers={"accept": "text/html"})
    assert anonymous.status_code == 303
    assert anonymous.headers["location"].startswith("/")
    _, client = admin
    signed_in = await client.http.get("/graphql", headers={"accept": "text/html"})
    assert signed_in.status_code == 200
    assert "graphiql" in signed_in.text.lower()


async def test_mutations_are_rate_limited_per_person_and_aliases_count(
    runtime: Any, member: tuple[Any, GqlClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, client = member
    monkeypatch.setattr(runtime.settings, "mutations_per_minute", 5)
    monkeypatch.setattr(runtime.settings, "costly_mutations_per_minute", 2)
    aliased = "mutation { " + " ".join(f"m{i}: markNotificationsRead" for i in range(4)) + " }"
    assert "errors" not in await client.execute(aliased)
    limited = await client.execute(aliased)  # 8 > 5 this minute
    error = limited["errors"][0]
    assert error["extensions"]["code"] == "RATE_LIMITED"
    assert 0 < error["extensions"]["retryAfter"] <= 60
    assert "wait a minute" in error["message"]
    assert limited["data"] is None  # nothing ran


async def test_costly_mutations_have_their_own_limit(
    runtime: Any, admin: tuple[Any, GqlClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, client = admin
    monkeypatch.setattr(runtime.settings, "costly_mutations_per_minute", 2)
    three = (
        "mutation { "
        + " ".join(
            f'e{i}: enqueueDownload(input: {{url: "ftp://x"}}) {{ __typename }}' for i in range(3)
        )
        + " }"
    )
    limited = await client.execute(three)
    assert limited["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    assert "enqueueDownload" in limited["errors"][0]["message"]
