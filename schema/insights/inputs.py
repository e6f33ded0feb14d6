from __future__ import annotations

from datetime import date

import strawberry

from schema.enums import PerformanceMeasure


@strawberry.input(description="Which customers to rank, by what, where and when (stays by arrival date).")
class CustomerRankingInput:
    measure: PerformanceMeasure
    property: str | None = strawberry.field(default=None, description="One hotel of the group; all when null.")
    start: date | None = strawberry.field(default=None, name="from", description="First arrival date counted.")
    end: date | None = strawberry.field(default=None, name="to", description="Last arrival date counted.")
    first: int | None = strawberry.field(default=20, description="How many rows, 1..100.")


@strawberry.input(description="The period and property of the customer value report.")
class CustomerValueInput:
    property: str | None = strawberry.field(default=None, description="One hotel of the group; all when null.")
    start: date | None = strawberry.field(default=None, name="from", description="First arrival date counted.")
    end: date | None = strawberry.field(default=None, name="to", description="Last arrival date counted.")
    first: int | None = strawberry.field(default=50, description="How many RFM rows, 1..100.")


@strawberry.input(description="The period (hotel days) and team of the staff KPIs.")
class StaffKpiInput:
    start: date = strawberry.field(name="from", description="First day counted.")
    end: date = strawberry.field(name="to", description="Last day counted.")
    department: str | None = strawberry.field(default=None, description="One team; everyone when null.")
