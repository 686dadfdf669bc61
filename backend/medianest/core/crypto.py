"""Encryption of secrets at rest (Plex tokens, API keys) with a key derived from the secret key."""

from __future__ import annotations

import base64
import json
from functools import lru_cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


@lru_cache(maxsize=4)
def _fernet(secret_key: str) -> Fernet:
    derived = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=b"medianest-secrets", info=b"settings v1"
    ).derive(secret_key.encode())
    return Fernet(base64.urlsafe_b64encode(derived))


def encrypt_json(secret_key: str, value: dict[str, Any]) -> str:
    return _fernet(secret_key).encrypt(json.dumps(value).encode()).decode()


def decrypt_json(secret_key: str, token: str | None) -> dict[str, Any]:
    if not token:
        return {}
    try:
        data = json.loads(_fernet(secret_key).decrypt(token.encode()))
    except InvalidToken as exc:
        raise RuntimeError(
            "Stored secrets cannot be decrypted: the secret key changed. Restore the old "
            "MEDIANEST_SECRET_KEY (or data/secret_key) or enter the secrets again."
        ) from exc
    return data if isinstance(data, dict) else {}
