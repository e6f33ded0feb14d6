"""exportReport for the insight kinds: the same rows as the query, money in yuan, Chinese headers;
the filters each kind needs; audited."""

from __future__ import annotations

import base64
import csv
import io
from typing import Any

from openpyxl import load_workbook

from server.auth.models import AuditEntry, Role
from tests.conftest import Api, FixedClock
from tests.insights.test_ranking_api import YEAR, _hotel
from tests.insights.test_staff_kpis_api import JUNE, _staff
from tests.insights.test_value_and_churn_api import _churn_hotel

EXPORT = """mutation($input: ExportReportInput!) {
  exportReport(input: $input) { fileName contentType contentBase64 errors { field code message } } }"""


async def _export(api: Api, **input: Any) -> dict[str, Any]:
    result: dict[str, Any] = (await api.data(EXPORT, {"input": input}))["exportReport"]
    return result


def _csv(result: dict[str, Any]) -> list[list[str]]:
    raw = base64.b64decode(result["contentBase64"])
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


async def test_the_ranking_exports_its_rows_in_yuan(api: Api, clock: FixedClock) -> None:
    guests = await _hotel()
    result = await _export(api, report="CUSTOMER_RANKING", format="CSV", measure="TOTAL_REVENUE", **YEAR)
    assert result["errors"] == []
    assert result["fileName"].startswith("customer-ranking-total_revenue-")
    rows = _csv(result)
    assert rows[0] == ["排名", "客户编号", "客户名称", "间夜数(间夜)", "平均房价(元)", "客房收入(元)", "其他收入(元)",
                       "总收入(元)", "入住次数(次)", "最近入住", "价值等级"]  # fmt: skip
    assert rows[1:] == [
        ["1", str(guests["d"].id), "丁", "0", "", "0.00", "10000.00", "10000.00", "0", "", "常客"],
        ["2", str(guests["b"].id), "乙", "1", "3000.00", "3000.00", "50.00", "3050.00", "1", "2025-02-01", "偶尔入住"],
        ["3", str(guests["a"].id), "甲", "5", "440.00", "2200.00", "300.00", "2500.00", "2", "2025-03-05", "偶尔入住"],
        ["4", str(guests["c"].id), "丙", "4", "416.67", "1666.66", "0.00", "1666.66", "1", "2025-05-01", "偶尔入住"],
    ]  # fmt: skip
    entry = await AuditEntry.get(action="report.export")
    assert entry.details is not None
    assert (entry.details["kind"], entry.details["rows"]) == ("CUSTOMER_RANKING", 4)


async def test_first_sets_how_many_customers_a_list_exports(api: Api, clock: FixedClock) -> None:
    await _hotel()
    top = await _export(api, report="CUSTOMER_RANKING", format="CSV", measure="TOTAL_REVENUE", first=2, **YEAR)
    assert [row[2] for row in _csv(top)[1:]] == ["丁", "乙"]
    entry = await AuditEntry.get(action="report.export")
    assert entry.details is not None
    assert (entry.details["filters"]["first"], entry.details["rows"]) == (2, 2)
    for first in (0, 101):
        refused = await _export(api, report="CHURN_RISKS", format="CSV", first=first)
        assert refused["contentBase64"] is None
        assert [(e["field"], e["message"]) for e in refused["errors"]] == [(["first"], "行数应在 1 到 100 之间")]
    assert await AuditEntry.filter(action="report.export").count() == 1


async def test_value_churn_and_kpis_export_as_xlsx(api: Api, clock: FixedClock) -> None:
    await _churn_hotel()
    await _staff()
    for kind, extra, header, count in [
        ("CUSTOMER_VALUE", {}, ["客户编号", "客户名称", "RFM"], 5),
        ("CHURN_RISKS", {}, ["客户编号", "客户名称", "原因", "说明"], 4),
        ("STAFF_KPIS", JUNE, ["排名", "员工", "部门", "接听电话(次)"], 5),
    ]:
        result = await _export(api, report=kind, format="XLSX", **extra)
        assert result["errors"] == [], kind
        sheet = load_workbook(io.BytesIO(base64.b64decode(result["contentBase64"]))).active
        assert sheet is not None
        values = list(sheet.iter_rows(values_only=True))
        assert list(values[0][: len(header)]) == header, kind
        assert len(values) - 1 == count, kind
    churn = await _export(api, report="CHURN_RISKS", format="CSV")
    sleeper = _csv(churn)[2]
    assert sleeper[1:3] == ["沉睡老客", "频次下降、消费下降、长期未入住"]
    assert sleeper[3].startswith("近12个月入住0次")
    assert sleeper[4:] == ["3", "0", "600.00", "0.00", "2023-09-01"]


async def test_each_kind_asks_for_what_it_needs_and_writes_nothing_without_it(api: Api, clock: FixedClock) -> None:
    no_measure = await _export(api, report="CUSTOMER_RANKING", format="CSV")
    assert no_measure["contentBase64"] is None
    assert [e["field"] for e in no_measure["errors"]] == [["measure"]]
    no_period = await _export(api, report="STAFF_KPIS", format="CSV")
    assert [e["field"] for e in no_period["errors"]] == [["from"]]
    assert await AuditEntry.filter(action="report.export").count() == 0
    refused = await api.gql(EXPORT, {"input": {"report": "CHURN_RISKS", "format": "CSV"}}, as_role=Role.SALES)
    assert refused["data"] is None
