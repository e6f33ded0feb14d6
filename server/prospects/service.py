"""Prospects (意向客户管理卡), follow-up tasks (回访), revisit rules, events and the dormant list.

Grades and the next follow-up date (HOTEL_CRM_PROSPECT_*): H (decision within 7 days) → today + 7
days; A (within a month) → + 1 month; B (1–3 months) → + 3 months; C (over 3 months) → + 6 months.
Months are calendar months with the day clamped to the month's end (Jan 31 + 1 month = Feb 28,
or Feb 29 in a leap year). "Today" is the hotel's date (HOTEL_CRM_TIMEZONE), never UTC's.

Each OPEN prospect keeps exactly one OPEN PROSPECT task due on next_follow_up_on: moved when the
date changes, done when a follow-up is recorded (and a new one opened for the next date),
cancelled when the prospect closes.

Revisit rules create tasks for the customer's owner: after a CHECKED_OUT stay at departure +
HOTEL_CRM_REVISIT_AFTER_STAY_DAYS, after an event attended without buying at held_on +
HOTEL_CRM_REVISIT_AFTER_EVENT_DAYS. rule_key ("stay:<id>:+3", "event:<attendance id>:+15") is
unique, so generation is idempotent; the nightly job only creates tasks not yet past by more than
REVISIT_GRACE_DAYS (a fresh database of old stays does not fill everyone's list with overdue
calls).

Who: SALES and MANAGER manage prospects and tasks. SALES see and change their own; a supervisor
(users.supervisor) sees the team's and comments on its follow-ups; MANAGER everything.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from server.auth import audit
from server.auth.actor import Actor
from server.auth.models import Role, User
from server.core import sql
from server.core.errors import DomainError, ErrorCode, FieldErrors
from server.core.text import clean_text, require_text
from server.core.time import hotel_day_start, hotel_today, utcnow
from server.customers.models import Customer, CustomerStatus
from server.prospects.models import (
    EventAttendance,
    FollowUpTask,
    FollowUpTaskKind,
    FollowUpTaskStatus,
    HotelEvent,
    Prospect,
    ProspectFollowUp,
    ProspectGrade,
    ProspectStatus,
)
from server.settings import get_settings
from server.stays.models import Stay, StayStatus

MAX_TEXT = 4000
MAX_REASON = 500
MAX_TITLE = 200
MAX_NOTE = 2000
REVISIT_GRACE_DAYS = 7
BOARD_COLUMN_SIZE = 50
MANAGERS = frozenset({Role.MANAGER})
ACCOUNT_STAFF = frozenset({Role.SALES, Role.MANAGER})
GRADES = (ProspectGrade.H, ProspectGrade.A, ProspectGrade.B, ProspectGrade.C)
RowT = TypeVar("RowT")


def add_months(start: date, months: int) -> date:
    """Calendar months later, the day clamped to the month's end (Jan 31 + 1 → Feb 28/29)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def next_follow_up(grade: ProspectGrade, start: date) -> date:
    """The next follow-up date a grade sets, counted from start (the hotel's today)."""
    s = get_settings()
    if grade is ProspectGrade.H:
        return start + timedelta(days=s.prospect_h_days)
    months = {ProspectGrade.A: s.prospect_a_months, ProspectGrade.B: s.prospect_b_months}.get(
        grade, s.prospect_c_months
    )
    return add_months(start, months)


# ---------------------------------------------------------------- who sees what


def is_manager(actor: Actor) -> bool:
    return actor.role is Role.MANAGER


def _require_account_staff(actor: Actor) -> None:
    if actor.role not in ACCOUNT_STAFF:
        raise DomainError(ErrorCode.FORBIDDEN, "只有销售和经理可以管理意向客户和回访")


async def team_ids(actor: Actor) -> list[int]:
    """The signed-in user and the staff they supervise."""
    if actor.user_id is None:
        return []
    members: list[Any] = list(await User.filter(supervisor_id=actor.user_id).values_list("id", flat=True))
    return [actor.user_id, *[int(m) for m in members]]


async def _visible_owners(actor: Actor) -> list[int] | None:
    """None: everyone's (managers); else the owners whose records the actor sees."""
    if is_manager(actor):
        return None
    return await team_ids(actor)


async def _may_see(actor: Actor, owner_id: int | None) -> bool:
    owners = await _visible_owners(actor)
    return owners is None or (owner_id is not None and owner_id in owners)


def _may_change(actor: Actor, owner_id: int | None) -> bool:
    """The owner changes their prospects and tasks; a manager anyone's."""
    return is_manager(actor) or (actor.user_id is not None and owner_id == actor.user_id)


