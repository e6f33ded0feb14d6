"""Phone numbers: parsed once, stored as E.164, looked up by E.164 or trailing digits.

Callers reach us as 13800138000, +86 138 0013 8000, 0086 138…, 138-0013-8000
or a landline 0551-6288 1234; all of them mean one E.164 number. Numbers
without a country code are read as Chinese.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from server.core.errors import DomainError, ErrorCode

DEFAULT_REGION = "CN"
MAX_PHONE_INPUT = 40
_ALLOWED = re.compile(r"^[0-9+\-().\s/]+$", re.ASCII)


def parse_phone(raw: str, *, region: str = DEFAULT_REGION) -> str | None:
    """E.164 form of a phone number in any common format, or None if it is not a real number."""
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text or len(text) > MAX_PHONE_INPUT or not _ALLOWED.match(text):
        return None
    digits = re.sub(r"\D", "", text)
    if text.startswith("00"):
        # 0086…, 00852…: the international prefix spelled out.
        text = "+" + digits[2:]
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def normalize_phone(raw: str, *, field: str | list[str] = "phone") -> str:
    """Like parse_phone, but an invalid number is a DomainError that names the field."""
    e164 = parse_phone(raw)
    if e164 is None:
        raise DomainError(
            ErrorCode.INVALID,
            f"无法识别的电话号码：{raw.strip()[:MAX_PHONE_INPUT]}（请输入手机号或带区号的固定电话）",
            field=field,
        )
    return e164


def phone_digits(raw: str) -> str:
    """The digits of what the user typed; used for 'last four or more digits' search."""
    return re.sub(r"\D", "", raw)


def display_phone(e164: str) -> str:
    """How staff read a stored number: national format for China, international otherwise."""
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    if number.country_code == 86:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def reversed_digits(e164: str) -> str:
    """Digits of a stored number, reversed: a prefix index on it answers suffix searches."""
    return phone_digits(e164)[::-1]
