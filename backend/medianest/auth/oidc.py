"""Optional sign-in through an OpenID Connect provider (authorization code flow with PKCE).

A provider identity is linked to an existing MediaNest user by verified email; anyone else is
created disabled and waits for an admin to approve them."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from authlib.common.security import generate_token
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from medianest.audit import service as audit
from medianest.auth.models import UserIdentity
from medianest.core.clients import cached
from medianest.core.errors import InvalidInput, PermissionDenied
from medianest.core.http import Integration, IntegrationError
from medianest.settings_admin import service as settings_service
from medianest.users.models import User

log = logging.getLogger(__name__)

STATE_TTL_S = 600


class OidcClient(Integration):
    service = "the identity provider"

    def __init__(self, issuer: str) -> None:
        super().__init__(issuer, headers={"Accept": "application/json"})
        self.issuer = issuer.rstrip("/")
        self._discovery: dict[str, Any] | None = None

    async def discovery(self) -> dict[str, Any]:
        if self._discovery is None:
            response = await self.request("GET", "/.well-known/openid-configuration")
            data = response.json()
            if data.get("issuer", "").rstrip("/") != self.issuer:
                raise InvalidInput("The provider's discovery document names another issuer.")
            self._discovery = data
        return self._discovery

    async def exchange(
        self, code: str, redirect_uri: str, verifier: str, client_id: str, client_secret: str
    ) -> dict[str, Any]:
        meta = await self.discovery()
        response = await self.request(
            "POST",
            meta["token_endpoint"],
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect_uri,
                "code_verifier": verifier,
                "client_id": client_id,
                "client_secret": client_secret,
            },
        )
        result: dict[str, Any] = response.json()
        return result

    async def jwks(self) -> dict[str, Any]:
        meta = await self.discovery()
        keys: dict[str, Any] = (await self.request("GET", meta["jwks_uri"])).json()
        return keys


async def _config() -> tuple[settings_service.OidcSettings, OidcClient]:
    config = await settings_service.load(settings_service.OidcSettings)
    if not (config.enabled and config.issuer and config.client_id and config.client_secret):
        raise InvalidInput("Single sign-on is not configured.")
    issuer = config.issuer
    return config, cached(("oidc", issuer), lambda: OidcClient(issuer))


@dataclass(frozen=True)
class Authorization:
    url: str
    state: dict[str, str]


async def begin(redirect_uri: str) -> Authorization:
    config, client = await _config()
    meta = await client.discovery()
    state = {
        "state": generate_token(32),
        "nonce": generate_token(32),
        "verifier": generate_token(64),
        "redirect_uri": redirect_uri,
    }
    query = urlencode(
        {
            "response_type": "code",
            "client_id": config.client_id,
            "redirect_uri": redirect_uri,
            "scope": "openid email profile",
            "state": state["state"],
            "nonce": state["nonce"],
            "code_challenge": create_s256_code_challenge(state["verifier"]),
            "code_challenge_method": "S256",
        }
    )
    return Authorization(f"{meta['authorization_endpoint']}?{query}", state)


@dataclass(frozen=True)
class Completed:
    user: User
    pending_approval: bool


async def complete(code: str, state: dict[str, str]) -> Completed:
    """Exchange the code, verify the ID token, and find or create the user."""
    config, client = await _config()
    assert config.client_id is not None
    assert config.client_secret is not None
    try:
        tokens = await client.exchange(
            code, state["redirect_uri"], state["verifier"], config.client_id, config.client_secret
        )
        keys = KeySet.import_key_set(await client.jwks())  # type: ignore[arg-type]
    except IntegrationError as exc:
        raise PermissionDenied(f"The identity provider refused the sign-in: {exc.message}") from exc
    try:
        token = jwt.decode(tokens.get("id_token", ""), keys, algorithms=["RS256", "ES256", "PS256"])
        jwt.JWTClaimsRegistry(
            leeway=60,
            iss={"essential": True, "value": client.issuer},
            aud={"essential": True, "value": config.client_id},
            nonce={"essential": True, "value": state["nonce"]},
            exp={"essential": True},
            sub={"essential": True},
        ).validate(token.claims)
        claims = token.claims
    except (JoseError, ValueError) as exc:
        log.warning("rejected an OIDC ID token: %s", exc)
        raise PermissionDenied("The sign-in could not be verified. Try again.") from exc
    return await _link(client.issuer, claims)


async def _link(provider: str, claims: Any) -> Completed:
    subject = str(claims["sub"])
    email = str(claims.get("email") or "").lower() or None
    verified = bool(claims.get("email_verified"))
    identity = (
        await UserIdentity.filter(provider=provider, subject=subject).select_related("user").first()
    )
    if identity is not None:
        return Completed(identity.user, pending_approval=not identity.user.is_active)
    user = await User.get_or_none(email=email) if email and verified else None
    if user is not None:
        await UserIdentity.create(provider=provider, subject=subject, email=email, user=user)
        await audit.record(
            user, "user.link_identity", "user", user.id, after={"provider": provider}
        )
        return Completed(user, pending_approval=not user.is_active)
    wanted = str(claims.get("preferred_username") or (email or "").split("@")[0] or "sso-user")
    username = re.sub(r"[^A-Za-z0-9._-]", "-", wanted)[:100] or "sso-user"
    while await User.filter(username=username).exists():
        username = f"{username[:90]}-{generate_token(4).lower()}"
    defaults = await settings_service.load(settings_service.UserDefaults)
    user = await User.create(
        username=username,
        email=email,
        display_name=str(claims.get("name") or username),
        is_active=False,
        permissions=list(defaults.permissions),
    )
    await UserIdentity.create(provider=provider, subject=subject, email=email, user=user)
    await audit.record(
        None,
        "user.pending_approval",
        "user",
        user.id,
        after={"username": username, "provider": provider},
    )
    return Completed(user, pending_approval=True)
