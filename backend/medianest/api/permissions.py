"""Who may call a field, declared on the field. Every root field names exactly one rule; the
authorization matrix test reads them and fails for a field without one."""

from __future__ import annotations

from typing import Any, ClassVar

from strawberry.permission import BasePermission
from strawberry.types import Info

from medianest.api.context import Context
from medianest.auth.principal import Scope
from medianest.users.models import Permission


class Rule(BasePermission):
    public: ClassVar[bool] = False
    scope: ClassVar[Scope | None] = None
    admin: ClassVar[bool] = False
    session_only: ClassVar[bool] = False
    permission: ClassVar[Permission | None] = None
    message = "Not allowed."

    def has_permission(self, source: Any, info: Info[Context, Any], **kwargs: Any) -> bool:
        info.context.authorize(type(self))
        return True


def rule(
    name: str,
    *,
    public: bool = False,
    scope: Scope | None = None,
    admin: bool = False,
    session_only: bool = False,
    permission: Permission | None = None,
) -> type[Rule]:
    attrs = {
        "public": public,
        "scope": scope,
        "admin": admin,
        "session_only": session_only,
        "permission": permission,
    }
    return type(name, (Rule,), attrs)


Public = rule("Public", public=True)
Reader = rule("Reader", scope=Scope.READ)
SessionOnly = rule("SessionOnly", session_only=True)
AdminReader = rule("AdminReader", scope=Scope.READ, admin=True)
Admin = rule("Admin", scope=Scope.ADMIN, admin=True)
ManageUsers = rule("ManageUsers", scope=Scope.ADMIN, permission=Permission.MANAGE_USERS)
ManageSettings = rule("ManageSettings", scope=Scope.ADMIN, permission=Permission.MANAGE_SETTINGS)

# Kept for readability where a field only needs a signed-in reader.
IsAuthenticated = Reader
IsAdmin = Admin
