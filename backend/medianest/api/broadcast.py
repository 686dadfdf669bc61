"""Fan-out of one subscription result to many WebSocket subscribers.

Subscribers of a broadcast-capable field who sent the same document and variables and see the
same events form a group. One of them, the leader, runs the subscription as usual; every result
sent to the leader is serialised once and written to the followers' sockets with their own
operation ids. Followers run nothing per event: no task wakes, nothing executes. When the leader
leaves, a follower takes over (and asks for a resync, so nothing in between is lost).

Only the graphql-transport-ws handler below takes part; other transports run every subscriber
as usual."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Hashable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from starlette.websockets import WebSocketDisconnect
from strawberry.http.exceptions import WebSocketDisconnected
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import Message

log = logging.getLogger(__name__)


@dataclass(eq=False)
class Member:
    handler: BroadcastingHandler
    operation_id: str
    promoted: asyncio.Future[None] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


@dataclass(eq=False)
class Group:
    key: Hashable
    leader: Member | None = None
    followers: list[Member] = field(default_factory=list)


_groups: dict[Hashable, Group] = {}
_leading: dict[tuple[int, str], Group] = {}  # (id(handler), operation id) → the group it leads
_operation: ContextVar[tuple[BroadcastingHandler, str] | None] = ContextVar(
    "medianest_ws_operation", default=None
)


def group_count() -> int:
    return len(_groups)


@contextlib.asynccontextmanager
async def membership(key: Hashable) -> AsyncIterator[Member | None]:
    """Join the group ``key``. Yields the member (None outside the broadcasting transport):
    ``await member.promoted`` returns once this subscriber leads and must run the stream."""
    current = _operation.get()
    if current is None:
        yield None
        return
    handler, operation_id = current
    member = Member(handler, operation_id)
    group = _groups.setdefault(key, Group(key))
    if group.leader is None:
        _lead(group, member)
    else:
        group.followers.append(member)
    try:
        yield member
    finally:
        _leave(group, member)


def _lead(group: Group, member: Member) -> None:
    group.leader = member
    _leading[(id(member.handler), member.operation_id)] = group
    if not member.promoted.done():
        member.promoted.set_result(None)


def _leave(group: Group, member: Member) -> None:
    if group.leader is member:
        _leading.pop((id(member.handler), member.operation_id), None)
        group.leader = None
        if group.followers:
            _lead(group, group.followers.pop(0))
    elif member in group.followers:
        group.followers.remove(member)
    if group.leader is None and not group.followers:
        _groups.pop(group.key, None)


class BroadcastingHandler(BaseGraphQLTransportWSHandler[Any, Any]):
    """graphql-transport-ws that replicates a group leader's results to its followers."""

    async def handle_subscribe(self, message: Any) -> None:
        token = _operation.set((self, message["id"]))
        try:
            await super().handle_subscribe(message)
        finally:
            _operation.reset(token)

    async def send_message(self, message: Message) -> None:
        group = None
        if message.get("type") == "next":
            group = _leading.get((id(self), str(message.get("id"))))
        if group is None or not group.followers:
            await super().send_message(message)
            return
        payload = json.dumps(message["payload"], separators=(",", ":"))  # type: ignore[typeddict-item]
        failure: Exception | None = None
        try:
            await self._send_text(message["id"], payload)  # type: ignore[typeddict-item]
        except Exception as exc:  # the leader went away; its followers still get this one
            failure = exc
        for follower in list(group.followers):
            with contextlib.suppress(Exception):  # a closed socket: its own handler cleans up
                await follower.handler._send_text(follower.operation_id, payload)
        if failure is not None:
            raise failure

    async def handle_task_exception(self, error: Exception) -> None:
        if isinstance(error, WebSocketDisconnected):
            # The client went away while a result was on its way: not a server error.
            log.debug("subscriber disconnected during a send")
            return
        await super().handle_task_exception(error)

    async def _send_text(self, operation_id: str, payload: str) -> None:
        text = f'{{"id":{json.dumps(operation_id)},"type":"next","payload":{payload}}}'
        socket = getattr(self.websocket, "ws", None)
        if socket is None:  # not Starlette: go through the adapter
            await super().send_message(json.loads(text))
            return
        try:
            await socket.send_text(text)
        except WebSocketDisconnect as exc:
            raise WebSocketDisconnected from exc
