"""What an admin decides about downloads (allowed sites, folders, limits, cookies) and what the
process decides (the library folder, the test-only address exceptions)."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Any

from medianest.audit import service as audit
from medianest.core.errors import InvalidInput
from medianest.core.runtime import get_runtime
from medianest.settings import Environment
from medianest.settings_admin import service as stored
from medianest.settings_admin.service import DownloadSettings
from medianest.users.models import User

__all__ = ["DownloadSettings", "Layout", "library_root", "load", "update"]

# Extractors that accept any URL: never in production.
ANY_SITE_EXTRACTORS = frozenset({"generic", "html5"})
SITE_NAME = re.compile(r"^[a-z0-9][a-z0-9_.:-]{0,63}$")
MAX_COOKIES_BYTES = 256 * 1024


class Layout(StrEnum):
    SHARED = "shared"
    PER_USER = "per_user"


def library_root() -> Path:
    settings = get_runtime().settings
    root = settings.downloads_dir or (settings.data_dir / "downloads")
    return root.resolve()


def unsafe_allowed_endpoints() -> frozenset[tuple[str, int]]:
    """The test-only ``MEDIANEST_DOWNLOADS_UNSAFE_ALLOW`` pairs, as (host, port)."""
    raw = get_runtime().settings.downloads_unsafe_allow
    pairs: set[tuple[str, int]] = set()
    for item in filter(None, (p.strip() for p in raw.split(","))):
        host, _, port = item.rpartition(":")
        if not host or not port.isdigit():
            raise ValueError(f"MEDIANEST_DOWNLOADS_UNSAFE_ALLOW: {item!r} is not host:port")
        pairs.add((host.strip("[]").lower(), int(port)))
    return frozenset(pairs)


def extractor_patterns(sites: tuple[str, ...]) -> list[str]:
    """yt-dlp ``allowed_extractors`` regexes: each site and its sub-extractors."""
    return [f"{re.escape(site)}(?::.*)?" for site in sites]


async def load() -> DownloadSettings:
    return await stored.load(DownloadSettings)


def _validate_sites(sites: list[str]) -> tuple[str, ...]:
    cleaned = tuple(dict.fromkeys(s.strip().lower() for s in sites if s.strip()))
    for site in cleaned:
        if not SITE_NAME.match(site):
            raise InvalidInput(
                f"{site!r} is not a site name: use yt-dlp extractor names such as "
                "'youtube' or 'vimeo'.",
                field="allowedSites",
            )
    production = get_runtime().settings.environment is Environment.PRODUCTION
    if production and ANY_SITE_EXTRACTORS & set(cleaned):
        raise InvalidInput(
            "The generic extractors accept any address and are not allowed in production.",
            field="allowedSites",
        )
    return cleaned


def _positive(value: int | None, field: str) -> int | None:
    if value is None:
        return None
    if value < 0:
        raise InvalidInput("Use a positive number, or 0 for no limit.", field=field)
    return value or None


async def update(actor: User, **changes: Any) -> DownloadSettings:
    """Apply the given changes (None leaves a field as it is)."""
    values: dict[str, Any] = {}
    if changes.get("allowed_sites") is not None:
        values["allowed_sites"] = _validate_sites(changes["allowed_sites"])
    if changes.get("layout") is not None:
        values["layout"] = Layout(changes["layout"]).value
    for name in ("plex_section_key", "plex_path"):
        if changes.get(name) is not None:
            values[name] = changes[name].strip() or None
    if values.get("plex_path") and not values["plex_path"].startswith("/"):
        raise InvalidInput("The Plex path is an absolute folder path.", field="plexPath")
    for name, field in (
        ("max_duration_minutes", "maxDurationMinutes"),
        ("max_file_size_mb", "maxFileSizeMb"),
        ("retention_days", "retentionDays"),
    ):
        if changes.get(name) is not None:
            values[name] = _positive(changes[name], field)
    if changes.get("paused") is not None:
        values["paused"] = bool(changes["paused"])
    if changes.get("cookies") is not None:
        values["cookies"] = _cookies(changes["cookies"])
    before = stored.public_view(await load())
    value = await stored.save(DownloadSettings, **values)
    if "paused" in values and values["paused"] != before.get("paused"):
        from medianest.core import jobs as transport

        await transport.publish("features", {"changed": True})
        if not values["paused"]:
            await _resume_waiting()
    await audit.record(
        actor,
        "settings.downloads.update",
        "settings",
        "downloads",
        before=before,
        after=stored.public_view(value),
    )
    return value


def _cookies(text: str) -> str | None:
    """A cookies file to store, None to clear it; anything else is refused with a reason."""
    if len(text.encode()) > MAX_COOKIES_BYTES:
        raise InvalidInput("The cookies file is larger than 256 KB.", field="cookies")
    if text.strip() and not _looks_like_cookies(text):
        raise InvalidInput(
            "This is not a Netscape cookies.txt file (export one with a browser "
            "extension such as 'Get cookies.txt').",
            field="cookies",
        )
    return text if text.strip() else ""


def _looks_like_cookies(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines and "Netscape HTTP Cookie File" in text:
        return True
    return bool(lines) and all(len(ln.split("\t")) >= 7 for ln in lines)


async def _resume_waiting() -> None:
    """Downloads were un-paused: queue what waited now rather than at its next retry."""
    from medianest.downloads.service import JOB_KIND
    from medianest.jobs import service as jobs
    from medianest.jobs.models import Job, JobStatus

    for job in await Job.filter(kind=JOB_KIND, status=JobStatus.QUEUED).only("id"):
        await jobs.resend(job.id)


def limits_for(conf: DownloadSettings, user: User) -> tuple[int | None, int | None]:
    """(longest video in minutes, largest file in MB) for this person: their own, or the
    default."""
    minutes = user.download_max_minutes or conf.max_duration_minutes
    megabytes = user.download_max_mb or conf.max_file_size_mb
    return minutes, megabytes
