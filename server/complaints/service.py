"""Complaints (投诉): filing, the workflow with its promised time (SLA), the timeline, escalation, analysis.

The workflow (every other move is INVALID_STATE):

    OPEN ──► INVESTIGATING ──► RESOLVED ──► CLOSED
      └──────────────────────►   │  ▲         │
                                 ▼  │         │
                  REOPENED ◄─────┘  │ ◄───────┘
                     ├──► INVESTIGATING
                     └──► RESOLVED

A simple case may be resolved straight from OPEN. RESOLVED needs a resolution (the root cause
is asked for but optional: a simple case may have none worth naming); CLOSED records whether
the guest was satisfied on the follow-up call; REOPENED needs a reason and restarts the clock.

dueAt is the promised time to resolve: filing (or reopening) time plus the SLA of the severity
(HOTEL_CRM_COMPLAINT_SLA_*_MINUTES). A complaint is overdue while it is not yet resolved
(OPEN, INVESTIGATING, REOPENED) and dueAt has passed; it is escalated to the managers once
per due time (a new due time, after reopening or a severity change, may escalate again).

Who: AGENT, FRONT_DESK, SALES and MANAGER file complaints, read them and add notes; the
assignee or a manager moves the workflow and edits the details; only a manager assigns,
closes, sees the whole board (others see what they filed or are assigned) and the analysis.
Every change writes a timeline event (who, when, old → new, note) and an audit row in the
same transaction.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from server.auth import audit, idempotency
from server.auth.actor import Actor
from server.auth.models import Role, User, UserStatus
from server.complaints.models import Complaint, ComplaintArticle, ComplaintEvent, ComplaintStatus, Severity
from server.core import sql
from server.core.broker import get_broker
from server.core.errors import DomainError, ErrorCode, FieldErrors
from server.core.money import Fen, require_fen
from server.core.text import clean_text, require_text
from server.core.time import as_utc, hotel_day_start, hotel_today, utcnow
from server.customers import service as customers
from server.customers.models import Customer
from server.knowledge import service as knowledge
from server.knowledge.models import ArticleStatus, KnowledgeArticle
from server.settings import get_settings

ESCALATIONS_CHANNEL = "hotel-crm:complaints:escalations"
MAX_DESCRIPTION = 4000
MAX_LONG_TEXT = 4000
MAX_NOTE = 2000
MAX_DEPARTMENTS = 10
MAX_LINKED_ARTICLES = 10
SUGGESTED_ON_FILING = 5
MAX_REPEAT_COMPLAINERS = 50

FILERS = frozenset({Role.AGENT, Role.FRONT_DESK, Role.SALES, Role.MANAGER})
UNRESOLVED = (ComplaintStatus.OPEN, ComplaintStatus.INVESTIGATING, ComplaintStatus.REOPENED)

S = ComplaintStatus
WORKFLOW: dict[ComplaintStatus, tuple[ComplaintStatus, ...]] = {
    S.OPEN: (S.INVESTIGATING, S.RESOLVED),
    S.INVESTIGATING: (S.RESOLVED,),
    S.RESOLVED: (S.CLOSED, S.REOPENED),
    S.CLOSED: (S.REOPENED,),
    S.REOPENED: (S.INVESTIGATING, S.RESOLVED),
}
# Moves only a manager makes (the assignee makes the others too).
MANAGER_MOVES = frozenset({S.CLOSED})

STATUS_LABELS = {
    S.OPEN: "待处理",
    S.INVESTIGATING: "调查中",
    S.RESOLVED: "已解决",
    S.CLOSED: "已关闭",
    S.REOPENED: "已重开",
}
SEVERITY_LABELS = {Severity.LOW: "低", Severity.MEDIUM: "中", Severity.HIGH: "高", Severity.CRITICAL: "紧急"}


def sla_minutes(severity: Severity) -> int:
    s = get_settings()
    return {
        Severity.CRITICAL: s.complaint_sla_critical_minutes,
        Severity.HIGH: s.complaint_sla_high_minutes,
        Severity.MEDIUM: s.complaint_sla_medium_minutes,
        Severity.LOW: s.complaint_sla_low_minutes,
    }[severity]


def due_time(severity: Severity, start: datetime) -> datetime:
    """The promised time to resolve: start (filing or reopening) plus the severity's SLA."""
    return as_utc(start) + timedelta(minutes=sla_minutes(severity))


def is_overdue(complaint: Complaint, now: datetime | None = None) -> bool:
    return complaint.status in UNRESOLVED and as_utc(complaint.due_at) < (now or utcnow())


def is_manager(actor: Actor) -> bool:
    return actor.role is Role.MANAGER


