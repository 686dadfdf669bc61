"""The fake Uptime Kuma's records: beats, monitors, groups, status pages, the request log."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

DOWN, UP, PENDING, MAINTENANCE = 0, 1, 2, 3


def kuma_time(at: datetime) -> str:
    """UTC ``YYYY-MM-DD HH:mm:ss.SSS`` without a zone suffix, as Kuma stores and serves it."""
    at = at.astimezone(UTC)
    return at.strftime("%Y-%m-%d %H:%M:%S.") + f"{at.microsecond // 1000:03d}"


@dataclass
class Beat:
    status: int
    time: datetime
    ping: float | None = None
    msg: str = ""  # kept privately; the public API always says ""


@dataclass
class Monitor:
    id: int
    name: str
    type: str = "http"
    url: str | None = None
    hostname: str | None = None
    port: int | None = None
    send_url: bool = False
    push_token: str | None = None
    active: bool = True
    retries: int = 0  # a DOWN push after UP gives PENDING while retries remain
    tags: dict[str, str] = field(default_factory=dict)
    beats: list[Beat] = field(default_factory=list)
    uptime: dict[str, float] = field(default_factory=dict)  # "1d"/"30d"/"365d" overrides
    retries_left: int = 0


@dataclass
class Group:
    id: int
    name: str
    weight: int
    monitor_ids: list[int] = field(default_factory=list)


@dataclass
class StatusPage:
    slug: str
    title: str
    description: str | None = None
    show_tags: bool = False
    published: bool = True
    groups: list[Group] = field(default_factory=list)
    incident: dict[str, Any] | None = None


@dataclass
class KumaRequest:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    status: int | None = None
