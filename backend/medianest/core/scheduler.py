"""The scheduler: enqueues periodic work. Embedded, it runs inside the api process; distributed,
``medianest scheduler`` runs it, and a Redis lock elects one leader so two never double-schedule."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from medianest.core import db
from medianest.jobs.models import ScheduleRun

log = logging.getLogger(__name__)

_RENEW = """
if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('pexpire', KEYS[1], ARGV[2])
end
return 0
"""
_RELEASE = """
if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('del', KEYS[1])
end
return 0
"""


@dataclass(frozen=True)
class Entry:
    name: str
    every: timedelta
    run: Callable[[], Awaitable[object]]
    # Run at once on the first tick after start, regardless of the last recorded run.
    on_start: bool = False


class Leadership:
    """Always leader without Redis; with Redis, holds a lock that expires if this process dies."""

    def __init__(self, redis_url: str | None, key: str, ttl_ms: int = 15_000) -> None:
        self._redis = aioredis.Redis.from_url(redis_url, socket_timeout=3) if redis_url else None
        self._key = key
        self._ttl_ms = ttl_ms
        self._id = uuid.uuid4().hex
        self.is_leader = self._redis is None

    async def refresh(self) -> bool:
        if self._redis is None:
            return True
        try:
            if self.is_leader:
                self.is_leader = bool(
                    await self._redis.eval(_RENEW, 1, self._key, self._id, self._ttl_ms)  # type: ignore[misc]
                )
            if not self.is_leader:
                self.is_leader = bool(
                    await self._redis.set(self._key, self._id, nx=True, px=self._ttl_ms)
                )
                if self.is_leader:
                    log.info("this scheduler is now the leader")
        except (RedisError, OSError) as exc:
            log.warning("scheduler lost redis: %s", exc)
            self.is_leader = False
        return self.is_leader

    async def release(self) -> None:
        if self._redis is None:
            return
        with contextlib.suppress(RedisError, OSError):
            if self.is_leader:
                await self._redis.eval(_RELEASE, 1, self._key, self._id)  # type: ignore[misc]
        await self._redis.aclose()


class Scheduler:
    def __init__(
        self,
        entries: list[Entry],
        leadership: Leadership,
        tick_s: float = 1.0,
        max_backoff_s: float = 4.0,
    ) -> None:
        self.entries = entries
        self.leadership = leadership
        self.tick_s = tick_s
        self.max_backoff_s = max_backoff_s
        self._started: set[str] = set()

    async def run_forever(self) -> None:
        failures = 0
        try:
            while True:
                try:
                    if await self.leadership.refresh():
                        await self.tick()
                    failures = 0
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    failures += 1
                    if db.unreachable(exc):
                        log.warning("scheduler tick skipped, the database is unreachable: %s", exc)
                    else:
                        log.exception("scheduler tick failed")
                # Failing ticks back off a little (the database may be restarting, say).
                backoff = min(self.tick_s * 2 ** min(failures, 8), self.max_backoff_s)
                await asyncio.sleep(max(self.tick_s, backoff))
        finally:
            await self.leadership.release()

    async def tick(self) -> None:
        stamp = datetime.now(UTC)
        last_runs = {
            row.name: row.last_run_at
            for row in await ScheduleRun.filter(name__in=[e.name for e in self.entries])
        }
        for entry in self.entries:
            first_tick = entry.name not in self._started
            self._started.add(entry.name)
            last = last_runs.get(entry.name)
            due = (entry.on_start and first_tick) or last is None or stamp - last >= entry.every
            if not due:
                continue
            await ScheduleRun.update_or_create(defaults={"last_run_at": stamp}, name=entry.name)
            try:
                await entry.run()
            except Exception as exc:
                if db.unreachable(exc):
                    raise  # the rest of this tick would fail alike
                log.exception("scheduled task %s failed", entry.name)
