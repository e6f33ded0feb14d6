from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from schema.auth.types import User, load_user
from schema.context import Info
from schema.enums import CallOutcome, InteractionKind, InteractionPurpose
from schema.pagination import Connection
from server.interactions.models import Interaction as InteractionModel

if TYPE_CHECKING:
    from schema.customers.types import CallerLookup, Customer


@strawberry.type(description="A contact with a customer: a call in or out, a visit, an e-mail, SMS, WeChat or a note.")
class Interaction:
    id: strawberry.ID
    kind: InteractionKind
    purpose: InteractionPurpose | None
    summary: str | None
    occurred_at: datetime = strawberry.field(description="When it happened (a call: when it rang).")
    duration_seconds: int | None = strawberry.field(description="Talk time of a call; 0 for a missed call.")
    outcome: CallOutcome | None = strawberry.field(description="Calls from the PBX: ANSWERED or MISSED.")
    call_id: str | None = strawberry.field(description="The PBX's call id, for calls it reported.")
    extension: str | None
    phone: str | None = strawberry.field(description="The other party's number (E.164 when it parses).")
    follow_up_on: date | None = strawberry.field(description="Promised call-back date.")
    follow_up_done_at: datetime | None
    wrapped_up_at: datetime | None = strawberry.field(description="When purpose and summary were recorded.")
    customer_id: strawberry.Private[int | None]
    agent_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, i: InteractionModel) -> Interaction:
        return cls(
            id=strawberry.ID(str(i.id)),
            kind=i.kind,
            purpose=i.purpose,
            summary=i.summary,
            occurred_at=i.occurred_at,
            duration_seconds=i.duration_seconds,
            outcome=i.outcome,
            call_id=i.call_id,
            extension=i.extension,
            phone=i.phone,
            follow_up_on=i.follow_up_on,
            follow_up_done_at=i.follow_up_done_at,
            wrapped_up_at=i.wrapped_up_at,
            customer_id=i.customer_id,  # type: ignore[attr-defined]
            agent_id=i.agent_id,  # type: ignore[attr-defined]
        )

    @strawberry.field(description="Who took, made or logged it.")
    async def agent(self, info: Info) -> User | None:
        return await load_user(info, self.agent_id)

    @strawberry.field(description="The customer; null for a call from an unknown or shared number not yet assigned.")
    async def customer(self, info: Info) -> Annotated[Customer, strawberry.lazy("schema.customers.types")] | None:
        from schema.customers.types import load_customer

        return await load_customer(info, self.customer_id)


InteractionConnection = Connection[Interaction]


@strawberry.type(description="A call ringing on an extension, with the caller's card(s).")
class IncomingCall:
    call_id: str = strawberry.field(description="The PBX's call id; wrapUpCall takes it.")
    extension: str
    phone: str = strawberry.field(description="The caller's number as the PBX sent it (empty: withheld).")
    received_at: datetime = strawberry.field(description="When the server received the RINGING event.")
    at: datetime = strawberry.field(description="When the PBX says the call started ringing.")
    lookup: Annotated[CallerLookup, strawberry.lazy("schema.customers.types")]


@strawberry.type(description="An extension and the member of staff whose console it rings.")
class ExtensionBinding:
    extension: str
    bound_at: datetime
    user_id: strawberry.Private[int]

    @strawberry.field(description="Whose console it rings.")
    async def user(self, info: Info) -> User | None:
        return await load_user(info, self.user_id)
