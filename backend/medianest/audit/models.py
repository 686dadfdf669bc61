"""The audit log: who changed what, when, with the values before and after."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from medianest.users.models import User


class AuditEntry(Model):
    id = fields.BigIntField(primary_key=True)
    actor: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.SET_NULL
    )
    action = fields.CharField(max_length=64, db_index=True)
    target_type = fields.CharField(max_length=32)
    target_id = fields.CharField(max_length=64, null=True)
    before: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)
    after: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "audit_log"
