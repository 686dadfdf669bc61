"""Overseerr's webhook notification agent, as the fake reproduces it (protocols.md §3.7): the
notification types and their bits, the default JSON template, and the template rendering rules
(string values, enum names, ``null`` for absent objects, first occurrence only)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from tests.fakes.overseerr_models import (
    Flavor,
    Media,
    MediaRequest,
    User,
    media_status_name,
)


class Notification(IntEnum):
    MEDIA_PENDING = 2
    MEDIA_APPROVED = 4
    MEDIA_AVAILABLE = 8
    MEDIA_FAILED = 16
    TEST_NOTIFICATION = 32
    MEDIA_DECLINED = 64
    MEDIA_AUTO_APPROVED = 128
    ISSUE_CREATED = 256
    ISSUE_COMMENT = 512
    ISSUE_RESOLVED = 1024
    ISSUE_REOPENED = 2048
    MEDIA_AUTO_REQUESTED = 4096


ALL_TYPES = sum(int(n) for n in Notification)

# The webhook agent's default "JSON Payload", written out for this fake from §3.7's table.
DEFAULT_TEMPLATE = json.dumps(
    {
        "notification_type": "{{notification_type}}",
        "event": "{{event}}",
        "subject": "{{subject}}",
        "message": "{{message}}",
        "image": "{{image}}",
        "{{media}}": {
            "media_type": "{{media_type}}",
            "tmdbId": "{{media_tmdbid}}",
            "tvdbId": "{{media_tvdbid}}",
            "status": "{{media_status}}",
            "status4k": "{{media_status4k}}",
        },
        "{{request}}": {
            "request_id": "{{request_id}}",
            "requestedBy_email": "{{requestedBy_email}}",
            "requestedBy_username": "{{requestedBy_username}}",
            "requestedBy_avatar": "{{requestedBy_avatar}}",
            "requestedBy_settings_discordId": "{{requestedBy_settings_discordId}}",
            "requestedBy_settings_telegramChatId": "{{requestedBy_settings_telegramChatId}}",
        },
        "{{issue}}": {
            "issue_id": "{{issue_id}}",
            "issue_type": "{{issue_type}}",
            "issue_status": "{{issue_status}}",
            "reportedBy_email": "{{reportedBy_email}}",
            "reportedBy_username": "{{reportedBy_username}}",
            "reportedBy_avatar": "{{reportedBy_avatar}}",
            "reportedBy_settings_discordId": "{{reportedBy_settings_discordId}}",
            "reportedBy_settings_telegramChatId": "{{reportedBy_settings_telegramChatId}}",
        },
        "{{comment}}": {
            "comment_message": "{{comment_message}}",
            "commentedBy_email": "{{commentedBy_email}}",
            "commentedBy_username": "{{commentedBy_username}}",
            "commentedBy_avatar": "{{commentedBy_avatar}}",
            "commentedBy_settings_discordId": "{{commentedBy_settings_discordId}}",
            "commentedBy_settings_telegramChatId": "{{commentedBy_settings_telegramChatId}}",
        },
        "{{extra}}": [],
    },
    indent=4,
)

_PERSON_FIELDS = ("username", "email", "avatar", "settings_discordId", "settings_telegramChatId")
VARIABLES: tuple[str, ...] = (
    "notification_type",
    "event",
    "subject",
    "message",
    "image",
    *(f"notifyuser_{f}" for f in _PERSON_FIELDS),
    "media_tmdbid",
    "media_tvdbid",
    "media_type",
    "media_status",
    "media_status4k",
    "request_id",
    *(f"requestedBy_{f}" for f in _PERSON_FIELDS),
    "issue_id",
    "issue_type",
    "issue_status",
    *(f"reportedBy_{f}" for f in _PERSON_FIELDS),
    "comment_message",
    *(f"commentedBy_{f}" for f in _PERSON_FIELDS),
)
_OBJECT_KEYS = {
    "{{media}}": "media",
    "{{request}}": "request",
    "{{issue}}": "issue",
    "{{comment}}": "comment",
}

TEST_MESSAGE = "Check check, 1, 2, 3. Are we coming in clear?"
POSTER_BASE = "https://image.tmdb.org/t/p/w600_and_h900_bestv2"


@dataclass
class NotificationContext:
    """What Overseerr's notification manager hands the webhook agent for one notification."""

    type: Notification
    variables: dict[str, str]
    present: set[str] = field(default_factory=set)  # of "media", "request", "issue", "comment"
    extra: list[dict[str, str]] = field(default_factory=list)


