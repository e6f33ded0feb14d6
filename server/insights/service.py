"""Customer value and staff performance for managers (SPEC §2.4, §2.9, §2.10).

Every figure is aggregated in SQL, money in integer fen. The figures of a customer are those of
customer performance (server.stays.service.performance_sql): a stay counts in the period of its
arrival date, a revenue line in that of its date.

Value class (define once: value_class): KEY at HOTEL_CRM_VALUE_KEY_REVENUE_YUAN of total revenue
or HOTEL_CRM_VALUE_KEY_VISITS visits, else REGULAR at HOTEL_CRM_VALUE_REGULAR_REVENUE_YUAN or
HOTEL_CRM_VALUE_REGULAR_VISITS visits, else OCCASIONAL — of the figures shown beside it (all time
on a customer's card, the period's in a ranking). Bounds are inclusive.

RFM: the customers with at least one visit in the period; each of recency (last visit),
frequency (visits) and monetary (total revenue) scores ⌈5 × (customers with a value no better) ÷
customers⌉ — quintiles in which ties share a score and the best is always 5. Best first: by
R + F + M, then total revenue, then customer id. Repeat rate: customers with two or more visits ÷
customers with one or more. Profit contribution needs cost data, which no model holds: null.

Churn warning: the last HOTEL_CRM_CHURN_RECENT_MONTHS months (ending today) against the
HOTEL_CRM_CHURN_HISTORY_MONTHS months before, per month: FREQUENCY_DROP when visits, SPEND_DROP
when total revenue fell by at least HOTEL_CRM_CHURN_DROP_PERCENT percent, judged only for
customers with HOTEL_CRM_CHURN_MIN_PREVIOUS_VISITS visits in the earlier window; DORMANT for the
customers on the dormant list (server.prospects.service.dormant_condition). The most valuable
earlier spend first.

Staff KPIs of a period (hotel days [from, to]):
- callsHandled: calls in and out (interactions CALL_IN / CALL_OUT, not MISSED) with the user as agent;
- complaintsHandled: complaints resolved in the period with the user as assignee; on time when
  resolved by dueAt; average resolution minutes from filing to resolution (as complaintAnalysis);
- followUpsDone: follow-up tasks marked done by the user in the period; on time when done on or
  before the due date (hotel date);
- recordsCollected: customers the user created (audit customer.create, or a registration that
  created the profile); recordsEnriched: customers whose profile the user updated or added a
  preference or key date to (audit customer.update / add_preference / add_key_date), each
  customer once;
- membersRecruited: membership cards the user issued (card events ISSUED, not reissues);
- satisfaction: of the complaints closed in the period with the user as assignee, the share whose
  guest was satisfied on the follow-up call (null without any).
Ranked by a composite score (KPI_POINTS); equal scores share a rank.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import Enum
from typing import Any

from tortoise.transactions import in_transaction

from server.auth.actor import Actor
from server.auth.models import Role, User
from server.complaints.service import minutes_between
from server.core import sql
from server.core.errors import DomainError, ErrorCode, FieldErrors
from server.core.money import Fen, divide_half_up, yuan_text
from server.core.text import clean_text
from server.core.time import hotel_day_start, hotel_today
from server.customers.models import Customer
from server.prospects.service import add_months, dormant_condition
from server.reports.tables import Column, ColumnKind, Table
from server.settings import get_settings
from server.stays.service import (
    ADR_SQL,
    NOT_STAYED,
    Performance,
    PerformanceScope,
    performance_from_row,
    performance_of,
    performance_sql,
)

# Rows of one answer: SPEC §5 bounds every `first` at 100.
MAX_ROWS = 100


class PerformanceMeasure(Enum):
    ROOM_NIGHTS = "ROOM_NIGHTS"
    ADR = "ADR"
    ROOM_REVENUE = "ROOM_REVENUE"
    OTHER_REVENUE = "OTHER_REVENUE"
    TOTAL_REVENUE = "TOTAL_REVENUE"
    VISITS = "VISITS"
    LAST_VISIT = "LAST_VISIT"


class ValueClass(Enum):
    KEY = "KEY"
    REGULAR = "REGULAR"
    OCCASIONAL = "OCCASIONAL"


class ChurnReason(Enum):
    FREQUENCY_DROP = "FREQUENCY_DROP"
    SPEND_DROP = "SPEND_DROP"
    DORMANT = "DORMANT"


# The column of the performance row each measure ranks by (largest or latest first).
_MEASURE_SQL = {
    PerformanceMeasure.ROOM_NIGHTS: "room_nights",
    PerformanceMeasure.ADR: "adr",
    PerformanceMeasure.ROOM_REVENUE: "room_revenue",
    PerformanceMeasure.OTHER_REVENUE: "other_revenue",
    PerformanceMeasure.TOTAL_REVENUE: "total_revenue",
    PerformanceMeasure.VISITS: "visits",
    PerformanceMeasure.LAST_VISIT: "last_visit",
}


def value_class(performance: Performance) -> ValueClass:
    """KEY, REGULAR or OCCASIONAL from total revenue and visits (thresholds in settings, inclusive)."""
    s = get_settings()
    total, visits = performance.total_revenue, performance.visits
    if total >= s.value_key_revenue_yuan * 100 or visits >= s.value_key_visits:
        return ValueClass.KEY
    if total >= s.value_regular_revenue_yuan * 100 or visits >= s.value_regular_visits:
        return ValueClass.REGULAR
    return ValueClass.OCCASIONAL


def _require_manager(actor: Actor) -> None:
    if actor.role is not Role.MANAGER:
        raise DomainError(ErrorCode.FORBIDDEN, "只有经理可以查看客户价值和员工绩效分析")


def _first(first: int | None, default: int) -> int:
    n = default if first is None else first
    if not 1 <= n <= MAX_ROWS:
        raise DomainError(ErrorCode.INVALID, f"行数应在 1 到 {MAX_ROWS} 之间", field="first")
    return n


def _scope(property_name: str | None, start: date | None, end: date | None) -> PerformanceScope:
    c = FieldErrors()
    prop = c.run(clean_text, property_name, field="property", max_length=64, label="酒店")
    if start is not None and end is not None and start > end:
        c.add(DomainError(ErrorCode.INVALID, "开始日期不能晚于结束日期", field="from"))
    c.check()
    return PerformanceScope(start=start, end=end, property=prop)


# ---------------------------------------------------------------- rankings


@dataclass(frozen=True)
class RankingRow:
    rank: int
    customer_id: int
    performance: Performance
    value_class: ValueClass


async def customer_ranking(
    *,
    actor: Actor,
    measure: PerformanceMeasure,
    property_name: str | None = None,
    start: date | None = None,
    end: date | None = None,
    first: int | None = 20,
) -> list[RankingRow]:
    """The top customers by one measure of performance in a period (by arrival date) and property.

    Ranked largest (or latest) first, a missing ADR or last visit last, then by total revenue, then
    by customer id. Over all time and every property, the top customers are chosen from the
    customer_totals summary (migration 0014, kept exact by triggers) and their figures then computed
    by performance_sql like any period's: the same rows in the same order, without aggregating
    every stay. A period or a property aggregates the stays in scope in one statement."""
    _require_manager(actor)
    limit = _first(first, 20)
    scope = _scope(property_name, start, end)
    today = hotel_today()
    column = _MEASURE_SQL[measure]
    if scope == PerformanceScope():
        ids = await (
            _latest_visitors(limit, today)
            if measure is PerformanceMeasure.LAST_VISIT
            else _top_by_totals(column, limit, today)
        )
        rows = await _ranked(scope, column, limit, today=today, customer_ids=ids) if ids else []
    else:
        rows = await _ranked(scope, column, limit, today=today)
    result = []
    for rank, row in enumerate(rows, start=1):
        performance = performance_from_row(row)
        result.append(RankingRow(rank, int(row["customer_id"]), performance, value_class(performance)))
    return result


def _ranking_order(column: str) -> str:
    return f"ORDER BY CASE WHEN {column} IS NULL THEN 1 ELSE 0 END, {column} DESC, total_revenue DESC, customer_id"


async def _ranked(
    scope: PerformanceScope, column: str, limit: int, *, today: date, customer_ids: list[int] | None = None
) -> list[dict[str, Any]]:
    """The ranking's rows by performance_sql: the customers with performance in scope (of `customer_ids`)."""
    figures, params = performance_sql(scope, today=today, customer_ids=customer_ids)
    return await sql.fetch(
        "SELECT * FROM (SELECT f.*, f.room_revenue + f.other_revenue AS total_revenue, "
        f"{ADR_SQL} AS adr FROM ({figures}) AS f "
        "JOIN customers c ON c.id = f.customer_id AND c.status <> 'MERGED') AS ranked "
        f"{_ranking_order(column)} LIMIT ?",
        [*params, limit],
    )


