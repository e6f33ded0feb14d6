"""hotel-crm import stays on small files: both layouts, encodings, XLSX, warnings vs rejections, idempotency."""

from __future__ import annotations

import gzip
import lzma
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from server.auth.actor import Actor
from server.core.sql import fetch, row_date
from server.imports import service
from server.imports.files import ImportFileError
from server.imports.report import write_report_csv
from server.imports.service import import_stays
from tests.factories import make_customer

CLI = Actor.system("cli")
PMS_HEADER = (
    "hotel,is_canceled,lead_time,arrival_date_year,arrival_date_month,arrival_date_week_number,"
    "arrival_date_day_of_month,stays_in_weekend_nights,stays_in_week_nights,adults,children,babies,meal,country,"
    "market_segment,distribution_channel,is_repeated_guest,previous_cancellations,previous_bookings_not_canceled,"
    "reserved_room_type,assigned_room_type,booking_changes,deposit_type,agent,company,days_in_waiting_list,"
    "customer_type,adr,required_car_parking_spaces,total_of_special_requests,reservation_status,"
    "reservation_status_date"
)
# One real row of the export (row 5 of hotel_bookings.csv): 1 weekday night, adr 75, room A.
PMS_ROW = (
    "Resort Hotel,0,13,2015,July,27,1,0,1,1,0,0,BB,GBR,Corporate,Corporate,0,0,0,A,A,0,No Deposit,304,NULL,0,"
    "Transient,75,0,0,Check-Out,2015-07-02"
)


def pms_row(**changes: str) -> str:
    cells = dict(zip(PMS_HEADER.split(","), PMS_ROW.split(","), strict=True))
    cells.update(changes)
    return ",".join(cells.values())


