"""First-run setup: the owner picks one of the Plex servers they own."""

from __future__ import annotations

from dataclasses import dataclass

from medianest.audit import service as audit
from medianest.core.errors import InvalidInput, PermissionDenied
from medianest.core.http import IntegrationError
from medianest.plex.clients import plex_tv
from medianest.plex.pms_client import PlexServerClient
from medianest.plex.tv_client import Resource
from medianest.settings_admin import service as settings_service
from medianest.users.models import User


@dataclass(frozen=True)
class ServerChoice:
    id: str
    name: str
    uris: tuple[str, ...]


async def _owned_servers(actor: User) -> list[Resource]:
    if not actor.is_owner:
        raise PermissionDenied("Only the server's owner can set up MediaNest.")
    plex = await settings_service.load(settings_service.PlexSettings)
    if not plex.owner_token:
        raise InvalidInput("Sign in with Plex again to list your servers.")
    return [r for r in await (await plex_tv()).resources(plex.owner_token) if r.owned]


async def servers(actor: User) -> list[ServerChoice]:
    return [
        ServerChoice(r.client_identifier, r.name, tuple(c.uri for c in r.connections))
        for r in await _owned_servers(actor)
    ]


async def complete(actor: User, server_id: str) -> settings_service.PlexSettings:
    """Use the chosen server: find a connection that answers as that server, store it."""
    chosen = next(
        (r for r in await _owned_servers(actor) if r.client_identifier == server_id), None
    )
    if chosen is None:
        raise InvalidInput("Pick one of the servers you own.", field="serverId")
    if not chosen.access_token:
        raise InvalidInput("Plex gave no access token for that server.", field="serverId")
    client_id = await settings_service.client_identifier()
    ranked = sorted(chosen.connections, key=lambda c: (c.relay, not c.local))
    errors: list[str] = []
    for connection in ranked:
        client = PlexServerClient(connection.uri, chosen.access_token, client_id)
        try:
            identity = await client.identity()
        except IntegrationError as exc:
            errors.append(f"{connection.uri}: {exc.message}")
            continue
        finally:
            await client.aclose()
        if identity.machine_identifier != chosen.client_identifier:
            errors.append(f"{connection.uri}: answered as a different server")
            continue
        saved = await settings_service.save(
            settings_service.PlexSettings,
            url=connection.uri,
            token=chosen.access_token,
            machine_identifier=chosen.client_identifier,
            server_name=chosen.name,
        )
        await audit.record(
            actor,
            "settings.setup",
            "settings",
            "plex",
            after={"url": connection.uri, "server_name": chosen.name},
        )
        from medianest.library import service as library

        await library.start_sync(actor, library.SyncMode.FULL)
        return saved
    raise InvalidInput(
        "None of the server's addresses answered: " + "; ".join(errors or ["no addresses"]),
        field="serverId",
    )
