"""A fake plex.tv (and app.plex.tv sign-in page) over real HTTP (protocols.md section 1).

Strict where plex.tv is: 400 (error 1000) without ``X-Plex-Client-Identifier`` (header, query or
form field) on every API call, 401 (error 1001) without a valid ``X-Plex-Token`` (header or
query), JSON only with ``Accept: application/json`` (XML otherwise), 404 (error 1020) for an
unknown or expired PIN. One thing is stricter than documented: a PIN polled with a different
client identifier than the one that created it is 404 (``strict_pin_client=False`` to allow).

The sign-in page the browser is sent to is ``GET /auth#?clientID=…&code=…&forwardUrl=…`` on this
same server (point both ``plex_tv_url`` and ``plex_app_url`` at it). It shows one "Approve as
<account>" button per account; a click approves the PIN and follows ``forwardUrl`` if given.

Standalone demo (accounts owner, alice, bob, carol, dave, erin, kid; see :meth:`seeded`)::

    python -m tests.fakes.plextv --port 8301 --pms-url http://127.0.0.1:32400
"""

from __future__ import annotations

import argparse
import hashlib
import html
import secrets
import string
import time
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from tests.fakes.plex_library import SERVER_MACHINE_ID, SERVER_NAME, plex_token
from tests.fakes.plex_wire import FakeService, color_for, png, wants_json, xml_bytes
from tests.fakes.plextv_model import (
    AUTH_PAGE,
    Account,
    Device,
    FakePin,
    Server,
    ServerAccess,
    Share,
    device_resource,
    error,
    friend_json,
    legacy_user,
    pin_json,
    plex_param,
    reply,
    server_resource,
    user_json,
)

__all__ = ["Account", "Device", "FakePin", "FakePlexTV", "Server", "ServerAccess", "Share"]

Handler = Callable[[Request, Account], Awaitable[Response]]


