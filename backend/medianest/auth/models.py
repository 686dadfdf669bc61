"""Browser sessions and one-time sign-in links. Secrets are stored only as SHA-256 hashes."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from medianest.users.models import User


class Session(Model):
    id = fields.UUIDField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="sessions", on_delete=fields.CASCADE
    )
    device = fields.CharField(max_length=200, default="")
    user_agent = fields.CharField(max_length=500, default="")
    ip = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    last_seen_at = fields.DatetimeField()
    expires_at = fields.DatetimeField(db_index=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "sessions"


class SignInLink(Model):
    id = fields.BigIntField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="sign_in_links", on_delete=fields.CASCADE
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField(db_index=True)
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "sign_in_links"


class SignInStatus(StrEnum):
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class PlexSignIn(Model):
    """One Plex PIN sign-in attempt, bound to the browser that started it."""

    id = fields.UUIDField(primary_key=True)
    pin_id = fields.BigIntField()
    pin_code = fields.CharField(max_length=64)
    browser_hash = fields.CharField(max_length=64)
    ip = fields.CharField(max_length=64, default="")
    status = fields.CharEnumField(SignInStatus, max_length=16, default=SignInStatus.PENDING)
    failure = fields.CharField(max_length=32, null=True)
    message = fields.CharField(max_length=300, null=True)
    user: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.CASCADE
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField(db_index=True)
    last_polled_at = fields.DatetimeField(null=True)

    class Meta:
        table = "plex_sign_ins"


class ApiToken(Model):
    """A personal token for scripts and third-party clients, stored as a hash."""

    id = fields.BigIntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="api_tokens", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=100)
    prefix = fields.CharField(max_length=16)
    token_hash = fields.CharField(max_length=64, unique=True)
    scopes: fields.JSONField[list[str]] = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField(null=True)
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "api_tokens"


class UserIdentity(Model):
    """A sign-in identity from an OpenID Connect provider, linked to a MediaNest user."""

    id = fields.BigIntField(primary_key=True)
    provider = fields.CharField(max_length=200)
    subject = fields.CharField(max_length=255)
    email = fields.CharField(max_length=254, null=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="identities", on_delete=fields.CASCADE
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "user_identities"
        unique_together = (("provider", "subject"),)
