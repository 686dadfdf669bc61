"""Announcements: an admin posts a banner with a severity and an optional end; everyone sees
the current ones live, and each person's feed gets it (as they prefer)."""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.expressions import Q

from medianest.audit import service as audit
from medianest.core import jobs as transport
from medianest.core.errors import InvalidInput, NotFound
from medianest.notifications.models import Announcement, Kind, Severity
from medianest.notifications.service import Message, notify_many
from medianest.users.models import User

TOPIC = "announcements"


def now() -> datetime:
    return datetime.now(UTC)


async def current() -> list[Announcement]:
    """Posted, not ended, and not past their end time; the most severe and newest first."""
    moment = now()
    rows = await Announcement.filter(
        Q(ended_at=None) & (Q(ends_at=None) | Q(ends_at__gt=moment))
    ).order_by("-id")
    order = list(Severity)
    return sorted(rows, key=lambda a: -order.index(a.severity))


async def post(
    admin: User, title: str, body: str, severity: Severity, ends_at: datetime | None
) -> Announcement:
    title, body = title.strip(), body.strip()
    if not title:
        raise InvalidInput("Give the announcement a title.", field="title")
    if len(title) > 200 or len(body) > 2000:
        raise InvalidInput("Keep the title under 200 and the text under 2,000 characters.")
    if ends_at is not None and ends_at <= now():
        raise InvalidInput("The end time is in the past.", field="endsAt")
    row = await Announcement.create(
        title=title, body=body, severity=severity, ends_at=ends_at, created_by=admin
    )
    await audit.record(admin, "announcement.post", "announcement", row.id, after={"title": title})
    await transport.publish(TOPIC, {"changed": row.id})
    people = [u.id for u in await User.filter(is_active=True).only("id")]
    await notify_many([Message(user_id, Kind.ANNOUNCEMENT, title, body, "/") for user_id in people])
    return row


async def end(admin: User, announcement_id: int) -> Announcement:
    row = await Announcement.get_or_none(id=announcement_id)
    if row is None:
        raise NotFound("No such announcement.")
    if row.ended_at is None:
        row.ended_at = now()
        await row.save(update_fields=["ended_at"])
        await audit.record(admin, "announcement.end", "announcement", row.id)
        await transport.publish(TOPIC, {"changed": row.id})
    return row
