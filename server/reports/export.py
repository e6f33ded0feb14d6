"""exportReport: any report's rows as a CSV or XLSX file, for managers, audited.

Dispatch: EXPORTS maps each ReportKind to an async function (filters, actor) -> Table that runs the
same service call as the report's query and turns its rows into a Table (server/reports/tables.py).
A kind without an entry is refused with a clear error. To add a kind: write its `..._table(rows)`
beside its service, add a 3-line function below that calls the service with the filters it needs
(`filters.need("measure")` for a required one) and returns the table, and add it to EXPORTS.
"""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from server.auth import audit
from server.auth.actor import Actor
from server.core.errors import DomainError, ErrorCode
from server.core.time import hotel_today
from server.insights import service as insights
from server.reports import service
from server.reports.tables import CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, Table, write_csv, write_xlsx


class ReportKind(Enum):
    SEGMENTS = "SEGMENTS"
    CUSTOMER_RANKING = "CUSTOMER_RANKING"
    CUSTOMER_VALUE = "CUSTOMER_VALUE"
    CHURN_RISKS = "CHURN_RISKS"
    STAFF_KPIS = "STAFF_KPIS"


class ExportFormat(Enum):
    CSV = "CSV"
    XLSX = "XLSX"


T = TypeVar("T")


@dataclass(frozen=True)
class ReportFilters:
    """What exportReport was asked for, as the report's query takes it; each kind reads what it needs."""

    dimension: service.SegmentDimension | None = None
    measure: insights.PerformanceMeasure | None = None
    property_name: str | None = None
    start: date | None = None
    end: date | None = None
    department: str | None = None
    first: int | None = None  # rows of a customer list; the query's default when None

    def need(self, name: str, value: T | None) -> T:
        """A filter this kind cannot do without (REQUIRED on its input field otherwise)."""
        if value is None:
            raise DomainError(ErrorCode.REQUIRED, "这个报表需要填写此项", field=name)
        return value

    def audited(self) -> dict[str, Any]:
        """The filters given, as the audit row keeps them (input field names, JSON values)."""
        names = {"property_name": "property", "start": "from", "end": "to"}
        given: dict[str, Any] = {}
        for key, value in asdict(self).items():
            if value is None:
                continue
            given[names.get(key, key)] = (
                value.value if isinstance(value, Enum) else value.isoformat() if isinstance(value, date) else value
            )
        return given


@dataclass(frozen=True)
class ExportedFile:
    file_name: str
    content_type: str
    content: bytes
    rows: int

    @property
    def content_base64(self) -> str:
        return base64.b64encode(self.content).decode("ascii")


async def _segments(filters: ReportFilters, _actor: Actor) -> Table:
    dimension = filters.need("dimension", filters.dimension)
    rows = await service.segment_report(
        dimension=dimension, property_name=filters.property_name, start=filters.start, end=filters.end
    )
    return service.segment_table(dimension, rows)


async def _customer_ranking(filters: ReportFilters, actor: Actor) -> Table:
    measure = filters.need("measure", filters.measure)
    rows = await insights.customer_ranking(
        actor=actor,
        measure=measure,
        property_name=filters.property_name,
        start=filters.start,
        end=filters.end,
        first=filters.first,
    )
    return await insights.ranking_table(measure, rows)


async def _customer_value(filters: ReportFilters, actor: Actor) -> Table:
    report = await insights.customer_value(
        actor=actor, property_name=filters.property_name, start=filters.start, end=filters.end, first=filters.first
    )
    return await insights.customer_value_table(report)


async def _churn_risks(filters: ReportFilters, actor: Actor) -> Table:
    return await insights.churn_table(await insights.churn_risks(actor=actor, first=filters.first))


async def _staff_kpis(filters: ReportFilters, actor: Actor) -> Table:
    start, end = filters.need("from", filters.start), filters.need("to", filters.end)
    rows = await insights.staff_kpis(actor=actor, start=start, end=end, department=filters.department)
    return await insights.staff_kpi_table(rows)


EXPORTS: dict[ReportKind, Callable[[ReportFilters, Actor], Awaitable[Table]]] = {
    ReportKind.SEGMENTS: _segments,
    ReportKind.CUSTOMER_RANKING: _customer_ranking,
    ReportKind.CUSTOMER_VALUE: _customer_value,
    ReportKind.CHURN_RISKS: _churn_risks,
    ReportKind.STAFF_KPIS: _staff_kpis,
}

_WRITERS = {
    ExportFormat.CSV: (write_csv, CSV_CONTENT_TYPE, "csv"),
    ExportFormat.XLSX: (write_xlsx, XLSX_CONTENT_TYPE, "xlsx"),
}


async def export_report(
    *, actor: Actor, kind: ReportKind, file_format: ExportFormat, filters: ReportFilters
) -> ExportedFile:
    """The report's file; one audit row (kind, format, filters, row count) per file handed out."""
    build = EXPORTS.get(kind)
    if build is None:
        raise DomainError(ErrorCode.INVALID, "这个报表暂不支持导出", field="report")
    table = await build(filters, actor)
    write, content_type, extension = _WRITERS[file_format]
    content = write(table)
    await audit.record(
        actor,
        "report.export",
        target_type="Report",
        target_id=kind.value,
        details={
            "kind": kind.value,
            "format": file_format.value,
            "filters": filters.audited(),
            "rows": len(table.rows),
        },
    )
    file_name = f"{table.name}-{hotel_today().isoformat()}.{extension}"
    return ExportedFile(file_name=file_name, content_type=content_type, content=content, rows=len(table.rows))
