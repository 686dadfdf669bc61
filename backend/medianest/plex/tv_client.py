"""Typed client of plex.tv: the PIN sign-in flow, the account, its resources and friends."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import httpx

from medianest import __version__
from medianest.core.http import Integration, ServiceRejected

PRODUCT = "MediaNest"


def plex_headers(client_identifier: str) -> dict[str, str]:
    return {
        "Accept": "application/json",
        "X-Plex-Client-Identifier": client_identifier,
        "X-Plex-Product": PRODUCT,
        "X-Plex-Version": __version__,
        "X-Plex-Platform": "Web",
        "X-Plex-Device": "MediaNest",
        "X-Plex-Device-Name": "MediaNest",
    }


@dataclass(frozen=True)
class Pin:
    id: int
    code: str
    expires_at: datetime
    auth_token: str | None


@dataclass(frozen=True)
class PlexAccount:
    id: int
    uuid: str
    username: str
    title: str
    email: str | None
    thumb: str | None


@dataclass(frozen=True)
class Connection:
    uri: str
    local: bool
    relay: bool
    protocol: str


@dataclass(frozen=True)
class Resource:
    name: str
    client_identifier: str
    owned: bool
    access_token: str | None
    source_title: str | None
    connections: tuple[Connection, ...]

    def best_uri(self) -> str | None:
        """Prefer a direct local connection, then any direct one, then a relay."""
        ranked = sorted(
            self.connections, key=lambda c: (c.relay, not c.local, c.protocol != "http")
        )
        return ranked[0].uri if ranked else None


@dataclass(frozen=True)
class Friend:
    id: int
    username: str
    title: str
    email: str | None
    thumb: str | None
    server_ids: tuple[str, ...]
    pending: bool


def _parse_time(value: Any) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


class PlexTvClient(Integration):
    service = "plex.tv"

    def __init__(self, base_url: str, client_identifier: str, **kwargs: Any) -> None:
        super().__init__(base_url, headers=plex_headers(client_identifier), **kwargs)
        self.client_identifier = client_identifier

    def rejected(self, response: httpx.Response) -> ServiceRejected:
        if response.status_code == 401:
            return ServiceRejected(self.service, "Plex did not accept the sign-in.", status=401)
        return super().rejected(response)

    async def create_pin(self) -> Pin:
        response = await self.request(
            "POST", "/api/v2/pins", params={"strong": "true"}, expect=(200, 201)
        )
        return self._pin(response.json())

    async def get_pin(self, pin_id: int) -> Pin | None:
        """The PIN, or None once it expired or is unknown (404)."""
        response = await self.request("GET", f"/api/v2/pins/{pin_id}", expect=(200, 404))
        if response.status_code == 404:
            return None
        return self._pin(response.json())

    def _pin(self, data: dict[str, Any]) -> Pin:
        expires = _parse_time(data.get("expiresAt"))
        if expires is None:
            expires = datetime.now(UTC) + timedelta(seconds=int(data.get("expiresIn") or 900))
        return Pin(
            id=int(data["id"]),
            code=str(data["code"]),
            expires_at=expires,
            auth_token=data.get("authToken") or None,
        )

    def auth_url(self, app_url: str, code: str, forward_url: str | None = None) -> str:
        params = {
            "clientID": self.client_identifier,
            "code": code,
            "context[device][product]": PRODUCT,
            "context[device][version]": __version__,
            "context[device][platform]": "Web",
            "context[device][device]": "MediaNest",
        }
        if forward_url:
            params["forwardUrl"] = forward_url
        return f"{app_url.rstrip('/')}/auth#?{urlencode(params)}"

    async def account(self, token: str) -> PlexAccount:
        response = await self.request("GET", "/api/v2/user", headers={"X-Plex-Token": token})
        data = response.json()
        return PlexAccount(
            id=int(data["id"]),
            uuid=str(data.get("uuid") or ""),
            username=str(data.get("username") or data.get("title") or data["id"]),
            title=str(data.get("friendlyName") or data.get("title") or data.get("username") or ""),
            email=(data.get("email") or None) and str(data["email"]).lower(),
            thumb=data.get("thumb") or None,
        )

    async def resources(self, token: str) -> list[Resource]:
        response = await self.request(
            "GET",
            "/api/v2/resources",
            params={"includeHttps": "1", "includeRelay": "1"},
            headers={"X-Plex-Token": token},
        )
        servers = []
        for item in response.json():
            if "server" not in str(item.get("provides", "")).split(","):
                continue
            servers.append(
                Resource(
                    name=str(item.get("name") or "Plex Media Server"),
                    client_identifier=str(item["clientIdentifier"]),
                    owned=bool(item.get("owned")),
                    access_token=item.get("accessToken") or None,
                    source_title=item.get("sourceTitle") or None,
                    connections=tuple(
                        Connection(
                            uri=str(c["uri"]),
                            local=bool(c.get("local")),
                            relay=bool(c.get("relay")),
                            protocol=str(c.get("protocol") or "http"),
                        )
                        for c in item.get("connections") or []
                        if c.get("uri")
                    ),
                )
            )
        return servers

    async def friends(self, owner_token: str) -> list[Friend]:
        """Everyone the owner shares with (plex.tv `/api/users`, XML or JSON)."""
        response = await self.request("GET", "/api/users", headers={"X-Plex-Token": owner_token})
        if "json" in response.headers.get("content-type", ""):
            return [self._friend_json(item) for item in _json_users(response.json())]
        root = ET.fromstring(response.text)  # noqa: S314  (plex.tv, parsed by the stdlib)
        friends = []
        for user in root.iter("User"):
            servers = list(user.iter("Server"))
            friends.append(
                Friend(
                    id=int(user.get("id", "0")),
                    username=user.get("username") or user.get("title") or str(user.get("id")),
                    title=user.get("title") or user.get("username") or "",
                    email=(user.get("email") or "").lower() or None,
                    thumb=user.get("thumb") or None,
                    server_ids=tuple(s.get("machineIdentifier", "") for s in servers),
                    pending=any(s.get("pending") == "1" for s in servers),
                )
            )
        return friends

    def _friend_json(self, item: dict[str, Any]) -> Friend:
        servers = item.get("Server") or item.get("sharedServers") or []
        return Friend(
            id=int(item["id"]),
            username=str(item.get("username") or item.get("title") or item["id"]),
            title=str(item.get("title") or item.get("username") or ""),
            email=(item.get("email") or "").lower() or None,
            thumb=item.get("thumb") or None,
            server_ids=tuple(str(s.get("machineIdentifier", "")) for s in servers),
            pending=any(str(s.get("pending", "0")) in {"1", "true", "True"} for s in servers),
        )


def _json_users(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return data
    container = data.get("MediaContainer", data)
    users = container.get("User") or container.get("users") or []
    return users if isinstance(users, list) else [users]
