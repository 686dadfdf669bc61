"""Safe file names and placement inside the download library.

Titles come from the internet: anything may be in them. A name made here has no path separators,
no NUL or control characters, no leading dots (hidden files), no Windows-reserved names, only an
allowed media extension, and fits in 200 bytes of UTF-8. Files are placed by walking the folder
chain with ``O_NOFOLLOW`` directory handles, so a symlink planted anywhere below the library root
is refused rather than followed, and the final name is created with ``link`` (never overwriting)."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from stat import S_ISREG

MAX_NAME_BYTES = 200
MEDIA_EXTENSIONS = frozenset({"mp4", "mkv", "webm", "mp3", "m4a", "opus", "ogg", "mov"})
SIDE_EXTENSIONS = frozenset({"nfo", "jpg", "png"})
RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(1, 10)}
    | {f"lpt{i}" for i in range(1, 10)}
)
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
_SPACES = re.compile(r"\s+")


class UnsafePath(Exception):
    """The target folder holds a link or something that is not a folder where one should be."""


def _cap_bytes(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore").rstrip()


def safe_component(text: str | None, fallback: str, limit: int = MAX_NAME_BYTES) -> str:
    """One path component from untrusted text."""
    value = unicodedata.normalize("NFC", text or "")
    value = _UNSAFE.sub(" ", value)
    # Bidirectional overrides can disguise an extension ("…gpj.exe").
    value = "".join(c for c in value if unicodedata.category(c) not in ("Cf", "Cs", "Co"))
    value = _SPACES.sub(" ", value).strip(" .")
    value = value.lstrip(".-~")
    value = _cap_bytes(value, limit).strip(" .")
    if not value or value in (".", ".."):
        value = fallback
    if value.split(".", 1)[0].lower() in RESERVED:
        value = f"_{value}"
    return value


def media_file_name(title: str | None, video_id: str | None, ext: str) -> str:
    """``<title> [<id>].<ext>`` with a safe title and id, capped to ``MAX_NAME_BYTES``."""
    ext = ext.lower().lstrip(".")
    if ext not in MEDIA_EXTENSIONS | SIDE_EXTENSIONS:
        raise UnsafePath(f"files ending in .{ext} are not stored")
    tag = f" [{safe_component(video_id, 'video', 60)}]" if video_id else ""
    room = MAX_NAME_BYTES - len(tag.encode()) - len(ext) - 1
    return f"{safe_component(title, 'video', room)}{tag}.{ext}"


@contextlib.contextmanager
def open_folder(root: Path, parts: list[str]) -> Iterator[int]:
    """A directory handle of ``root/parts…``, created as needed, with no symlink followed below
    ``root``. Each part must already be a safe component."""
    root.mkdir(parents=True, exist_ok=True)
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for part in parts:
            if part in ("", ".", "..") or "/" in part or "\0" in part:
                raise UnsafePath(f"not a folder name: {part!r}")
            with contextlib.suppress(FileExistsError):
                os.mkdir(part, mode=0o755, dir_fd=fd)
            try:
                child = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                    raise UnsafePath(f"{part!r} in the library is a link or a file") from exc
                raise
            os.close(fd)
            fd = child
        yield fd
    finally:
        os.close(fd)


def place(source: Path, folder_fd: int, name: str) -> str:
    """Move ``source`` (same file system) to ``name`` in the folder, atomically and without
    replacing anything. Returns the name used: an existing identical file is reused (a retry
    after a crash), anything else that is in the way makes the name ``… (2).ext``."""
    size = source.stat().st_size
    stem, dot, ext = name.rpartition(".")
    candidate = name
    for n in range(2, 100):
        try:
            os.link(source, candidate, dst_dir_fd=folder_fd)
        except FileExistsError:
            existing = os.stat(candidate, dir_fd=folder_fd, follow_symlinks=False)
            if S_ISREG(existing.st_mode) and existing.st_size == size:
                source.unlink()
                return candidate
            candidate = f"{stem} ({n}){dot}{ext}"
            continue
        source.unlink()
        return candidate
    raise UnsafePath(f"too many files named like {name!r}")


def write_text(folder_fd: int, name: str, text: str) -> None:
    """Write a small side file (NFO) atomically, never through a link."""
    temp = f".{name}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW
    fd = os.open(temp, flags, 0o644, dir_fd=folder_fd)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(temp, name, src_dir_fd=folder_fd, dst_dir_fd=folder_fd)
