"""A report as a table of headers and rows, and its file: CSV (UTF-8 with BOM) or XLSX.

Every report that can be exported turns its rows into a Table; the writers know nothing of any
report. Money is fen inside the application and yuan with two decimals in the file; the headers
are Chinese with their units, because the file is read by people in Excel.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class ColumnKind(Enum):
    TEXT = "TEXT"
    INTEGER = "INTEGER"
    MONEY = "MONEY"  # int fen -> yuan with 2 decimals
    PERCENT = "PERCENT"  # a ratio (0.1234) -> percent with 2 decimals (12.34)
    NUMBER = "NUMBER"  # a float -> 2 decimals
    DATE = "DATE"


Cell = str | int | float | date | None


@dataclass(frozen=True)
class Column:
    header: str  # Chinese, with the unit: "客房收入(元)"
    kind: ColumnKind = ColumnKind.TEXT


@dataclass(frozen=True)
class Table:
    name: str  # ASCII, for the file name: "segments-market_segment"
    title: str  # the sheet's title (Chinese)
    columns: Sequence[Column]
    rows: Sequence[Sequence[Cell]]


def _fixed(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))


def _value(column: Column, cell: Cell) -> str | int | float | Decimal | date | None:
    if cell is None:
        return None
    if column.kind is ColumnKind.MONEY:
        assert isinstance(cell, int), "money is integer fen"
        return _fixed(Decimal(cell) / 100)
    if column.kind is ColumnKind.PERCENT:
        return _fixed(Decimal(str(cell)) * 100)
    if column.kind is ColumnKind.NUMBER:
        return _fixed(Decimal(str(cell)))
    return cell


def write_csv(table: Table) -> bytes:
    """UTF-8 with a byte-order mark, so that Excel on a Chinese Windows opens it without mojibake."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.header for c in table.columns])
    for row in table.rows:
        values = [_value(c, cell) for c, cell in zip(table.columns, row, strict=True)]
        writer.writerow(["" if v is None else v.isoformat() if isinstance(v, date) else v for v in values])
    return out.getvalue().encode("utf-8-sig")


_NUMBER_FORMATS = {
    ColumnKind.MONEY: "#,##0.00",
    ColumnKind.PERCENT: "0.00",
    ColumnKind.NUMBER: "0.00",
    ColumnKind.INTEGER: "0",
    ColumnKind.DATE: "yyyy-mm-dd",
}


def write_xlsx(table: Table) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = re.sub(r"[\\/?*:\[\]]", "-", table.title)[:31]  # characters Excel refuses in a name
    sheet.append([c.header for c in table.columns])
    for row in table.rows:
        sheet.append([_value(c, cell) for c, cell in zip(table.columns, row, strict=True)])
    for position, column in enumerate(table.columns, start=1):
        letter = get_column_letter(position)
        sheet.column_dimensions[letter].width = max(12, len(column.header) * 2 + 2)
        number_format = _NUMBER_FORMATS.get(column.kind)
        if number_format is not None:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=position, max_col=position):
                cell.number_format = number_format
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
