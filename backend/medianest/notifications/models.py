"""Notifications: one feed per person, and what each person wants where."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from medianest.users.models import User


class Kind(StrEnum):
    REQUEST_APPROVED = "request_approved"
    REQUEST_DECLINED = "request_declined"
    REQUEST_AVAILABLE = "request_available"
    DOWNLOAD_FINISHED = "download_finished"
    DOWNLOAD_FAILED = "download_failed"
    SERVICE_DOWN = "service_down"
    SERVICE_UP = "service_up"
    ANNOUNCEMENT = "announcement"


class Channel(StrEnum):
    WEBHOOK = "webhook"
    DISCORD = "discord"
    EMAIL = "email"


class Notification(Model):
    id = fields.BigIntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="notifications", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(Kind, max_length=32)
    title = fields.CharField(max_length=300)
    body = fields.CharField(max_length=1000, default="")
    link = fields.CharField(max_length=500, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    read_at = fields.DatetimeField(null=True)

    class Meta:
        table = "notifications"
        indexes = (("user_id", "id"), ("user_id", "read_at"))


class NotificationPreference(Model):
    """Per person and kind: shown in the app, and sent by which outbound channels. No row means
    the defaults (in the app, no outbound channel)."""

    id = fields.BigIntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="notification_preferences", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(Kind, max_length=32)
    in_app = fields.BooleanField(default=True)
    channels: fields.JSONField[list[str]] = fields.JSONField(default=list)

    class Meta:
        table = "notification_preferences"
        unique_together = (("user", "kind"),)


class Severity(StrEnum):
    INFO = "info"
    MAINTENANCE = "maintenance"
    WARNING = "warning"
    OUTAGE = "outage"


class Announcement(Model):
    """A banner an admin posts for everyone: news, planned maintenance, an outage."""

    id = fields.BigIntField(primary_key=True)
    title = fields.CharField(max_length=200)
    body = fields.CharField(max_length=2000, default="")
    severity = fields.CharEnumField(Severity, max_length=16, default=Severity.INFO)
    ends_at = fields.DatetimeField(null=True)
    ended_at = fields.DatetimeField(null=True)
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="announcements", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "announcements"
