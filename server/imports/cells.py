"""Reading one cell of an import row: text, whole numbers, amounts, dates; header aliases."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from server.imports.files import Cell, ImportFileError
from server.imports.report import Issue, RowRejected

# What exports write for "no value": the PMS writes NULL (country, agent, company) and NA (children).
MISSING_MARKERS = frozenset({"NULL", "NA", "N/A", "#N/A", "NONE"})
_DATE = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def header_key(name: str) -> str:
    """How header names are compared: case, width, spaces, '-' and '_' do not matter."""
    text = unicodedata.normalize("NFKC", name).strip().lower()
    return re.sub(r"[\s_\-]+", "", text)


@dataclass(frozen=True)
class Columns:
    """Where each known field sits in the row, and the header names nobody reads."""

    index: dict[str, int]
    names: dict[str, str]  # field -> the header as written in the file
    ignored: list[str]

    def __contains__(self, field: str) -> bool:
        return field in self.index


def resolve_columns(header: Sequence[str], aliases: Mapping[str, Sequence[str]]) -> Columns:
    """Maps the file's header onto fields by their aliases; a field given twice is an error."""
    by_key = {header_key(alias): field for field, names in aliases.items() for alias in (field, *names)}
    index: dict[str, int] = {}
    names: dict[str, str] = {}
    ignored: list[str] = []
    for position, name in enumerate(header):
        field = by_key.get(header_key(name))
        if field is None:
            if name:
                ignored.append(name)
            continue
        if field in index:
            raise ImportFileError(f"columns {names[field]!r} and {name!r} both mean {field}; keep one of them")
        index[field] = position
        names[field] = name
    return Columns(index, names, ignored)


class RowReader:
    """One row's cells by field name, collecting warnings as values are read."""

    def __init__(self, number: int, cells: Sequence[Cell], columns: Columns) -> None:
        self.number = number
        self.cells = cells
        self.columns = columns
        self.warnings: list[Issue] = []

    def column(self, field: str) -> str:
        return self.columns.names.get(field, field)

    def raw(self, field: str) -> Cell:
        position = self.columns.index.get(field)
        if position is None or position >= len(self.cells):
            return None
        return self.cells[position]

    def warn(self, reason: str, message: str, field: str | None = None) -> None:
        self.warnings.append(Issue(self.number, reason, message, self.column(field) if field else None))

    def reject(self, reason: str, message: str, field: str | None = None) -> RowRejected:
        return RowRejected(reason, message, column=self.column(field) if field else None)

    def text(self, field: str, *, max_length: int, missing_warns: bool = True) -> str | None:
        """Trimmed text; None when empty, or (with a warning) when the export wrote NULL/NA."""
        value = cell_text(self.raw(field))
        if not value:
            return None
        if value.upper() in MISSING_MARKERS:
            if missing_warns:
                self.warn("MISSING_VALUE", f"{self.column(field)} is {value}: stored as none", field)
            return None
        if len(value) > max_length:
            raise self.reject(
                "TOO_LONG", f"{self.column(field)} has {len(value)} characters, at most {max_length}", field
            )
        return value

    def required_text(self, field: str, *, max_length: int) -> str:
        value = self.text(field, max_length=max_length, missing_warns=False)
        if value is None:
            raise self.reject("REQUIRED", f"{self.column(field)} is empty", field)
        return value

    def count(self, field: str, *, default: int, blank_is_default: bool = False) -> int:
        """A whole number of guests, 0 or more: the default when the column is absent (or the cell blank,
        if so asked); NULL/NA (or a blank otherwise) count as 0 with a warning."""
        raw = self.raw(field)
        value = cell_text(raw)
        if field not in self.columns or (blank_is_default and not value):
            return default
        if not value or value.upper() in MISSING_MARKERS:
            self.warn("MISSING_VALUE", f"{self.column(field)} is {value or 'empty'}: counted as 0", field)
            return 0
        number = whole_number(raw)
        if number is None:
            raise self.reject("BAD_NUMBER", f"{self.column(field)} {value!r} is not a whole number", field)
        if number < 0:
            raise self.reject("BAD_NUMBER", f"{self.column(field)} {value!r} is negative", field)
        return number

    def required_count(self, field: str) -> int:
        raw = self.raw(field)
        value = cell_text(raw)
        if not value:
            raise self.reject("REQUIRED", f"{self.column(field)} is empty", field)
        number = whole_number(raw)
        if number is None or number < 0:
            raise self.reject("BAD_NUMBER", f"{self.column(field)} {value!r} is not a whole number ≥ 0", field)
        return number

    def fen(self, field: str) -> int:
        """An amount in yuan (or the hotel's currency) as integer fen, exactly; rounded half-up with a warning."""
        raw = self.raw(field)
        value = cell_text(raw)
        if not value:
            raise self.reject("REQUIRED", f"{self.column(field)} is empty", field)
        amount = decimal_amount(raw)
        if amount is None:
            raise self.reject("BAD_NUMBER", f"{self.column(field)} {value!r} is not a number", field)
        fen = amount * 100
        whole = fen.to_integral_value(rounding=ROUND_HALF_UP)
        if whole != fen:
            self.warn(
                "RATE_ROUNDED", f"{self.column(field)} {value} has more than 2 decimals: rounded to the fen", field
            )
        return int(whole)

    def date(self, field: str) -> date:
        raw = self.raw(field)
        if isinstance(raw, datetime):
            return raw.date()
        if isinstance(raw, date):
            return raw
        value = cell_text(raw)
        if not value:
            raise self.reject("REQUIRED", f"{self.column(field)} is empty", field)
        parsed = parse_date(value)
        if parsed is None:
            raise self.reject("BAD_DATE", f"{self.column(field)} {value!r} is not a date (YYYY-MM-DD)", field)
        return parsed


def cell_text(cell: Cell) -> str:
    """A cell as text, the same way for CSV and XLSX (12.0 -> "12", a midnight datetime -> its date)."""
    if cell.__class__ is str:  # the common case (every CSV cell) first
        return cell.strip()
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else repr(cell)
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == datetime.min.time() else cell.isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell).strip()


def whole_number(cell: Cell) -> int | None:
    if cell.__class__ is str and cell.isdigit():
        return int(cell)
    amount = decimal_amount(cell)
    if amount is None or amount != amount.to_integral_value():
        return None
    return int(amount)


_CURRENCY = re.compile(r"[¥￥,，\s]|元$|CNY|RMB", re.IGNORECASE)


def decimal_amount(cell: Cell) -> Decimal | None:
    """A number exactly as written (never through binary floating point for text); None if not a number."""
    if isinstance(cell, bool) or cell is None:
        return None
    if isinstance(cell, int):
        return Decimal(cell)
    # An XLSX number arrives as a float; its shortest repr is the number the sheet shows.
    text = cell_text(cell) if not isinstance(cell, str) else _CURRENCY.sub("", unicodedata.normalize("NFKC", cell))
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


def parse_date(text: str) -> date | None:
    """2024-03-01, 2024/3/1, 2024.03.01, 2024年3月1日, 20240301 (a time after the date is ignored)."""
    text = unicodedata.normalize("NFKC", text).strip()
    match = _DATE.match(text) or _COMPACT_DATE.match(text)
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
