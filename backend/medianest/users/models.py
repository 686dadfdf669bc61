"""People who may use MediaNest: Plex accounts with access to the configured server."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class Role(StrEnum):
    ADMIN = "admin"
    USER = "user"


class Permission(StrEnum):
    REQUEST = "request"
    AUTO_APPROVE = "auto_approve"
    DOWNLOAD = "download"
    DOWNLOAD_NO_APPROVAL = "download_no_approval"
    MANAGE_REQUESTS = "manage_requests"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"


class User(Model):
    id = fields.BigIntField(primary_key=True)
    plex_id = fields.BigIntField(null=True, unique=True)
    username = fields.CharField(max_length=150, unique=True)
    email = fields.CharField(max_length=254, null=True)
    display_name = fields.CharField(max_length=150)
    avatar_url = fields.CharField(max_length=500, null=True)
    role = fields.CharEnumField(Role, max_length=16, default=Role.USER)
    is_owner = fields.BooleanField(default=False)
    is_active = fields.BooleanField(default=True)
    permissions: fields.JSONField[list[str]] = fields.JSONField(default=list)
    requests_per_week = fields.IntField(null=True)
    downloads_per_day = fields.IntField(null=True)
    # Per-person download limits; null follows the download settings.
    download_max_minutes = fields.IntField(null=True)
    download_max_mb = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    last_seen_at = fields.DatetimeField(null=True)

    class Meta:
        table = "users"

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    def has(self, permission: Permission) -> bool:
        return self.is_admin or permission.value in self.permissions
