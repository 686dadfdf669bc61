"""Dramatiq actors of requests (thin: the services do the work)."""

from __future__ import annotations

import logging

from medianest.core.errors import PublicError
from medianest.core.jobs import actor
from medianest.requests import sync

log = logging.getLogger(__name__)


@actor("requests.sync", time_limit_ms=5 * 60_000)
async def sync_statuses() -> None:
    try:
        report = await sync.sync_statuses()
    except PublicError as exc:  # not configured, or Overseerr down: the next run catches up
        log.info("request status sync skipped: %s", exc.message)
        return
    if report.updated:
        log.info("request status sync updated %d request(s)", report.updated)
