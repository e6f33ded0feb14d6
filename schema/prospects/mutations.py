from __future__ import annotations

import strawberry

from schema.context import Info
from schema.errors import UserError, refusals_as
from schema.ids import parse_id, parse_optional_id
from schema.permissions import ACCOUNT_STAFF, MANAGERS
from schema.prospects.inputs import (
    ChangeProspectGradeInput,
    CloseProspectInput,
    CommentOnFollowUpInput,
    CompleteFollowUpTaskInput,
    CreateEventInput,
    CreateFollowUpTaskInput,
    CreateProspectInput,
    RecordAttendanceInput,
    RecordProspectFollowUpInput,
    RescheduleFollowUpTaskInput,
    VerifyDormantCustomerInput,
)
from schema.prospects.types import EventAttendance, FollowUpTask, HotelEvent, Prospect, ProspectFollowUp
from server.prospects import service
from server.prospects.models import ProspectFollowUp as FollowUpModel


@strawberry.type(description="The created or changed prospect, or why not.")
class ProspectPayload:
    prospect: Prospect | None
    errors: list[UserError]


@strawberry.type(description="The recorded or commented follow-up and its prospect, or why not.")
class ProspectFollowUpPayload:
    follow_up: ProspectFollowUp | None
    prospect: Prospect | None
    errors: list[UserError]


@strawberry.type(description="The created or changed follow-up task, or why not.")
class FollowUpTaskPayload:
    task: FollowUpTask | None
    errors: list[UserError]


@strawberry.type(description="The created event, or why not.")
class HotelEventPayload:
    event: HotelEvent | None
    errors: list[UserError]


@strawberry.type(description="The recorded attendance, or why not.")
class EventAttendancePayload:
    attendance: EventAttendance | None
    errors: list[UserError]


async def _follow_up_payload(done: FollowUpModel) -> ProspectFollowUpPayload:
    prospect = await service.get_prospect(done.prospect_id)  # type: ignore[attr-defined]
    return ProspectFollowUpPayload(
        follow_up=ProspectFollowUp.from_model(done),
        prospect=Prospect.from_model(prospect) if prospect else None,
        errors=[],
    )


