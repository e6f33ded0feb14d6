"""Who may do what with complaints; a refusal changes nothing (row, timeline, no audit of a change)."""

from __future__ import annotations

import pytest

from server.auth.models import AuditEntry, Role
from server.complaints.models import Complaint, ComplaintEvent, ComplaintStatus
from tests.complaints.support import BOARD, FILE, MOVE, UPDATE, complaint_in, file_complaint, move, snapshot
from tests.conftest import Api, FixedClock
from tests.factories import make_customer

FILERS = [Role.AGENT, Role.FRONT_DESK, Role.SALES, Role.MANAGER]
NOT_HANDLERS = [Role.AGENT, Role.FRONT_DESK, Role.SALES]


@pytest.mark.parametrize("role", FILERS)
async def test_staff_who_meet_guests_file_complaints(api: Api, clock: FixedClock, role: Role) -> None:
    complaint = await file_complaint(api, role)
    assert complaint["filedBy"] == {"username": f"{role.value.lower()}-user"}
    assert complaint["allowedTransitions"] == (["INVESTIGATING", "RESOLVED"] if role is Role.MANAGER else [])


async def test_an_admin_neither_files_nor_reads_complaints(api: Api, clock: FixedClock) -> None:
    body = await api.gql(FILE, {"input": {"description": "噪音"}}, as_role=Role.ADMIN)
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await Complaint.all().count() == 0
    body = await api.gql(BOARD, {}, as_role=Role.ADMIN)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    body = await api.gql(BOARD, {}, as_role=None)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


@pytest.mark.parametrize("role", NOT_HANDLERS)
async def test_only_the_assignee_or_a_manager_moves_and_edits(api: Api, clock: FixedClock, role: Role) -> None:
    filer = await api.user(role)
    complaint = await complaint_in(ComplaintStatus.OPEN, filed_by=filer)
    before = await snapshot(complaint.id)
    ref = {"id": str(complaint.id), "version": 1}

    refused_move = await move(api, ref, "INVESTIGATING", as_role=role)
    refused_edit = await api.data(
        UPDATE, {"input": {"id": str(complaint.id), "expectedVersion": 1, "category": "噪音"}}, as_role=role
    )

    forbidden_move = {"code": "FORBIDDEN", "field": None, "message": "只有负责人或经理可以推进投诉处理"}
    assert refused_move == {"complaint": None, "errors": [forbidden_move]}
    assert refused_edit["updateComplaint"] == {
        "complaint": None,
        "errors": [{"code": "FORBIDDEN", "field": None, "message": "只有负责人或经理可以修改投诉"}],
    }
    assert await snapshot(complaint.id) == before
    assert await AuditEntry.filter(target_type="Complaint").count() == 0


@pytest.mark.parametrize("role", NOT_HANDLERS)
async def test_the_assignee_works_it_but_only_a_manager_assigns_and_closes(
    api: Api, clock: FixedClock, role: Role
) -> None:
    assignee = await api.user(role)
    other = await api.user(Role.AGENT if role is not Role.AGENT else Role.SALES)
    complaint = await complaint_in(ComplaintStatus.OPEN, assignee=assignee)
    ref = {"id": str(complaint.id), "version": 1}

    started = await move(api, ref, "INVESTIGATING", as_role=role)
    assert started["errors"] == []
    assert started["complaint"]["allowedTransitions"] == ["RESOLVED"]
    before = await snapshot(complaint.id)
    reassign = await api.data(
        UPDATE, {"input": {"id": str(complaint.id), "expectedVersion": 2, "assigneeId": str(other.id)}}, as_role=role
    )
    assert reassign["updateComplaint"] == {
        "complaint": None,
        "errors": [{"code": "FORBIDDEN", "field": ["assigneeId"], "message": "只有经理可以指派负责人"}],
    }
    assert await snapshot(complaint.id) == before

    resolved = await move(api, started["complaint"], "RESOLVED", as_role=role, resolution="更换房间")
    assert resolved["errors"] == []
    assert resolved["complaint"]["allowedTransitions"] == ["REOPENED"]
    before = await snapshot(complaint.id)
    refused = await move(api, resolved["complaint"], "CLOSED", as_role=role, satisfied=True)
    assert refused == {
        "complaint": None,
        "errors": [{"code": "FORBIDDEN", "field": ["status"], "message": "只有经理可以把投诉改为“已关闭”"}],
    }
    assert await snapshot(complaint.id) == before
    closed = await move(api, resolved["complaint"], "CLOSED", satisfied=True)
    assert closed["errors"] == []


