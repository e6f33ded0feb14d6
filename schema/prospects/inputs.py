from __future__ import annotations

from datetime import date

import strawberry

from schema.enums import ProspectGrade, ProspectStatus


@strawberry.input(description="A prospect card for a customer; the grade sets the first follow-up date.")
class CreateProspectInput:
    customer_id: strawberry.ID
    grade: ProspectGrade = strawberry.field(description="H: +7 days, A: +1 month, B: +3 months, C: +6 months.")
    interest: str | None = strawberry.field(default=None, description="What they are interested in.")
    owner_id: strawberry.ID | None = strawberry.field(default=None, description="Default: you. Managers only.")


@strawberry.input(description="A new grade; the next follow-up date is recomputed from today.")
class ChangeProspectGradeInput:
    id: strawberry.ID
    grade: ProspectGrade
    expected_version: int | None = strawberry.field(default=None, description="Stale gives CONFLICT.")


@strawberry.input(description="A follow-up of a prospect (跟进记录).")
class RecordProspectFollowUpInput:
    prospect_id: strawberry.ID
    content: str = strawberry.field(description="What was discussed (required).")
    impression: str | None = None
    bottleneck: str | None = strawberry.field(default=None, description="Bottleneck analysis (瓶颈分析).")
    plan: str | None = None
    next_date: date | None = strawberry.field(
        default=None, description="Today or later; default: from the (new) grade."
    )
    grade: ProspectGrade | None = strawberry.field(default=None, description="A new grade, when it changed.")


@strawberry.input(description="The supervisor's comment on a follow-up (主管意见).")
class CommentOnFollowUpInput:
    id: strawberry.ID = strawberry.field(description="The follow-up.")
    comment: str


@strawberry.input(description="Ends a prospect WON (the customer becomes ACTIVE) or LOST (reason required).")
class CloseProspectInput:
    id: strawberry.ID
    outcome: ProspectStatus = strawberry.field(description="WON or LOST.")
    reason: str | None = None
    expected_version: int | None = None


@strawberry.input(description="Marks a follow-up task done.")
class CompleteFollowUpTaskInput:
    id: strawberry.ID
    note: str | None = None


@strawberry.input(description="Moves a follow-up task to another day (today or later).")
class RescheduleFollowUpTaskInput:
    id: strawberry.ID
    due_on: date
    note: str | None = None


@strawberry.input(description="A follow-up task made by hand (MANUAL).")
class CreateFollowUpTaskInput:
    customer_id: strawberry.ID
    title: str
    due_on: date
    note: str | None = None
    owner_id: strawberry.ID | None = strawberry.field(default=None, description="Default: you. Managers only.")


@strawberry.input(description="An event guests attend.")
class CreateEventInput:
    name: str
    held_on: date


@strawberry.input(description="A guest at an event; attending without buying creates revisit tasks.")
class RecordAttendanceInput:
    event_id: strawberry.ID
    customer_id: strawberry.ID
    purchased: bool


@strawberry.input(description="The outcome of the verification call to a dormant customer.")
class VerifyDormantCustomerInput:
    customer_id: strawberry.ID
    dormant: bool = strawberry.field(description="true: mark the customer DORMANT; false: still active.")
    note: str | None = None
