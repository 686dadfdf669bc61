"""Results of the most asked-for queries (lists of jobs, requests and library titles), kept
per viewer for a few seconds and dropped the moment the data behind them changes.

What a cached result depends on is known from its root fields: each maps to the event topics
that every change of that data is announced on (a job's progress, a request's status, a library
sync). An event bumps its topic's generation, and the generations are part of the key, so a
changed topic makes every result built on it unreachable at once; the bounded LRU lets them go.
A mutation run in this process bumps every generation, so whoever changed something reads it
back at once; other processes hear of it through the event bus within milliseconds. The
time-to-live (MEDIANEST_GRAPHQL_RESULT_CACHE_S) bounds how stale a result can be for a change
that no event announces (a user's new display name on their job, say).

Only queries whose every root field is listed here are kept, only without errors, and only for
signed-in viewers: the key holds who asks (user, role, permissions, token scopes), the exact
document, the operation name and the variables."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from graphql import (
    FieldNode,
    GraphQLError,
    OperationDefinitionNode,
    OperationType,
    parse,
)

from medianest.api.context import Context
from medianest.core.metrics import RESULT_CACHE
from medianest.core.runtime import get_runtime

log = logging.getLogger(__name__)

JOBS = "jobs"
REQUESTS = "requests"
LIBRARY = "library.changed"

# Root field → the topics every change of what it returns is published on.
CACHEABLE: dict[str, tuple[str, ...]] = {
    "jobs": (JOBS,),
    "job": (JOBS,),
    "allRequests": (REQUESTS, LIBRARY),
    "myRequests": (REQUESTS, LIBRARY),
    "recentlyAdded": (LIBRARY,),
    "libraryItems": (LIBRARY,),
    "libraryItem": (LIBRARY,),
    "librarySearch": (LIBRARY,),
    "librarySections": (LIBRARY,),
    "libraryCollections": (LIBRARY,),
    "libraryCollection": (LIBRARY,),
}
TOPICS = tuple(sorted({t for topics in CACHEABLE.values() for t in topics}))
MAX_ENTRIES = 1024
MAX_DOCUMENTS = 256


@dataclass(frozen=True)
class Kind:
    """What a document's chosen operation is, as far as caching goes: the topics its result
    depends on when it may be kept, and whether it changes data."""

    topics: tuple[str, ...] | None = None
    mutation: bool = False


_MUTATION = Kind(mutation=True)
_UNCACHEABLE = Kind()


def _operation(query: str, operation_name: str | None) -> OperationDefinitionNode | None:
    try:
        document = parse(query)
    except GraphQLError:
        return None
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if operation_name is not None:
        operations = [o for o in operations if o.name and o.name.value == operation_name]
    return operations[0] if len(operations) == 1 else None


def _classify(query: str, operation_name: str | None) -> Kind:
    operation = _operation(query, operation_name)
    if operation is None or operation.operation is OperationType.SUBSCRIPTION:
        return _UNCACHEABLE
    if operation.operation is OperationType.MUTATION:
        return _MUTATION
    topics: set[str] = set()
    for selection in operation.selection_set.selections:
        name = selection.name.value if isinstance(selection, FieldNode) else None
        if name == "__typename":
            continue
        if name not in CACHEABLE or selection.directives:
            return _UNCACHEABLE  # a field not listed, a fragment, or @include/@skip at the root
        topics.update(CACHEABLE[name])
    return Kind(topics=tuple(sorted(topics))) if topics else _UNCACHEABLE


class ResultCache:
    def __init__(self) -> None:
        self._entries: OrderedDict[tuple[Any, ...], tuple[float, dict[str, Any]]] = OrderedDict()
        self._documents: OrderedDict[tuple[str, str | None], Kind] = OrderedDict()
        self._generation = dict.fromkeys(TOPICS, 0)
        self._task: asyncio.Task[None] | None = None

    def kind(self, query: str, operation_name: str | None) -> Kind:
        key = (query, operation_name)
        found = self._documents.get(key)
        if found is None:
            found = _classify(query, operation_name)
            self._documents[key] = found
            if len(self._documents) > MAX_DOCUMENTS:
                self._documents.popitem(last=False)
        return found

    def key(
        self,
        kind: Kind,
        context: Context,
        query: str,
        operation_name: str | None,
        variables: dict[str, Any] | None,
    ) -> tuple[Any, ...] | None:
        principal = context.principal
        if kind.topics is None or principal is None:
            return None
        user = principal.user
        who = (
            user.id,
            str(user.role),
            user.is_active,
            tuple(sorted(user.permissions)),
            tuple(sorted(principal.scopes)),
        )
        try:
            given = json.dumps(variables or {}, sort_keys=True, separators=(",", ":"))
        except (TypeError, ValueError):
            return None
        generations = tuple(self._generation[t] for t in kind.topics)
        return (who, query, operation_name, given, generations)

    def get(self, key: tuple[Any, ...]) -> dict[str, Any] | None:
        found = self._entries.get(key)
        if found is None:
            RESULT_CACHE.labels("miss").inc()
            return None
        expires, data = found
        if expires < time.monotonic():
            del self._entries[key]
            RESULT_CACHE.labels("expired").inc()
            return None
        self._entries.move_to_end(key)
        RESULT_CACHE.labels("hit").inc()
        return data

    def put(self, key: tuple[Any, ...], data: dict[str, Any], ttl_s: float) -> None:
        self._entries[key] = (time.monotonic() + ttl_s, data)
        self._entries.move_to_end(key)
        while len(self._entries) > MAX_ENTRIES:
            self._entries.popitem(last=False)

    def changed(self, topic: str | None = None) -> None:
        """Data behind ``topic`` (every topic when None) changed: its results are stale."""
        for name in self._generation if topic is None else (topic,):
            if name in self._generation:
                self._generation[name] += 1

    def clear(self) -> None:
        self._entries.clear()
        self.changed()

    def start(self) -> None:
        self._task = asyncio.create_task(self._listen(), name="result-cache-invalidation")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        self.clear()

    async def _listen(self) -> None:
        async with get_runtime().bus.subscribe(*TOPICS) as events:
            async for event in events:
                # A resync (the bus was away and may have lost events) drops everything.
                self.changed(None if event.is_resync else event.topic)


cache = ResultCache()
