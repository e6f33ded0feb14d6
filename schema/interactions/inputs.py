from __future__ import annotations

from datetime import date, datetime

import strawberry

from schema.enums import InteractionKind, InteractionPurpose
from schema.ids import parse_id, parse_optional_id
from server.interactions.service import NewInteraction, WrapUp


@strawberry.input(description="A contact logged by hand: an outgoing call, a visit, e-mail, SMS, WeChat or a note.")
class LogInteractionInput:
    customer_id: strawberry.ID
    kind: InteractionKind
    purpose: InteractionPurpose | None = None
    summary: str | None = None
    occurred_at: datetime | None = strawberry.field(default=None, description="Default: now.")
    duration_seconds: int | None = None
    follow_up_on: date | None = strawberry.field(default=None, description="Promised call-back date.")
    phone: str | None = strawberry.field(default=None, description="The number called, any format.")

    def to_data(self) -> NewInteraction:
        return NewInteraction(
            customer_id=parse_id(self.customer_id, field="customerId"),
            kind=self.kind,
            purpose=self.purpose,
            summary=self.summary,
            occurred_at=self.occurred_at,
            duration_seconds=self.duration_seconds,
            follow_up_on=self.follow_up_on,
            phone=self.phone,
        )


@strawberry.input(description="The agent's notes on a call that came through the PBX.")
class WrapUpCallInput:
    call_id: str
    customer_id: strawberry.ID | None = strawberry.field(
        default=None, description="Who called (for a shared or unknown number, chosen by the agent)."
    )
    purpose: InteractionPurpose | None = None
    summary: str | None = None
    follow_up_on: date | None = None

    def to_data(self) -> WrapUp:
        return WrapUp(
            call_id=self.call_id,
            customer_id=parse_optional_id(self.customer_id, field="customerId"),
            purpose=self.purpose,
            summary=self.summary,
            follow_up_on=self.follow_up_on,
        )


@strawberry.input(description="Bind this console to a telephone extension.")
class BindExtensionInput:
    extension: str
    take_over: bool = strawberry.field(
        default=False, description="Take the extension from whoever has it (shift change)."
    )


@strawberry.input(description="A promised call-back that has been made.")
class CompleteFollowUpInput:
    interaction_id: strawberry.ID
