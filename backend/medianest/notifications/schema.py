"""GraphQL API of the notification feed, preferences and (admins) outbound channels."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import datetime
from typing import Any

import strawberry
from strawberry.types import Info

from medianest.api import live
from medianest.api.context import Context
from medianest.api.pagination import (
    PageInfo,
    bounded_first,
    decode_cursor,
    encode_cursor,
    page_info,
)
from medianest.api.permissions import Admin, ManageSettings, Reader, SessionOnly
from medianest.core.errors import InvalidInput
from medianest.notifications import announcements, models, service
from medianest.settings_admin import service as stored

NotificationKind = strawberry.enum(models.Kind, name="NotificationKind")
NotificationChannel = strawberry.enum(models.Channel, name="NotificationChannel")


@strawberry.type(name="Notification")
class NotificationType:
    id: strawberry.ID
    kind: NotificationKind  # type: ignore[valid-type]
    title: str
    body: str
    link: str | None
    created_at: datetime
    read_at: datetime | None

    @classmethod
    def from_snapshot(cls, data: dict[str, Any]) -> NotificationType:
        read = data.get("read_at")
        return cls(
            id=strawberry.ID(str(data["id"])),
            kind=models.Kind(data["kind"]),
            title=data["title"],
            body=data["body"],
            link=data.get("link"),
            created_at=datetime.fromisoformat(data["created_at"]),
            read_at=datetime.fromisoformat(read) if read else None,
        )

    @classmethod
    def from_model(cls, row: models.Notification) -> NotificationType:
        return cls.from_snapshot(service.snapshot(row))


@strawberry.type
class NotificationEdge:
    cursor: str
    node: NotificationType


@strawberry.type
class NotificationConnection:
    edges: list[NotificationEdge]
    page_info: PageInfo
    total_count: int
    unread_count: int


@strawberry.type(name="NotificationPreference")
class NotificationPreferenceType:
    kind: NotificationKind  # type: ignore[valid-type]
    in_app: bool
    channels: list[NotificationChannel]  # type: ignore[valid-type]


@strawberry.type
class NotificationSettings:
    preferences: list[NotificationPreferenceType]
    available_channels: list[NotificationChannel] = strawberry.field(  # type: ignore[valid-type]
        description="The outbound channels an admin has set up."
    )


@strawberry.type(description="A change of the viewer's feed: a new notification or a new count.")
class NotificationEvent:
    notification: NotificationType | None
    unread_count: int


@strawberry.type(name="NotificationChannels")
class NotificationChannelsType:
    webhook_url: str | None
    webhook_secret_set: bool
    discord_url_set: bool
    smtp_host: str | None
    smtp_port: int
    smtp_username: str | None
    smtp_password_set: bool
    smtp_from: str | None
    smtp_starttls: bool

    @classmethod
    def of(cls, value: stored.NotificationChannels) -> NotificationChannelsType:
        return cls(
            webhook_url=value.webhook_url,
            webhook_secret_set=bool(value.webhook_secret),
            discord_url_set=bool(value.discord_url),
            smtp_host=value.smtp_host,
            smtp_port=value.smtp_port,
            smtp_username=value.smtp_username,
            smtp_password_set=bool(value.smtp_password),
            smtp_from=value.smtp_from,
            smtp_starttls=value.smtp_starttls,
        )


@strawberry.input
class NotificationChannelsInput:
    webhook_url: str | None = None
    webhook_secret: str | None = strawberry.field(default=None, description="Empty clears it.")
    discord_url: str | None = strawberry.field(default=None, description="Empty clears it.")
    smtp_host: str | None = None
    smtp_port: int | None = None
    smtp_username: str | None = None
    smtp_password: str | None = strawberry.field(default=None, description="Empty clears it.")
    smtp_from: str | None = None
    smtp_starttls: bool | None = None


def _prefs(values: list[service.Preference]) -> list[NotificationPreferenceType]:
    return [
        NotificationPreferenceType(kind=p.kind, in_app=p.in_app, channels=list(p.channels))
        for p in values
    ]


def _ids(raw: list[strawberry.ID]) -> list[int]:
    try:
        return [int(i) for i in raw]
    except ValueError as exc:
        raise InvalidInput("Notification ids are numbers.") from exc


@strawberry.type
class NotificationQuery:
    @strawberry.field(permission_classes=[Reader], description="The viewer's feed, newest first.")
    async def notifications(
        self,
        info: Info[Context, Any],
        first: int = 20,
        after: str | None = None,
        unread_only: bool = False,
    ) -> NotificationConnection:
        viewer = info.context.require_viewer()
        page = await service.feed(
            viewer,
            first=bounded_first(first),
            after_id=decode_cursor("notification", after),
            unread_only=unread_only,
        )
        edges = [
            NotificationEdge(
                cursor=encode_cursor("notification", r.id), node=NotificationType.from_model(r)
            )
            for r in page.rows
        ]
        return NotificationConnection(
            edges=edges,
            page_info=page_info(edges, page.has_next),
            total_count=page.total,
            unread_count=await service.unread_count(viewer),
        )

    @strawberry.field(permission_classes=[Reader])
    async def notification_settings(self, info: Info[Context, Any]) -> NotificationSettings:
        viewer = info.context.require_viewer()
        channels = service.configured_channels(await stored.load(stored.NotificationChannels))
        return NotificationSettings(
            preferences=_prefs(await service.preferences(viewer)), available_channels=channels
        )

    @strawberry.field(permission_classes=[ManageSettings])
    async def notification_channels(self) -> NotificationChannelsType:
        return NotificationChannelsType.of(await stored.load(stored.NotificationChannels))


@strawberry.type
class NotificationMutation:
    @strawberry.mutation(
        permission_classes=[Reader],
        description="Mark the given notifications read, or all of them without ids. Returns "
        "the unread count.",
    )
    async def mark_notifications_read(
        self, info: Info[Context, Any], ids: list[strawberry.ID] | None = None
    ) -> int:
        return await service.mark_read(
            info.context.require_viewer(), _ids(ids) if ids is not None else None
        )

    @strawberry.mutation(permission_classes=[SessionOnly])
    async def set_notification_preference(
        self,
        info: Info[Context, Any],
        kind: NotificationKind,  # type: ignore[valid-type]
        in_app: bool,
        channels: list[NotificationChannel],  # type: ignore[valid-type]
    ) -> NotificationPreferenceType:
        pref = await service.set_preference(
            info.context.require_viewer(), kind, in_app=in_app, channels=channels
        )
        return NotificationPreferenceType(
            kind=pref.kind, in_app=pref.in_app, channels=list(pref.channels)
        )

    @strawberry.mutation(permission_classes=[ManageSettings])
    async def update_notification_channels(
        self, info: Info[Context, Any], input: NotificationChannelsInput
    ) -> NotificationChannelsType:
        changes = {k: v for k, v in vars(input).items() if v is not None}
        value = await service.update_channels(info.context.require_viewer(), changes)
        return NotificationChannelsType.of(value)


@strawberry.type
class NotificationSubscription:
    @strawberry.subscription(
        permission_classes=[Reader],
        description="The viewer's new notifications and unread count, live.",
    )
    async def notification_events(
        self, info: Info[Context, Any]
    ) -> AsyncGenerator[NotificationEvent, None]:
        viewer = info.context.require_viewer()
        async for event in live.events(info.context, service.TOPIC):
            data = event.payload
            if event.is_resync:
                yield NotificationEvent(
                    notification=None, unread_count=await service.unread_count(viewer)
                )
                continue
            if data.get("user_id") != viewer.id:
                continue
            if "unread" in data:
                yield NotificationEvent(notification=None, unread_count=int(data["unread"]))
                continue
            yield NotificationEvent(
                notification=NotificationType.from_snapshot(data),
                unread_count=await service.unread_count(viewer),
            )


AnnouncementSeverity = strawberry.enum(models.Severity, name="AnnouncementSeverity")


@strawberry.type(name="Announcement")
class AnnouncementType:
    id: strawberry.ID
    title: str
    body: str
    severity: AnnouncementSeverity  # type: ignore[valid-type]
    ends_at: datetime | None
    created_at: datetime

    @classmethod
    def from_model(cls, row: models.Announcement) -> AnnouncementType:
        return cls(
            id=strawberry.ID(str(row.id)),
            title=row.title,
            body=row.body,
            severity=row.severity,
            ends_at=row.ends_at,
            created_at=row.created_at,
        )


async def _current() -> list[AnnouncementType]:
    return [AnnouncementType.from_model(a) for a in await announcements.current()]


@strawberry.type
class AnnouncementQuery:
    @strawberry.field(permission_classes=[Reader], description="Banners everyone sees now.")
    async def announcements(self) -> list[AnnouncementType]:
        return await _current()


@strawberry.type
class AnnouncementMutation:
    @strawberry.mutation(permission_classes=[Admin])
    async def post_announcement(
        self,
        info: Info[Context, Any],
        title: str,
        body: str = "",
        severity: AnnouncementSeverity = models.Severity.INFO,  # type: ignore[valid-type]
        ends_at: datetime | None = None,
    ) -> AnnouncementType:
        row = await announcements.post(info.context.require_admin(), title, body, severity, ends_at)
        return AnnouncementType.from_model(row)

    @strawberry.mutation(permission_classes=[Admin])
    async def end_announcement(
        self, info: Info[Context, Any], id: strawberry.ID
    ) -> AnnouncementType:
        try:
            announcement_id = int(id)
        except ValueError as exc:
            raise InvalidInput("Announcement ids are numbers.") from exc
        row = await announcements.end(info.context.require_admin(), announcement_id)
        return AnnouncementType.from_model(row)


@strawberry.type
class AnnouncementSubscription:
    @strawberry.subscription(
        permission_classes=[Reader],
        description="The current announcements: now, and again whenever they change.",
    )
    async def announcements_updated(
        self, info: Info[Context, Any]
    ) -> AsyncGenerator[list[AnnouncementType], None]:
        yield await _current()
        async for _event in live.events(info.context, announcements.TOPIC):
            yield await _current()
