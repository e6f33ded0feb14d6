"""segmentReport and exportReport over HTTP: managers only, the same rows, files as Excel reads them, audited."""

from __future__ import annotations

import base64
import csv
import io
import re

import pytest
from openpyxl import load_workbook

from server.auth.models import AuditEntry, Role
from tests.conftest import Api
from tests.reports.conftest import Given

SEGMENT_REPORT = """query($input: SegmentReportInput!) {
  segmentReport(input: $input) { key stays cancelled roomNights roomRevenue adr share }
}"""
EXPORT = """mutation($input: ExportReportInput!) {
  exportReport(input: $input) { fileName contentType contentBase64 errors { field code message } }
}"""


async def test_a_manager_gets_the_rows(api: Api, given: Given) -> None:
    data = await api.data(
        SEGMENT_REPORT, {"input": {"dimension": "MARKET_SEGMENT", "from": "2025-03-01", "to": "2025-03-31"}}
    )
    assert data["segmentReport"] == [
        {"key": "Direct", "stays": 2, "cancelled": 1, "roomNights": 3, "roomRevenue": 99999, "adr": 33333,
         "share": pytest.approx(99999 / 120000)},
        {"key": "Online TA", "stays": 1, "cancelled": 0, "roomNights": 2, "roomRevenue": 20001, "adr": 10001,
         "share": pytest.approx(20001 / 120000)},
    ]  # fmt: skip


@pytest.mark.parametrize("role", [Role.SALES, Role.AGENT, Role.FRONT_DESK, Role.ADMIN])
async def test_only_managers_see_segments(api: Api, given: Given, role: Role) -> None:
    body = await api.gql(SEGMENT_REPORT, {"input": {"dimension": "COUNTRY"}}, as_role=role)
    assert body["data"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["FORBIDDEN"]


async def test_a_period_ending_before_it_starts_is_refused_with_the_field(api: Api, given: Given) -> None:
    body = await api.gql(SEGMENT_REPORT, {"input": {"dimension": "COUNTRY", "from": "2025-03-02", "to": "2025-03-01"}})
    assert [(e["extensions"]["code"], e["extensions"]["field"]) for e in body["errors"]] == [("INVALID", ["to"])]


async def test_csv_export_has_a_bom_chinese_headers_yuan_and_one_audit_row(api: Api, given: Given) -> None:
    data = await api.data(EXPORT, {"input": {"report": "SEGMENTS", "format": "CSV", "dimension": "INDUSTRY",
                                             "property": "P1", "from": "2025-01-01"}})  # fmt: skip
    payload = data["exportReport"]
    assert payload["errors"] == []
    assert re.fullmatch(r"segments-industry-\d{4}-\d{2}-\d{2}\.csv", payload["fileName"])
    assert payload["contentType"] == "text/csv; charset=utf-8"
    content = base64.b64decode(payload["contentBase64"])
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows == [
        ["行业", "预订数(笔)", "取消及未到(笔)", "间夜数(间夜)", "客房收入(元)", "平均房价(元)", "收入占比(%)"],
        ["IT", "1", "0", "3", "999.99", "333.33", "83.33"],
        ["（未填写）", "1", "0", "2", "200.01", "100.01", "16.67"],
        ["（无客户档案）", "1", "1", "0", "0.00", "", "0.00"],
    ]
    audit = await AuditEntry.filter(action="report.export").values("target_id", "details", "outcome")
    assert audit == [
        {"target_id": "SEGMENTS", "outcome": "OK", "details": {
            "kind": "SEGMENTS", "format": "CSV", "rows": 3,
            "filters": {"dimension": "INDUSTRY", "property": "P1", "from": "2025-01-01"}}},
    ]  # fmt: skip


async def test_xlsx_export_has_numbers_in_yuan(api: Api, given: Given) -> None:
    data = await api.data(EXPORT, {"input": {"report": "SEGMENTS", "format": "XLSX", "dimension": "ARRIVAL_YEAR"}})
    payload = data["exportReport"]
    assert payload["errors"] == []
    assert payload["contentType"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = load_workbook(io.BytesIO(base64.b64decode(payload["contentBase64"]))).active
    assert sheet is not None
    values = [[cell.value for cell in r] for r in sheet.iter_rows()]
    assert values[0][0] == "到店年份"
    assert [(r[0], r[1], float(r[4]), float(r[5])) for r in values[1:]] == [
        ("2024", 1, 200.00, 200.00),
        ("2025", 5, 1500.00, 214.29),  # 150000 fen / 7 nights = 21428.57 -> 21429 fen
    ]
    assert sheet.cell(row=2, column=5).number_format == "#,##0.00"


async def test_refused_exports_write_no_file_and_no_audit_row(api: Api, given: Given) -> None:
    data = await api.data(EXPORT, {"input": {"report": "SEGMENTS", "format": "CSV"}})
    assert data["exportReport"] == {
        "fileName": None,
        "contentType": None,
        "contentBase64": None,
        "errors": [{"field": ["dimension"], "code": "REQUIRED", "message": "这个报表需要填写此项"}],
    }
    body = await api.gql(EXPORT, {"input": {"report": "SEGMENTS", "format": "CSV", "dimension": "COUNTRY"}},
                         as_role=Role.SALES)  # fmt: skip
    assert [e["extensions"]["code"] for e in body["errors"]] == ["FORBIDDEN"]
    assert await AuditEntry.filter(action="report.export").count() == 0