def may_handle(actor: Actor, complaint: Complaint) -> bool:
    """The assignee or a manager moves the workflow and edits the details."""
    if is_manager(actor):
        return True
    return actor.user_id is not None and complaint.assignee_id == actor.user_id  # type: ignore[attr-defined]


def allowed_transitions(actor: Actor, complaint: Complaint) -> list[ComplaintStatus]:
    """The moves this member of staff may make now (the SPA shows a button for each)."""
    if not may_handle(actor, complaint):
        return []
    return [s for s in WORKFLOW[complaint.status] if s not in MANAGER_MOVES or is_manager(actor)]


def _require_filer(actor: Actor) -> None:
    if actor.role not in FILERS:
        raise DomainError(ErrorCode.FORBIDDEN, "该角色不能处理投诉")


def _value(value: Any) -> Any:
    """A value as the timeline keeps it (JSON)."""
    if hasattr(value, "value"):
        return value.value
    if isinstance(value, datetime):
        return as_utc(value).isoformat()
    return value


# ---------------------------------------------------------------- reads


async def get_complaint(complaint_id: int) -> Complaint | None:
    return await Complaint.get_or_none(id=complaint_id)


async def require_complaint(complaint_id: int, *, field: str = "id") -> Complaint:
    complaint = await Complaint.get_or_none(id=complaint_id)
    if complaint is None:
        raise DomainError(ErrorCode.NOT_FOUND, f"投诉 {complaint_id} 不存在", field=field)
    return complaint


async def read_complaint(*, actor: Actor, complaint_id: int) -> Complaint | None:
    _require_filer(actor)
    return await get_complaint(complaint_id)


async def assignable_staff() -> list[User]:
    """Active staff who may be made responsible for a complaint, by name."""
    return await User.filter(status=UserStatus.ACTIVE, role__in=list(FILERS)).order_by("display_name", "id")


async def complaints_by_ids(ids: list[int]) -> dict[int, Complaint]:
    if not ids:
        return {}
    return {c.id: c for c in await Complaint.filter(id__in=ids)}


async def open_complaints_of(customer_ids: list[int]) -> dict[int, list[Complaint]]:
    """Each customer's complaints not yet resolved, soonest due first (the card's panel)."""
    found: dict[int, list[Complaint]] = {}
    if not customer_ids:
        return found
    rows = await Complaint.filter(customer_id__in=customer_ids, status__in=list(UNRESOLVED)).order_by("due_at", "id")
    for c in rows:
        found.setdefault(c.customer_id, []).append(c)  # type: ignore[attr-defined]
    return found


async def timelines_of(complaint_ids: list[int]) -> dict[int, list[ComplaintEvent]]:
    found: dict[int, list[ComplaintEvent]] = {}
    if not complaint_ids:
        return found
    for e in await ComplaintEvent.filter(complaint_id__in=complaint_ids).order_by("at", "id"):
        found.setdefault(e.complaint_id, []).append(e)  # type: ignore[attr-defined]
    return found


async def linked_articles_of(complaint_ids: list[int]) -> dict[int, list[KnowledgeArticle]]:
    """The procedures linked to each complaint, best first (two statements for any number)."""
    found: dict[int, list[KnowledgeArticle]] = {}
    if not complaint_ids:
        return found
    links = await ComplaintArticle.filter(complaint_id__in=complaint_ids).order_by("rank", "id")
    article_ids = list({link.article_id for link in links})  # type: ignore[attr-defined]
    articles = {a.id: a for a in await KnowledgeArticle.filter(id__in=article_ids)} if article_ids else {}
    for link in links:
        article = articles.get(link.article_id)  # type: ignore[attr-defined]
        if article is not None:
            found.setdefault(link.complaint_id, []).append(article)  # type: ignore[attr-defined]
    return found


@dataclass
class BoardFilter:
    status: ComplaintStatus | None = None
    severity: Severity | None = None
    category: str | None = None
    department: str | None = None
    assignee_id: int | None = None
    customer_id: int | None = None
    overdue: bool | None = None


@dataclass
class ComplaintPage:
    complaints: list[Complaint]
    total: int


