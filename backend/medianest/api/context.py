"""The typed context of one GraphQL operation: who asks, and per-operation loaders."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.dataloader import DataLoader

from medianest.auth.models import Session
from medianest.core.errors import NotAuthenticated, PermissionDenied
from medianest.users.models import User


async def _load_users(keys: Iterable[int]) -> list[User | None]:
    wanted = list(keys)
    rows = {user.id: user for user in await User.filter(id__in=wanted)}
    return [rows.get(key) for key in wanted]


@dataclass
class Loaders:
    """DataLoaders named ``<Thing>By<Key>Loader``; one set per operation (or per event)."""

    user_by_id: DataLoader[int, User | None] = field(
        default_factory=lambda: DataLoader(load_fn=_load_users)
    )


@dataclass
class Context:
    request: Request | WebSocket
    response: Response | WebSocket | None
    viewer: User | None
    session: Session | None
    loaders: Loaders = field(default_factory=Loaders)

    def fresh_loaders(self) -> Loaders:
        self.loaders = Loaders()
        return self.loaders

    def require_viewer(self) -> User:
        if self.viewer is None:
            raise NotAuthenticated("Sign in to continue.")
        return self.viewer

    def require_admin(self) -> User:
        viewer = self.require_viewer()
        if not viewer.is_admin:
            raise PermissionDenied("Only admins can do this.")
        return viewer
