from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from schema.auth.types import User, load_user
from schema.context import Info
from schema.enums import ComplaintStatus, Severity
from schema.pagination import Connection
from schema.scalars import Fen
from server.complaints import service
from server.complaints.models import Complaint as ComplaintModel
from server.complaints.models import ComplaintEvent as ComplaintEventModel

if TYPE_CHECKING:
    from schema.customers.types import Customer
    from schema.knowledge.types import KnowledgeArticle

MAX_SUGGESTED = 10


@strawberry.type(description="A guest's complaint (投诉): the workflow, the promised time and what was done.")
class Complaint:
    id: strawberry.ID
    status: ComplaintStatus
    severity: Severity
    description: str
    channel: str | None = strawberry.field(description="How it reached us: 电话, 前台, 邮件, 微信, 点评网站, …")
    category: str | None = strawberry.field(description="客房设施, 噪音, 卫生, 服务态度, 餐饮, 账单, …")
    departments: list[str] = strawberry.field(description="Departments involved.")
    due_at: datetime = strawberry.field(
        description="The promised time to resolve: filing (or reopening) plus the SLA of the severity."
    )
    overdue: bool = strawberry.field(description="Not yet resolved and past dueAt.")
    root_cause: str | None
    resolution: str | None
    compensation: Fen = strawberry.field(description="What the guest got, in fen (0: nothing).")
    staff_at_fault: bool | None = strawberry.field(description="Whether staff were at fault (null: not decided).")
    staff_at_fault_who: str | None = strawberry.field(description="Who, when staff were at fault.")
    satisfied: bool | None = strawberry.field(description="The guest's answer on the follow-up call, at closing.")
    filed_at: datetime
    resolved_at: datetime | None
    closed_at: datetime | None
    reopened_at: datetime | None
    escalated_at: datetime | None = strawberry.field(description="When the overdue complaint went to the managers.")
    version: int = strawberry.field(description="Send as expectedVersion when changing it.")
    customer_id: strawberry.Private[int | None]
    assignee_id: strawberry.Private[int | None]
    filed_by_id: strawberry.Private[int | None]
    model: strawberry.Private[ComplaintModel]

    @classmethod
    def from_model(cls, c: ComplaintModel) -> Complaint:
        return cls(
            id=strawberry.ID(str(c.id)),
            status=c.status,
            severity=c.severity,
            description=c.description,
            channel=c.channel,
            category=c.category,
            departments=list(c.departments or []),
            due_at=c.due_at,
            overdue=service.is_overdue(c),
            root_cause=c.root_cause,
            resolution=c.resolution,
            compensation=Fen(c.compensation_fen),
            staff_at_fault=c.staff_at_fault,
            staff_at_fault_who=c.staff_at_fault_who,
            satisfied=c.satisfied,
            filed_at=c.filed_at,
            resolved_at=c.resolved_at,
            closed_at=c.closed_at,
            reopened_at=c.reopened_at,
            escalated_at=c.escalated_at,
            version=c.version,
            customer_id=c.customer_id,  # type: ignore[attr-defined]
            assignee_id=c.assignee_id,  # type: ignore[attr-defined]
            filed_by_id=c.filed_by_id,  # type: ignore[attr-defined]
            model=c,
        )

    @strawberry.field(description="The guest, when known.")
    async def customer(self, info: Info) -> Annotated[Customer, strawberry.lazy("schema.customers.types")] | None:
        from schema.customers.types import load_customer

        return await load_customer(info, self.customer_id)

    @strawberry.field(description="Who is responsible for handling it.")
    async def assignee(self, info: Info) -> User | None:
        return await load_user(info, self.assignee_id)

    @strawberry.field(description="Who filed it.")
    async def filed_by(self, info: Info) -> User | None:
        return await load_user(info, self.filed_by_id)

    @strawberry.field(description="The handling procedures linked when it was filed, best first (first ≤ 10).")
    async def suggested_articles(
        self, info: Info, first: int | None = 5
    ) -> list[Annotated[KnowledgeArticle, strawberry.lazy("schema.knowledge.types")]]:
        from schema.knowledge.types import KnowledgeArticle

        limit = max(0, min(first if first is not None else 5, MAX_SUGGESTED))
        articles = await info.context.loaders.complaint_articles.load(int(self.id))
        return [KnowledgeArticle.from_model(a) for a in articles[:limit]]

    @strawberry.field(description="Every change, oldest first: who, when, what changed, note.")
    async def timeline(self, info: Info) -> list[ComplaintEvent]:
        return [ComplaintEvent.from_model(e) for e in await info.context.loaders.complaint_timelines.load(int(self.id))]

    @strawberry.field(description="The statuses the signed-in member of staff may move it to now.")
    def allowed_transitions(self, info: Info) -> list[ComplaintStatus]:
        return service.allowed_transitions(info.context.actor, self.model)

    @strawberry.field(description="Whether the signed-in member of staff may edit the details (assignee or manager).")
    def can_edit(self, info: Info) -> bool:
        return self.model.status is not ComplaintStatus.CLOSED and service.may_handle(info.context.actor, self.model)


