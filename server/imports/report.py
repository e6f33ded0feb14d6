"""What an import did: counts, warnings and rejections by row, and the --report CSV."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal


@dataclass(frozen=True)
class Issue:
    """A warning on an imported row, or the reason a row was rejected."""

    row: int
    reason: str  # a stable code, e.g. NEGATIVE_RATE, BAD_DATE
    message: str
    column: str | None = None


class RowRejected(Exception):
    """A row that cannot be interpreted; it is left out and reported with its reason."""

    def __init__(self, reason: str, message: str, *, column: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.column = column


@dataclass
class ImportReport:
    kind: Literal["stays", "customers"]
    file: str
    layout: str
    encoding: str
    rows: int = 0  # non-blank data rows in the file
    created: int = 0
    updated: int = 0
    duplicates: int = 0  # already in the database (or earlier in the file) with nothing new
    warnings: list[Issue] = field(default_factory=list)
    rejected: list[Issue] = field(default_factory=list)
    blank_rows: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def imported(self) -> int:
        return self.created + self.updated + self.duplicates

    def warning_counts(self) -> Counter[str]:
        return Counter(w.reason for w in self.warnings)

    def rejection_counts(self) -> Counter[str]:
        return Counter(r.reason for r in self.rejected)

    def counts(self) -> dict[str, Any]:
        """The figures as the audit row keeps them."""
        return {
            "file": self.file,
            "layout": self.layout,
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "duplicates": self.duplicates,
            "rejected": len(self.rejected),
            "warnings": len(self.warnings),
            "warningsByReason": dict(sorted(self.warning_counts().items())),
            "rejectedByReason": dict(sorted(self.rejection_counts().items())),
        }


def write_report_csv(report: ImportReport, target: Path) -> None:
    """Every warning and rejection, one per line, ordered by row (UTF-8 with BOM so Excel shows Chinese)."""
    issues = [("rejected", i) for i in report.rejected] + [("warning", i) for i in report.warnings]
    issues.sort(key=lambda pair: (pair[1].row, pair[0] != "rejected"))
    with target.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["row", "outcome", "reason", "column", "message"])
        for outcome, issue in issues:
            writer.writerow([issue.row, outcome, issue.reason, issue.column or "", issue.message])


def summary_lines(report: ImportReport, *, examples: int = 3, max_rejected: int = 50) -> list[str]:
    """The final report on the terminal."""
    lines = [
        f"{report.file}: {report.layout} layout, {report.encoding}",
        f"rows read   {report.rows:>9,}"
        + (f"  ({report.blank_rows:,} blank rows skipped)" if report.blank_rows else ""),
        f"created     {report.created:>9,}",
        f"updated     {report.updated:>9,}",
        f"duplicates  {report.duplicates:>9,}  (already imported, nothing new)",
        f"rejected    {len(report.rejected):>9,}",
        f"warnings    {len(report.warnings):>9,}  (on imported rows)",
    ]
    if report.ignored_columns:
        lines.append(f"columns ignored: {', '.join(report.ignored_columns)}")
    counts = report.warning_counts()
    for reason, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"  warning {reason}: {count:,}")
        for issue in [w for w in report.warnings if w.reason == reason][:examples]:
            lines.append(f"    row {issue.row}: {issue.message}")
    for issue in report.rejected[:max_rejected]:
        lines.append(f"  rejected row {issue.row}: [{issue.reason}] {issue.message}")
    if len(report.rejected) > max_rejected:
        lines.append(f"  … {len(report.rejected) - max_rejected:,} more rejected rows (see --report)")
    lines.append(f"{report.seconds:.1f} s")
    return lines
