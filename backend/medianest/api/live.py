"""Event streams for subscriptions that end the moment their session is revoked or their user
disabled: the WebSocket is closed with 4403."""

from __future__ import annotations

from collections.abc import AsyncIterator

from starlette.websockets import WebSocket

from medianest.api.context import Context
from medianest.auth import revocation
from medianest.core.events import Event
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
