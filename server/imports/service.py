"""Imports of stays and customer profiles from files (SPEC §4.1 `hotel-crm import`).

Rows are read and checked in Python, then written in batches, one transaction per batch
with one bulk INSERT: a crash leaves whole batches committed, and a rerun skips what is
already there (every stay carries a unique source_ref), so it completes the file.
"""

from __future__ import annotations

import operator
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from server.auth import audit
from server.auth.actor import Actor
from server.core.errors import DomainError, ValidationErrors
from server.core.phones import parse_phone
from server.core.sql import fetch, in_list, placeholders, row_date
from server.core.time import utcnow
from server.customers import service as customers
from server.customers.models import Customer, CustomerKind, CustomerPhone, CustomerStatus
from server.imports.cells import Columns, RowReader
from server.imports.customers import new_customer, recognise_customer_columns
from server.imports.files import Table, read_table
from server.imports.report import ImportReport, Issue, RowRejected
from server.imports.stays import OWN, MappedStay, StayMapper, recognise_layout
from server.stays.models import StayStatus
from server.stays.service import recognise_guest

# Rows per transaction: large enough for bulk speed, small enough that a crash loses little work
# and that the IN (...) lists stay far below both databases' parameter limits.
BATCH_SIZE = 2_000

Progress = Callable[[int, int], None]

_STAY_COLUMNS = (
    "customer_id", "property", "arrival", "departure", "room_nights", "room_type", "nightly_rate",
    "room_revenue", "channel", "market_segment", "customer_type", "country", "adults", "children",
    "purpose", "payment_method", "status",
)  # fmt: skip
# Every column but the status (an enum, written as its value) in _STAY_COLUMNS order.
_stay_values = operator.itemgetter(*_STAY_COLUMNS[:-1])
_INSERT_STAYS = f"INSERT INTO stays ({', '.join(_STAY_COLUMNS)}, source_ref, created_at) VALUES "
_STAY_ROW = f"({in_list([*_STAY_COLUMNS, 'source_ref', 'created_at'])})"
# Rows per INSERT statement. On PostgreSQL the summary triggers (migrations 0013, 0014) run once per
# statement, so many rows per statement cost one upsert pass instead of one per row; 500 rows of 19
# values stay far below both databases' limit of 32,766 parameters.
ROWS_PER_INSERT = 500


# ---------------------------------------------------------------- stays


async def import_stays(
    *, actor: Actor, path: Path, progress: Progress | None = None, batch_size: int = BATCH_SIZE
) -> ImportReport:
    """Imports a PMS booking export or our own stay columns; ImportFileError if the file cannot be read."""
    started = time.perf_counter()
    table = read_table(path)
    layout = recognise_layout(table)
    report = _new_report("stays", table, layout.name, layout.columns)
    mapper = StayMapper(layout)
    # Our own layout's references seen earlier in this file: reference -> (row, content).
    earlier: dict[str, tuple[int, tuple[Any, ...]]] = {}
    total = len(table.rows)
    for start in range(0, total, batch_size):
        mapped: list[MappedStay] = []
        for row in table.rows[start : start + batch_size]:
            try:
                mapped.append(mapper.map(row.number, row.cells))
            except RowRejected as err:
                report.rejected.append(Issue(row.number, err.reason, err.message, err.column))
        if layout.name == OWN:
            await _link_customers(mapped)
        fresh: list[MappedStay] = []
        for stay in mapped:
            if stay.by_reference:
                content = _comparable(stay.columns)
                seen = earlier.get(stay.source_ref)
                if seen is not None:
                    if seen[1] == content:
                        report.warnings.extend(stay.warnings)
                        report.duplicates += 1
                    else:
                        report.rejected.append(
                            Issue(
                                stay.row,
                                "REFERENCE_REPEATED",
                                f"reference {stay.source_ref[len(OWN) + 1 :]!r} is on row {seen[0]} already, "
                                "with other values",
                                "reference",
                            )
                        )
                    continue
                earlier[stay.source_ref] = (stay.row, content)
            report.warnings.extend(stay.warnings)
            fresh.append(stay)
        await _write_stays(fresh, report)
        if progress is not None:
            progress(min(start + batch_size, total), total)
    report.warnings.sort(key=lambda issue: issue.row)
    report.rejected.sort(key=lambda issue: issue.row)
    await _finish(actor, report, started)
    return report