def _board_conditions(actor: Actor, f: BoardFilter, now: datetime) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if not is_manager(actor):
        # Non-managers see the complaints they filed or are assigned.
        where.append("(c.filed_by_id = ? OR c.assignee_id = ?)")
        params += [actor.user_id, actor.user_id]
    if f.status is not None:
        where.append("c.status = ?")
        params.append(f.status.value)
    if f.severity is not None:
        where.append("c.severity = ?")
        params.append(f.severity.value)
    if f.category:
        where.append("c.category = ?")
        params.append(f.category)
    if f.assignee_id is not None:
        where.append("c.assignee_id = ?")
        params.append(f.assignee_id)
    if f.customer_id is not None:
        where.append("c.customer_id = ?")
        params.append(f.customer_id)
    if f.department:
        if sql.dialect() == "postgres":
            where.append("EXISTS (SELECT 1 FROM jsonb_array_elements_text(c.departments) d WHERE d = ?)")
        else:
            where.append("EXISTS (SELECT 1 FROM json_each(c.departments) d WHERE d.value = ?)")
        params.append(f.department)
    if f.overdue is not None:
        unresolved = ",".join(f"'{s.value}'" for s in UNRESOLVED)
        if f.overdue:
            where.append(f"(c.status IN ({unresolved}) AND c.due_at < ?)")
        else:
            where.append(f"NOT (c.status IN ({unresolved}) AND c.due_at < ?)")
        params.append(sql.moment_param(now))
    return where, params


async def complaints_page(*, actor: Actor, board: BoardFilter, first: int, offset: int) -> ComplaintPage:
    """The board: newest first; overdue and open ones stand out in the SPA."""
    _require_filer(actor)
    where, params = _board_conditions(actor, board, utcnow())
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    total_rows = await sql.fetch(f"SELECT COUNT(*) AS n FROM complaints c {clause}", params)
    total = int(total_rows[0]["n"])
    if first == 0 or offset >= total:
        return ComplaintPage([], total)
    id_rows = await sql.fetch(
        f"SELECT c.id FROM complaints c {clause} ORDER BY c.filed_at DESC, c.id DESC LIMIT ? OFFSET ?",
        [*params, first, offset],
    )
    ids = [int(r["id"]) for r in id_rows]
    by_id = await complaints_by_ids(ids)
    return ComplaintPage([by_id[i] for i in ids if i in by_id], total)


async def overdue_complaints(*, limit: int = 50) -> list[Complaint]:
    """Unresolved complaints past their due time, the longest overdue first."""
    return (
        await Complaint.filter(status__in=list(UNRESOLVED), due_at__lt=utcnow()).order_by("due_at", "id").limit(limit)
    )


async def escalated_complaints(*, limit: int = 50) -> list[Complaint]:
    """Escalated and still unresolved: the managers' alert list, the latest escalation first."""
    return (
        await Complaint.filter(status__in=list(UNRESOLVED), escalated_at__isnull=False)
        .order_by("-escalated_at", "-id")
        .limit(limit)
    )


# ---------------------------------------------------------------- filing


@dataclass
class NewComplaint:
    description: str | None
    customer_id: int | None = None
    channel: str | None = None
    category: str | None = None
    severity: Severity | None = None
    departments: list[str] | None = None
    assignee_id: int | None = None
    # The procedures the agent saw or chose while typing; None: link the best suggestions.
    article_ids: list[int] | None = None
    idempotency_key: str | None = None


def clean_departments(values: Sequence[str] | None) -> list[str]:
    departments: list[str] = []
    for index, raw in enumerate(values or []):
        name = require_text(raw, field=["departments", str(index)], max_length=32, label="部门")
        if name not in departments:
            departments.append(name)
    if len(departments) > MAX_DEPARTMENTS:
        raise DomainError(ErrorCode.INVALID, f"最多 {MAX_DEPARTMENTS} 个部门", field="departments")
    return departments


async def _assignable(user_id: int, *, field: str = "assigneeId") -> User:
    user = await User.get_or_none(id=user_id)
    if user is None:
        raise DomainError(ErrorCode.NOT_FOUND, f"员工 {user_id} 不存在", field=field)
    if user.status is not UserStatus.ACTIVE or user.role not in FILERS:
        raise DomainError(ErrorCode.INVALID, f"{user.display_name} 不能负责处理投诉", field=field)
    return user


async def _attached_customer(customer_id: int, *, field: str = "customerId") -> Customer:
    found = await customers.get_customer(customer_id)  # a MERGED id resolves to the survivor
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, f"客户 {customer_id} 不存在", field=field)
    return found


async def _chosen_articles(ids: list[int]) -> list[int]:
    unique = list(dict.fromkeys(ids))
    if len(unique) > MAX_LINKED_ARTICLES:
        raise DomainError(ErrorCode.INVALID, f"最多关联 {MAX_LINKED_ARTICLES} 篇处理规范", field="articleIds")
    found = {a["id"] for a in await KnowledgeArticle.filter(id__in=unique, status=ArticleStatus.PUBLISHED).values("id")}
    missing = [i for i in unique if i not in found]
    if missing:
        raise DomainError(
            ErrorCode.NOT_FOUND, f"处理规范 {', '.join(map(str, missing))} 不存在或未发布", field="articleIds"
        )
    return unique


def _fingerprint(data: NewComplaint) -> str:
    return idempotency.fingerprint(
        {k: _value(v) for k, v in vars(data).items() if k != "idempotency_key"},
    )


