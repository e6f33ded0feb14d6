from __future__ import annotations

import strawberry

from schema.context import Info
from schema.permissions import MANAGERS
from schema.reports.inputs import SegmentReportInput
from schema.reports.types import SegmentRow
from server.reports import service


@strawberry.type
class ReportQueries:
    @strawberry.field(
        description="Stays by one dimension over an arrival period (SPEC §4.4): stays, cancelled, room nights, "
        "room revenue, ADR and share per value. ARRIVAL_YEAR/ARRIVAL_MONTH rows in key order, the others by room "
        "revenue, largest first. Refused (top-level error with the UserError fields) when from > to or the "
        "property has no stays.",
        permission_classes=[MANAGERS],
    )
    async def segment_report(self, info: Info, input: SegmentReportInput) -> list[SegmentRow]:
        rows = await service.segment_report(
            dimension=input.dimension, property_name=input.property, start=input.start, end=input.end
        )
        return [SegmentRow.from_data(r) for r in rows]