def _new_report(kind: Literal["stays", "customers"], table: Table, layout: str, columns: Columns) -> ImportReport:
    return ImportReport(
        kind=kind,
        file=table.name,
        layout=layout,
        encoding=table.encoding,
        rows=len(table.rows),
        blank_rows=table.blank_rows,
        ignored_columns=columns.ignored,
    )


async def _finish(actor: Actor, report: ImportReport, started: float) -> None:
    """The run's time, and its audit row (import.stays / import.customers) with the counts."""
    report.seconds = time.perf_counter() - started
    await audit.record(
        actor, f"import.{report.kind}", target_type="File", target_id=report.file[:64], details=report.counts()
    )


# What makes a stay of our own layout "changed" on re-import (the customer is compared on its own).
_comparable: Callable[[dict[str, Any]], tuple[Any, ...]] = operator.itemgetter(*_STAY_COLUMNS[1:])


def _stored(row: dict[str, Any]) -> tuple[Any, ...]:
    values = dict(row)
    values["arrival"] = row_date(row["arrival"])
    values["departure"] = row_date(row["departure"])
    values["status"] = StayStatus(row["status"])
    return _comparable(values)


async def _write_stays(batch: list[MappedStay], report: ImportReport) -> None:
    if not batch:
        return
    try:
        async with in_transaction() as tx:
            await _write_stay_batch(tx, batch, report)
    except IntegrityError:
        # Another import wrote some of these meanwhile, or the database refused a row:
        # row by row, so that one row's refusal does not cost the others.
        for stay in batch:
            try:
                async with in_transaction() as tx:
                    await _write_stay_batch(tx, [stay], report)
            except IntegrityError as err:
                if await fetch("SELECT 1 FROM stays WHERE source_ref = ?", [stay.source_ref]):
                    report.duplicates += 1
                else:
                    report.rejected.append(Issue(stay.row, "DATABASE_REFUSED", f"the database refused the row: {err}"))


async def _write_stay_batch(tx: Any, batch: list[MappedStay], report: ImportReport) -> None:
    """Inserts the new stays of one batch and updates changed ones of our own references; counts them."""
    refs = [stay.source_ref for stay in batch]
    # A content-hash reference already stored is the same row by definition; only our own references
    # (a booking number whose values may have changed) need the stored values to compare.
    by_reference = any(stay.by_reference for stay in batch)
    selected = f"id, source_ref, {', '.join(_STAY_COLUMNS)}" if by_reference else "source_ref"
    rows = await fetch(f"SELECT {selected} FROM stays WHERE source_ref IN ({in_list(refs)})", refs)
    existing = {row["source_ref"]: row for row in rows}
    now = utcnow()
    inserts: list[list[Any]] = []
    created = updated = duplicates = 0
    for stay in batch:
        row = existing.get(stay.source_ref)
        if row is None:
            values = stay.columns
            values.setdefault("customer_id", None)
            inserts.append([*_stay_values(values), values["status"].value, stay.source_ref, now])
            created += 1
            continue
        if not stay.by_reference:
            duplicates += 1
            continue
        customer_id = stay.columns.get("customer_id") or row["customer_id"]
        if _stored(row) == _comparable(stay.columns) and customer_id == row["customer_id"]:
            duplicates += 1
            continue
        changes = {name: stay.columns.get(name) for name in _STAY_COLUMNS}
        changes["customer_id"] = customer_id
        changes["status"] = stay.columns["status"].value
        await fetch(
            f"UPDATE stays SET {', '.join(f'{name} = ?' for name in changes)} WHERE id = ?",
            [*changes.values(), row["id"]],
        )
        updated += 1
    for start in range(0, len(inserts), ROWS_PER_INSERT):
        rows_now = inserts[start : start + ROWS_PER_INSERT]
        statement = _INSERT_STAYS + ", ".join([_STAY_ROW] * len(rows_now))
        await tx.execute_query(placeholders(statement), [value for row in rows_now for value in row])
    report.created += created
    report.updated += updated
    report.duplicates += duplicates


