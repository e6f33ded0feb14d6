from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from schema.auth.types import User, load_user
from schema.context import Info
from schema.enums import FollowUpTaskKind, FollowUpTaskStatus, ProspectGrade, ProspectStatus
from schema.loaders import load_one
from server.core.time import hotel_today
from server.prospects import service
from server.prospects.models import EventAttendance as AttendanceModel
from server.prospects.models import FollowUpTask as TaskModel
from server.prospects.models import HotelEvent as EventModel
from server.prospects.models import Prospect as ProspectModel
from server.prospects.models import ProspectFollowUp as FollowUpModel

if TYPE_CHECKING:
    from schema.customers.types import Customer


@strawberry.type(description="One follow-up of a prospect (跟进记录) and the supervisor's comment.")
class ProspectFollowUp:
    id: strawberry.ID
    at: datetime
    impression: str | None = strawberry.field(description="Impression of the customer (印象).")
    content: str = strawberry.field(description="What was discussed (跟进内容).")
    bottleneck: str | None = strawberry.field(description="Bottleneck analysis (瓶颈分析).")
    plan: str | None = strawberry.field(description="The plan (计划).")
    next_date: date | None = strawberry.field(description="The next follow-up date set by this one.")
    grade: ProspectGrade | None = strawberry.field(description="The grade given with it, when changed.")
    supervisor_comment: str | None = strawberry.field(description="The supervisor's comment (主管意见).")
    commented_at: datetime | None
    by_id: strawberry.Private[int | None]
    supervisor_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, f: FollowUpModel) -> ProspectFollowUp:
        return cls(
            id=strawberry.ID(str(f.id)),
            at=f.at,
            impression=f.impression,
            content=f.content,
            bottleneck=f.bottleneck,
            plan=f.plan,
            next_date=f.next_date,
            grade=f.grade,
            supervisor_comment=f.supervisor_comment,
            commented_at=f.commented_at,
            by_id=f.by_id,  # type: ignore[attr-defined]
            supervisor_id=f.supervisor_id,  # type: ignore[attr-defined]
        )

    @strawberry.field(description="Who followed up.")
    async def by(self, info: Info) -> User | None:
        return await load_user(info, self.by_id)

    @strawberry.field(description="Who commented.")
    async def supervisor(self, info: Info) -> User | None:
        return await load_user(info, self.supervisor_id)


@strawberry.type(description="A prospect card (意向客户管理卡): grade, next follow-up, outcome.")
class Prospect:
    id: strawberry.ID
    grade: ProspectGrade
    status: ProspectStatus
    interest: str | None = strawberry.field(description="What the customer is interested in.")
    next_follow_up_on: date | None = strawberry.field(description="The next follow-up date (hotel time).")
    outcome_reason: str | None = strawberry.field(description="Why it was won or lost.")
    closed_at: datetime | None
    created_at: datetime
    version: int = strawberry.field(description="Send as expectedVersion when changing it.")
    customer_id: strawberry.Private[int]
    owner_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, p: ProspectModel) -> Prospect:
        return cls(
            id=strawberry.ID(str(p.id)),
            grade=p.grade,
            status=p.status,
            interest=p.interest,
            next_follow_up_on=p.next_follow_up_on,
            outcome_reason=p.outcome_reason,
            closed_at=p.closed_at,
            created_at=p.created_at,
            version=p.version,
            customer_id=p.customer_id,  # type: ignore[attr-defined]
            owner_id=p.owner_id,  # type: ignore[attr-defined]
        )

    @strawberry.field(description="The customer being won.")
    async def customer(self, info: Info) -> Annotated[Customer, strawberry.lazy("schema.customers.types")] | None:
        from schema.customers.types import load_customer

        return await load_customer(info, self.customer_id)

    @strawberry.field(description="The account manager responsible.")
    async def owner(self, info: Info) -> User | None:
        return await load_user(info, self.owner_id)

    @strawberry.field(description="Whether the next follow-up date has passed (hotel time).")
    def overdue(self) -> bool:
        return (
            self.status is ProspectStatus.OPEN
            and self.next_follow_up_on is not None
            and self.next_follow_up_on < hotel_today()
        )

    @strawberry.field(description="Every follow-up, newest first.")
    async def follow_ups(self, info: Info) -> list[ProspectFollowUp]:
        return [
            ProspectFollowUp.from_model(f) for f in await info.context.loaders.prospect_follow_ups.load(int(self.id))
        ]


@strawberry.type(description="One column of the follow-ups board: a grade, its count and its prospects.")
class ProspectBoardColumn:
    grade: ProspectGrade
    count: int = strawberry.field(description="Open prospects of this grade (the column may show fewer).")
    prospects: list[Prospect] = strawberry.field(description="Soonest follow-up first (up to 50).")

    @classmethod
    def from_data(cls, col: service.BoardColumn) -> ProspectBoardColumn:
        return cls(grade=col.grade, count=col.count, prospects=[Prospect.from_model(p) for p in col.prospects])


