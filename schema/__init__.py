"""The GraphQL API: one schema composed of per-domain query and mutation mixins."""

from __future__ import annotations

from typing import Any

import strawberry
from graphql import ASTValidationRule, GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaxTokensLimiter,
    ParserCache,
    ValidationCache,
    max_aliases,
    query_depth_limiter,
)
from strawberry.schema.config import StrawberryConfig

from schema.auth.mutations import AuthMutations
from schema.auth.queries import AuthQueries
from schema.complaints.mutations import ComplaintMutations
from schema.complaints.queries import ComplaintQueries
from schema.contacts.mutations import ContactMutations
from schema.contacts.queries import ContactQueries
from schema.contracts.mutations import ContractMutations
from schema.contracts.queries import ContractQueries
from schema.customers.mutations import CustomerMutations
from schema.customers.queries import CustomerQueries
from schema.errors import MaskUnexpectedErrors
from schema.feedback.mutations import FeedbackMutations
from schema.feedback.queries import FeedbackQueries
from schema.insights.queries import InsightQueries
from schema.interactions.mutations import InteractionMutations
from schema.interactions.queries import InteractionQueries
from schema.interactions.subscriptions import Subscription
from schema.knowledge.mutations import KnowledgeMutations
from schema.knowledge.queries import KnowledgeQueries
from schema.membership.mutations import MembershipMutations
from schema.membership.queries import MembershipQueries
from schema.partners.isolation import PartnerIsolation
from schema.partners.mutations import PartnerMutations
from schema.partners.queries import PartnerQueries
from schema.prospects.mutations import ProspectMutations
from schema.prospects.queries import ProspectQueries
from schema.reports.mutations import ReportMutations
from schema.reports.queries import ReportQueries
from schema.scalars import SCALAR_MAP
from schema.stays.mutations import StayMutations

MAX_DEPTH = 10
MAX_ALIASES = 15
MAX_TOKENS = 2000


@strawberry.type(description="Everything that can be read.")
class Query(
    AuthQueries,
    CustomerQueries,
    InteractionQueries,
    KnowledgeQueries,
    ComplaintQueries,
    MembershipQueries,
    PartnerQueries,
    ContactQueries,
    ContractQueries,
    FeedbackQueries,
    ProspectQueries,
    InsightQueries,
    ReportQueries,
):
    pass


@strawberry.type(description="Everything that can be changed; each mutation is one transaction.")
class Mutation(
    AuthMutations,
    CustomerMutations,
    InteractionMutations,
    StayMutations,
    KnowledgeMutations,
    ComplaintMutations,
    MembershipMutations,
    PartnerMutations,
    ContactMutations,
    ContractMutations,
    FeedbackMutations,
    ProspectMutations,
    ReportMutations,
):
    pass


class HotelSchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        # Expected errors (validation, permissions, limits) are the client's business;
        # MaskUnexpectedErrors logs the unexpected ones with their request id.
        return None


# The limit rules are built once: ValidationCache keys on the rule classes, so rules made
# afresh per request (QueryDepthLimiter/MaxAliasesLimiter factories) would never hit it.
_LIMIT_RULES: list[type[ASTValidationRule]] = [
    query_depth_limiter.create_validator(MAX_DEPTH, None, None),
    max_aliases.create_validator(MAX_ALIASES),
]


def build_schema(*, production: bool = False) -> strawberry.Schema:
    extensions: list[object] = [
        MaskUnexpectedErrors,
        lambda: AddValidationRules(_LIMIT_RULES),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: ParserCache(maxsize=512),
        lambda: ValidationCache(maxsize=512),
    ]
    if production:
        extensions.append(DisableIntrospection)
    # Last: it overrides the (cached) validation result of a partner's refused operation.
    extensions.append(PartnerIsolation)
    return HotelSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=extensions,  # type: ignore[arg-type]
        config=StrawberryConfig(disable_field_suggestions=True, scalar_map=SCALAR_MAP),
    )


schema = build_schema()