async def _link_customers(batch: Sequence[MappedStay]) -> None:
    """Our own layout names the guest by customer number or by phone (and name): linked when unambiguous."""
    hinted = [stay for stay in batch if stay.customer is not None]
    if not hinted:
        return
    ids = sorted({s.customer.customer_id for s in hinted if s.customer and s.customer.customer_id is not None})
    by_id: dict[int, int] = {}
    if ids:
        for row in await fetch(f"SELECT id, status, merged_into_id FROM customers WHERE id IN ({in_list(ids)})", ids):
            merged = row["status"] == "MERGED" and row["merged_into_id"] is not None
            by_id[row["id"]] = row["merged_into_id"] if merged else row["id"]
    phones = {s.customer.phone: parse_phone(s.customer.phone) for s in hinted if s.customer and s.customer.phone}
    numbers = sorted({e164 for e164 in phones.values() if e164})
    owners: dict[str, list[tuple[int, str]]] = {}
    if numbers:
        rows = await fetch(
            "SELECT p.e164, c.id, c.name FROM customer_phones p JOIN customers c ON c.id = p.customer_id "
            f"WHERE p.e164 IN ({in_list(numbers)}) AND c.status != ? ORDER BY c.id",
            [*numbers, "MERGED"],
        )
        for row in rows:
            owners.setdefault(row["e164"], []).append((row["id"], row["name"]))
    for stay in hinted:
        hint = stay.customer
        assert hint is not None
        if hint.customer_id is not None:
            if hint.customer_id in by_id:
                stay.columns["customer_id"] = by_id[hint.customer_id]
            else:
                stay.warnings.append(
                    Issue(stay.row, "CUSTOMER_NOT_FOUND", f"no customer {hint.customer_id}: not linked", "customer_id")
                )
            continue
        assert hint.phone is not None
        e164 = phones.get(hint.phone)
        if e164 is None:
            stay.warnings.append(
                Issue(
                    stay.row, "CUSTOMER_NOT_FOUND", f"phone {hint.phone!r} is not a phone number: not linked", "phone"
                )
            )
            continue
        candidates = [cid for cid, name in owners.get(e164, []) if hint.name is None or name == hint.name]
        if len(candidates) == 1:
            stay.columns["customer_id"] = candidates[0]
        elif not candidates:
            who = f"{hint.name} " if hint.name else ""
            stay.warnings.append(
                Issue(stay.row, "CUSTOMER_NOT_FOUND", f"no customer {who}with phone {e164}: not linked", "phone")
            )
        else:
            stay.warnings.append(
                Issue(
                    stay.row,
                    "CUSTOMER_AMBIGUOUS",
                    f"{len(candidates)} customers have phone {e164}; add the name or customer number: not linked",
                    "phone",
                )
            )


# ---------------------------------------------------------------- customers


async def import_customers(*, actor: Actor, path: Path, progress: Progress | None = None) -> ImportReport:
    """Customer profiles through the customers service's own cleaning and validation.

    A row naming a customer we know (same ID number; else same phone and name; else same
    e-mail and name; a company by its exact name) only fills what that record lacks; one
    transaction per row, so a re-import, or a rerun after a crash, finds every earlier row.
    """
    started = time.perf_counter()
    table = read_table(path)
    columns = recognise_customer_columns(table)
    report = _new_report("customers", table, "own", columns)
    total = len(table.rows)
    for done, row in enumerate(table.rows, start=1):
        reader = RowReader(row.number, row.cells, columns)
        try:
            outcome = await _import_customer(actor, reader, table.name)
        except RowRejected as err:
            report.rejected.append(Issue(row.number, err.reason, err.message, err.column))
        else:
            report.warnings.extend(reader.warnings)
            if outcome == "created":
                report.created += 1
            elif outcome == "updated":
                report.updated += 1
            else:
                report.duplicates += 1
        if progress is not None and (done % 100 == 0 or done == total):
            progress(done, total)
    await _finish(actor, report, started)
    return report


