"""Ending sessions everywhere at once: revocations go out on the event bus, and every open
subscription of a revoked session, token or disabled user closes its WebSocket."""

from __future__ import annotations

from medianest.core import jobs as transport

TOPIC = "auth.revoked"


async def publish_revoked(
    *,
    session_ids: list[str] | None = None,
    token_ids: list[int] | None = None,
    user_id: int | None = None,
) -> None:
    """Session or token ids end those; a user id alone ends everything of that user."""
    await transport.publish(
        TOPIC,
        {"session_ids": session_ids or [], "token_ids": token_ids or [], "user_id": user_id},
    )


def affects(
    payload: dict[str, object], *, session_id: str | None, user_id: int, token_id: int | None
) -> bool:
    sessions = payload.get("session_ids") or []
    tokens = payload.get("token_ids") or []
    if session_id is not None and session_id in sessions:  # type: ignore[operator]
        return True
    if token_id is not None and token_id in tokens:  # type: ignore[operator]
        return True
    return payload.get("user_id") == user_id and not sessions and not tokens
