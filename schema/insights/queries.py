from __future__ import annotations

import strawberry

from schema.context import Info
from schema.insights.inputs import CustomerRankingInput, CustomerValueInput, StaffKpiInput
from schema.insights.types import ChurnRisk, CustomerRankingRow, CustomerValueReport, StaffKpiRow
from schema.permissions import MANAGERS
from server.insights import service


@strawberry.type
class InsightQueries:
    @strawberry.field(
        description="The top customers by one performance measure in a period (by arrival date) and property, "
        "with their value class.",
        permission_classes=[MANAGERS],
    )
    async def customer_ranking(self, info: Info, input: CustomerRankingInput) -> list[CustomerRankingRow]:
        rows = await service.customer_ranking(
            actor=info.context.actor,
            measure=input.measure,
            property_name=input.property,
            start=input.start,
            end=input.end,
            first=input.first,
        )
        return [CustomerRankingRow.from_data(r) for r in rows]

    @strawberry.field(
        description="RFM scores (best first) and the repeat rate of the customers who visited in the period.",
        permission_classes=[MANAGERS],
    )
    async def customer_value_report(self, info: Info, input: CustomerValueInput) -> CustomerValueReport:
        report = await service.customer_value(
            actor=info.context.actor,
            property_name=input.property,
            start=input.start,
            end=input.end,
            first=input.first,
        )
        return CustomerValueReport.from_data(report)

    @strawberry.field(
        description="Customers whose visits or spend per month dropped against their own history, and the "
        "dormant; the most valuable earlier spend first (first ≤ 100).",
        permission_classes=[MANAGERS],
    )
    async def churn_risks(self, info: Info, first: int | None = 50) -> list[ChurnRisk]:
        return [ChurnRisk.from_data(r) for r in await service.churn_risks(actor=info.context.actor, first=first)]

    @strawberry.field(
        description="Each member of staff's KPIs in the period, ranked by the composite score.",
        permission_classes=[MANAGERS],
    )
    async def staff_kpis(self, info: Info, input: StaffKpiInput) -> list[StaffKpiRow]:
        rows = await service.staff_kpis(
            actor=info.context.actor, start=input.start, end=input.end, department=input.department
        )
        return [StaffKpiRow.from_data(r) for r in rows]
