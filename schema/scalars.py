"""Scalars of the contract: Fen (integer fen, exact up to 2^53-1, fractions rejected)."""

from __future__ import annotations

from typing import Any, NewType

import strawberry
from graphql import FloatValueNode, GraphQLError, IntValueNode, ValueNode
from strawberry.types.scalar import ScalarDefinition

from server.core.money import MAX_FEN


def _parse_fen(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise GraphQLError("Fen must be a JSON number: an integer amount of fen (1 yuan = 100 fen)")
    if isinstance(value, float):
        if not value.is_integer():
            raise GraphQLError("Fen must be a whole number of fen; fractions are rejected")
        value = int(value)
    if abs(value) > MAX_FEN:
        raise GraphQLError("Fen is out of range (at most 2^53-1)")
    return int(value)


def _parse_fen_literal(node: ValueNode, _variables: Any = None) -> int:
    if isinstance(node, IntValueNode):
        return _parse_fen(int(node.value))
    if isinstance(node, FloatValueNode):
        return _parse_fen(float(node.value))
    raise GraphQLError("Fen must be a number literal")


Fen = NewType("Fen", int)

FEN_SCALAR = strawberry.scalar(
    name="Fen",
    description="An amount of money in integer fen (分, CNY): 1 yuan = 100. A JSON number, "
    "exact up to 2^53-1; fractions are rejected.",
    serialize=int,
    parse_value=_parse_fen,
    parse_literal=_parse_fen_literal,
)

SCALAR_MAP: dict[object, ScalarDefinition] = {Fen: FEN_SCALAR}
