"""Prospects: grade → next date, follow-ups with supervisor comments, close WON/LOST, the board."""

from __future__ import annotations

from server.auth.models import Role
from server.customers.models import Customer, CustomerStatus
from server.prospects.models import FollowUpTask, FollowUpTaskKind, FollowUpTaskStatus, Prospect
from tests.complaints.conftest import FixedClock
from tests.conftest import Api
from tests.factories import make_customer
from tests.prospects.support import (
    BOARD,
    CLOSE,
    COMMENT,
    CREATE,
    FOLLOW_UP,
    GRADE,
    LIST,
    as_token,
    create_prospect,
    staff,
)


async def test_grade_sets_the_next_follow_up_in_hotel_time_and_one_open_task(api: Api, clock: FixedClock) -> None:
    customer = await make_customer(name="华星科技")
    # Hotel today is 2024-01-31 (UTC still says Jan 30): A → Feb 29 (leap year, month end).
    prospect = await create_prospect(api, customer.id, grade="A")
    assert prospect["nextFollowUpOn"] == "2024-02-29"
    assert prospect["status"] == "OPEN"
    assert prospect["owner"] == {"username": "sales-user"}
    tasks = await FollowUpTask.filter(prospect_id=int(prospect["id"])).values("kind", "status", "due_on")
    assert [(t["kind"], t["status"], t["due_on"].isoformat()) for t in tasks] == [
        (FollowUpTaskKind.PROSPECT, FollowUpTaskStatus.OPEN, "2024-02-29")
    ]

    changed = await api.data(
        GRADE, {"input": {"id": prospect["id"], "grade": "H", "expectedVersion": 1}}, as_role=Role.SALES
    )
    assert changed["changeProspectGrade"]["errors"] == []
    assert changed["changeProspectGrade"]["prospect"]["nextFollowUpOn"] == "2024-02-07"
    task = await FollowUpTask.get(prospect_id=int(prospect["id"]))
    assert task.due_on.isoformat() == "2024-02-07"

    again = await api.data(CREATE, {"input": {"customerId": str(customer.id), "grade": "B"}}, as_role=Role.SALES)
    assert again["createProspect"]["errors"] == [
        {"field": ["customerId"], "code": "DUPLICATE", "message": "该客户已有进行中的意向卡"}
    ]


async def test_follow_up_moves_the_task_and_supervisor_comments(api: Api, clock: FixedClock) -> None:
    customer = await make_customer(name="远航贸易")
    boss, boss_token = await staff(api, "sales-lead", Role.SALES)
    sales = await api.user(Role.SALES)
    sales.supervisor_id = boss.id
    await sales.save()
    prospect = await create_prospect(api, customer.id, grade="B")
    assert prospect["nextFollowUpOn"] == "2024-04-30"

    past = await api.data(
        FOLLOW_UP,
        {"input": {"prospectId": prospect["id"], "content": "电话沟通", "nextDate": "2024-01-30"}},
        as_role=Role.SALES,
    )
    assert past["recordProspectFollowUp"]["errors"] == [
        {"field": ["nextDate"], "code": "INVALID", "message": "下次跟进日期不能早于今天"}
    ]
    missing = await api.data(FOLLOW_UP, {"input": {"prospectId": prospect["id"], "content": " "}}, as_role=Role.SALES)
    assert missing["recordProspectFollowUp"]["errors"] == [
        {"field": ["content"], "code": "REQUIRED", "message": "请填写跟进内容"}
    ]

    done = await api.data(
        FOLLOW_UP,
        {
            "input": {
                "prospectId": prospect["id"],
                "impression": "决策人很务实",
                "content": "介绍了会议套餐",
                "bottleneck": "价格高于竞品",
                "plan": "申请协议价",
                "grade": "H",
            }
        },
        as_role=Role.SALES,
    )
    result = done["recordProspectFollowUp"]
    assert result["errors"] == []
    assert result["followUp"]["nextDate"] == "2024-02-07"
    assert result["prospect"]["grade"] == "H"
    assert result["prospect"]["nextFollowUpOn"] == "2024-02-07"
    tasks = await FollowUpTask.filter(prospect_id=int(prospect["id"])).order_by("id").values("status", "due_on")
    assert [(t["status"], t["due_on"].isoformat()) for t in tasks] == [
        (FollowUpTaskStatus.DONE, "2024-04-30"),
        (FollowUpTaskStatus.OPEN, "2024-02-07"),
    ]

    follow_up_id = result["followUp"]["id"]
    other, other_token = await staff(api, "sales-other", Role.SALES)
    refused = await as_token(api, other_token, COMMENT, {"input": {"id": follow_up_id, "comment": "很好"}})
    assert refused["commentOnFollowUp"]["errors"] == [
        {"field": ["id"], "code": "NOT_FOUND", "message": "找不到该跟进记录"}
    ]
    own = await api.data(COMMENT, {"input": {"id": follow_up_id, "comment": "自评"}}, as_role=Role.SALES)
    assert own["commentOnFollowUp"]["errors"] == [
        {"field": None, "code": "FORBIDDEN", "message": "只有负责人的主管或经理可以点评"}
    ]
    commented = await as_token(api, boss_token, COMMENT, {"input": {"id": follow_up_id, "comment": "下周带样品去"}})
    assert commented["commentOnFollowUp"]["errors"] == []
    assert commented["commentOnFollowUp"]["followUp"]["supervisorComment"] == "下周带样品去"
    assert commented["commentOnFollowUp"]["followUp"]["supervisor"] == {"username": "sales-lead"}
    assert other.id != boss.id


