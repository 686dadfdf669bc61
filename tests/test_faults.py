"""Faults survived for real, with processes of their own: Redis killed and restarted under live
subscriptions and while a job is being asked for; an external service that hangs or fails."""

from __future__ import annotations

import asyncio
import shutil
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from redis import Redis as SyncRedis
from redis.exceptions import RedisError

from tests.support.gql import GqlClient
from tests.support.processes import Proc, clean_env, run_cli
from tests.support.services import create_database, drop_database, free_port, wait_http

pytestmark = [pytest.mark.slow, pytest.mark.faults]
JOB = "id status"


class PrivateRedis:
    """A redis-server of this test's own, on its own port, that the test may kill."""

    def __init__(self, port: int, folder: Path) -> None:
        self.port, self.folder = port, folder
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        binary = shutil.which("redis-server")
        assert binary, "redis-server is needed for this test"
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while not self.answers():
            assert time.monotonic() < deadline, "redis did not start"
            time.sleep(0.05)

    def answers(self) -> bool:
        client = SyncRedis(port=self.port, socket_timeout=0.5)
        try:
            return bool(client.ping())
        except RedisError:
            return False
        finally:
            client.close()

    def kill(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(5)
            self.process = None


@pytest.fixture
def redis(tmp_path: Path) -> Iterator[PrivateRedis]:
    server = PrivateRedis(free_port(), tmp_path)
    server.start()
    yield server
    server.kill()


async def next_for(sub: object, job_id: str, want: str, timeout: float) -> list[str]:
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while want not in seen:
        left = deadline - time.monotonic()
        assert left > 0, f"job {job_id} did not reach {want}: {seen}"
        payload = await sub.next(timeout=left)  # type: ignore[attr-defined]
        update = payload["data"]["jobUpdated"]
        if update["id"] == job_id:
            seen.append(update["status"])
    return seen


async def test_redis_restart_under_live_subscriptions(
    redis: PrivateRedis, tmp_path: Path, artifacts: Path
) -> None:
    db_name = f"medianest_faults_{uuid.uuid4().hex[:8]}"
    db_url = await create_database(db_name)
    port = free_port()
    env = clean_env(
        MEDIANEST_DATABASE_URL=db_url,
        MEDIANEST_REDIS_URL=f"redis://127.0.0.1:{redis.port}/0",
        MEDIANEST_DATA_DIR=str(tmp_path / "data"),
        MEDIANEST_SECRET_KEY="z" * 40,
        MEDIANEST_PORT=str(port),
        MEDIANEST_RECONCILE_INTERVAL_S="1",
    )
    procs: list[Proc] = []
    client = GqlClient(f"http://127.0.0.1:{port}")
    try:
        run_cli(["migrate"], env)
        procs += [
            Proc("api", ["api"], env, tmp_path),
            Proc("worker", ["worker"], env, tmp_path),
            Proc("scheduler", ["scheduler"], env, tmp_path),
        ]
        await wait_http(f"http://127.0.0.1:{port}/readyz")
        link = run_cli(["create-admin", "--username", "ops"], env).strip().splitlines()[-1]
        await client.sign_in_with_link(link[link.index("/auth/link/") :])
        async with client.subscribe(f"subscription {{ jobUpdated {{ {JOB} }} }}") as sub:
            await asyncio.sleep(0.5)
            job = await client.data(f"mutation {{ runHousekeeping {{ {JOB} }} }}")
            await next_for(sub, job["runHousekeeping"]["id"], "SUCCEEDED", 20)

            redis.kill()
            down_at = time.monotonic()
            # Asked for while Redis is down: recorded, and sent once Redis is back.
            during = await client.execute(f"mutation {{ runHousekeeping {{ {JOB} }} }}")
            assert "errors" not in during, during
            waiting_id = during["data"]["runHousekeeping"]["id"]
            await asyncio.sleep(2)
            redis.start()
            back_at = time.monotonic()
            print(f"redis was down for {back_at - down_at:.1f} s")
            # The job asked for during the outage completes, and the subscriber sees it.
            seen = await next_for(sub, waiting_id, "SUCCEEDED", 20)
            print(f"the waiting job finished {time.monotonic() - back_at:.1f} s after: {seen}")
            # Live again: a new job's events arrive.
            fresh = await client.data(f"mutation {{ runHousekeeping {{ {JOB} }} }}")
            await next_for(sub, fresh["runHousekeeping"]["id"], "SUCCEEDED", 10)
            assert time.monotonic() - back_at < 25
    finally:
        await client.aclose()
        for proc in procs:
            proc.stop()
        keep_logs(tmp_path, artifacts / "logs" / "redis-restart")
        await drop_database(db_name)


def keep_logs(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for log in source.glob("*.log"):
        (target / log.name).write_bytes(log.read_bytes())


async def test_a_hanging_service_times_out_trips_only_its_breaker_and_recovers() -> None:
    from datetime import timedelta

    import httpx
    from aiobreaker import CircuitBreaker
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from medianest.core.http import Integration, ServiceRejected, ServiceUnavailable
    from tests.fakes.server import serve

    class Hanging(Integration):
        service = "Hanging"

    class Healthy(Integration):
        service = "Healthy"

    held: list[asyncio.StreamWriter] = []

    async def accept_and_wait(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)  # accepts the connection, never answers

    hang = await asyncio.start_server(accept_and_wait, "127.0.0.1", 0)
    hang_port = hang.sockets[0].getsockname()[1]
    failures = {"left": 3}

    async def flaky(request: Request) -> JSONResponse:
        if failures["left"] > 0:
            failures["left"] -= 1
            return JSONResponse({"message": "busy"}, status_code=503)
        return JSONResponse({"ok": True})

    def breaker() -> CircuitBreaker:
        return CircuitBreaker(
            fail_max=3, timeout_duration=timedelta(seconds=1), exclude=[ServiceRejected]
        )

    async with serve(Starlette(routes=[Route("/ok", flaky)])) as healthy_url:
        stuck = Hanging(
            f"http://127.0.0.1:{hang_port}", timeout=httpx.Timeout(0.5), breaker=breaker()
        )
        fine = Healthy(healthy_url, breaker=breaker())
        try:
            for _ in range(3):
                started = time.monotonic()
                with pytest.raises(ServiceUnavailable, match="did not answer in time"):
                    await stuck.request("GET", "/")
                assert time.monotonic() - started < 1.5
            assert stuck.breaker_open
            started = time.monotonic()
            with pytest.raises(ServiceUnavailable):
                await stuck.request("GET", "/")
            fast = time.monotonic() - started
            print(f"open breaker answered in {fast * 1000:.1f} ms")
            assert fast < 0.1
            # The other service's breaker is its own: two 503s count, then it answers.
            for _ in range(2):
                with pytest.raises(ServiceUnavailable, match="HTTP 503"):
                    await fine.request("GET", "/ok")
            assert not fine.breaker_open
            with pytest.raises(ServiceUnavailable):
                await fine.request("GET", "/ok")  # the third 503 opens it
            await asyncio.sleep(1.1)
            assert (await fine.request("GET", "/ok")).json() == {"ok": True}
            assert not fine.breaker_open  # half-open, a success, closed again
        finally:
            await stuck.aclose()
            await fine.aclose()
            hang.close()
            for writer in held:
                writer.close()
