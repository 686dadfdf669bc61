"""What is playing now: polled from Plex only while someone is watching the list, shared by
every subscriber of this process, pushed over the event bus."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from typing import Any

from medianest.core.errors import InvalidInput, PublicError
from medianest.core.runtime import get_runtime
from medianest.plex.clients import plex_server

log = logging.getLogger(__name__)

TOPIC = "plex.sessions"
POLL_S = 5.0


@dataclass(frozen=True)
class Stream:
    session_key: str
    rating_key: str
    poster_key: str
    title: str
    grandparent_title: str | None
    type: str
    thumb: str | None
    progress: float
    state: str
    player: str
    plex_user_id: int | None
    user_title: str
    transcoding: bool

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def parse_session(item: dict[str, Any]) -> Stream:
    user = item.get("User") or {}
    player = item.get("Player") or {}
    duration = float(item.get("duration") or 0)
    offset = float(item.get("viewOffset") or 0)
    try:
        plex_user_id: int | None = int(str(user.get("id")))
    except (TypeError, ValueError):
        plex_user_id = None
    return Stream(
        session_key=str(item.get("sessionKey") or (item.get("Session") or {}).get("id") or ""),
        rating_key=str(item.get("ratingKey") or ""),
        poster_key=str(
            item.get("grandparentRatingKey")
            or item.get("parentRatingKey")
            or item.get("ratingKey")
            or ""
        ),
        title=str(item.get("title") or ""),
        grandparent_title=item.get("grandparentTitle"),
        type=str(item.get("type") or ""),
        thumb=item.get("grandparentThumb") or item.get("thumb"),
        progress=min(offset / duration, 1.0) if duration else 0.0,
        state=str(player.get("state") or "playing"),
        player=str(player.get("title") or player.get("product") or "Plex"),
        plex_user_id=plex_user_id,
        user_title=str(user.get("title") or "Someone"),
        transcoding="TranscodeSession" in item,
    )


class NowPlaying:
    """The latest snapshot and a poller that runs while anyone subscribes."""

    def __init__(self) -> None:
        self.streams: list[Stream] = []
        self.reachable: bool | None = None
        self._watchers = 0
        self._task: asyncio.Task[None] | None = None

    async def refresh(self) -> list[Stream]:
        try:
            client = await plex_server()
        except InvalidInput:  # not set up yet: nothing to reach, not an outage
            self.streams, self.reachable = [], None
            return self.streams
        try:
            self.streams = [parse_session(i) for i in await client.sessions()]
            self.reachable = True
        except PublicError:
            self.reachable = False
        return self.streams

    @contextlib.asynccontextmanager
    async def watching(self) -> Any:
        self._watchers += 1
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._poll(), name="now-playing-poller")
        try:
            yield
        finally:
            self._watchers -= 1
            if self._watchers == 0 and self._task is not None:
                self._task.cancel()
                self._task = None

    async def _poll(self) -> None:
        previous: list[dict[str, Any]] | None = None
        while self._watchers > 0:
            streams = [s.to_dict() for s in await self.refresh()]
            if streams != previous:
                previous = streams
                with contextlib.suppress(Exception):
                    await get_runtime().bus.publish(
                        TOPIC, {"streams": streams, "reachable": self.reachable}
                    )
            await asyncio.sleep(POLL_S)


now_playing = NowPlaying()