async def _may_comment(actor: Actor, owner_id: int | None) -> bool:
    """The owner's supervisor or a manager."""
    if is_manager(actor):
        return True
    if owner_id is None or actor.user_id is None:
        return False
    return await User.filter(id=owner_id, supervisor_id=actor.user_id).exists()


def _check_owner_choice(actor: Actor, owner_id: int | None, c: FieldErrors) -> None:
    """SALES take their own records; only a manager names someone else as the owner."""
    if owner_id is not None and owner_id != actor.user_id and not is_manager(actor):
        c.add(DomainError(ErrorCode.FORBIDDEN, "只有经理可以指定负责人", field="ownerId"))


async def _require_active_owner(owner_id: int | None) -> None:
    if owner_id is not None and not await User.filter(id=owner_id, deactivated_at=None).exists():
        raise DomainError(ErrorCode.NOT_FOUND, "找不到该员工", field="ownerId")


async def _live_customer(customer_id: int) -> Customer:
    """The customer a record is for; a merged-away one is not found (its survivor is the one to use)."""
    customer = await Customer.get_or_none(id=customer_id)
    if customer is None or customer.status is CustomerStatus.MERGED:
        raise DomainError(ErrorCode.NOT_FOUND, "找不到该客户", field="customerId")
    return customer


async def _close_tasks(
    tasks: QuerySet[FollowUpTask], status: FollowUpTaskStatus, *, actor: Actor, at: datetime
) -> None:
    """Marks the open ones of these tasks DONE or CANCELLED, by the actor."""
    await tasks.filter(status=FollowUpTaskStatus.OPEN).update(status=status, done_at=at, done_by_id=actor.user_id)


# ---------------------------------------------------------------- prospects


async def get_prospect(prospect_id: int) -> Prospect | None:
    return await Prospect.get_or_none(id=prospect_id)


async def read_prospect(*, actor: Actor, prospect_id: int) -> Prospect | None:
    _require_account_staff(actor)
    found = await get_prospect(prospect_id)
    if found is None or not await _may_see(actor, found.owner_id):  # type: ignore[attr-defined]
        return None
    return found


async def _prospect_for_change(actor: Actor, prospect_id: int, *, expected_version: int | None = None) -> Prospect:
    _require_account_staff(actor)
    prospect = await Prospect.get_or_none(id=prospect_id)
    if prospect is None or not await _may_see(actor, prospect.owner_id):  # type: ignore[attr-defined]
        raise DomainError(ErrorCode.NOT_FOUND, "找不到该意向客户", field="id")
    if not _may_change(actor, prospect.owner_id):  # type: ignore[attr-defined]
        raise DomainError(ErrorCode.FORBIDDEN, "只有负责人或经理可以修改该意向客户")
    if prospect.status is not ProspectStatus.OPEN:
        raise DomainError(ErrorCode.INVALID_STATE, "该意向客户已结束")
    if expected_version is not None and prospect.version != expected_version:
        raise DomainError(ErrorCode.CONFLICT, "该意向客户已被他人修改，请刷新后重试", field="expectedVersion")
    return prospect


def _task_title(customer_name: str) -> str:
    return f"跟进意向客户 {customer_name}"[:MAX_TITLE]


async def _open_prospect_task(prospect: Prospect, customer_name: str) -> FollowUpTask:
    assert prospect.next_follow_up_on is not None
    return await FollowUpTask.create(
        customer_id=prospect.customer_id,  # type: ignore[attr-defined]
        prospect_id=prospect.id,
        owner_id=prospect.owner_id,  # type: ignore[attr-defined]
        kind=FollowUpTaskKind.PROSPECT,
        title=_task_title(customer_name),
        due_on=prospect.next_follow_up_on,
    )


async def _move_prospect_task(prospect: Prospect) -> None:
    await FollowUpTask.filter(
        prospect_id=prospect.id, kind=FollowUpTaskKind.PROSPECT, status=FollowUpTaskStatus.OPEN
    ).update(due_on=prospect.next_follow_up_on, owner_id=prospect.owner_id)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class NewProspect:
    customer_id: int
    grade: ProspectGrade
    interest: str | None = None
    owner_id: int | None = None


