"""JSON logs with the request id, user id and job id of whatever is running; to stderr, or to
files rotated at a size and kept for a number of files and days."""

from __future__ import annotations

import contextlib
import contextvars
import json
import logging
import logging.handlers
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from opentelemetry import trace

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "request_id", default=None
)
user_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("user_id", default=None)
job_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("job_id", default=None)

_RESERVED = set(logging.makeLogRecord({}).__dict__) | {
    "message",
    "asctime",
    "taskName",
    "color_message",
}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, var in (
            ("request_id", request_id_var),
            ("user_id", user_id_var),
            ("job_id", job_id_var),
        ):
            value = var.get()
            if value is not None:
                entry[key] = value
        span = trace.get_current_span().get_span_context()
        if span.is_valid:  # the line can be found from its trace, and the other way round
            entry["trace_id"] = format(span.trace_id, "032x")
        for key, value in record.__dict__.items():
            if key not in _RESERVED and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        base = super().format(record)
        rid = request_id_var.get()
        return f"{base} [req={rid}]" if rid else base


class RetainingFileHandler(logging.handlers.RotatingFileHandler):
    """Rotates at a size, keeps at most ``backupCount`` old files, and deletes rotated files
    older than ``keep_days`` whenever it rotates."""

    def __init__(self, path: Path, *, max_bytes: int, keep_files: int, keep_days: int) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        super().__init__(path, maxBytes=max_bytes, backupCount=keep_files, encoding="utf-8")
        self.keep_days = keep_days

    def doRollover(self) -> None:
        super().doRollover()
        if self.keep_days <= 0:
            return
        cutoff = time.time() - self.keep_days * 86_400
        base = Path(self.baseFilename)
        for old in base.parent.glob(f"{base.name}.*"):
            with contextlib.suppress(OSError):
                if old.stat().st_mtime < cutoff:
                    old.unlink()


def log_path(log_file: Path, role: str) -> Path:
    """Each kind of process writes its own file (medianest.log, medianest.worker.log, ...):
    two processes rotating one file would lose lines."""
    if role in ("run", "api"):
        return log_file
    return log_file.with_name(f"{log_file.stem}.{role}{log_file.suffix or '.log'}")


def configure_logging(
    level: str = "INFO",
    fmt: str = "json",
    *,
    log_file: Path | None = None,
    role: str = "run",
    rotate_mb: int = 10,
    keep_files: int = 7,
    keep_days: int = 14,
) -> None:
    formatter: logging.Formatter = (
        JsonFormatter()
        if fmt == "json"
        else TextFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(formatter)
    handlers: list[logging.Handler] = [console]
    if log_file is not None:
        # Everything goes to the file; the console keeps warnings and errors.
        console.setLevel(logging.WARNING)
        to_file = RetainingFileHandler(
            log_path(log_file, role),
            max_bytes=rotate_mb * 1024 * 1024,
            keep_files=keep_files,
            keep_days=keep_days,
        )
        to_file.setFormatter(formatter)
        handlers.append(to_file)
    root = logging.getLogger()
    for handler in root.handlers:
        handler.close()
    root.handlers[:] = handlers
    root.setLevel(level.upper())
    # uvicorn's own access log is replaced by ours (with request ids).
    logging.getLogger("uvicorn.access").disabled = True
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    for noisy in ("tortoise", "aiosqlite", "asyncio", "dramatiq", "aerich"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
