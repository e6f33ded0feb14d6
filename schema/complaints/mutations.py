from __future__ import annotations

import strawberry

from schema.complaints.inputs import AddComplaintNoteInput, FileComplaintInput, MoveComplaintInput, UpdateComplaintInput
from schema.complaints.types import Complaint
from schema.context import Info
from schema.errors import UserError, refusals_as
from schema.ids import parse_id
from schema.permissions import READ_CUSTOMERS
from server.complaints import service
from server.complaints.models import Complaint as ComplaintModel


@strawberry.type(description="The filed or changed complaint, or why not.")
class ComplaintPayload:
    complaint: Complaint | None
    errors: list[UserError]


def _payload(done: ComplaintModel) -> ComplaintPayload:
    return ComplaintPayload(complaint=Complaint.from_model(done), errors=[])


@strawberry.type
class ComplaintMutations:
    @strawberry.mutation(
        description="Files a complaint; dueAt = now + the SLA of its severity; the matching procedures are linked.",
        permission_classes=[READ_CUSTOMERS],
    )
    @refusals_as(ComplaintPayload)
    async def file_complaint(self, info: Info, input: FileComplaintInput) -> ComplaintPayload:
        return _payload(await service.file_complaint(actor=info.context.actor, data=input.to_data()))

    @strawberry.mutation(
        description="Moves a complaint along the workflow (assignee or manager; closing: managers).",
        permission_classes=[READ_CUSTOMERS],
    )
    @refusals_as(ComplaintPayload)
    async def move_complaint(self, info: Info, input: MoveComplaintInput) -> ComplaintPayload:
        return _payload(await service.move_complaint(actor=info.context.actor, move=input.to_move()))

    @strawberry.mutation(
        description="Changes a complaint's details (assignee or manager; assigning: managers).",
        permission_classes=[READ_CUSTOMERS],
    )
    @refusals_as(ComplaintPayload)
    async def update_complaint(self, info: Info, input: UpdateComplaintInput) -> ComplaintPayload:
        done = await service.update_complaint(
            actor=info.context.actor,
            complaint_id=parse_id(input.id),
            expected_version=input.expected_version,
            changes=input.changes(),
            note=input.note,
        )
        return _payload(done)

    @strawberry.mutation(description="Adds a note to a complaint's timeline.", permission_classes=[READ_CUSTOMERS])
    @refusals_as(ComplaintPayload)
    async def add_complaint_note(self, info: Info, input: AddComplaintNoteInput) -> ComplaintPayload:
        done = await service.add_note(actor=info.context.actor, complaint_id=parse_id(input.id), note=input.note)
        return _payload(done)