async def create_prospect(*, actor: Actor, data: NewProspect) -> Prospect:
    """Opens a prospect card for a customer; its grade sets the first follow-up date."""
    _require_account_staff(actor)
    c = FieldErrors()
    interest = c.run(clean_text, data.interest, field="interest", max_length=MAX_TEXT, multiline=True, label="意向")
    _check_owner_choice(actor, data.owner_id, c)
    c.check()
    customer = await _live_customer(data.customer_id)
    owner_id = data.owner_id if data.owner_id is not None else actor.user_id
    await _require_active_owner(data.owner_id)
    if await Prospect.filter(customer_id=customer.id, status=ProspectStatus.OPEN).exists():
        raise DomainError(ErrorCode.DUPLICATE, "该客户已有进行中的意向卡", field="customerId")
    async with in_transaction():
        prospect = await Prospect.create(
            customer_id=customer.id,
            owner_id=owner_id,
            grade=data.grade,
            interest=interest,
            next_follow_up_on=next_follow_up(data.grade, hotel_today()),
        )
        await _open_prospect_task(prospect, customer.name)
        await audit.record(
            actor,
            "prospect.create",
            target_type="Prospect",
            target_id=prospect.id,
            details={"customerId": customer.id, "grade": data.grade.value},
        )
    return prospect


async def change_grade(
    *, actor: Actor, prospect_id: int, grade: ProspectGrade, expected_version: int | None = None
) -> Prospect:
    """A new grade; the next follow-up date is recomputed from today."""
    prospect = await _prospect_for_change(actor, prospect_id, expected_version=expected_version)
    before = prospect.grade
    async with in_transaction():
        prospect.grade = grade
        prospect.next_follow_up_on = next_follow_up(grade, hotel_today())
        prospect.version += 1
        await prospect.save(update_fields=["grade", "next_follow_up_on", "version", "updated_at"])
        await _move_prospect_task(prospect)
        await audit.record(
            actor,
            "prospect.grade",
            target_type="Prospect",
            target_id=prospect.id,
            details={"grade": {"from": before.value, "to": grade.value}},
        )
    return prospect


@dataclass(frozen=True)
class NewFollowUp:
    prospect_id: int
    content: str
    impression: str | None = None
    bottleneck: str | None = None
    plan: str | None = None
    next_date: date | None = None
    grade: ProspectGrade | None = None


async def record_follow_up(*, actor: Actor, data: NewFollowUp) -> ProspectFollowUp:
    """Records a follow-up; the open task is done and a new one opened for the next date."""
    prospect = await _prospect_for_change(actor, data.prospect_id)
    c = FieldErrors()
    content = c.run(require_text, data.content, field="content", max_length=MAX_TEXT, label="跟进内容", multiline=True)
    texts = {
        name: c.run(clean_text, getattr(data, name), field=name, max_length=MAX_TEXT, multiline=True, label=label)
        for name, label in (("impression", "印象"), ("bottleneck", "瓶颈分析"), ("plan", "计划"))
    }
    today = hotel_today()
    if data.next_date is not None and data.next_date < today:
        c.add(DomainError(ErrorCode.INVALID, "下次跟进日期不能早于今天", field="nextDate"))
    c.check()
    grade = data.grade or prospect.grade
    next_date = data.next_date or next_follow_up(grade, today)
    now = utcnow()
    customer = await Customer.get(id=prospect.customer_id)  # type: ignore[attr-defined]
    async with in_transaction():
        follow_up = await ProspectFollowUp.create(
            prospect_id=prospect.id,
            by_id=actor.user_id,
            at=now,
            content=content,
            next_date=next_date,
            grade=data.grade,
            impression=texts["impression"],
            bottleneck=texts["bottleneck"],
            plan=texts["plan"],
        )
        await _close_tasks(
            FollowUpTask.filter(prospect_id=prospect.id, kind=FollowUpTaskKind.PROSPECT),
            FollowUpTaskStatus.DONE,
            actor=actor,
            at=now,
        )
        prospect.grade = grade
        prospect.next_follow_up_on = next_date
        prospect.version += 1
        await prospect.save(update_fields=["grade", "next_follow_up_on", "version", "updated_at"])
        await _open_prospect_task(prospect, customer.name)
        await audit.record(
            actor,
            "prospect.follow_up",
            target_type="Prospect",
            target_id=prospect.id,
            details={"followUpId": follow_up.id, "nextDate": next_date.isoformat(), "grade": grade.value},
        )
    return follow_up