async def rebuild_customer_totals() -> int:
    """Recomputes customer_totals (the all-time summary of migration 0014) in one transaction, for
    `hotel-crm reports rebuild`: per customer the stays neither CANCELLED nor NO_SHOW (future ones
    included) with their room nights and revenue, and the revenue lines with their amounts. Returns
    its number of rows."""
    async with in_transaction() as connection:
        await connection.execute_query("DELETE FROM customer_totals")
        await connection.execute_query(
            sql.placeholders(
                "INSERT INTO customer_totals (customer_id, stays, room_nights, room_revenue, revenue_lines, "
                "other_revenue) SELECT customer_id, SUM(stays), SUM(nights), SUM(room), SUM(lines), SUM(other) "
                "FROM (SELECT s.customer_id, 1 AS stays, s.room_nights AS nights, s.room_revenue AS room, "
                "0 AS lines, 0 AS other FROM stays s WHERE s.customer_id IS NOT NULL AND s.status NOT IN (?, ?) "
                "UNION ALL SELECT r.customer_id, 0, 0, 0, 1, r.amount FROM revenue_lines r "
                "WHERE r.customer_id IS NOT NULL) AS f GROUP BY customer_id"
            ),
            list(NOT_STAYED),
        )
        rows = await connection.execute_query_dict("SELECT COUNT(*) AS n FROM customer_totals")
    return int(rows[0]["n"])


