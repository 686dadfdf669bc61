"""Housekeeping: prune expired sessions, used sign-in links and old job history."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from medianest.auth import service as auth_service
from medianest.core.runtime import get_runtime
from medianest.jobs import service as jobs
from medianest.users.models import User

KIND = "housekeeping"


async def run(ctx: jobs.JobContext) -> dict[str, Any]:
    settings = get_runtime().settings
    await ctx.progress(0.1, "Pruning expired sessions")
    sessions = await auth_service.prune_sessions()
    await ctx.progress(0.5, "Pruning old job history")
    history = await jobs.prune_history(timedelta(days=settings.job_history_days))
    await ctx.progress(0.9, "Reconciling interrupted jobs")
    requeued = await jobs.reconcile()
    summary = f"Removed {sessions} session(s) and {history} old job(s); resumed {requeued}."
    await ctx.progress(1.0, summary)
    return {"sessions": sessions, "jobs": history, "requeued": requeued}


jobs.register_kind(jobs.JobKind(name=KIND, handler=run))


async def start(owner: User | None) -> Any:
    return await jobs.create_job(KIND, "Housekeeping", owner=owner, max_attempts=2)
