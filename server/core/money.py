"""Money is integer fen (分), CNY, everywhere. Never floats."""

from __future__ import annotations

from typing import TypeAlias

from server.core.errors import DomainError, ErrorCode

Fen: TypeAlias = int

# The largest amount a JSON number carries exactly (2^53 - 1).
MAX_FEN: Fen = 2**53 - 1


def require_fen(value: object, *, field: str, allow_negative: bool = False) -> Fen:
    """Checks an amount of fen from outside: an integer, not negative unless allowed."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError(ErrorCode.INVALID, "金额必须是以分为单位的整数", field=field)
    if not allow_negative and value < 0:
        raise DomainError(ErrorCode.INVALID, "金额不能为负数", field=field)
    if abs(value) > MAX_FEN:
        raise DomainError(ErrorCode.INVALID, "金额超出范围", field=field)
    return value


def divide_half_up(numerator: Fen, denominator: int) -> Fen | None:
    """numerator ÷ denominator rounded half-up to the fen; None when the denominator is 0."""
    if denominator == 0:
        return None
    sign = -1 if (numerator < 0) != (denominator < 0) else 1
    n, d = abs(numerator), abs(denominator)
    return sign * ((2 * n + d) // (2 * d))


def yuan_text(amount: Fen) -> str:
    """¥1,234.50 — fen as the yuan a reader expects, without floats."""
    sign = "-" if amount < 0 else ""
    whole, cents = divmod(abs(amount), 100)
    return f"{sign}¥{whole:,}.{cents:02d}"
