"""Runs the yt-dlp process (``fetcher``) and turns its output into events; kills it on cancel,
when it stalls, or when the worker is shutting down."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

CHECK_EVERY_S = 0.5


@dataclass
class Outcome:
    """How the process ended: its last ``done``/``preview``/``error`` event, or why it was
    stopped (``cancelled``, ``stalled``)."""

    final: dict[str, Any] | None
    stopped: str | None = None


_spare: tuple[asyncio.AbstractEventLoop, asyncio.subprocess.Process] | None = None


async def _spawn() -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "medianest.downloads.fetcher",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=None,  # yt-dlp's warnings go to the worker's log
        start_new_session=True,  # its own process group: killed with everything it starts
        limit=1 << 20,
    )


async def _take() -> asyncio.subprocess.Process:
    """A fetcher process that has (most likely) loaded yt-dlp already, and a new spare for the
    next download: the first progress arrives without waiting for Python and yt-dlp to load."""
    global _spare
    loop = asyncio.get_running_loop()
    spare, _spare = _spare, None
    process = None
    if spare is not None:
        if spare[0] is loop and spare[1].returncode is None:
            process = spare[1]
        else:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(spare[1].pid, signal.SIGKILL)
    if process is None:
        process = await _spawn()
    _spare = (loop, await _spawn())
    return process


async def close_spare() -> None:
    """Stop the waiting fetcher process (the worker is shutting down)."""
    global _spare
    spare, _spare = _spare, None
    if spare is not None:
        await _kill(spare[1])


async def _kill(process: asyncio.subprocess.Process) -> None:
    if process.returncode is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # the whole group: ffmpeg too
    with contextlib.suppress(Exception):
        await asyncio.wait_for(process.wait(), 5)


async def _follow(
    stdout: asyncio.StreamReader,
    on_event: Callable[[dict[str, Any]], Awaitable[None]],
    should_stop: Callable[[], Awaitable[bool]] | None,
    stall_after_s: float,
    overall_limit_s: float | None,
) -> tuple[dict[str, Any] | None, str | None]:
    """Read events until the process ends its output or must be stopped."""
    started = last_output = time.monotonic()
    final: dict[str, Any] | None = None
    reader = asyncio.ensure_future(stdout.readline())
    try:
        while True:
            done, _ = await asyncio.wait({reader}, timeout=CHECK_EVERY_S)
            if done:
                line = reader.result()
                if not line:
                    return final, None
                reader = asyncio.ensure_future(stdout.readline())
                last_output = time.monotonic()
                try:
                    event = json.loads(line)
                except ValueError:
                    log.warning("fetcher wrote a line that is not JSON: %r", line[:200])
                    continue
                if event.get("event") in ("done", "preview", "error"):
                    final = event
                else:
                    await on_event(event)
                continue
            if should_stop is not None and await should_stop():
                return final, "cancelled"
            moment = time.monotonic()
            if moment - last_output > stall_after_s:
                return final, "stalled"
            if overall_limit_s is not None and moment - started > overall_limit_s:
                return final, "stalled"
    finally:
        reader.cancel()
        with contextlib.suppress(BaseException):
            await reader


async def run(
    spec: dict[str, Any],
    *,
    on_event: Callable[[dict[str, Any]], Awaitable[None]],
    should_stop: Callable[[], Awaitable[bool]] | None = None,
    stall_after_s: float,
    overall_limit_s: float | None = None,
) -> Outcome:
    """Run one fetch. ``on_event`` sees every ``phase``/``progress`` event; ``should_stop`` is
    asked every half second; no output for ``stall_after_s`` kills the process."""
    process = await _take()
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.write(json.dumps(spec).encode() + b"\n")
    await process.stdin.drain()
    final: dict[str, Any] | None = None
    stopped: str | None = "interrupted"
    try:
        final, stopped = await _follow(
            process.stdout, on_event, should_stop, stall_after_s, overall_limit_s
        )
    finally:
        if stopped is None:  # its output ended: it is exiting by itself
            with contextlib.suppress(Exception):
                await asyncio.wait_for(process.wait(), 5)
        await _kill(process)
        process.stdin.close()
    return Outcome(final=final, stopped=stopped)
