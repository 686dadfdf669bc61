"""The notification feed: record what happened for a person, push it live, and queue outbound
deliveries for the channels they chose. Nothing here waits on a channel: a failing channel never
blocks the others or the work that caused the event."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from medianest.core import jobs as transport
from medianest.core.errors import InvalidInput
from medianest.core.paging import Page, keyset
from medianest.notifications.models import Channel, Kind, Notification, NotificationPreference
from medianest.settings_admin import service as stored
from medianest.users.models import User

log = logging.getLogger(__name__)

TOPIC = "notifications"
DELIVER_KIND = "notifications.deliver"
# Kinds shown in the app unless a person says otherwise; service alerts go to admins only.
ADMIN_ONLY_BY_DEFAULT = frozenset({Kind.SERVICE_DOWN, Kind.SERVICE_UP})


@dataclass(frozen=True)
class Preference:
    kind: Kind
    in_app: bool
    channels: tuple[Channel, ...]


def snapshot(row: Notification) -> dict[str, Any]:
    return {
        "id": row.id,
        "user_id": row.user_id,  # type: ignore[attr-defined]
        "kind": row.kind.value,
        "title": row.title,
        "body": row.body,
        "link": row.link,
        "created_at": row.created_at.isoformat(),
        "read_at": row.read_at.isoformat() if row.read_at else None,
    }


def configured_channels(channels: stored.NotificationChannels) -> list[Channel]:
    out = []
    if channels.webhook_url:
        out.append(Channel.WEBHOOK)
    if channels.discord_url:
        out.append(Channel.DISCORD)
    if channels.smtp_host and channels.smtp_from:
        out.append(Channel.EMAIL)
    return out


async def preferences(user: User) -> list[Preference]:
    stored_rows = {p.kind: p for p in await NotificationPreference.filter(user_id=user.id)}
    out = []
    for kind in Kind:
        row = stored_rows.get(kind)
        if row is not None:
            chosen = tuple(Channel(c) for c in row.channels if c in Channel._value2member_map_)
            out.append(Preference(kind, row.in_app, chosen))
        else:
            default = user.is_admin or kind not in ADMIN_ONLY_BY_DEFAULT
            out.append(Preference(kind, default, ()))
    return out


async def set_preference(
    user: User, kind: Kind, *, in_app: bool, channels: list[Channel]
) -> Preference:
    if Channel.EMAIL in channels and not user.email:
        raise InvalidInput("Add an email address to your profile first.", field="channels")
    await NotificationPreference.update_or_create(
        defaults={"in_app": in_app, "channels": [c.value for c in dict.fromkeys(channels)]},
        user_id=user.id,
        kind=kind,
    )
    return next(p for p in await preferences(user) if p.kind is kind)


async def notify(
    user: User, kind: Kind, title: str, body: str = "", link: str | None = None
) -> Notification | None:
    """Tell ``user`` about an event, the ways they chose."""
    from medianest.jobs import service as jobs

    chosen = next(p for p in await preferences(user) if p.kind is kind)
    row = None
    if chosen.in_app:
        row = await Notification.create(
            user_id=user.id, kind=kind, title=title[:300], body=body[:1000], link=link
        )
        await transport.publish(TOPIC, snapshot(row))
    if chosen.channels:
        available = configured_channels(await stored.load(stored.NotificationChannels))
        for channel in chosen.channels:
            if channel not in available:
                continue
            await jobs.create_job(
                DELIVER_KIND,
                f"Send '{title[:60]}' by {channel.value}",
                owner=user,
                payload={
                    "channel": channel.value,
                    "user_id": user.id,
                    "kind": kind.value,
                    "title": title,
                    "body": body,
                    "link": link,
                },
                max_attempts=6,
            )
    return row


async def notify_id(
    user_id: int, kind: Kind, title: str, body: str = "", link: str | None = None
) -> None:
    user = await User.get_or_none(id=user_id, is_active=True)
    if user is not None:
        try:
            await notify(user, kind, title, body, link)
        except Exception:  # the feed must never break the work that caused the event
            log.warning("could not notify user %s", user_id, exc_info=True)


async def feed(
    user: User, *, first: int, after_id: int | None, unread_only: bool
) -> Page[Notification]:
    query = Notification.filter(user_id=user.id)
    if unread_only:
        query = query.filter(read_at=None)
    return await keyset(query, first=first, after_id=after_id)


async def unread_count(user: User) -> int:
    return await Notification.filter(user_id=user.id, read_at=None).count()


async def mark_read(user: User, ids: list[int] | None) -> int:
    """Mark some (or, without ids, all) of the user's notifications read; the unread count."""
    query = Notification.filter(user_id=user.id, read_at=None)
    if ids is not None:
        query = query.filter(id__in=ids)
    await query.update(read_at=datetime.now(UTC))
    count = await unread_count(user)
    await transport.publish(TOPIC, {"user_id": user.id, "unread": count})
    return count
