"""The fake plex.tv's records (accounts, servers, shares, devices, PINs) and how plex.tv shows
them: v2 JSON (or XML without ``Accept: application/json``), errors, and the sign-in page."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from tests.fakes.plex_library import BASE_TIME, PMS_VERSION
from tests.fakes.plex_wire import wants_json, xml_bytes


@dataclass
class Account:
    name: str  # the handle tests use; ``username`` is what plex.tv reports (may be "")
    id: int
    uuid: str
    username: str
    title: str
    email: str | None
    token: str
    friendly_name: str = ""
    home: bool = False
    restricted: bool = False
    joined_at: int = BASE_TIME - 86_400 * 900


@dataclass
class Share:
    id: int
    account: str
    access_token: str
    pending: bool = False


@dataclass
class Server:
    id: int
    name: str
    machine_identifier: str
    owner: str
    uris: list[str]
    public_address: str = "203.0.113.10"
    https_required: bool = False
    shares: dict[str, Share] = field(default_factory=dict)


@dataclass
class Device:
    name: str
    owner: str
    client_identifier: str
    product: str
    platform: str
    provides: str


@dataclass
class FakePin:
    id: int
    code: str
    strong: bool
    client_identifier: str
    product: str | None
    created_at: float
    expires_at: float
    auth_token: str | None = None
    account: str | None = None


@dataclass(frozen=True)
class ServerAccess:
    account: Account
    owned: bool


def iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def avatar_url(base_url: str, account: Account) -> str:
    return f"{base_url}/users/{account.uuid}/avatar?c={account.joined_at}"


def user_json(account: Account, token: str, base_url: str) -> dict[str, Any]:
    return {
        "id": account.id,
        "uuid": account.uuid,
        "username": account.username,
        "title": account.title,
        "friendlyName": account.friendly_name,
        "email": account.email,
        "thumb": avatar_url(base_url, account),
        "authToken": token,
        "home": account.home,
        "homeAdmin": False,
        "restricted": account.restricted,
        "guest": False,
        "protected": False,
        "hasPassword": not account.restricted,
        "locale": None,
        "country": "US",
        "joinedAt": account.joined_at,
        "twoFactorEnabled": False,
        "roles": [],
        "entitlements": [],
        "subscription": {"active": False, "status": "Inactive", "plan": None, "features": []},
    }


def pin_json(pin: FakePin, now: float) -> dict[str, Any]:
    return {
        "id": pin.id,
        "code": pin.code,
        "product": pin.product,
        "trusted": False,
        "qr": f"https://plex.tv/api/v2/pins/qr/{pin.code}",
        "clientIdentifier": pin.client_identifier,
        "location": {"code": "US", "country": "United States", "city": "Testville"},
        "expiresIn": max(0, math.ceil(pin.expires_at - now)),
        "createdAt": iso(pin.created_at),
        "expiresAt": iso(math.ceil(pin.expires_at)),
        "authToken": pin.auth_token,
        "newRegistration": None,
    }


def _resource_base(name: str, identifier: str, token: str, now: float) -> dict[str, Any]:
    return {
        "name": name,
        "clientIdentifier": identifier,
        "createdAt": iso(BASE_TIME - 9_000_000),
        "lastSeenAt": iso(now),
        "accessToken": token,
        "home": False,
        "synced": False,
        "publicAddressMatches": True,
        "dnsRebindingProtection": False,
        "natLoopbackSupported": False,
    }


def server_resource(
    server: Server, owner: Account | None, token: str, flags: dict[str, bool], now: float
) -> dict[str, Any]:
    """``owner`` is None when the caller owns the server."""
    out = _resource_base(server.name, server.machine_identifier, token, now)
    out.update(
        product="Plex Media Server",
        productVersion=PMS_VERSION,
        platform="Linux",
        platformVersion="6.1.0",
        device="PC",
        provides="server",
        owned=owner is None,
        ownerId=owner.id if owner else None,
        sourceTitle=owner.username if owner else None,
        publicAddress=server.public_address,
        relay=True,
        presence=True,
        httpsRequired=server.https_required,
        connections=connections(server, **flags),
    )
    return out


def device_resource(device: Device, token: str, now: float) -> dict[str, Any]:
    out = _resource_base(device.name, device.client_identifier, token, now)
    out.update(
        product=device.product,
        productVersion="8.40",
        platform=device.platform,
        platformVersion="17.5",
        device=device.platform,
        provides=device.provides,
        owned=True,
        ownerId=None,
        sourceTitle=None,
        publicAddress="203.0.113.10",
        relay=False,
        presence=False,
        httpsRequired=False,
        connections=[],
    )
    return out


def connections(server: Server, *, https: bool, relay: bool, ipv6: bool) -> list[dict[str, Any]]:
    """The server's local http addresses as given, https plex.direct twins with includeHttps,
    the public address (https with includeHttps), a relay, an IPv6 address."""
    tag = server.machine_identifier[:32]

    def conn(protocol: str, host: str, port: int, uri: str, **flags: bool) -> dict[str, Any]:
        return {
            "protocol": protocol,
            "address": host,
            "port": port,
            "uri": uri,
            "local": flags.get("local", False),
            "relay": flags.get("relay", False),
            "IPv6": flags.get("v6", False),
        }

    def direct(host: str, port: int) -> str:
        return f"https://{host.replace('.', '-')}.{tag}.plex.direct:{port}"

    out = []
    for uri in server.uris:
        parts = urlsplit(uri)
        host, port = parts.hostname or "127.0.0.1", parts.port or 32400
        out.append(conn("http", host, port, uri.rstrip("/"), local=True))
        if https:
            out.append(conn("https", host, port, direct(host, port), local=True))
    public = server.public_address
    if https:
        out.append(conn("https", public, 32400, direct(public, 32400)))
    else:
        out.append(conn("http", public, 32400, f"http://{public}:32400"))
    if relay:
        out.append(conn("https", "198.51.100.40", 8443, direct("198.51.100.40", 8443), relay=True))
    if ipv6:
        out.append(conn("http", "fd00::10", 32400, "http://[fd00::10]:32400", local=True, v6=True))
    return out


def friend_json(friend: Account, shares: list[tuple[Server, Share]], base: str) -> dict[str, Any]:
    """One entry of ``/api/v2/friends``."""
    return {
        "id": friend.id,
        "uuid": friend.uuid,
        "username": friend.username,
        "title": friend.title,
        "email": friend.email,
        "friendlyName": friend.friendly_name,
        "thumb": avatar_url(base, friend),
        "home": friend.home,
        "restricted": friend.restricted,
        "status": "pending" if all(s.pending for _, s in shares) else "accepted",
        "sharedServers": [_server_entry(srv, s, 0) for srv, s in shares],
        "sharedSources": [],
    }


def legacy_user(
    friend: Account, shares: list[tuple[Server, Share]], base: str, now: float
) -> dict[str, Any]:
    """One ``<User>`` of ``/api/users``, with a ``<Server>`` per share."""
    filters = ("filterAll", "filterMovies", "filterMusic", "filterPhotos", "filterTelevision")
    return {
        "id": friend.id,
        "title": friend.title,
        "username": friend.username,
        "email": friend.email or "",
        "recommendationsPlaylistId": "",
        "thumb": avatar_url(base, friend),
        "protected": False,
        "home": friend.home,
        "allowTuners": 0,
        "allowSync": True,
        "allowCameraUpload": False,
        "allowChannels": True,
        "allowSubtitleAdmin": False,
        **dict.fromkeys(filters, ""),
        "restricted": friend.restricted,
        "Server": [_server_entry(srv, s, int(now)) for srv, s in shares],
    }


def _server_entry(server: Server, share: Share, last_seen: int) -> dict[str, Any]:
    return {
        "id": share.id,
        "serverId": server.id,
        "machineIdentifier": server.machine_identifier,
        "name": server.name,
        "lastSeenAt": last_seen or None,
        "numLibraries": 2,
        "allLibraries": True,
        "owned": False,
        "pending": share.pending,
    }


async def plex_param(request: Request, name: str) -> str | None:
    """A parameter from the header, the query string, or an urlencoded form body."""
    value = request.headers.get(name) or request.query_params.get(name)
    if value is None and "urlencoded" in request.headers.get("content-type", ""):
        form = parse_qs((await request.body()).decode())
        value = form.get(name, [None])[0]
    return value


def reply(request: Request, data: Any, tag: str, status: int = 200) -> Response:
    """JSON when asked for, XML otherwise (as plex.tv does)."""
    if wants_json(request):
        return JSONResponse(data, status_code=status)
    body = {"size": len(data), tag.rstrip("s"): data} if isinstance(data, list) else data
    return Response(xml_bytes(tag, body), status_code=status, media_type="application/xml")


def error(
    request: Request, status: int, code: int, message: str, *, with_status: bool = True
) -> Response:
    entry: dict[str, Any] = {"code": code, "message": message}
    if with_status:
        entry["status"] = status
    return reply(request, {"errors": [entry]}, "errors", status=status)


AUTH_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Plex (fake) - Sign in</title></head>
<body>
<h1>Sign in with Plex (fake)</h1>
<p id="product"></p>
<div id="accounts">
<!--BUTTONS-->
</div>
<p id="status" role="status"></p>
<script>
const params = new URLSearchParams(location.hash.replace(/^#!?\\??/, ""));
const product = params.get("context[device][product]") || "An app";
document.getElementById("product").textContent = product + " wants to use your Plex account.";
const status = document.getElementById("status");
for (const button of document.querySelectorAll("button[data-account]")) {
  button.addEventListener("click", async () => {
    const response = await fetch("/__fake/pins/approve", {
      method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({code: params.get("code"), clientID: params.get("clientID"),
                            account: button.dataset.account}),
    });
    if (!response.ok) {
      status.textContent = "Sign-in failed: " + (await response.json()).error;
      return;
    }
    status.textContent = "Signed in as " + button.dataset.account + ". You can close this window.";
    const forward = params.get("forwardUrl");
    if (forward) location.assign(forward);
  });
}
</script>
</body></html>
"""
