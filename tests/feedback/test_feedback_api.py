"""Feedback: recording with validation, follow-up, filters, averages by category and hotel month, permissions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from server.auth.models import Role
from server.feedback.models import Feedback
from tests.conftest import Api
from tests.factories import make_customer

RECORD = """mutation($input: RecordFeedbackInput!) {
  recordFeedback(input: $input) {
    feedback { id channel rating category text receivedAt customer { name } recordedBy { username } }
    errors { field code message }
  }
}"""
FOLLOW = """mutation($input: FollowUpFeedbackInput!) {
  followUpFeedback(input: $input) { feedback { followUp followedUpAt followedUpBy { username } } errors { code } }
}"""
LIST = """query($category: String, $rating: Int, $maxRating: Int, $customerId: ID, $channel: String, $from: Date,
  $to: Date, $needsFollowUp: Boolean) {
  feedback(category: $category, rating: $rating, maxRating: $maxRating, customerId: $customerId, channel: $channel,
    from: $from, to: $to, needsFollowUp: $needsFollowUp) { totalCount edges { node { text rating } } }
}"""
SUMMARY = """query($from: Date, $to: Date) { feedbackSummary(from: $from, to: $to) {
  from to total averageRating
  byCategory { key count rated averageRating } byMonth { key count averageRating } byRating { key count } } }"""


async def _record(api: Api, role: Role = Role.AGENT, **fields: Any) -> dict[str, Any]:
    data = await api.data(RECORD, {"input": {"text": "早餐很好", **fields}}, as_role=role)
    result: dict[str, Any] = data["recordFeedback"]
    assert result["errors"] == [], result["errors"]
    return result["feedback"]  # type: ignore[no-any-return]


async def test_record_validate_and_follow_up(api: Api, now: datetime) -> None:
    customer = await make_customer(name="李娜")
    done = await _record(api, customerId=str(customer.id), channel="wechat", rating=5, category="餐饮")
    assert done["channel"] == "WECHAT"
    assert done["customer"] == {"name": "李娜"}
    assert done["recordedBy"] == {"username": "agent-user"}

    bad = await api.data(RECORD, {"input": {"text": " ", "rating": 6, "channel": "FAX"}}, as_role=Role.FRONT_DESK)
    assert bad["recordFeedback"]["errors"] == [
        {"field": ["text"], "code": "REQUIRED", "message": "请填写反馈内容"},
        {"field": ["channel"], "code": "INVALID", "message": "未知的反馈渠道"},
        {"field": ["rating"], "code": "INVALID", "message": "评分应为 1 到 5"},
    ]
    assert await Feedback.all().count() == 1

    followed = await api.data(FOLLOW, {"input": {"id": done["id"], "followUp": "已致谢"}}, as_role=Role.SALES)
    assert followed["followUpFeedback"]["feedback"]["followUp"] == "已致谢"
    assert followed["followUpFeedback"]["feedback"]["followedUpBy"] == {"username": "sales-user"}

    card = await api.data(
        "query($id: ID!) { customer(id: $id) { feedback { text rating } } }", {"id": str(customer.id)}
    )
    assert card["customer"]["feedback"] == [{"text": "早餐很好", "rating": 5}]


async def test_filters_and_needs_follow_up(api: Api, now: datetime) -> None:
    await _record(api, text="房间有异味", rating=1, category="客房", channel="PHONE")
    await _record(api, text="前台热情", rating=5, category="服务")
    await _record(api, text="价格偏高", rating=2, category="价格", receivedAt="2024-01-10T03:00:00Z")
    followed = await _record(api, text="空调坏了", rating=2, category="客房")
    await api.data(FOLLOW, {"input": {"id": followed["id"], "followUp": "已维修"}}, as_role=Role.AGENT)

    async def texts(**variables: Any) -> list[str]:
        found = (await api.data(LIST, variables, as_role=Role.AGENT))["feedback"]
        return [e["node"]["text"] for e in found["edges"]]

    assert await texts(category="客房") == ["空调坏了", "房间有异味"]
    assert await texts(rating=5) == ["前台热情"]
    assert await texts(maxRating=2, channel="phone") == ["房间有异味"]
    assert await texts(needsFollowUp=True) == ["房间有异味", "价格偏高"]
    assert await texts(**{"from": "2024-01-01", "to": "2024-01-31"}) == ["价格偏高"]


async def test_summary_by_category_and_hotel_month(api: Api, now: datetime) -> None:
    # 2024-01-31 17:00 UTC is already February 1st at the hotel.
    for text, rating, category, at in (
        ("a", 4, "客房", "2024-01-15T02:00:00Z"),
        ("b", 2, "客房", "2024-01-31T17:00:00Z"),
        ("c", 5, "餐饮", "2024-02-10T02:00:00Z"),
        ("d", None, "餐饮", "2024-03-01T02:00:00Z"),
        ("e", 3, None, "2024-03-02T02:00:00Z"),
    ):
        await _record(api, text=text, rating=rating, category=category, receivedAt=at)
    summary = (await api.data(SUMMARY, {"from": "2024-01-01", "to": "2024-03-31"}))["feedbackSummary"]
    assert (summary["from"], summary["to"], summary["total"], summary["averageRating"]) == (
        "2024-01-01",
        "2024-03-31",
        5,
        3.5,
    )
    assert summary["byCategory"] == [
        {"key": "客房", "count": 2, "rated": 2, "averageRating": 3.0},
        {"key": "餐饮", "count": 2, "rated": 1, "averageRating": 5.0},
        {"key": "", "count": 1, "rated": 1, "averageRating": 3.0},
    ]
    assert summary["byMonth"] == [
        {"key": "2024-01", "count": 1, "averageRating": 4.0},
        {"key": "2024-02", "count": 2, "averageRating": 3.5},
        {"key": "2024-03", "count": 2, "averageRating": 3.0},
    ]
    assert summary["byRating"] == [
        {"key": "2", "count": 1},
        {"key": "3", "count": 1},
        {"key": "4", "count": 1},
        {"key": "5", "count": 1},
    ]
    default = (await api.data(SUMMARY))["feedbackSummary"]
    assert (default["from"], default["to"], default["total"]) == ("2023-03-01", "2024-03-15", 5)


@pytest.mark.parametrize("role", [Role.ADMIN])
async def test_admin_cannot_record_and_only_managers_see_the_summary(api: Api, now: datetime, role: Role) -> None:
    refused = await api.gql(RECORD, {"input": {"text": "x"}}, as_role=role)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    for other in (Role.AGENT, Role.SALES, Role.FRONT_DESK):
        body = await api.gql(SUMMARY, as_role=other)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await Feedback.all().count() == 0
    assert datetime(2024, 3, 15, tzinfo=UTC) < now
