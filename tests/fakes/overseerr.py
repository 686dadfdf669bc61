"""A faithful fake Overseerr / Jellyseerr / Seerr (API v1) for MediaNest's tests.

It speaks the real protocol over real HTTP (serve it with ``tests.fakes.server.serve``): the
``X-Api-Key``/``X-API-User`` rules and their 401/403 bodies, the validator's refusal of ``+`` and
other raw reserved characters in query strings, requests with auto-approval by permission bits,
users and Plex import, media status, and outgoing webhooks with the default template. Tests
arrange state with plain methods, make it fail or hang, and read back every call it received.

Run ``python -m tests.fakes.overseerr --port 5055`` for a seeded demo."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
from datetime import datetime
from typing import Any, Literal

import httpx
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tests.fakes.overseerr_catalogue import Catalogue
from tests.fakes.overseerr_http import RecordedRequest
from tests.fakes.overseerr_models import (
    FLAVORS,
    Flavor,
    MediaRequestStatus,
    MediaStatus,
    Permission,
    UserType,
)
from tests.fakes.overseerr_requests import OverseerrRequests
from tests.fakes.overseerr_routes import Endpoint, build_endpoints, dispatch
from tests.fakes.overseerr_views import media_out
from tests.fakes.overseerr_webhook import (
    ALL_TYPES,
    DEFAULT_TEMPLATE,
    Notification,
    NotificationContext,
    WebhookConfig,
    WebhookDelivery,
    render_payload,
)
from tests.fakes.server import run_standalone

__all__ = [
    "DEFAULT_API_KEY",
    "FakeOverseerr",
    "MediaRequestStatus",
    "MediaStatus",
    "Notification",
    "Permission",
    "RecordedRequest",
    "UserType",
    "WebhookDelivery",
]

DEFAULT_API_KEY = "fake-overseerr-api-key-0123456789abcdef"
VERSIONS: dict[Flavor, str] = {"overseerr": "1.33.2", "jellyseerr": "2.7.3", "seerr": "3.0.1"}
TITLES: dict[Flavor, str] = {"overseerr": "Overseerr", "jellyseerr": "Jellyseerr", "seerr": "Seerr"}


class _Gate:
    """Outermost ASGI layer: records each API call, then applies the outage switches."""

    def __init__(self, app: ASGIApp, fake: FakeOverseerr) -> None:
        self.app = app
        self.fake = fake

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/__fake"):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        call = RecordedRequest(
            method=scope["method"],
            path=scope["path"],
            query_string=scope["query_string"].decode("latin-1"),
            headers=Headers(scope=scope),
            body=body,
        )
        self.fake.calls.append(call)
        mode = self.fake._take_outage()
        if mode == "hang" and not await self.fake._hang(receive):
            return  # the client gave up; nothing is ever answered
        if mode == "fail":
            status, text = self.fake._fail_status, self.fake._fail_body
            call.status = status
            await Response(text, status_code=status, media_type="text/plain")(scope, receive, send)
            return

        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send_recording(message: Message) -> None:
            if message["type"] == "http.response.start":
                call.status = message["status"]
            await send(message)

        await self.app(scope, replay, send_recording)


class FakeOverseerr(OverseerrRequests):
    """In-memory Overseerr with a Starlette ``app``. User 1 is the admin (ADMIN permission),
    whom the bare API key acts as; ``X-API-User: <id>`` acts as another user. State changes made
    through methods follow the same rules, and send the same notifications, as the API."""

    def __init__(
        self,
        *,
        api_key: str = DEFAULT_API_KEY,
        flavor: Flavor = "overseerr",
        version: str | None = None,
        default_permissions: int = Permission.REQUEST,
        plex_machine_id: str = "fake0plex0machine0identifier",
        start_time: datetime | None = None,
        catalogue: Catalogue | None = None,
        admin_email: str = "admin@example.com",
        admin_plex_username: str = "admin",
        admin_plex_id: int = 1000001,
    ) -> None:
        if flavor not in FLAVORS:
            raise ValueError(f"flavor must be one of {FLAVORS}, not {flavor!r}")
        super().__init__(
            flavor=flavor,
            default_permissions=default_permissions,
            start_time=start_time,
            catalogue=catalogue,
            admin_email=admin_email,
            admin_plex_username=admin_plex_username,
            admin_plex_id=admin_plex_id,
        )
        self.api_key = api_key
        self.version = version or VERSIONS[flavor]
        self.application_title = TITLES[flavor]
        self.plex_machine_id = plex_machine_id
        self.calls: list[RecordedRequest] = []
        self.webhook: WebhookConfig | None = None
        self.webhook_deliveries: list[WebhookDelivery] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._tail: asyncio.Task[None] | None = None
        self._unsent: list[WebhookDelivery] = []
        self._outage: Literal["fail", "hang"] | None = None
        self._outage_left: int | None = None
        self._fail_status = 503
        self._fail_body = "Service Unavailable"
        self._release: asyncio.Event | None = None
        self.endpoints: list[Endpoint] = build_endpoints(self)
        self.app = Starlette(
            routes=[
                Route("/api/v1/{rest:path}", self._api, methods=_METHODS),
                Route("/__fake/calls", self._fake_calls, methods=["GET"]),
                Route("/__fake/media/{tmdb_id:int}/status", self._fake_status, methods=["POST"]),
                Route("/__fake/webhook", self._fake_webhook, methods=["POST"]),
                Route("/__fake/webhook/test", self._fake_webhook_test, methods=["POST"]),
                Route("/__fake/outage", self._fake_outage, methods=["POST"]),
            ],
            middleware=[Middleware(_Gate, fake=self)],
        )

    # -- the request log -------------------------------------------------------------------------
    def calls_to(self, path: str, method: str | None = None) -> list[RecordedRequest]:
        """Recorded calls whose path is ``path`` (``/api/v1`` may be left out)."""
        full = path if path.startswith("/api/") else "/api/v1" + path
        return [c for c in self.calls if c.path == full and method in (None, c.method)]

    @property
    def last_call(self) -> RecordedRequest:
        return self.calls[-1]

    def clear_calls(self) -> None:
        self.calls.clear()

    # -- outages ---------------------------------------------------------------------------------
    def fail_next(
        self, count: int | None = None, *, status: int = 503, body: str = "Service Unavailable"
    ) -> None:
        """Answer the next ``count`` API calls (all of them until ``recover()`` when None) with
        ``status`` and a plain-text body, as a proxy in front of a stopped Overseerr would."""
        self._outage, self._outage_left = "fail", count
        self._fail_status, self._fail_body = status, body

    def hang_next(self, count: int | None = None) -> None:
        """Accept the next ``count`` API calls (all until ``recover()`` when None) and never
        answer; each hangs until the client disconnects or ``recover()`` releases it."""
        self._outage, self._outage_left = "hang", count

    def recover(self) -> None:
        """End any outage; calls still hanging are then answered normally."""
        self._outage, self._outage_left = None, None
        if self._release is not None:
            self._release.set()
            self._release = None

    def _take_outage(self) -> Literal["fail", "hang"] | None:
        mode = self._outage
        if mode is not None and self._outage_left is not None:
            self._outage_left -= 1
            if self._outage_left <= 0:
                self._outage, self._outage_left = None, None
        return mode

    async def _hang(self, receive: Receive) -> bool:
        """Wait for a disconnect (False) or for ``recover()`` (True)."""
        if self._release is None:
            self._release = asyncio.Event()
        released = asyncio.ensure_future(self._release.wait())
        gone = asyncio.ensure_future(receive())
        done, pending = await asyncio.wait({released, gone}, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        return released in done and gone not in done

    # -- webhooks --------------------------------------------------------------------------------
    def configure_webhook(
        self,
        url: str,
        authorization: str | None = None,
        *,
        types: int = ALL_TYPES,
        template: str = DEFAULT_TEMPLATE,
    ) -> None:
        """Enable the webhook agent: POST to ``url``, ``Authorization: <authorization>`` when
        set, only for the notification bits in ``types`` (TEST_NOTIFICATION always), with the
        JSON ``template`` (default: Overseerr's default payload)."""
        self.webhook = WebhookConfig(url, authorization, types, template)

    def disable_webhook(self) -> None:
        self.webhook = None

    def _emit(self, ctx: NotificationContext) -> None:
        super()._emit(ctx)
        config = self.webhook
        if config is None or not config.wants(ctx.type):
            return
        try:
            payload = render_payload(config.template, ctx)
        except ValueError as exc:
            delivery = WebhookDelivery(ctx.type.name, None, b"", config.url, {})
            delivery.error = f"invalid JSON template: {exc}"
            self.webhook_deliveries.append(delivery)
            return
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        self._schedule(WebhookDelivery(ctx.type.name, payload, body, config.url, {}), config)

    def send_raw_webhook(
        self, body: bytes | str, *, content_type: str = "application/json"
    ) -> None:
        """POST an arbitrary (e.g. malformed) body to the configured webhook URL."""
        if self.webhook is None:
            raise RuntimeError("configure_webhook() first")
        raw = body.encode() if isinstance(body, str) else body
        delivery = WebhookDelivery("RAW", None, raw, self.webhook.url, {})
        delivery.headers["Content-Type"] = content_type
        self._schedule(delivery, self.webhook)

    def _schedule(self, delivery: WebhookDelivery, config: WebhookConfig) -> None:
        delivery.headers.setdefault("Content-Type", "application/json")
        if config.authorization:
            delivery.headers["Authorization"] = config.authorization
        self.webhook_deliveries.append(delivery)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._unsent.append(delivery)
            return
        previous = self._tail

        async def deliver_in_order() -> None:
            if previous is not None:
                with contextlib.suppress(Exception):
                    await previous
            await self._post(delivery)

        task = loop.create_task(deliver_in_order())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        self._tail = task

    @staticmethod
    async def _post(delivery: WebhookDelivery) -> None:
        # Like Overseerr: one attempt, failures are only recorded (it only logs them).
        try:
            async with httpx.AsyncClient(timeout=10) as client:
                answer = await client.post(
                    delivery.url, content=delivery.body, headers=delivery.headers
                )
            delivery.status_code = answer.status_code
        except httpx.HTTPError as exc:
            delivery.error = f"{type(exc).__name__}: {exc}"

    async def flush_webhooks(self) -> list[WebhookDelivery]:
        """Wait until every notification produced so far has been POSTed (or failed)."""
        while self._unsent:
            await self._post(self._unsent.pop(0))
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
        return self.webhook_deliveries

    # -- HTTP ------------------------------------------------------------------------------------
    async def _api(self, request: Request) -> Response:
        return await dispatch(self, request, await request.body())

    async def _fake_calls(self, request: Request) -> Response:
        return JSONResponse(
            [
                {"method": c.method, "url": c.url, "status": c.status, "body": c.json}
                for c in self.calls
            ]
        )

    async def _fake_status(self, request: Request) -> Response:
        body: dict[str, Any] = await request.json()
        media = self.set_media_status(
            request.path_params["tmdb_id"],
            int(body["status"]),
            body.get("mediaType"),
            is4k=bool(body.get("is4k", False)),
        )
        return JSONResponse(media_out(self, media))

    async def _fake_webhook(self, request: Request) -> Response:
        body: dict[str, Any] = await request.json()
        self.configure_webhook(
            body["url"],
            body.get("authorization"),
            types=int(body.get("types", ALL_TYPES)),
            template=body.get("template", DEFAULT_TEMPLATE),
        )
        return Response(status_code=204)

    async def _fake_webhook_test(self, request: Request) -> Response:
        self.send_test_notification()
        return Response(status_code=204)

    async def _fake_outage(self, request: Request) -> Response:
        body: dict[str, Any] = await request.json()
        mode, count = body.get("mode", "off"), body.get("count")
        if mode == "fail":
            self.fail_next(count, status=int(body.get("status", 503)))
        elif mode == "hang":
            self.hang_next(count)
        else:
            self.recover()
        return Response(status_code=204)

    # -- demo data -------------------------------------------------------------------------------
    def seed_demo(self) -> None:
        """A few users, Plex friends and requests in every state, for trying MediaNest by hand."""
        alice = self.add_user("alice", plex_id=2000001)
        bob = self.add_user("bob", plex_id=2000002, permissions=Permission.REQUEST)
        trusted = Permission.REQUEST | Permission.AUTO_APPROVE
        carol = self.add_user("carol", plex_id=2000003, permissions=trusted)
        self.add_plex_friend(2000004, "dave")
        self.add_plex_friend(2000005, "erin")
        self.add_request(alice.id, 603)
        self.add_request(bob.id, 1396, seasons=[1, 2])
        self.add_request(carol.id, 27205)
        self.mark_available(27205)
        declined = self.add_request(bob.id, 550)
        self.decline_request(declined.id)
        self.add_request(alice.id, 1399, seasons="all")
        self.mark_available(862)


_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="A fake Overseerr/Jellyseerr/Seerr API v1.")
    parser.add_argument("--port", type=int, default=5055)
    parser.add_argument("--flavor", choices=FLAVORS, default="overseerr")
    parser.add_argument("--api-key", default=DEFAULT_API_KEY)
    args = parser.parse_args(argv)
    fake = FakeOverseerr(api_key=args.api_key, flavor=args.flavor)
    fake.seed_demo()
    print(f"Fake {fake.application_title} on http://127.0.0.1:{args.port}")
    print(f"X-Api-Key: {args.api_key}")
    run_standalone(fake.app, args.port)


if __name__ == "__main__":
    main()
