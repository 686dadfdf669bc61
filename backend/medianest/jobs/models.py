"""The generic job record: the source of truth for every background job."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from medianest.users.models import User


class JobStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


ACTIVE_STATUSES = (JobStatus.QUEUED, JobStatus.RUNNING)
FINISHED_STATUSES = (JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.CANCELLED)


class Job(Model):
    id = fields.BigIntField(primary_key=True)
    kind = fields.CharField(max_length=64, db_index=True)
    title = fields.CharField(max_length=200)
    status = fields.CharEnumField(JobStatus, max_length=16, default=JobStatus.QUEUED)
    progress = fields.FloatField(default=0.0)
    message = fields.CharField(max_length=500, null=True)
    error = fields.TextField(null=True)
    payload: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    result: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)
    owner: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="jobs", null=True, on_delete=fields.SET_NULL
    )
    attempts = fields.IntField(default=0)
    max_attempts = fields.IntField(default=3)
    cancel_requested = fields.BooleanField(default=False)
    worker_id = fields.CharField(max_length=100, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    enqueued_at = fields.DatetimeField(null=True)
    started_at = fields.DatetimeField(null=True)
    heartbeat_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "jobs"
        indexes = (("status", "heartbeat_at"), ("owner_id", "id"))


class ScheduleRun(Model):
    """When each periodic task last ran, so a restarted scheduler does not repeat it at once."""

    name = fields.CharField(max_length=100, primary_key=True)
    last_run_at = fields.DatetimeField()

    class Meta:
        table = "schedule_runs"
