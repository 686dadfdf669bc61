"""One execution per event for subscriptions that fan out to many people.

A subscription resolver may yield the *same* object to every subscriber of an event (``shared``
builds it once per event). Subscribers that sent the same document (the parser cache makes it
the same parsed operation) with the same variables then share one execution of the selection
set instead of running it once each. Only payloads built by ``shared`` take this path, and only
where the result cannot depend on who is watching."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

S = TypeVar("S")
T = TypeVar("T")
_MEMO = "_medianest_shared_results"
_recent: OrderedDict[int, tuple[object, object]] = OrderedDict()
RECENT_EVENTS = 256


def shared(source: S, build: Callable[[S], T]) -> T:
    """The payload built from ``source`` (an event's payload), built once for all subscribers."""
    hit = _recent.get(id(source))
    if hit is not None and hit[0] is source:
        return hit[1]  # type: ignore[return-value]
    value = build(source)
    setattr(value, _MEMO, {})
    _recent[id(source)] = (source, value)
    while len(_recent) > RECENT_EVENTS:
        _recent.popitem(last=False)
    return value


class SharedExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def execute_operation(self, serially: bool | None = None) -> Any:
        memo: dict[Any, Any] | None = getattr(self.root_value, _MEMO, None)
        if memo is None:
            return super().execute_operation(serially)
        values = getattr(self.variable_values, "coerced", None) or {}
        key = (id(self.operation), repr(sorted(values.items())))
        entry = memo.get(key)
        if entry is not None and entry[0] is self.operation:
            return _await_shared(entry[1]) if isinstance(entry[1], asyncio.Future) else entry[1]
        result = super().execute_operation(serially)
        if self.is_awaitable(result):
            task = asyncio.ensure_future(result)
            memo[key] = (self.operation, task)
            return _await_shared(task)
        memo[key] = (self.operation, result)
        return result


async def _await_shared(task: asyncio.Future[Any]) -> Any:
    return await asyncio.shield(task)
