"""Typed client of Uptime Kuma's public status-page JSON (no Kuma credentials needed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from medianest.core.http import Integration


@dataclass(frozen=True)
class KumaMonitor:
    id: int
    name: str
    group: str
    position: int


@dataclass(frozen=True)
class Beat:
    at: datetime
    status: int
    ping_ms: int | None


def parse_time(value: str) -> datetime:
    """Kuma writes UTC without a zone suffix ("2025-01-01 10:00:00.123"); newer pages may add Z."""
    text = value.strip().replace("T", " ").removesuffix("Z")
    parsed = datetime.fromisoformat(text)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


class UptimeKumaClient(Integration):
    service = "Uptime Kuma"

    def __init__(self, base_url: str, **kwargs: Any) -> None:
        super().__init__(base_url, headers={"Accept": "application/json"}, **kwargs)

    async def monitors(self, slug: str) -> list[KumaMonitor]:
        data = (await self.request("GET", f"/api/status-page/{quote(slug, safe='')}")).json()
        found: list[KumaMonitor] = []
        for group in data.get("publicGroupList") or []:
            for monitor in group.get("monitorList") or []:
                found.append(
                    KumaMonitor(
                        id=int(monitor["id"]),
                        name=str(monitor.get("name") or monitor["id"]),
                        group=str(group.get("name") or ""),
                        position=len(found),
                    )
                )
        return found

    async def heartbeats(self, slug: str) -> tuple[dict[int, list[Beat]], dict[int, float]]:
        data = (
            await self.request("GET", f"/api/status-page/heartbeat/{quote(slug, safe='')}")
        ).json()
        beats: dict[int, list[Beat]] = {}
        for key, items in (data.get("heartbeatList") or {}).items():
            beats[int(key)] = [
                Beat(
                    parse_time(str(b["time"])),
                    int(b["status"]),
                    int(b["ping"]) if b.get("ping") is not None else None,
                )
                for b in items or []
                if b.get("time") is not None
            ]
        uptime: dict[int, float] = {}
        for key, value in (data.get("uptimeList") or {}).items():
            monitor_id, _, window = str(key).partition("_")
            if window in {"", "24"} and value is not None:
                uptime[int(monitor_id)] = float(value)
        return beats, uptime