async def _top_by_totals(column: str, limit: int, today: date) -> list[int]:
    """The all-time top customers by any measure but the last visit, from customer_totals.

    Visits are the summary's stays less the customer's future ones (arrival after today: a few,
    through idx_stays_arrival_figures); a customer has performance when it has a stay or a revenue
    line."""
    visits, join, params = "", "", []
    if column == "visits":
        visits = ", t.stays - COALESCE(u.n, 0) AS visits"
        join = (
            " LEFT JOIN (SELECT customer_id, COUNT(*) AS n FROM stays WHERE arrival > ? "
            "AND customer_id IS NOT NULL AND status NOT IN (?, ?) GROUP BY customer_id) AS u "
            "ON u.customer_id = t.customer_id"
        )
        params = [today, *NOT_STAYED]
    rows = await sql.fetch(
        f"SELECT customer_id FROM (SELECT x.*, {ADR_SQL} AS adr FROM (SELECT t.customer_id, t.room_nights, "
        f"t.room_revenue, t.other_revenue, t.room_revenue + t.other_revenue AS total_revenue{visits} "
        "FROM customer_totals t JOIN customers c ON c.id = t.customer_id AND c.status <> 'MERGED'"
        f"{join} WHERE t.stays > 0 OR t.revenue_lines > 0) AS x) AS ranked {_ranking_order(column)} LIMIT ?",
        [*params, limit],
    )
    return [int(r["customer_id"]) for r in rows]


async def _latest_visitors(limit: int, today: date) -> list[int]:
    """The all-time top customers by last visit (latest arrival by today of a stay that counts).

    Walks back from the latest arrival through idx_stays_arrival_figures, a window doubling in length
    until it holds `limit` customers: whoever last visited before the window ranks after all of
    them. Ties by total revenue (customer_totals), then id; customers without a visit come last."""
    edges = await sql.fetch(
        "SELECT (SELECT arrival FROM stays WHERE arrival <= ? ORDER BY arrival DESC LIMIT 1) AS latest, "
        "(SELECT arrival FROM stays ORDER BY arrival LIMIT 1) AS earliest",
        [today],
    )
    latest, earliest = edges[0]["latest"], edges[0]["earliest"]
    ids: list[int] = []
    days = 7
    while latest is not None:
        since = sql.row_date(latest) - timedelta(days=days)
        bounded = since > sql.row_date(earliest)
        rows = await sql.fetch(
            "SELECT v.customer_id FROM (SELECT s.customer_id, MAX(s.arrival) AS last_visit FROM stays s "
            f"WHERE s.arrival <= ?{' AND s.arrival >= ?' if bounded else ''} AND s.customer_id IS NOT NULL "
            "AND s.status NOT IN (?, ?) GROUP BY s.customer_id) AS v "
            "JOIN customers c ON c.id = v.customer_id AND c.status <> 'MERGED' "
            "JOIN customer_totals t ON t.customer_id = v.customer_id "
            "ORDER BY v.last_visit DESC, t.room_revenue + t.other_revenue DESC, v.customer_id LIMIT ?",
            [today, *([since] if bounded else []), *NOT_STAYED, limit],
        )
        ids = [int(r["customer_id"]) for r in rows]
        if len(ids) == limit or not bounded:
            break
        days *= 2
    if len(ids) < limit:
        rows = await sql.fetch(
            "SELECT t.customer_id FROM customer_totals t JOIN customers c ON c.id = t.customer_id "
            "AND c.status <> 'MERGED' WHERE (t.stays > 0 OR t.revenue_lines > 0)"
            f"{f' AND t.customer_id NOT IN ({sql.in_list(ids)})' if ids else ''} "
            "ORDER BY t.room_revenue + t.other_revenue DESC, t.customer_id LIMIT ?",
            [*ids, limit - len(ids)],
        )
        ids += [int(r["customer_id"]) for r in rows]
    return ids


