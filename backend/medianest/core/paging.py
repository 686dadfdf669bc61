"""Keyset pages over an id column: the one way every list in MediaNest is paged."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from tortoise.models import Model
from tortoise.queryset import QuerySet

M = TypeVar("M", bound=Model)
T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    has_next: bool
    total: int


async def keyset(
    query: QuerySet[M], *, first: int, after_id: int | None, newest_first: bool = True
) -> Page[M]:
    """``first`` rows after the row ``after_id`` (by id, newest or oldest first), with the
    total of the unpaged query."""
    total = await query.count()
    if after_id is not None:
        query = query.filter(id__lt=after_id) if newest_first else query.filter(id__gt=after_id)
    order: Any = "-id" if newest_first else "id"
    rows = list(await query.order_by(order).limit(first + 1))
    return Page(rows[:first], len(rows) > first, total)
