from __future__ import annotations

import strawberry

from schema.context import Info
from schema.errors import UserError, refusals_as
from schema.permissions import MANAGERS
from schema.reports.inputs import ExportReportInput
from server.reports.export import ReportFilters, export_report


@strawberry.type(description="The exported file (base64), or why not.")
class ExportReportPayload:
    file_name: str | None = strawberry.field(description='e.g. "segments-market_segment-2026-11-24.xlsx".')
    content_type: str | None = strawberry.field(description="The file's MIME type.")
    content_base64: str | None = strawberry.field(description="The file's bytes, base64.")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ReportMutations:
    @strawberry.mutation(
        description="A report's rows as a CSV (UTF-8 with BOM) or XLSX file: the same rows as its query, money in "
        "yuan with 2 decimals, Chinese headers with units. Managers only; every file is audited (kind, filters, "
        "row count).",
        permission_classes=[MANAGERS],
    )
    @refusals_as(ExportReportPayload)
    async def export_report(self, info: Info, input: ExportReportInput) -> ExportReportPayload:
        exported = await export_report(
            actor=info.context.actor,
            kind=input.report,
            file_format=input.format,
            filters=ReportFilters(
                dimension=input.dimension,
                measure=input.measure,
                property_name=input.property,
                start=input.start,
                end=input.end,
                department=input.department,
                first=input.first,
            ),
        )
        return ExportReportPayload(
            file_name=exported.file_name,
            content_type=exported.content_type,
            content_base64=exported.content_base64,
            errors=[],
        )
