"""GraphQL API of service settings, first-run setup and "test connection"."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from medianest.api.context import Context
from medianest.api.permissions import Admin, ManageSettings
from medianest.api.results import ValidationError
from medianest.audit import service as audit
from medianest.core.errors import InvalidInput, PublicError
from medianest.settings_admin import connection_test, setup
from medianest.settings_admin import service as settings_service
from medianest.users.schema import Permission


@strawberry.enum
class Service(Enum):
    PLEX = "plex"
    OVERSEERR = "overseerr"
    UPTIME_KUMA = "uptime_kuma"
    OIDC = "oidc"


@strawberry.type
class PlexServiceSettings:
    url: str | None
    token_set: bool
    machine_identifier: str | None
    server_name: str | None
    overridden: list[str]


@strawberry.type
class OverseerrServiceSettings:
    url: str | None
    api_key_set: bool
    webhook_secret_set: bool
    webhook_path: str = strawberry.field(
        default="/webhooks/overseerr",
        description="Point Overseerr's webhook agent here, with the webhook secret as its "
        "Authorization header.",
    )
    overridden: list[str] = strawberry.field(default_factory=list)


@strawberry.type
class UptimeKumaServiceSettings:
    url: str | None
    slug: str | None
    overridden: list[str]


@strawberry.type
class OidcServiceSettings:
    enabled: bool
    issuer: str | None
    client_id: str | None
    client_secret_set: bool
    label: str
    redirect_path: str = "/auth/oidc/callback"


@strawberry.type
class LibrarySettings:
    share_now_playing: bool = strawberry.field(
        description="Everyone sees every stream in Now playing (otherwise only their own)."
    )


@strawberry.type
class UserDefaultSettings:
    permissions: list[Permission]  # type: ignore[valid-type]
    requests_per_week: int
    downloads_per_day: int


@strawberry.type
class ServiceSettings:
    plex: PlexServiceSettings
    overseerr: OverseerrServiceSettings
    uptime_kuma: UptimeKumaServiceSettings
    oidc: OidcServiceSettings
    library: LibrarySettings
    user_defaults: UserDefaultSettings


@strawberry.type
class ConnectionTest:
    service: Service
    ok: bool
    message: str


@strawberry.type
class PlexServerChoice:
    id: str
    name: str
    addresses: list[str]


@strawberry.type
class SettingsSaved:
    settings: ServiceSettings


SaveSettingsResult = Annotated[
    SettingsSaved | ValidationError, strawberry.union("SaveSettingsResult")
]


@strawberry.input
class ServiceSettingsInput:
    url: str | None = None
    secret: str | None = strawberry.field(
        default=None, description='Token or API key; null keeps the stored one, "" clears it.'
    )
    slug: str | None = None
    client_id: str | None = None
    enabled: bool | None = None
    label: str | None = None
    webhook_secret: str | None = strawberry.field(
        default=None, description='Overseerr only; null keeps the stored one, "" clears it.'
    )


@strawberry.input
class UserDefaultsInput:
    permissions: list[Permission]  # type: ignore[valid-type]
    requests_per_week: int
    downloads_per_day: int


async def current_settings() -> ServiceSettings:
    s = settings_service
    plex = await s.load(s.PlexSettings)
    overseerr = await s.load(s.OverseerrSettings)
    kuma = await s.load(s.UptimeKumaSettings)
    defaults = await s.load(s.UserDefaults)
    oidc = await s.load(s.OidcSettings)
    library = await s.load(s.LibraryPreferences)
    return ServiceSettings(
        library=LibrarySettings(share_now_playing=library.share_now_playing),
        plex=PlexServiceSettings(
            url=plex.url,
            token_set=bool(plex.token),
            machine_identifier=plex.machine_identifier,
            server_name=plex.server_name,
            overridden=s.overridden(s.PlexSettings),
        ),
        overseerr=OverseerrServiceSettings(
            url=overseerr.url,
            api_key_set=bool(overseerr.api_key),
            webhook_secret_set=bool(overseerr.webhook_secret),
            overridden=s.overridden(s.OverseerrSettings),
        ),
        uptime_kuma=UptimeKumaServiceSettings(
            url=kuma.url, slug=kuma.slug, overridden=s.overridden(s.UptimeKumaSettings)
        ),
        oidc=OidcServiceSettings(
            enabled=oidc.enabled,
            issuer=oidc.issuer,
            client_id=oidc.client_id,
            client_secret_set=bool(oidc.client_secret),
            label=oidc.label,
        ),
        user_defaults=UserDefaultSettings(
            permissions=list(defaults.permissions),
            requests_per_week=defaults.requests_per_week,
            downloads_per_day=defaults.downloads_per_day,
        ),
    )


def _check_url(url: str) -> str:
    if problem := connection_test._url_error(url):
        raise InvalidInput(problem, field="url")
    return url.rstrip("/")


def _given(changes: dict[str, Any], name: str, value: Any, clean: Any = None) -> None:
    """null keeps the stored value, "" clears it, anything else is cleaned and kept."""
    if value is None:
        return
    if value == "":
        changes[name] = "" if name in settings_service.SECRET_FIELDS else None
    else:
        changes[name] = clean(value) if clean else value


def _changes(service: Service, input: ServiceSettingsInput) -> tuple[Any, dict[str, Any]]:
    s = settings_service
    changes: dict[str, Any] = {}
    if service is Service.PLEX:
        _given(changes, "url", input.url, _check_url)
        _given(changes, "token", input.secret)
        return s.PlexSettings, changes
    if service is Service.OVERSEERR:
        _given(changes, "url", input.url, _check_url)
        _given(changes, "api_key", input.secret)
        _given(changes, "webhook_secret", input.webhook_secret)
        return s.OverseerrSettings, changes
    if service is Service.OIDC:
        _given(changes, "issuer", input.url, _check_url)
        _given(changes, "client_secret", input.secret)
        _given(changes, "client_id", input.client_id, str.strip)
        _given(changes, "label", input.label, lambda v: v.strip()[:40] or "Single sign-on")
        if input.enabled is not None:
            changes["enabled"] = input.enabled
        return s.OidcSettings, changes

    def slug(value: str) -> str:
        value = value.strip()
        if not value.replace("-", "").replace("_", "").isalnum():
            raise InvalidInput("A slug has letters, digits, - and _ only.", field="slug")
        return value

    _given(changes, "url", input.url, _check_url)
    _given(changes, "slug", input.slug, slug)
    return s.UptimeKumaSettings, changes


@strawberry.type
class SettingsQuery:
    @strawberry.field(permission_classes=[ManageSettings])
    async def service_settings(self) -> ServiceSettings:
        return await current_settings()

    @strawberry.field(
        permission_classes=[Admin], description="During setup: the Plex servers you own."
    )
    async def setup_servers(self, info: Info[Context, Any]) -> list[PlexServerChoice]:
        choices = await setup.servers(info.context.require_viewer())
        return [PlexServerChoice(id=c.id, name=c.name, addresses=list(c.uris)) for c in choices]


@strawberry.type
class SettingsMutation:
    @strawberry.mutation(permission_classes=[Admin])
    async def complete_setup(self, info: Info[Context, Any], server_id: str) -> SaveSettingsResult:
        try:
            await setup.complete(info.context.require_viewer(), server_id)
        except InvalidInput as error:
            return ValidationError.from_error(error)
        return SettingsSaved(settings=await current_settings())

    @strawberry.mutation(
        permission_classes=[ManageSettings],
        description=(
            "Save a service's settings: a null field keeps what is stored, an empty string "
            "clears it; fields set by environment variables are left alone."
        ),
    )
    async def save_service_settings(
        self, info: Info[Context, Any], service: Service, input: ServiceSettingsInput
    ) -> SaveSettingsResult:
        actor = info.context.require_viewer()
        s = settings_service
        try:
            kind, changes = _changes(service, input)
        except InvalidInput as error:
            return ValidationError.from_error(error)
        for name in s.overridden(kind):
            changes.pop(name, None)
        before = s.public_view(await s.load(kind))
        after = s.public_view(await s.save(kind, **changes))
        await audit.record(
            actor, "settings.update", "settings", service.value, before=before, after=after
        )
        return SettingsSaved(settings=await current_settings())

    @strawberry.mutation(permission_classes=[ManageSettings])
    async def save_user_defaults(
        self, info: Info[Context, Any], input: UserDefaultsInput
    ) -> SaveSettingsResult:
        for field, value in (
            ("requestsPerWeek", input.requests_per_week),
            ("downloadsPerDay", input.downloads_per_day),
        ):
            if not 0 <= value <= 10_000:
                return ValidationError(message="Quotas are between 0 and 10000.", field=field)
        s = settings_service
        before = s.public_view(await s.load(s.UserDefaults))
        saved = await s.save(
            s.UserDefaults,
            permissions=[p.value for p in input.permissions],  # type: ignore[attr-defined]
            requests_per_week=input.requests_per_week,
            downloads_per_day=input.downloads_per_day,
        )
        await audit.record(
            info.context.require_viewer(),
            "settings.update",
            "settings",
            "user_defaults",
            before=before,
            after=s.public_view(saved),
        )
        return SettingsSaved(settings=await current_settings())

    @strawberry.mutation(permission_classes=[ManageSettings])
    async def save_library_settings(
        self, info: Info[Context, Any], share_now_playing: bool
    ) -> ServiceSettings:
        s = settings_service
        before = s.public_view(await s.load(s.LibraryPreferences))
        saved = await s.save(s.LibraryPreferences, share_now_playing=share_now_playing)
        await audit.record(
            info.context.require_viewer(),
            "settings.update",
            "settings",
            "library",
            before=before,
            after=s.public_view(saved),
        )
        return await current_settings()

    @strawberry.mutation(
        permission_classes=[ManageSettings],
        description="Try a service with the given values (or the stored ones where omitted).",
    )
    async def test_connection(
        self, service: Service, input: ServiceSettingsInput | None = None
    ) -> ConnectionTest:
        given = input or ServiceSettingsInput()
        try:
            if service is Service.PLEX:
                result = await connection_test.plex(given.url, given.secret)
            elif service is Service.OVERSEERR:
                result = await connection_test.overseerr(given.url, given.secret)
            elif service is Service.OIDC:
                result = await connection_test.oidc(given.url)
            else:
                result = await connection_test.uptime_kuma(given.url, given.slug)
        except PublicError as error:
            result = connection_test.TestResult(False, error.message)
        return ConnectionTest(service=service, ok=result.ok, message=result.message)