async def comment_on_follow_up(*, actor: Actor, follow_up_id: int, comment: str) -> ProspectFollowUp:
    """The supervisor's comment (主管意见): the owner's supervisor or a manager."""
    _require_account_staff(actor)
    text = require_text(comment, field="comment", max_length=MAX_TEXT, label="主管意见", multiline=True)
    follow_up = await ProspectFollowUp.get_or_none(id=follow_up_id)
    prospect = await Prospect.get_or_none(id=follow_up.prospect_id) if follow_up else None  # type: ignore[attr-defined]
    if follow_up is None or prospect is None or not await _may_see(actor, prospect.owner_id):  # type: ignore[attr-defined]
        raise DomainError(ErrorCode.NOT_FOUND, "找不到该跟进记录", field="id")
    if not await _may_comment(actor, prospect.owner_id):  # type: ignore[attr-defined]
        raise DomainError(ErrorCode.FORBIDDEN, "只有负责人的主管或经理可以点评")
    async with in_transaction():
        follow_up.supervisor_comment = text
        follow_up.supervisor_id = actor.user_id
        follow_up.commented_at = utcnow()
        await follow_up.save(update_fields=["supervisor_comment", "supervisor_id", "commented_at"])
        await audit.record(actor, "prospect.comment", target_type="ProspectFollowUp", target_id=follow_up.id)
    return follow_up


async def close_prospect(
    *, actor: Actor, prospect_id: int, outcome: ProspectStatus, reason: str | None, expected_version: int | None = None
) -> Prospect:
    """Ends a prospect WON (the customer becomes ACTIVE) or LOST (a reason is required)."""
    prospect = await _prospect_for_change(actor, prospect_id, expected_version=expected_version)
    c = FieldErrors()
    if outcome is ProspectStatus.OPEN:
        c.add(DomainError(ErrorCode.INVALID, "结果只能是成交或流失", field="outcome"))
    text = c.run(
        clean_text,
        reason,
        field="reason",
        max_length=MAX_REASON,
        required=outcome is ProspectStatus.LOST,
        label="原因",
    )
    c.check()
    now = utcnow()
    async with in_transaction():
        prospect.status = outcome
        prospect.outcome_reason = text
        prospect.closed_at = now
        prospect.version += 1
        await prospect.save(update_fields=["status", "outcome_reason", "closed_at", "version", "updated_at"])
        await _close_tasks(
            FollowUpTask.filter(prospect_id=prospect.id), FollowUpTaskStatus.CANCELLED, actor=actor, at=now
        )
        if outcome is ProspectStatus.WON:
            customer = await Customer.get(id=prospect.customer_id)  # type: ignore[attr-defined]
            if customer.status is not CustomerStatus.ACTIVE:
                await Customer.filter(id=customer.id).update(
                    status=CustomerStatus.ACTIVE, status_reason=None, version=customer.version + 1, updated_at=now
                )
        await audit.record(
            actor,
            "prospect.close",
            target_type="Prospect",
            target_id=prospect.id,
            reason=text,
            details={"outcome": outcome.value},
        )
    return prospect


@dataclass(frozen=True)
class ProspectFilter:
    grade: ProspectGrade | None = None
    status: ProspectStatus | None = None
    owner_id: int | None = None
    customer_id: int | None = None


@dataclass
class ProspectPage:
    prospects: list[Prospect]
    total: int


async def _prospect_query(actor: Actor, f: ProspectFilter) -> Any:
    query = Prospect.all()
    owners = await _visible_owners(actor)
    if owners is not None:
        query = query.filter(owner_id__in=owners)
    if f.grade is not None:
        query = query.filter(grade=f.grade)
    if f.status is not None:
        query = query.filter(status=f.status)
    if f.owner_id is not None:
        query = query.filter(owner_id=f.owner_id)
    if f.customer_id is not None:
        query = query.filter(customer_id=f.customer_id)
    return query


async def prospects_page(*, actor: Actor, board: ProspectFilter, first: int, offset: int) -> ProspectPage:
    """Open ones first, soonest follow-up first; SALES see their own, supervisors their team, managers all."""
    _require_account_staff(actor)
    query = await _prospect_query(actor, board)
    total = await query.count()
    rows = await query.order_by("status", "next_follow_up_on", "id").offset(offset).limit(first)
    return ProspectPage(prospects=list(rows), total=total)


@dataclass
class BoardColumn:
    grade: ProspectGrade
    count: int
    prospects: list[Prospect] = field(default_factory=list)


async def prospect_board(
    *, actor: Actor, owner_id: int | None = None, per_column: int = BOARD_COLUMN_SIZE
) -> list[BoardColumn]:
    """Open prospects in H/A/B/C columns with their counts, soonest follow-up first."""
    _require_account_staff(actor)
    query = await _prospect_query(actor, ProspectFilter(status=ProspectStatus.OPEN, owner_id=owner_id))
    columns: list[BoardColumn] = []
    for grade in GRADES:
        graded = query.filter(grade=grade)
        rows = await graded.order_by("next_follow_up_on", "id").limit(per_column)
        count = len(rows) if len(rows) < per_column else await graded.count()
        columns.append(BoardColumn(grade=grade, count=count, prospects=list(rows)))
    return columns