# ---------------------------------------------------------------- RFM and repeat rate


@dataclass(frozen=True)
class RfmRow:
    customer_id: int
    recency: int
    frequency: int
    monetary: int
    last_visit: date | None
    visits: int
    total_revenue: Fen
    # No model holds costs: the contribution stays unknown rather than invented.
    profit_contribution: Fen | None = None

    @property
    def score(self) -> str:
        return f"{self.recency}{self.frequency}{self.monetary}"


@dataclass(frozen=True)
class CustomerValueReport:
    customers: int
    repeaters: int
    rows: list[RfmRow] = field(default_factory=list)

    @property
    def repeat_rate(self) -> float:
        return self.repeaters / self.customers if self.customers else 0.0


def _quintile(column: str) -> str:
    # ⌈5 × (customers with a value ≤ this one) ÷ customers⌉ in integers; peers count together.
    return f"(5 * COUNT(*) OVER (ORDER BY {column}) + COUNT(*) OVER () - 1) / COUNT(*) OVER ()"


async def customer_value(
    *,
    actor: Actor,
    property_name: str | None = None,
    start: date | None = None,
    end: date | None = None,
    first: int | None = 50,
) -> CustomerValueReport:
    """RFM scores of the customers who visited in the period, best first, and the repeat rate."""
    _require_manager(actor)
    limit = _first(first, 50)
    scope = _scope(property_name, start, end)
    figures, params = performance_sql(scope, today=hotel_today())
    rows = await sql.fetch(
        "SELECT *, recency + frequency + monetary AS rfm FROM ("
        "SELECT f.customer_id, f.visits, f.last_visit, f.room_revenue + f.other_revenue AS total_revenue, "
        f"{_quintile('f.last_visit')} AS recency, {_quintile('f.visits')} AS frequency, "
        f"{_quintile('f.room_revenue + f.other_revenue')} AS monetary, COUNT(*) OVER () AS customers, "
        "SUM(CASE WHEN f.visits >= 2 THEN 1 ELSE 0 END) OVER () AS repeaters "
        f"FROM ({figures}) AS f JOIN customers c ON c.id = f.customer_id AND c.status <> 'MERGED' "
        "WHERE f.visits >= 1) AS scored ORDER BY rfm DESC, total_revenue DESC, customer_id LIMIT ?",
        [*params, limit],
    )
    if not rows:
        return CustomerValueReport(customers=0, repeaters=0)
    return CustomerValueReport(
        customers=int(rows[0]["customers"]),
        repeaters=int(rows[0]["repeaters"]),
        rows=[
            RfmRow(
                customer_id=int(r["customer_id"]),
                recency=int(r["recency"]),
                frequency=int(r["frequency"]),
                monetary=int(r["monetary"]),
                last_visit=sql.row_date(r["last_visit"]) if r["last_visit"] else None,
                visits=int(r["visits"]),
                total_revenue=int(r["total_revenue"]),
            )
            for r in rows
        ],
    )


# ---------------------------------------------------------------- churn warning


@dataclass(frozen=True)
class ChurnRisk:
    customer_id: int
    reasons: list[ChurnReason]
    explanation: str
    previous_visits: int
    recent_visits: int
    previous_spend: Fen
    recent_spend: Fen
    last_visit: date | None


def _drop_percent(recent: int, previous: int, recent_months: int, history_months: int) -> int:
    """How far the monthly rate fell, in whole percent (half-up)."""
    base = previous * recent_months
    return divide_half_up(100 * (base - recent * history_months), base) or 0


