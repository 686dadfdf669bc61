"""PostgreSQL stopped for 10 s under load, with a cluster of this test's own: requests fail fast
with a clear error, nobody is signed out, and everything recovers once it is back, without
restarting MediaNest."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
import websockets
from websockets.typing import Subprotocol

from tests.support.gql import GqlClient
from tests.support.processes import Proc, clean_env, run_cli
from tests.support.services import free_port, wait_http

pytestmark = [pytest.mark.slow, pytest.mark.faults]

PG_BIN = Path(os.environ.get("MEDIANEST_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"))
OUTAGE_S = 10
CLIENTS = 6
MESSAGE = "The database is not reachable right now; try again in a moment."
QUERIES = [
    "query Me { me { id username } }",
    "query Jobs { jobs(first: 20) { edges { node { id status } } } }",
    "query Recent { recentlyAdded(first: 20) { edges { node { id } } } }",
]
# The sign-in page, asked by someone not signed in: no session to look up, so it is the
# resolver that meets the outage.
ANONYMOUS = ["query Setup { setupStatus { configured oidcEnabled } }"]


class PrivatePostgres:
    """A PostgreSQL cluster of this test's own, on its own port and socket directory, that the
    test may stop and start again. Runs as the ``postgres`` user (it refuses to run as root)."""

    def __init__(self, port: int) -> None:
        self.port = port
        # Not under pytest's tmp_path: that is private to root, and postgres must reach it.
        self.folder = Path(tempfile.mkdtemp(prefix="medianest-pg-"))
        self.data = self.folder / "data"
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")

    def _run(self, *args: str, timeout: float = 60) -> None:
        command = [str(PG_BIN / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=timeout)

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")

    def start(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            "pg_ctl", "start", "-w", "-t", "30", "-D", str(self.data),
            "-l", str(self.folder / "postgres.log"), "-o", options,
        )  # fmt: skip

    def stop(self) -> None:
        self._run("pg_ctl", "stop", "-w", "-m", "immediate", "-D", str(self.data))

    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def log(self) -> str:
        path = self.folder / "postgres.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def remove(self) -> None:
        if self.running():
            with contextlib.suppress(subprocess.SubprocessError):
                self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def postgres() -> Iterator[PrivatePostgres]:
    if not all((PG_BIN / name).exists() for name in ("initdb", "pg_ctl", "postgres")):
        pytest.skip(f"PostgreSQL server binaries not found in {PG_BIN}")
    server = PrivatePostgres(free_port())
    try:
        server.init()
        server.start()
        yield server
    finally:
        server.remove()


@dataclass
class Answer:
    query: str
    started: float
    ended: float
    status: int
    code: str | None
    message: str | None

    @property
    def took(self) -> float:
        return self.ended - self.started

    @property
    def ok(self) -> bool:
        return self.status == 200 and self.code is None


async def ask(http: httpx.AsyncClient, query: str) -> Answer:
    started = time.monotonic()
    try:
        response = await http.post("/graphql", json={"query": query})
    except httpx.HTTPError as exc:
        return Answer(query, started, time.monotonic(), 0, "NO_ANSWER", repr(exc))
    ended = time.monotonic()
    try:
        body: dict[str, Any] = response.json()
    except ValueError:
        return Answer(query, started, ended, response.status_code, "NOT_JSON", response.text)
    errors = body.get("errors") or []
    if not errors:
        return Answer(query, started, ended, response.status_code, None, None)
    first = errors[0]
    code = (first.get("extensions") or {}).get("code")
    return Answer(query, started, ended, response.status_code, code, first.get("message"))


async def load(
    http: httpx.AsyncClient,
    queries: list[str],
    offset: int,
    answers: list[Answer],
    stop: asyncio.Event,
) -> None:
    turn = offset
    while not stop.is_set():
        answers.append(await ask(http, queries[turn % len(queries)]))
        turn += 1
        await asyncio.sleep(0.02)


Probe = tuple[float, float, int, dict[str, Any]]  # asked at, took, status, body


async def readiness(base: str, seen: list[Probe], stop: asyncio.Event) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=10) as http:
        while not stop.is_set():
            started = time.monotonic()
            response = await http.get("/readyz")
            seen.append(
                (started, time.monotonic() - started, response.status_code, response.json())
            )
            await asyncio.sleep(0.25)


async def last_scheduled(db_url: str, name: str) -> Any:
    conn = await asyncpg.connect(db_url, timeout=5)
    try:
        return await conn.fetchval("SELECT last_run_at FROM schedule_runs WHERE name = $1", name)
    finally:
        await conn.close()


async def outage_checks(base: str, cookie: str) -> dict[str, float]:
    """Mid-outage, what is not a GraphQL query: a plain route reading the database, and a
    subscription socket. Each answers at once, and says the database is the trouble."""
    took: dict[str, float] = {}
    async with httpx.AsyncClient(base_url=base, timeout=10) as http:
        started = time.monotonic()
        response = await http.get("/auth/link/not-a-real-link", follow_redirects=False)
        took["sign-in link"] = time.monotonic() - started
        assert response.status_code == 503, response.text
        assert response.headers["retry-after"] == "5"
        error = response.json()["errors"][0]
        assert (error["message"], error["extensions"]["code"]) == (MESSAGE, "SERVICE_UNAVAILABLE")
    started = time.monotonic()
    async with websockets.connect(
        base.replace("http", "ws", 1) + "/graphql",
        subprotocols=[Subprotocol("graphql-transport-ws")],
        additional_headers={"Cookie": cookie},
        open_timeout=5,
    ) as ws:
        # Who asks cannot be found out: closed at once, "try again later".
        await asyncio.wait_for(ws.wait_closed(), 5)
    took["subscription socket"] = time.monotonic() - started
    assert (ws.close_code, ws.close_reason) == (1013, MESSAGE)
    return took


async def test_postgres_outage_under_load(
    postgres: PrivatePostgres, tmp_path: Path, artifacts: Path
) -> None:
    admin_url = f"postgresql://postgres@127.0.0.1:{postgres.port}/postgres"
    conn = await asyncpg.connect(admin_url, timeout=5)
    try:
        await conn.execute("CREATE DATABASE medianest")
    finally:
        await conn.close()
    db_url = f"postgresql://postgres@127.0.0.1:{postgres.port}/medianest"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = clean_env(
        MEDIANEST_DATABASE_URL=db_url,
        MEDIANEST_DATA_DIR=str(tmp_path / "data"),
        MEDIANEST_SECRET_KEY="p" * 40,
        MEDIANEST_PORT=str(port),
        MEDIANEST_RECONCILE_INTERVAL_S="1",
        MEDIANEST_REQUESTS_PER_MINUTE="1000000",  # the load is the point here
    )
    proc: Proc | None = None
    session = GqlClient(base)
    bearer = httpx.AsyncClient(base_url=base, timeout=10)
    anonymous = httpx.AsyncClient(base_url=base, timeout=10)
    try:
        run_cli(["migrate"], env)
        # api, worker and scheduler in one process: all of them must live through the outage
        proc = Proc("medianest", ["run"], env, tmp_path)
        await wait_http(f"{base}/readyz")
        pid = proc.popen.pid
        link = run_cli(["create-admin", "--username", "ops"], env).strip().splitlines()[-1]
        await session.sign_in_with_link(link[link.index("/auth/link/") :])
        created = await session.data(
            'mutation { createApiToken(input: {name: "outage", scopes: [READ]}) '
            "{ ... on ApiTokenCreated { secret } } }"
        )
        bearer.headers["Authorization"] = f"Bearer {created['createApiToken']['secret']}"
        clients = [session.http, bearer]  # a browser session and an API token
        for http in clients:
            for query in QUERIES:
                warm = await ask(http, query)
                assert warm.ok, warm

        answers: list[Answer] = []
        ready: list[Probe] = []
        stop = asyncio.Event()
        tasks = [
            asyncio.create_task(load(clients[i % 2], QUERIES, i, answers, stop))
            for i in range(CLIENTS)
        ]
        tasks.append(asyncio.create_task(load(anonymous, ANONYMOUS, 0, answers, stop)))
        tasks.append(asyncio.create_task(readiness(base, ready, stop)))
        try:
            await asyncio.sleep(2)
            stopping_at = time.monotonic()
            await asyncio.to_thread(postgres.stop)
            down_at = time.monotonic()
            await asyncio.sleep(OUTAGE_S / 2)
            side = await outage_checks(base, session.cookie_header())
            await asyncio.sleep(OUTAGE_S - (time.monotonic() - down_at))
            starting_at = time.monotonic()
            await asyncio.to_thread(postgres.start)
            back_at = time.monotonic()
            await asyncio.sleep(7)
        finally:
            stop.set()
            await asyncio.gather(*tasks)

        before = [a for a in answers if a.ended < stopping_at]
        during = [a for a in answers if a.started >= down_at and a.ended <= starting_at]
        since = [a for a in answers if a.ended >= stopping_at]
        after = [a for a in answers if a.started >= back_at]
        assert before, "no load before the outage"
        assert all(a.ok for a in before), [a for a in before if not a.ok][:3]
        assert len(during) >= CLIENTS * OUTAGE_S, f"too little load: {len(during)} requests"
        # While it is down: every request says so, nobody is told they are signed out, nothing
        # is masked as an internal error.
        unclear = [a for a in during if (a.code, a.message) != ("SERVICE_UNAVAILABLE", MESSAGE)]
        assert not unclear, unclear[:5]
        odd = [a for a in since if not a.ok and a.code != "SERVICE_UNAVAILABLE"]
        assert not odd, odd[:5]
        # Signed in, who asks cannot be found out: HTTP 503 before any resolver runs. Signed
        # out, the resolver meets it: a GraphQL error like any other.
        assert {a.status for a in during if a.query not in ANONYMOUS} == {503}
        assert {a.status for a in during if a.query in ANONYMOUS} == {200}
        # Nothing hangs, from the moment it stops until well after it is back.
        outage = [a for a in since if a.started <= back_at]
        worst = max(a.took for a in outage)
        worst_since = max(a.took for a in since)
        assert worst_since < 2, sorted(since, key=lambda a: a.took)[-3:]
        assert max(side.values()) < 2, side
        # Recovered: from some moment on, every request succeeds.
        failing_after = [a for a in answers if a.ended >= back_at and not a.ok]
        recovered_at = max((a.ended for a in failing_after), default=back_at)
        recovery = recovered_at - back_at
        assert recovery < 5, failing_after[-3:]
        assert len([a for a in after if a.started > recovered_at]) >= CLIENTS
        # Readiness said so too.
        down_ready = [r for r in ready if down_at < r[0] and r[0] + r[1] < starting_at]
        assert down_ready
        assert all(r[2] == 503 for r in down_ready), down_ready[:3]
        assert all(r[3]["checks"]["database"].startswith("unreachable") for r in down_ready)
        assert max(r[1] for r in ready) < 2
        assert ready[-1][2] == 200, ready[-1]

        # The same process, never restarted; its worker and scheduler live on.
        assert proc.popen.poll() is None
        assert proc.popen.pid == pid
        job = await session.data("mutation { runHousekeeping { id status } }")
        job_id = job["runHousekeeping"]["id"]
        deadline = time.monotonic() + 20
        while True:
            state = await session.data(f'query {{ job(id: "{job_id}") {{ status }} }}')
            if state["job"]["status"] == "SUCCEEDED":
                break
            assert time.monotonic() < deadline, f"housekeeping after the outage: {state}"
            await asyncio.sleep(0.2)
        wall_now = time.time()
        last = await last_scheduled(db_url, "reconcile")
        assert last is not None
        assert wall_now - last.timestamp() < 5, f"scheduler stalled: last reconcile at {last}"
        # And it said what happened without a traceback per request.
        logged = proc.log()
        assert "Exception in ASGI application" not in logged
        assert "unexpected error in GraphQL operation" not in logged
        assert "scheduler tick failed" not in logged
        # One line now and then with a count, not one per failed request.
        reports = logged.count("database unreachable:")
        assert 1 <= reports <= 6, reports
        assert "more requests failed alike" in logged

        print(
            f"postgres outage: {len(answers)} requests from {CLIENTS + 1} clients, "
            f"{len(during)} while down, all SERVICE_UNAVAILABLE; worst since the stop "
            f"{worst_since:.2f} s; sign-in link {side['sign-in link']:.2f} s (503), "
            f"subscription socket {side['subscription socket']:.2f} s (closed 1013); "
            f"postgres took {back_at - starting_at:.1f} s to start; "
            f"{len(failing_after)} failed after it was back"
        )
        print(
            f"postgres outage: worst request during outage {worst:.2f} s; "
            f"recovered {recovery:.1f} s after restart"
        )
    finally:
        await session.aclose()
        await bearer.aclose()
        await anonymous.aclose()
        if proc is not None:
            proc.stop()
        (tmp_path / "postgres.log").write_text(postgres.log())
        keep_logs(tmp_path, artifacts / "logs" / "postgres-outage")


def keep_logs(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for log in source.glob("*.log"):
        (target / log.name).write_bytes(log.read_bytes())
