from __future__ import annotations

from datetime import datetime

import strawberry

from schema.context import Info
from schema.errors import UserError, refusals_as
from schema.feedback.types import Feedback
from schema.ids import parse_id, parse_optional_id
from schema.permissions import READ_CUSTOMERS
from server.feedback import service
from server.feedback.models import Feedback as FeedbackModel


@strawberry.input(description="An opinion or suggestion as taken down.")
class RecordFeedbackInput:
    text: str
    customer_id: strawberry.ID | None = strawberry.field(default=None, description="The guest, when known.")
    channel: str | None = strawberry.field(
        default=None, description="PHONE, EMAIL, SURVEY, IN_PERSON, ONLINE_REVIEW or WECHAT."
    )
    rating: int | None = strawberry.field(default=None, description="1 to 5.")
    category: str | None = None
    received_at: datetime | None = strawberry.field(default=None, description="Default: now.")


@strawberry.input(description="What was done about a piece of feedback.")
class FollowUpFeedbackInput:
    id: strawberry.ID
    follow_up: str


@strawberry.type(description="The recorded or followed-up feedback, or why not.")
class FeedbackPayload:
    feedback: Feedback | None
    errors: list[UserError]


def _payload(done: FeedbackModel) -> FeedbackPayload:
    return FeedbackPayload(feedback=Feedback.from_model(done), errors=[])


@strawberry.type
class FeedbackMutations:
    @strawberry.mutation(description="Records an opinion or suggestion.", permission_classes=[READ_CUSTOMERS])
    @refusals_as(FeedbackPayload)
    async def record_feedback(self, info: Info, input: RecordFeedbackInput) -> FeedbackPayload:
        data = service.NewFeedback(
            text=input.text,
            customer_id=parse_optional_id(input.customer_id, field="customerId"),
            channel=input.channel,
            rating=input.rating,
            category=input.category,
            received_at=input.received_at,
        )
        return _payload(await service.record_feedback(actor=info.context.actor, data=data))

    @strawberry.mutation(
        description="Records what was done about feedback (who and when are kept).", permission_classes=[READ_CUSTOMERS]
    )
    @refusals_as(FeedbackPayload)
    async def follow_up_feedback(self, info: Info, input: FollowUpFeedbackInput) -> FeedbackPayload:
        done = await service.follow_up_feedback(
            actor=info.context.actor, feedback_id=parse_id(input.id), text=input.follow_up
        )
        return _payload(done)
