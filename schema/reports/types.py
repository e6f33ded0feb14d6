"""segmentReport's rows."""

from __future__ import annotations

import strawberry

from schema.scalars import Fen
from server.reports import service


@strawberry.type(
    description="One value of the dimension over the stays arriving in the period. Keys: the value as stored; "
    '"(none)" for an empty one, "(no customer)" for INDUSTRY/NATURE of stays without a customer, "(unknown)" for a '
    'REGION whose country code is unknown; ARRIVAL_YEAR "YYYY", ARRIVAL_MONTH "YYYY-MM".'
)
class SegmentRow:
    key: str = strawberry.field(description="The dimension's value (see the type's description for the markers).")
    stays: int = strawberry.field(description="Every stay, cancelled and no-show included.")
    cancelled: int = strawberry.field(description="Stays CANCELLED or NO_SHOW.")
    room_nights: int = strawberry.field(description="Room nights of the stays that are neither CANCELLED nor NO_SHOW.")
    room_revenue: Fen = strawberry.field(description="Room revenue of those stays, in fen.")
    adr: Fen | None = strawberry.field(description="roomRevenue ÷ roomNights, half-up to the fen; null at 0 nights.")
    share: float = strawberry.field(
        description="This row's roomRevenue ÷ the roomRevenue of all rows (0 if that is 0)."
    )

    @classmethod
    def from_data(cls, row: service.SegmentRow) -> SegmentRow:
        return cls(
            key=row.key,
            stays=row.stays,
            cancelled=row.cancelled,
            room_nights=row.room_nights,
            room_revenue=Fen(row.room_revenue),
            adr=None if row.adr is None else Fen(row.adr),
            share=row.share,
        )
