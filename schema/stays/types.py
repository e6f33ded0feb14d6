from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import strawberry

from schema.context import Info
from schema.enums import StayStatus, ValueClass
from schema.scalars import Fen
from server.insights.service import value_class
from server.stays.service import Performance as PerformanceData
from server.stays.service import StayView

if TYPE_CHECKING:
    from schema.customers.types import Customer


@strawberry.type(description="A stay at one of the group's hotels.")
class Stay:
    id: strawberry.ID
    property: str = strawberry.field(description="Which hotel of the group.")
    arrival: date
    departure: date
    room_nights: int
    room_type: str
    nightly_rate: Fen
    room_revenue: Fen
    status: StayStatus
    channel: str | None
    purpose: str | None
    customer_id: strawberry.Private[int | None]

    @strawberry.field(description="The guest, when known (PMS imports may have none).")
    async def customer(self, info: Info) -> Annotated[Customer, strawberry.lazy("schema.customers.types")] | None:
        from schema.customers.types import load_customer

        return await load_customer(info, self.customer_id)

    @classmethod
    def from_view(cls, view: StayView) -> Stay:
        return cls(
            id=strawberry.ID(str(view.id)),
            property=view.property,
            arrival=view.arrival,
            departure=view.departure,
            room_nights=view.room_nights,
            room_type=view.room_type,
            nightly_rate=Fen(view.nightly_rate),
            room_revenue=Fen(view.room_revenue),
            status=view.status,
            channel=view.channel,
            purpose=view.purpose,
            customer_id=view.customer_id,
        )


@strawberry.type(description="What a customer has brought in (cancelled and no-show stays excluded).")
class Performance:
    room_nights: int
    adr: Fen | None = strawberry.field(description="Room revenue ÷ room nights, half-up to the fen.")
    room_revenue: Fen
    other_revenue: Fen
    total_revenue: Fen
    visits: int
    last_visit: date | None
    value_class: ValueClass = strawberry.field(
        description="KEY, REGULAR or OCCASIONAL from these figures (total revenue and visits; HOTEL_CRM_VALUE_*)."
    )

    @classmethod
    def from_data(cls, p: PerformanceData) -> Performance:
        return cls(
            room_nights=p.room_nights,
            adr=Fen(p.adr) if p.adr is not None else None,
            room_revenue=Fen(p.room_revenue),
            other_revenue=Fen(p.other_revenue),
            total_revenue=Fen(p.total_revenue),
            visits=p.visits,
            last_visit=p.last_visit,
            value_class=value_class(p),
        )
