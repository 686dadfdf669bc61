"""Media requests as MediaNest tracks them, and the link from a MediaNest user to their
Overseerr account."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from medianest.users.models import User


class RequestStatus(StrEnum):
    QUEUED = "queued"  # not yet accepted by Overseerr (it was unreachable)
    PENDING = "pending"  # waiting for approval
    APPROVED = "approved"
    DECLINED = "declined"
    PROCESSING = "processing"
    PARTIALLY_AVAILABLE = "partially_available"
    AVAILABLE = "available"
    FAILED = "failed"


OPEN_STATUSES = (
    RequestStatus.QUEUED,
    RequestStatus.PENDING,
    RequestStatus.APPROVED,
    RequestStatus.PROCESSING,
    RequestStatus.PARTIALLY_AVAILABLE,
)


class MediaRequest(Model):
    id = fields.BigIntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="media_requests", on_delete=fields.CASCADE
    )
    media_type = fields.CharField(max_length=8)  # movie | tv
    tmdb_id = fields.IntField()
    title = fields.CharField(max_length=300)
    year = fields.IntField(null=True)
    poster_path = fields.CharField(max_length=200, null=True)
    seasons: fields.JSONField[list[int]] = fields.JSONField(default=list)
    is4k = fields.BooleanField(default=False)
    note = fields.CharField(max_length=500, default="")
    status = fields.CharEnumField(RequestStatus, max_length=24, default=RequestStatus.QUEUED)
    decline_reason = fields.CharField(max_length=500, null=True)
    error = fields.CharField(max_length=500, null=True)
    overseerr_id = fields.BigIntField(null=True, unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    submitted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "media_requests"
        indexes = (("user_id", "created_at"), ("tmdb_id", "media_type"))


class OverseerrAccount(Model):
    user: fields.OneToOneRelation[User] = fields.OneToOneField(
        "models.User",
        related_name="overseerr_account",
        on_delete=fields.CASCADE,
        primary_key=True,
    )
    overseerr_id = fields.BigIntField()

    class Meta:
        table = "overseerr_accounts"
