"""Pure ASGI middleware: request ids and access logs, metrics, body size caps, headers, and a
clear 503 while the database is unreachable."""

from __future__ import annotations

import json
import logging
import re
import time
import uuid

from opentelemetry.trace import SpanKind
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from medianest.core import db, tracing
from medianest.core.errors import DatabaseUnavailable
from medianest.core.logging import request_id_var, user_id_var
from medianest.core.metrics import HTTP_LATENCY, HTTP_REQUESTS

log = logging.getLogger("medianest.access")
_log = logging.getLogger(__name__)

_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


def _route_label(path: str) -> str:
    for prefix in ("/graphql", "/auth", "/assets", "/healthz", "/readyz", "/metrics"):
        if path == prefix or path.startswith(prefix + "/"):
            return prefix
    return "/spa"


class RequestContextMiddleware:
    """Gives every request an id (or keeps a sane incoming ``X-Request-ID``), echoes it, logs
    one access line and records metrics."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in {"http", "websocket"}:
            await self.app(scope, receive, send)
            return
        incoming = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _SAFE_ID.match(incoming) else uuid.uuid4().hex
        rid_token = request_id_var.set(request_id)
        uid_token = user_id_var.set(None)
        started = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "websocket.accept":
                status = 101
            elif message["type"] == "websocket.close" and status != 101:
                status = 403
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                headers.extend(_SECURITY_HEADERS)
                message["headers"] = headers
            await send(message)

        path = scope.get("path", "")
        method = scope.get("method", "WS")
        route = _route_label(path)
        try:
            if scope["type"] == "http":
                headers = {
                    k.decode("latin-1"): v.decode("latin-1")
                    for k, v in scope.get("headers") or []
                    if k in (b"traceparent", b"tracestate")
                }
                with tracing.span(
                    f"{method} {route}",
                    kind=SpanKind.SERVER,
                    parent=headers,
                    attributes={"http.request.method": method, "url.path": path},
                ) as current:
                    await self.app(scope, receive, send_wrapper)
                    current.set_attribute("http.response.status_code", status)
            else:
                await self.app(scope, receive, send_wrapper)
        except ClientDisconnect:
            # The caller went away before its request was read (a closed tab, a load generator
            # stopping): nobody to answer, and nothing went wrong here.
            status = 499
        finally:
            elapsed = time.perf_counter() - started
            if scope["type"] == "http":
                HTTP_REQUESTS.labels(method, route, str(status)).inc()
                HTTP_LATENCY.labels(method, route).observe(elapsed)
            if route not in {"/healthz", "/metrics", "/assets"}:
                log.info(
                    "%s %s %s",
                    method,
                    path,
                    status,
                    extra={"status": status, "duration_ms": round(elapsed * 1000, 2)},
                )
            request_id_var.reset(rid_token)
            user_id_var.reset(uid_token)


class BodySizeLimitMiddleware:
    """Refuses request bodies over ``max_bytes`` with 413, whether announced or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_bytes
            except ValueError:
                too_big = True
            if too_big:
                await _send_too_large(send, self.max_bytes)
                return
        received = 0
        response_started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not response_started:
                await _send_too_large(send, self.max_bytes)


class _BodyTooLarge(Exception):
    pass


async def _send_too_large(send: Send, limit: int) -> None:
    await send_error(
        send, 413, f"Request body is larger than {limit} bytes.", {"code": "PAYLOAD_TOO_LARGE"}
    )


class DatabaseUnavailableMiddleware:
    """The database is unreachable outside any GraphQL resolver (finding out who asks, a plain
    route): answer 503 with the public error GraphQL gives, and log one line, instead of an
    internal error and a traceback per request. A WebSocket is closed with 1013 (try again
    later) and that message."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in {"http", "websocket"}:
            await self.app(scope, receive, send)
            return
        answered = False

        async def tracking_send(message: Message) -> None:
            nonlocal answered
            answered = answered or message["type"] in {"http.response.start", "websocket.close"}
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            if answered or not db.unreachable(exc):
                raise
            db.report_unreachable(_log, exc)
            error = DatabaseUnavailable()
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1013, "reason": error.message})
            else:
                await send_error(send, 503, error.message, error.extensions, retry_after=5)


async def send_error(
    send: Send,
    status: int,
    message: str,
    extensions: dict[str, object],
    *,
    retry_after: int | None = None,
) -> None:
    """A JSON error in the shape of a GraphQL error, which the web app reads on any route."""
    body = json.dumps({"errors": [{"message": message, "extensions": extensions}]}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
    ]
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
