"""Personal API tokens: shown once, stored hashed, scoped, expiring, revocable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from medianest.audit import service as audit
from medianest.auth.models import ApiToken
from medianest.auth.principal import Scope, scopes_allowed_for
from medianest.core.errors import InvalidInput, NotFound, PermissionDenied
from medianest.core.security import hash_token, new_token
from medianest.users.models import User

TOKEN_PREFIX = "mn_"  # noqa: S105  (a marker, not a secret)
MAX_TOKENS_PER_USER = 50
LAST_USED_RESOLUTION = timedelta(minutes=1)


@dataclass(frozen=True)
class IssuedToken:
    secret: str
    token: ApiToken


async def create(
    user: User, *, name: str, scopes: list[Scope], expires_at: datetime | None
) -> IssuedToken:
    name = name.strip()
    if not name or len(name) > 100:
        raise InvalidInput("Give the token a name of 1 to 100 characters.", field="name")
    if not scopes:
        raise InvalidInput("Choose at least one scope.", field="scopes")
    excess = set(scopes) - scopes_allowed_for(user)
    if excess:
        raise PermissionDenied(
            f"You cannot grant scopes you do not have: {', '.join(sorted(excess))}.",
            field="scopes",
        )
    if expires_at is not None and expires_at <= datetime.now(UTC):
        raise InvalidInput("The expiry must be in the future.", field="expiresAt")
    if await ApiToken.filter(user=user, revoked_at=None).count() >= MAX_TOKENS_PER_USER:
        raise InvalidInput(f"You have {MAX_TOKENS_PER_USER} tokens; revoke one first.")
    secret = TOKEN_PREFIX + new_token(32)
    token = await ApiToken.create(
        user=user,
        name=name,
        prefix=secret[:10],
        token_hash=hash_token(secret),
        scopes=sorted(s.value for s in set(scopes)),
        expires_at=expires_at,
    )
    await audit.record(
        user, "token.create", "api_token", token.id, after={"name": name, "scopes": token.scopes}
    )
    return IssuedToken(secret, token)


async def resolve(secret: str) -> ApiToken | None:
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 200:
        return None
    stamp = datetime.now(UTC)
    token = (
        await ApiToken.filter(token_hash=hash_token(secret), revoked_at=None)
        .select_related("user")
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    if token.expires_at is not None and token.expires_at <= stamp:
        return None
    if token.last_used_at is None or stamp - token.last_used_at > LAST_USED_RESOLUTION:
        await ApiToken.filter(id=token.id).update(last_used_at=stamp)
    return token


async def list_for(user_id: int) -> list[ApiToken]:
    return list(await ApiToken.filter(user_id=user_id, revoked_at=None).order_by("-id"))


async def revoke(actor: User, token_id: int) -> ApiToken:
    token = await ApiToken.get_or_none(id=token_id, revoked_at=None)
    if token is None or (token.user_id != actor.id and not actor.is_admin):  # type: ignore[attr-defined]
        raise NotFound("No such token.")
    token.revoked_at = datetime.now(UTC)
    await token.save(update_fields=["revoked_at"])
    await audit.record(actor, "token.revoke", "api_token", token.id, before={"name": token.name})
    return token