def write(tmp_path: Path, name: str, lines: list[str], encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


async def stays() -> list[dict[str, Any]]:
    rows = await fetch("SELECT * FROM stays ORDER BY id")
    for row in rows:
        row["arrival"], row["departure"] = row_date(row["arrival"]), row_date(row["departure"])
    return rows


MAPPED = [
    "property",
    "arrival",
    "departure",
    "room_nights",
    "room_type",
    "nightly_rate",
    "room_revenue",
    "market_segment",
    "channel",
    "customer_type",
    "country",
    "adults",
    "children",
    "status",
    "customer_id",
]


async def test_a_pms_row_is_mapped_faithfully_and_anomalies_are_warnings(db: str, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "bookings.csv",
        [
            PMS_HEADER,
            PMS_ROW,
            pms_row(adr="-6.38", stays_in_weekend_nights="2", stays_in_week_nights="3"),
            pms_row(adr="5400", country="NULL", children="NA", reservation_status="Canceled"),
            pms_row(stays_in_week_nights="0", market_segment="Undefined", reservation_status="No-Show"),
        ],
    )

    report = await import_stays(actor=CLI, path=path)

    assert (report.rows, report.created, len(report.rejected)) == (4, 4, 0)
    assert [(w.row, w.reason, w.column) for w in report.warnings] == [
        (3, "NEGATIVE_RATE", "adr"),
        (4, "MISSING_VALUE", "country"),
        (4, "MISSING_VALUE", "children"),
        (4, "EXTREME_RATE", "adr"),
        (5, "UNKNOWN_CODE", "market_segment"),
        (5, "ZERO_NIGHTS", None),
    ]
    first, negative, extreme, zero = await stays()
    assert {k: first[k] for k in MAPPED} == {
        "property": "Resort Hotel",
        "arrival": date(2015, 7, 1),
        "departure": date(2015, 7, 2),
        "room_nights": 1,
        "room_type": "A",
        "nightly_rate": 7500,
        "room_revenue": 7500,
        "market_segment": "Corporate",
        "channel": "Corporate",
        "customer_type": "Transient",
        "country": "GBR",
        "adults": 1,
        "children": 0,
        "status": "CHECKED_OUT",
        "customer_id": None,
    }
    assert (negative["nightly_rate"], negative["room_nights"], negative["room_revenue"]) == (-638, 5, -3190)
    assert negative["departure"] == date(2015, 7, 6)
    assert (extreme["nightly_rate"], extreme["country"], extreme["children"], extreme["status"]) == (
        540000,
        None,
        0,
        "CANCELLED",
    )
    assert (zero["room_nights"], zero["departure"], zero["market_segment"], zero["status"]) == (
        0,
        date(2015, 7, 1),
        "Undefined",
        "NO_SHOW",
    )
    assert all(s["source_ref"].startswith("pms:") for s in [first, negative, extreme, zero])


async def test_rows_that_cannot_be_read_are_rejected_with_their_row_numbers(db: str, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "bookings.csv",
        [
            PMS_HEADER,
            pms_row(arrival_date_month="Juli"),
            PMS_ROW,
            pms_row(adr="seventy"),
            pms_row(hotel=""),
            pms_row(arrival_date_day_of_month="31", arrival_date_month="June"),
            pms_row(stays_in_week_nights="-1"),
            pms_row(reservation_status="Gone"),
            PMS_ROW + ",surplus",
        ],
    )

    report = await import_stays(actor=CLI, path=path)

    assert [(r.row, r.reason) for r in report.rejected] == [
        (2, "BAD_DATE"),
        (4, "BAD_NUMBER"),
        (5, "REQUIRED"),
        (6, "BAD_DATE"),
        (7, "BAD_NUMBER"),
        (8, "UNKNOWN_STATUS"),
        (9, "EXTRA_VALUES"),
    ]
    assert report.created == 1
    assert report.imported + len(report.rejected) == report.rows == 8
    assert len(await stays()) == 1

    out = tmp_path / "report.csv"
    write_report_csv(report, out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "row,outcome,reason,column,message"
    assert lines[1].startswith("2,rejected,BAD_DATE,arrival_date_year,")
    assert len(lines) == 1 + len(report.rejected) + len(report.warnings)


async def test_identical_rows_keep_their_identity_and_a_longer_file_adds_only_the_new_ones(
    db: str, tmp_path: Path
) -> None:
    three = write(tmp_path, "three.csv", [PMS_HEADER, PMS_ROW, PMS_ROW, PMS_ROW])
    first = await import_stays(actor=CLI, path=three)
    again = await import_stays(actor=CLI, path=three)
    refs_before = [s["source_ref"] for s in await stays()]

    four = write(tmp_path, "four.csv", [PMS_HEADER, PMS_ROW, pms_row(adr="80"), PMS_ROW, PMS_ROW, PMS_ROW])
    more = await import_stays(actor=CLI, path=four)

    assert (first.created, again.created, again.duplicates) == (3, 0, 3)
    assert len(set(refs_before)) == 3
    assert (more.created, more.duplicates) == (2, 3)
    rows = await stays()
    assert len(rows) == 5
    assert sorted(s["nightly_rate"] for s in rows) == [7500, 7500, 7500, 7500, 8000]
    assert sorted(s["source_ref"][-2:] for s in rows if s["nightly_rate"] == 7500) == ["#1", "#2", "#3", "#4"]
    audits = await fetch("SELECT details FROM audit_log WHERE action = ? ORDER BY id", ["import.stays"])
    assert len(audits) == 3


async def test_the_same_export_compressed_or_with_columns_in_another_order_is_the_same_bookings(
    db: str, tmp_path: Path
) -> None:
    text = f"{PMS_HEADER}\n{PMS_ROW}\n{pms_row(adr='99.5')}\n".encode()
    (tmp_path / "b.csv.xz").write_bytes(lzma.compress(text))
    (tmp_path / "b.csv.gz").write_bytes(gzip.compress(text))
    header, rows = PMS_HEADER.split(","), [PMS_ROW.split(","), pms_row(adr="99.5").split(",")]
    order = list(reversed(range(len(header))))
    reordered = [",".join(header[i] for i in order)] + [",".join(r[i] for i in order) for r in rows]
    shuffled = write(tmp_path, "reordered.csv", reordered)

    xz = await import_stays(actor=CLI, path=tmp_path / "b.csv.xz")
    gz = await import_stays(actor=CLI, path=tmp_path / "b.csv.gz")
    other_order = await import_stays(actor=CLI, path=shuffled)

    assert (xz.created, gz.duplicates, other_order.duplicates) == (2, 2, 2)
    assert sorted(s["nightly_rate"] for s in await stays()) == [7500, 9950]


OWN_ZH = "酒店,到店日期,离店日期,房型,房价,状态,渠道,市场细分,客人类型,国家,成人,儿童,预订号,手机,姓名"


async def test_our_own_columns_in_gbk_as_chinese_excel_saves_them(db: str, tmp_path: Path) -> None:
    guest = await make_customer(name="王小明", phones=["13900001111"])
    path = write(
        tmp_path,
        "住宿.csv",
        [
            OWN_ZH,
            "主楼,2024-03-01,2024-03-03,豪华大床房,￥1288.50,已离店,携程,商务散客,散客,CHN,2,1,R-001,"
            "139 0000 1111,王小明",
            "主楼,2024/3/5,2024/3/5,标准间,0,已取消,前台,,,,1,0,R-002,,",
            "主楼,2024年3月8日,2024年3月7日,标准间,388,,,,,,,,R-003,,",
            "主楼,2024-03-09,2024-03-10,标准间,三百,,,,,,,,R-004,,",
            "主楼,2024-03-09,2024-03-10,标准间,388,入住中,,,,,,,R-005,13800000000,",
        ],
        encoding="gbk",
    )

    report = await import_stays(actor=CLI, path=path)

    assert (report.layout, report.encoding) == ("own", "gb18030")
    assert report.created == 3
    assert [(r.row, r.reason, r.column) for r in report.rejected] == [
        (4, "BAD_DATE", "离店日期"),
        (5, "BAD_NUMBER", "房价"),
    ]
    assert [(w.row, w.reason) for w in report.warnings] == [(3, "ZERO_NIGHTS"), (6, "CUSTOMER_NOT_FOUND")]
    linked, cancelled, in_house = await stays()
    assert linked["customer_id"] == guest.id
    assert (linked["room_type"], linked["nightly_rate"], linked["room_nights"], linked["room_revenue"]) == (
        "豪华大床房",
        128850,
        2,
        257700,
    )
    assert (linked["channel"], linked["market_segment"], linked["country"], linked["adults"], linked["children"]) == (
        "携程",
        "商务散客",
        "CHN",
        2,
        1,
    )
    assert linked["source_ref"] == "own:R-001"
    assert (cancelled["status"], cancelled["room_nights"], cancelled["adults"]) == ("CANCELLED", 0, 1)
    assert (in_house["status"], in_house["customer_id"]) == ("IN_HOUSE", None)


async def test_a_reference_imported_again_with_new_values_is_updated_not_doubled(db: str, tmp_path: Path) -> None:
    header = "reference,property,arrival,departure,room_type,nightly_rate,status"
    b1_reserved = "B#1,East,2024-05-01,2024-05-03,King,500,RESERVED"
    b1_stayed = "B#1,East,2024-05-01,2024-05-04,King,500,CHECKED_OUT"
    b1_other = "B#1,East,2024-05-01,2024-05-05,King,500,CHECKED_OUT"
    b2 = "B-2,East,2024-05-01,2024-05-02,King,500,RESERVED"
    before = write(tmp_path, "a.csv", [header, b1_reserved, b2])
    after = write(tmp_path, "b.csv", [header, b1_stayed, b2, b1_other])

    await import_stays(actor=CLI, path=before)
    report = await import_stays(actor=CLI, path=after)

    assert (report.created, report.updated, report.duplicates) == (0, 1, 1)
    assert [(r.row, r.reason) for r in report.rejected] == [(4, "REFERENCE_REPEATED")]
    first, second = await stays()
    assert (first["departure"], first["room_nights"], first["room_revenue"], first["status"]) == (
        date(2024, 5, 4),
        3,
        150000,
        "CHECKED_OUT",
    )
    assert second["status"] == "RESERVED"


async def test_utf8_with_bom_and_xlsx_read_the_same_rows(db: str, tmp_path: Path) -> None:
    lines = ["到店日期,离店日期,房型,房价", "2024-06-01,2024-06-02,大床房,488.8"]
    bom = write(tmp_path, "bom.csv", lines, encoding="utf-8-sig")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["到店日期", "离店日期", "房型", "房价"])
    sheet.append([date(2024, 6, 1), date(2024, 6, 2), "大床房", 488.8])
    sheet.append([None, None, None, None])
    book.save(tmp_path / "same.xlsx")

    from_csv = await import_stays(actor=CLI, path=bom)
    from_xlsx = await import_stays(actor=CLI, path=tmp_path / "same.xlsx")

    assert (from_csv.encoding, from_csv.created) == ("utf-8-sig", 1)
    assert (from_xlsx.encoding, from_xlsx.rows, from_xlsx.blank_rows, from_xlsx.duplicates) == ("xlsx", 1, 1, 1)
    (stay,) = await stays()
    assert (stay["nightly_rate"], stay["status"], stay["property"]) == (48880, "CHECKED_OUT", "主楼 Main Building")


async def test_unreadable_files_and_unknown_layouts_are_refused_before_any_write(db: str, tmp_path: Path) -> None:
    (tmp_path / "broken.csv.xz").write_bytes(lzma.compress(b"hotel,adr\n")[:-8])
    unknown = write(tmp_path, "guests.csv", ["name,phone", "张三,13800138000"])
    partial = write(
        tmp_path, "partial.csv", ["hotel,arrival_date_year,arrival_date_month,adr", "City Hotel,2015,July,1"]
    )

    for path, message in [
        (tmp_path / "missing.csv", "no such file"),
        (tmp_path / "broken.csv.xz", "damaged"),
        (unknown, "unknown layout"),
        (partial, "lacks the columns arrival_date_day_of_month"),
        (tmp_path, "is a directory"),
    ]:
        with pytest.raises(ImportFileError, match=message):
            await import_stays(actor=CLI, path=path)
    assert await fetch("SELECT COUNT(*) AS n FROM stays") == [{"n": 0}]
    assert await fetch("SELECT COUNT(*) AS n FROM audit_log") == [{"n": 0}]


async def test_a_crash_mid_file_leaves_whole_batches_and_a_rerun_completes_it(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [PMS_HEADER] + [pms_row(adr=str(100 + i)) for i in range(7)]
    path = write(tmp_path, "bookings.csv", lines)
    real_write = service._write_stays
    batches = 0

    async def crash_on_third(batch: list[Any], report: Any) -> None:
        nonlocal batches
        batches += 1
        if batches == 3:
            raise RuntimeError("power cut")
        await real_write(batch, report)

    monkeypatch.setattr(service, "_write_stays", crash_on_third)
    with pytest.raises(RuntimeError):
        await import_stays(actor=CLI, path=path, batch_size=2)
    assert len(await stays()) == 4
    monkeypatch.setattr(service, "_write_stays", real_write)

    report = await import_stays(actor=CLI, path=path, batch_size=2)

    assert (report.created, report.duplicates) == (3, 4)
    assert sorted(s["nightly_rate"] for s in await stays()) == [10000 + 100 * i for i in range(7)]


@pytest.mark.sqlite_only
def test_the_command_prints_the_report_and_exits_2_on_an_unknown_layout(tmp_path: Path) -> None:
    hotel_crm = Path(sys.executable).with_name("hotel-crm")
    env = {**os.environ, "HOTEL_CRM_DATABASE_URL": f"sqlite://{tmp_path / 'cli.sqlite3'}"}
    good = write(tmp_path, "bookings.csv", [PMS_HEADER, PMS_ROW, pms_row(adr="x")])
    bad = write(tmp_path, "other.csv", ["a,b", "1,2"])
    subprocess.run([hotel_crm, "migrate"], env=env, check=True, capture_output=True)

    done = subprocess.run(
        [hotel_crm, "import", "stays", good, "--report", tmp_path / "out.csv"], env=env, capture_output=True, text=True
    )
    refused = subprocess.run([hotel_crm, "import", "stays", bad], env=env, capture_output=True, text=True)

    assert done.returncode == 0, done.stderr
    assert "created             1" in done.stdout
    assert "rejected row 3: [BAD_NUMBER] adr 'x' is not a number" in done.stdout
    assert "\x1b[" not in done.stdout  # no progress bar when the output is not a terminal
    assert (tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()[1].startswith("3,rejected,BAD_NUMBER")
    assert refused.returncode == 2
    assert "unknown layout" in refused.stderr
