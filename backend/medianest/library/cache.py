"""Per-process caches of library reads that every dashboard asks for, dropped whenever a sync
changes the library (the `library.changed` event reaches every api process over the bus)."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from medianest.core.runtime import get_runtime
from medianest.library.models import MediaItem

log = logging.getLogger(__name__)


class LibraryCache:
    def __init__(self) -> None:
        self._recent: dict[int, list[MediaItem]] = {}
        self._task: asyncio.Task[None] | None = None

    def clear(self) -> None:
        self._recent.clear()

    async def recently_added(self, first: int) -> list[MediaItem]:
        from medianest.library.service import query_recently_added

        cached = self._recent.get(first)
        if cached is None:
            cached = await query_recently_added(first)
            self._recent[first] = cached
        return cached

    def start(self) -> None:
        self._task = asyncio.create_task(self._listen(), name="library-cache-invalidation")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self.clear()

    async def _listen(self) -> None:
        from medianest.library.sync import LIBRARY_TOPIC

        async with get_runtime().bus.subscribe(LIBRARY_TOPIC) as events:
            async for _ in events:  # any change, or a resync after a bus outage
                self.clear()


cache = LibraryCache()
