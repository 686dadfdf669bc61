"""GraphQL types, queries and mutations of users and their administration."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from medianest.api.context import Context
from medianest.api.pagination import (
    PageInfo,
    bounded_first,
    decode_cursor,
    encode_cursor,
    page_info,
)
from medianest.api.permissions import ManageUsers, Public, SessionOnly
from medianest.api.results import ValidationError
from medianest.core.errors import InvalidInput, PublicError
from medianest.users import models, service

Role = strawberry.enum(models.Role, name="Role")
Permission = strawberry.enum(models.Permission, name="Permission")


def parse_user_id(raw: strawberry.ID) -> int:
    try:
        return int(raw)
    except ValueError as exc:
        raise InvalidInput("User ids are numbers.", field="id") from exc


@strawberry.type(name="User")
class UserType:
    id: strawberry.ID
    username: str
    display_name: str
    avatar_url: str | None
    role: Role  # type: ignore[valid-type]
    is_owner: bool
    active: bool
    permissions: list[Permission]  # type: ignore[valid-type]
    requests_per_week: int | None
    downloads_per_day: int | None
    download_max_minutes: int | None
    download_max_mb: int | None
    created_at: datetime
    last_seen_at: datetime | None
    _email: strawberry.Private[str | None]

    @strawberry.field
    def is_admin(self) -> bool:
        return bool(self.role is models.Role.ADMIN)

    @strawberry.field(description="Visible to the user and to user managers only.")
    def email(self, info: Info[Context, Any]) -> str | None:
        viewer = info.context.viewer
        if viewer is None:
            return None
        if str(viewer.id) == self.id or viewer.has(models.Permission.MANAGE_USERS):
            return self._email
        return None

    @classmethod
    def from_model(cls, user: models.User) -> UserType:
        return cls(
            id=strawberry.ID(str(user.id)),
            username=user.username,
            display_name=user.display_name,
            avatar_url=user.avatar_url,
            role=user.role,
            is_owner=user.is_owner,
            active=user.is_active,
            permissions=[
                models.Permission(p)
                for p in user.permissions
                if p in models.Permission._value2member_map_
            ],
            requests_per_week=user.requests_per_week,
            downloads_per_day=user.downloads_per_day,
            download_max_minutes=user.download_max_minutes,
            download_max_mb=user.download_max_mb,
            created_at=user.created_at,
            last_seen_at=user.last_seen_at,
            _email=user.email,
        )


@strawberry.type
class UserEdge:
    cursor: str
    node: UserType


@strawberry.type
class UserConnection:
    edges: list[UserEdge]
    page_info: PageInfo
    total_count: int


@strawberry.input
class UpdateUserInput:
    role: Role | None = strawberry.UNSET  # type: ignore[valid-type]
    active: bool | None = strawberry.UNSET
    permissions: list[Permission] | None = strawberry.UNSET  # type: ignore[valid-type]
    requests_per_week: int | None = strawberry.field(
        default=strawberry.UNSET, description="null returns the user to the global default"
    )
    downloads_per_day: int | None = strawberry.field(
        default=strawberry.UNSET, description="null returns the user to the global default"
    )
    download_max_minutes: int | None = strawberry.field(
        default=strawberry.UNSET, description="Longest video they may download; null: default."
    )
    download_max_mb: int | None = strawberry.field(
        default=strawberry.UNSET, description="Largest file they may download; null: default."
    )


@strawberry.type
class UserUpdated:
    user: UserType


@strawberry.type
class UsersImported:
    imported: list[UserType]
    skipped: int


UpdateUserResult = Annotated[UserUpdated | ValidationError, strawberry.union("UpdateUserResult")]
ImportPlexUsersResult = Annotated[
    UsersImported | ValidationError, strawberry.union("ImportPlexUsersResult")
]


def _given(value: Any) -> bool:
    return value is not strawberry.UNSET


@strawberry.type
class UserQuery:
    @strawberry.field(
        permission_classes=[Public], description="The signed-in user, or null when signed out."
    )
    def me(self, info: Info[Context, Any]) -> UserType | None:
        viewer = info.context.viewer
        return UserType.from_model(viewer) if viewer else None

    @strawberry.field(permission_classes=[ManageUsers])
    async def users(
        self,
        first: int = 25,
        after: str | None = None,
        search: str | None = None,
        role: Role | None = None,  # type: ignore[valid-type]
        active: bool | None = None,
    ) -> UserConnection:
        rows, has_next, total = await service.page(
            first=bounded_first(first),
            after_id=decode_cursor("user", after),
            search=search,
            role=role,
            active=active,
        )
        edges = [
            UserEdge(cursor=encode_cursor("user", u.id), node=UserType.from_model(u)) for u in rows
        ]
        return UserConnection(
            edges=edges,
            page_info=page_info(edges, has_next),
            total_count=total,
        )

    @strawberry.field(permission_classes=[ManageUsers])
    async def user(self, id: strawberry.ID) -> UserType | None:
        row = await models.User.get_or_none(id=parse_user_id(id))
        return UserType.from_model(row) if row else None


@strawberry.type
class UserMutation:
    @strawberry.mutation(permission_classes=[ManageUsers])
    async def update_user(
        self, info: Info[Context, Any], id: strawberry.ID, input: UpdateUserInput
    ) -> UpdateUserResult:
        actor = info.context.require_viewer()
        changes = service.UserChanges(
            role=input.role if _given(input.role) else None,
            active=input.active if _given(input.active) else None,
            permissions=list(input.permissions or []) if _given(input.permissions) else None,
            requests_per_week=input.requests_per_week if _given(input.requests_per_week) else None,
            downloads_per_day=input.downloads_per_day if _given(input.downloads_per_day) else None,
            clear_requests_per_week=input.requests_per_week is None,
            clear_downloads_per_day=input.downloads_per_day is None,
            download_max_minutes=input.download_max_minutes
            if _given(input.download_max_minutes)
            else None,
            download_max_mb=input.download_max_mb if _given(input.download_max_mb) else None,
            clear_download_max_minutes=input.download_max_minutes is None,
            clear_download_max_mb=input.download_max_mb is None,
        )
        try:
            user = await service.update(actor, parse_user_id(id), changes)
        except InvalidInput as error:
            return ValidationError.from_error(error)
        return UserUpdated(user=UserType.from_model(user))

    @strawberry.mutation(
        permission_classes=[SessionOnly],
        description="Set (or, empty, clear) the viewer's email address, used for email "
        "notifications.",
    )
    async def update_my_email(self, info: Info[Context, Any], email: str) -> UpdateUserResult:
        try:
            user = await service.set_email(info.context.require_viewer(), email)
        except InvalidInput as error:
            return ValidationError.from_error(error)
        return UserUpdated(user=UserType.from_model(user))

    @strawberry.mutation(
        permission_classes=[ManageUsers],
        description="Create users for everyone the Plex server is shared with.",
    )
    async def import_plex_users(self, info: Info[Context, Any]) -> ImportPlexUsersResult:
        try:
            result = await service.import_from_plex(info.context.require_viewer())
        except PublicError as error:
            if error.code in {"BAD_USER_INPUT", "SERVICE_REJECTED"}:
                return ValidationError.from_error(error)
            raise
        return UsersImported(
            imported=[UserType.from_model(u) for u in result.imported], skipped=result.skipped
        )