def _grouped(rows: Iterable[RowT], key: str) -> dict[int, list[RowT]]:
    """Rows by one of their foreign keys, in the order given (the DataLoaders' shape)."""
    found: dict[int, list[RowT]] = {}
    for row in rows:
        found.setdefault(getattr(row, key), []).append(row)
    return found


async def follow_ups_of(prospect_ids: list[int]) -> dict[int, list[ProspectFollowUp]]:
    """Each prospect's follow-ups, newest first."""
    rows = await ProspectFollowUp.filter(prospect_id__in=prospect_ids).order_by("-at", "-id") if prospect_ids else []
    return _grouped(rows, "prospect_id")


async def prospects_of(customer_ids: list[int]) -> dict[int, list[Prospect]]:
    """Each customer's prospects, open first then newest (the card's panel)."""
    rows = await Prospect.filter(customer_id__in=customer_ids).order_by("status", "-id") if customer_ids else []
    return _grouped(rows, "customer_id")


async def prospects_by_ids(ids: list[int]) -> dict[int, Prospect]:
    return {p.id: p for p in await Prospect.filter(id__in=ids)}


# ---------------------------------------------------------------- follow-up tasks


async def _task_for_change(actor: Actor, task_id: int) -> FollowUpTask:
    _require_account_staff(actor)
    task = await FollowUpTask.get_or_none(id=task_id)
    if task is None or not await _may_see(actor, task.owner_id):  # type: ignore[attr-defined]
        raise DomainError(ErrorCode.NOT_FOUND, "找不到该回访任务", field="id")
    if not _may_change(actor, task.owner_id):  # type: ignore[attr-defined]
        raise DomainError(ErrorCode.FORBIDDEN, "只有负责人或经理可以处理该回访任务")
    if task.status is not FollowUpTaskStatus.OPEN:
        raise DomainError(ErrorCode.INVALID_STATE, "该回访任务已结束")
    return task


async def complete_task(*, actor: Actor, task_id: int, note: str | None) -> FollowUpTask:
    task = await _task_for_change(actor, task_id)
    text = clean_text(note, field="note", max_length=MAX_NOTE, multiline=True, label="备注")
    async with in_transaction():
        task.status = FollowUpTaskStatus.DONE
        if text is not None:
            task.note = text
        task.done_at = utcnow()
        task.done_by_id = actor.user_id
        await task.save(update_fields=["status", "note", "done_at", "done_by_id"])
        await audit.record(actor, "follow_up_task.complete", target_type="FollowUpTask", target_id=task.id)
    return task


async def reschedule_task(*, actor: Actor, task_id: int, due_on: date, note: str | None = None) -> FollowUpTask:
    """A new due date (today or later); a prospect's task moves the prospect's next follow-up too."""
    task = await _task_for_change(actor, task_id)
    c = FieldErrors()
    if due_on < hotel_today():
        c.add(DomainError(ErrorCode.INVALID, "日期不能早于今天", field="dueOn"))
    text = c.run(clean_text, note, field="note", max_length=MAX_NOTE, multiline=True, label="备注")
    c.check()
    before = task.due_on
    async with in_transaction():
        task.due_on = due_on
        if text is not None:
            task.note = text
        await task.save(update_fields=["due_on", "note"])
        if task.prospect_id is not None and task.kind is FollowUpTaskKind.PROSPECT:  # type: ignore[attr-defined]
            await Prospect.filter(id=task.prospect_id, status=ProspectStatus.OPEN).update(  # type: ignore[attr-defined]
                next_follow_up_on=due_on, updated_at=utcnow()
            )
        await audit.record(
            actor,
            "follow_up_task.reschedule",
            target_type="FollowUpTask",
            target_id=task.id,
            details={"dueOn": {"from": before.isoformat(), "to": due_on.isoformat()}},
        )
    return task


@dataclass(frozen=True)
class NewTask:
    customer_id: int
    title: str
    due_on: date
    note: str | None = None
    owner_id: int | None = None


async def create_task(*, actor: Actor, data: NewTask) -> FollowUpTask:
    """A MANUAL follow-up task; SALES for themselves, a manager for anyone."""
    _require_account_staff(actor)
    c = FieldErrors()
    title = c.run(require_text, data.title, field="title", max_length=MAX_TITLE, label="标题")
    note = c.run(clean_text, data.note, field="note", max_length=MAX_NOTE, multiline=True, label="备注")
    if data.due_on < hotel_today():
        c.add(DomainError(ErrorCode.INVALID, "日期不能早于今天", field="dueOn"))
    _check_owner_choice(actor, data.owner_id, c)
    c.check()
    customer = await _live_customer(data.customer_id)
    await _require_active_owner(data.owner_id)
    async with in_transaction():
        task = await FollowUpTask.create(
            customer_id=customer.id,
            owner_id=data.owner_id if data.owner_id is not None else actor.user_id,
            kind=FollowUpTaskKind.MANUAL,
            title=title,
            due_on=data.due_on,
            note=note,
        )
        await audit.record(actor, "follow_up_task.create", target_type="FollowUpTask", target_id=task.id)
    return task


