"""Sessions bound to a browser cookie, and one-time sign-in links."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from medianest.auth.models import PlexSignIn, Session, SignInLink
from medianest.core.errors import InvalidInput, NotFound
from medianest.core.security import hash_token, new_token
from medianest.users.models import Role, User

SESSION_COOKIE = "medianest_session"
LAST_SEEN_RESOLUTION = timedelta(minutes=1)
LINK_TTL = timedelta(minutes=15)


def now() -> datetime:
    return datetime.now(UTC)


def device_name(user_agent: str) -> str:
    """A short human name for a device, from its user agent."""
    ua = user_agent or ""
    browser = next(
        (
            name
            for pattern, name in (
                (r"Edg/", "Edge"),
                (r"OPR/", "Opera"),
                (r"Firefox/", "Firefox"),
                (r"Chrome/", "Chrome"),
                (r"Safari/", "Safari"),
                (r"curl/", "curl"),
                (r"python-httpx|python-requests", "Script"),
            )
            if re.search(pattern, ua)
        ),
        "Browser",
    )
    system = next(
        (
            name
            for pattern, name in (
                (r"iPhone", "iPhone"),
                (r"iPad", "iPad"),
                (r"Android", "Android"),
                (r"Windows", "Windows"),
                (r"Mac OS X|Macintosh", "macOS"),
                (r"CrOS", "ChromeOS"),
                (r"Linux", "Linux"),
            )
            if re.search(pattern, ua)
        ),
        None,
    )
    return f"{browser} on {system}" if system else browser


@dataclass(frozen=True)
class IssuedSession:
    token: str
    session: Session


async def create_session(user: User, *, user_agent: str, ip: str, ttl: timedelta) -> IssuedSession:
    token = new_token()
    stamp = now()
    await User.filter(id=user.id).update(last_seen_at=stamp)
    session = await Session.create(
        token_hash=hash_token(token),
        user=user,
        device=device_name(user_agent)[:200],
        user_agent=user_agent[:500],
        ip=ip[:64],
        last_seen_at=stamp,
        expires_at=stamp + ttl,
    )
    return IssuedSession(token, session)


async def resolve_session(
    token: str | None, *, ip: str | None = None
) -> tuple[Session, User] | None:
    """The live session and its user for a cookie value, or None."""
    if not token or len(token) > 200:
        return None
    stamp = now()
    session = (
        await Session.filter(token_hash=hash_token(token), revoked_at=None, expires_at__gt=stamp)
        .select_related("user")
        .first()
    )
    if session is None or not session.user.is_active:
        return None
    if stamp - session.last_seen_at > LAST_SEEN_RESOLUTION:
        changes: dict[str, object] = {"last_seen_at": stamp}
        if ip:
            changes["ip"] = ip[:64]
        await Session.filter(id=session.id).update(**changes)
        await User.filter(id=session.user.id).update(last_seen_at=stamp)
    return session, session.user


async def revoke_session(session_id: object) -> None:
    await Session.filter(id=session_id, revoked_at=None).update(revoked_at=now())


async def create_sign_in_link(user: User) -> str:
    token = new_token()
    await SignInLink.create(token_hash=hash_token(token), user=user, expires_at=now() + LINK_TTL)
    return token


async def redeem_sign_in_link(token: str) -> User:
    """Use a one-time link; it works once and only before it expires."""
    stamp = now()
    link = await SignInLink.filter(token_hash=hash_token(token)).select_related("user").first()
    if link is None or link.used_at is not None or link.expires_at <= stamp:
        raise InvalidInput("This sign-in link is invalid, used or expired. Ask for a new one.")
    used = await SignInLink.filter(id=link.id, used_at=None).update(used_at=stamp)
    if not used or not link.user.is_active:
        raise InvalidInput("This sign-in link is invalid, used or expired. Ask for a new one.")
    user: User = link.user
    return user


async def ensure_local_admin(username: str) -> User:
    """The admin used for recovery links: an existing admin by name, or a new local one."""
    user = await User.get_or_none(username=username)
    if user is None:
        return await User.create(username=username, display_name=username, role=Role.ADMIN)
    if user.role is not Role.ADMIN:
        raise InvalidInput(f"{username} is not an admin.")
    return user


async def revoke_session_for(actor: User, session_id: str) -> None:
    """End one session: the actor's own, or anyone's for an admin; others are not found."""
    from medianest.auth.revocation import publish_revoked

    try:
        session = await Session.get_or_none(id=session_id, revoked_at=None)
    except ValueError:
        session = None
    if session is None or (session.user_id != actor.id and not actor.is_admin):  # type: ignore[attr-defined]
        raise NotFound("No such session.")
    await revoke_session(session.id)
    await publish_revoked(session_ids=[str(session.id)])


async def list_sessions(user_id: int) -> list[Session]:
    return list(
        await Session.filter(user_id=user_id, revoked_at=None, expires_at__gt=now()).order_by(
            "-last_seen_at"
        )
    )


async def revoke_user_sessions(user_id: int, *, except_id: object | None = None) -> list[str]:
    """Revoke every live session of a user (but one); returns the revoked ids."""
    query = Session.filter(user_id=user_id, revoked_at=None)
    if except_id is not None:
        query = query.exclude(id=except_id)
    ids = [str(i) for i in await query.values_list("id", flat=True)]
    if ids:
        await Session.filter(id__in=ids).update(revoked_at=now())
    return ids


async def prune_sessions() -> int:
    stamp = now()
    removed = await Session.filter(expires_at__lt=stamp).delete()
    removed += await Session.filter(revoked_at__lt=stamp - timedelta(days=7)).delete()
    await SignInLink.filter(expires_at__lt=stamp - timedelta(days=1)).delete()
    await PlexSignIn.filter(expires_at__lt=stamp - timedelta(days=1)).delete()
    return removed
