"""GraphQL API of making and listing requests."""

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
from medianest.api.permissions import Reader, rule
from medianest.api.results import ValidationError
from medianest.auth.principal import Scope
from medianest.core.errors import PublicError
from medianest.core.paging import Page
from medianest.requests import models, requesting
from medianest.requests.images import poster_url as tmdb_poster
from medianest.users.schema import UserType

RequestStatus = strawberry.enum(models.RequestStatus, name="RequestStatus")
Requester = rule("Requester", scope=Scope.REQUEST)


@strawberry.type(name="MediaRequest")
class MediaRequestType:
    id: strawberry.ID
    media_type: str
    tmdb_id: int
    title: str
    year: int | None
    seasons: list[int]
    is4k: bool
    note: str
    status: RequestStatus  # type: ignore[valid-type]
    decline_reason: str | None
    error: str | None
    created_at: datetime
    updated_at: datetime
    poster_path: strawberry.Private[str | None]
    user_id: strawberry.Private[int]

    @strawberry.field(description="Who asked.")
    async def requested_by(self, info: Info[Context, Any]) -> UserType | None:
        user = await info.context.loaders.user_by_id.load(self.user_id)
        return UserType.from_model(user) if user else None

    @strawberry.field
    def poster_url(self) -> str | None:
        return tmdb_poster(self.poster_path)

    @classmethod
    def from_model(cls, row: models.MediaRequest) -> MediaRequestType:
        return cls(
            id=strawberry.ID(str(row.id)),
            media_type=row.media_type,
            tmdb_id=row.tmdb_id,
            title=row.title,
            year=row.year,
            seasons=list(row.seasons),
            is4k=row.is4k,
            note=row.note,
            status=row.status,
            decline_reason=row.decline_reason,
            error=row.error,
            created_at=row.created_at,
            updated_at=row.updated_at,
            poster_path=row.poster_path,
            user_id=row.user_id,  # type: ignore[attr-defined]
        )


@strawberry.type
class RequestCreated:
    request: MediaRequestType


@strawberry.type(description="Overseerr is unreachable: the request waits and is sent later.")
class RequestQueued:
    request: MediaRequestType


@strawberry.type
class AlreadyRequested:
    request: MediaRequestType


@strawberry.type
class AlreadyAvailable:
    message: str = "This is already on Plex."


@strawberry.type
class QuotaExceeded:
    limit: int
    resets_at: datetime | None


RequestMediaResult = Annotated[
    RequestCreated
    | RequestQueued
    | AlreadyRequested
    | AlreadyAvailable
    | QuotaExceeded
    | ValidationError,
    strawberry.union("RequestMediaResult"),
]


@strawberry.input
class RequestMediaInput:
    media_type: str
    tmdb_id: int
    title: str
    year: int | None = None
    poster_path: str | None = None
    seasons: list[int] | None = None
    is4k: bool = False
    note: str = ""


@strawberry.type
class MediaRequestEdge:
    cursor: str
    node: MediaRequestType


@strawberry.type
class MediaRequestConnection:
    edges: list[MediaRequestEdge]
    page_info: PageInfo
    total_count: int

    @classmethod
    def of(cls, page: Page[models.MediaRequest]) -> MediaRequestConnection:
        edges = [
            MediaRequestEdge(
                cursor=encode_cursor("request", r.id), node=MediaRequestType.from_model(r)
            )
            for r in page.rows
        ]
        return cls(edges=edges, page_info=page_info(edges, page.has_next), total_count=page.total)


@strawberry.type
class MyRequestsQuery:
    @strawberry.field(permission_classes=[Reader])
    async def my_requests(
        self, info: Info[Context, Any], first: int = 20, after: str | None = None
    ) -> MediaRequestConnection:
        page = await requesting.mine(
            info.context.require_viewer(),
            first=bounded_first(first),
            after_id=decode_cursor("request", after),
        )
        return MediaRequestConnection.of(page)


@strawberry.type
class RequestMutation:
    @strawberry.mutation(permission_classes=[Requester])
    async def request_media(
        self, info: Info[Context, Any], input: RequestMediaInput
    ) -> RequestMediaResult:
        try:
            outcome = await requesting.request_media(
                info.context.require_viewer(),
                media_type=input.media_type,
                tmdb_id=input.tmdb_id,
                title=input.title,
                year=input.year,
                poster_path=input.poster_path,
                seasons=input.seasons,
                is4k=input.is4k,
                note=input.note,
            )
        except PublicError as error:
            if error.code == "BAD_USER_INPUT":
                return ValidationError.from_error(error)
            raise
        if outcome.kind == "already_available":
            return AlreadyAvailable()
        if outcome.kind == "quota_exceeded":
            return QuotaExceeded(limit=outcome.limit or 0, resets_at=outcome.resets_at)
        assert outcome.request is not None
        request = MediaRequestType.from_model(outcome.request)
        if outcome.kind == "already_requested":
            return AlreadyRequested(request=request)
        if outcome.kind == "queued":
            return RequestQueued(request=request)
        return RequestCreated(request=request)
