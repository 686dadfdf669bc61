"""Sign in with Plex: the PIN flow, driven and polled by the server so the Plex token never
reaches a browser, and admission of accounts that can reach the configured server."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from medianest.audit import service as audit
from medianest.auth import service as auth_service
from medianest.auth.models import PlexSignIn, SignInStatus
from medianest.core.errors import NotFound
from medianest.core.http import ServiceRejected, ServiceUnavailable
from medianest.core.runtime import get_runtime
from medianest.core.security import hash_token, new_token, tokens_equal
from medianest.plex.clients import plex_tv
from medianest.plex.tv_client import PlexAccount
from medianest.settings_admin import service as settings_service
from medianest.users.models import Role, User

log = logging.getLogger(__name__)

POLL_INTERVAL = timedelta(seconds=1)


class Failure(StrEnum):
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    NO_ACCESS = "no_access"
    DISABLED = "disabled"
    NOT_SET_UP = "not_set_up"
    PLEX_UNREACHABLE = "plex_unreachable"
    PLEX_REFUSED = "plex_refused"


MESSAGES = {
    Failure.EXPIRED: "The Plex sign-in expired before it was approved. Start again.",
    Failure.CANCELLED: "The Plex sign-in was cancelled.",
    Failure.DISABLED: "Your MediaNest account is disabled. Ask the server owner.",
    Failure.NOT_SET_UP: (
        "MediaNest is not set up yet: the Plex server's owner must sign in first and pick the "
        "server."
    ),
    Failure.PLEX_UNREACHABLE: "Plex is unreachable right now. Try again in a few minutes.",
    Failure.PLEX_REFUSED: "Plex did not accept the sign-in. Start again.",
}


class AdmissionRefused(Exception):
    def __init__(self, failure: Failure, message: str | None = None) -> None:
        super().__init__(message or MESSAGES[failure])
        self.failure = failure
        self.message = message or MESSAGES[failure]


@dataclass(frozen=True)
class Started:
    sign_in: PlexSignIn
    browser_secret: str
    auth_url: str


@dataclass(frozen=True)
class Outcome:
    status: SignInStatus
    user: User | None = None
    failure: Failure | None = None
    message: str | None = None
    needs_setup: bool = False


def now() -> datetime:
    return datetime.now(UTC)


async def start(*, ip: str, forward_url: str | None) -> Started:
    """Create a strong PIN at plex.tv and the sign-in bound to this browser."""
    tv = await plex_tv()
    pin = await tv.create_pin()
    secret = new_token()
    sign_in = await PlexSignIn.create(
        pin_id=pin.id,
        pin_code=pin.code,
        browser_hash=hash_token(secret),
        ip=ip[:64],
        expires_at=pin.expires_at,
    )
    settings = get_runtime().settings
    forward = f"{forward_url}?id={sign_in.id}" if forward_url else None
    return Started(sign_in, secret, tv.auth_url(settings.plex_app_url, pin.code, forward))


async def _owned(sign_in_id: str, browser_secret: str | None) -> PlexSignIn:
    try:
        sign_in = await PlexSignIn.get_or_none(id=sign_in_id)
    except ValueError:
        sign_in = None
    if (
        sign_in is None
        or not browser_secret
        or not tokens_equal(sign_in.browser_hash, hash_token(browser_secret))
    ):
        raise NotFound("No such sign-in in this browser. Start again.")
    return sign_in


async def _fail(sign_in: PlexSignIn, failure: Failure, message: str | None = None) -> Outcome:
    text = message or MESSAGES[failure]
    await PlexSignIn.filter(id=sign_in.id, status=SignInStatus.PENDING).update(
        status=SignInStatus.FAILED, failure=failure.value, message=text[:300]
    )
    return Outcome(SignInStatus.FAILED, failure=failure, message=text)


async def _settled(sign_in: PlexSignIn) -> Outcome:
    """A finished sign-in answers the same way every time it is asked (retries, two tabs)."""
    if sign_in.status is SignInStatus.SUCCEEDED:
        user = await User.get_or_none(id=sign_in.user_id, is_active=True)  # type: ignore[attr-defined]
        if user is not None:
            plex = await settings_service.load(settings_service.PlexSettings)
            return Outcome(
                SignInStatus.SUCCEEDED,
                user=user,
                needs_setup=user.is_owner and not plex.machine_identifier,
            )
    failure = Failure(sign_in.failure) if sign_in.failure else None
    return Outcome(sign_in.status, failure=failure, message=sign_in.message)


async def check(sign_in_id: str, browser_secret: str | None) -> Outcome:  # noqa: PLR0911
    """Ask plex.tv (at most once a second) whether the PIN was approved; finish if it was."""
    sign_in = await _owned(sign_in_id, browser_secret)
    if sign_in.status is not SignInStatus.PENDING:
        return await _settled(sign_in)
    stamp = now()
    if stamp >= sign_in.expires_at:
        return await _fail(sign_in, Failure.EXPIRED)
    if sign_in.last_polled_at and stamp - sign_in.last_polled_at < POLL_INTERVAL:
        return Outcome(SignInStatus.PENDING)
    claimed = await PlexSignIn.filter(
        id=sign_in.id, status=SignInStatus.PENDING, last_polled_at=sign_in.last_polled_at
    ).update(last_polled_at=stamp)
    if not claimed:
        return Outcome(SignInStatus.PENDING)  # another request is polling right now
    tv = await plex_tv()
    try:
        pin = await tv.get_pin(sign_in.pin_id)
        if pin is None:
            return await _fail(sign_in, Failure.EXPIRED)
        if pin.auth_token is None:
            return Outcome(SignInStatus.PENDING)
        user, needs_setup = await admit(pin.auth_token)
    except ServiceUnavailable:
        return await _fail(sign_in, Failure.PLEX_UNREACHABLE)
    except ServiceRejected:
        return await _fail(sign_in, Failure.PLEX_REFUSED)
    except AdmissionRefused as refused:
        return await _fail(sign_in, refused.failure, refused.message)
    won = await PlexSignIn.filter(id=sign_in.id, status=SignInStatus.PENDING).update(
        status=SignInStatus.SUCCEEDED, user_id=user.id
    )
    if not won:
        return await _settled(await PlexSignIn.get(id=sign_in.id))
    return Outcome(SignInStatus.SUCCEEDED, user=user, needs_setup=needs_setup)


async def cancel(sign_in_id: str, browser_secret: str | None) -> Outcome:
    sign_in = await _owned(sign_in_id, browser_secret)
    if sign_in.status is SignInStatus.PENDING:
        return await _fail(sign_in, Failure.CANCELLED)
    return await _settled(sign_in)


async def admit(plex_token: str) -> tuple[User, bool]:
    """Who may come in: the owner of the configured server (admin) and people it is shared
    with. Before setup, the first account that owns a server becomes the owner."""
    tv = await plex_tv()
    account = await tv.account(plex_token)
    resources = await tv.resources(plex_token)
    plex = await settings_service.load(settings_service.PlexSettings)
    existing = await User.get_or_none(plex_id=account.id)

    if not plex.machine_identifier:
        owner = await User.filter(is_owner=True).first()
        if owner is not None and owner.plex_id != account.id:
            raise AdmissionRefused(Failure.NOT_SET_UP)
        if not any(r.owned for r in resources):
            raise AdmissionRefused(
                Failure.NO_ACCESS,
                "MediaNest is not set up yet, and your Plex account owns no Plex Media Server. "
                "The server's owner must sign in first.",
            )
        user = await _upsert(account, existing, role=Role.ADMIN, owner=True)
        await settings_service.save(settings_service.PlexSettings, owner_token=plex_token)
        return user, True

    match = next((r for r in resources if r.client_identifier == plex.machine_identifier), None)
    if match is None:
        if existing is not None:
            revoked = await auth_service.revoke_user_sessions(existing.id)
            await audit.record(
                None,
                "user.access_removed",
                "user",
                existing.id,
                after={"sessions_revoked": len(revoked)},
            )
            from medianest.auth.revocation import publish_revoked

            await publish_revoked(user_id=existing.id)
        name = plex.server_name or "this Plex server"
        raise AdmissionRefused(
            Failure.NO_ACCESS,
            f"Your Plex account ({account.username}) has no access to {name}. "
            "Ask the server's owner to share it with you.",
        )
    if existing is not None and not existing.is_active:
        raise AdmissionRefused(Failure.DISABLED)
    if match.owned:
        user = await _upsert(account, existing, role=Role.ADMIN, owner=True)
        await settings_service.save(settings_service.PlexSettings, owner_token=plex_token)
    else:
        user = await _upsert(account, existing, role=None, owner=False)
    return user, False


async def _upsert(
    account: PlexAccount, existing: User | None, *, role: Role | None, owner: bool
) -> User:
    if existing is None:
        defaults = await settings_service.load(settings_service.UserDefaults)
        user = await User.create(
            plex_id=account.id,
            username=await _free_username(account.username),
            email=account.email,
            display_name=account.title or account.username,
            avatar_url=account.thumb,
            role=role or Role.USER,
            is_owner=owner,
            permissions=list(defaults.permissions),
        )
        await audit.record(
            None,
            "user.create",
            "user",
            user.id,
            after={"username": user.username, "role": user.role.value, "source": "plex sign-in"},
        )
        return user
    existing.email = account.email
    existing.display_name = account.title or account.username
    existing.avatar_url = account.thumb
    if role is not None:
        existing.role = role
    existing.is_owner = owner
    await existing.save()
    return existing


async def _free_username(wanted: str) -> str:
    base = (wanted or "plex-user")[:140]
    candidate, n = base, 1
    while await User.filter(username=candidate).exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate
