"""Dramatiq actors that run generic jobs (thin: the service does the work)."""

from __future__ import annotations

from medianest.core.jobs import actor
from medianest.jobs import service


@actor("jobs.run_default", queue="default")
async def run_default(job_id: int) -> None:
    await service.run_job(job_id)