def _explain(risk: ChurnRisk) -> str:
    """The reasons as one Chinese sentence with the figures."""
    s = get_settings()
    recent_m, history_m = s.churn_recent_months, s.churn_history_months
    parts = []
    if ChurnReason.FREQUENCY_DROP in risk.reasons:
        drop = _drop_percent(risk.recent_visits, risk.previous_visits, recent_m, history_m)
        parts.append(
            f"近{recent_m}个月入住{risk.recent_visits}次，此前{history_m}个月入住{risk.previous_visits}次，"
            f"按月平均入住频次下降{drop}%"
        )
    if ChurnReason.SPEND_DROP in risk.reasons:
        drop = _drop_percent(risk.recent_spend, risk.previous_spend, recent_m, history_m)
        parts.append(
            f"近{recent_m}个月消费{yuan_text(risk.recent_spend)}，此前{history_m}个月消费{yuan_text(risk.previous_spend)}，"
            f"按月平均消费下降{drop}%"
        )
    if ChurnReason.DORMANT in risk.reasons:
        last = f"最近一次入住在{risk.last_visit.isoformat()}" if risk.last_visit else "从未入住"
        parts.append(f"已{s.dormant_months}个月以上没有入住和联系（{last}），列入休眠客户")
    return "；".join(parts) + "。"


async def churn_risks(*, actor: Actor, first: int | None = 50) -> list[ChurnRisk]:
    """Customers whose visits or spend per month dropped against their own history, and the dormant."""
    _require_manager(actor)
    limit = _first(first, 50)
    s = get_settings()
    today = hotel_today()
    recent_start = add_months(today, -s.churn_recent_months)
    history_start = add_months(recent_start, -s.churn_history_months)
    # Windows (history_start, recent_start] and (recent_start, today].
    previous_sql, previous_params = performance_sql(
        PerformanceScope(start=history_start + timedelta(days=1), end=recent_start), today=today
    )
    recent_sql, recent_params = performance_sql(
        PerformanceScope(start=recent_start + timedelta(days=1), end=today), today=today
    )
    dormant_sql, dormant_params = dormant_condition(add_months(today, -s.dormant_months))
    # recent / R ≤ previous / H × (100 − P) / 100, in integers.
    factors = [s.churn_history_months * 100, s.churn_recent_months * (100 - s.churn_drop_percent)]
    previous_spend = "COALESCE(p.room_revenue + p.other_revenue, 0)"
    recent_spend = "COALESCE(r.room_revenue + r.other_revenue, 0)"
    judged = "COALESCE(p.visits, 0) >= ?"
    rows = await sql.fetch(
        "SELECT * FROM (SELECT c.id AS customer_id, COALESCE(p.visits, 0) AS previous_visits, "
        f"COALESCE(r.visits, 0) AS recent_visits, {previous_spend} AS previous_spend, "
        f"{recent_spend} AS recent_spend, "
        f"CASE WHEN {judged} AND COALESCE(r.visits, 0) * ? <= COALESCE(p.visits, 0) * ? "
        "THEN 1 ELSE 0 END AS frequency_drop, "
        f"CASE WHEN {judged} AND {previous_spend} > 0 AND {recent_spend} * ? <= {previous_spend} * ? "
        "THEN 1 ELSE 0 END AS spend_drop, "
        f"CASE WHEN {dormant_sql} THEN 1 ELSE 0 END AS dormant "
        f"FROM customers c LEFT JOIN ({previous_sql}) AS p ON p.customer_id = c.id "
        f"LEFT JOIN ({recent_sql}) AS r ON r.customer_id = c.id WHERE c.status <> 'MERGED') AS judged "
        "WHERE frequency_drop = 1 OR spend_drop = 1 OR dormant = 1 "
        "ORDER BY previous_spend DESC, customer_id LIMIT ?",
        [
            s.churn_min_previous_visits,
            *factors,
            s.churn_min_previous_visits,
            *factors,
            *dormant_params,
            *previous_params,
            *recent_params,
            limit,
        ],
    )
    lifetime = await performance_of([int(r["customer_id"]) for r in rows], today=today)
    risks = []
    for r in rows:
        flags = (
            (ChurnReason.FREQUENCY_DROP, r["frequency_drop"]),
            (ChurnReason.SPEND_DROP, r["spend_drop"]),
            (ChurnReason.DORMANT, r["dormant"]),
        )
        risk = ChurnRisk(
            customer_id=int(r["customer_id"]),
            reasons=[reason for reason, flag in flags if int(flag)],
            explanation="",
            previous_visits=int(r["previous_visits"]),
            recent_visits=int(r["recent_visits"]),
            previous_spend=int(r["previous_spend"]),
            recent_spend=int(r["recent_spend"]),
            last_visit=lifetime[int(r["customer_id"])].last_visit,
        )
        risks.append(replace(risk, explanation=_explain(risk)))
    return risks


# ---------------------------------------------------------------- staff KPIs

