"""segmentReport on the real PMS export (119,390 bookings), checked to the fen against figures computed here,
independently of the importer and of the report, from the CSV with the csv module and Decimal.

One import per run (the file is imported once, then every check reads the same database).
"""

from __future__ import annotations

import csv
import lzma
from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

from server.auth.actor import Actor
from server.imports.service import import_stays
from server.reports.service import NO_VALUE, SegmentDimension, SegmentRow, segment_report
from tests.imports.bookings import BOOKINGS_ROWS, bookings_file

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
Row = dict[str, str]


def arrival(row: Row) -> date:
    return date(int(row["arrival_date_year"]), MONTHS.index(row["arrival_date_month"]) + 1,
                int(row["arrival_date_day_of_month"]))  # fmt: skip


def expected(rows: list[Row], key: Callable[[Row], str], keep: Callable[[Row], bool] = lambda _: True) -> list[tuple]:
    """(key, stays, cancelled, room nights, room revenue, adr) per key, by hand."""
    sums: dict[str, list[int]] = {}
    for row in rows:
        if not keep(row):
            continue
        figures = sums.setdefault(key(row) or NO_VALUE, [0, 0, 0, 0])
        figures[0] += 1
        if row["reservation_status"] in ("Canceled", "No-Show"):
            figures[1] += 1
            continue
        nights = int(row["stays_in_weekend_nights"]) + int(row["stays_in_week_nights"])
        rate = Decimal(row["adr"]) * 100  # the file's rates have at most two decimals: exact fen
        assert rate == rate.to_integral_value()
        figures[2] += nights
        figures[3] += int(rate) * nights
    return [
        (k, s, c, n, r, int((Decimal(r) / n).quantize(Decimal(1), rounding=ROUND_HALF_UP)) if n else None)
        for k, (s, c, n, r) in sums.items()
    ]


def figures(rows: list[SegmentRow]) -> list[tuple]:
    return [(r.key, r.stays, r.cancelled, r.room_nights, r.room_revenue, r.adr) for r in rows]


def by_revenue(rows: list[tuple]) -> list[tuple]:
    return sorted(rows, key=lambda r: (-r[4], r[0]))


@pytest.mark.slow
async def test_segment_report_on_the_real_file_matches_the_csv_to_the_fen(db: str) -> None:
    path = bookings_file()
    with lzma.open(path, "rt", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == BOOKINGS_ROWS
    report = await import_stays(actor=Actor.system("test"), path=path)
    assert (report.created, report.rejected) == (BOOKINGS_ROWS, [])  # every row of this file can be read

    hotels = await segment_report(dimension=SegmentDimension.PROPERTY)
    assert figures(hotels) == by_revenue(expected(rows, lambda r: r["hotel"]))
    total = sum(r.room_revenue for r in hotels)
    for got in hotels:
        assert got.share == pytest.approx(got.room_revenue / total, rel=1e-12)

    segments = await segment_report(dimension=SegmentDimension.MARKET_SEGMENT)
    assert figures(segments) == by_revenue(expected(rows, lambda r: r["market_segment"]))
    assert sum(r.stays for r in segments) == BOOKINGS_ROWS

    months = await segment_report(dimension=SegmentDimension.ARRIVAL_MONTH)
    assert figures(months) == sorted(expected(rows, lambda r: arrival(r).strftime("%Y-%m")))
    assert len(months) == 26  # 2015-07 .. 2017-08

    # A period with partial months at both edges, for one hotel: the summary and the stays added up.
    start, end = date(2016, 2, 10), date(2016, 11, 20)
    city = await segment_report(dimension=SegmentDimension.MARKET_SEGMENT, property_name="City Hotel", start=start,
                                end=end)  # fmt: skip
    assert figures(city) == by_revenue(
        expected(
            rows, lambda r: r["market_segment"], lambda r: r["hotel"] == "City Hotel" and start <= arrival(r) <= end
        )
    )