async def _import_customer(actor: Actor, reader: RowReader, file_name: str) -> str:
    """created, updated or duplicate; RowRejected with the service's reasons when the row is invalid."""
    data = new_customer(reader)
    try:
        clean = customers.clean_new_customer(data)
    except DomainError as err:
        raise _refused(reader, [err]) from None
    except ValidationErrors as errs:
        raise _refused(reader, errs.errors) from None
    if clean.kind is CustomerKind.INDIVIDUAL and not (clean.phones or clean.id_number or clean.columns["email"]):
        raise RowRejected(
            "REQUIRED", "an individual needs a phone, an ID number or an e-mail to be recognised on a later import"
        )
    async with in_transaction():
        existing = await _recognise_customer(clean)
        if existing is None:
            try:
                customer = await customers.insert_customer(actor=actor, clean=clean, status=CustomerStatus.ACTIVE)
            except DomainError as err:
                raise _refused(reader, [err]) from None
            await audit.record(
                actor, "customer.import", target_type="Customer", target_id=customer.id, details={"file": file_name}
            )
            return "created"
        filled = customers.blanks_filled(existing, clean)
        known = await customers.known_phones(existing.id)
        new_phones = [(e164, label) for e164, label in clean.phones if e164 not in known]
        new_phones = new_phones[: max(0, customers.MAX_PHONES - len(known))]
        kept = _kept_fields(existing, clean, filled)
        if kept:
            reader.warn("KEPT_EXISTING", f"customer {existing.id} keeps its {', '.join(kept)} (not overwritten)")
        if not filled and not new_phones:
            return "duplicate"
        await Customer.filter(id=existing.id).update(**filled, version=existing.version + 1, updated_at=utcnow())
        if new_phones:
            await CustomerPhone.bulk_create(
                [
                    CustomerPhone(**customers.phone_row(existing.id, e164, label, len(known) + i))
                    for i, (e164, label) in enumerate(new_phones)
                ]
            )
        await audit.record(
            actor,
            "customer.import_fill",
            target_type="Customer",
            target_id=existing.id,
            details={"file": file_name, "fields": sorted(filled) + (["phones"] if new_phones else [])},
        )
        return "updated"


def _refused(reader: RowReader, errors: list[DomainError]) -> RowRejected:
    """The customers service's refusal, its field paths (phones.0.number, idNumber) named as the file's columns."""
    columns = []
    for err in errors:
        api_name = (err.field or [""])[0]
        field = re.sub(r"(?<!^)(?=[A-Z])", "_", api_name).lower()
        field = "phone" if field == "phones" else field
        columns.append(reader.column(field) if field in reader.columns else None)
    messages = [
        f"{column}: {err.message}" if column else err.message for column, err in zip(columns, errors, strict=True)
    ]
    return RowRejected(errors[0].code.value, "; ".join(messages), column=columns[0])


async def _recognise_customer(clean: customers.CleanCustomer) -> Customer | None:
    """The customer this row is about: as a returning guest is recognised, or by e-mail and name;
    a company by its exact name."""
    if clean.kind is CustomerKind.CORPORATE:
        return (
            await Customer.filter(kind=CustomerKind.CORPORATE, name=clean.columns["name"])
            .exclude(status=CustomerStatus.MERGED)
            .order_by("id")
            .first()
        )
    found = await recognise_guest(clean)
    if found is not None or clean.columns["email"] is None:
        return found
    for candidate in await Customer.filter(
        kind=CustomerKind.INDIVIDUAL, email=clean.columns["email"], name=clean.columns["name"]
    ).exclude(status=CustomerStatus.MERGED):
        if candidate.id_number_hash and clean.id_number and candidate.id_number_hash != clean.columns["id_number_hash"]:
            continue  # another document: another person with the same name and e-mail
        return candidate
    return None


_SHOWN = {"email": "e-mail", "gender": "gender", "birthday": "birthday", "address": "address",
          "employer": "employer", "industry": "industry", "region": "region", "channel": "channel",
          "name_en": "English name"}  # fmt: skip


def _kept_fields(existing: Customer, clean: customers.CleanCustomer, filled: dict[str, Any]) -> list[str]:
    """Fields where the file says something else than the record holds (the record wins)."""
    kept = [
        shown
        for name, shown in _SHOWN.items()
        if name not in filled
        and clean.columns.get(name) not in (None, "")
        and getattr(existing, name) not in (None, "")
        and getattr(existing, name) != clean.columns[name]
    ]
    if (
        clean.id_number is not None
        and existing.id_number_hash
        and existing.id_number_hash != clean.columns["id_number_hash"]
    ):
        kept.append("ID number")
    return kept
