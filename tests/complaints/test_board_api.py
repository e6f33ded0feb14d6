"""The board's filters and paging, its statement count, linked procedures and the customer card's panel."""

from __future__ import annotations

from datetime import timedelta

from server.auth.actor import Actor
from server.auth.models import Role
from server.complaints.models import ComplaintStatus, Severity
from server.knowledge import service as knowledge
from tests.complaints.support import BOARD, FILE, complaint_in, file_complaint
from tests.conftest import Api, FixedClock, QueryCounter
from tests.factories import make_customer

S = ComplaintStatus


async def test_filters_combine_and_pages_follow(api: Api, clock: FixedClock) -> None:
    agent = await api.user(Role.AGENT)
    guest = await make_customer(name="王芳")
    noise = await complaint_in(
        S.OPEN,
        category="噪音",
        severity=Severity.HIGH,
        departments=["工程部", "客房部"],
        customer_id=guest.id,
        assignee=agent,
        due_at=clock.now - timedelta(minutes=5),
    )
    bill = await complaint_in(
        S.INVESTIGATING, category="账单", departments=["财务部"], due_at=clock.now + timedelta(hours=1)
    )
    closed = await complaint_in(S.CLOSED, category="噪音", departments=["客房部"], due_at=clock.now - timedelta(days=1))

    async def ids(**filters: object) -> list[int]:
        data = await api.data(BOARD, dict(filters))
        return sorted(int(e["node"]["id"]) for e in data["complaints"]["edges"])

    assert await ids() == sorted([noise.id, bill.id, closed.id])
    assert await ids(status="CLOSED") == [closed.id]
    assert await ids(severity="HIGH") == [noise.id]
    assert await ids(category="噪音") == sorted([noise.id, closed.id])
    assert await ids(department="客房部") == sorted([noise.id, closed.id])
    assert await ids(department="财务部") == [bill.id]
    assert await ids(department="工程") == []  # a whole department name, not a part
    assert await ids(assigneeId=str(agent.id)) == [noise.id]
    assert await ids(customerId=str(guest.id)) == [noise.id]
    assert await ids(overdue=True) == [noise.id]  # the closed one is not overdue any more
    assert await ids(category="噪音", status="OPEN", overdue=True) == [noise.id]

    first = await api.data(BOARD, {"first": 2})
    assert first["complaints"]["totalCount"] == 3
    assert first["complaints"]["pageInfo"]["hasNextPage"] is True
    rest = await api.data(BOARD, {"first": 2, "after": first["complaints"]["pageInfo"]["endCursor"]})
    seen = [e["node"]["id"] for e in first["complaints"]["edges"] + rest["complaints"]["edges"]]
    assert len(set(seen)) == 3
    assert rest["complaints"]["pageInfo"]["hasNextPage"] is False


async def test_the_board_costs_a_fixed_number_of_statements(
    api: Api, clock: FixedClock, count_queries: QueryCounter
) -> None:
    agent = await api.user(Role.AGENT)
    await api.user(Role.MANAGER)
    for n in range(12):
        customer = await make_customer(name=f"客人{n}")
        await complaint_in(S.OPEN, filed_by=agent, assignee=agent, customer_id=customer.id)
    count_queries.statements.clear()

    data = await api.data(BOARD, {"first": 20})

    assert len(data["complaints"]["edges"]) == 12
    # token's user, count, page of ids, complaints, customers, users (assignee and filer in one batch)
    assert len(count_queries.statements) == 6, count_queries.statements


async def test_the_procedures_seen_while_typing_stay_linked_best_first(api: Api, clock: FixedClock) -> None:
    writer = Actor(user_id=(await api.user(Role.MANAGER)).id, username="manager-user", role=Role.MANAGER)
    noise = await knowledge.create_article(
        actor=writer,
        data=knowledge.NewArticle(
            title="空调噪音投诉处理",
            steps="1. 致歉\n2. 通知工程部检修空调\n3. 必要时换房",
            category="噪音",
            publish=True,
        ),
    )
    refund = await knowledge.create_article(
        actor=writer,
        data=knowledge.NewArticle(
            title="退款流程", steps="1. 核对账单\n2. 经理审批退款", category="账单", publish=True
        ),
    )
    chosen = await file_complaint(api, articleIds=[str(refund.id), str(noise.id)])
    query = """query($id: ID!) { complaint(id: $id) { suggestedArticles(first: 5) { id title } } }"""
    linked = (await api.data(query, {"id": chosen["id"]}))["complaint"]["suggestedArticles"]
    assert [a["id"] for a in linked] == [str(refund.id), str(noise.id)]

    data = await api.data(FILE, {"input": {"description": "房间空调噪音太大，客人要求换房"}}, as_role=Role.AGENT)
    suggested = (await api.data(query, {"id": data["fileComplaint"]["complaint"]["id"]}))["complaint"]
    assert suggested["suggestedArticles"][0] == {"id": str(noise.id), "title": "空调噪音投诉处理"}


async def test_the_customer_card_lists_open_complaints_soonest_due_first(api: Api, clock: FixedClock) -> None:
    guest = await make_customer(name="赵敏")
    later = await complaint_in(S.INVESTIGATING, customer_id=guest.id, due_at=clock.now + timedelta(hours=5))
    sooner = await complaint_in(S.REOPENED, customer_id=guest.id, due_at=clock.now + timedelta(hours=1))
    await complaint_in(S.RESOLVED, customer_id=guest.id)
    await complaint_in(S.CLOSED, customer_id=guest.id)
    other = await make_customer(name="钱多多")
    await complaint_in(S.OPEN, customer_id=other.id)

    query = """query($id: ID!) { customer(id: $id) { openComplaints { id status severity } } }"""
    data = await api.data(query, {"id": str(guest.id)}, as_role=Role.FRONT_DESK)

    assert data["customer"]["openComplaints"] == [
        {"id": str(sooner.id), "status": "REOPENED", "severity": "MEDIUM"},
        {"id": str(later.id), "status": "INVESTIGATING", "severity": "MEDIUM"},
    ]