async def file_complaint(*, actor: Actor, data: NewComplaint) -> Complaint:
    """Files a complaint: due at filing + the severity's SLA, linked to the matching procedures."""
    _require_filer(actor)
    key = idempotency.clean_key(data.idempotency_key)
    c = FieldErrors()
    description = c.run(
        require_text,
        data.description,
        field="description",
        max_length=MAX_DESCRIPTION,
        label="投诉内容",
        multiline=True,
    )
    channel = c.run(clean_text, data.channel, field="channel", max_length=32, label="渠道")
    category = c.run(clean_text, data.category, field="category", max_length=64, label="类别")
    departments = c.run(clean_departments, data.departments) or []
    if data.assignee_id is not None and not is_manager(actor):
        c.add(DomainError(ErrorCode.FORBIDDEN, "只有经理可以指派负责人", field="assigneeId"))
    c.check()
    assert description is not None

    async def write() -> tuple[Complaint, dict[str, Any]]:
        customer = await _attached_customer(data.customer_id) if data.customer_id is not None else None
        assignee = await _assignable(data.assignee_id) if data.assignee_id is not None else None
        if data.article_ids is not None:
            article_ids = await _chosen_articles(data.article_ids)
        else:
            article_ids = [a.id for a in await knowledge.suggest_articles(description, limit=SUGGESTED_ON_FILING)]
        severity = data.severity or Severity.MEDIUM
        now = utcnow()
        complaint = await Complaint.create(
            customer_id=customer.id if customer else None,
            channel=channel,
            category=category,
            severity=severity,
            description=description,
            status=ComplaintStatus.OPEN,
            assignee_id=assignee.id if assignee else None,
            departments=departments,
            due_at=due_time(severity, now),
            filed_by_id=actor.user_id,
            filed_at=now,
        )
        await ComplaintArticle.bulk_create(
            [
                ComplaintArticle(complaint_id=complaint.id, article_id=a, rank=rank, linked_at=now)
                for rank, a in enumerate(article_ids, start=1)
            ]
        )
        changes: dict[str, Any] = {"severity": {"from": None, "to": severity.value}}
        if category:
            changes["category"] = {"from": None, "to": category}
        if departments:
            changes["departments"] = {"from": None, "to": departments}
        if assignee:
            changes["assignee"] = {"from": None, "to": assignee.display_name}
        await ComplaintEvent.create(
            complaint_id=complaint.id,
            at=now,
            actor_id=actor.user_id,
            action="FILED",
            to_status=ComplaintStatus.OPEN,
            changes=changes,
        )
        await audit.record(
            actor,
            "complaint.file",
            target_type="Complaint",
            target_id=complaint.id,
            details={"customerId": complaint.customer_id, "severity": severity.value},  # type: ignore[attr-defined]
        )
        return complaint, {"complaint_id": complaint.id}

    async def replayed(previous: dict[str, Any]) -> Complaint:
        return await require_complaint(int(previous["complaint_id"]))

    return await idempotency.once("fileComplaint", key, actor, _fingerprint(data), write=write, replayed=replayed)


# ---------------------------------------------------------------- workflow


@dataclass
class Move:
    complaint_id: int
    expected_version: int
    to: ComplaintStatus
    note: str | None = None
    # RESOLVED: what was done (required), why it happened, and what the guest got.
    resolution: str | None = None
    root_cause: str | None = None
    compensation_fen: Fen | None = None
    staff_at_fault: bool | None = None
    staff_at_fault_who: str | None = None
    # CLOSED: the guest's answer on the follow-up call (required).
    satisfied: bool | None = None


async def _locked(complaint_id: int, expected_version: int) -> Complaint:
    complaint = await Complaint.filter(id=complaint_id).select_for_update().first()
    if complaint is None:
        raise DomainError(ErrorCode.NOT_FOUND, f"投诉 {complaint_id} 不存在", field="id")
    if complaint.version != expected_version:
        raise DomainError(
            ErrorCode.CONFLICT,
            f"投诉已被他人修改（当前版本 {complaint.version}，您提交的是 {expected_version}），请刷新后重试",
            field="expectedVersion",
        )
    return complaint


def _refuse_unless_handler(actor: Actor, complaint: Complaint, what: str) -> None:
    if not may_handle(actor, complaint):
        raise DomainError(ErrorCode.FORBIDDEN, f"只有负责人或经理可以{what}")


