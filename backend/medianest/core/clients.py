"""Long-lived integration clients, one per service and configuration, so that connection pools
and circuit breakers outlive a single request."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from medianest.core.http import Integration

C = TypeVar("C", bound=Integration)

_clients: dict[Hashable, Integration] = {}
_lock = asyncio.Lock()


def cached(key: Hashable, factory: Callable[[], C]) -> C:
    client = _clients.get(key)
    if client is None:
        client = factory()
        _clients[key] = client
    return client  # type: ignore[return-value]


def all_clients() -> list[Integration]:
    return list(_clients.values())


async def close_all() -> None:
    clients = list(_clients.values())
    _clients.clear()
    for client in clients:
        await client.aclose()


def describe(key_prefix: str) -> list[dict[str, Any]]:
    return [
        {"key": key, "breaker_open": client.breaker_open}
        for key, client in _clients.items()
        if isinstance(key, tuple) and key and key[0] == key_prefix
    ]
