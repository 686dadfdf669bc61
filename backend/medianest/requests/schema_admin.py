"""GraphQL API of following requests: all requests for managers, approve / decline / delete,
and live updates of requests."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from medianest.api import live
from medianest.api.context import Context
from medianest.api.pagination import bounded_first, decode_cursor
from medianest.api.permissions import Reader, rule
from medianest.api.results import ValidationError
from medianest.auth.principal import Scope
from medianest.core.errors import InvalidInput
from medianest.core.paging import keyset
from medianest.requests import follow, requesting
from medianest.requests.models import MediaRequest
from medianest.requests.schema_requests import (
    MediaRequestConnection,
    MediaRequestType,
    RequestStatus,
)
from medianest.users.models import Permission

ManageRequests = rule("ManageRequests", scope=Scope.ADMIN, permission=Permission.MANAGE_REQUESTS)


@strawberry.type
class RequestUpdated:
    request: MediaRequestType


UpdateRequestResult = Annotated[
    RequestUpdated | ValidationError, strawberry.union("UpdateRequestResult")
]


def _id(raw: strawberry.ID) -> int:
    try:
        return int(raw)
    except ValueError as exc:
        raise InvalidInput("Request ids are numbers.", field="id") from exc


@strawberry.type
class RequestAdminQuery:
    @strawberry.field(permission_classes=[ManageRequests])
    async def all_requests(
        self,
        first: int = 25,
        after: str | None = None,
        status: RequestStatus | None = None,  # type: ignore[valid-type]
        media_type: str | None = None,
        user_id: strawberry.ID | None = None,
    ) -> MediaRequestConnection:
        query = MediaRequest.all()
        if status is not None:
            query = query.filter(status=status)
        if media_type:
            query = query.filter(media_type=media_type)
        if user_id is not None:
            query = query.filter(user_id=_id(user_id))
        page = await keyset(
            query, first=bounded_first(first), after_id=decode_cursor("request", after)
        )
        return MediaRequestConnection.of(page)


@strawberry.type
class RequestAdminMutation:
    @strawberry.mutation(permission_classes=[ManageRequests])
    async def approve_request(
        self, info: Info[Context, Any], id: strawberry.ID
    ) -> UpdateRequestResult:
        try:
            row = await follow.approve(info.context.require_viewer(), _id(id))
        except InvalidInput as error:
            return ValidationError.from_error(error)
        return RequestUpdated(request=MediaRequestType.from_model(row))

    @strawberry.mutation(
        permission_classes=[ManageRequests], description="Decline with a reason the requester sees."
    )
    async def decline_request(
        self, info: Info[Context, Any], id: strawberry.ID, reason: str
    ) -> UpdateRequestResult:
        try:
            row = await follow.decline(info.context.require_viewer(), _id(id), reason)
        except InvalidInput as error:
            return ValidationError.from_error(error)
        return RequestUpdated(request=MediaRequestType.from_model(row))

    @strawberry.mutation(permission_classes=[ManageRequests])
    async def delete_request(self, info: Info[Context, Any], id: strawberry.ID) -> bool:
        await follow.delete(info.context.require_viewer(), _id(id))
        return True


@strawberry.type
class RequestSubscription:
    @strawberry.subscription(
        permission_classes=[Reader],
        description="Your requests as they change (all requests for request managers).",
    )
    async def request_updated(
        self, info: Info[Context, Any]
    ) -> AsyncGenerator[MediaRequestType, None]:
        viewer = info.context.require_viewer()
        everyone = viewer.has(Permission.MANAGE_REQUESTS)
        async for event in live.events(info.context, requesting.TOPIC):
            if event.is_resync:
                continue
            if not everyone and event.payload.get("user_id") != viewer.id:
                continue
            row = await MediaRequest.get_or_none(id=event.payload.get("id"))
            if row is not None:
                yield MediaRequestType.from_model(row)
