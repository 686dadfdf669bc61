"""Unit of work: a database transaction whose side effects (actor messages, bus events) are
buffered and released only after it commits, and dropped if it rolls back."""

from __future__ import annotations

import contextlib
import contextvars
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

log = logging.getLogger(__name__)

AfterCommit = Callable[[], Awaitable[None]]

_current: contextvars.ContextVar[list[AfterCommit] | None] = contextvars.ContextVar(
    "medianest_uow", default=None
)


@contextlib.asynccontextmanager
async def unit_of_work() -> AsyncIterator[BaseDBAsyncClient]:
    outer = _current.get()
    if outer is not None:
        # Nested: join the outer unit; its commit releases everything.
        async with in_transaction() as conn:
            yield conn
        return
    pending: list[AfterCommit] = []
    token = _current.set(pending)
    try:
        async with in_transaction() as conn:
            yield conn
    finally:
        _current.reset(token)
    # Reached only when the transaction committed.
    for callback in pending:
        try:
            await callback()
        except Exception:
            log.exception("after-commit action failed")


async def after_commit(callback: AfterCommit) -> None:
    """Run ``callback`` after the current unit of work commits, or now if there is none."""
    pending = _current.get()
    if pending is None:
        await callback()
    else:
        pending.append(callback)
