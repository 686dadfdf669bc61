"""Generated GraphQL operations over the whole schema (hypothesis-graphql) against a real api
process, as an anonymous caller, a read-only API token and an admin: never a server error, never
an internal detail in an answer. Fields that reach outside (plex.tv, Plex, Overseerr, yt-dlp) or
end the callers' own sessions are left out; everything else is fair game."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import httpx
import pytest
from graphql import build_schema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import mutations, nodes, queries

from tests.support.processes import Proc, clean_env, run_cli
from tests.support.services import create_database, drop_database, free_port, wait_http

pytestmark = [
    pytest.mark.slow,
    # hypothesis-graphql draws from `random` inside its strategies; Hypothesis warns about that
    # (a library detail, not something this suite does).
    pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisDeprecationWarning"),
]

SDL = (Path(__file__).resolve().parents[1] / "schema.graphql").read_text()
OUTSIDE_QUERIES = {"downloadPreview", "setupServers", "mediaSearch", "mediaDetails"}
SAFE_MUTATIONS = (
    "approveDownload", "approveRequest", "cancelDownload", "cancelJob", "declineDownload",
    "declineRequest", "deleteRequest", "endAnnouncement", "markNotificationsRead",
    "postAnnouncement", "retryDownload", "runHousekeeping", "saveLibrarySettings",
    "saveUserDefaults", "setNotificationPreference", "updateDownloadSettings", "updateMonitor",
    "updateNotificationChannels", "createApiToken",
)  # fmt: skip
SCALARS = {
    "DateTime": st.datetimes(timezones=st.just(UTC)).map(lambda d: nodes.String(d.isoformat())),
    "JSON": st.text(max_size=20).map(nodes.String),
}
LEAKS = ("Traceback", 'File "/', "asyncpg", "tortoise", "psycopg", "sqlite3", "Unexpected error")


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[httpx.Client]]:
    import asyncio

    name = f"medianest_fuzz_{uuid.uuid4().hex[:8]}"
    url = asyncio.run(create_database(name))
    port = free_port()
    folder = tmp_path_factory.mktemp("fuzz")
    env = clean_env(
        MEDIANEST_DATABASE_URL=url,
        MEDIANEST_DATA_DIR=str(folder / "data"),
        MEDIANEST_SECRET_KEY="f" * 40,
        MEDIANEST_PORT=str(port),
        MEDIANEST_MUTATIONS_PER_MINUTE="100000",
        MEDIANEST_COSTLY_MUTATIONS_PER_MINUTE="100000",
        MEDIANEST_LOG_LEVEL="WARNING",
    )
    run_cli(["migrate"], env)
    proc = Proc("fuzz-api", ["run"], env, folder)
    base = f"http://127.0.0.1:{port}"
    clients: list[httpx.Client] = []
    try:
        asyncio.run(wait_http(f"{base}/readyz"))
        link = run_cli(["create-admin", "--username", "fuzz"], env).strip().splitlines()[-1]
        admin = httpx.Client(base_url=base, timeout=30)
        assert admin.get(link[link.index("/auth/link/") :]).status_code in {200, 303}
        made = admin.post(
            "/graphql",
            json={
                "query": 'mutation { createApiToken(input: {name: "fuzz", scopes: [READ]}) '
                "{ ... on ApiTokenCreated { secret } } }"
            },
        ).json()
        token = made["data"]["createApiToken"]["secret"]
        reader = httpx.Client(
            base_url=base, timeout=30, headers={"Authorization": f"Bearer {token}"}
        )
        clients = [httpx.Client(base_url=base, timeout=30), reader, admin]
        yield clients
    finally:
        for client in clients:
            client.close()
        proc.stop()
        asyncio.run(drop_database(name))


def check(clients: list[httpx.Client], document: str) -> None:
    for client in clients:
        response = client.post("/graphql", json={"query": document})
        assert response.status_code < 500, (document, response.text[:500])
        body = response.text
        assert not any(leak in body for leak in LEAKS), (document, body[:1000])
        if response.status_code == 200:
            for error in response.json().get("errors") or []:
                code = (error.get("extensions") or {}).get("code")
                assert code != "INTERNAL_SERVER_ERROR", (document, error)


QUERY_FIELDS = tuple(
    sorted(set(build_schema(SDL).query_type.fields) - OUTSIDE_QUERIES)  # type: ignore[union-attr]
)


def test_generated_queries(api: list[httpx.Client]) -> None:
    @settings(
        max_examples=150,
        deadline=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(queries(SDL, fields=QUERY_FIELDS, custom_scalars=SCALARS))
    def run(document: str) -> None:
        check(api, document)

    run()


def test_generated_mutations(api: list[httpx.Client]) -> None:
    @settings(
        max_examples=150,
        deadline=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(mutations(SDL, fields=SAFE_MUTATIONS, custom_scalars=SCALARS))
    def run(document: str) -> None:
        check(api, document)

    run()
