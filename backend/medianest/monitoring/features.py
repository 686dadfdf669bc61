"""What works right now, as the SPA needs to know it: is Plex reachable (else the library shows
what was last synced), is Overseerr reachable (else requests wait in a queue), are downloads
paused. A scheduled probe keeps the answer in the database for every process and announces
changes, so pages change their wording live instead of failing first."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from medianest.core import jobs as transport
from medianest.core.http import IntegrationError
from medianest.settings_admin.models import ServiceSetting

log = logging.getLogger(__name__)

TOPIC = "features"
STATE = "integration_state"


@dataclass(frozen=True)
class Feature:
    name: str  # library | requests | downloads
    available: bool
    message: str | None


async def _probe_plex() -> str | None:
    """None when reachable (or not set up), else what went wrong."""
    from medianest.plex.clients import plex_server

    try:
        client = await plex_server()
    except Exception:
        return None  # not configured: nothing to warn about here
    try:
        await client.identity()
    except IntegrationError as exc:
        return exc.message
    return None


async def _probe_overseerr() -> str | None:
    from medianest.requests.service import client as overseerr

    try:
        client = await overseerr()
    except Exception:
        return None
    try:
        await client.request("GET", "/api/v1/status")
    except IntegrationError as exc:
        return exc.message
    return None


async def _stored() -> dict[str, Any]:
    row = await ServiceSetting.get_or_none(name=STATE)
    return dict(row.data) if row else {}


async def check() -> bool:
    """Probe the integrations; store and announce what changed. Returns whether anything did."""
    before = await _stored()
    now = {"plex": await _probe_plex(), "overseerr": await _probe_overseerr()}
    changed = any(before.get(k) != v for k, v in now.items())
    if changed:
        data = {**now, "checked_at": datetime.now(UTC).isoformat()}
        await ServiceSetting.update_or_create(defaults={"data": data}, name=STATE)
        await transport.publish(TOPIC, {"changed": True})
    return changed


async def current() -> list[Feature]:
    from medianest.downloads import settings as downloads

    state = await _stored()
    paused = (await downloads.load()).paused
    return [
        Feature(
            "library",
            state.get("plex") is None,
            None
            if state.get("plex") is None
            else "Plex can't be reached right now: the library shows what was last synced.",
        ),
        Feature(
            "requests",
            state.get("overseerr") is None,
            None
            if state.get("overseerr") is None
            else "Overseerr can't be reached right now: new requests wait and are sent when "
            "it is back.",
        ),
        Feature(
            "downloads",
            not paused,
            "An admin has paused downloads: new ones wait in the queue." if paused else None,
        ),
    ]
