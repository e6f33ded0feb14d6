"""Membership card numbers: 16 digits, the last a Damm check digit.

Damm's algorithm catches every single mistyped digit and every swap of two neighbouring digits,
so a card number read out over the phone with one slip is refused rather than found as someone
else's card. Shown in groups of four ("8860 0000 0012 3452"); any spaces or dashes are accepted.
"""

from __future__ import annotations

import re

from stdnum import damm

PREFIX = "8860"
LENGTH = 16
_SEPARATORS = re.compile(r"[\s\-]+")


def card_number(serial: int) -> str:
    """The card number for a serial (1, 2, 3, …): prefix, zero-padded serial, check digit."""
    body = f"{PREFIX}{serial:0{LENGTH - len(PREFIX) - 1}d}"
    if len(body) != LENGTH - 1:
        raise ValueError(f"serial {serial} does not fit a card number")
    return body + str(damm.calc_check_digit(body))


def normalize_card_number(text: str) -> str | None:
    """The 16 digits of a well-formed card number with a correct check digit; None otherwise."""
    digits = _SEPARATORS.sub("", text or "")
    if len(digits) != LENGTH or not digits.isascii() or not digits.isdigit():
        return None
    return digits if damm.is_valid(digits) else None


def display_card_number(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
