"""Service status from Uptime Kuma: the monitors people may see, and the samples MediaNest
keeps to chart history and work out uptime beyond Kuma's own 24 hours."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class Monitor(Model):
    id = fields.BigIntField(primary_key=True)  # Uptime Kuma's monitor id
    name = fields.CharField(max_length=200)
    display_name = fields.CharField(max_length=200, null=True)
    group_name = fields.CharField(max_length=200, default="")
    position = fields.IntField(default=0)
    visible = fields.BooleanField(default=True)
    status = fields.IntField(null=True)  # 0 down, 1 up, 2 pending, 3 maintenance
    ping_ms = fields.IntField(null=True)
    uptime_24h = fields.FloatField(null=True)
    last_beat_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "monitors"


class MonitorSample(Model):
    id = fields.BigIntField(primary_key=True)
    monitor_id = fields.BigIntField()
    at = fields.DatetimeField()
    status = fields.IntField()
    ping_ms = fields.IntField(null=True)

    class Meta:
        table = "monitor_samples"
        unique_together = (("monitor_id", "at"),)
