"""Dramatiq actors that run generic jobs (thin: jobs.runner does the work)."""

from __future__ import annotations

from medianest.core.jobs import actor
from medianest.jobs import runner


@actor("jobs.run_default", queue="default")
async def run_default(job_id: int) -> None:
    await runner.run_job(job_id)


@actor("jobs.run_downloads", queue="downloads", time_limit_ms=6 * 60 * 60 * 1000)
async def run_downloads(job_id: int) -> None:
    # Downloads stop themselves when they stall; this limit only catches a runaway.
    await runner.run_job(job_id)
