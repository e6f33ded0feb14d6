"""The complaint workflow through the API: every move of the matrix, what each move needs, SLA and overdue."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

import pytest

from server.auth.models import AuditEntry, Role
from server.complaints.models import Complaint, ComplaintEvent, ComplaintStatus
from server.complaints.service import STATUS_LABELS, WORKFLOW
from server.settings import reset_settings_cache
from tests.complaints.support import BOARD, MOVE, TIMELINE, UPDATE, complaint_in, file_complaint, move, snapshot
from tests.conftest import Api, FixedClock

S = ComplaintStatus
ALLOWED = {(a, b) for a, targets in WORKFLOW.items() for b in targets}
MATRIX = list(itertools.product(S, S))
# What each target needs, so that only the state decides.
NEEDS = {
    S.RESOLVED: {"resolution": "更换了空调风机", "rootCause": "风机轴承老化"},
    S.CLOSED: {"satisfied": True},
    S.REOPENED: {"note": "客人来电说噪音又出现了"},
}


def test_the_workflow_is_exactly_the_documented_one() -> None:
    assert {
        (S.OPEN, S.INVESTIGATING),
        (S.OPEN, S.RESOLVED),
        (S.INVESTIGATING, S.RESOLVED),
        (S.RESOLVED, S.CLOSED),
        (S.RESOLVED, S.REOPENED),
        (S.CLOSED, S.REOPENED),
        (S.REOPENED, S.INVESTIGATING),
        (S.REOPENED, S.RESOLVED),
    } == ALLOWED


@pytest.mark.parametrize(("start", "target"), MATRIX, ids=[f"{a.value}->{b.value}" for a, b in MATRIX])
async def test_every_move_of_the_matrix(api: Api, clock: FixedClock, start: S, target: S) -> None:
    manager = await api.user(Role.MANAGER)
    complaint = await complaint_in(start)
    before_row, before_events = await snapshot(complaint.id)

    result = await move(
        api, {"id": str(complaint.id), "version": complaint.version}, target.value, **NEEDS.get(target, {})
    )

    row, events = await snapshot(complaint.id)
    if (start, target) in ALLOWED:
        assert result["errors"] == []
        assert result["complaint"]["status"] == target.value
        assert row["status"] == target
        assert row["version"] == complaint.version + 1
        assert len(events) == len(before_events) + 1
        event = events[-1]
        assert (event["action"], event["from_status"], event["to_status"]) == (target.value, start, target)
        assert event["actor_id"] == manager.id
        assert await AuditEntry.filter(action="complaint.move", target_id=str(complaint.id)).count() == 1
    else:
        assert result == {
            "complaint": None,
            "errors": [
                {
                    "field": ["status"],
                    "code": "INVALID_STATE",
                    "message": f"投诉处于“{STATUS_LABELS[start]}”状态，不能改为“{STATUS_LABELS[target]}”",
                }
            ],
        }
        assert (row, events) == (before_row, before_events)


async def test_filing_sets_the_due_time_by_severity(api: Api, clock: FixedClock) -> None:
    expected = {"CRITICAL": 30, "HIGH": 120, "MEDIUM": 24 * 60, "LOW": 72 * 60}
    for severity, minutes in expected.items():
        complaint = await file_complaint(api, severity=severity)
        assert complaint["status"] == "OPEN"
        assert datetime.fromisoformat(complaint["dueAt"]) == clock.now + timedelta(minutes=minutes)
        assert datetime.fromisoformat(complaint["filedAt"]) == clock.now
    default = await file_complaint(api)
    assert default["severity"] == "MEDIUM"


async def test_the_sla_comes_from_the_settings(api: Api, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOTEL_CRM_COMPLAINT_SLA_HIGH_MINUTES", "45")
    reset_settings_cache()
    complaint = await file_complaint(api, severity="HIGH")
    assert datetime.fromisoformat(complaint["dueAt"]) == clock.now + timedelta(minutes=45)


async def test_overdue_once_the_due_time_passes_until_resolved(api: Api, clock: FixedClock) -> None:
    complaint = await file_complaint(api, severity="CRITICAL")
    assert complaint["overdue"] is False
    clock.advance(minutes=30)
    board = await api.data(BOARD, {"overdue": True})
    assert board["complaints"]["totalCount"] == 0  # due at this very minute: not yet late
    clock.advance(minutes=1)
    board = await api.data(BOARD, {"overdue": True})
    assert [e["node"]["id"] for e in board["complaints"]["edges"]] == [complaint["id"]]
    assert board["complaints"]["edges"][0]["node"]["overdue"] is True

    resolved = await move(api, complaint, "RESOLVED", resolution="退房时减免一晚房费")
    assert resolved["errors"] == []
    assert resolved["complaint"]["overdue"] is False
    board = await api.data(BOARD, {"overdue": True})
    assert board["complaints"]["totalCount"] == 0
    assert (await api.data(BOARD, {"overdue": False}))["complaints"]["totalCount"] == 1


async def test_reopening_restarts_the_clock_from_the_reopen_time(api: Api, clock: FixedClock) -> None:
    complaint = await file_complaint(api, severity="HIGH")
    resolved = (await move(api, complaint, "RESOLVED", resolution="已更换房间"))["complaint"]
    clock.advance(hours=5)
    reopened = await move(api, resolved, "REOPENED", note="新房间也有噪音")
    assert reopened["errors"] == []
    c = reopened["complaint"]
    assert c["status"] == "REOPENED"
    assert datetime.fromisoformat(c["reopenedAt"]) == clock.now
    assert datetime.fromisoformat(c["dueAt"]) == clock.now + timedelta(hours=2)
    assert c["resolvedAt"] is None
    assert c["resolution"] == "已更换房间"
    assert c["allowedTransitions"] == ["INVESTIGATING", "RESOLVED"]


async def test_severity_change_recomputes_the_due_time(api: Api, clock: FixedClock) -> None:
    complaint = await file_complaint(api, severity="LOW")
    filed = clock.now
    clock.advance(minutes=10)
    data = await api.data(UPDATE, {"input": {"id": complaint["id"], "expectedVersion": 1, "severity": "CRITICAL"}})
    updated = data["updateComplaint"]
    assert updated["errors"] == []
    assert datetime.fromisoformat(updated["complaint"]["dueAt"]) == filed + timedelta(minutes=30)
    assert updated["complaint"]["version"] == 2


async def test_resolving_needs_a_resolution_and_closing_the_guests_answer(api: Api, clock: FixedClock) -> None:
    complaint = await file_complaint(api)
    assert (await move(api, complaint, "RESOLVED")) == {
        "complaint": None,
        "errors": [{"field": ["resolution"], "code": "REQUIRED", "message": "解决投诉时请填写处理结果"}],
    }
    assert (await move(api, complaint, "RESOLVED", resolution="道歉并赠送果盘", staffAtFault=True)) == {
        "complaint": None,
        "errors": [{"field": ["staffAtFaultWho"], "code": "REQUIRED", "message": "员工有责时请填写责任员工"}],
    }
    resolved = await move(
        api,
        complaint,
        "RESOLVED",
        resolution="道歉并赠送果盘",
        rootCause="夜班保洁推车噪音",
        compensation=8800,
        staffAtFault=True,
        staffAtFaultWho="夜班保洁 王某",
    )
    assert resolved["errors"] == []
    c = resolved["complaint"]
    assert (c["resolution"], c["rootCause"], c["compensation"], c["staffAtFault"], c["staffAtFaultWho"]) == (
        "道歉并赠送果盘",
        "夜班保洁推车噪音",
        8800,
        True,
        "夜班保洁 王某",
    )
    assert datetime.fromisoformat(c["resolvedAt"]) == clock.now
    assert (await move(api, c, "CLOSED")) == {
        "complaint": None,
        "errors": [{"field": ["satisfied"], "code": "REQUIRED", "message": "关闭投诉时请记录回访时客人是否满意"}],
    }
    assert (await move(api, c, "REOPENED")) == {
        "complaint": None,
        "errors": [{"field": ["note"], "code": "REQUIRED", "message": "重开投诉时请在备注中说明原因"}],
    }
    closed = await move(api, c, "CLOSED", satisfied=False)
    assert closed["errors"] == []
    assert (closed["complaint"]["status"], closed["complaint"]["satisfied"]) == ("CLOSED", False)
    assert closed["complaint"]["allowedTransitions"] == ["REOPENED"]
    assert closed["complaint"]["canEdit"] is False


async def test_a_stale_version_is_a_conflict_and_changes_nothing(api: Api, clock: FixedClock) -> None:
    complaint = await file_complaint(api)
    assert (await move(api, complaint, "INVESTIGATING"))["errors"] == []
    before = await snapshot(int(complaint["id"]))
    stale = await move(api, complaint, "RESOLVED", resolution="x")
    assert stale == {
        "complaint": None,
        "errors": [
            {
                "field": ["expectedVersion"],
                "code": "CONFLICT",
                "message": "投诉已被他人修改（当前版本 2，您提交的是 1），请刷新后重试",
            }
        ],
    }
    data = await api.data(UPDATE, {"input": {"id": complaint["id"], "expectedVersion": 1, "category": "噪音"}})
    assert data["updateComplaint"]["errors"][0]["code"] == "CONFLICT"
    assert await snapshot(int(complaint["id"])) == before


async def test_the_timeline_tells_who_did_what_when(api: Api, clock: FixedClock) -> None:
    agent = await api.user(Role.AGENT)
    complaint = await file_complaint(api, Role.AGENT, severity="HIGH", category="噪音", departments=["客房部"])
    data = await api.data(
        UPDATE,
        {
            "input": {
                "id": complaint["id"],
                "expectedVersion": 1,
                "assigneeId": str(agent.id),
                "departments": ["客房部", "工程部"],
                "note": "交工程部检查空调",
            }
        },
    )
    updated = data["updateComplaint"]["complaint"]
    started = await move(api, updated, "INVESTIGATING", as_role=Role.AGENT, note="已到房间查看")
    assert started["errors"] == []
    resolved = await move(api, started["complaint"], "RESOLVED", as_role=Role.AGENT, resolution="更换风机")
    assert resolved["errors"] == []
    await api.data(
        """mutation($id: ID!) { addComplaintNote(input: {id: $id, note: "客人表示感谢"}) { errors { code } } }""",
        {"id": complaint["id"]},
        as_role=Role.AGENT,
    )

    timeline = (await api.data(TIMELINE, {"id": complaint["id"]}))["complaint"]["timeline"]
    assert timeline == [
        {
            "action": "FILED",
            "fromStatus": None,
            "toStatus": "OPEN",
            "note": None,
            "actor": {"username": "agent-user"},
            "changes": [
                {"field": "severity", "before": None, "after": "HIGH"},
                {"field": "category", "before": None, "after": "噪音"},
                {"field": "departments", "before": None, "after": "客房部"},
            ],
        },
        {
            "action": "UPDATED",
            "fromStatus": None,
            "toStatus": None,
            "note": "交工程部检查空调",
            "actor": {"username": "manager-user"},
            "changes": [
                {"field": "assignee", "before": None, "after": "Test AGENT"},
                {"field": "departments", "before": "客房部", "after": "客房部、工程部"},
            ],
        },
        {
            "action": "INVESTIGATING",
            "fromStatus": "OPEN",
            "toStatus": "INVESTIGATING",
            "note": "已到房间查看",
            "actor": {"username": "agent-user"},
            "changes": [],
        },
        {
            "action": "RESOLVED",
            "fromStatus": "INVESTIGATING",
            "toStatus": "RESOLVED",
            "note": None,
            "actor": {"username": "agent-user"},
            "changes": [{"field": "resolution", "before": None, "after": "更换风机"}],
        },
        {
            "action": "NOTE",
            "fromStatus": None,
            "toStatus": None,
            "note": "客人表示感谢",
            "actor": {"username": "agent-user"},
            "changes": [],
        },
    ]
    audit = (
        await AuditEntry.filter(target_type="Complaint", target_id=complaint["id"])
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert audit == ["complaint.file", "complaint.update", "complaint.move", "complaint.move", "complaint.note"]


async def test_a_move_of_an_unknown_complaint_is_not_found(api: Api, clock: FixedClock) -> None:
    data = await api.data(MOVE, {"input": {"id": "999", "expectedVersion": 1, "status": "INVESTIGATING"}})
    assert data["moveComplaint"]["errors"] == [{"field": ["id"], "code": "NOT_FOUND", "message": "投诉 999 不存在"}]


async def test_escalated_at_is_cleared_by_a_new_due_time(api: Api, clock: FixedClock) -> None:
    complaint = await complaint_in(
        S.OPEN, due_at=clock.now - timedelta(minutes=1), escalated_at=clock.now, filed_at=clock.now - timedelta(hours=1)
    )
    data = await api.data(UPDATE, {"input": {"id": str(complaint.id), "expectedVersion": 1, "severity": "LOW"}})
    assert data["updateComplaint"]["errors"] == []
    row = await Complaint.get(id=complaint.id)
    assert row.escalated_at is None
    assert row.due_at == clock.now - timedelta(hours=1) + timedelta(hours=72)
    assert await ComplaintEvent.filter(complaint_id=complaint.id, action="UPDATED").count() == 1
