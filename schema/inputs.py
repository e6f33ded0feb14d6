"""Update inputs: a field left out stays as it is, null clears it."""

from __future__ import annotations

from collections.abc import Iterable

import strawberry
from strawberry.utils.str_converters import to_camel_case


def sent_changes(data: object, names: Iterable[str]) -> dict[str, object]:
    """The fields of `names` the client sent (null included), under their API names (camelCase)."""
    sent: dict[str, object] = {}
    for name in names:
        value = getattr(data, name)
        if value is not strawberry.UNSET:
            sent[to_camel_case(name)] = value
    return sent
