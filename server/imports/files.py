"""Reading an import file into a header and numbered rows: CSV (plain, .xz, .gz) or XLSX.

CSV text is UTF-8 (with or without the BOM Excel writes) or, as Chinese Excel saves
"CSV", GBK/GB18030: UTF-8 is tried strictly first, since GB18030 decodes almost any
byte string and would read UTF-8 as mojibake. Compression and XLSX are recognised by
their leading bytes, so a misnamed file still reads.
"""

from __future__ import annotations

import csv
import gzip
import io
import lzma
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

# One cell as read: CSV gives text; XLSX also gives numbers and dates.
Cell = str | int | float | date | datetime | time | None

_XZ_MAGIC = b"\xfd7zXZ\x00"
_GZIP_MAGIC = b"\x1f\x8b"
_ZIP_MAGIC = b"PK\x03\x04"


class ImportFileError(Exception):
    """The file cannot be read at all (missing, unreadable, undecodable, empty)."""


@dataclass(frozen=True)
class Row:
    number: int  # as a spreadsheet shows it: the header is row 1
    cells: list[Cell]


@dataclass
class Table:
    name: str
    encoding: str  # "utf-8", "utf-8-sig", "gb18030" or "xlsx"
    header: list[str]
    rows: list[Row]
    blank_rows: int  # rows with no value at all, skipped and not counted


def read_table(path: Path) -> Table:
    """The file's first sheet (or CSV text) as a header and its non-blank rows."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise ImportFileError(f"{path} is a directory, not a file") from None
    except OSError as err:
        raise ImportFileError(f"cannot read {path}: {err.strerror or err}") from None
    try:
        if raw.startswith(_XZ_MAGIC):
            raw = lzma.decompress(raw)
        elif raw.startswith(_GZIP_MAGIC):
            raw = gzip.decompress(raw)
    except (lzma.LZMAError, OSError, EOFError) as err:
        raise ImportFileError(f"{path.name}: the compressed file is damaged ({err})") from None
    if raw.startswith(_ZIP_MAGIC):
        header, rows = _xlsx_rows(raw, path.name)
        encoding = "xlsx"
    else:
        text, encoding = decode_csv_bytes(raw, path.name)
        header, rows = _csv_rows(text)
    return _table(path.name, encoding, header, rows)


def decode_csv_bytes(raw: bytes, name: str) -> tuple[str, str]:
    if b"\x00" in raw[:4096]:
        raise ImportFileError(f"{name}: not a text file (UTF-16 or binary); save it as CSV UTF-8 or CSV (GBK)")
    try:
        if raw.startswith(b"\xef\xbb\xbf"):
            return raw.decode("utf-8-sig"), "utf-8-sig"
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as err:
        raise ImportFileError(f"{name}: neither UTF-8 nor GBK/GB18030 text (byte {err.start})") from None


def _csv_rows(text: str) -> tuple[list[Cell], Iterator[list[Cell]]]:
    first_line = text.split("\n", 1)[0]
    # Excel in some locales separates with ';' and a "Text (Tab delimited)" save uses tabs.
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header: list[Cell] = list(next(reader))
    except StopIteration:
        return [], iter(())
    except csv.Error as err:
        raise ImportFileError(f"the header line is not valid CSV: {err}") from None

    def rows() -> Iterator[list[Cell]]:
        try:
            yield from reader
        except csv.Error as err:
            raise ImportFileError(f"not valid CSV near line {reader.line_num}: {err}") from None

    return header, rows()


def _xlsx_rows(raw: bytes, name: str) -> tuple[list[Cell], Iterator[list[Cell]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise ImportFileError(f"{name}: not a readable .xlsx workbook ({err})") from None
    sheet = book.worksheets[0] if book.worksheets else None
    if sheet is None:
        raise ImportFileError(f"{name}: the workbook has no sheet")
    values = sheet.iter_rows(values_only=True)
    header: list[Cell] = list(next(values, ()))

    def rows() -> Iterator[list[Cell]]:
        try:
            for row in values:
                yield list(row)
        finally:
            book.close()

    return header, rows()


def _is_blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _table(name: str, encoding: str, header: list[Cell], rows: Iterator[list[Cell]]) -> Table:
    names = [str(h).strip() if h is not None else "" for h in header]
    while names and not names[-1]:
        names.pop()
    if not names:
        raise ImportFileError(f"{name}: the file is empty (no header row)")
    kept: list[Row] = []
    blank = 0
    for index, cells in enumerate(rows, start=2):
        while cells and _is_blank(cells[-1]):
            cells.pop()
        if not cells:
            blank += 1
            continue
        kept.append(Row(index, cells))
    return Table(name=name, encoding=encoding, header=names, rows=kept, blank_rows=blank)
