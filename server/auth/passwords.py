"""Password hashing with Argon2id."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from server.core.errors import DomainError, ErrorCode

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256


def check_password_policy(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError(ErrorCode.INVALID, f"密码至少 {MIN_PASSWORD_LENGTH} 个字符", field="password")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise DomainError(ErrorCode.TOO_LONG, "密码过长", field="password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


# A real hash to verify against when the user does not exist, so that a wrong
# username costs as much time as a wrong password (no user enumeration by timing).
DUMMY_HASH = _hasher.hash("not-a-real-password")
