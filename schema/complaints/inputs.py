from __future__ import annotations

import strawberry

from schema.enums import ComplaintStatus, Severity
from schema.ids import parse_id, parse_optional_id
from schema.inputs import sent_changes
from schema.scalars import Fen
from server.complaints.service import Move, NewComplaint


@strawberry.input(description="A complaint as the agent takes it down; dueAt follows from the severity.")
class FileComplaintInput:
    customer_id: strawberry.ID | None = strawberry.field(default=None, description="The guest, when known.")
    channel: str | None = None
    category: str | None = None
    severity: Severity | None = strawberry.field(default=None, description="Default MEDIUM.")
    description: str
    departments: list[str] | None = None
    assignee_id: strawberry.ID | None = strawberry.field(default=None, description="Managers only.")
    article_ids: list[strawberry.ID] | None = strawberry.field(
        default=None,
        description="The procedures the agent saw or chose while typing, best first; "
        "left out: the best matches for the description are linked.",
    )
    idempotency_key: str | None = strawberry.field(default=None, description="A retry with the same key files once.")

    def to_data(self) -> NewComplaint:
        return NewComplaint(
            description=self.description,
            customer_id=parse_optional_id(self.customer_id, field="customerId"),
            channel=self.channel,
            category=self.category,
            severity=self.severity,
            departments=self.departments,
            assignee_id=parse_optional_id(self.assignee_id, field="assigneeId"),
            article_ids=None
            if self.article_ids is None
            else [parse_id(a, field=["articleIds", str(i)]) for i, a in enumerate(self.article_ids)],
            idempotency_key=self.idempotency_key,
        )


@strawberry.input(
    description="A move along the workflow; RESOLVED needs a resolution, CLOSED the guest's satisfaction."
)
class MoveComplaintInput:
    id: strawberry.ID
    expected_version: int = strawberry.field(description="The version you read; stale gives CONFLICT.")
    status: ComplaintStatus = strawberry.field(description="Where to move it (see allowedTransitions).")
    note: str | None = strawberry.field(default=None, description="Required when reopening: why.")
    resolution: str | None = strawberry.field(default=None, description="RESOLVED: what was done (required).")
    root_cause: str | None = None
    compensation: Fen | None = strawberry.field(default=None, description="RESOLVED: what the guest got, in fen.")
    staff_at_fault: bool | None = None
    staff_at_fault_who: str | None = None
    satisfied: bool | None = strawberry.field(default=None, description="CLOSED: the guest's answer (required).")

    def to_move(self) -> Move:
        return Move(
            complaint_id=parse_id(self.id),
            expected_version=self.expected_version,
            to=self.status,
            note=self.note,
            resolution=self.resolution,
            root_cause=self.root_cause,
            compensation_fen=self.compensation,
            staff_at_fault=self.staff_at_fault,
            staff_at_fault_who=self.staff_at_fault_who,
            satisfied=self.satisfied,
        )


_UPDATE_FIELDS = [
    "assignee_id",
    "customer_id",
    "departments",
    "category",
    "channel",
    "severity",
    "root_cause",
    "resolution",
    "compensation",
    "staff_at_fault",
    "staff_at_fault_who",
]


@strawberry.input(description="Changes to a complaint's details; fields left out stay as they are, null clears.")
class UpdateComplaintInput:
    id: strawberry.ID
    expected_version: int = strawberry.field(description="The version you read; stale gives CONFLICT.")
    assignee_id: strawberry.ID | None = strawberry.field(default=strawberry.UNSET, description="Managers only.")
    customer_id: strawberry.ID | None = strawberry.UNSET
    departments: list[str] | None = strawberry.UNSET
    category: str | None = strawberry.UNSET
    channel: str | None = strawberry.UNSET
    severity: Severity | None = strawberry.field(
        default=strawberry.UNSET, description="Recomputes dueAt from the filing (or reopening) time."
    )
    root_cause: str | None = strawberry.UNSET
    resolution: str | None = strawberry.UNSET
    compensation: Fen | None = strawberry.UNSET
    staff_at_fault: bool | None = strawberry.UNSET
    staff_at_fault_who: str | None = strawberry.UNSET
    note: str | None = strawberry.field(default=None, description="Why, on the timeline.")

    def changes(self) -> dict[str, object]:
        sent = sent_changes(self, _UPDATE_FIELDS)
        for key in ("assigneeId", "customerId"):
            if sent.get(key) is not None:
                sent[key] = parse_id(sent[key], field=key)
        return sent


@strawberry.input(description="A note on a complaint's timeline.")
class AddComplaintNoteInput:
    id: strawberry.ID
    note: str
