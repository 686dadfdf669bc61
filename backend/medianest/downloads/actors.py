"""Download actors: the retention sweep (the download job itself is a generic job kind)."""

from __future__ import annotations

import logging
import os
from datetime import timedelta

from medianest.core.jobs import actor
from medianest.downloads import settings
from medianest.downloads.models import Download, DownloadKind, DownloadStatus
from medianest.downloads.views import now, update_rows

log = logging.getLogger(__name__)


@actor("downloads.retention", queue="default")
async def retention() -> None:
    await remove_expired()


async def remove_expired() -> int:
    """Delete files (and their NFO and poster) finished more than the retention period ago.
    A file several people downloaded goes when the newest of them expires."""
    conf = await settings.load()
    if not conf.retention_days:
        return 0
    cutoff = now() - timedelta(days=conf.retention_days)
    rows = await Download.filter(
        kind=DownloadKind.VIDEO,
        status=DownloadStatus.COMPLETED,
        removed_at=None,
        file_path__not_isnull=True,
    ).values("id", "file_path", "finished_at")
    newest: dict[str, list[tuple[int, object]]] = {}
    for row in rows:
        newest.setdefault(row["file_path"], []).append((row["id"], row["finished_at"]))
    root = settings.library_root()
    removed = 0
    for path, owners in newest.items():
        if any(finished is None or finished >= cutoff for _, finished in owners):  # type: ignore[operator]
            continue
        target = (root / path).resolve()
        if root not in target.parents:
            log.warning("retention: %s is outside the library; left alone", path)
            continue
        base = target.name.rsplit(".", 1)[0]
        sides = [target.parent / f"{base}.{ext}" for ext in ("nfo", "jpg", "png")]
        for candidate in (target, *sides):
            if candidate.is_file() and not candidate.is_symlink():
                os.unlink(candidate)
        await update_rows({"id__in": [i for i, _ in owners]}, removed_at=now())
        removed += 1
    if removed:
        log.info("retention removed %d file(s) older than %d days", removed, conf.retention_days)
    return removed
