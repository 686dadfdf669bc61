"""Recording and reading the audit log."""

from __future__ import annotations

from typing import Any

from medianest.audit.models import AuditEntry
from medianest.core.paging import keyset
from medianest.users.models import User


async def record(
    actor: User | None,
    action: str,
    target_type: str,
    target_id: object | None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    return await AuditEntry.create(
        actor=actor,
        action=action,
        target_type=target_type,
        target_id=None if target_id is None else str(target_id),
        before=before,
        after=after,
    )


async def page(
    *, first: int, after_id: int | None, action: str | None, target_type: str | None
) -> tuple[list[AuditEntry], bool, int]:
    query = AuditEntry.all()
    if action:
        query = query.filter(action=action)
    if target_type:
        query = query.filter(target_type=target_type)
    found = await keyset(query, first=first, after_id=after_id)
    return found.rows, found.has_next, found.total
