"""A rate limit on every API request (GraphQL, sign-in routes, images, webhooks), before any
work is done: per credential (session cookie or API token) and per client address, and the
stricter sign-in limit on the sign-in routes. A limited caller gets HTTP 429 with Retry-After
and, on every route, a body in the shape of a GraphQL error (code RATE_LIMITED, retryAfter), so
clients handle it like any other error.

The per-address limit is a multiple of the per-person one: people behind one router share an
address, and a caller inventing tokens must not get a fresh allowance with each one. Posters
count apart, with a larger allowance: scrolling a poster grid fast asks for hundreds a minute,
and that must never be what stops someone's API calls (or break the grid)."""

from __future__ import annotations

import hashlib

from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Receive, Scope, Send

from medianest.api.middleware import send_error
from medianest.auth.service import SESSION_COOKIE
from medianest.core import ratelimit
from medianest.core.errors import RateLimited
from medianest.core.runtime import get_runtime

LIMITED_PREFIXES = ("/graphql", "/auth/", "/images/", "/webhooks/", "/api/")
# Where a sign-in starts or comes back (a single-use sign-in link is long and random).
SIGN_IN_PREFIXES = ("/auth/oidc/", "/auth/plex/")
WINDOW_S = 60
ADDRESS_FACTOR = 5
IMAGES_FACTOR = 5


def _credential(scope: Scope) -> str | None:
    headers = dict(scope.get("headers") or [])
    authorization = headers.get(b"authorization", b"")
    if authorization[:7].lower() == b"bearer ":
        secret = authorization[7:].strip()
    else:
        # The same parsing Starlette gives the routes (request.cookies), so both read one value.
        session = cookie_parser(headers.get(b"cookie", b"").decode("latin-1")).get(SESSION_COOKIE)
        if not session:
            return None
        secret = session.encode()
    return hashlib.sha256(secret).hexdigest()[:24]


class RequestRateLimitMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(LIMITED_PREFIXES):
            await self.app(scope, receive, send)
            return
        settings = get_runtime().settings
        per_minute = settings.requests_per_minute
        bucket = "http"
        if scope["path"].startswith("/images/"):
            bucket, per_minute = "img", per_minute * IMAGES_FACTOR
        client = scope.get("client")
        address = client[0] if client else "unknown"
        credential = _credential(scope)
        try:
            if scope["path"].startswith(SIGN_IN_PREFIXES):
                await ratelimit.hit(
                    f"signin:http:{address}",
                    limit=settings.sign_in_rate_per_minute,
                    window_s=WINDOW_S,
                    message="Too many sign-in attempts from this address. Wait a minute and "
                    "try again.",
                )
            if credential is not None:
                await ratelimit.hit(
                    f"http:{bucket}:cred:{credential}",
                    limit=per_minute,
                    window_s=WINDOW_S,
                    message="Too many requests: slow down and try again shortly.",
                )
            await ratelimit.hit(
                f"http:{bucket}:ip:{address}",
                limit=per_minute if credential is None else per_minute * ADDRESS_FACTOR,
                window_s=WINDOW_S,
                message="Too many requests from your address: slow down and try again shortly.",
            )
        except RateLimited as limited:
            await self._refuse(send, limited)
            return
        await self.app(scope, receive, send)

    @staticmethod
    async def _refuse(send: Send, limited: RateLimited) -> None:
        retry_after = int(limited.extensions.get("retryAfter") or WINDOW_S)  # type: ignore[call-overload]
        await send_error(send, 429, limited.message, limited.extensions, retry_after=retry_after)
