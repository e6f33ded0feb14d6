from __future__ import annotations

from datetime import date

import strawberry

from schema.enums import ExportFormat, PerformanceMeasure, ReportKind, SegmentDimension


@strawberry.input(description="What to group the stays by, for which property and arrival dates.")
class SegmentReportInput:
    dimension: SegmentDimension
    property: str | None = strawberry.field(default=None, description="One hotel of the group; all when null.")
    start: date | None = strawberry.field(default=None, name="from", description="First arrival date counted.")
    end: date | None = strawberry.field(
        default=None, name="to", description="Last arrival date counted (not before from)."
    )


@strawberry.input(description="Which report to export, in which format, with the filters of its query.")
class ExportReportInput:
    report: ReportKind
    format: ExportFormat
    dimension: SegmentDimension | None = strawberry.field(default=None, description="SEGMENTS: required.")
    measure: PerformanceMeasure | None = strawberry.field(default=None, description="CUSTOMER_RANKING: required.")
    property: str | None = strawberry.field(default=None, description="One hotel of the group; all when null.")
    start: date | None = strawberry.field(default=None, name="from", description="First day counted.")
    end: date | None = strawberry.field(default=None, name="to", description="Last day counted.")
    department: str | None = strawberry.field(default=None, description="STAFF_KPIS: one team.")
    first: int | None = strawberry.field(
        default=None,
        description="CUSTOMER_RANKING, CUSTOMER_VALUE, CHURN_RISKS: how many customers, 1..100; "
        "the query's default (20, 50, 50) when null.",
    )
