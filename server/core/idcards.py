"""Identity documents: validation of the PRC resident ID (GB 11643) and other documents.

The resident ID is 18 characters: a 6-digit administrative code, the date of
birth (YYYYMMDD), a 3-digit sequence whose last digit is odd for men and even
for women, and an ISO 7064 MOD 11-2 check character (0-9 or X). Residence
permits for Hong Kong, Macao and Taiwan residents use the same format with the
codes 81, 82 and 83.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import Enum

from server.core.errors import DomainError, ErrorCode


class IdDocumentType(Enum):
    RESIDENT_ID = "RESIDENT_ID"
    PASSPORT = "PASSPORT"
    HK_MACAO_PERMIT = "HK_MACAO_PERMIT"
    TAIWAN_PERMIT = "TAIWAN_PERMIT"
    FOREIGN_PERMANENT_RESIDENT_ID = "FOREIGN_PERMANENT_RESIDENT_ID"
    OTHER = "OTHER"


class Gender(Enum):
    MALE = "MALE"
    FEMALE = "FEMALE"
    UNKNOWN = "UNKNOWN"


# Province-level codes of GB/T 2260, plus 71 (Taiwan) and 81/82/83 (permits).
PROVINCE_CODES = frozenset(
    {
        "11", "12", "13", "14", "15",
        "21", "22", "23",
        "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46",
        "50", "51", "52", "53", "54",
        "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    }
)  # fmt: skip

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_EARLIEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True)
class ResidentIdFacts:
    """What a valid resident ID number tells about its holder."""

    number: str
    birthday: date
    gender: Gender
    province_code: str


def gb11643_check_char(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def _normalize(raw: str) -> str:
    # NFKC turns full-width input from Chinese keyboards (１２３Ｘ) into ASCII; anything
    # still not ASCII fails the ASCII-only checks below.
    return re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", raw)).upper()


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def parse_resident_id(raw: str, *, today: date, field: str | list[str] = "idNumber") -> ResidentIdFacts:
    number = _normalize(raw)

    def fail(message: str) -> DomainError:
        return DomainError(ErrorCode.INVALID, message, field=field)

    if len(number) == 15 and _digits(number):
        raise fail("15 位旧身份证号已停用，请输入 18 位居民身份证号")
    if len(number) != 18:
        raise fail(f"居民身份证号应为 18 位，当前为 {len(number)} 位")
    if not _digits(number[:17]) or not (_digits(number[17]) or number[17] == "X"):
        raise fail("居民身份证号前 17 位须为数字，最后一位为数字或 X")
    province = number[:2]
    if province not in PROVINCE_CODES:
        raise fail(f"居民身份证号的地区码 {province} 不存在")
    try:
        birthday = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise fail(f"居民身份证号中的出生日期 {number[6:14]} 不是有效日期") from None
    if birthday > today or birthday < _EARLIEST_BIRTH:
        raise fail(f"居民身份证号中的出生日期 {birthday.isoformat()} 不合理")
    expected = gb11643_check_char(number[:17])
    if number[17] != expected:
        raise fail("居民身份证号校验位错误，请核对号码")
    gender = Gender.MALE if int(number[16]) % 2 == 1 else Gender.FEMALE
    return ResidentIdFacts(number=number, birthday=birthday, gender=gender, province_code=province)


_PATTERNS: dict[IdDocumentType, tuple[re.Pattern[str], str]] = {
    IdDocumentType.PASSPORT: (
        re.compile(r"^[A-Z0-9]{5,20}$", re.ASCII),
        "护照号应为 5-20 位字母或数字",
    ),
    IdDocumentType.HK_MACAO_PERMIT: (
        re.compile(r"^[HM]\d{8}(\d{2})?$", re.ASCII),
        "港澳居民来往内地通行证号码应为 H 或 M 开头加 8 或 10 位数字",
    ),
    IdDocumentType.TAIWAN_PERMIT: (
        re.compile(r"^(\d{8}|\d{10}[A-Z]?)$", re.ASCII),
        "台湾居民来往大陆通行证号码应为 8 位数字（旧版 10 位）",
    ),
    IdDocumentType.OTHER: (
        re.compile(r"^[A-Z0-9()（）]{3,30}$"),
        "证件号码应为 3-30 位字母或数字",
    ),
}

_FOREIGN_OLD = re.compile(r"^[A-Z]{3}\d{12}$", re.ASCII)


def normalize_id_number(
    doc_type: IdDocumentType,
    raw: str,
    *,
    today: date,
    field: str | list[str] = "idNumber",
) -> str:
    """Validated canonical form of a document number (upper case, no spaces or dashes)."""
    if not raw or not raw.strip():
        raise DomainError(ErrorCode.REQUIRED, "请填写证件号码", field=field)
    if doc_type is IdDocumentType.RESIDENT_ID:
        return parse_resident_id(raw, today=today, field=field).number
    number = _normalize(raw)
    if doc_type is IdDocumentType.FOREIGN_PERMANENT_RESIDENT_ID:
        if _FOREIGN_OLD.match(number):
            return number
        if len(number) == 18 and number.startswith("9") and _digits(number[:17]):
            if number[17] != gb11643_check_char(number[:17]):
                raise DomainError(ErrorCode.INVALID, "外国人永久居留身份证号校验位错误", field=field)
            return number
        raise DomainError(
            ErrorCode.INVALID,
            "外国人永久居留身份证号应为 15 位旧版（3 个字母 + 12 位数字）或 9 开头的 18 位新版",
            field=field,
        )
    pattern, message = _PATTERNS[doc_type]
    if not pattern.match(number):
        raise DomainError(ErrorCode.INVALID, message, field=field)
    return number


def mask_id_number(number: str) -> str:
    """340104********1236: the first six and last four stay, the rest is hidden."""
    if len(number) >= 14:
        return number[:6] + "*" * (len(number) - 10) + number[-4:]
    if len(number) > 4:
        return number[:1] + "*" * (len(number) - 3) + number[-2:]
    return "*" * len(number)
