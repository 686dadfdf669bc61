"""Dramatiq actors of service status (thin: the service does the work)."""

from __future__ import annotations

from medianest.core.jobs import actor
from medianest.monitoring import service


@actor("monitoring.poll", time_limit_ms=60_000)
async def poll() -> None:
    await service.poll()
