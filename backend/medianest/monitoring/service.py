"""Business rules of service status: poll Uptime Kuma's status page, keep current state and
samples, work out uptime over 24 hours, 7 and 30 days, and announce changes."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.functions import Count

from medianest.core import jobs as transport
from medianest.core.clients import cached
from medianest.core.errors import NotFound
from medianest.core.http import IntegrationError
from medianest.monitoring.client import UptimeKumaClient
from medianest.monitoring.models import Monitor, MonitorSample
from medianest.settings_admin import service as settings_service

log = logging.getLogger(__name__)

TOPIC = "monitoring.changed"
KEEP_SAMPLES = timedelta(days=31)
DOWN, UP, MAINTENANCE = 0, 1, 3


@dataclass(frozen=True)
class PollReport:
    monitors: int
    new_samples: int
    changed: bool
    error: str | None = None


async def client() -> tuple[UptimeKumaClient, str] | None:
    config = await settings_service.load(settings_service.UptimeKumaSettings)
    if not config.url or not config.slug:
        return None
    url = config.url
    return cached(("uptime_kuma", url), lambda: UptimeKumaClient(url)), config.slug


async def poll() -> PollReport:
    found = await client()
    if found is None:
        return PollReport(0, 0, False, "Uptime Kuma is not configured.")
    kuma, slug = found
    try:
        monitors = await kuma.monitors(slug)
        beats, uptime = await kuma.heartbeats(slug)
    except IntegrationError as exc:
        log.warning("uptime kuma poll failed: %s", exc.message)
        return PollReport(0, 0, False, exc.message)
    changed = False
    new_samples = 0
    transitions: list[tuple[Monitor, int]] = []
    known = {m.id: m for m in await Monitor.all()}
    for remote in monitors:
        history = beats.get(remote.id, [])
        last = history[-1] if history else None
        row = known.get(remote.id)
        values: dict[str, Any] = {
            "name": remote.name,
            "group_name": remote.group,
            "position": remote.position,
            "status": last.status if last else None,
            "ping_ms": last.ping_ms if last else None,
            "uptime_24h": uptime.get(remote.id),
            "last_beat_at": last.at if last else None,
        }
        if row is None:
            await Monitor.create(id=remote.id, **values)
            changed = True
        elif any(getattr(row, k) != v for k, v in values.items()):
            changed = changed or row.status != values["status"]
            if {row.status, values["status"]} == {DOWN, UP}:
                transitions.append((row, values["status"]))
            await Monitor.filter(id=remote.id).update(**values)
        if history:
            newest = await MonitorSample.filter(monitor_id=remote.id).order_by("-at").first()
            fresh = [b for b in history if newest is None or b.at > newest.at]
            if fresh:
                await MonitorSample.bulk_create(
                    [
                        MonitorSample(
                            monitor_id=remote.id, at=b.at, status=b.status, ping_ms=b.ping_ms
                        )
                        for b in fresh
                    ]
                )
                new_samples += len(fresh)
    gone = set(known) - {m.id for m in monitors}
    if gone:
        await Monitor.filter(id__in=gone).delete()
        changed = True
    await MonitorSample.filter(at__lt=datetime.now(UTC) - KEEP_SAMPLES).delete()
    if changed or new_samples:
        await transport.publish(TOPIC, {"changed": changed})
    if transitions:
        await _tell_people(transitions)
    return PollReport(len(monitors), new_samples, changed)


async def _tell_people(transitions: list[tuple[Monitor, int]]) -> None:
    """A service went down or came back: tell whoever wants to know (admins by default);
    people other than admins only hear of monitors they can see."""
    from medianest.notifications.models import Kind
    from medianest.notifications.service import Message, notify_many
    from medianest.users.models import Role, User

    people = [(u.id, u.role) for u in await User.filter(is_active=True).only("id", "role")]
    messages = []
    for monitor, status in transitions:
        name = monitor.display_name or monitor.name
        kind, title = (
            (Kind.SERVICE_DOWN, f"{name} is down")
            if status == DOWN
            else (Kind.SERVICE_UP, f"{name} is back up")
        )
        messages += [
            Message(user_id, kind, title, "", "/status")
            for user_id, role in people
            if monitor.visible or role is Role.ADMIN
        ]
    await notify_many(messages)


async def uptime(monitor_ids: list[int], days: int) -> dict[int, float | None]:
    """Share of samples up (or in maintenance) over the last ``days`` days."""
    since = datetime.now(UTC) - timedelta(days=days)
    totals = {
        row["monitor_id"]: row["n"]
        for row in await MonitorSample.filter(monitor_id__in=monitor_ids, at__gte=since)
        .group_by("monitor_id")
        .annotate(n=Count("id"))
        .values("monitor_id", "n")
    }
    ups = {
        row["monitor_id"]: row["n"]
        for row in await MonitorSample.filter(
            monitor_id__in=monitor_ids, at__gte=since, status__in=[UP, MAINTENANCE]
        )
        .group_by("monitor_id")
        .annotate(n=Count("id"))
        .values("monitor_id", "n")
    }
    return {m: (ups.get(m, 0) / totals[m]) if totals.get(m) else None for m in monitor_ids}


async def history(monitor_ids: list[int], points: int) -> dict[int, list[MonitorSample]]:
    out: dict[int, list[MonitorSample]] = {m: [] for m in monitor_ids}
    since = datetime.now(UTC) - timedelta(hours=24)
    for sample in await MonitorSample.filter(monitor_id__in=monitor_ids, at__gte=since).order_by(
        "at"
    ):
        out[sample.monitor_id].append(sample)
    return {m: rows[-points:] for m, rows in out.items()}


async def visible_monitors(include_hidden: bool) -> list[Monitor]:
    query = Monitor.all() if include_hidden else Monitor.filter(visible=True)
    return list(await query.order_by("position", "id"))


async def update_monitor(
    monitor_id: int, *, display_name: str | None, visible: bool | None
) -> Monitor:
    row = await Monitor.get_or_none(id=monitor_id)
    if row is None:
        raise NotFound("No such monitor.")
    if display_name is not None:
        row.display_name = display_name.strip()[:200] or None
    if visible is not None:
        row.visible = visible
    await row.save()
    await transport.publish(TOPIC, {"changed": True})
    return row
