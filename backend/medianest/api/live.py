"""Event streams for subscriptions that end the moment their session is revoked or their user
disabled: the WebSocket is closed with 4403."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Hashable
from typing import Any

from graphql import print_ast
from starlette.websockets import WebSocket

from medianest.api import broadcast
from medianest.api.context import Context
from medianest.auth import revocation
from medianest.core.events import RESYNC, Event
from medianest.core.metrics import SUBSCRIPTIONS
from medianest.core.runtime import get_runtime


async def events(ctx: Context, *topics: str) -> AsyncIterator[Event]:
    """Events on ``topics`` for this subscription, with fresh loaders for each."""
    viewer = ctx.require_viewer()
    token_id = ctx.principal.token.id if ctx.principal and ctx.principal.token else None
    SUBSCRIPTIONS.inc()
    try:
        async with get_runtime().bus.subscribe(*topics, revocation.TOPIC) as stream:
            async for event in stream:
                if event.topic == revocation.TOPIC:
                    if revocation.affects(
                        event.payload,
                        session_id=ctx.session_id,
                        user_id=viewer.id,
                        token_id=token_id,
                    ):
                        if isinstance(ctx.request, WebSocket):
                            await ctx.request.close(code=4403, reason="Session ended")
                        return
                    continue
                ctx.fresh_loaders()
                yield event
    finally:
        SUBSCRIPTIONS.dec()


def group_key(info: Any, audience: Hashable) -> Hashable:
    """Subscribers with the same document, variables and audience receive the same results."""
    raw = info._raw_info
    document = print_ast(raw.operation) + "".join(print_ast(f) for f in raw.fragments.values())
    variables = repr(sorted((raw.variable_values or {}).items()))
    return (raw.field_name, document, variables, audience)


async def shared_events(ctx: Context, key: Hashable, *topics: str) -> AsyncIterator[Event]:
    """Like ``events``, for subscribers whose results a group leader shares with them
    (``api.broadcast``): a follower waits here, watching only for its own revocation, until it
    leads; then it catches up (a resync) and streams."""
    async with broadcast.membership(key) as member:
        if member is not None and not member.promoted.done():
            watch = asyncio.ensure_future(_until_revoked(ctx))
            try:
                await asyncio.wait({member.promoted, watch}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                watch.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watch
            if not member.promoted.done():
                return  # revoked: the socket is closed
            yield Event(RESYNC, {})
        async for event in events(ctx, *topics):
            yield event


async def _until_revoked(ctx: Context) -> None:
    async for _ in events(ctx):
        pass
