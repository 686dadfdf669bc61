"""The cookies MediaNest sets: the session, and the short-lived sign-in binding."""

from __future__ import annotations

from datetime import timedelta

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket

from medianest.auth import service as auth_service
from medianest.settings import Settings
from medianest.users.models import User

SIGN_IN_COOKIE = "medianest_signin"


def set_cookie(
    response: Response,
    request: Request | WebSocket,
    settings: Settings,
    name: str,
    value: str,
    *,
    max_age: int,
) -> None:
    secure = settings.cookie_secure
    if secure is None:
        secure = request.url.scheme in {"https", "wss"}
    response.set_cookie(
        name, value, max_age=max_age, path="/", httponly=True, secure=secure, samesite="lax"
    )


def clear_cookie(response: Response, name: str) -> None:
    response.delete_cookie(name, path="/")


async def start_session(
    response: Response, request: Request | WebSocket, settings: Settings, user: User
) -> None:
    from medianest.api.view import client_ip

    issued = await auth_service.create_session(
        user,
        user_agent=request.headers.get("user-agent", ""),
        ip=client_ip(request),
        ttl=timedelta(days=settings.session_ttl_days),
    )
    set_cookie(
        response,
        request,
        settings,
        auth_service.SESSION_COOKIE,
        issued.token,
        max_age=settings.session_ttl_days * 86400,
    )
