"""Downloads people asked for: one row per video or playlist and per person who asked.

The row is the source of truth for what a person sees; the running work is a generic Job
(``jobs`` domain). Two people asking for the same video into the same folder share one job."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

from medianest.downloads.errors import ErrorCode

__all__ = ["ErrorCode"]

if TYPE_CHECKING:
    from medianest.jobs.models import Job
    from medianest.users.models import User


class DownloadKind(StrEnum):
    VIDEO = "video"
    PLAYLIST = "playlist"


class DownloadStatus(StrEnum):
    PENDING_APPROVAL = "pending_approval"
    QUEUED = "queued"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    DECLINED = "declined"


ACTIVE = (DownloadStatus.PENDING_APPROVAL, DownloadStatus.QUEUED, DownloadStatus.RUNNING)
ENDED = (
    DownloadStatus.COMPLETED,
    DownloadStatus.FAILED,
    DownloadStatus.CANCELLED,
    DownloadStatus.DECLINED,
)


class DownloadPhase(StrEnum):
    WAITING = "waiting"
    EXTRACTING = "extracting"
    DOWNLOADING = "downloading"
    PROCESSING = "processing"
    MOVING = "moving"
    SCANNING = "scanning"
    DONE = "done"


class Quality(StrEnum):
    BEST = "best"
    P1080 = "p1080"
    P720 = "p720"
    P480 = "p480"
    AUDIO = "audio"


class Container(StrEnum):
    MP4 = "mp4"
    MKV = "mkv"
    WEBM = "webm"
    MP3 = "mp3"
    M4A = "m4a"


AUDIO_CONTAINERS = (Container.MP3, Container.M4A)


class Download(Model):
    id = fields.BigIntField(primary_key=True)
    owner: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="downloads", on_delete=fields.CASCADE
    )
    # A playlist's videos point at it (a plain column: aerich cannot create self-references).
    parent_id = fields.BigIntField(null=True, db_index=True)
    job: fields.ForeignKeyNullableRelation[Job] = fields.ForeignKeyField(
        "models.Job", related_name="downloads", null=True, on_delete=fields.SET_NULL
    )
    kind = fields.CharEnumField(DownloadKind, max_length=16, default=DownloadKind.VIDEO)
    url = fields.CharField(max_length=2000)
    site = fields.CharField(max_length=64)
    video_id = fields.CharField(max_length=200, null=True)
    # Identifies "the same video into the same folder in the same format" for de-duplication.
    media_key = fields.CharField(max_length=255, null=True, db_index=True)
    folder = fields.CharField(max_length=300, default="")
    title = fields.CharField(max_length=500)
    channel = fields.CharField(max_length=300, null=True)
    description = fields.TextField(null=True)
    duration_s = fields.IntField(null=True)
    thumbnail_url = fields.CharField(max_length=2000, null=True)
    quality = fields.CharEnumField(Quality, max_length=8, default=Quality.BEST)
    container = fields.CharEnumField(Container, max_length=8, default=Container.MP4)
    status = fields.CharEnumField(DownloadStatus, max_length=20, default=DownloadStatus.QUEUED)
    phase = fields.CharEnumField(DownloadPhase, max_length=16, default=DownloadPhase.WAITING)
    progress = fields.FloatField(default=0.0)
    downloaded_bytes = fields.BigIntField(default=0)
    total_bytes = fields.BigIntField(null=True)
    speed_bps = fields.FloatField(null=True)
    eta_s = fields.IntField(null=True)
    entry_count = fields.IntField(default=1)
    completed_count = fields.IntField(default=0)
    attempts = fields.IntField(default=0)
    error_code = fields.CharEnumField(ErrorCode, max_length=20, null=True)
    error_message = fields.CharField(max_length=1000, null=True)
    file_path = fields.CharField(max_length=1000, null=True)
    file_size = fields.BigIntField(null=True)
    decline_reason = fields.CharField(max_length=500, null=True)
    decided_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="decided_downloads", null=True, on_delete=fields.SET_NULL
    )
    removed_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "downloads"
        indexes = (("owner_id", "id"), ("status", "id"), ("owner_id", "created_at"))
