"""The plain HTTP routes of the api: health, readiness, metrics, sign-in links, the SPA."""

from __future__ import annotations

import html
import uuid
from pathlib import Path

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
)
from starlette.staticfiles import StaticFiles

from medianest.api import scrape
from medianest.auth import service as auth_service
from medianest.auth.cookies import start_session
from medianest.core import db
from medianest.core.errors import PublicError
from medianest.core.runtime import get_runtime
from medianest.settings import Settings

API_PREFIXES = (
    "/graphql",
    "/auth",
    "/api",
    "/healthz",
    "/readyz",
    "/metrics",
    "/assets",
    "/images",
    "/webhooks",
)


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


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
    if _settings(request).distributed:
        checks["redis"] = "ok" if get_runtime().bus.healthy else "unreachable"
    ready = all(value == "ok" for value in checks.values())
    return JSONResponse(
        {"status": "ready" if ready else "unavailable", "checks": checks},
        status_code=200 if ready else 503,
    )


async def metrics(request: Request) -> Response:
    await scrape.refresh()
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


async def sign_in_link(request: Request) -> Response:
    try:
        user = await auth_service.redeem_sign_in_link(request.path_params["token"])
    except PublicError as exc:
        return message_page("Sign-in link not valid", exc.message, status=400)
    response = RedirectResponse("/", status_code=303)
    await start_session(response, request, _settings(request), user)
    return response


async def plex_callback(request: Request) -> Response:
    """Back from the Plex sign-in page (the full-page fallback): the SPA finishes the sign-in
    with the cookie-bound id."""
    sign_in_id = request.query_params.get("id", "")
    try:
        uuid.UUID(sign_in_id)
    except ValueError:
        return RedirectResponse("/signin", status_code=303)
    return RedirectResponse(f"/signin?id={sign_in_id}", status_code=303)


async def spa(request: Request) -> Response:
    static = _settings(request).resolved_static_dir
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
        return not_found(request, index.exists())
    return FileResponse(index, headers={"cache-control": "no-cache"})


class ImmutableStaticFiles(StaticFiles):
    """Hashed build assets: cache for a year."""

    def file_response(self, *args: object, **kwargs: object) -> Response:
        response = super().file_response(*args, **kwargs)  # type: ignore[arg-type]
        response.headers["cache-control"] = "public, max-age=31536000, immutable"
        return response


def _static_file(root: Path, url_path: str) -> Path | None:
    """A top-level file of the built app (favicon, theme script), never outside it."""
    name = url_path.lstrip("/")
    if not name or "/" in name or name.startswith(".") or name == "index.html":
        return None
    candidate = root / name
    return candidate if candidate.is_file() else None


def message_page(title: str, message: str, status: int) -> HTMLResponse:
    body = (
        "<!doctype html><html lang=en><meta charset=utf-8>"
        "<meta name=viewport content='width=device-width,initial-scale=1'>"
        f"<title>{html.escape(title)} · MediaNest</title>"
        "<body style='font-family:system-ui;max-width:32rem;margin:4rem auto;padding:0 1rem'>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(message)}</p>"
        "<p><a href='/'>Go to MediaNest</a></p></body></html>"
    )
    return HTMLResponse(body, status_code=status)


def not_found(request: Request, spa_built: bool) -> Response:
    if spa_built or request.url.path.startswith(API_PREFIXES):
        message = f"Nothing at {request.url.path}."
    else:
        message = "The web app is not built; run `make build` (or `make run`)."
    return JSONResponse({"error": "not_found", "message": message}, status_code=404)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return JSONResponse(
        {"error": "http_error", "message": exc.detail},
        status_code=exc.status_code,
        headers=exc.headers,
    )


async def server_error(request: Request, exc: Exception) -> Response:
    return JSONResponse(
        {"error": "internal", "message": "Unexpected error; the details are in the server log."},
        status_code=500,
    )


OIDC_COOKIE = "medianest_oidc"


def _redirect_uri(request: Request) -> str:
    base = _settings(request).public_url or str(request.base_url)
    return f"{base.rstrip('/')}/auth/oidc/callback"


async def oidc_start(request: Request) -> Response:
    from medianest.auth import oidc
    from medianest.auth.cookies import set_cookie
    from medianest.core.signing import sign

    settings = _settings(request)
    try:
        authorization = await oidc.begin(_redirect_uri(request))
    except PublicError as exc:
        return message_page("Single sign-on unavailable", exc.message, status=503)
    response = RedirectResponse(authorization.url, status_code=302)
    set_cookie(
        response,
        request,
        settings,
        OIDC_COOKIE,
        sign(settings.resolved_secret_key, "oidc", authorization.state, oidc.STATE_TTL_S),
        max_age=oidc.STATE_TTL_S,
    )
    return response


async def oidc_callback(request: Request) -> Response:
    from medianest.auth import oidc
    from medianest.auth.cookies import clear_cookie
    from medianest.core.signing import unsign

    settings = _settings(request)
    state = unsign(settings.resolved_secret_key, "oidc", request.cookies.get(OIDC_COOKIE))
    params = request.query_params
    if state is None or params.get("state") != state.get("state"):
        return message_page(
            "Sign-in expired",
            "This sign-in is stale or was started elsewhere. Start again from the sign-in page.",
            status=400,
        )
    if params.get("error") or not params.get("code"):
        return message_page(
            "Sign-in refused",
            f"The identity provider said: {params.get('error', 'no code')}.",
            status=400,
        )
    try:
        completed = await oidc.complete(params["code"], state)
    except PublicError as exc:
        return message_page("Sign-in refused", exc.message, status=403)
    if completed.pending_approval:
        response: Response = message_page(
            "Waiting for approval",
            "Your account was created and an admin must approve it before you can sign in.",
            status=403,
        )
    else:
        response = RedirectResponse("/", status_code=303)
        await start_session(response, request, settings, completed.user)
    clear_cookie(response, OIDC_COOKIE)
    return response


async def overseerr_webhook(request: Request) -> Response:
    """Overseerr's webhook agent: the shared secret in Authorization, or nothing changes."""
    from medianest.requests import follow

    if not await follow.webhook_authorized(request.headers.get("authorization")):
        return JSONResponse({"error": "unauthorized"}, status_code=401)
    try:
        body = await request.json()
    except ValueError:
        return JSONResponse({"error": "bad_request", "message": "Expected JSON."}, status_code=400)
    if not isinstance(body, dict):
        return JSONResponse(
            {"error": "bad_request", "message": "Expected an object."}, status_code=400
        )
    return JSONResponse({"result": await follow.apply_webhook(body)})
