"""Gauges read from shared state when /metrics is scraped: jobs by kind and status, messages
waiting in the broker's queues, items in the library. Each reading is independent: one that
fails (the database down) leaves the others and the process's own metrics intact."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from medianest.core.jobs import queue_depths
from medianest.core.metrics import JOBS, JOBS_ACTIVE, LIBRARY_ITEMS, QUEUE_MESSAGES
from medianest.core.runtime import get_runtime
from medianest.jobs import service as jobs_service
from medianest.library import service as library_service

log = logging.getLogger(__name__)


async def _jobs() -> None:
    rows = await jobs_service.active_counts()
    JOBS.clear()
    total = 0
    for kind, status, n in rows:
        JOBS.labels(kind, str(status)).set(n)
        total += n
    JOBS_ACTIVE.set(total)


async def _queues() -> None:
    depths = await asyncio.to_thread(queue_depths, get_runtime().broker)
    QUEUE_MESSAGES.clear()
    for queue, waiting in depths.items():
        QUEUE_MESSAGES.labels(queue).set(waiting)


async def _library() -> None:
    rows = await library_service.item_counts()
    LIBRARY_ITEMS.clear()
    for kind, n in rows:
        LIBRARY_ITEMS.labels(str(kind)).set(n)


async def refresh() -> None:
    for reading in (_jobs, _queues, _library):
        with contextlib.suppress(Exception):
            await asyncio.wait_for(reading(), timeout=2)
