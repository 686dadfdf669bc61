"""create_app(settings) -> Starlette: the api process. The lifespan wires the database, the event
bus, the job broker and, in embedded mode, the in-process workers and scheduler."""

from __future__ import annotations

import contextlib
import html
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles

from medianest.api.middleware import BodySizeLimitMiddleware, RequestContextMiddleware
from medianest.api.schema import build_schema
from medianest.api.view import GraphQLView, client_ip
from medianest.auth import service as auth_service
from medianest.core import bootstrap, db
from medianest.core.errors import PublicError
from medianest.core.metrics import JOBS_ACTIVE
from medianest.core.runtime import get_runtime
from medianest.jobs import service as jobs_service
from medianest.settings import Settings

API_PREFIXES = ("/graphql", "/auth", "/api", "/healthz", "/readyz", "/metrics", "/assets")


def create_app(
    settings: Settings,
    *,
    run_worker: bool | None = None,
    run_scheduler: bool | None = None,
    apply_migrations: bool = True,
    manage_runtime: bool = True,
) -> Starlette:
    """``manage_runtime=False`` serves on a runtime the caller already started (tests, bench)."""
    worker = settings.run_embedded_worker if run_worker is None else run_worker
    scheduler = (not settings.distributed) if run_scheduler is None else run_scheduler

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if not manage_runtime:
            yield
            return
        services = await bootstrap.start(
            settings,
            run_worker=worker,
            run_scheduler=scheduler,
            apply_migrations=apply_migrations,
        )
        try:
            yield
        finally:
            await bootstrap.stop(services)

    schema = build_schema(
        max_depth=settings.graphql_max_depth,
        max_tokens=settings.graphql_max_tokens,
        max_aliases=settings.graphql_max_aliases,
    )
    graphql = GraphQLView(schema, settings)
    static = settings.resolved_static_dir

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(request: Request) -> Response:
        checks: dict[str, str] = {}
        try:
            await db.ping()
            checks["database"] = "ok"
            pending = await db.pending_migrations()
            checks["migrations"] = "ok" if not pending else f"pending: {', '.join(pending)}"
        except Exception as exc:
            checks["database"] = f"unreachable: {type(exc).__name__}"
        runtime = get_runtime()
        if settings.distributed:
            checks["redis"] = "ok" if runtime.bus.healthy else "unreachable"
        ready = all(value == "ok" for value in checks.values())
        return JSONResponse(
            {"status": "ready" if ready else "unavailable", "checks": checks},
            status_code=200 if ready else 503,
        )

    async def metrics(request: Request) -> Response:
        with contextlib.suppress(Exception):
            JOBS_ACTIVE.set(await jobs_service.active_count())
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    async def sign_in_link(request: Request) -> Response:
        token = request.path_params["token"]
        try:
            user = await auth_service.redeem_sign_in_link(token)
        except PublicError as exc:
            return _message_page("Sign-in link not valid", exc.message, status=400)
        issued = await auth_service.create_session(
            user,
            user_agent=request.headers.get("user-agent", ""),
            ip=client_ip(request),
            ttl=_session_ttl(settings),
        )
        response = RedirectResponse("/", status_code=303)
        _set_session_cookie(response, issued.token, request, settings)
        return response

    async def spa(request: Request) -> Response:
        path = request.url.path
        index = static / "index.html"
        asset = _static_file(static, path)
        if asset is not None:
            return FileResponse(asset, headers={"cache-control": "public, max-age=3600"})
        if (
            path.startswith(API_PREFIXES)
            or Path(path).suffix
            or not index.exists()
            or "text/html" not in request.headers.get("accept", "text/html")
        ):
            return _not_found(request, index.exists())
        return FileResponse(index, headers={"cache-control": "no-cache"})

    routes: list[Any] = [
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/metrics", metrics),
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        Route("/auth/link/{token}", sign_in_link),
    ]
    if (static / "assets").is_dir():
        routes.append(Mount("/assets", app=ImmutableStaticFiles(directory=static / "assets")))
    routes.append(Route("/{path:path}", spa))

    return Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[
            Middleware(RequestContextMiddleware),
            Middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes),
            Middleware(GZipMiddleware, minimum_size=1024),
        ],
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
    )


class ImmutableStaticFiles(StaticFiles):
    """Hashed build assets: cache for a year."""

    def file_response(self, *args: Any, **kwargs: Any) -> Response:
        response = super().file_response(*args, **kwargs)
        response.headers["cache-control"] = "public, max-age=31536000, immutable"
        return response


def _static_file(root: Path, url_path: str) -> Path | None:
    """A top-level file of the built app (favicon, theme script), never outside it."""
    name = url_path.lstrip("/")
    if not name or "/" in name or name.startswith(".") or name == "index.html":
        return None
    candidate = root / name
    return candidate if candidate.is_file() else None


def _session_ttl(settings: Settings) -> Any:
    from datetime import timedelta

    return timedelta(days=settings.session_ttl_days)


def _set_session_cookie(
    response: Response, token: str, request: Request, settings: Settings
) -> None:
    secure = settings.cookie_secure
    if secure is None:
        secure = request.url.scheme == "https"
    response.set_cookie(
        auth_service.SESSION_COOKIE,
        token,
        max_age=settings.session_ttl_days * 86400,
        path="/",
        httponly=True,
        secure=secure,
        samesite="lax",
    )


def _message_page(title: str, message: str, status: int) -> HTMLResponse:
    body = (
        "<!doctype html><html lang=en><meta charset=utf-8>"
        "<meta name=viewport content='width=device-width,initial-scale=1'>"
        f"<title>{html.escape(title)} · MediaNest</title>"
        "<body style='font-family:system-ui;max-width:32rem;margin:4rem auto;padding:0 1rem'>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(message)}</p>"
        "<p><a href='/'>Go to MediaNest</a></p></body></html>"
    )
    return HTMLResponse(body, status_code=status)


def _not_found(request: Request, spa_built: bool) -> Response:
    return JSONResponse(
        {"error": "not_found", "message": f"Nothing at {request.url.path}."}
        if spa_built or request.url.path.startswith(API_PREFIXES)
        else {
            "error": "not_found",
            "message": "The web app is not built; run `make build` (or `make run`).",
        },
        status_code=404,
    )


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return JSONResponse(
        {"error": "http_error", "message": exc.detail},
        status_code=exc.status_code,
        headers=exc.headers,
    )


async def _server_error(request: Request, exc: Exception) -> Response:
    return JSONResponse(
        {"error": "internal", "message": "Unexpected error; the details are in the server log."},
        status_code=500,
    )