# Points of the composite score that ranks staff: a complaint resolved on time counts 3 + 2, etc.
KPI_POINTS = {
    "calls_handled": 1,
    "complaints_handled": 3,
    "complaints_on_time": 2,
    "follow_ups_done": 1,
    "follow_ups_on_time": 2,
    "records_collected": 2,
    "records_enriched": 1,
    "members_recruited": 5,
}
MAX_KPI_DAYS = 3 * 366
ENRICHING_ACTIONS = ("customer.update", "customer.add_preference", "customer.add_key_date")


@dataclass(frozen=True)
class StaffKpi:
    rank: int
    user_id: int
    calls_handled: int
    complaints_handled: int
    complaints_on_time: int
    average_resolution_minutes: float | None
    follow_ups_done: int
    follow_ups_on_time: int
    records_collected: int
    records_enriched: int
    members_recruited: int
    satisfaction: float | None
    score: int

    @property
    def on_time_rate(self) -> float | None:
        return self.complaints_on_time / self.complaints_handled if self.complaints_handled else None


def _created_profile() -> str:
    """A registration audit row that created the guest's profile."""
    if sql.dialect() == "postgres":
        return "(details->>'created') = 'true'"
    return "json_extract(details, '$.created') = 1"


async def staff_kpis(*, actor: Actor, start: date, end: date, department: str | None = None) -> list[StaffKpi]:
    """Each member of staff's figures of the period (hotel days [start, end]), ranked by KPI_POINTS."""
    _require_manager(actor)
    c = FieldErrors()
    team = c.run(clean_text, department, field="department", max_length=64, label="部门")
    if start > end:
        c.add(DomainError(ErrorCode.INVALID, "开始日期不能晚于结束日期", field="from"))
    elif (end - start).days > MAX_KPI_DAYS:
        c.add(DomainError(ErrorCode.INVALID, "统计区间最长三年", field="from"))
    c.check()
    span = [sql.moment_param(hotel_day_start(start)), sql.moment_param(hotel_day_start(end + timedelta(days=1)))]
    done_on, done_on_params = sql.hotel_date("done_at")
    enriching = ", ".join("?" for _ in ENRICHING_ACTIONS)
    parts = [
        (
            "calls",
            "SELECT agent_id AS user_id, COUNT(*) AS calls_handled FROM interactions "
            "WHERE agent_id IS NOT NULL AND kind IN ('CALL_IN', 'CALL_OUT') "
            "AND (outcome IS NULL OR outcome <> 'MISSED') AND occurred_at >= ? AND occurred_at < ? GROUP BY agent_id",
            span,
        ),
        (
            "resolved",
            "SELECT assignee_id AS user_id, COUNT(*) AS complaints_handled, "
            "SUM(CASE WHEN resolved_at <= due_at THEN 1 ELSE 0 END) AS complaints_on_time, "
            f"AVG({minutes_between('resolved_at', 'filed_at')}) AS average_minutes FROM complaints "
            "WHERE assignee_id IS NOT NULL AND resolved_at >= ? AND resolved_at < ? GROUP BY assignee_id",
            span,
        ),
        (
            "closed",
            "SELECT assignee_id AS user_id, COUNT(satisfied) AS answered, "
            "SUM(CASE WHEN satisfied THEN 1 ELSE 0 END) AS satisfied FROM complaints "
            "WHERE assignee_id IS NOT NULL AND closed_at >= ? AND closed_at < ? GROUP BY assignee_id",
            span,
        ),
        (
            "tasks",
            "SELECT done_by_id AS user_id, COUNT(*) AS follow_ups_done, "
            f"SUM(CASE WHEN {done_on} <= due_on THEN 1 ELSE 0 END) AS follow_ups_on_time FROM follow_up_tasks "
            "WHERE done_by_id IS NOT NULL AND status = 'DONE' AND done_at >= ? AND done_at < ? GROUP BY done_by_id",
            [*done_on_params, *span],
        ),
        (
            "collected",
            "SELECT actor_id AS user_id, COUNT(DISTINCT target_id) AS records_collected FROM audit_log "
            f"WHERE actor_id IS NOT NULL AND outcome = 'OK' AND at >= ? AND at < ? AND (action = 'customer.create' "
            f"OR (action = 'stay.register_guest' AND {_created_profile()})) GROUP BY actor_id",
            span,
        ),
        (
            "enriched",
            "SELECT actor_id AS user_id, COUNT(DISTINCT target_id) AS records_enriched FROM audit_log "
            f"WHERE actor_id IS NOT NULL AND outcome = 'OK' AND at >= ? AND at < ? AND action IN ({enriching}) "
            "GROUP BY actor_id",
            [*span, *ENRICHING_ACTIONS],
        ),
        (
            "recruited",
            "SELECT actor_id AS user_id, COUNT(*) AS members_recruited FROM membership_card_events "
            "WHERE actor_id IS NOT NULL AND action = 'ISSUED' AND at >= ? AND at < ? GROUP BY actor_id",
            span,
        ),
    ]
    counts = [
        "calls.calls_handled",
        "resolved.complaints_handled",
        "resolved.complaints_on_time",
        "tasks.follow_ups_done",
        "tasks.follow_ups_on_time",
        "collected.records_collected",
        "enriched.records_enriched",
        "recruited.members_recruited",
    ]
    columns = ", ".join(f"COALESCE({c}, 0) AS {c.split('.')[1]}" for c in counts)
    joins = " ".join(f"LEFT JOIN ({query}) AS {name} ON {name}.user_id = u.id" for name, query, _ in parts)
    params = [p for _, _, ps in parts for p in ps]
    where = ["u.role <> 'ADMIN'"]
    if team is not None:
        where.append("u.department = ?")
        params.append(team)
    active = " OR ".join(f"{c} IS NOT NULL" for c in counts) + " OR closed.answered IS NOT NULL"
    where.append(f"(u.status = 'ACTIVE' OR {active})")
    rows = await sql.fetch(
        f"SELECT u.id AS user_id, {columns}, resolved.average_minutes AS average_minutes, "
        "closed.answered AS answered, closed.satisfied AS satisfied "
        f"FROM users u {joins} WHERE {' AND '.join(where)}",
        params,
    )
    scored = []
    for r in rows:
        figures = {name: int(r[name]) for name in KPI_POINTS}
        answered = int(r["answered"] or 0)
        scored.append(
            (
                sum(KPI_POINTS[name] * value for name, value in figures.items()),
                int(r["user_id"]),
                figures,
                None if r["average_minutes"] is None else round(float(r["average_minutes"]), 1),
                int(r["satisfied"] or 0) / answered if answered else None,
            )
        )
    scored.sort(key=lambda s: (-s[0], s[1]))
    result: list[StaffKpi] = []
    for position, (score, user_id, figures, minutes, satisfaction) in enumerate(scored, start=1):
        rank = result[-1].rank if result and result[-1].score == score else position
        result.append(
            StaffKpi(
                rank=rank,
                user_id=user_id,
                average_resolution_minutes=minutes,
                satisfaction=satisfaction,
                score=score,
                **figures,
            )
        )
    return result


