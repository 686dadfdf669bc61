"""The real process topologies: distributed (2 api, 1 worker, 2 schedulers on PostgreSQL and
Redis) and embedded (`medianest run` on SQLite with nothing else)."""

from __future__ import annotations

import asyncio
import json
import signal
import uuid
from collections.abc import Iterator
from pathlib import Path

import asyncpg
import httpx
import pytest

from tests.support.gql import GqlClient
from tests.support.processes import Proc, clean_env, run_cli
from tests.support.services import (
    REDIS_URL,
    create_database,
    drop_database,
    drop_redis_prefix,
    free_port,
    wait_http,
)

pytestmark = pytest.mark.slow

JOB = "id status progress message"


async def watch_job_through_completion(
    starter: GqlClient, watcher: GqlClient
) -> tuple[str, list[str]]:
    async with watcher.subscribe(f"subscription {{ jobUpdated {{ {JOB} }} }}") as sub:
        await asyncio.sleep(0.3)  # the subscription is registered on the bus
        job = (await starter.data(f"mutation {{ runHousekeeping {{ {JOB} }} }}"))["runHousekeeping"]
        statuses: list[str] = []
        while not statuses or statuses[-1] not in {"SUCCEEDED", "FAILED"}:
            update = (await sub.next(timeout=20))["data"]["jobUpdated"]
            if update["id"] == job["id"]:
                statuses.append(update["status"])
    return job["id"], statuses


def link_path(stdout: str) -> str:
    url = stdout.strip().splitlines()[-1]
    return url[url.index("/auth/link/") :]


@pytest.fixture
def log_dir(tmp_path: Path, artifacts: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    yield tmp_path
    target = artifacts / "logs" / request.node.name
    target.mkdir(parents=True, exist_ok=True)
    for log in tmp_path.glob("*.log"):
        (target / log.name).write_bytes(log.read_bytes())


async def test_distributed_topology(log_dir: Path) -> None:
    db_name = f"medianest_dist_{uuid.uuid4().hex[:8]}"
    db_url = await create_database(db_name)
    ports = [free_port(), free_port()]
    worker_metrics = free_port()
    prefix = f"mndist:{uuid.uuid4().hex[:8]}"
    env = clean_env(
        MEDIANEST_DATABASE_URL=db_url,
        MEDIANEST_REDIS_URL=REDIS_URL,
        MEDIANEST_REDIS_PREFIX=prefix,
        MEDIANEST_DATA_DIR=str(log_dir / "data"),
        MEDIANEST_SECRET_KEY="x" * 40,
    )
    procs: list[Proc] = []
    clients: list[GqlClient] = []
    try:
        run_cli(["migrate"], env)
        for i, port in enumerate(ports):
            procs.append(
                Proc(f"api{i + 1}", ["api"], {**env, "MEDIANEST_PORT": str(port)}, log_dir)
            )
        procs.append(
            Proc(
                "worker",
                ["worker"],
                {**env, "MEDIANEST_WORKER_METRICS_PORT": str(worker_metrics)},
                log_dir,
            )
        )
        procs.append(Proc("scheduler1", ["scheduler"], env, log_dir))
        procs.append(Proc("scheduler2", ["scheduler"], env, log_dir))
        for port in ports:
            await wait_http(f"http://127.0.0.1:{port}/readyz")
        api1, api2 = (GqlClient(f"http://127.0.0.1:{port}") for port in ports)
        clients += [api1, api2]
        await api1.sign_in_with_link(
            link_path(
                run_cli(
                    ["create-admin", "--username", "ops"], {**env, "MEDIANEST_PORT": str(ports[0])}
                )
            )
        )
        api2.http.cookies.update(api1.http.cookies)

        job_id, statuses = await watch_job_through_completion(starter=api1, watcher=api2)
        assert statuses[0] == "QUEUED"
        assert "RUNNING" in statuses
        assert statuses[-1] == "SUCCEEDED"
        # The worker serves metrics of its own: the job it ran is counted there.
        async with httpx.AsyncClient() as scrape:
            worker_text = (await scrape.get(f"http://127.0.0.1:{worker_metrics}/metrics")).text
        assert 'medianest_job_duration_seconds_count{kind="' in worker_text, worker_text[:2000]
        assert 'outcome="succeeded"' in worker_text

        conn = await asyncpg.connect(db_url.replace("postgres://", "postgresql://", 1))
        try:
            worker_id = await conn.fetchval("SELECT worker_id FROM jobs WHERE id = $1", int(job_id))
            assert worker_id.endswith(f":{procs[2].popen.pid}"), worker_id
            # Two schedulers, one leader: the start-up housekeeping was scheduled once.
            await asyncio.sleep(2)
            scheduled = await conn.fetchval(
                "SELECT count(*) FROM jobs WHERE kind = 'housekeeping' AND owner_id IS NULL"
            )
            assert scheduled == 1
        finally:
            await conn.close()
        leaders = [p.name for p in procs[3:] if "now the leader" in p.log()]
        assert len(leaders) == 1, leaders
        for proc in procs:
            for line in proc.log().splitlines():
                if line.startswith("{"):
                    json.loads(line)  # every line is JSON
    finally:
        for client in clients:
            await client.aclose()
        codes = {p.name: p.stop() for p in procs}
        await drop_database(db_name)
        await drop_redis_prefix(prefix)
    assert all(code == 0 for code in codes.values()), codes


async def test_embedded_mode_like_make_run(log_dir: Path) -> None:
    port = free_port()
    env = clean_env(MEDIANEST_DATA_DIR=str(log_dir / "data"), MEDIANEST_PORT=str(port))
    proc = Proc("run", ["run"], env, log_dir)
    client = GqlClient(f"http://127.0.0.1:{port}")
    try:
        await wait_http(f"http://127.0.0.1:{port}/readyz")
        await client.sign_in_with_link(
            link_path(run_cli(["create-admin", "--username", "ops"], env))
        )
        # The recovery link finds that admin from now on.
        assert "/auth/link/" in run_cli(["admin-link"], env)
        info = (await client.data("{ serverInfo { mode } }"))["serverInfo"]
        assert info == {"mode": "embedded"}
        _, statuses = await watch_job_through_completion(starter=client, watcher=client)
        assert statuses[0] == "QUEUED"
        assert statuses[-1] == "SUCCEEDED"
        assert (log_dir / "data" / "medianest.sqlite3").exists()
        assert (log_dir / "data" / "secret_key").exists()
    finally:
        await client.aclose()
        code = proc.stop(signal.SIGINT)
    assert code == 0, proc.log()[-3000:]
