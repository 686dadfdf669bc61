"""GraphQL API of signing in with Plex, first-run setup, sessions and API tokens."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import strawberry
from starlette.responses import Response
from strawberry.types import Info

from medianest.api.context import Context
from medianest.api.permissions import Public, SessionOnly
from medianest.api.results import ValidationError
from medianest.api.view import client_ip
from medianest.auth import plex_signin, revocation, tokens
from medianest.auth import service as auth_service
from medianest.auth.cookies import SIGN_IN_COOKIE, clear_cookie, set_cookie, start_session
from medianest.auth.models import ApiToken as ApiTokenRow
from medianest.auth.models import Session, SignInStatus
from medianest.auth.principal import Scope as ScopeEnum
from medianest.core import ratelimit
from medianest.core.errors import InvalidInput, PublicError
from medianest.core.http import IntegrationError
from medianest.settings_admin import service as settings_service
from medianest.users.schema import UserType

Scope = strawberry.enum(ScopeEnum, name="Scope")
SignInFailure = strawberry.enum(plex_signin.Failure, name="SignInFailure")


@strawberry.type
class PlexSignInStarted:
    id: strawberry.ID
    auth_url: str
    expires_at: datetime


@strawberry.type
class PlexSignInPending:
    id: strawberry.ID


@strawberry.type
class SignedIn:
    user: UserType
    needs_setup: bool


@strawberry.type
class PlexSignInFailed:
    reason: SignInFailure  # type: ignore[valid-type]
    message: str


PlexSignInResult = Annotated[
    PlexSignInPending | SignedIn | PlexSignInFailed, strawberry.union("PlexSignInResult")
]
StartPlexSignInResult = Annotated[
    PlexSignInStarted | PlexSignInFailed, strawberry.union("StartPlexSignInResult")
]


@strawberry.type
class SetupStatus:
    configured: bool
    server_name: str | None
    oidc_enabled: bool
    oidc_label: str | None


@strawberry.type(name="DeviceSession")
class DeviceSession:
    id: strawberry.ID
    device: str
    ip: str
    created_at: datetime
    last_seen_at: datetime
    current: bool

    @classmethod
    def from_model(cls, session: Session, current_id: str | None) -> DeviceSession:
        return cls(
            id=strawberry.ID(str(session.id)),
            device=session.device or "Unknown device",
            ip=session.ip,
            created_at=session.created_at,
            last_seen_at=session.last_seen_at,
            current=str(session.id) == current_id,
        )


@strawberry.type(name="ApiToken")
class ApiTokenType:
    id: strawberry.ID
    name: str
    prefix: str
    scopes: list[Scope]  # type: ignore[valid-type]
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None

    @classmethod
    def from_model(cls, token: ApiTokenRow) -> ApiTokenType:
        return cls(
            id=strawberry.ID(str(token.id)),
            name=token.name,
            prefix=token.prefix,
            scopes=[ScopeEnum(s) for s in token.scopes],
            created_at=token.created_at,
            expires_at=token.expires_at,
            last_used_at=token.last_used_at,
        )


@strawberry.type
class ApiTokenCreated:
    token: ApiTokenType
    secret: str = strawberry.field(description="Shown once; store it now.")


CreateApiTokenResult = Annotated[
    ApiTokenCreated | ValidationError, strawberry.union("CreateApiTokenResult")
]


@strawberry.input
class CreateApiTokenInput:
    name: str
    scopes: list[Scope]  # type: ignore[valid-type]
    expires_at: datetime | None = None


def _result(outcome: plex_signin.Outcome, sign_in_id: str) -> PlexSignInResult:
    if outcome.status is SignInStatus.PENDING:
        return PlexSignInPending(id=strawberry.ID(sign_in_id))
    if outcome.status is SignInStatus.SUCCEEDED and outcome.user is not None:
        return SignedIn(user=UserType.from_model(outcome.user), needs_setup=outcome.needs_setup)
    return PlexSignInFailed(
        reason=outcome.failure or plex_signin.Failure.PLEX_REFUSED,
        message=outcome.message or "The sign-in did not complete.",
    )


async def _limit_sign_in(ctx: Context, what: str, per_minute: int) -> None:
    await ratelimit.hit(
        f"signin:{what}:{client_ip(ctx.request)}",
        limit=per_minute,
        window_s=60,
        message="Too many sign-in attempts from this address. Wait a minute and try again.",
    )


@strawberry.type
class AuthQuery:
    @strawberry.field(permission_classes=[Public])
    async def setup_status(self) -> SetupStatus:
        plex = await settings_service.load(settings_service.PlexSettings)
        oidc = await settings_service.load(settings_service.OidcSettings)
        enabled = bool(oidc.enabled and oidc.issuer and oidc.client_id)
        return SetupStatus(
            configured=bool(plex.machine_identifier),
            server_name=plex.server_name,
            oidc_enabled=enabled,
            oidc_label=oidc.label if enabled else None,
        )

    @strawberry.field(permission_classes=[SessionOnly], description="Your signed-in devices.")
    async def my_sessions(self, info: Info[Context, Any]) -> list[DeviceSession]:
        ctx = info.context
        rows = await auth_service.list_sessions(ctx.require_viewer().id)
        return [DeviceSession.from_model(s, ctx.session_id) for s in rows]

    @strawberry.field(permission_classes=[SessionOnly], description="Your API tokens.")
    async def my_api_tokens(self, info: Info[Context, Any]) -> list[ApiTokenType]:
        rows = await tokens.list_for(info.context.require_viewer().id)
        return [ApiTokenType.from_model(t) for t in rows]


@strawberry.type
class AuthMutation:
    @strawberry.mutation(
        permission_classes=[Public],
        description="Begin a Plex sign-in: open `authUrl` in a popup, then poll checkPlexSignIn.",
    )
    async def start_plex_sign_in(
        self, info: Info[Context, Any], redirect: bool = False
    ) -> StartPlexSignInResult:
        ctx = info.context
        await _limit_sign_in(ctx, "start", ctx.settings.sign_in_rate_per_minute)
        forward = None
        if redirect:
            base = ctx.settings.public_url or str(ctx.request.base_url).rstrip("/")
            forward = f"{base.rstrip('/')}/auth/plex/callback"
        try:
            started = await plex_signin.start(ip=client_ip(ctx.request), forward_url=forward)
        except IntegrationError:
            return PlexSignInFailed(
                reason=plex_signin.Failure.PLEX_UNREACHABLE,
                message=plex_signin.MESSAGES[plex_signin.Failure.PLEX_UNREACHABLE],
            )
        if isinstance(ctx.response, Response):
            set_cookie(
                ctx.response,
                ctx.request,
                ctx.settings,
                SIGN_IN_COOKIE,
                started.browser_secret,
                max_age=3600,
            )
        return PlexSignInStarted(
            id=strawberry.ID(str(started.sign_in.id)),
            auth_url=started.auth_url,
            expires_at=started.sign_in.expires_at,
        )

    @strawberry.mutation(
        permission_classes=[Public],
        description="Has Plex approved the sign-in? Signs this browser in when it has.",
    )
    async def check_plex_sign_in(
        self, info: Info[Context, Any], id: strawberry.ID
    ) -> PlexSignInResult:
        ctx = info.context
        await _limit_sign_in(ctx, "check", 240)
        outcome = await plex_signin.check(str(id), ctx.request.cookies.get(SIGN_IN_COOKIE))
        # A repeated check from a browser that is already signed in starts no second session.
        already = (
            outcome.user is not None
            and ctx.viewer is not None
            and (ctx.viewer.id == outcome.user.id)
        )
        if (
            outcome.status is SignInStatus.SUCCEEDED
            and outcome.user is not None
            and not already
            and isinstance(ctx.response, Response)
        ):
            await start_session(ctx.response, ctx.request, ctx.settings, outcome.user)
            clear_cookie(ctx.response, SIGN_IN_COOKIE)
        return _result(outcome, str(id))

    @strawberry.mutation(permission_classes=[Public], description="The popup was closed.")
    async def cancel_plex_sign_in(
        self, info: Info[Context, Any], id: strawberry.ID
    ) -> PlexSignInResult:
        ctx = info.context
        outcome = await plex_signin.cancel(str(id), ctx.request.cookies.get(SIGN_IN_COOKIE))
        return _result(outcome, str(id))

    @strawberry.mutation(permission_classes=[Public], description="End this browser's session.")
    async def sign_out(self, info: Info[Context, Any]) -> bool:
        ctx = info.context
        if ctx.session_id is not None:
            await auth_service.revoke_session(ctx.session_id)
            await revocation.publish_revoked(session_ids=[ctx.session_id])
        if isinstance(ctx.response, Response):
            clear_cookie(ctx.response, auth_service.SESSION_COOKIE)
        return True

    @strawberry.mutation(
        permission_classes=[SessionOnly],
        description="End one of your sessions (admins: anyone's).",
    )
    async def revoke_session(self, info: Info[Context, Any], id: strawberry.ID) -> bool:
        await auth_service.revoke_session_for(info.context.require_viewer(), str(id))
        return True

    @strawberry.mutation(
        permission_classes=[SessionOnly], description="End all your sessions but this one."
    )
    async def revoke_other_sessions(self, info: Info[Context, Any]) -> int:
        ctx = info.context
        ids = await auth_service.revoke_user_sessions(
            ctx.require_viewer().id, except_id=ctx.session_id
        )
        if ids:
            await revocation.publish_revoked(session_ids=ids)
        return len(ids)

    @strawberry.mutation(permission_classes=[SessionOnly])
    async def create_api_token(
        self, info: Info[Context, Any], input: CreateApiTokenInput
    ) -> CreateApiTokenResult:
        try:
            issued = await tokens.create(
                info.context.require_viewer(),
                name=input.name,
                scopes=list(input.scopes),
                expires_at=input.expires_at,
            )
        except PublicError as error:
            if error.code in {"BAD_USER_INPUT", "FORBIDDEN"} and "field" in error.extensions:
                return ValidationError.from_error(error)
            raise
        return ApiTokenCreated(token=ApiTokenType.from_model(issued.token), secret=issued.secret)

    @strawberry.mutation(permission_classes=[SessionOnly])
    async def revoke_api_token(self, info: Info[Context, Any], id: strawberry.ID) -> bool:
        try:
            token_id = int(id)
        except ValueError as exc:
            raise InvalidInput("Token ids are numbers.", field="id") from exc
        token = await tokens.revoke(info.context.require_viewer(), token_id)
        await revocation.publish_revoked(token_ids=[token.id])
        return True
