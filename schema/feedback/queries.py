from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from schema.context import Info
from schema.feedback.types import Feedback, FeedbackSummary
from schema.ids import parse_optional_id
from schema.pagination import Connection, connection, decode_cursor, page_size
from schema.permissions import MANAGERS, READ_CUSTOMERS
from server.feedback import service


@strawberry.type
class FeedbackQueries:
    @strawberry.field(
        description="Feedback, newest first. needsFollowUp: rated 1–2 and not yet followed up "
        "(false: followed up). maxRating: rated at most this.",
        permission_classes=[READ_CUSTOMERS],
    )
    async def feedback(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        category: str | None = None,
        rating: int | None = None,
        max_rating: int | None = None,
        customer_id: strawberry.ID | None = None,
        channel: str | None = None,
        start: Annotated[date | None, strawberry.argument(name="from")] = None,
        end: Annotated[date | None, strawberry.argument(name="to")] = None,
        needs_follow_up: bool | None = None,
    ) -> Connection[Feedback]:
        size = page_size(first)
        offset = decode_cursor(after)
        board = service.FeedbackFilter(
            category=category or None,
            rating=rating,
            max_rating=max_rating,
            customer_id=parse_optional_id(customer_id, field="customerId"),
            channel=channel or None,
            start=start,
            end=end,
            needs_follow_up=needs_follow_up,
        )
        page = await service.feedback_page(actor=info.context.actor, board=board, first=size, offset=offset)
        return connection([Feedback.from_model(f) for f in page.feedback], offset=offset, total=page.total)

    @strawberry.field(
        description="Counts and average ratings of a period (default: the last twelve months) "
        "by category, hotel month and rating.",
        permission_classes=[MANAGERS],
    )
    async def feedback_summary(
        self,
        info: Info,
        start: Annotated[date | None, strawberry.argument(name="from")] = None,
        end: Annotated[date | None, strawberry.argument(name="to")] = None,
    ) -> FeedbackSummary:
        return FeedbackSummary.from_data(await service.summary(actor=info.context.actor, start=start, end=end))
