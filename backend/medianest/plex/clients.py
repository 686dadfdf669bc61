"""Getting the configured Plex clients."""

from __future__ import annotations

from medianest.core.clients import cached
from medianest.core.errors import InvalidInput
from medianest.core.runtime import get_runtime
from medianest.plex.pms_client import PlexServerClient
from medianest.plex.tv_client import PlexTvClient
from medianest.settings_admin import service as settings_service


async def plex_tv() -> PlexTvClient:
    base = get_runtime().settings.plex_tv_url
    client_id = await settings_service.client_identifier()
    return cached(("plex.tv", base, client_id), lambda: PlexTvClient(base, client_id))


async def plex_server() -> PlexServerClient:
    plex = await settings_service.load(settings_service.PlexSettings)
    if not plex.url or not plex.token:
        raise InvalidInput("Plex is not configured yet.")
    client_id = await settings_service.client_identifier()
    url, token = plex.url, plex.token
    return cached(("plex", url, token), lambda: PlexServerClient(url, token, client_id))


def cached_plex_breaker_open() -> bool:
    """Whether the breaker of the Plex server client (if one was made) is open."""
    from medianest.core.clients import all_clients
    from medianest.plex.pms_client import PlexServerClient

    return any(c.breaker_open for c in all_clients() if isinstance(c, PlexServerClient))
