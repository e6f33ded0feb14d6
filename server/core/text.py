"""Validation of free text and e-mail from users: stored as given, bounded, no control characters."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from server.core.errors import DomainError, ErrorCode

FieldPath = str | Sequence[str]
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def _has_control_chars(text: str, *, multiline: bool) -> bool:
    for ch in text:
        if multiline and ch in "\n\r\t":
            continue
        if unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\u200d":
            return True
    return False


def clean_text(
    value: str | None,
    *,
    field: FieldPath,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
    label: str = "",
) -> str | None:
    """Trimmed text, or None when empty; errors for missing, oversize or control characters."""
    text = value.strip() if value is not None else ""
    name = label or "该项"
    if not text:
        if required:
            raise DomainError(ErrorCode.REQUIRED, f"请填写{name}", field=field)
        return None
    if len(text) > max_length:
        raise DomainError(
            ErrorCode.TOO_LONG,
            f"{name}最多 {max_length} 个字符（当前 {len(text)} 个）",
            field=field,
        )
    if _has_control_chars(text, multiline=multiline):
        raise DomainError(ErrorCode.INVALID, f"{name}含有不可见的控制字符", field=field)
    return text


def require_text(
    value: str | None,
    *,
    field: FieldPath,
    max_length: int,
    label: str = "",
    multiline: bool = False,
) -> str:
    text = clean_text(value, field=field, max_length=max_length, required=True, label=label, multiline=multiline)
    assert text is not None
    return text


def clean_email(value: str | None, *, field: FieldPath = "email") -> str | None:
    text = clean_text(value, field=field, max_length=254, label="电子邮箱")
    if text is None:
        return None
    if not _EMAIL.match(text):
        raise DomainError(ErrorCode.INVALID, f"电子邮箱格式不正确：{text}", field=field)
    return text.lower()


def has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)
