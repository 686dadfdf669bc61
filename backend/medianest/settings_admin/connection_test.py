""" "Test connection": try an integration with the given (or stored) settings and say exactly
what failed."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from medianest.core.http import Integration, IntegrationError, ServiceRejected
from medianest.monitoring.client import UptimeKumaClient
from medianest.plex.pms_client import PlexServerClient
from medianest.requests.client import OverseerrClient
from medianest.settings_admin import service as settings_service


@dataclass(frozen=True)
class TestResult:
    ok: bool
    message: str


def _url_error(url: str | None) -> str | None:
    if not url:
        return "No URL is set."
    parsed = httpx.URL(url)
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        return "The URL must start with http:// or https:// and name a host."
    return None


async def _run(client: Integration, check: object) -> TestResult:
    try:
        return await check  # type: ignore[misc, no-any-return]
    except ServiceRejected as exc:
        if exc.status in {401, 403}:
            return TestResult(
                False, f"{client.service} refused the credentials (HTTP {exc.status})."
            )
        return TestResult(False, exc.message)
    except IntegrationError as exc:
        return TestResult(False, f"{exc.message} at {client.base_url}.")
    finally:
        await client.aclose()


async def plex(url: str | None, token: str | None) -> TestResult:
    stored = await settings_service.load(settings_service.PlexSettings)
    url, token = url or stored.url, token or stored.token
    if problem := _url_error(url):
        return TestResult(False, problem)
    if not token:
        return TestResult(False, "No Plex token is set.")
    assert url is not None
    client = PlexServerClient(url, token, await settings_service.client_identifier())

    async def check() -> TestResult:
        identity = await client.identity()
        if stored.machine_identifier and identity.machine_identifier != stored.machine_identifier:
            return TestResult(False, "That address answers as a different Plex server.")
        version = f" (version {identity.version})" if identity.version else ""
        return TestResult(True, f"Connected to Plex{version}.")

    return await _run(client, check())


async def overseerr(url: str | None, api_key: str | None) -> TestResult:
    stored = await settings_service.load(settings_service.OverseerrSettings)
    url, api_key = url or stored.url, api_key or stored.api_key
    if problem := _url_error(url):
        return TestResult(False, problem)
    if not api_key:
        return TestResult(False, "No API key is set.")
    assert url is not None
    client = OverseerrClient(url, api_key)

    async def check() -> TestResult:
        status = (await client.request("GET", "/api/v1/status")).json()
        await client.request("GET", "/api/v1/auth/me")
        return TestResult(True, f"Connected to Overseerr {status.get('version', '')}".strip() + ".")

    return await _run(client, check())


async def uptime_kuma(url: str | None, slug: str | None) -> TestResult:
    stored = await settings_service.load(settings_service.UptimeKumaSettings)
    url, slug = url or stored.url, slug or stored.slug
    if problem := _url_error(url):
        return TestResult(False, problem)
    if not slug:
        return TestResult(False, "No status page slug is set.")
    assert url is not None
    client = UptimeKumaClient(url)

    async def check() -> TestResult:
        data = (await client.request("GET", f"/api/status-page/{slug}")).json()
        groups = data.get("publicGroupList") or []
        if not data.get("config") and not groups:
            return TestResult(False, f"Uptime Kuma has no status page called “{slug}”.")
        monitors = sum(len(g.get("monitorList") or []) for g in groups)
        return TestResult(True, f"Found status page “{slug}” with {monitors} monitor(s).")

    return await _run(client, check())


async def oidc(issuer: str | None) -> TestResult:
    from medianest.auth.oidc import OidcClient

    stored = await settings_service.load(settings_service.OidcSettings)
    issuer = issuer or stored.issuer
    if problem := _url_error(issuer):
        return TestResult(False, problem)
    assert issuer is not None
    client = OidcClient(issuer)

    async def check() -> TestResult:
        meta = await client.discovery()
        return TestResult(
            True, f"Found the provider; sign-in goes to {meta['authorization_endpoint']}."
        )

    return await _run(client, check())
