"""Service settings: stored in the database, secrets encrypted at rest, environment variables
(``MEDIANEST_PLEX_URL`` …) override what is stored. Secrets never leave this module except to
the integration clients."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, fields
from typing import Any, TypeVar

from medianest.core.crypto import decrypt_json, encrypt_json
from medianest.core.runtime import get_runtime
from medianest.settings_admin.models import ServiceSetting


@dataclass(frozen=True)
class PlexSettings:
    url: str | None = None
    token: str | None = None
    machine_identifier: str | None = None
    server_name: str | None = None
    # The owner's plex.tv token: lists their servers at setup and their friends for import.
    owner_token: str | None = None


@dataclass(frozen=True)
class OverseerrSettings:
    url: str | None = None
    api_key: str | None = None
    # What Overseerr's webhook agent sends as its Authorization header.
    webhook_secret: str | None = None


@dataclass(frozen=True)
class UptimeKumaSettings:
    url: str | None = None
    slug: str | None = None


@dataclass(frozen=True)
class OidcSettings:
    enabled: bool = False
    issuer: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    label: str = "Single sign-on"


@dataclass(frozen=True)
class LibraryPreferences:
    share_now_playing: bool = False


@dataclass(frozen=True)
class UserDefaults:
    permissions: tuple[str, ...] = ("request", "download")
    requests_per_week: int = 10
    downloads_per_day: int = 20


@dataclass(frozen=True)
class DownloadSettings:
    # yt-dlp extractor names; each also allows its sub-extractors ("youtube" → "youtube:tab").
    allowed_sites: tuple[str, ...] = ("youtube",)
    layout: str = "shared"  # shared | per_user
    plex_section_key: str | None = None
    # The download library as Plex sees it, when its path differs from MediaNest's.
    plex_path: str | None = None
    max_duration_minutes: int | None = 240
    max_file_size_mb: int | None = 4096
    retention_days: int | None = None
    cookies: str | None = None
    paused: bool = False


@dataclass(frozen=True)
class NotificationChannels:
    webhook_url: str | None = None
    webhook_secret: str | None = None
    discord_url: str | None = None  # a Discord webhook address holds its token
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_from: str | None = None
    smtp_starttls: bool = True


SECRET_FIELDS = {
    "token",
    "api_key",
    "owner_token",
    "client_secret",
    "webhook_secret",
    "cookies",
    "discord_url",
    "smtp_password",
}
S = TypeVar(
    "S",
    PlexSettings,
    OverseerrSettings,
    UptimeKumaSettings,
    OidcSettings,
    UserDefaults,
    LibraryPreferences,
    DownloadSettings,
    NotificationChannels,
)
NAMES: dict[type[Any], str] = {
    PlexSettings: "plex",
    OverseerrSettings: "overseerr",
    UptimeKumaSettings: "uptime_kuma",
    OidcSettings: "oidc",
    LibraryPreferences: "library",
    UserDefaults: "user_defaults",
    DownloadSettings: "downloads",
    NotificationChannels: "notifications",
}


def _env_overrides(kind: type[Any]) -> dict[str, Any]:
    settings = get_runtime().settings
    prefix = NAMES[kind]
    out: dict[str, Any] = {}
    for field in fields(kind):
        value = getattr(settings, f"{prefix}_{field.name}", None)
        if value is not None:
            out[field.name] = value
    return out


async def load(kind: type[S]) -> S:
    row = await ServiceSetting.get_or_none(name=NAMES[kind])
    values: dict[str, Any] = {}
    if row is not None:
        values.update(row.data)
        values.update(decrypt_json(get_runtime().settings.resolved_secret_key, row.secrets))
    values.update(_env_overrides(kind))
    known = {f.name for f in fields(kind)}
    cleaned = {k: (tuple(v) if isinstance(v, list) else v) for k, v in values.items() if k in known}
    return kind(**cleaned)  # type: ignore[arg-type]


async def save(kind: type[S], **changes: Any) -> S:
    """Merge ``changes`` into the stored settings. A secret given as None is left as it was;
    an empty string clears it."""
    name = NAMES[kind]
    row = await ServiceSetting.get_or_none(name=name)
    data = dict(row.data) if row else {}
    key = get_runtime().settings.resolved_secret_key
    secrets = decrypt_json(key, row.secrets) if row else {}
    for field, value in changes.items():
        if field in SECRET_FIELDS:
            if value is None:
                continue
            if value == "":
                secrets.pop(field, None)
            else:
                secrets[field] = value
        else:
            data[field] = list(value) if isinstance(value, tuple) else value
    encrypted = encrypt_json(key, secrets) if secrets else None
    await ServiceSetting.update_or_create(defaults={"data": data, "secrets": encrypted}, name=name)
    return await load(kind)


def public_view(value: Any) -> dict[str, Any]:
    """The settings as the API shows them: secrets only as set / not set."""
    out = asdict(value)
    for secret in SECRET_FIELDS & out.keys():
        out[f"{secret}_set"] = bool(out.pop(secret))
    return out


def overridden(kind: type[Any]) -> list[str]:
    return sorted(_env_overrides(kind))


async def client_identifier() -> str:
    """This installation's stable X-Plex-Client-Identifier."""
    row = await ServiceSetting.get_or_none(name="installation")
    if row is not None and row.data.get("client_identifier"):
        return str(row.data["client_identifier"])
    candidate = str(uuid.uuid4())
    await ServiceSetting.get_or_create(
        defaults={"data": {"client_identifier": candidate}}, name="installation"
    )
    row = await ServiceSetting.get(name="installation")
    return str(row.data["client_identifier"])


async def is_configured() -> bool:
    plex = await load(PlexSettings)
    return bool(plex.machine_identifier)