def _person(prefix: str, user: User | None) -> dict[str, str]:
    if user is None:
        return {}
    return {
        f"{prefix}_username": user.display_name,
        f"{prefix}_email": user.email,
        f"{prefix}_avatar": user.avatar,
        f"{prefix}_settings_discordId": user.discord_id or "",
        f"{prefix}_settings_telegramChatId": user.telegram_chat_id or "",
    }


def build_context(
    kind: Notification,
    flavor: Flavor,
    *,
    event: str = "",
    subject: str = "",
    message: str = "",
    image: str = "",
    media: Media | None = None,
    request: MediaRequest | None = None,
    requested_by: User | None = None,
    notify_user: User | None = None,
    extra: list[dict[str, str]] | None = None,
) -> NotificationContext:
    values: dict[str, str] = {
        "notification_type": kind.name,
        "event": event,
        "subject": subject,
        "message": message,
        "image": image,
    }
    values |= _person("notifyuser", notify_user)
    present: set[str] = set()
    if media is not None:
        present.add("media")
        values |= {
            "media_tmdbid": str(media.tmdb_id),
            "media_tvdbid": "" if media.tvdb_id is None else str(media.tvdb_id),
            "media_type": media.media_type,
            "media_status": media_status_name(media.status, flavor),
            "media_status4k": media_status_name(media.status4k, flavor),
        }
    if request is not None:
        present.add("request")
        values["request_id"] = str(request.id)
        values |= _person("requestedBy", requested_by)
    variables = {name: values.get(name, "") for name in VARIABLES}
    return NotificationContext(kind, variables, present, list(extra or []))


def _substitute(text: str, variables: dict[str, str]) -> str:
    # Like JavaScript's String.replace with a string pattern: first occurrence only.
    for name in VARIABLES:
        text = text.replace("{{" + name + "}}", variables[name], 1)
    return text


def _render(node: Any, ctx: NotificationContext) -> Any:
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "{{extra}}":
                out["extra"] = [dict(item) for item in ctx.extra]
            elif key in _OBJECT_KEYS:
                name = _OBJECT_KEYS[key]
                out[name] = _render(value, ctx) if name in ctx.present else None
            else:
                out[key] = _render(value, ctx)
        return out
    if isinstance(node, list):
        return [_render(item, ctx) for item in node]
    if isinstance(node, str):
        return _substitute(node, ctx.variables)
    return node


def render_payload(template: str, ctx: NotificationContext) -> Any:
    """The JSON value Overseerr would POST for this template; ValueError if the template is not
    JSON (Overseerr then only logs an error and sends nothing)."""
    return _render(json.loads(template), ctx)


@dataclass
class WebhookConfig:
    url: str
    authorization: str | None = None
    types: int = ALL_TYPES
    template: str = DEFAULT_TEMPLATE

    def wants(self, kind: Notification) -> bool:
        return kind == Notification.TEST_NOTIFICATION or bool(self.types & kind)


@dataclass
class WebhookDelivery:
    """One POST the fake made (or tried to make) to the configured webhook URL."""

    notification_type: str
    payload: Any  # the JSON value sent; None for raw bodies that are not JSON
    body: bytes
    url: str
    headers: dict[str, str]
    status_code: int | None = None  # the receiver's answer
    error: str | None = None  # a connection failure or an invalid template (nothing retried)
