"""GraphQL API of the audit log (admins)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from medianest.api.context import Context
from medianest.api.pagination import (
    PageInfo,
    bounded_first,
    decode_cursor,
    encode_cursor,
    page_info,
)
from medianest.api.permissions import Admin
from medianest.audit import service
from medianest.audit.models import AuditEntry as AuditRow
from medianest.users.schema import UserType


@strawberry.type
class AuditEntry:
    id: strawberry.ID
    action: str
    target_type: str
    target_id: str | None
    before: JSON | None
    after: JSON | None
    created_at: datetime
    actor_id: strawberry.Private[int | None]

    @strawberry.field
    async def actor(self, info: Info[Context, Any]) -> UserType | None:
        if self.actor_id is None:
            return None
        user = await info.context.loaders.user_by_id.load(self.actor_id)
        return UserType.from_model(user) if user else None

    @classmethod
    def from_model(cls, row: AuditRow) -> AuditEntry:
        return cls(
            id=strawberry.ID(str(row.id)),
            action=row.action,
            target_type=row.target_type,
            target_id=row.target_id,
            before=row.before,  # type: ignore[arg-type]
            after=row.after,  # type: ignore[arg-type]
            created_at=row.created_at,
            actor_id=row.actor_id,  # type: ignore[attr-defined]
        )


@strawberry.type
class AuditEntryEdge:
    cursor: str
    node: AuditEntry


@strawberry.type
class AuditEntryConnection:
    edges: list[AuditEntryEdge]
    page_info: PageInfo
    total_count: int


@strawberry.type
class AuditQuery:
    @strawberry.field(permission_classes=[Admin], description="Who changed what, newest first.")
    async def audit_log(
        self,
        first: int = 50,
        after: str | None = None,
        action: str | None = None,
        target_type: str | None = None,
    ) -> AuditEntryConnection:
        rows, has_next, total = await service.page(
            first=bounded_first(first),
            after_id=decode_cursor("audit", after),
            action=action,
            target_type=target_type,
        )
        edges = [
            AuditEntryEdge(cursor=encode_cursor("audit", r.id), node=AuditEntry.from_model(r))
            for r in rows
        ]
        return AuditEntryConnection(
            edges=edges,
            page_info=page_info(edges, has_next),
            total_count=total,
        )
