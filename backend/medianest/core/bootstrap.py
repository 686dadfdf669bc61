"""Starting and stopping a MediaNest process's runtime: database, bus, broker, workers and the
scheduler, in whichever combination the process runs."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from dataclasses import dataclass
from datetime import timedelta

import asyncpg
import dramatiq

import medianest.registry  # noqa: F401  (registers actors and job kinds)
from medianest.api.result_cache import cache as result_cache
from medianest.core import db, tracing
from medianest.core.clients import close_all as close_clients
from medianest.core.events import create_event_bus
from medianest.core.jobs import bind_actors, create_broker, send, start_worker
from medianest.core.runtime import Runtime, set_runtime
from medianest.core.scheduler import Entry, Leadership, Scheduler
from medianest.downloads.runner import close_spare as close_spare_fetcher
from medianest.housekeeping import service as housekeeping
from medianest.jobs import runner
from medianest.jobs import service as jobs
from medianest.library.cache import cache as library_cache
from medianest.monitoring.features import check as features_check
from medianest.settings import Settings

log = logging.getLogger(__name__)

MIGRATION_LOCK = 0x6D6E_6D67  # "mnmg"


@dataclass
class Services:
    runtime: Runtime
    worker: dramatiq.Worker | None
    scheduler_task: asyncio.Task[None] | None


async def migrate(settings: Settings) -> list[str]:
    """Apply pending migrations; on PostgreSQL under an advisory lock so replicas can race."""
    if settings.dialect != "postgres":
        return await db.apply_migrations(settings)
    dsn = db.normalize_url(settings.resolved_database_url).replace(
        "postgres://", "postgresql://", 1
    )
    dsn = dsn.split("?", 1)[0]
    conn = await asyncpg.connect(dsn, timeout=10)
    try:
        await conn.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK)
        return await db.apply_migrations(settings)
    finally:
        with contextlib.suppress(Exception):
            await conn.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK)
        await conn.close()


async def _sync_library(mode: str) -> None:
    from medianest.library import service as library
    from medianest.settings_admin import service as settings_service

    if await settings_service.is_configured():
        await library.start_sync(None, library.SyncMode(mode))


def schedule(settings: Settings) -> list[Entry]:
    return [
        Entry("library.incremental", timedelta(minutes=15), lambda: _sync_library("incremental")),
        Entry("library.full", timedelta(hours=24), lambda: _sync_library("full")),
        Entry("monitoring.poll", timedelta(seconds=60), lambda: send("monitoring.poll")),
        Entry("features.check", timedelta(seconds=30), features_check),
        Entry("requests.sync", timedelta(minutes=5), lambda: send("requests.sync")),
        Entry("downloads.retention", timedelta(hours=6), lambda: send("downloads.retention")),
        Entry(
            "housekeeping",
            timedelta(seconds=settings.housekeeping_interval_s),
            lambda: housekeeping.start(None),
        ),
        Entry(
            "reconcile",
            timedelta(seconds=settings.reconcile_interval_s),
            jobs.reconcile,
            on_start=True,
        ),
    ]


async def start(
    settings: Settings, *, run_worker: bool, run_scheduler: bool, apply_migrations: bool
) -> Services:
    _ = settings.resolved_secret_key  # generated into the data directory on first run
    tracing.configure(settings.otel_endpoint, settings.otel_service_name)
    if apply_migrations:
        await migrate(settings)
    await db.init_db(settings)
    bus = create_event_bus(settings.redis_url, settings.redis_prefix)
    await bus.start()
    broker = create_broker(settings.redis_url, settings.redis_prefix)
    loop = asyncio.get_running_loop()
    runtime = Runtime(
        settings=settings,
        bus=bus,
        broker=broker,
        loop=loop,
        worker_id=f"{socket.gethostname()}:{os.getpid()}",
    )
    runtime.actors = bind_actors(broker, lambda: runtime.loop)
    set_runtime(runtime)
    runner.accept_jobs()
    worker = start_worker(broker, settings.worker_threads) if run_worker else None
    library_cache.start()
    result_cache.start()
    scheduler_task = None
    if run_scheduler:
        leadership = Leadership(settings.redis_url, f"{settings.redis_prefix}:scheduler:leader")
        scheduler_task = asyncio.create_task(
            Scheduler(schedule(settings), leadership).run_forever(), name="scheduler"
        )
    log.info(
        "runtime started",
        extra={
            "mode": "distributed" if settings.distributed else "embedded",
            "worker": run_worker,
            "scheduler": run_scheduler,
            "dialect": settings.dialect,
        },
    )
    return Services(runtime, worker, scheduler_task)


async def stop(services: Services) -> None:
    await library_cache.stop()
    await result_cache.stop()
    if services.scheduler_task is not None:
        services.scheduler_task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await services.scheduler_task
    if services.worker is not None:
        interrupted = await runner.interrupt_running()
        if interrupted:
            log.info("handed %d running job(s) back to the queue", interrupted)
        # Worker threads wait on coroutines running on this loop: stop them off the loop.
        await asyncio.to_thread(services.worker.stop, 10_000)
    services.runtime.broker.close()
    await close_spare_fetcher()
    await close_clients()
    await services.runtime.bus.stop()
    await db.close_db()
    set_runtime(None)