@dataclass
class DueTasks:
    overdue: list[FollowUpTask]
    due_today: list[FollowUpTask]
    upcoming: list[FollowUpTask]
    today: date


async def _due(owners: Iterable[int] | None, *, days_ahead: int, limit: int) -> DueTasks:
    today = hotel_today()
    query = FollowUpTask.filter(status=FollowUpTaskStatus.OPEN, due_on__lte=today + timedelta(days=days_ahead))
    if owners is not None:
        query = query.filter(owner_id__in=list(owners))
    rows = await query.order_by("due_on", "id").limit(limit)
    return DueTasks(
        overdue=[t for t in rows if t.due_on < today],
        due_today=[t for t in rows if t.due_on == today],
        upcoming=[t for t in rows if t.due_on > today],
        today=today,
    )


async def my_follow_ups(*, actor: Actor, days_ahead: int = 7, limit: int = 100) -> DueTasks:
    """The signed-in user's open tasks: overdue, due today, and the next days_ahead days."""
    return await _due([actor.user_id] if actor.user_id is not None else [], days_ahead=days_ahead, limit=limit)


async def team_follow_ups(*, actor: Actor, days_ahead: int = 7, limit: int = 100) -> DueTasks:
    """A supervisor's team (and their own); a manager everyone's, unassigned ones included."""
    _require_account_staff(actor)
    return await _due(await _visible_owners(actor), days_ahead=days_ahead, limit=limit)


async def tasks_of(customer_ids: list[int]) -> dict[int, list[FollowUpTask]]:
    """Each customer's open tasks, soonest first (the card's panel)."""
    if not customer_ids:
        return {}
    rows = await FollowUpTask.filter(customer_id__in=customer_ids, status=FollowUpTaskStatus.OPEN).order_by(
        "due_on", "id"
    )
    return _grouped(rows, "customer_id")


# ---------------------------------------------------------------- events and revisit rules


async def create_event(*, actor: Actor, name: str, held_on: date) -> HotelEvent:
    _require_account_staff(actor)
    clean = require_text(name, field="name", max_length=128, label="活动名称")
    async with in_transaction():
        event = await HotelEvent.create(name=clean, held_on=held_on)
        await audit.record(actor, "event.create", target_type="HotelEvent", target_id=event.id)
    return event


MAX_EVENTS = 100


async def latest_events(*, actor: Actor, limit: int = MAX_EVENTS) -> list[HotelEvent]:
    """Events, the latest first."""
    _require_account_staff(actor)
    return list(await HotelEvent.all().order_by("-held_on", "-id").limit(limit))


async def read_event(*, actor: Actor, event_id: int) -> HotelEvent | None:
    _require_account_staff(actor)
    return await HotelEvent.get_or_none(id=event_id)


async def attendances_of(event_ids: list[int]) -> dict[int, list[EventAttendance]]:
    """Each event's guests, in the order they were recorded."""
    rows = await EventAttendance.filter(event_id__in=event_ids).order_by("id") if event_ids else []
    return _grouped(rows, "event_id")


async def revisit_tasks_of(attendance_ids: list[int]) -> dict[int, list[FollowUpTask]]:
    """The revisit tasks each attendance created (open, done or cancelled), soonest first.

    Matched on rule_key ("event:<attendance id>:+<days>") rather than on today's settings, so that
    tasks made under other revisit days are still found."""
    if not attendance_ids:
        return {}
    guests: list[Any] = list(await EventAttendance.filter(id__in=attendance_ids).values_list("customer_id", flat=True))
    rows = await FollowUpTask.filter(
        kind=FollowUpTaskKind.REVISIT_EVENT, customer_id__in=list(set(guests)), rule_key__startswith="event:"
    ).order_by("due_on", "id")
    wanted = set(attendance_ids)
    found: dict[int, list[FollowUpTask]] = {}
    for task in rows:
        attendance_id = int(str(task.rule_key).split(":")[1])
        if attendance_id in wanted:
            found.setdefault(attendance_id, []).append(task)
    return found


