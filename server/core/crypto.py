"""Keys derived from the one secret, field encryption and keyed hashes.

ID numbers are encrypted with AES-256-GCM (a fresh nonce per value) and found
by equality through an HMAC-SHA256 of their canonical form, so the database
never holds the plaintext and a stolen database does not reveal it by
dictionary attack without the key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from functools import lru_cache

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from server.settings import get_settings

_FORMAT = "v1"


def _derive(master: str, purpose: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"hotel-crm", info=purpose.encode()).derive(master.encode())


@lru_cache(maxsize=8)
def _keys(secret_key: str, data_key: str | None) -> dict[str, bytes]:
    data_master = data_key or secret_key
    return {
        "token": _derive(secret_key, "token-signing"),
        "field": _derive(data_master, "field-encryption"),
        "lookup": _derive(data_master, "lookup-hash"),
        "api-key": _derive(secret_key, "api-key-hash"),
    }


def key(purpose: str) -> bytes:
    settings = get_settings()
    return _keys(settings.secret_key, settings.data_key)[purpose]


def encrypt_field(plaintext: str) -> str:
    nonce = os.urandom(12)
    sealed = AESGCM(key("field")).encrypt(nonce, plaintext.encode(), _FORMAT.encode())
    return f"{_FORMAT}:" + base64.b64encode(nonce + sealed).decode()


def decrypt_field(token: str) -> str:
    version, _, body = token.partition(":")
    if version != _FORMAT:
        raise ValueError("unknown field-encryption format")
    raw = base64.b64decode(body)
    return AESGCM(key("field")).decrypt(raw[:12], raw[12:], _FORMAT.encode()).decode()


def lookup_hash(value: str) -> str:
    """Keyed hash for equality search on an encrypted field."""
    return hmac.new(key("lookup"), value.encode(), hashlib.sha256).hexdigest()


def api_key_hash(value: str) -> str:
    return hmac.new(key("api-key"), value.encode(), hashlib.sha256).hexdigest()