ComplaintConnection = Connection[Complaint]


def _shown(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return str(value)


def _change_position(item: tuple[str, Any]) -> tuple[int, str]:
    name = item[0]
    order = service.CHANGE_ORDER
    return (order.index(name) if name in order else len(order), name)


@strawberry.type(description="One field changed by a timeline event.")
class ComplaintChange:
    field: str = strawberry.field(description="The field's API name: severity, assignee, resolution, dueAt, …")
    before: str | None = strawberry.field(description="The old value as text (lists joined with 、).")
    after: str | None = strawberry.field(description="The new value as text.")


@strawberry.type(description="An entry of a complaint's timeline.")
class ComplaintEvent:
    id: strawberry.ID
    at: datetime
    action: str = strawberry.field(
        description="FILED, a status it moved to (INVESTIGATING, RESOLVED, …), UPDATED, ASSIGNED, NOTE or ESCALATED."
    )
    from_status: ComplaintStatus | None
    to_status: ComplaintStatus | None
    changes: list[ComplaintChange]
    note: str | None
    actor_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, e: ComplaintEventModel) -> ComplaintEvent:
        raw: dict[str, Any] = e.changes or {}
        return cls(
            id=strawberry.ID(str(e.id)),
            at=e.at,
            action=e.action,
            from_status=e.from_status,
            to_status=e.to_status,
            changes=[
                ComplaintChange(field=name, before=_shown(v.get("from")), after=_shown(v.get("to")))
                for name, v in sorted(raw.items(), key=_change_position)
                if isinstance(v, dict)
            ],
            note=e.note,
            actor_id=e.actor_id,  # type: ignore[attr-defined]
        )

    @strawberry.field(description="Who did it; null for the system (escalation).")
    async def actor(self, info: Info) -> User | None:
        return await load_user(info, self.actor_id)


@strawberry.type(description="A count per value of a dimension.")
class ComplaintCount:
    key: str = strawberry.field(description="Category, department or month (YYYY-MM); empty: not given.")
    count: int


@strawberry.type(description="A customer with two or more complaints in the period.")
class RepeatComplainer:
    count: int
    customer_id: strawberry.Private[int]

    @strawberry.field(description="The guest.")
    async def customer(self, info: Info) -> Annotated[Customer, strawberry.lazy("schema.customers.types")] | None:
        from schema.customers.types import load_customer

        return await load_customer(info, self.customer_id)


@strawberry.type(description="What the complaints of a period say: where, when, how fast, who again.")
class ComplaintAnalysis:
    start: date = strawberry.field(name="from", description="First day of the period (hotel time).")
    end: date = strawberry.field(name="to", description="Last day of the period (hotel time).")
    total: int = strawberry.field(description="Complaints filed in the period.")
    by_category: list[ComplaintCount]
    by_department: list[ComplaintCount] = strawberry.field(description="A complaint counts for each department.")
    by_month: list[ComplaintCount] = strawberry.field(description="By month of filing, oldest first.")
    resolved: int = strawberry.field(description="Of them, resolved (or closed).")
    average_minutes_to_resolve: float | None = strawberry.field(description="From filing to resolution.")
    on_time: int = strawberry.field(description="Resolved by dueAt.")
    late: int = strawberry.field(description="Resolved after dueAt, or unresolved and past it.")
    on_time_rate: float | None = strawberry.field(description="onTime ÷ (onTime + late); null when both are 0.")
    repeat_complainers: list[RepeatComplainer]

    @classmethod
    def from_data(cls, a: service.Analysis) -> ComplaintAnalysis:
        return cls(
            start=a.start,
            end=a.end,
            total=a.total,
            by_category=[ComplaintCount(key=r.key, count=r.count) for r in a.by_category],
            by_department=[ComplaintCount(key=r.key, count=r.count) for r in a.by_department],
            by_month=[ComplaintCount(key=r.key, count=r.count) for r in a.by_month],
            resolved=a.resolved,
            average_minutes_to_resolve=a.average_minutes_to_resolve,
            on_time=a.on_time,
            late=a.late,
            on_time_rate=a.on_time_rate,
            repeat_complainers=[
                RepeatComplainer(count=r.count, customer_id=r.customer_id) for r in a.repeat_complainers
            ],
        )