# ---------------------------------------------------------------- exports (exportReport)

MEASURE_LABELS = {
    PerformanceMeasure.ROOM_NIGHTS: "间夜",
    PerformanceMeasure.ADR: "平均房价",
    PerformanceMeasure.ROOM_REVENUE: "客房收入",
    PerformanceMeasure.OTHER_REVENUE: "其他收入",
    PerformanceMeasure.TOTAL_REVENUE: "总收入",
    PerformanceMeasure.VISITS: "入住次数",
    PerformanceMeasure.LAST_VISIT: "最近入住",
}
VALUE_CLASS_LABELS = {ValueClass.KEY: "重要客户", ValueClass.REGULAR: "常客", ValueClass.OCCASIONAL: "偶尔入住"}
CHURN_REASON_LABELS = {
    ChurnReason.FREQUENCY_DROP: "频次下降",
    ChurnReason.SPEND_DROP: "消费下降",
    ChurnReason.DORMANT: "长期未入住",
}
_CUSTOMER_COLUMNS = (Column("客户编号", ColumnKind.INTEGER), Column("客户名称"))


async def _customer_names(ids: list[int]) -> dict[int, str]:
    return {int(i): str(n) for i, n in await Customer.filter(id__in=ids).values_list("id", "name")}


async def ranking_table(measure: PerformanceMeasure, rows: list[RankingRow]) -> Table:
    """customerRanking's rows as a table to export."""
    names = await _customer_names([r.customer_id for r in rows])
    return Table(
        name=f"customer-ranking-{measure.value.lower()}",
        title=f"客户业绩排名-{MEASURE_LABELS[measure]}",
        columns=(
            Column("排名", ColumnKind.INTEGER),
            *_CUSTOMER_COLUMNS,
            Column("间夜数(间夜)", ColumnKind.INTEGER),
            Column("平均房价(元)", ColumnKind.MONEY),
            Column("客房收入(元)", ColumnKind.MONEY),
            Column("其他收入(元)", ColumnKind.MONEY),
            Column("总收入(元)", ColumnKind.MONEY),
            Column("入住次数(次)", ColumnKind.INTEGER),
            Column("最近入住", ColumnKind.DATE),
            Column("价值等级"),
        ),
        rows=[
            (
                r.rank,
                r.customer_id,
                names.get(r.customer_id),
                r.performance.room_nights,
                r.performance.adr,
                r.performance.room_revenue,
                r.performance.other_revenue,
                r.performance.total_revenue,
                r.performance.visits,
                r.performance.last_visit,
                VALUE_CLASS_LABELS[r.value_class],
            )
            for r in rows
        ],
    )


