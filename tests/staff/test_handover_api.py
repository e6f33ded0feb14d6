"""Handover (客户交接): everything a user owns moves to another in one step, nothing else does."""

from __future__ import annotations

import pytest

from server.auth.models import AuditEntry, Role, UserStatus
from server.complaints.models import ComplaintEvent
from tests.conftest import Api
from tests.factories import make_user
from tests.staff.support import OWNED, TRANSFER, give_work, owners

BOTH_WAYS = {"customers": 2, "contracts": 2, "prospects": 1, "followUpTasks": 1, "complaints": 2}


@pytest.mark.parametrize("role", [Role.MANAGER, Role.ADMIN])
async def test_a_handover_moves_customers_contracts_prospects_tasks_and_complaints(api: Api, role: Role) -> None:
    leaver = await make_user("leaver")
    heir = await make_user("heir")
    book = await give_work(leaver)
    preview = await api.data(OWNED, {"id": str(leaver.id)}, as_role=role)
    assert preview["ownedBy"] == BOTH_WAYS

    data = await api.data(TRANSFER, {"from": str(leaver.id), "to": str(heir.id)}, as_role=role)

    assert data["transferCustomers"] == {
        "transferred": 2,
        "moved": BOTH_WAYS,
        "fromUser": {"username": "leaver"},
        "toUser": {"username": "heir"},
        "errors": [],
    }
    assert await owners(book) == {
        "customers": [heir.id, heir.id],
        "live_contracts": [heir.id, heir.id],
        "ended_contract": leaver.id,
        "open_prospect": heir.id,
        "won_prospect": leaver.id,
        "open_task": heir.id,
        "done_task": leaver.id,
        "open_complaints": [heir.id, heir.id],
        "resolved_complaint": leaver.id,
    }
    after = await api.data(OWNED, {"id": str(leaver.id)}, as_role=role)
    assert after["ownedBy"] == dict.fromkeys(BOTH_WAYS, 0)
    rows = await AuditEntry.filter(action="user.transferCustomers")
    assert len(rows) == 1
    assert rows[0].target_id == str(leaver.id)
    assert rows[0].actor_label == f"{role.value.lower()}-user"
    assert rows[0].details is not None
    assert {k: rows[0].details[k] for k in ("fromUserId", "toUserId", *BOTH_WAYS)} == {
        "fromUserId": leaver.id,
        "toUserId": heir.id,
        **BOTH_WAYS,
    }
    assert rows[0].details["customerIds"] == sorted(c.id for c in book.customers)
    events = await ComplaintEvent.filter(action="ASSIGNED").order_by("complaint_id")
    assert [(e.complaint_id, e.note, e.changes) for e in events] == [  # type: ignore[attr-defined]
        (c.id, "客户交接", {"assignee": {"from": "Leaver", "to": "Heir"}}) for c in book.open_complaints
    ]


async def test_an_inactive_user_can_still_be_handed_over_from(api: Api) -> None:
    leaver = await make_user("leaver", status=UserStatus.INACTIVE)
    heir = await make_user("heir")
    book = await give_work(leaver)
    data = await api.data(TRANSFER, {"from": str(leaver.id), "to": str(heir.id)})
    assert data["transferCustomers"]["transferred"] == 2
    assert (await owners(book))["customers"] == [heir.id, heir.id]


@pytest.mark.parametrize(
    ("to", "error"),
    [
        ("inactive", {"field": ["toUserId"], "code": "INVALID", "message": "Gone 已停用，不能接收客户"}),
        ("admin", {"field": ["toUserId"], "code": "INVALID", "message": "管理员不负责客户，请选择业务人员"}),
        ("same", {"field": ["toUserId"], "code": "INVALID", "message": "交出人和接收人不能是同一人"}),
        ("unknown", {"field": ["toUserId"], "code": "NOT_FOUND", "message": "员工 999999 不存在"}),
    ],
)
async def test_a_refused_handover_changes_nothing(api: Api, to: str, error: dict[str, object]) -> None:
    leaver = await make_user("leaver")
    targets = {
        "inactive": (await make_user("gone", status=UserStatus.INACTIVE)).id,
        "admin": (await make_user("boss", Role.ADMIN)).id,
        "same": leaver.id,
        "unknown": 999999,
    }
    book = await give_work(leaver)
    before = await owners(book)

    data = await api.data(TRANSFER, {"from": str(leaver.id), "to": str(targets[to])})

    assert data["transferCustomers"] == {
        "transferred": 0,
        "moved": None,
        "fromUser": None,
        "toUser": None,
        "errors": [error],
    }
    assert await owners(book) == before
    assert await AuditEntry.filter(action="user.transferCustomers").count() == 0
    assert await ComplaintEvent.all().count() == 0


async def test_a_failure_midway_rolls_the_whole_handover_back(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    leaver = await make_user("leaver")
    heir = await make_user("heir")
    book = await give_work(leaver)
    before = await owners(book)
    from server.auth import staff

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    # Customers, contracts, prospects, tasks and complaints are already moved when the timeline write fails.
    monkeypatch.setattr(staff.ComplaintEvent, "bulk_create", broken)

    body = await api.gql(TRANSFER, {"from": str(leaver.id), "to": str(heir.id)})

    assert body["errors"][0]["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    assert await owners(book) == before
    assert await AuditEntry.filter(action="user.transferCustomers").count() == 0


@pytest.mark.parametrize("role", [Role.SALES, Role.AGENT, Role.FRONT_DESK])
async def test_only_managers_and_admins_hand_over(api: Api, role: Role) -> None:
    leaver = await make_user("leaver")
    heir = await make_user("heir")
    book = await give_work(leaver)
    before = await owners(book)

    body = await api.gql(TRANSFER, {"from": str(leaver.id), "to": str(heir.id)}, as_role=role)
    preview = await api.gql(OWNED, {"id": str(leaver.id)}, as_role=role)

    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert preview["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await owners(book) == before
    assert await AuditEntry.filter(action="transferCustomers", outcome="FORBIDDEN").count() == 1
    assert await AuditEntry.filter(action="user.transferCustomers").count() == 0
