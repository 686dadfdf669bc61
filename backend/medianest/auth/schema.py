"""GraphQL mutations of sign-in and sessions."""

from __future__ import annotations

from typing import Any

import strawberry
from starlette.responses import Response
from strawberry.types import Info

from medianest.api.context import Context
from medianest.auth import service


@strawberry.type
class AuthMutation:
    @strawberry.mutation(description="End this browser's session.")
    async def sign_out(self, info: Info[Context, Any]) -> bool:
        ctx = info.context
        if ctx.session is not None:
            await service.revoke_session(ctx.session.id)
        if isinstance(ctx.response, Response):
            ctx.response.delete_cookie(service.SESSION_COOKIE, path="/")
        return True