@strawberry.type(description="Something a member of staff has to do for a customer on a date (回访任务).")
class FollowUpTask:
    id: strawberry.ID
    kind: FollowUpTaskKind
    title: str
    due_on: date = strawberry.field(description="The day it is due (hotel time).")
    status: FollowUpTaskStatus
    note: str | None
    done_at: datetime | None
    created_at: datetime
    customer_id: strawberry.Private[int]
    owner_id: strawberry.Private[int | None]
    prospect_id: strawberry.Private[int | None]
    done_by_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, t: TaskModel) -> FollowUpTask:
        return cls(
            id=strawberry.ID(str(t.id)),
            kind=t.kind,
            title=t.title,
            due_on=t.due_on,
            status=t.status,
            note=t.note,
            done_at=t.done_at,
            created_at=t.created_at,
            customer_id=t.customer_id,  # type: ignore[attr-defined]
            owner_id=t.owner_id,  # type: ignore[attr-defined]
            prospect_id=t.prospect_id,  # type: ignore[attr-defined]
            done_by_id=t.done_by_id,  # type: ignore[attr-defined]
        )

    @strawberry.field(description="Open and past its due day (hotel time).")
    def overdue(self) -> bool:
        return self.status is FollowUpTaskStatus.OPEN and self.due_on < hotel_today()

    @strawberry.field(description="The customer to contact.")
    async def customer(self, info: Info) -> Annotated[Customer, strawberry.lazy("schema.customers.types")] | None:
        from schema.customers.types import load_customer

        return await load_customer(info, self.customer_id)

    @strawberry.field(description="Who has to do it.")
    async def owner(self, info: Info) -> User | None:
        return await load_user(info, self.owner_id)

    @strawberry.field(description="Who did it.")
    async def done_by(self, info: Info) -> User | None:
        return await load_user(info, self.done_by_id)

    @strawberry.field(description="The prospect, for PROSPECT tasks.")
    async def prospect(self, info: Info) -> Prospect | None:
        return await load_one(info.context.loaders.prospects_by_id, self.prospect_id, Prospect.from_model)


@strawberry.type(description="Open follow-up tasks by when they are due (hotel time).")
class DueFollowUps:
    today: date = strawberry.field(description="The hotel's today.")
    overdue: list[FollowUpTask] = strawberry.field(description="Past their due day, oldest first.")
    due_today: list[FollowUpTask]
    upcoming: list[FollowUpTask] = strawberry.field(description="Due in the next days, soonest first.")

    @classmethod
    def from_data(cls, d: service.DueTasks) -> DueFollowUps:
        return cls(
            today=d.today,
            overdue=[FollowUpTask.from_model(t) for t in d.overdue],
            due_today=[FollowUpTask.from_model(t) for t in d.due_today],
            upcoming=[FollowUpTask.from_model(t) for t in d.upcoming],
        )


@strawberry.type(description="An event guests attend (品鉴会, 开放日, 婚博会).")
class HotelEvent:
    id: strawberry.ID
    name: str
    held_on: date

    @classmethod
    def from_model(cls, e: EventModel) -> HotelEvent:
        return cls(id=strawberry.ID(str(e.id)), name=e.name, held_on=e.held_on)

    @strawberry.field(description="The guests recorded at it, in the order they were recorded.")
    async def attendances(self, info: Info) -> list[EventAttendance]:
        return [EventAttendance.from_model(a) for a in await info.context.loaders.event_attendances.load(int(self.id))]


@strawberry.type(description="A guest at an event and whether they bought.")
class EventAttendance:
    id: strawberry.ID
    purchased: bool
    event_id: strawberry.Private[int]
    customer_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, a: AttendanceModel) -> EventAttendance:
        return cls(
            id=strawberry.ID(str(a.id)),
            purchased=a.purchased,
            event_id=a.event_id,  # type: ignore[attr-defined]
            customer_id=a.customer_id,  # type: ignore[attr-defined]
        )

    @strawberry.field(description="The guest.")
    async def customer(self, info: Info) -> Annotated[Customer, strawberry.lazy("schema.customers.types")] | None:
        from schema.customers.types import load_customer

        return await load_customer(info, self.customer_id)

    @strawberry.field(
        description="The revisit tasks attending without buying created (open, done or cancelled — "
        "cancelled when the guest bought after all), soonest first. Empty when none were due any more."
    )
    async def revisit_tasks(self, info: Info) -> list[FollowUpTask]:
        return [FollowUpTask.from_model(t) for t in await info.context.loaders.attendance_revisits.load(int(self.id))]


@strawberry.type(description="A customer on the dormant list: no stay and no interaction since `since`.")
class DormantCustomer:
    last_stay_on: date | None = strawberry.field(description="The last departure, if any.")
    last_contact_at: datetime | None = strawberry.field(description="The last interaction, if any.")
    customer_id: strawberry.Private[int]

    @strawberry.field(description="The customer.")
    async def customer(self, info: Info) -> Annotated[Customer, strawberry.lazy("schema.customers.types")] | None:
        from schema.customers.types import load_customer

        return await load_customer(info, self.customer_id)
