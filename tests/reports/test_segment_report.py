"""segmentReport's rules on hand-made stays, to the fen, on both databases."""

from __future__ import annotations

from datetime import date

import pytest

from server.core.errors import DomainError, ErrorCode
from server.core.sql import db
from server.customers.models import Customer, CustomerNature
from server.reports.service import (
    NO_CUSTOMER,
    NO_VALUE,
    UNKNOWN_REGION,
    SegmentDimension,
    SegmentRow,
    rebuild_segment_months,
    segment_report,
)
from server.stays.models import Stay, StayStatus
from tests.reports.conftest import Given

D = SegmentDimension


def row(key: str, stays: int, cancelled: int, nights: int, revenue: int, adr: int | None, total: int) -> SegmentRow:
    return SegmentRow(key, stays, cancelled, nights, revenue, adr, revenue / total if total else 0.0)


TOTAL = 99999 + 20001 + 30000 + 20000  # the stays neither CANCELLED nor NO_SHOW


async def test_market_segment_counts_cancelled_and_no_show_as_stays_but_not_their_nights_or_revenue(
    given: Given,
) -> None:
    rows = await segment_report(dimension=D.MARKET_SEGMENT)
    assert rows == [
        # 119999 / 4 = 29999.75 -> 30000
        row("Direct", 3, 1, 4, 119999, 30000, TOTAL),
        row(NO_VALUE, 2, 1, 2, 30000, 15000, TOTAL),  # "" and NULL are one key
        row("Online TA", 1, 0, 2, 20001, 10001, TOTAL),
    ]
    assert sum(r.share for r in rows) == pytest.approx(1.0)


async def test_every_dimension_over_all_data(given: Given) -> None:
    expected = {
        D.MARKET_SEGMENT: [row("Direct", 3, 1, 4, 119999, 30000, TOTAL), row(NO_VALUE, 2, 1, 2, 30000, 15000, TOTAL),
                           row("Online TA", 1, 0, 2, 20001, 10001, TOTAL)],
        D.PROPERTY: [row("P1", 4, 1, 6, 140000, 23333, TOTAL), row("P2", 2, 1, 2, 30000, 15000, TOTAL)],
        D.CHANNEL: [row("Direct", 4, 1, 6, 149999, 25000, TOTAL), row("TA/TO", 1, 0, 2, 20001, 10001, TOTAL),
                    row(NO_VALUE, 1, 1, 0, 0, None, TOTAL)],
        D.COUNTRY: [row("CHN", 1, 0, 3, 99999, 33333, TOTAL), row("TMP", 1, 0, 2, 30000, 15000, TOTAL),
                    row("PRT", 1, 0, 2, 20001, 10001, TOTAL), row("USA", 1, 0, 1, 20000, 20000, TOTAL),
                    row(NO_VALUE, 1, 1, 0, 0, None, TOTAL), row("CN", 1, 1, 0, 0, None, TOTAL)],  # ties by key
        D.REGION: [row("Eastern Asia", 2, 1, 3, 99999, 33333, TOTAL), row(UNKNOWN_REGION, 1, 0, 2, 30000, 15000, TOTAL),
                   row("Southern Europe", 1, 0, 2, 20001, 10001, TOTAL),
                   row("Northern America", 1, 0, 1, 20000, 20000, TOTAL), row(NO_VALUE, 1, 1, 0, 0, None, TOTAL)],
        D.INDUSTRY: [row("IT", 2, 0, 4, 119999, 30000, TOTAL), row(NO_CUSTOMER, 2, 1, 2, 30000, 15000, TOTAL),
                     row(NO_VALUE, 2, 1, 2, 20001, 10001, TOTAL)],
        D.NATURE: [row("COMPANY", 2, 0, 4, 119999, 30000, TOTAL), row(NO_CUSTOMER, 2, 1, 2, 30000, 15000, TOTAL),
                   row("GOVERNMENT", 1, 0, 2, 20001, 10001, TOTAL), row("INDIVIDUAL", 1, 1, 0, 0, None, TOTAL)],
        D.CUSTOMER_TYPE: [row("Transient", 4, 1, 6, 140000, 23333, TOTAL), row(NO_VALUE, 1, 0, 2, 30000, 15000, TOTAL),
                          row("Group", 1, 1, 0, 0, None, TOTAL)],
        D.ROOM_TYPE: [row("大床房", 5, 2, 6, 149999, 25000, TOTAL), row("双床房", 1, 0, 2, 20001, 10001, TOTAL)],
        # Time dimensions in key order.
        D.ARRIVAL_YEAR: [row("2024", 1, 0, 1, 20000, 20000, TOTAL), row("2025", 5, 2, 7, 150000, 21429, TOTAL)],
        D.ARRIVAL_MONTH: [row("2024-12", 1, 0, 1, 20000, 20000, TOTAL), row("2025-02", 1, 0, 2, 30000, 15000, TOTAL),
                          row("2025-03", 3, 1, 5, 120000, 24000, TOTAL), row("2025-04", 1, 1, 0, 0, None, TOTAL)],
    }  # fmt: skip
    assert set(expected) == set(D)
    for dimension, rows in expected.items():
        assert await segment_report(dimension=dimension) == rows, dimension


