"""GraphQL API for managing other people's sessions (user managers)."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from medianest.api.context import Context
from medianest.api.permissions import ManageUsers
from medianest.audit import service as audit
from medianest.auth import revocation
from medianest.auth import service as auth_service
from medianest.auth.schema import DeviceSession
from medianest.users.schema import parse_user_id


@strawberry.type
class SessionAdminQuery:
    @strawberry.field(permission_classes=[ManageUsers])
    async def user_sessions(
        self, info: Info[Context, Any], user_id: strawberry.ID
    ) -> list[DeviceSession]:
        rows = await auth_service.list_sessions(parse_user_id(user_id))
        return [DeviceSession.from_model(s, info.context.session_id) for s in rows]


@strawberry.type
class SessionAdminMutation:
    @strawberry.mutation(
        permission_classes=[ManageUsers], description="Sign someone out everywhere."
    )
    async def revoke_user_sessions(self, info: Info[Context, Any], user_id: strawberry.ID) -> int:
        target = parse_user_id(user_id)
        ids = await auth_service.revoke_user_sessions(target)
        if ids:
            await revocation.publish_revoked(session_ids=ids)
            await audit.record(
                info.context.require_viewer(),
                "user.sign_out",
                "user",
                target,
                after={"sessions_revoked": len(ids)},
            )
        return len(ids)
