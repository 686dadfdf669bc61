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
from medianest.core.uow import unit_of_work
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
    return _merge(user, stored_rows)


def _merge(user: User, stored_rows: dict[Kind, NotificationPreference]) -> list[Preference]:
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


@dataclass(frozen=True)
class Message:
    user_id: int
    kind: Kind
    title: str
    body: str = ""
    link: str | None = None


async def notify_many(messages: list[Message]) -> int:
    """Tell many people about events in a few queries (syncs that change many things at once).
    Returns how many landed in feeds."""
    if not messages:
        return 0
    ids = {m.user_id for m in messages}
    people = {u.id: u for u in await User.filter(id__in=ids, is_active=True)}
    stored_rows: dict[int, dict[Kind, NotificationPreference]] = {}
    for pref in await NotificationPreference.filter(user_id__in=ids):
        stored_rows.setdefault(pref.user_id, {})[pref.kind] = pref  # type: ignore[attr-defined]
    created = 0
    outbound: list[tuple[User, Message, tuple[Channel, ...]]] = []
    async with unit_of_work():  # one commit; the live events go out after it
        for m in messages:
            user = people.get(m.user_id)
            if user is None:
                continue
            prefs = _merge(user, stored_rows.get(user.id, {}))
            chosen = next(p for p in prefs if p.kind is m.kind)
            if chosen.in_app:
                row = await Notification.create(
                    user_id=user.id,
                    kind=m.kind,
                    title=m.title[:300],
                    body=m.body[:1000],
                    link=m.link,
                )
                await transport.publish(TOPIC, snapshot(row))
                created += 1
            if chosen.channels:
                outbound.append((user, m, chosen.channels))
    for user, m, channels in outbound:
        await _send_out(user, m, channels)
    return created


async def notify(
    user: User, kind: Kind, title: str, body: str = "", link: str | None = None
) -> Notification | None:
    """Tell ``user`` about an event, the ways they chose."""
    chosen = next(p for p in await preferences(user) if p.kind is kind)
    row = None
    if chosen.in_app:
        row = await Notification.create(
            user_id=user.id, kind=kind, title=title[:300], body=body[:1000], link=link
        )
        await transport.publish(TOPIC, snapshot(row))
    if chosen.channels:
        await _send_out(user, Message(user.id, kind, title, body, link), chosen.channels)
    return row


async def _send_out(user: User, message: Message, channels: tuple[Channel, ...]) -> None:
    """Queue one delivery job per chosen channel that an admin has set up."""
    from medianest.jobs import service as jobs

    if channels:
        available = configured_channels(await stored.load(stored.NotificationChannels))
        for channel in channels:
            if channel not in available:
                continue
            await jobs.create_job(
                DELIVER_KIND,
                f"Send '{message.title[:60]}' by {channel.value}",
                owner=user,
                payload={
                    "channel": channel.value,
                    "user_id": user.id,
                    "kind": message.kind.value,
                    "title": message.title,
                    "body": message.body,
                    "link": message.link,
                },
                max_attempts=6,
            )


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


async def update_channels(actor: User, changes: dict[str, Any]) -> stored.NotificationChannels:
    """Check and store an admin's changes to the outbound channels (secrets stay write-only)."""
    from medianest.audit import service as audit

    for url, field in (("webhook_url", "webhookUrl"), ("discord_url", "discordUrl")):
        value = changes.get(url)
        if value and not str(value).startswith(("http://", "https://")):
            raise InvalidInput("Use an http(s) address.", field=field)
    port = changes.get("smtp_port")
    if port is not None and not 1 <= port <= 65535:
        raise InvalidInput("Ports are 1 to 65535.", field="smtpPort")
    sender = changes.get("smtp_from")
    if sender and "@" not in sender:
        raise InvalidInput("The sender needs an email address.", field="smtpFrom")
    before = stored.public_view(await stored.load(stored.NotificationChannels))
    value = await stored.save(stored.NotificationChannels, **changes)
    await audit.record(
        actor,
        "settings.notifications.update",
        "settings",
        "notifications",
        before=before,
        after=stored.public_view(value),
    )
    return value