@strawberry.type
class ProspectMutations:
    @strawberry.mutation(
        description="Opens a prospect card (one open card per customer); the grade sets the next follow-up.",
        permission_classes=[ACCOUNT_STAFF],
    )
    @refusals_as(ProspectPayload)
    async def create_prospect(self, info: Info, input: CreateProspectInput) -> ProspectPayload:
        data = service.NewProspect(
            customer_id=parse_id(input.customer_id, field="customerId"),
            grade=input.grade,
            interest=input.interest,
            owner_id=parse_optional_id(input.owner_id, field="ownerId"),
        )
        done = await service.create_prospect(actor=info.context.actor, data=data)
        return ProspectPayload(prospect=Prospect.from_model(done), errors=[])

    @strawberry.mutation(
        description="Changes the grade; the next follow-up is recomputed from today.",
        permission_classes=[ACCOUNT_STAFF],
    )
    @refusals_as(ProspectPayload)
    async def change_prospect_grade(self, info: Info, input: ChangeProspectGradeInput) -> ProspectPayload:
        done = await service.change_grade(
            actor=info.context.actor,
            prospect_id=parse_id(input.id),
            grade=input.grade,
            expected_version=input.expected_version,
        )
        return ProspectPayload(prospect=Prospect.from_model(done), errors=[])

    @strawberry.mutation(
        description="Records a follow-up; the open task is done and the next one due on nextDate.",
        permission_classes=[ACCOUNT_STAFF],
    )
    @refusals_as(ProspectFollowUpPayload)
    async def record_prospect_follow_up(
        self, info: Info, input: RecordProspectFollowUpInput
    ) -> ProspectFollowUpPayload:
        data = service.NewFollowUp(
            prospect_id=parse_id(input.prospect_id, field="prospectId"),
            content=input.content,
            impression=input.impression,
            bottleneck=input.bottleneck,
            plan=input.plan,
            next_date=input.next_date,
            grade=input.grade,
        )
        return await _follow_up_payload(await service.record_follow_up(actor=info.context.actor, data=data))

    @strawberry.mutation(
        description="The supervisor's comment on a follow-up (the owner's supervisor or a manager).",
        permission_classes=[ACCOUNT_STAFF],
    )
    @refusals_as(ProspectFollowUpPayload)
    async def comment_on_follow_up(self, info: Info, input: CommentOnFollowUpInput) -> ProspectFollowUpPayload:
        done = await service.comment_on_follow_up(
            actor=info.context.actor, follow_up_id=parse_id(input.id), comment=input.comment
        )
        return await _follow_up_payload(done)

    @strawberry.mutation(
        description="Ends a prospect WON (customer ACTIVE) or LOST (reason required); open tasks are cancelled.",
        permission_classes=[ACCOUNT_STAFF],
    )
    @refusals_as(ProspectPayload)
    async def close_prospect(self, info: Info, input: CloseProspectInput) -> ProspectPayload:
        done = await service.close_prospect(
            actor=info.context.actor,
            prospect_id=parse_id(input.id),
            outcome=input.outcome,
            reason=input.reason,
            expected_version=input.expected_version,
        )
        return ProspectPayload(prospect=Prospect.from_model(done), errors=[])

    @strawberry.mutation(description="Marks a follow-up task done.", permission_classes=[ACCOUNT_STAFF])
    @refusals_as(FollowUpTaskPayload)
    async def complete_follow_up_task(self, info: Info, input: CompleteFollowUpTaskInput) -> FollowUpTaskPayload:
        done = await service.complete_task(actor=info.context.actor, task_id=parse_id(input.id), note=input.note)
        return FollowUpTaskPayload(task=FollowUpTask.from_model(done), errors=[])

    @strawberry.mutation(
        description="Moves a follow-up task to another day; a prospect's task moves its next follow-up too.",
        permission_classes=[ACCOUNT_STAFF],
    )
    @refusals_as(FollowUpTaskPayload)
    async def reschedule_follow_up_task(self, info: Info, input: RescheduleFollowUpTaskInput) -> FollowUpTaskPayload:
        done = await service.reschedule_task(
            actor=info.context.actor, task_id=parse_id(input.id), due_on=input.due_on, note=input.note
        )
        return FollowUpTaskPayload(task=FollowUpTask.from_model(done), errors=[])

    @strawberry.mutation(description="Creates a MANUAL follow-up task.", permission_classes=[ACCOUNT_STAFF])
    @refusals_as(FollowUpTaskPayload)
    async def create_follow_up_task(self, info: Info, input: CreateFollowUpTaskInput) -> FollowUpTaskPayload:
        data = service.NewTask(
            customer_id=parse_id(input.customer_id, field="customerId"),
            title=input.title,
            due_on=input.due_on,
            note=input.note,
            owner_id=parse_optional_id(input.owner_id, field="ownerId"),
        )
        done = await service.create_task(actor=info.context.actor, data=data)
        return FollowUpTaskPayload(task=FollowUpTask.from_model(done), errors=[])

    @strawberry.mutation(description="Creates an event guests attend.", permission_classes=[ACCOUNT_STAFF])
    @refusals_as(HotelEventPayload)
    async def create_event(self, info: Info, input: CreateEventInput) -> HotelEventPayload:
        done = await service.create_event(actor=info.context.actor, name=input.name, held_on=input.held_on)
        return HotelEventPayload(event=HotelEvent.from_model(done), errors=[])

    @strawberry.mutation(
        description="Records a guest at an event; attending without buying creates the revisit tasks at once.",
        permission_classes=[ACCOUNT_STAFF],
    )
    @refusals_as(EventAttendancePayload)
    async def record_attendance(self, info: Info, input: RecordAttendanceInput) -> EventAttendancePayload:
        done = await service.record_attendance(
            actor=info.context.actor,
            event_id=parse_id(input.event_id, field="eventId"),
            customer_id=parse_id(input.customer_id, field="customerId"),
            purchased=input.purchased,
        )
        return EventAttendancePayload(attendance=EventAttendance.from_model(done), errors=[])

    @strawberry.mutation(
        description="Records the verification call to a dormant customer (a DORMANT_CHECK task done); "
        "dormant=true also sets the customer DORMANT with the note as the reason.",
        permission_classes=[MANAGERS],
    )
    @refusals_as(FollowUpTaskPayload)
    async def verify_dormant_customer(self, info: Info, input: VerifyDormantCustomerInput) -> FollowUpTaskPayload:
        done = await service.verify_dormant(
            actor=info.context.actor,
            customer_id=parse_id(input.customer_id, field="customerId"),
            dormant=input.dormant,
            note=input.note,
        )
        return FollowUpTaskPayload(task=FollowUpTask.from_model(done), errors=[])
