"""Business rules of user administration: search, change role, permissions and quotas (audited),
enable or disable, and import the people a Plex server is shared with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tortoise.expressions import Q

from medianest.audit import service as audit
from medianest.auth import service as auth_service
from medianest.auth.revocation import publish_revoked
from medianest.core.errors import InvalidInput, NotFound, PermissionDenied
from medianest.core.paging import keyset
from medianest.core.uow import unit_of_work
from medianest.plex.clients import plex_tv
from medianest.settings_admin import service as settings_service
from medianest.users.models import Permission, Role, User


def snapshot(user: User) -> dict[str, Any]:
    return {
        "role": user.role.value,
        "active": user.is_active,
        "permissions": sorted(user.permissions),
        "requests_per_week": user.requests_per_week,
        "downloads_per_day": user.downloads_per_day,
        "download_max_minutes": user.download_max_minutes,
        "download_max_mb": user.download_max_mb,
    }


async def page(
    *,
    first: int,
    after_id: int | None,
    search: str | None,
    role: Role | None,
    active: bool | None,
) -> tuple[list[User], bool, int]:
    query = User.all()
    if search:
        term = search.strip()[:100]
        query = query.filter(
            Q(username__icontains=term) | Q(display_name__icontains=term) | Q(email__icontains=term)
        )
    if role is not None:
        query = query.filter(role=role)
    if active is not None:
        query = query.filter(is_active=active)
    found = await keyset(query, first=first, after_id=after_id, newest_first=False)
    return found.rows, found.has_next, found.total


async def get(user_id: int) -> User:
    user = await User.get_or_none(id=user_id)
    if user is None:
        raise NotFound("No such user.")
    return user


EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,190}\.[^@\s.]{2,}$")


async def set_email(user: User, email: str) -> User:
    """A person's own email address (for email notifications); empty clears it."""
    value = email.strip()
    if value and not EMAIL.match(value):
        raise InvalidInput("That is not an email address.", field="email")
    user.email = value or None
    await user.save(update_fields=["email"])
    return user


@dataclass(frozen=True)
class UserChanges:
    role: Role | None = None
    active: bool | None = None
    permissions: list[Permission] | None = None
    requests_per_week: int | None = None
    downloads_per_day: int | None = None
    clear_requests_per_week: bool = False
    clear_downloads_per_day: bool = False
    download_max_minutes: int | None = None
    download_max_mb: int | None = None
    clear_download_max_minutes: bool = False
    clear_download_max_mb: bool = False


def _validate(actor: User, user: User, changes: UserChanges) -> None:
    for name, value in (
        ("requestsPerWeek", changes.requests_per_week),
        ("downloadsPerDay", changes.downloads_per_day),
    ):
        if value is not None and not 0 <= value <= 10_000:
            raise InvalidInput("Quotas are between 0 and 10000.", field=name)
    for name, value in (
        ("downloadMaxMinutes", changes.download_max_minutes),
        ("downloadMaxMb", changes.download_max_mb),
    ):
        if value is not None and not 1 <= value <= 1_000_000:
            raise InvalidInput("Use a positive number (or clear it for the default).", field=name)
    if user.is_owner and (changes.role is Role.USER or changes.active is False):
        raise PermissionDenied("The server's owner is always an active admin.", field="role")
    if user.id == actor.id and changes.active is False:
        raise InvalidInput("You cannot disable yourself.", field="active")
    if changes.role is not None and not actor.is_admin:
        raise PermissionDenied("Only admins can change roles.", field="role")


async def update(actor: User, user_id: int, changes: UserChanges) -> User:
    async with unit_of_work():
        user = await User.select_for_update().get_or_none(id=user_id)
        if user is None:
            raise NotFound("No such user.")
        _validate(actor, user, changes)
        before = snapshot(user)
        if changes.role is not None:
            user.role = changes.role
        if changes.active is not None:
            user.is_active = changes.active
        if changes.permissions is not None:
            user.permissions = sorted({p.value for p in changes.permissions})
        if changes.requests_per_week is not None or changes.clear_requests_per_week:
            user.requests_per_week = changes.requests_per_week
        if changes.downloads_per_day is not None or changes.clear_downloads_per_day:
            user.downloads_per_day = changes.downloads_per_day
        if changes.download_max_minutes is not None or changes.clear_download_max_minutes:
            user.download_max_minutes = changes.download_max_minutes
        if changes.download_max_mb is not None or changes.clear_download_max_mb:
            user.download_max_mb = changes.download_max_mb
        await user.save()
        after = snapshot(user)
        if before != after:
            await audit.record(actor, "user.update", "user", user.id, before=before, after=after)
    if changes.active is False:
        await auth_service.revoke_user_sessions(user.id)
        await publish_revoked(user_id=user.id)
    return user


@dataclass(frozen=True)
class ImportResult:
    imported: list[User]
    skipped: int


async def import_from_plex(actor: User) -> ImportResult:
    """Create users for everyone the configured server is shared with (accepted shares only)."""
    plex = await settings_service.load(settings_service.PlexSettings)
    if not plex.machine_identifier or not plex.owner_token:
        raise InvalidInput("Set up the Plex server first.")
    friends = await (await plex_tv()).friends(plex.owner_token)
    defaults = await settings_service.load(settings_service.UserDefaults)
    imported: list[User] = []
    skipped = 0
    for friend in friends:
        if plex.machine_identifier not in friend.server_ids or friend.pending:
            skipped += 1
            continue
        if await User.filter(plex_id=friend.id).exists():
            skipped += 1
            continue
        username = friend.username or friend.title or f"plex-{friend.id}"
        if await User.filter(username=username).exists():
            username = f"{username}-{friend.id}"
        user = await User.create(
            plex_id=friend.id,
            username=username,
            email=friend.email,
            display_name=friend.title or username,
            avatar_url=friend.thumb,
            permissions=list(defaults.permissions),
        )
        imported.append(user)
    if imported:
        await audit.record(
            actor, "user.import", "user", None, after={"imported": [u.username for u in imported]}
        )
    return ImportResult(imported, skipped)
