"""IDs in the API are the database ids as strings; a malformed one is a clear input error."""

from __future__ import annotations

from server.core.errors import DomainError, ErrorCode


def parse_id(value: object, *, field: str | list[str] = "id") -> int:
    try:
        number = int(str(value))
    except ValueError:
        number = 0
    if number <= 0 or number > 2**62:
        raise DomainError(ErrorCode.INVALID, f"无效的编号：{str(value)[:40]}", field=field)
    return number


def parse_optional_id(value: object | None, *, field: str | list[str]) -> int | None:
    return None if value is None else parse_id(value, field=field)