def _resolution_fields(move: Move, complaint: Complaint, c: FieldErrors) -> dict[str, Any]:
    columns: dict[str, Any] = {}
    resolution = c.run(
        clean_text, move.resolution, field="resolution", max_length=MAX_LONG_TEXT, label="处理结果", multiline=True
    )
    if resolution is None and not complaint.resolution:
        c.add(DomainError(ErrorCode.REQUIRED, "解决投诉时请填写处理结果", field="resolution"))
    if resolution is not None:
        columns["resolution"] = resolution
    if move.root_cause is not None:
        columns["root_cause"] = c.run(
            clean_text, move.root_cause, field="rootCause", max_length=MAX_LONG_TEXT, label="根本原因", multiline=True
        )
    if move.compensation_fen is not None:
        columns["compensation_fen"] = c.run(require_fen, move.compensation_fen, field="compensation")
    columns.update(_fault_fields(move.staff_at_fault, move.staff_at_fault_who, complaint, c))
    return columns


def _fault_fields(at_fault: bool | None, who: str | None, complaint: Complaint, c: FieldErrors) -> dict[str, Any]:
    columns: dict[str, Any] = {}
    if at_fault is not None:
        columns["staff_at_fault"] = at_fault
    if who is not None:
        columns["staff_at_fault_who"] = c.run(
            clean_text, who, field="staffAtFaultWho", max_length=200, label="责任员工"
        )
    fault = columns.get("staff_at_fault", complaint.staff_at_fault)
    if fault is False:
        columns["staff_at_fault_who"] = None
    elif fault and not columns.get("staff_at_fault_who", complaint.staff_at_fault_who):
        c.add(DomainError(ErrorCode.REQUIRED, "员工有责时请填写责任员工", field="staffAtFaultWho"))
    return columns


async def move_complaint(*, actor: Actor, move: Move) -> Complaint:
    """Moves a complaint along the workflow (see the module docstring for the allowed moves)."""
    _require_filer(actor)
    c = FieldErrors()
    note = c.run(clean_text, move.note, field="note", max_length=MAX_NOTE, label="备注", multiline=True)
    c.check()
    async with in_transaction():
        complaint = await _locked(move.complaint_id, move.expected_version)
        current = complaint.status
        if move.to not in WORKFLOW[current]:
            raise DomainError(
                ErrorCode.INVALID_STATE,
                f"投诉处于“{STATUS_LABELS[current]}”状态，不能改为“{STATUS_LABELS[move.to]}”",
                field="status",
            )
        if move.to in MANAGER_MOVES and not is_manager(actor):
            raise DomainError(ErrorCode.FORBIDDEN, f"只有经理可以把投诉改为“{STATUS_LABELS[move.to]}”", field="status")
        _refuse_unless_handler(actor, complaint, "推进投诉处理")
        now = utcnow()
        columns: dict[str, Any] = {"status": move.to}
        if move.to is S.RESOLVED:
            columns.update(_resolution_fields(move, complaint, c))
            columns["resolved_at"] = now
        elif move.to is S.CLOSED:
            if move.satisfied is None:
                c.add(DomainError(ErrorCode.REQUIRED, "关闭投诉时请记录回访时客人是否满意", field="satisfied"))
            columns["satisfied"] = move.satisfied
            columns["closed_at"] = now
        elif move.to is S.REOPENED:
            if note is None:
                c.add(DomainError(ErrorCode.REQUIRED, "重开投诉时请在备注中说明原因", field="note"))
            columns.update(
                reopened_at=now,
                due_at=due_time(complaint.severity, now),
                escalated_at=None,
                resolved_at=None,
                closed_at=None,
                satisfied=None,
            )
        c.check()
        changes = _diff(complaint, columns)
        await _save(complaint, columns)
        await ComplaintEvent.create(
            complaint_id=complaint.id,
            at=now,
            actor_id=actor.user_id,
            action=move.to.value,
            from_status=current,
            to_status=move.to,
            changes=changes,
            note=note,
        )
        await audit.record(
            actor,
            "complaint.move",
            target_type="Complaint",
            target_id=complaint.id,
            details={"from": current.value, "to": move.to.value},
        )
    return complaint


# Columns whose change the timeline shows, under the API's names.
_SHOWN = {
    "status": "status",
    "customer_id": "customerId",
    "category": "category",
    "channel": "channel",
    "severity": "severity",
    "departments": "departments",
    "due_at": "dueAt",
    "root_cause": "rootCause",
    "resolution": "resolution",
    "compensation_fen": "compensation",
    "staff_at_fault": "staffAtFault",
    "staff_at_fault_who": "staffAtFaultWho",
    "satisfied": "satisfied",
}

# The order a timeline entry lists its changes in (PostgreSQL's jsonb keeps no key order).
CHANGE_ORDER = (
    "severity",
    "category",
    "channel",
    "customerId",
    "assignee",
    "departments",
    "dueAt",
    "rootCause",
    "resolution",
    "compensation",
    "staffAtFault",
    "staffAtFaultWho",
    "satisfied",
)


