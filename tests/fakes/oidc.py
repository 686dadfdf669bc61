"""A small but strict OpenID Connect provider: discovery, JWKS, an authorize endpoint that signs
in whichever person the test chose, and a token endpoint that checks the client secret, the
redirect URI and the PKCE verifier before issuing an RS256 ID token.

``python -m tests.fakes.oidc --port N`` serves one with a demo person."""

from __future__ import annotations

import argparse
import secrets
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from authlib.oauth2.rfc7636 import create_s256_code_challenge
from joserfc import jwt
from joserfc.jwk import RSAKey
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from tests.fakes.server import run_standalone


@dataclass
class Person:
    subject: str
    email: str | None
    email_verified: bool = True
    name: str = "Sso Person"
    preferred_username: str | None = None


@dataclass
class _Grant:
    person: Person
    client_id: str
    redirect_uri: str
    nonce: str
    challenge: str


@dataclass
class FakeOidcProvider:
    client_id: str = "medianest"
    client_secret: str = "sso-secret-for-tests"
    issuer: str = "http://127.0.0.1"
    person: Person = field(default_factory=lambda: Person("sub-1", "sso@example.com"))
    sign_with_foreign_key: bool = False
    _grants: dict[str, _Grant] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._key = RSAKey.generate_key(2048, parameters={"kid": "k1"})
        self._foreign = RSAKey.generate_key(2048, parameters={"kid": "k1"})
        self.app = Starlette(
            routes=[
                Route("/.well-known/openid-configuration", self._discovery),
                Route("/jwks", self._jwks),
                Route("/authorize", self._authorize),
                Route("/token", self._token, methods=["POST"]),
            ]
        )

    async def _discovery(self, request: Request) -> Response:
        return JSONResponse(
            {
                "issuer": self.issuer,
                "authorization_endpoint": f"{self.issuer}/authorize",
                "token_endpoint": f"{self.issuer}/token",
                "jwks_uri": f"{self.issuer}/jwks",
                "response_types_supported": ["code"],
                "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "code_challenge_methods_supported": ["S256"],
            }
        )

    async def _jwks(self, request: Request) -> Response:
        return JSONResponse({"keys": [self._key.as_dict(private=False)]})

    async def _authorize(self, request: Request) -> Response:
        q = request.query_params
        if q.get("client_id") != self.client_id or q.get("response_type") != "code":
            return JSONResponse({"error": "invalid_request"}, status_code=400)
        if q.get("code_challenge_method") != "S256" or not q.get("code_challenge"):
            return JSONResponse(
                {"error": "invalid_request", "error_description": "PKCE"}, status_code=400
            )
        code = secrets.token_urlsafe(16)
        self._grants[code] = _Grant(
            self.person, q["client_id"], q["redirect_uri"], q.get("nonce", ""), q["code_challenge"]
        )
        target = q["redirect_uri"] + "?" + urlencode({"code": code, "state": q.get("state", "")})
        return RedirectResponse(target, status_code=302)

    async def _token(self, request: Request) -> Response:
        form = await request.form()
        grant = self._grants.pop(str(form.get("code", "")), None)
        if (
            grant is None
            or form.get("client_id") != self.client_id
            or form.get("client_secret") != self.client_secret
            or form.get("redirect_uri") != grant.redirect_uri
            or create_s256_code_challenge(str(form.get("code_verifier", ""))) != grant.challenge
        ):
            return JSONResponse({"error": "invalid_grant"}, status_code=400)
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "aud": grant.client_id,
            "sub": grant.person.subject,
            "iat": now,
            "exp": now + 300,
            "nonce": grant.nonce,
            "name": grant.person.name,
            "email_verified": grant.person.email_verified,
        }
        if grant.person.email:
            claims["email"] = grant.person.email
        if grant.person.preferred_username:
            claims["preferred_username"] = grant.person.preferred_username
        key = self._foreign if self.sign_with_foreign_key else self._key
        id_token = jwt.encode({"alg": "RS256", "kid": "k1"}, claims, key)
        return JSONResponse(
            {
                "access_token": secrets.token_urlsafe(16),
                "token_type": "Bearer",
                "id_token": id_token,
                "expires_in": 300,
            }
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8096)
    port = parser.parse_args().port
    run_standalone(FakeOidcProvider(issuer=f"http://127.0.0.1:{port}").app, port)


if __name__ == "__main__":
    main()