async def test_close_won_activates_the_customer_and_lost_needs_a_reason(api: Api, clock: FixedClock) -> None:
    won_customer = await make_customer(name="新客户")
    await Customer.filter(id=won_customer.id).update(status=CustomerStatus.PROSPECT)
    won = await create_prospect(api, won_customer.id, grade="H")
    closed = await api.data(CLOSE, {"input": {"id": won["id"], "outcome": "WON", "reason": "签约"}}, as_role=Role.SALES)
    assert closed["closeProspect"]["errors"] == []
    assert closed["closeProspect"]["prospect"]["status"] == "WON"
    assert (await Customer.get(id=won_customer.id)).status is CustomerStatus.ACTIVE
    assert await FollowUpTask.filter(prospect_id=int(won["id"]), status=FollowUpTaskStatus.OPEN).count() == 0
    assert await FollowUpTask.filter(prospect_id=int(won["id"]), status=FollowUpTaskStatus.CANCELLED).count() == 1

    lost_customer = await make_customer(name="犹豫客户")
    lost = await create_prospect(api, lost_customer.id, grade="C")
    no_reason = await api.data(CLOSE, {"input": {"id": lost["id"], "outcome": "LOST"}}, as_role=Role.SALES)
    assert no_reason["closeProspect"]["errors"] == [{"field": ["reason"], "code": "REQUIRED", "message": "请填写原因"}]
    assert (await Prospect.get(id=int(lost["id"]))).version == 1
    done = await api.data(
        CLOSE, {"input": {"id": lost["id"], "outcome": "LOST", "reason": "选择了竞品"}}, as_role=Role.SALES
    )
    assert done["closeProspect"]["prospect"]["outcomeReason"] == "选择了竞品"
    again = await api.data(CLOSE, {"input": {"id": lost["id"], "outcome": "WON"}}, as_role=Role.SALES)
    assert again["closeProspect"]["errors"] == [{"field": None, "code": "INVALID_STATE", "message": "该意向客户已结束"}]


async def test_board_by_grade_and_who_sees_which_prospects(api: Api, clock: FixedClock) -> None:
    for name, grade in (("甲", "H"), ("乙", "H"), ("丙", "A"), ("丁", "C")):
        customer = await make_customer(name=name)
        await create_prospect(api, customer.id, grade=grade)
    _, other_token = await staff(api, "sales-other", Role.SALES)

    board = (await api.data(BOARD, as_role=Role.SALES))["prospectBoard"]
    assert [(c["grade"], c["count"]) for c in board] == [("H", 2), ("A", 1), ("B", 0), ("C", 1)]
    assert [p["nextFollowUpOn"] for p in board[0]["prospects"]] == ["2024-02-07", "2024-02-07"]
    manager = (await api.data(LIST, {"grade": "H"}, as_role=Role.MANAGER))["prospects"]
    assert manager["totalCount"] == 2
    others = (await as_token(api, other_token, LIST))["prospects"]
    assert others["totalCount"] == 0
    other_board = (await as_token(api, other_token, BOARD))["prospectBoard"]
    assert [c["count"] for c in other_board] == [0, 0, 0, 0]