async def customer_value_table(report: CustomerValueReport) -> Table:
    """customerValueReport's RFM rows as a table to export; the repeat rate in the title."""
    names = await _customer_names([r.customer_id for r in report.rows])
    return Table(
        name="customer-value",
        title=f"客户价值RFM-回头率{report.repeat_rate * 100:.2f}%",
        columns=(
            *_CUSTOMER_COLUMNS,
            Column("RFM"),
            Column("R(1-5)", ColumnKind.INTEGER),
            Column("F(1-5)", ColumnKind.INTEGER),
            Column("M(1-5)", ColumnKind.INTEGER),
            Column("最近入住", ColumnKind.DATE),
            Column("入住次数(次)", ColumnKind.INTEGER),
            Column("总收入(元)", ColumnKind.MONEY),
            Column("利润贡献(元)", ColumnKind.MONEY),
        ),
        rows=[
            (
                r.customer_id,
                names.get(r.customer_id),
                r.score,
                r.recency,
                r.frequency,
                r.monetary,
                r.last_visit,
                r.visits,
                r.total_revenue,
                r.profit_contribution,
            )
            for r in report.rows
        ],
    )


async def churn_table(risks: list[ChurnRisk]) -> Table:
    """churnRisks as a table to export."""
    names = await _customer_names([r.customer_id for r in risks])
    return Table(
        name="churn-risks",
        title="流失预警",
        columns=(
            *_CUSTOMER_COLUMNS,
            Column("原因"),
            Column("说明"),
            Column("此前入住(次)", ColumnKind.INTEGER),
            Column("近期入住(次)", ColumnKind.INTEGER),
            Column("此前消费(元)", ColumnKind.MONEY),
            Column("近期消费(元)", ColumnKind.MONEY),
            Column("最近入住", ColumnKind.DATE),
        ),
        rows=[
            (
                r.customer_id,
                names.get(r.customer_id),
                "、".join(CHURN_REASON_LABELS[x] for x in r.reasons),
                r.explanation,
                r.previous_visits,
                r.recent_visits,
                r.previous_spend,
                r.recent_spend,
                r.last_visit,
            )
            for r in risks
        ],
    )


async def staff_kpi_table(rows: list[StaffKpi]) -> Table:
    """staffKpis as a table to export."""
    staff = {
        int(i): (str(name), dept)
        for i, name, dept in await User.filter(id__in=[r.user_id for r in rows]).values_list(
            "id", "display_name", "department"
        )
    }
    return Table(
        name="staff-kpis",
        title="员工绩效",
        columns=(
            Column("排名", ColumnKind.INTEGER),
            Column("员工"),
            Column("部门"),
            Column("接听电话(次)", ColumnKind.INTEGER),
            Column("处理投诉(件)", ColumnKind.INTEGER),
            Column("按时处理(件)", ColumnKind.INTEGER),
            Column("按时率(%)", ColumnKind.PERCENT),
            Column("平均处理时长(分钟)", ColumnKind.NUMBER),
            Column("完成回访(次)", ColumnKind.INTEGER),
            Column("按时回访(次)", ColumnKind.INTEGER),
            Column("收集档案(份)", ColumnKind.INTEGER),
            Column("完善档案(份)", ColumnKind.INTEGER),
            Column("发展会员(人)", ColumnKind.INTEGER),
            Column("满意率(%)", ColumnKind.PERCENT),
        ),
        rows=[
            (
                r.rank,
                *staff.get(r.user_id, (str(r.user_id), None)),
                r.calls_handled,
                r.complaints_handled,
                r.complaints_on_time,
                r.on_time_rate,
                r.average_resolution_minutes,
                r.follow_ups_done,
                r.follow_ups_on_time,
                r.records_collected,
                r.records_enriched,
                r.members_recruited,
                r.satisfaction,
            )
            for r in rows
        ],
    )