async def record_attendance(*, actor: Actor, event_id: int, customer_id: int, purchased: bool) -> EventAttendance:
    """Who came to an event and whether they bought; attending without buying creates revisit tasks."""
    _require_account_staff(actor)
    event = await HotelEvent.get_or_none(id=event_id)
    if event is None:
        raise DomainError(ErrorCode.NOT_FOUND, "找不到该活动", field="eventId")
    customer = await _live_customer(customer_id)
    async with in_transaction():
        attendance = await EventAttendance.get_or_none(event_id=event.id, customer_id=customer.id)
        if attendance is None:
            attendance = await EventAttendance.create(event_id=event.id, customer_id=customer.id, purchased=purchased)
        else:
            attendance.purchased = purchased
            await attendance.save(update_fields=["purchased"])
        if purchased:
            # Bought after all: the revisit calls are no longer needed.
            await _close_tasks(
                FollowUpTask.filter(rule_key__startswith=f"event:{attendance.id}:"),
                FollowUpTaskStatus.CANCELLED,
                actor=actor,
                at=utcnow(),
            )
        else:
            await _create_revisits(
                [
                    (
                        f"event:{attendance.id}:+{d}",
                        customer,
                        event.held_on + timedelta(days=d),
                        f"活动回访：{event.name}",
                    )
                    for d in get_settings().revisit_after_event_days
                ],
                kind=FollowUpTaskKind.REVISIT_EVENT,
                since=hotel_today() - timedelta(days=REVISIT_GRACE_DAYS),
            )
        await audit.record(
            actor,
            "event.attendance",
            target_type="HotelEvent",
            target_id=event.id,
            details={"customerId": customer.id, "purchased": purchased},
        )
    return attendance


async def _create_revisits(
    wanted: list[tuple[str, Customer, date, str]], *, kind: FollowUpTaskKind, since: date
) -> int:
    """Creates the tasks whose rule_key does not exist yet and whose date has not long passed."""
    wanted = [w for w in wanted if w[2] >= since]
    if not wanted:
        return 0
    existing: set[Any] = set(
        await FollowUpTask.filter(rule_key__in=[w[0] for w in wanted]).values_list("rule_key", flat=True)
    )
    fresh = [
        FollowUpTask(
            customer_id=customer.id,
            owner_id=customer.owner_id,  # type: ignore[attr-defined]
            kind=kind,
            title=title[:MAX_TITLE],
            due_on=due_on,
            rule_key=key,
        )
        for key, customer, due_on, title in wanted
        if key not in existing
    ]
    if fresh:
        await FollowUpTask.bulk_create(fresh, ignore_conflicts=True)
    return len(fresh)


@dataclass
class GenerationCounts:
    stay_tasks: int
    event_tasks: int


async def generate_revisit_tasks(*, today: date | None = None) -> GenerationCounts:
    """The nightly job (`hotel-crm follow-ups generate`): idempotent through rule_key."""
    today = today or hotel_today()
    s = get_settings()
    since = today - timedelta(days=REVISIT_GRACE_DAYS)
    stay_days = s.revisit_after_stay_days
    event_days = s.revisit_after_event_days
    stays = (
        await Stay.filter(
            status=StayStatus.CHECKED_OUT, departure__gte=since - timedelta(days=max(stay_days)), departure__lte=today
        ).all()
        if stay_days
        else []
    )
    attendances = (
        await EventAttendance.filter(
            purchased=False,
            event__held_on__gte=since - timedelta(days=max(event_days)),
            event__held_on__lte=today,
        ).all()
        if event_days
        else []
    )
    events = {e.id: e for e in await HotelEvent.filter(id__in={a.event_id for a in attendances})}  # type: ignore[attr-defined]
    customer_ids = {s.customer_id for s in stays} | {a.customer_id for a in attendances}  # type: ignore[attr-defined]
    live = {c.id: c for c in await Customer.filter(id__in=list(customer_ids)).exclude(status=CustomerStatus.MERGED)}
    stay_wanted = [
        (f"stay:{st.id}:+{d}", live[st.customer_id], st.departure + timedelta(days=d), "住后回访")  # type: ignore[attr-defined]
        for st in stays
        if st.customer_id in live  # type: ignore[attr-defined]
        for d in stay_days
    ]
    event_wanted = [
        (
            f"event:{a.id}:+{d}",
            live[a.customer_id],  # type: ignore[attr-defined]
            events[a.event_id].held_on + timedelta(days=d),  # type: ignore[attr-defined]
            f"活动回访：{events[a.event_id].name}",  # type: ignore[attr-defined]
        )
        for a in attendances
        if a.customer_id in live  # type: ignore[attr-defined]
        for d in event_days
    ]
    async with in_transaction():
        made_stays = await _create_revisits(stay_wanted, kind=FollowUpTaskKind.REVISIT_STAY, since=since)
        made_events = await _create_revisits(event_wanted, kind=FollowUpTaskKind.REVISIT_EVENT, since=since)
    return GenerationCounts(stay_tasks=made_stays, event_tasks=made_events)