def _reference(stays: list[Stay], start: date | None, end: date | None, prop: str | None) -> dict[str, tuple]:
    """By month, computed in Python from the stays themselves."""
    out: dict[str, list[int]] = {}
    for s in stays:
        if (start and s.arrival < start) or (end and s.arrival > end) or (prop and s.property != prop):
            continue
        figures = out.setdefault(s.arrival.strftime("%Y-%m"), [0, 0, 0, 0])
        figures[0] += 1
        if s.status in (StayStatus.CANCELLED, StayStatus.NO_SHOW):
            figures[1] += 1
        else:
            figures[2] += s.room_nights
            figures[3] += s.room_revenue
    return {k: tuple(v) for k, v in out.items()}


PERIODS = [
    (date(2025, 3, 1), date(2025, 3, 31)),  # one whole month, both bounds counted
    (date(2025, 3, 2), date(2025, 3, 30)),  # inside one month: neither bound stay
    (date(2025, 3, 15), date(2025, 4, 1)),  # partial months at both edges
    (date(2025, 2, 28), date(2025, 3, 1)),
    (date(2025, 3, 16), None),
    (None, date(2025, 3, 15)),
    (date(2024, 12, 31), date(2025, 4, 1)),
    (date(2024, 1, 1), date(2024, 12, 30)),  # nothing
    (date(2025, 3, 15), date(2025, 3, 15)),
]


@pytest.mark.parametrize(("start", "end"), PERIODS)
@pytest.mark.parametrize("prop", [None, "P1", "P2"])
async def test_a_stay_counts_in_the_period_of_its_arrival_date(
    given: Given, start: date | None, end: date | None, prop: str | None
) -> None:
    rows = await segment_report(dimension=D.ARRIVAL_MONTH, property_name=prop, start=start, end=end)
    got = {r.key: (r.stays, r.cancelled, r.room_nights, r.room_revenue) for r in rows}
    assert got == _reference(given.stays, start, end, prop)


async def test_the_property_filter_and_share_within_it(given: Given) -> None:
    rows = await segment_report(dimension=D.MARKET_SEGMENT, property_name="P2")
    assert rows == [row(NO_VALUE, 2, 1, 2, 30000, 15000, 30000)]
    assert rows[0].share == 1.0


async def test_nothing_in_the_period_is_no_rows_and_a_zero_total_gives_zero_shares(given: Given) -> None:
    assert await segment_report(dimension=D.COUNTRY, start=date(2030, 1, 1), end=date(2030, 12, 31)) == []
    only_cancelled = await segment_report(dimension=D.COUNTRY, start=date(2025, 4, 1), end=date(2025, 4, 1))
    assert only_cancelled == [SegmentRow("CN", 1, 1, 0, 0, None, 0.0)]


async def test_bad_input_is_refused(given: Given) -> None:
    with pytest.raises(DomainError) as late:
        await segment_report(dimension=D.COUNTRY, start=date(2025, 3, 2), end=date(2025, 3, 1))
    assert (late.value.code, late.value.field) == (ErrorCode.INVALID, ["to"])
    with pytest.raises(DomainError) as unknown:
        await segment_report(dimension=D.COUNTRY, property_name="No Such Hotel")
    assert (unknown.value.code, unknown.value.field) == (ErrorCode.NOT_FOUND, ["property"])
    with pytest.raises(DomainError) as blank:
        await segment_report(dimension=D.COUNTRY, property_name="  ")
    assert (blank.value.code, blank.value.field) == (ErrorCode.INVALID, ["property"])


async def _summary() -> list[tuple]:
    rows = await Stay.raw(  # any model's raw() runs on the default connection
        "SELECT dimension, segment_key, property, month, stays, cancelled, room_nights, room_revenue "
        "FROM segment_months WHERE stays <> 0 OR cancelled <> 0 OR room_nights <> 0 OR room_revenue <> 0"
    )
    return sorted(
        tuple(int(v) if k in ("stays", "cancelled", "room_nights", "room_revenue") else v for k, v in r.__dict__.items()
              if not k.startswith("_"))
        for r in rows
    )  # fmt: skip


