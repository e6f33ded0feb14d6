from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from schema.auth.types import User, load_user
from schema.context import Info
from server.feedback import service
from server.feedback.models import Feedback as FeedbackModel

if TYPE_CHECKING:
    from schema.customers.types import Customer


@strawberry.type(description="An opinion or suggestion (客户反馈) and its follow-up.")
class Feedback:
    id: strawberry.ID
    channel: str | None = strawberry.field(
        description="PHONE, EMAIL, SURVEY, IN_PERSON, ONLINE_REVIEW or WECHAT (null: not said)."
    )
    rating: int | None = strawberry.field(description="1 (poor) to 5 (excellent); null: not rated.")
    category: str | None = strawberry.field(description="客房, 餐饮, 服务, 设施, 价格, …")
    text: str
    follow_up: str | None = strawberry.field(description="What was done about it.")
    followed_up_at: datetime | None
    received_at: datetime
    customer_id: strawberry.Private[int | None]
    recorded_by_id: strawberry.Private[int | None]
    followed_up_by_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, f: FeedbackModel) -> Feedback:
        return cls(
            id=strawberry.ID(str(f.id)),
            channel=f.channel,
            rating=f.rating,
            category=f.category,
            text=f.text,
            follow_up=f.follow_up,
            followed_up_at=f.followed_up_at,
            received_at=f.received_at,
            customer_id=f.customer_id,  # type: ignore[attr-defined]
            recorded_by_id=f.recorded_by_id,  # type: ignore[attr-defined]
            followed_up_by_id=f.followed_up_by_id,  # type: ignore[attr-defined]
        )

    @strawberry.field(description="The guest, when known.")
    async def customer(self, info: Info) -> Annotated[Customer, strawberry.lazy("schema.customers.types")] | None:
        from schema.customers.types import load_customer

        return await load_customer(info, self.customer_id)

    @strawberry.field(description="Who recorded it.")
    async def recorded_by(self, info: Info) -> User | None:
        return await load_user(info, self.recorded_by_id)

    @strawberry.field(description="Who followed it up.")
    async def followed_up_by(self, info: Info) -> User | None:
        return await load_user(info, self.followed_up_by_id)


@strawberry.type(description="Feedback counted and averaged under one key (a category, a month YYYY-MM, a rating).")
class FeedbackSummaryRow:
    key: str
    count: int
    rated: int = strawberry.field(description="How many of them carry a rating.")
    average_rating: float | None = strawberry.field(description="Average of the ratings (null: none rated).")

    @classmethod
    def from_data(cls, r: service.SummaryRow) -> FeedbackSummaryRow:
        return cls(key=r.key, count=r.count, rated=r.rated, average_rating=r.average_rating)


@strawberry.type(description="Feedback of a period: counts and average ratings by category, month and rating.")
class FeedbackSummary:
    start: date = strawberry.field(name="from")
    end: date = strawberry.field(name="to")
    total: int
    average_rating: float | None
    by_category: list[FeedbackSummaryRow]
    by_month: list[FeedbackSummaryRow] = strawberry.field(description="Months at the hotel, oldest first.")
    by_rating: list[FeedbackSummaryRow]

    @classmethod
    def from_data(cls, s: service.Summary) -> FeedbackSummary:
        return cls(
            start=s.start,
            end=s.end,
            total=s.total,
            average_rating=s.average_rating,
            by_category=[FeedbackSummaryRow.from_data(r) for r in s.by_category],
            by_month=[FeedbackSummaryRow.from_data(r) for r in s.by_month],
            by_rating=[FeedbackSummaryRow.from_data(r) for r in s.by_rating],
        )
