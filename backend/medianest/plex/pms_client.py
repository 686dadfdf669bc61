"""Typed client of a Plex Media Server."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from medianest.core.http import Integration
from medianest.plex.tv_client import plex_headers


@dataclass(frozen=True)
class Identity:
    machine_identifier: str
    version: str | None


class PlexServerClient(Integration):
    service = "Plex"

    def __init__(self, base_url: str, token: str, client_identifier: str, **kwargs: Any) -> None:
        headers = plex_headers(client_identifier) | {"X-Plex-Token": token}
        super().__init__(base_url, headers=headers, **kwargs)

    async def identity(self) -> Identity:
        response = await self.request("GET", "/identity")
        container = response.json().get("MediaContainer", {})
        return Identity(
            machine_identifier=str(container.get("machineIdentifier", "")),
            version=container.get("version"),
        )
