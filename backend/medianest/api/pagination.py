"""Relay-style cursors and page bounds shared by every connection."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from typing import Protocol

import strawberry

from medianest.core.errors import InvalidInput

MAX_PAGE = 100


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


class _Edge(Protocol):
    cursor: str


def page_info(edges: Sequence[_Edge], has_next: bool) -> PageInfo:
    """The PageInfo of a page of edges."""
    return PageInfo(has_next_page=has_next, end_cursor=edges[-1].cursor if edges else None)


def encode_cursor(kind: str, value: int) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{value}".encode()).decode().rstrip("=")


def decode_cursor(kind: str, cursor: str | None) -> int | None:
    if cursor is None:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        prefix, _, raw = base64.urlsafe_b64decode(padded.encode()).decode().partition(":")
        if prefix != kind:
            raise ValueError(prefix)
        return int(raw)
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise InvalidInput("The cursor is not valid for this list.") from exc


def bounded_first(first: int) -> int:
    if first < 1 or first > MAX_PAGE:
        raise InvalidInput(f"`first` must be between 1 and {MAX_PAGE}.")
    return first
