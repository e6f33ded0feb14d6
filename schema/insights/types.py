"""Customer value and staff performance for managers: rankings, RFM, churn warning, staff KPIs."""

from __future__ import annotations

import dataclasses
from datetime import date

import strawberry

from schema.auth.types import User, load_user
from schema.context import Info
from schema.customers.types import Customer, load_customer
from schema.enums import ChurnReason, ValueClass
from schema.scalars import Fen
from schema.stays.types import Performance
from server.insights import service


async def _customer(info: Info, customer_id: int) -> Customer:
    found = await load_customer(info, customer_id)
    assert found is not None, "a reported customer always exists"
    return found


@strawberry.type(description="One customer's performance in the ranking's period and property.")
class CustomerRankingRow:
    rank: int = strawberry.field(description="1 = first by the chosen measure.")
    room_nights: int
    adr: Fen | None = strawberry.field(description="Room revenue ÷ room nights, half-up to the fen.")
    room_revenue: Fen
    other_revenue: Fen
    total_revenue: Fen
    visits: int
    last_visit: date | None
    value_class: ValueClass = strawberry.field(description="From this row's figures (HOTEL_CRM_VALUE_*).")
    customer_id: strawberry.Private[int]

    @strawberry.field(description="The customer.")
    async def customer(self, info: Info) -> Customer:
        return await _customer(info, self.customer_id)

    @classmethod
    def from_data(cls, row: service.RankingRow) -> CustomerRankingRow:
        figures = Performance.from_data(row.performance)
        # The row repeats the Performance type's figures (and its value class) flat, as the contract has them.
        return cls(
            rank=row.rank,
            customer_id=row.customer_id,
            **{f.name: getattr(figures, f.name) for f in dataclasses.fields(figures)},
        )


@strawberry.type(description="A customer's RFM scores in the period: recency, frequency, monetary, each 1..5.")
class RfmRow:
    recency: int = strawberry.field(description="1..5 by the last visit; 5 = the most recent fifth.")
    frequency: int = strawberry.field(description="1..5 by visits.")
    monetary: int = strawberry.field(description="1..5 by total revenue.")
    score: str = strawberry.field(description='The three scores, e.g. "545".')
    last_visit: date | None
    visits: int
    total_revenue: Fen
    profit_contribution: Fen | None = strawberry.field(
        description="Revenue less costs; null: no cost data is recorded."
    )
    customer_id: strawberry.Private[int]

    @strawberry.field(description="The customer.")
    async def customer(self, info: Info) -> Customer:
        return await _customer(info, self.customer_id)

    @classmethod
    def from_data(cls, row: service.RfmRow) -> RfmRow:
        return cls(
            recency=row.recency,
            frequency=row.frequency,
            monetary=row.monetary,
            score=row.score,
            last_visit=row.last_visit,
            visits=row.visits,
            total_revenue=Fen(row.total_revenue),
            profit_contribution=None if row.profit_contribution is None else Fen(row.profit_contribution),
            customer_id=row.customer_id,
        )


@strawberry.type(description="Customer value and loyalty in a period: RFM and the repeat rate.")
class CustomerValueReport:
    customers: int = strawberry.field(description="Customers with at least one visit in the period.")
    repeaters: int = strawberry.field(description="Customers with two or more visits in the period.")
    repeat_rate: float = strawberry.field(description="repeaters ÷ customers (0 without customers).")
    rows: list[RfmRow] = strawberry.field(description="Best first: by R + F + M, then total revenue.")

    @classmethod
    def from_data(cls, report: service.CustomerValueReport) -> CustomerValueReport:
        return cls(
            customers=report.customers,
            repeaters=report.repeaters,
            repeat_rate=report.repeat_rate,
            rows=[RfmRow.from_data(r) for r in report.rows],
        )


@strawberry.type(description="A customer who may be leaving, why, and the figures behind it.")
class ChurnRisk:
    reasons: list[ChurnReason]
    explanation: str = strawberry.field(description="The reasons with their figures, in Chinese.")
    previous_visits: int = strawberry.field(
        description="Visits in the earlier window (HOTEL_CRM_CHURN_HISTORY_MONTHS)."
    )
    recent_visits: int = strawberry.field(description="Visits in the recent window (HOTEL_CRM_CHURN_RECENT_MONTHS).")
    previous_spend: Fen = strawberry.field(description="Total revenue in the earlier window.")
    recent_spend: Fen = strawberry.field(description="Total revenue in the recent window.")
    last_visit: date | None = strawberry.field(description="The last visit ever.")
    customer_id: strawberry.Private[int]

    @strawberry.field(description="The customer.")
    async def customer(self, info: Info) -> Customer:
        return await _customer(info, self.customer_id)

    @classmethod
    def from_data(cls, risk: service.ChurnRisk) -> ChurnRisk:
        return cls(
            reasons=list(risk.reasons),
            explanation=risk.explanation,
            previous_visits=risk.previous_visits,
            recent_visits=risk.recent_visits,
            previous_spend=Fen(risk.previous_spend),
            recent_spend=Fen(risk.recent_spend),
            last_visit=risk.last_visit,
            customer_id=risk.customer_id,
        )


@strawberry.type(description="A member of staff's figures in the period (see the README for each definition).")
class StaffKpiRow:
    rank: int = strawberry.field(description="By the composite score; equal scores share a rank.")
    calls_handled: int = strawberry.field(description="Calls in and out answered, as agent.")
    complaints_handled: int = strawberry.field(description="Complaints resolved in the period, as assignee.")
    complaints_on_time: int = strawberry.field(description="Of those, resolved by their due time.")
    on_time_rate: float | None = strawberry.field(description="complaintsOnTime ÷ complaintsHandled.")
    average_resolution_minutes: float | None = strawberry.field(description="From filing to resolution.")
    follow_ups_done: int = strawberry.field(description="Follow-up tasks marked done.")
    follow_ups_on_time: int = strawberry.field(description="Of those, done on or before the due date.")
    records_collected: int = strawberry.field(description="Customer records created (信息收集).")
    records_enriched: int = strawberry.field(description="Customer records updated or given a preference or key date.")
    members_recruited: int = strawberry.field(description="Membership cards issued (not reissues).")
    satisfaction: float | None = strawberry.field(
        description="Share of the complaints closed in the period whose guest was satisfied."
    )
    user_id: strawberry.Private[int]

    @strawberry.field(description="The member of staff.")
    async def user(self, info: Info) -> User:
        found = await load_user(info, self.user_id)
        assert found is not None, "a ranked user always exists"
        return found

    @classmethod
    def from_data(cls, kpi: service.StaffKpi) -> StaffKpiRow:
        return cls(
            rank=kpi.rank,
            calls_handled=kpi.calls_handled,
            complaints_handled=kpi.complaints_handled,
            complaints_on_time=kpi.complaints_on_time,
            on_time_rate=kpi.on_time_rate,
            average_resolution_minutes=kpi.average_resolution_minutes,
            follow_ups_done=kpi.follow_ups_done,
            follow_ups_on_time=kpi.follow_ups_on_time,
            records_collected=kpi.records_collected,
            records_enriched=kpi.records_enriched,
            members_recruited=kpi.members_recruited,
            satisfaction=kpi.satisfaction,
            user_id=kpi.user_id,
        )
