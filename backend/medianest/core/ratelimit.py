"""Fixed-window rate limits: in Redis when configured (shared by every api process), in memory
otherwise."""

from __future__ import annotations

import math
import time

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from medianest.core.errors import RateLimited
from medianest.core.metrics import RATE_LIMITED
from medianest.core.runtime import get_runtime

_memory: dict[str, tuple[int, float]] = {}
_redis: dict[str, aioredis.Redis] = {}


async def hit(key: str, *, limit: int, window_s: int, message: str) -> None:
    """Count one attempt under ``key``; raise RateLimited once ``limit`` is passed."""
    settings = get_runtime().settings
    now = time.time()
    window = int(now // window_s)
    retry_after = math.ceil((window + 1) * window_s - now)
    full_key = f"{settings.redis_prefix}:rl:{key}:{window}"
    count: int
    if settings.redis_url:
        client = _redis.get(settings.redis_url)
        if client is None:
            client = aioredis.Redis.from_url(settings.redis_url, socket_timeout=2)
            _redis[settings.redis_url] = client
        try:
            async with client.pipeline(transaction=True) as pipe:
                pipe.incr(full_key)
                pipe.expire(full_key, window_s + 1)
                count = int((await pipe.execute())[0])
        except (RedisError, OSError):
            return  # a limiter outage must not lock everyone out
    else:
        previous, expires = _memory.get(full_key, (0, 0.0))
        count = previous + 1 if expires > now else 1
        _memory[full_key] = (count, now + window_s)
        if len(_memory) > 10_000:
            for stale in [k for k, (_, exp) in _memory.items() if exp <= now]:
                del _memory[stale]
    if count > limit:
        RATE_LIMITED.labels(key.split(":", 1)[0]).inc()
        raise RateLimited(message, retryAfter=retry_after)
