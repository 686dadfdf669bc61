"""Service settings stored in the database: plain values, and secrets encrypted at rest."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model


class ServiceSetting(Model):
    name = fields.CharField(max_length=50, primary_key=True)
    data: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    secrets = fields.TextField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "service_settings"