# ---------------------------------------------------------------- dormant customers


@dataclass
class DormantRow:
    customer: Customer
    last_stay_on: date | None
    last_contact_at: datetime | None


@dataclass
class DormantPage:
    rows: list[DormantRow]
    total: int
    since: date


def dormant_condition(since: date) -> tuple[str, list[Any]]:
    """The dormant rule as a condition on customers `c`: no stay arriving and no interaction since
    `since`, created before it, not MERGED, DORMANT or PROSPECT, no DORMANT_CHECK done since."""
    since_utc = hotel_day_start(since)
    where = (
        "c.status NOT IN ('MERGED', 'DORMANT', 'PROSPECT') AND c.created_at < ? "
        "AND NOT EXISTS (SELECT 1 FROM stays s WHERE s.customer_id = c.id AND s.arrival >= ?) "
        "AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.customer_id = c.id AND i.occurred_at >= ?) "
        "AND NOT EXISTS (SELECT 1 FROM follow_up_tasks t WHERE t.customer_id = c.id AND t.kind = 'DORMANT_CHECK' "
        "AND t.status = 'DONE' AND t.done_at >= ?)"
    )
    return where, [since_utc, since, since_utc, since_utc]


async def dormant_customers(*, actor: Actor, months: int | None, first: int, offset: int) -> DormantPage:
    """Customers with no stay and no interaction for N months, not yet marked DORMANT and not verified
    (a DORMANT_CHECK done) within those months; longest silent first."""
    if not is_manager(actor):
        raise DomainError(ErrorCode.FORBIDDEN, "只有经理可以查看休眠客户")
    n = months if months is not None else get_settings().dormant_months
    if n < 1 or n > 120:
        raise DomainError(ErrorCode.INVALID, "月数应在 1 到 120 之间", field="months")
    since = add_months(hotel_today(), -n)
    where, params = dormant_condition(since)
    total_rows = await sql.fetch(f"SELECT COUNT(*) AS n FROM customers c WHERE {where}", params)
    rows = await sql.fetch(
        "SELECT c.id, (SELECT MAX(s.departure) FROM stays s WHERE s.customer_id = c.id) AS last_stay, "
        "(SELECT MAX(i.occurred_at) FROM interactions i WHERE i.customer_id = c.id) AS last_contact "
        f"FROM customers c WHERE {where} ORDER BY c.id LIMIT ? OFFSET ?",
        [*params, first, offset],
    )
    found = {c.id: c for c in await Customer.filter(id__in=[r["id"] for r in rows])}
    return DormantPage(
        rows=[
            DormantRow(
                customer=found[r["id"]],
                last_stay_on=None if r["last_stay"] is None else sql.row_date(r["last_stay"]),
                last_contact_at=None if r["last_contact"] is None else sql.row_moment(r["last_contact"]),
            )
            for r in rows
            if r["id"] in found
        ],
        total=int(total_rows[0]["n"]),
        since=since,
    )


async def verify_dormant(*, actor: Actor, customer_id: int, dormant: bool, note: str | None) -> FollowUpTask:
    """The verification call: a DORMANT_CHECK task recorded done (the customer leaves the list for N
    months); dormant=true also sets the customer DORMANT with the note as the reason."""
    if not is_manager(actor):
        raise DomainError(ErrorCode.FORBIDDEN, "只有经理可以核实休眠客户")
    text = clean_text(note, field="note", max_length=MAX_REASON, multiline=True, label="核实结果")
    customer = await _live_customer(customer_id)
    now = utcnow()
    async with in_transaction():
        task = await FollowUpTask.create(
            customer_id=customer.id,
            owner_id=customer.owner_id or actor.user_id,  # type: ignore[attr-defined]
            kind=FollowUpTaskKind.DORMANT_CHECK,
            title="休眠客户核实",
            due_on=hotel_today(),
            status=FollowUpTaskStatus.DONE,
            note=text,
            done_at=now,
            done_by_id=actor.user_id,
        )
        if dormant:
            await Customer.filter(id=customer.id).update(
                status=CustomerStatus.DORMANT, status_reason=text, version=customer.version + 1, updated_at=now
            )
        await audit.record(
            actor,
            "customer.dormant_check",
            target_type="Customer",
            target_id=customer.id,
            reason=text,
            details={"dormant": dormant},
        )
    return task