def _diff(complaint: Complaint, columns: Mapping[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for column, new in columns.items():
        name = _SHOWN.get(column)
        if name is None or name == "status":
            continue
        old = getattr(complaint, column)
        if _value(old) != _value(new):
            changes[name] = {"from": _value(old), "to": _value(new)}
    return changes


async def _save(complaint: Complaint, columns: Mapping[str, Any]) -> None:
    for column, value in columns.items():
        setattr(complaint, column, value)
    complaint.version += 1
    complaint.updated_at = utcnow()
    await complaint.save(update_fields=[*columns, "version", "updated_at"])


# ---------------------------------------------------------------- details


_UPDATABLE = frozenset(
    {
        "assigneeId",
        "customerId",
        "departments",
        "category",
        "channel",
        "severity",
        "rootCause",
        "resolution",
        "compensation",
        "staffAtFault",
        "staffAtFaultWho",
    }
)


async def update_complaint(
    *, actor: Actor, complaint_id: int, expected_version: int, changes: Mapping[str, Any], note: str | None = None
) -> Complaint:
    """Changes the details; `changes` holds only what the client sent (API names), None clears.

    A severity change recomputes dueAt from the filing (or reopening) time.
    """
    _require_filer(actor)
    unknown = set(changes) - _UPDATABLE
    if unknown:
        raise DomainError(ErrorCode.INVALID, f"不能修改的字段：{', '.join(sorted(unknown))}")
    c = FieldErrors()
    cleaned_note = c.run(clean_text, note, field="note", max_length=MAX_NOTE, label="备注", multiline=True)
    columns: dict[str, Any] = {}
    if "departments" in changes:
        columns["departments"] = c.run(clean_departments, changes["departments"]) or []
    if "category" in changes:
        columns["category"] = c.run(clean_text, changes["category"], field="category", max_length=64, label="类别")
    if "channel" in changes:
        columns["channel"] = c.run(clean_text, changes["channel"], field="channel", max_length=32, label="渠道")
    if "rootCause" in changes:
        columns["root_cause"] = c.run(
            clean_text,
            changes["rootCause"],
            field="rootCause",
            max_length=MAX_LONG_TEXT,
            label="根本原因",
            multiline=True,
        )
    if "resolution" in changes:
        columns["resolution"] = c.run(
            clean_text,
            changes["resolution"],
            field="resolution",
            max_length=MAX_LONG_TEXT,
            label="处理结果",
            multiline=True,
        )
    if "compensation" in changes:
        columns["compensation_fen"] = c.run(require_fen, changes["compensation"] or 0, field="compensation")
    if "severity" in changes:
        if changes["severity"] is None:
            c.add(DomainError(ErrorCode.REQUIRED, "严重程度不能为空", field="severity"))
        else:
            columns["severity"] = changes["severity"]
    if "assigneeId" in changes and not is_manager(actor):
        c.add(DomainError(ErrorCode.FORBIDDEN, "只有经理可以指派负责人", field="assigneeId"))
    c.check()
    assignee: User | None = None
    if changes.get("assigneeId") is not None:
        assignee = await _assignable(int(changes["assigneeId"]))
    customer: Customer | None = None
    if changes.get("customerId") is not None:
        customer = await _attached_customer(int(changes["customerId"]))
    async with in_transaction():
        complaint = await _locked(complaint_id, expected_version)
        _refuse_unless_handler(actor, complaint, "修改投诉")
        if complaint.status is S.CLOSED:
            raise DomainError(ErrorCode.INVALID_STATE, "投诉已关闭，不能修改；如需继续处理请先重开", field="id")
        if "staffAtFault" in changes and changes["staffAtFault"] is None:
            columns.update(staff_at_fault=None, staff_at_fault_who=None)
        elif "staffAtFault" in changes or "staffAtFaultWho" in changes:
            columns.update(_fault_fields(changes.get("staffAtFault"), changes.get("staffAtFaultWho"), complaint, c))
        if complaint.status is S.RESOLVED and "resolution" in columns and not columns["resolution"]:
            c.add(DomainError(ErrorCode.REQUIRED, "已解决的投诉必须有处理结果", field="resolution"))
        c.check()
        if "customerId" in changes:
            columns["customer_id"] = customer.id if customer else None
        previous_assignee: str | None = None
        if "assigneeId" in changes:
            columns["assignee_id"] = assignee.id if assignee else None
            old_id = complaint.assignee_id  # type: ignore[attr-defined]
            if old_id is not None and old_id != columns["assignee_id"]:
                old = await User.get_or_none(id=old_id)
                previous_assignee = old.display_name if old else str(old_id)
        if "severity" in columns and columns["severity"] is not complaint.severity:
            start = complaint.reopened_at or complaint.filed_at
            columns["due_at"] = due_time(columns["severity"], start)
            columns["escalated_at"] = None
        diff = _diff(complaint, columns)
        if "assignee_id" in columns and columns["assignee_id"] != complaint.assignee_id:  # type: ignore[attr-defined]
            diff["assignee"] = {"from": previous_assignee, "to": assignee.display_name if assignee else None}
        if not diff and cleaned_note is None:
            return complaint
        if diff:
            await _save(complaint, columns)
        await ComplaintEvent.create(
            complaint_id=complaint.id,
            at=utcnow(),
            actor_id=actor.user_id,
            action="ASSIGNED" if set(diff) == {"assignee"} else ("UPDATED" if diff else "NOTE"),
            changes=diff,
            note=cleaned_note,
        )
        await audit.record(
            actor,
            "complaint.update",
            target_type="Complaint",
            target_id=complaint.id,
            details={"fields": sorted(diff)},
        )
    return complaint


async def add_note(*, actor: Actor, complaint_id: int, note: str) -> Complaint:
    """A note on the timeline (a later call from the guest, what was found); anyone who files may add one."""
    _require_filer(actor)
    text = require_text(note, field="note", max_length=MAX_NOTE, label="备注", multiline=True)
    async with in_transaction():
        complaint = await require_complaint(complaint_id)
        await ComplaintEvent.create(
            complaint_id=complaint.id, at=utcnow(), actor_id=actor.user_id, action="NOTE", changes={}, note=text
        )
        await audit.record(actor, "complaint.note", target_type="Complaint", target_id=complaint.id)
    return complaint


# ---------------------------------------------------------------- escalation


async def escalate_overdue(*, now: datetime | None = None) -> list[Complaint]:
    """Marks each unresolved complaint past its due time as escalated, once per due time.

    Safe to run from several processes at once (the CLI from cron and the server's own
    task): the conditional UPDATE lets exactly one of them escalate a complaint.
    """
    moment = now or utcnow()
    candidates = await Complaint.filter(
        status__in=list(UNRESOLVED), due_at__lt=moment, escalated_at__isnull=True
    ).order_by("due_at", "id")
    escalated: list[Complaint] = []
    system = Actor.system("complaints-escalation")
    for complaint in candidates:
        async with in_transaction():
            taken = await Complaint.filter(id=complaint.id, escalated_at__isnull=True, due_at=complaint.due_at).update(
                escalated_at=moment
            )
            if taken != 1:
                continue
            overdue_minutes = int((moment - as_utc(complaint.due_at)).total_seconds() // 60)
            await ComplaintEvent.create(
                complaint_id=complaint.id,
                at=moment,
                actor_id=None,
                action="ESCALATED",
                changes={"dueAt": {"from": None, "to": _value(complaint.due_at)}},
                note=f"已超过承诺处理时间 {overdue_minutes} 分钟，已通知经理",
            )
            await audit.record(system, "complaint.escalate", target_type="Complaint", target_id=complaint.id)
        complaint.escalated_at = moment
        escalated.append(complaint)
    broker = get_broker()
    for complaint in escalated:
        await broker.publish(ESCALATIONS_CHANNEL, {"type": "escalated", "complaintId": complaint.id})
    return escalated


async def escalations(actor: Actor) -> AsyncIterator[int]:
    """Ids of complaints as they are escalated, for a manager's console."""
    if not is_manager(actor):
        raise DomainError(ErrorCode.FORBIDDEN, "只有经理接收投诉升级提醒")
    async with get_broker().listen(ESCALATIONS_CHANNEL) as queue:
        while True:
            message = await queue.get()
            if message.get("type") == "escalated":
                yield int(message["complaintId"])


# ---------------------------------------------------------------- analysis


@dataclass
class CountRow:
    key: str
    count: int


@dataclass
class RepeatComplainer:
    customer_id: int
    count: int


@dataclass
class Analysis:
    start: date
    end: date
    total: int
    by_category: list[CountRow] = field(default_factory=list)
    by_department: list[CountRow] = field(default_factory=list)
    by_month: list[CountRow] = field(default_factory=list)
    resolved: int = 0
    average_minutes_to_resolve: float | None = None
    on_time: int = 0
    late: int = 0
    repeat_complainers: list[RepeatComplainer] = field(default_factory=list)

    @property
    def on_time_rate(self) -> float | None:
        judged = self.on_time + self.late
        return None if judged == 0 else self.on_time / judged


def _period(start: date | None, end: date | None) -> tuple[date, date]:
    today = hotel_today()
    last = end or today
    first = start or date(last.year - 1, last.month, 1)
    if first > last:
        raise DomainError(ErrorCode.INVALID, "开始日期不能晚于结束日期", field="from")
    if (last - first).days > 3 * 366:
        raise DomainError(ErrorCode.INVALID, "统计区间最长三年", field="from")
    return first, last


def minutes_between(later: str, earlier: str) -> str:
    """SQL for the minutes from one stored datetime column to another, on either backend."""
    if sql.dialect() == "postgres":
        return f"EXTRACT(EPOCH FROM ({later} - {earlier})) / 60.0"
    return f"(julianday({later}) - julianday({earlier})) * 1440.0"


async def analysis(*, actor: Actor, start: date | None = None, end: date | None = None) -> Analysis:
    """Counts by category, department and month, time to resolve, on-time rate, repeat complainers.

    Complaints count in the period of their filing (hotel time). Time to resolve is from filing
    to the (last) resolution. On time: resolved by dueAt; late: resolved after it, or still
    unresolved past it; the rate is on time ÷ (on time + late). A repeat complainer is a customer
    with two or more complaints in the period.
    """
    if not is_manager(actor):
        raise DomainError(ErrorCode.FORBIDDEN, "只有经理可以查看投诉分析")
    first, last = _period(start, end)
    span = "c.filed_at >= ? AND c.filed_at < ?"
    bounds = [sql.moment_param(hotel_day_start(first)), sql.moment_param(hotel_day_start(last + timedelta(days=1)))]
    total_rows = await sql.fetch(f"SELECT COUNT(*) AS n FROM complaints c WHERE {span}", bounds)
    by_category = await sql.fetch(
        f"SELECT COALESCE(c.category, '') AS k, COUNT(*) AS n FROM complaints c WHERE {span} "
        "GROUP BY COALESCE(c.category, '') ORDER BY n DESC, k",
        bounds,
    )
    if sql.dialect() == "postgres":
        departments_sql = (
            "SELECT d AS k, COUNT(*) AS n FROM complaints c, jsonb_array_elements_text(c.departments) d "
            f"WHERE {span} GROUP BY d ORDER BY n DESC, k"
        )
    else:
        departments_sql = (
            "SELECT d.value AS k, COUNT(*) AS n FROM complaints c, json_each(c.departments) d "
            f"WHERE {span} GROUP BY d.value ORDER BY n DESC, k"
        )
    by_department = await sql.fetch(departments_sql, bounds)
    month, month_params = sql.hotel_month("c.filed_at")
    by_month = await sql.fetch(
        f"SELECT {month} AS k, COUNT(*) AS n FROM complaints c WHERE {span} GROUP BY k ORDER BY k",
        [*month_params, *bounds],
    )
    unresolved = ",".join(f"'{s.value}'" for s in UNRESOLVED)
    to_resolve = minutes_between("c.resolved_at", "c.filed_at")
    timing = await sql.fetch(
        "SELECT COUNT(c.resolved_at) AS resolved, "
        f"AVG(CASE WHEN c.resolved_at IS NOT NULL THEN {to_resolve} END) AS avg_m, "
        "SUM(CASE WHEN c.resolved_at IS NOT NULL AND c.resolved_at <= c.due_at THEN 1 ELSE 0 END) AS on_time, "
        "SUM(CASE WHEN (c.resolved_at IS NOT NULL AND c.resolved_at > c.due_at) "
        f"OR (c.status IN ({unresolved}) AND c.due_at < ?) THEN 1 ELSE 0 END) AS late "
        f"FROM complaints c WHERE {span}",
        [sql.moment_param(utcnow()), *bounds],
    )
    repeaters = await sql.fetch(
        "SELECT c.customer_id AS customer_id, COUNT(*) AS n FROM complaints c "
        f"WHERE c.customer_id IS NOT NULL AND {span} GROUP BY c.customer_id HAVING COUNT(*) >= 2 "
        "ORDER BY n DESC, c.customer_id LIMIT ?",
        [*bounds, MAX_REPEAT_COMPLAINERS],
    )
    t = timing[0]
    return Analysis(
        start=first,
        end=last,
        total=int(total_rows[0]["n"]),
        by_category=[CountRow(str(r["k"]), int(r["n"])) for r in by_category],
        by_department=[CountRow(str(r["k"]), int(r["n"])) for r in by_department],
        by_month=[CountRow(str(r["k"]), int(r["n"])) for r in by_month],
        resolved=int(t["resolved"] or 0),
        average_minutes_to_resolve=None if t["avg_m"] is None else round(float(t["avg_m"]), 1),
        on_time=int(t["on_time"] or 0),
        late=int(t["late"] or 0),
        repeat_complainers=[RepeatComplainer(int(r["customer_id"]), int(r["n"])) for r in repeaters],
    )
