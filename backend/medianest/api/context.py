"""The typed context of one GraphQL operation: who asks, and per-operation loaders."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.dataloader import DataLoader

from medianest.auth.principal import Principal
from medianest.core.errors import NotAuthenticated, PermissionDenied
from medianest.library.models import MediaItem
from medianest.settings import Settings
from medianest.users.models import User

if TYPE_CHECKING:
    from medianest.api.permissions import Rule


async def _load_users(keys: Iterable[int]) -> list[User | None]:
    wanted = list(keys)
    rows = {user.id: user for user in await User.filter(id__in=wanted)}
    return [rows.get(key) for key in wanted]


async def _load_children(keys: Iterable[str]) -> list[list[MediaItem]]:
    from medianest.library.service import children

    wanted = list(keys)
    found = await children(wanted)
    return [found[k] for k in wanted]


async def _load_items(keys: Iterable[str]) -> list[MediaItem | None]:
    wanted = list(keys)
    rows = {r.rating_key: r for r in await MediaItem.filter(rating_key__in=wanted)}
    return [rows.get(k) for k in wanted]


@dataclass
class Loaders:
    """DataLoaders named ``<thing>_by_<key>``; one set per operation (or per event)."""

    user_by_id: DataLoader[int, User | None] = field(
        default_factory=lambda: DataLoader(load_fn=_load_users)
    )
    children_by_parent_key: DataLoader[str, list[MediaItem]] = field(
        default_factory=lambda: DataLoader(load_fn=_load_children)
    )
    item_by_rating_key: DataLoader[str, MediaItem | None] = field(
        default_factory=lambda: DataLoader(load_fn=_load_items)
    )


@dataclass
class Context:
    request: Request | WebSocket
    response: Response | WebSocket | None
    principal: Principal | None
    settings: Settings
    loaders: Loaders = field(default_factory=Loaders)

    @property
    def viewer(self) -> User | None:
        return self.principal.user if self.principal else None

    @property
    def session_id(self) -> str | None:
        if self.principal is None or self.principal.session is None:
            return None
        return str(self.principal.session.id)

    def fresh_loaders(self) -> Loaders:
        self.loaders = Loaders()
        return self.loaders

    def require_viewer(self) -> User:
        if self.principal is None:
            raise NotAuthenticated("Sign in to continue.")
        return self.principal.user

    def require_admin(self) -> User:
        viewer = self.require_viewer()
        if not viewer.is_admin:
            raise PermissionDenied("Only admins can do this.")
        return viewer

    def authorize(self, rule: type[Rule]) -> None:
        if rule.public:
            return
        principal = self.principal
        if principal is None:
            raise NotAuthenticated("Sign in to continue.")
        if rule.session_only and principal.token is not None:
            raise PermissionDenied("Sign in with a browser for this; API tokens cannot do it.")
        if rule.scope is not None and rule.scope not in principal.scopes:
            raise PermissionDenied(f"This API token lacks the “{rule.scope.value}” scope.")
        user = principal.user
        if rule.admin and not user.is_admin:
            raise PermissionDenied("Only admins can do this.")
        if rule.permission is not None and not user.has(rule.permission):
            raise PermissionDenied("You do not have permission to do this.")
