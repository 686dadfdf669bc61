"""GraphQL types and queries of users."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from medianest.api.context import Context
from medianest.users import models

Role = strawberry.enum(models.Role, name="Role")


@strawberry.type(name="User")
class UserType:
    id: strawberry.ID
    username: str
    display_name: str
    avatar_url: str | None
    role: Role  # type: ignore[valid-type]

    @strawberry.field
    def is_admin(self) -> bool:
        return bool(self.role is models.Role.ADMIN)

    @classmethod
    def from_model(cls, user: models.User) -> UserType:
        return cls(
            id=strawberry.ID(str(user.id)),
            username=user.username,
            display_name=user.display_name,
            avatar_url=user.avatar_url,
            role=user.role,
        )


@strawberry.type
class UserQuery:
    @strawberry.field(description="The signed-in user, or null when signed out.")
    def me(self, info: Info[Context, Any]) -> UserType | None:
        viewer = info.context.viewer
        return UserType.from_model(viewer) if viewer else None