async def test_the_triggers_keep_the_summary_equal_to_a_rebuild_through_every_kind_of_change(given: Given) -> None:
    first, second, third = given.stays[0], given.stays[1], given.stays[2]
    await Stay.filter(id=first.id).update(status=StayStatus.CANCELLED)
    await Stay.filter(id=second.id).update(arrival=date(2025, 5, 20), country="JPN", customer_id=given.it.id)
    await Stay.filter(id=third.id).delete()
    await Customer.filter(id=given.it.id).update(industry="金融", nature=CustomerNature.PARTNER)
    await Customer.filter(id=given.gov.id).update(nature=CustomerNature.SPECIAL)  # industry stays NULL
    await Customer.filter(id=given.blank.id).update(name="改名")  # not a reported column: no change
    kept = await _summary()
    assert await rebuild_segment_months() > 0
    assert await _summary() == kept
    assert await segment_report(dimension=D.INDUSTRY) == [
        row("金融", 3, 1, 3, 40001, 13334, 70001),  # 20001 + 20000 over 1 + 2 nights
        row(NO_CUSTOMER, 1, 0, 2, 30000, 15000, 70001),
        row(NO_VALUE, 1, 1, 0, 0, None, 70001),
    ]


async def _statement(sql: str) -> None:
    """One SQL statement, so PostgreSQL's statement-level triggers see all its rows at once."""
    await db().execute_query(sql)


async def _matches_a_rebuild() -> list[tuple]:
    kept = await _summary()
    assert await rebuild_segment_months() > 0
    assert await _summary() == kept
    return kept


async def test_multi_row_statements_keep_the_summary_equal_to_a_rebuild(given: Given) -> None:
    it, gov, blank = given.it.id, given.gov.id, given.blank.id
    s = [stay.id for stay in given.stays]
    columns = ", ".join(f for f in Stay._meta.db_fields if f not in ("id", "source_ref"))
    before = await _matches_a_rebuild()

    # One INSERT of 13 stays: every stay twice (identical summary keys within the statement), one three times.
    await _statement(
        f"INSERT INTO stays ({columns}) SELECT {columns} FROM stays, (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL "
        f"SELECT 3) AS copies WHERE copies.k < 3 OR stays.id = {s[0]}"
    )
    assert await Stay.all().count() == 6 + 13
    after_insert = await _matches_a_rebuild()
    assert after_insert != before
    assert await segment_report(dimension=D.PROPERTY) == [
        row("P1", 13, 3, 21, 519999, 24762, 609999),  # three times P1's figures and the first stay once more
        row("P2", 6, 3, 6, 90000, 15000, 609999),
    ]

    # One UPDATE over every stay: a column the report does not read on all rows, report columns on some
    # (status, country, month and property, customer), nothing the report reads on the others.
    copies = await Stay.filter(id__gt=s[-1]).order_by("id").values_list("id", flat=True)
    await _statement(
        "UPDATE stays SET adults = adults + 1, "
        f"status = CASE WHEN id IN ({s[0]}, {copies[0]}) THEN 'CANCELLED' ELSE status END, "
        f"country = CASE WHEN id IN ({s[1]}, {copies[2]}, {copies[3]}) THEN 'JPN' ELSE country END, "
        f"arrival = CASE WHEN id = {s[5]} THEN '2025-01-02' ELSE arrival END, "
        f"property = CASE WHEN id IN ({s[3]}, {copies[4]}) THEN 'P3' ELSE property END, "
        f"customer_id = CASE WHEN id IN ({s[2]}, {copies[1]}) THEN {gov} WHEN customer_id = {blank} THEN {it} "
        "ELSE customer_id END"
    )
    after_update = await _matches_a_rebuild()
    assert after_update != after_insert
    await _statement("UPDATE stays SET adults = adults + 1, nightly_rate = nightly_rate")
    assert await _summary() == after_update  # no report column changed: nothing moves
    assert await _matches_a_rebuild() == after_update

    # Two stays swap their properties in one statement.
    await _statement(
        f"UPDATE stays SET property = CASE WHEN property = 'P1' THEN 'P2' ELSE 'P1' END WHERE id IN ({s[0]}, {s[4]})"
    )
    await _matches_a_rebuild()

    # One DELETE of several stays, copies with identical keys among them.
    await _statement(f"DELETE FROM stays WHERE id IN ({s[0]}, {s[3]}, {', '.join(map(str, copies[:6]))})")
    assert await Stay.all().count() == 19 - 8
    after_delete = await _matches_a_rebuild()
    assert after_delete != after_update
    await _statement("DELETE FROM stays")
    assert await _summary() == []
