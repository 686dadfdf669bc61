"""Tamper-proof short-lived values (e.g. OIDC state in a cookie), signed with the secret key."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any


def _mac(secret_key: str, purpose: str, body: bytes) -> str:
    digest = hmac.new(f"{purpose}:{secret_key}".encode(), body, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def sign(secret_key: str, purpose: str, value: dict[str, Any], ttl_s: int) -> str:
    payload = {"v": value, "exp": int(time.time()) + ttl_s}
    body = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
    return f"{body}.{_mac(secret_key, purpose, body.encode())}"


def unsign(secret_key: str, purpose: str, token: str | None) -> dict[str, Any] | None:
    """The signed value, or None if missing, tampered with, or expired."""
    if not token or "." not in token or len(token) > 4096:
        return None
    body, mac = token.rsplit(".", 1)
    if not hmac.compare_digest(mac, _mac(secret_key, purpose, body.encode())):
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except ValueError:
        return None
    if not isinstance(payload, dict) or payload.get("exp", 0) < time.time():
        return None
    value = payload.get("v")
    return value if isinstance(value, dict) else None
