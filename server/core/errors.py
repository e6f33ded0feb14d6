"""The one error vocabulary of the domain.

Services raise DomainError; the API layer turns it into a UserError with the
same code, field path and message. Codes are stable: clients translate them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")


class ErrorCode(Enum):
    INVALID = "INVALID"
    REQUIRED = "REQUIRED"
    NOT_FOUND = "NOT_FOUND"
    CONFLICT = "CONFLICT"
    DUPLICATE = "DUPLICATE"
    FORBIDDEN = "FORBIDDEN"
    INSUFFICIENT_BALANCE = "INSUFFICIENT_BALANCE"
    INVALID_STATE = "INVALID_STATE"
    THROTTLED = "THROTTLED"
    TOO_LONG = "TOO_LONG"


class DomainError(Exception):
    """An expected failure of a business rule; carries what the user must fix."""

    def __init__(
        self,
        code: ErrorCode,
        message: str,
        *,
        field: Sequence[str] | str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        if isinstance(field, str):
            self.field: list[str] | None = [field]
        else:
            self.field = list(field) if field is not None else None

    def __repr__(self) -> str:
        return f"DomainError({self.code.value}, {self.message!r}, field={self.field!r})"


class ValidationErrors(Exception):
    """Several field errors found in one input; reported together, nothing written."""

    def __init__(self, errors: Sequence[DomainError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = list(errors)


class FieldErrors:
    """Validates an input field by field and reports every problem at once, nothing written."""

    def __init__(self, prefix: Sequence[str] | None = None) -> None:
        self.prefix = list(prefix or [])
        self.errors: list[DomainError] = []

    def path(self, *parts: str) -> list[str]:
        return [*self.prefix, *parts]

    def add(self, error: DomainError) -> None:
        self.errors.append(error)

    def run(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """func(*args, **kwargs), or None with its errors collected."""
        try:
            return func(*args, **kwargs)
        except DomainError as err:
            self.errors.append(err)
        except ValidationErrors as errs:
            self.errors.extend(errs.errors)
        return None

    def check(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise ValidationErrors(self.errors)
