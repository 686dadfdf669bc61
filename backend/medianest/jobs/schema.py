"""GraphQL types, queries, mutations and subscriptions of background jobs."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import datetime
from typing import Any

import strawberry
from strawberry.types import Info

from medianest.api import live
from medianest.api.context import Context
from medianest.api.pagination import (
    PageInfo,
    bounded_first,
    decode_cursor,
    encode_cursor,
    page_info,
)
from medianest.api.permissions import Admin, Reader, rule
from medianest.auth.principal import Scope
from medianest.core.errors import InvalidInput
from medianest.housekeeping import service as housekeeping
from medianest.jobs import models, service
from medianest.users.schema import UserType

JobStatus = strawberry.enum(models.JobStatus, name="JobStatus")
# Jobs people own are their downloads; cancelling one is a download action.
CancelOwnJobs = rule("CancelOwnJobs", scope=Scope.DOWNLOAD)


def _parse_id(raw: strawberry.ID) -> int:
    try:
        return int(raw)
    except ValueError as exc:
        raise InvalidInput("Job ids are numbers.") from exc


@strawberry.type(name="Job")
class JobType:
    id: strawberry.ID
    kind: str
    title: str
    status: JobStatus  # type: ignore[valid-type]
    progress: float
    message: str | None
    error: str | None
    attempts: int
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    updated_at: datetime
    owner_id: strawberry.Private[int | None]

    @strawberry.field
    async def owner(self, info: Info[Context, Any]) -> UserType | None:
        if self.owner_id is None:
            return None
        user = await info.context.loaders.user_by_id.load(self.owner_id)
        return UserType.from_model(user) if user else None

    @classmethod
    def from_model(cls, job: models.Job) -> JobType:
        return cls(
            id=strawberry.ID(str(job.id)),
            kind=job.kind,
            title=job.title,
            status=job.status,
            progress=job.progress,
            message=job.message,
            error=job.error,
            attempts=job.attempts,
            created_at=job.created_at,
            started_at=job.started_at,
            finished_at=job.finished_at,
            updated_at=job.updated_at,
            owner_id=job.owner_id,  # type: ignore[attr-defined]
        )

    @classmethod
    def from_snapshot(cls, data: dict[str, Any]) -> JobType:
        def ts(key: str) -> datetime | None:
            value = data.get(key)
            return datetime.fromisoformat(value) if value else None

        return cls(
            id=strawberry.ID(str(data["id"])),
            kind=data["kind"],
            title=data["title"],
            status=models.JobStatus(data["status"]),
            progress=float(data["progress"]),
            message=data.get("message"),
            error=data.get("error"),
            attempts=int(data["attempts"]),
            created_at=ts("created_at") or datetime.min,
            started_at=ts("started_at"),
            finished_at=ts("finished_at"),
            updated_at=ts("updated_at") or datetime.min,
            owner_id=data.get("owner_id"),
        )


@strawberry.type
class JobEdge:
    cursor: str
    node: JobType


@strawberry.type
class JobConnection:
    edges: list[JobEdge]
    page_info: PageInfo
    total_count: int


@strawberry.type
class JobQuery:
    @strawberry.field(permission_classes=[Reader])
    async def jobs(
        self,
        info: Info[Context, Any],
        first: int = 20,
        after: str | None = None,
        status: JobStatus | None = None,  # type: ignore[valid-type]
        kind: str | None = None,
    ) -> JobConnection:
        rows, has_next, total = await service.list_jobs(
            info.context.require_viewer(),
            first=bounded_first(first),
            after_id=decode_cursor("job", after),
            status=status,
            kind=kind,
        )
        edges = [
            JobEdge(cursor=encode_cursor("job", r.id), node=JobType.from_model(r)) for r in rows
        ]
        return JobConnection(
            edges=edges,
            page_info=page_info(edges, has_next),
            total_count=total,
        )

    @strawberry.field(permission_classes=[Reader])
    async def job(self, info: Info[Context, Any], id: strawberry.ID) -> JobType | None:
        viewer = info.context.require_viewer()
        row = await service.visible_jobs(viewer).get_or_none(id=_parse_id(id))
        return JobType.from_model(row) if row else None


@strawberry.type
class JobMutation:
    @strawberry.mutation(
        permission_classes=[Admin],
        description="Prune expired sessions and old job history now.",
    )
    async def run_housekeeping(self, info: Info[Context, Any]) -> JobType:
        job = await housekeeping.start(info.context.require_admin())
        return JobType.from_model(job)

    @strawberry.mutation(permission_classes=[CancelOwnJobs])
    async def cancel_job(self, info: Info[Context, Any], id: strawberry.ID) -> JobType:
        job = await service.cancel_job(info.context.require_viewer(), _parse_id(id))
        return JobType.from_model(job)


@strawberry.type
class JobSubscription:
    @strawberry.subscription(
        permission_classes=[Reader],
        description=(
            "Every change to a job the viewer may see; given an id, that job's current state "
            "first and then its changes."
        ),
    )
    async def job_updated(
        self, info: Info[Context, Any], id: strawberry.ID | None = None
    ) -> AsyncGenerator[JobType, None]:
        viewer = info.context.require_viewer()
        only = _parse_id(id) if id is not None else None
        if only is not None:
            current = await service.visible_jobs(viewer).get_or_none(id=only)
            if current is not None:
                yield JobType.from_model(current)
        async for event in live.events(info.context, service.JOBS_TOPIC):
            if event.is_resync:
                # Events may have been missed: send the current state of recent jobs.
                for row in await service.recently_changed(viewer, only):
                    yield JobType.from_model(row)
                continue
            data = event.payload
            if only is not None and data.get("id") != only:
                continue
            if service.can_see(viewer, data.get("owner_id")):
                yield JobType.from_snapshot(data)