async def test_non_managers_see_on_the_board_what_they_filed_or_are_assigned(api: Api, clock: FixedClock) -> None:
    agent = await api.user(Role.AGENT)
    sales = await api.user(Role.SALES)
    mine = await complaint_in(ComplaintStatus.OPEN, filed_by=agent)
    assigned = await complaint_in(ComplaintStatus.INVESTIGATING, filed_by=sales, assignee=agent)
    theirs = await complaint_in(ComplaintStatus.OPEN, filed_by=sales)

    agent_board = await api.data(BOARD, {}, as_role=Role.AGENT)
    manager_board = await api.data(BOARD, {}, as_role=Role.MANAGER)

    assert sorted(int(e["node"]["id"]) for e in agent_board["complaints"]["edges"]) == [mine.id, assigned.id]
    assert agent_board["complaints"]["totalCount"] == 2
    assert manager_board["complaints"]["totalCount"] == 3
    assert theirs.id in [int(e["node"]["id"]) for e in manager_board["complaints"]["edges"]]


@pytest.mark.parametrize(
    "query",
    [
        "{ complaintAnalysis { total } }",
        "{ overdueComplaints { id } }",
        "{ escalatedComplaints { id } }",
        "{ complaintAssignees { id } }",
    ],
)
@pytest.mark.parametrize("role", NOT_HANDLERS)
async def test_board_wide_views_are_for_managers(api: Api, query: str, role: Role) -> None:
    body = await api.gql(query, as_role=role)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert body["data"] is None


async def test_validation_errors_write_nothing(api: Api, clock: FixedClock) -> None:
    body = await api.gql(FILE, {"input": {"description": "噪音", "severity": "URGENT"}}, as_role=Role.AGENT)
    assert body["data"] is None
    assert "URGENT" in body["errors"][0]["message"]

    data = await api.data(
        FILE,
        {"input": {"description": "x" * 4001, "customerId": "424242", "channel": "电话", "articleIds": []}},
        as_role=Role.AGENT,
    )
    assert data["fileComplaint"] == {
        "complaint": None,
        "errors": [
            {"field": ["description"], "code": "TOO_LONG", "message": "投诉内容最多 4000 个字符（当前 4001 个）"}
        ],
    }
    data = await api.data(FILE, {"input": {"description": "  ", "articleIds": []}}, as_role=Role.AGENT)
    assert data["fileComplaint"]["errors"] == [
        {"field": ["description"], "code": "REQUIRED", "message": "请填写投诉内容"}
    ]
    data = await api.data(
        FILE, {"input": {"description": "噪音", "customerId": "424242", "articleIds": []}}, as_role=Role.AGENT
    )
    assert data["fileComplaint"]["errors"] == [
        {"field": ["customerId"], "code": "NOT_FOUND", "message": "客户 424242 不存在"}
    ]
    data = await api.data(FILE, {"input": {"description": "噪音", "articleIds": ["77"]}}, as_role=Role.AGENT)
    assert data["fileComplaint"]["errors"] == [
        {"field": ["articleIds"], "code": "NOT_FOUND", "message": "处理规范 77 不存在或未发布"}
    ]
    assert await Complaint.all().count() == 0
    assert await ComplaintEvent.all().count() == 0

    complaint = await file_complaint(api)
    before = await snapshot(int(complaint["id"]))
    negative = await move(api, complaint, "RESOLVED", resolution="赔偿", compensation=-100)
    assert negative == {
        "complaint": None,
        "errors": [{"field": ["compensation"], "code": "INVALID", "message": "金额不能为负数"}],
    }
    fraction = await api.gql(
        MOVE,
        {
            "input": {
                "id": complaint["id"],
                "expectedVersion": 1,
                "status": "RESOLVED",
                "resolution": "x",
                "compensation": 1.5,
            }
        },
    )
    assert "fractions are rejected" in fraction["errors"][0]["message"]
    long_cause = await move(api, complaint, "RESOLVED", resolution="赔偿", rootCause="因" * 4001)
    assert long_cause["errors"][0]["code"] == "TOO_LONG"
    assert await snapshot(int(complaint["id"])) == before


async def test_a_customer_is_attached_and_a_merged_one_resolves_to_the_survivor(api: Api, clock: FixedClock) -> None:
    customer = await make_customer(name="李娜")
    complaint = await file_complaint(api, customerId=str(customer.id), channel="电话")
    assert complaint["customer"] == {"id": str(customer.id), "name": "李娜"}
    assert complaint["channel"] == "电话"


async def test_a_retried_filing_with_the_same_key_files_once(api: Api, clock: FixedClock) -> None:
    first = await file_complaint(api, idempotencyKey="retry-7f3a")
    again = await file_complaint(api, idempotencyKey="retry-7f3a")
    assert again["id"] == first["id"]
    assert await Complaint.all().count() == 1
    data = await api.data(
        FILE,
        {"input": {"description": "另一件事", "idempotencyKey": "retry-7f3a", "articleIds": []}},
        as_role=Role.AGENT,
    )
    assert data["fileComplaint"]["errors"][0]["code"] == "CONFLICT"
    assert await Complaint.all().count() == 1
