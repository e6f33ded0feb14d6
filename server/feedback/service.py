"""Feedback (客户反馈): recording, follow-up, the filtered list and averages by category and month.

AGENT, FRONT_DESK, SALES and MANAGER record feedback, follow it up and read the list; the
summary (averages and counts) is for managers. Months are the hotel's (HOTEL_CRM_TIMEZONE).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from server.auth import audit
from server.auth.actor import Actor
from server.auth.models import Role
from server.core import sql
from server.core.errors import DomainError, ErrorCode, FieldErrors
from server.core.text import clean_text, require_text
from server.core.time import hotel_day_start, hotel_today, utcnow
from server.customers.models import Customer, CustomerStatus
from server.feedback.models import Feedback

CHANNELS = ("PHONE", "EMAIL", "SURVEY", "IN_PERSON", "ONLINE_REVIEW", "WECHAT")
RECORDERS = frozenset({Role.AGENT, Role.FRONT_DESK, Role.SALES, Role.MANAGER})
MAX_TEXT = 4000
RECENT_ON_CARD = 5


def _require_recorder(actor: Actor) -> None:
    if actor.role not in RECORDERS:
        raise DomainError(ErrorCode.FORBIDDEN, "该角色不能处理客户反馈")


@dataclass(frozen=True)
class NewFeedback:
    text: str
    customer_id: int | None = None
    channel: str | None = None
    rating: int | None = None
    category: str | None = None
    received_at: datetime | None = None


async def record_feedback(*, actor: Actor, data: NewFeedback) -> Feedback:
    _require_recorder(actor)
    c = FieldErrors()
    text = c.run(require_text, data.text, field="text", max_length=MAX_TEXT, label="反馈内容", multiline=True)
    category = c.run(clean_text, data.category, field="category", max_length=64, label="类别")
    channel = (data.channel or "").strip().upper() or None
    if channel is not None and channel not in CHANNELS:
        c.add(DomainError(ErrorCode.INVALID, "未知的反馈渠道", field="channel"))
    if data.rating is not None and not 1 <= data.rating <= 5:
        c.add(DomainError(ErrorCode.INVALID, "评分应为 1 到 5", field="rating"))
    now = utcnow()
    if data.received_at is not None and data.received_at > now + timedelta(minutes=5):
        c.add(DomainError(ErrorCode.INVALID, "收到时间不能在将来", field="receivedAt"))
    c.check()
    if data.customer_id is not None:
        customer = await Customer.get_or_none(id=data.customer_id)
        if customer is None or customer.status is CustomerStatus.MERGED:
            raise DomainError(ErrorCode.NOT_FOUND, "找不到该客户", field="customerId")
    async with in_transaction():
        feedback = await Feedback.create(
            customer_id=data.customer_id,
            channel=channel,
            rating=data.rating,
            category=category,
            text=text,
            recorded_by_id=actor.user_id,
            received_at=data.received_at or now,
        )
        await audit.record(
            actor,
            "feedback.record",
            target_type="Feedback",
            target_id=feedback.id,
            details={"rating": data.rating, "category": category},
        )
    return feedback


async def follow_up_feedback(*, actor: Actor, feedback_id: int, text: str) -> Feedback:
    """What was done about it; who and when are recorded (a second follow-up replaces the first)."""
    _require_recorder(actor)
    clean = require_text(text, field="followUp", max_length=MAX_TEXT, label="跟进情况", multiline=True)
    feedback = await Feedback.get_or_none(id=feedback_id)
    if feedback is None:
        raise DomainError(ErrorCode.NOT_FOUND, "找不到该反馈", field="id")
    async with in_transaction():
        feedback.follow_up = clean
        feedback.followed_up_at = utcnow()
        feedback.followed_up_by_id = actor.user_id
        await feedback.save(update_fields=["follow_up", "followed_up_at", "followed_up_by_id"])
        await audit.record(actor, "feedback.follow_up", target_type="Feedback", target_id=feedback.id)
    return feedback


@dataclass(frozen=True)
class FeedbackFilter:
    category: str | None = None
    rating: int | None = None
    max_rating: int | None = None
    customer_id: int | None = None
    channel: str | None = None
    start: date | None = None
    end: date | None = None
    needs_follow_up: bool | None = None


def _bounds(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """Hotel days [start, end] as UTC instants [lower, upper)."""
    lower = hotel_day_start(start) if start else None
    upper = hotel_day_start(end + timedelta(days=1)) if end else None
    return lower, upper


@dataclass
class FeedbackPage:
    feedback: list[Feedback]
    total: int


async def feedback_page(*, actor: Actor, board: FeedbackFilter, first: int, offset: int) -> FeedbackPage:
    """Newest first. needsFollowUp: rated 1–2 (or unrated) and not yet followed up."""
    _require_recorder(actor)
    query = Feedback.all()
    if board.category:
        query = query.filter(category=board.category)
    if board.rating is not None:
        query = query.filter(rating=board.rating)
    if board.max_rating is not None:
        query = query.filter(rating__lte=board.max_rating)
    if board.customer_id is not None:
        query = query.filter(customer_id=board.customer_id)
    if board.channel:
        query = query.filter(channel=board.channel.upper())
    lower, upper = _bounds(board.start, board.end)
    if lower is not None:
        query = query.filter(received_at__gte=lower)
    if upper is not None:
        query = query.filter(received_at__lt=upper)
    if board.needs_follow_up is True:
        query = query.filter(followed_up_at=None, rating__lte=2)
    elif board.needs_follow_up is False:
        query = query.exclude(followed_up_at=None)
    total = await query.count()
    rows = await query.order_by("-received_at", "-id").offset(offset).limit(first)
    return FeedbackPage(feedback=list(rows), total=total)


@dataclass(frozen=True)
class SummaryRow:
    key: str
    count: int
    rated: int
    average_rating: float | None


@dataclass
class Summary:
    start: date
    end: date
    total: int
    average_rating: float | None
    by_category: list[SummaryRow] = field(default_factory=list)
    by_month: list[SummaryRow] = field(default_factory=list)
    by_rating: list[SummaryRow] = field(default_factory=list)


def _row(r: dict[str, Any]) -> SummaryRow:
    avg = r["a"]
    return SummaryRow(
        key=str(r["k"]),
        count=int(r["n"]),
        rated=int(r["r"]),
        average_rating=None if avg is None else round(float(avg), 2),
    )


async def summary(*, actor: Actor, start: date | None = None, end: date | None = None) -> Summary:
    """Counts and average rating over a period (default: the last twelve months) by category and month."""
    if actor.role is not Role.MANAGER:
        raise DomainError(ErrorCode.FORBIDDEN, "只有经理可以查看反馈统计")
    last = end or hotel_today()
    first = start or date(last.year - 1, last.month, 1)
    if first > last:
        raise DomainError(ErrorCode.INVALID, "开始日期不能晚于结束日期", field="from")
    lower, upper = _bounds(first, last)
    span = "f.received_at >= ? AND f.received_at < ?"
    bounds = [lower, upper]
    measures = "COUNT(*) AS n, COUNT(f.rating) AS r, AVG(f.rating * 1.0) AS a"
    totals = await sql.fetch(f"SELECT 'all' AS k, {measures} FROM feedback f WHERE {span}", bounds)
    by_category = await sql.fetch(
        f"SELECT COALESCE(f.category, '') AS k, {measures} FROM feedback f WHERE {span} "
        "GROUP BY COALESCE(f.category, '') ORDER BY n DESC, k",
        bounds,
    )
    month, month_params = sql.hotel_month("f.received_at")
    by_month = await sql.fetch(
        f"SELECT {month} AS k, {measures} FROM feedback f WHERE {span} GROUP BY k ORDER BY k",
        [*month_params, *bounds],
    )
    by_rating = await sql.fetch(
        f"SELECT f.rating AS k, {measures} FROM feedback f WHERE {span} AND f.rating IS NOT NULL "
        "GROUP BY f.rating ORDER BY f.rating",
        bounds,
    )
    total = _row(totals[0])
    return Summary(
        start=first,
        end=last,
        total=total.count,
        average_rating=total.average_rating,
        by_category=[_row(r) for r in by_category],
        by_month=[_row(r) for r in by_month],
        by_rating=[_row(r) for r in by_rating],
    )


async def recent_feedback_of(customer_ids: list[int]) -> dict[int, list[Feedback]]:
    """Each customer's latest feedback, newest first (the card's panel)."""
    found: dict[int, list[Feedback]] = {}
    if not customer_ids:
        return found
    for f in await Feedback.filter(customer_id__in=customer_ids).order_by("-received_at", "-id"):
        bucket = found.setdefault(f.customer_id, [])  # type: ignore[attr-defined]
        if len(bucket) < RECENT_ON_CARD:
            bucket.append(f)
    return found
