"""The GraphQL API: one schema composed of per-domain query and mutation mixins."""

from __future__ import annotations

from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    DisableIntrospection,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig

from schema.auth.mutations import AuthMutations
from schema.auth.queries import AuthQueries
from schema.customers.mutations import CustomerMutations
from schema.customers.queries import CustomerQueries
from schema.errors import MaskUnexpectedErrors
from schema.scalars import SCALAR_MAP
from schema.stays.mutations import StayMutations

MAX_DEPTH = 10
MAX_ALIASES = 15
MAX_TOKENS = 2000


@strawberry.type(description="Everything that can be read.")
class Query(AuthQueries, CustomerQueries):
    pass


@strawberry.type(description="Everything that can be changed; each mutation is one transaction.")
class Mutation(AuthMutations, CustomerMutations, StayMutations):
    pass


class HotelSchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        # Expected errors (validation, permissions, limits) are the client's business;
        # MaskUnexpectedErrors logs the unexpected ones with their request id.
        return None


def build_schema(*, production: bool = False) -> strawberry.Schema:
    extensions: list[object] = [
        MaskUnexpectedErrors,
        lambda: QueryDepthLimiter(max_depth=MAX_DEPTH),
        lambda: MaxAliasesLimiter(max_alias_count=MAX_ALIASES),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: ParserCache(maxsize=512),
        lambda: ValidationCache(maxsize=512),
    ]
    if production:
        extensions.append(DisableIntrospection)
    return HotelSchema(
        query=Query,
        mutation=Mutation,
        extensions=extensions,  # type: ignore[arg-type]
        config=StrawberryConfig(disable_field_suggestions=True, scalar_map=SCALAR_MAP),
    )


schema = build_schema()
