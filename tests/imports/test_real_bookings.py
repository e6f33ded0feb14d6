"""The importer on the real PMS export (119,390 bookings of two hotels): every row accounted for.

Expected figures are computed here, independently, from the CSV with the csv module and Decimal.
"""

from __future__ import annotations

import csv
import lzma
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from server.auth.actor import Actor
from server.core.sql import fetch, row_date
from server.imports.service import import_stays
from tests.imports.bookings import BOOKINGS_ROWS, bookings_file

CLI = Actor.system("cli")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
STATUS = {"Check-Out": "CHECKED_OUT", "Canceled": "CANCELLED", "No-Show": "NO_SHOW"}
SEGMENTS = {"Online TA", "Offline TA/TO", "Groups", "Direct", "Corporate", "Complementary", "Aviation"}
CHANNELS = {"TA/TO", "Direct", "Corporate", "GDS"}
CUSTOMER_TYPES = {"Transient", "Transient-Party", "Contract", "Group"}


def read_bookings(path: Path) -> list[dict[str, str]]:
    with lzma.open(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def nights(row: dict[str, str]) -> int:
    return int(row["stays_in_weekend_nights"]) + int(row["stays_in_week_nights"])


def fen(row: dict[str, str]) -> int:
    amount = Decimal(row["adr"]) * 100
    assert amount == amount.to_integral_value(), row["adr"]
    return int(amount)


def expected_stay(row: dict[str, str]) -> dict[str, Any]:
    arrival = date(int(row["arrival_date_year"]), MONTHS.index(row["arrival_date_month"]) + 1,
                   int(row["arrival_date_day_of_month"]))  # fmt: skip
    return {
        "property": row["hotel"],
        "arrival": arrival,
        "departure": arrival + timedelta(days=nights(row)),
        "room_nights": nights(row),
        "room_type": row["assigned_room_type"],
        "nightly_rate": fen(row),
        "room_revenue": fen(row) * nights(row),
        "market_segment": row["market_segment"],
        "channel": row["distribution_channel"],
        "customer_type": row["customer_type"],
        "country": None if row["country"] == "NULL" else row["country"],
        "adults": int(row["adults"]),
        "children": 0 if row["children"] == "NA" else int(row["children"]),
        "status": STATUS[row["reservation_status"]],
    }


def expected_warnings(rows: list[dict[str, str]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for row in rows:
        counts["ZERO_NIGHTS"] += nights(row) == 0
        counts["NEGATIVE_RATE"] += Decimal(row["adr"]) < 0
        counts["EXTREME_RATE"] += Decimal(row["adr"]) > 5000
        counts["MISSING_VALUE"] += (row["country"] == "NULL") + (row["children"] == "NA") + (row["adults"] == "NA")
        counts["UNKNOWN_CODE"] += (
            (row["market_segment"] not in SEGMENTS)
            + (row["distribution_channel"] not in CHANNELS)
            + (row["customer_type"] not in CUSTOMER_TYPES)
            + (row["country"] != "NULL" and len(row["country"]) != 3)
        )
    return +counts


async def test_the_real_export_imports_every_row_and_a_second_import_adds_nothing(db: str) -> None:
    path = bookings_file()
    rows = read_bookings(path)
    assert len(rows) == BOOKINGS_ROWS

    report = await import_stays(actor=CLI, path=path)

    assert report.layout == "pms"
    assert report.rows == BOOKINGS_ROWS
    assert report.rejected == []
    assert report.created + len(report.rejected) == BOOKINGS_ROWS
    assert (report.updated, report.duplicates) == (0, 0)
    assert report.warning_counts() == expected_warnings(rows)
    assert {w.row for w in report.warnings if w.reason == "EXTREME_RATE"} == {
        number for number, row in enumerate(rows, start=2) if Decimal(row["adr"]) > 5000
    }
    # Identical rows are separate bookings: one stay per row, each with its own reference.
    stored = await fetch("SELECT COUNT(*) AS n, COUNT(DISTINCT source_ref) AS refs FROM stays")
    assert (stored[0]["n"], stored[0]["refs"]) == (BOOKINGS_ROWS, BOOKINGS_ROWS)
    assert len({tuple(r.values()) for r in rows}) < BOOKINGS_ROWS

    # Money to the fen, per property and status, against Decimal sums of the CSV.
    expected: Counter[tuple[str, str]] = Counter()
    expected_nights: Counter[tuple[str, str]] = Counter()
    for row in rows:
        key = (row["hotel"], STATUS[row["reservation_status"]])
        expected[key] += fen(row) * nights(row)
        expected_nights[key] += nights(row)
    sums = await fetch(
        "SELECT property, status, SUM(room_revenue) AS revenue, SUM(room_nights) AS nights, COUNT(*) AS n "
        "FROM stays GROUP BY property, status"
    )
    assert {(r["property"], r["status"]): int(r["revenue"]) for r in sums} == dict(expected)
    assert {(r["property"], r["status"]): int(r["nights"]) for r in sums} == dict(expected_nights)

    # Spot checks: rows whose mapped values occur once in the file are found exactly once, mapped faithfully.
    mapped = [expected_stay(row) for row in rows]
    once = Counter(tuple(m.values()) for m in mapped)
    picks = [m for m in mapped if once[tuple(m.values())] == 1]
    picks = [picks[i] for i in range(0, len(picks), len(picks) // 25)]
    picks += [m for m in mapped if m["nightly_rate"] < 0 or m["nightly_rate"] > 500_000 or m["country"] is None][:5]
    for want in picks:
        found = await fetch(
            "SELECT property, arrival, departure, room_nights, room_type, nightly_rate, room_revenue, "
            "market_segment, channel, customer_type, country, adults, children, status FROM stays "
            "WHERE property = ? AND arrival = ? AND room_nights = ? AND nightly_rate = ? AND room_type = ? "
            "AND market_segment = ? AND channel = ? AND customer_type = ? AND adults = ? AND children = ? "
            "AND status = ?" + (" AND country IS NULL" if want["country"] is None else " AND country = ?"),
            [
                want[k]
                for k in (
                    "property",
                    "arrival",
                    "room_nights",
                    "nightly_rate",
                    "room_type",
                    "market_segment",
                    "channel",
                    "customer_type",
                    "adults",
                    "children",
                    "status",
                )
            ]
            + ([] if want["country"] is None else [want["country"]]),
        )
        assert len(found) >= 1, want
        got = dict(found[0])
        got["arrival"], got["departure"] = row_date(got["arrival"]), row_date(got["departure"])
        assert got == want
        if once[tuple(want.values())] == 1:
            assert len(found) == 1, want

    audit = await fetch("SELECT actor_label, details FROM audit_log WHERE action = ?", ["import.stays"])
    assert len(audit) == 1
    assert audit[0]["actor_label"] == "cli"

    again = await import_stays(actor=CLI, path=path)

    assert (again.created, again.updated, again.duplicates, len(again.rejected)) == (0, 0, BOOKINGS_ROWS, 0)
    assert (await fetch("SELECT COUNT(*) AS n FROM stays"))[0]["n"] == BOOKINGS_ROWS
