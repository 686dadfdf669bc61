"""Permission classes declared on fields. They raise typed public errors so the client gets an
``extensions.code`` it can act on."""

from __future__ import annotations

from typing import Any

from strawberry.permission import BasePermission
from strawberry.types import Info

from medianest.api.context import Context


class IsAuthenticated(BasePermission):
    message = "Sign in to continue."

    def has_permission(self, source: Any, info: Info[Context, Any], **kwargs: Any) -> bool:
        info.context.require_viewer()
        return True


class IsAdmin(BasePermission):
    message = "Only admins can do this."

    def has_permission(self, source: Any, info: Info[Context, Any], **kwargs: Any) -> bool:
        info.context.require_admin()
        return True