class FakePlexTV(FakeService):
    exempt = ("/__fake", "/auth")  # app.plex.tv is another host in reality

    def __init__(
        self,
        *,
        pin_lifetime: float | None = None,
        strict_pin_client: bool = True,
        users_json: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """``pin_lifetime``: seconds a PIN lives (default 1800 strong, 900 short, as plex.tv).
        ``users_json``: answer ``/api/users`` in JSON when asked (the real one sends XML)."""
        super().__init__()
        self.pin_lifetime = pin_lifetime
        self.strict_pin_client = strict_pin_client
        self.users_json = users_json
        self.clock = clock
        self.clock_offset = 0.0
        self.accounts: dict[str, Account] = {}
        self.servers: dict[str, Server] = {}  # by machine identifier
        self.devices: list[Device] = []
        self.pins: dict[int, FakePin] = {}
        self._tokens: dict[str, str] = {}  # token -> account name
        self._next_pin = 2_000_000_001
        r, api = Route, self._api
        self.app = self.build_app([
            r("/api/v2/pins", api(self._create_pin, auth=False), methods=["POST"]),
            r("/api/v2/pins/{pin_id}", api(self._get_pin, auth=False)),
            r("/api/v2/user", api(self._user)),
            r("/api/v2/resources", api(self._resources)),
            r("/api/v2/friends", api(self._friends)),
            r("/api/v2/ping", api(self._ping)),
            r("/api/v2/users/signout", api(self._signout), methods=["DELETE"]),
            r("/api/users", api(self._users)),
            r("/users/account.json", api(self._legacy_account)),
            r("/users/{uuid}/avatar", self._avatar),
            r("/auth", self._auth_page),
            r("/__fake/pins/approve", self._approve, methods=["POST"]),
            r("/__fake/pins/{pin_id:int}/approve", self._approve, methods=["POST"]),
        ])  # fmt: skip

    # ----------------------------------------------------------------- arrange (tests)
    def add_account(
        self,
        name: str,
        *,
        email: str | None = "",
        username: str | None = None,
        title: str | None = None,
        friendly_name: str = "",
        home: bool = False,
        restricted: bool = False,
        token: str | None = None,
    ) -> Account:
        """A Plex account; email defaults to ``<name>@example.com`` (None = no email)."""
        account = Account(
            name=name,
            id=1001 + len(self.accounts),
            uuid=hashlib.sha1(name.encode()).hexdigest()[:16],  # noqa: S324
            username=name if username is None else username,
            title=title or name,
            email=f"{name}@example.com" if email == "" else email,
            token=token or plex_token(name),
            friendly_name=friendly_name,
            home=home,
            restricted=restricted,
        )
        self.accounts[name] = account
        self._tokens[account.token] = name
        return account

    def token_for(self, name: str) -> str:
        return self.accounts[name].token

    def add_server(
        self,
        name: str,
        *,
        owner: str,
        machine_identifier: str | None = None,
        uris: list[str] | None = None,
        public_address: str = "203.0.113.10",
        https_required: bool = False,
    ) -> Server:
        """A Plex Media Server owned by ``owner``; ``uris`` are its local http addresses."""
        mid = machine_identifier or hashlib.sha1(name.encode()).hexdigest()  # noqa: S324
        server = Server(
            len(self.servers) + 1,
            name,
            mid,
            owner,
            uris or ["http://127.0.0.1:32400"],
            public_address,
            https_required,
        )
        self.servers[mid] = server
        return server

    def share_server(
        self,
        machine_identifier: str,
        account: str,
        *,
        pending: bool = False,
        access_token: str | None = None,
    ) -> str:
        """Share a server with ``account`` (pending = invited, not accepted: no access yet).
        Returns the access token the friend gets for that server."""
        server = self.servers[machine_identifier]
        token = access_token or plex_token(f"{account}@{machine_identifier}")
        share_id = 5000 + sum(len(s.shares) for s in self.servers.values())
        server.shares[account] = Share(share_id, account, token, pending)
        return token

    def accept_share(self, machine_identifier: str, account: str) -> None:
        self.servers[machine_identifier].shares[account].pending = False

    def revoke_server(self, machine_identifier: str, account: str) -> None:
        """Stop sharing: the server leaves the friend's resources, the share token dies."""
        self.servers[machine_identifier].shares.pop(account, None)

    def add_device(
        self,
        owner: str,
        name: str,
        *,
        product: str = "Plex for iOS",
        platform: str = "iOS",
        provides: str = "client,player,pubsub-player",
    ) -> Device:
        device = Device(
            name,
            owner,
            hashlib.sha1(f"{owner}/{name}".encode()).hexdigest()[:24],  # noqa: S324
            product,
            platform,
            provides,
        )
        self.devices.append(device)
        return device

    def now(self) -> float:
        return self.clock() + self.clock_offset

    def advance(self, seconds: float) -> None:
        """Move plex.tv's clock forward (PINs expire without sleeping)."""
        self.clock_offset += seconds

    def pin(self, code_or_id: str | int) -> FakePin:
        """A PIN by id or code (KeyError if unknown)."""
        key = str(code_or_id)
        if key.isdigit() and int(key) in self.pins:
            return self.pins[int(key)]
        for pin in self.pins.values():
            if pin.code == key:
                return pin
        raise KeyError(f"no PIN {code_or_id!r}")

    def approve_pin(self, code_or_id: str | int, account: str | Account) -> str:
        """What the user does on app.plex.tv: the PIN now carries a fresh token of ``account``.
        Raises KeyError (unknown PIN or account) or ValueError (expired)."""
        pin = self.pin(code_or_id)
        if self.now() >= pin.expires_at:
            raise ValueError(f"PIN {pin.id} has expired")
        name = account.name if isinstance(account, Account) else account
        if name not in self.accounts:
            raise KeyError(f"no account {name!r}")
        token = plex_token(f"{name}#pin{pin.id}")
        self._tokens[token] = name
        pin.auth_token, pin.account = token, name
        return token

    def expire_pin(self, code_or_id: str | int) -> None:
        pin = self.pin(code_or_id)
        pin.expires_at = min(pin.expires_at, self.now())

    def revoke_token(self, token: str) -> None:
        self._tokens.pop(token, None)

    def account_for(self, token: str | None) -> Account | None:
        name = self._tokens.get(token or "")
        return self.accounts.get(name) if name else None

    def server_access(self, machine_identifier: str, token: str) -> ServerAccess | None:
        """Whose token this is for that server, as the server learns it from plex.tv: the
        owner's or an accepted friend's account token, or a friend's share token."""
        server = self.servers.get(machine_identifier)
        if server is None:
            return None
        account = self.account_for(token)
        if account is not None and account.name == server.owner:
            return ServerAccess(account, owned=True)
        for share in server.shares.values():
            mine = account is not None and share.account == account.name
            if not share.pending and (mine or share.access_token == token):
                return ServerAccess(self.accounts[share.account], owned=False)
        return None

    @classmethod
    def seeded(
        cls,
        *,
        pms_url: str = "http://127.0.0.1:32400",
        machine_identifier: str = SERVER_MACHINE_ID,
        **options: Any,
    ) -> FakePlexTV:
        """The standard cast. ``owner`` (email Owner@Example.com, mixed case on purpose) owns
        the main server (``machine_identifier`` at ``pms_url``) and "Owner Cabin Server";
        ``alice`` is shared the main server and also Erin's; ``bob`` only the cabin server;
        ``carol`` nothing; ``dave`` a pending invite to the main server; ``erin`` owns an
        unrelated server; ``kid`` is a managed home user (no username, no email) on the main
        server. owner and alice each have a client device (provides "client,player")."""
        tv = cls(**options)
        tv.add_account("owner", email="Owner@Example.com", friendly_name="Olivia Owner")
        for name in ("alice", "bob", "carol", "dave", "erin"):
            tv.add_account(name, friendly_name=f"{name.title()} Example")
        tv.add_account("kid", username="", email=None, title="Kid", home=True, restricted=True)
        tv.add_server(
            SERVER_NAME, owner="owner", machine_identifier=machine_identifier, uris=[pms_url]
        )
        cabin = tv.add_server(
            "Owner Cabin Server", owner="owner", uris=["http://192.168.1.20:32400"]
        )
        erins = tv.add_server("Erin's Server", owner="erin", uris=["http://192.168.7.5:32400"])
        for friend in ("alice", "kid"):
            tv.share_server(machine_identifier, friend)
        tv.share_server(machine_identifier, "dave", pending=True)
        tv.share_server(cabin.machine_identifier, "bob")
        tv.share_server(erins.machine_identifier, "alice")
        tv.add_device("owner", "Olivia's iPhone")
        tv.add_device("alice", "Alice's Chrome", product="Plex Web", platform="Chrome")
        return tv

    # ----------------------------------------------------------------- plumbing
    def _api(self, handler: Handler, *, auth: bool = True) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            if not await plex_param(request, "X-Plex-Client-Identifier"):
                return error(request, 400, 1000, "X-Plex-Client-Identifier is missing")
            account = self.account_for(_token(request))
            if account is None:
                if auth:
                    return error(request, 401, 1001, "User could not be authenticated")
                account = Account("", 0, "", "", "", None, "")  # nobody signed in
            return await handler(request, account)

        return endpoint

    def _friend_shares(self, owner: str) -> dict[str, list[tuple[Server, Share]]]:
        out: dict[str, list[tuple[Server, Share]]] = {}
        for server in self.servers.values():
            if server.owner == owner:
                for share in server.shares.values():
                    out.setdefault(share.account, []).append((server, share))
        return out

    # ----------------------------------------------------------------- plex.tv endpoints
    async def _create_pin(self, request: Request, _: Account) -> Response:
        strong = await plex_param(request, "strong") in ("true", "1")
        lifetime = self.pin_lifetime or (1800.0 if strong else 900.0)
        alphabet = string.ascii_lowercase + string.digits if strong else string.ascii_uppercase
        code = "".join(secrets.choice(alphabet) for _ in range(25 if strong else 4))
        client = await plex_param(request, "X-Plex-Client-Identifier") or ""
        product = await plex_param(request, "X-Plex-Product")
        now = self.now()
        pin = FakePin(self._next_pin, code, strong, client, product, now, now + lifetime)
        self._next_pin += 7
        self.pins[pin.id] = pin
        return reply(request, pin_json(pin, now), "pin", status=201)

    async def _get_pin(self, request: Request, _: Account) -> Response:
        raw = request.path_params["pin_id"]
        pin = self.pins.get(int(raw)) if raw.isdigit() else None
        client = await plex_param(request, "X-Plex-Client-Identifier")
        now = self.now()
        wrong_client = (
            pin is not None and self.strict_pin_client and client != pin.client_identifier
        )
        if pin is None or now >= pin.expires_at or wrong_client:
            return error(request, 404, 1020, "Code not found or expired", with_status=False)
        return reply(request, pin_json(pin, now), "pin")

    async def _user(self, request: Request, account: Account) -> Response:
        data = user_json(account, _token(request) or account.token, _base(request))
        return reply(request, data, "user")

    async def _legacy_account(self, request: Request, account: Account) -> Response:
        data = user_json(account, _token(request) or account.token, _base(request))
        return reply(request, {"user": data}, "user")

    async def _resources(self, request: Request, account: Account) -> Response:
        names = {"https": "includeHttps", "relay": "includeRelay", "ipv6": "includeIPv6"}
        flags = {k: request.query_params.get(v) in ("1", "true") for k, v in names.items()}
        now, out = self.now(), []
        for server in self.servers.values():
            share = server.shares.get(account.name)
            if server.owner == account.name:
                out.append(server_resource(server, None, account.token, flags, now))
            elif share is not None and not share.pending:
                owner = self.accounts[server.owner]
                out.append(server_resource(server, owner, share.access_token, flags, now))
        for device in self.devices:
            if device.owner == account.name:
                out.append(device_resource(device, account.token, now))
        return reply(request, out, "resources")

    async def _friends(self, request: Request, account: Account) -> Response:
        shares = self._friend_shares(account.name).items()
        out = [friend_json(self.accounts[name], s, _base(request)) for name, s in shares]
        return reply(request, out, "friends")

    async def _users(self, request: Request, account: Account) -> Response:
        """The owner's friends and home users, each with a <Server> per shared server. XML,
        as the real one answers (JSON only when ``users_json`` and asked for)."""
        base, now = _base(request), self.now()
        users = [
            legacy_user(self.accounts[name], shares, base, now)
            for name, shares in self._friend_shares(account.name).items()
        ]
        body = {
            "friendlyName": "myPlex",
            "identifier": "com.plexapp.plugins.myplex",
            "machineIdentifier": account.uuid,
            "totalSize": len(users),
            "size": len(users),
            "User": users,
        }
        if self.users_json and wants_json(request):
            return JSONResponse({"MediaContainer": body})
        return Response(xml_bytes("MediaContainer", body), media_type="application/xml")

    async def _ping(self, request: Request, account: Account) -> Response:
        return reply(request, {"pong": True}, "response")

    async def _signout(self, request: Request, account: Account) -> Response:
        self.revoke_token(_token(request) or "")
        return Response(status_code=204)

    async def _avatar(self, request: Request) -> Response:
        uuid = request.path_params["uuid"]
        if not any(a.uuid == uuid for a in self.accounts.values()):
            return Response(status_code=404)
        return Response(png(64, 64, color_for(uuid)), media_type="image/png")

    # ----------------------------------------------------------------- the sign-in page
    async def _auth_page(self, request: Request) -> Response:
        buttons = "\n".join(
            f'<button type="button" data-account="{html.escape(a.name)}">'
            f"Approve as {html.escape(a.name)}</button>"
            for a in self.accounts.values()
        )
        return HTMLResponse(AUTH_PAGE.replace("<!--BUTTONS-->", buttons))

    async def _approve(self, request: Request) -> Response:
        """Fake-only: ``{"code", "account", "clientID"?}`` as the sign-in page sends, or
        ``POST /__fake/pins/{id}/approve {"account"}``."""
        data = await request.json()
        try:
            pin = self.pin(request.path_params.get("pin_id") or data.get("code") or "")
            if data.get("clientID") and data["clientID"] != pin.client_identifier:
                return JSONResponse({"error": "clientID does not match the PIN"}, 400)
            token = self.approve_pin(pin.id, str(data.get("account")))
        except (KeyError, ValueError) as exc:
            return JSONResponse({"error": str(exc)}, 404)
        return JSONResponse({"authToken": token, "pin": pin.id})


def _token(request: Request) -> str | None:
    return request.headers.get("x-plex-token") or request.query_params.get("X-Plex-Token")


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def main() -> None:
    from tests.fakes.server import run_standalone

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8301)
    parser.add_argument("--pms-url", default="http://127.0.0.1:32400")
    parser.add_argument("--pin-lifetime", type=float, default=None)
    args = parser.parse_args()
    tv = FakePlexTV.seeded(pms_url=args.pms_url, pin_lifetime=args.pin_lifetime)
    run_standalone(tv.app, args.port)


if __name__ == "__main__":
    main()
