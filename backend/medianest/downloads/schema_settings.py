"""GraphQL API of the download settings an admin keeps (sites, folders, limits, cookies,
pause)."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from medianest.api.context import Context
from medianest.api.permissions import ManageSettings
from medianest.downloads import settings

DownloadLayout = strawberry.enum(settings.Layout, name="DownloadLayout")


@strawberry.type(name="DownloadSettings")
class DownloadSettingsType:
    allowed_sites: list[str]
    layout: DownloadLayout  # type: ignore[valid-type]
    plex_section_key: str | None
    plex_path: str | None
    max_duration_minutes: int | None
    max_file_size_mb: int | None
    retention_days: int | None
    cookies_set: bool
    paused: bool = strawberry.field(description="New downloads wait in the queue.")
    library_path: str = strawberry.field(description="Where files land (MEDIANEST_DOWNLOADS_DIR).")

    @classmethod
    def of(cls, value: settings.DownloadSettings) -> DownloadSettingsType:
        return cls(
            allowed_sites=list(value.allowed_sites),
            layout=settings.Layout(value.layout),
            plex_section_key=value.plex_section_key,
            plex_path=value.plex_path,
            max_duration_minutes=value.max_duration_minutes,
            max_file_size_mb=value.max_file_size_mb,
            retention_days=value.retention_days,
            cookies_set=bool(value.cookies),
            paused=value.paused,
            library_path=str(settings.library_root()),
        )


@strawberry.input
class DownloadSettingsInput:
    allowed_sites: list[str] | None = None
    layout: DownloadLayout | None = None  # type: ignore[valid-type]
    plex_section_key: str | None = None
    plex_path: str | None = None
    max_duration_minutes: int | None = None
    max_file_size_mb: int | None = None
    retention_days: int | None = strawberry.field(
        default=None, description="0 keeps files forever."
    )
    cookies: str | None = strawberry.field(
        default=None,
        description="A Netscape cookies.txt for sites that ask to sign in; empty clears it.",
    )
    paused: bool | None = strawberry.field(
        default=None, description="Pause (or resume) starting downloads."
    )


@strawberry.type
class DownloadSettingsQuery:
    @strawberry.field(permission_classes=[ManageSettings])
    async def download_settings(self, info: Info[Context, Any]) -> DownloadSettingsType:
        return DownloadSettingsType.of(await settings.load())


@strawberry.type
class DownloadSettingsMutation:
    @strawberry.mutation(permission_classes=[ManageSettings])
    async def update_download_settings(
        self, info: Info[Context, Any], input: DownloadSettingsInput
    ) -> DownloadSettingsType:
        actor = info.context.require_viewer()
        value = await settings.update(
            actor,
            allowed_sites=input.allowed_sites,
            layout=input.layout,
            plex_section_key=input.plex_section_key,
            plex_path=input.plex_path,
            max_duration_minutes=input.max_duration_minutes,
            max_file_size_mb=input.max_file_size_mb,
            retention_days=input.retention_days,
            cookies=input.cookies,
            paused=input.paused,
        )
        return DownloadSettingsType.of(value)
