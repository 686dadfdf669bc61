"""Who is asking: a user, through a browser session or a personal API token with scopes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from medianest.auth.models import ApiToken, Session
from medianest.users.models import Permission, User


class Scope(StrEnum):
    READ = "read"
    REQUEST = "request"
    DOWNLOAD = "download"
    ADMIN = "admin"


ALL_SCOPES = frozenset(Scope)


def scopes_allowed_for(user: User) -> frozenset[Scope]:
    """A token never gets more than its owner has."""
    allowed = {Scope.READ}
    if user.has(Permission.REQUEST):
        allowed.add(Scope.REQUEST)
    if user.has(Permission.DOWNLOAD):
        allowed.add(Scope.DOWNLOAD)
    if user.is_admin or any(
        user.has(p)
        for p in (Permission.MANAGE_USERS, Permission.MANAGE_SETTINGS, Permission.MANAGE_REQUESTS)
    ):
        allowed.add(Scope.ADMIN)
    return frozenset(allowed)


@dataclass(frozen=True)
class Principal:
    user: User
    session: Session | None = None
    token: ApiToken | None = None

    @property
    def scopes(self) -> frozenset[Scope]:
        if self.token is not None:
            return frozenset(Scope(s) for s in self.token.scopes) & scopes_allowed_for(self.user)
        return ALL_SCOPES
