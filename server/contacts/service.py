"""Contacts (客户联系人) and the care calendar (客户关怀): who to call at an account, and when to greet whom."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from server.auth import audit
from server.auth.actor import Actor
from server.contacts.models import Contact, ContactPhone
from server.core.errors import DomainError, ErrorCode, FieldErrors
from server.core.phones import reversed_digits
from server.core.sql import dialect, fetch, in_list, row_date
from server.core.text import clean_email, clean_text, require_text
from server.core.time import hotel_day_start, hotel_today, utcnow
from server.customers.models import Customer, CustomerStatus
from server.customers.service import PhoneEntry, PhoneView, clean_phones, require_open_customer
from server.interactions.models import Interaction, InteractionPurpose

NAME_MAX = 64
TITLE_MAX = 64
NOTES_MAX = 2000
MAX_CARE_WINDOW = 366
_EARLIEST_BIRTHDAY = date(1900, 1, 1)
_UNSET: Any = object()


# ---------------------------------------------------------------- reads


async def contacts_of(ids: list[int]) -> dict[int, list[Contact]]:
    """The contacts on file (not archived) of these customers: the primary first, then by name."""
    grouped: dict[int, list[Contact]] = {i: [] for i in ids}
    if not ids:
        return grouped
    for contact in await Contact.filter(customer_id__in=ids, archived_at=None).order_by("-is_primary", "name", "id"):
        grouped.setdefault(contact.customer_id, []).append(contact)  # type: ignore[attr-defined]
    return grouped


async def contact_phones_of(ids: list[int]) -> dict[int, list[PhoneView]]:
    grouped: dict[int, list[PhoneView]] = {i: [] for i in ids}
    if not ids:
        return grouped
    rows = await fetch(
        f"SELECT contact_id, e164, label FROM contact_phones WHERE contact_id IN ({in_list(ids)}) "
        "ORDER BY contact_id, position, id",
        ids,
    )
    for r in rows:
        grouped.setdefault(r["contact_id"], []).append(PhoneView(r["e164"], r["label"]))
    return grouped


async def contacts_by_ids(ids: list[int]) -> dict[int, Contact]:
    if not ids:
        return {}
    return {c.id: c for c in await Contact.filter(id__in=ids)}


async def require_contact(contact_id: int, *, field: str = "id") -> Contact:
    contact = await Contact.get_or_none(id=contact_id)
    if contact is None:
        raise DomainError(ErrorCode.NOT_FOUND, f"联系人 {contact_id} 不存在", field=field)
    return contact


# ---------------------------------------------------------------- writes


@dataclass
class ContactData:
    name: str | None = None
    title: str | None = None
    phones: list[PhoneEntry] | None = None
    email: str | None = None
    birthday: date | None = None
    notes: str | None = None
    is_primary: bool | None = None
    provided: set[str] = field(default_factory=set)  # for updates: which fields were sent (null clears)


def _check_birthday(value: date | None, c: FieldErrors) -> date | None:
    if value is not None and (value > hotel_today() or value < _EARLIEST_BIRTHDAY):
        c.add(DomainError(ErrorCode.INVALID, f"生日 {value.isoformat()} 不合理", field="birthday"))
        return None
    return value


def _clean(data: ContactData, *, creating: bool) -> tuple[dict[str, Any], list[tuple[str, str | None]] | None]:
    c = FieldErrors()
    columns: dict[str, Any] = {}
    sent = data.provided if not creating else {"name", "title", "email", "birthday", "notes"}
    if creating or "name" in sent:
        columns["name"] = c.run(require_text, data.name, field="name", max_length=NAME_MAX, label="姓名")
    if "title" in sent:
        columns["title"] = c.run(clean_text, data.title, field="title", max_length=TITLE_MAX, label="职务")
    if "email" in sent:
        columns["email"] = c.run(clean_email, data.email, field="email")
    if "birthday" in sent:
        columns["birthday"] = _check_birthday(data.birthday, c)
    if "notes" in sent:
        columns["notes"] = c.run(
            clean_text, data.notes, field="notes", max_length=NOTES_MAX, label="备注", multiline=True
        )
    phones = None
    if data.phones is not None and (creating or "phones" in sent):
        phones = c.run(clean_phones, data.phones, prefix=["phones"])
    c.check()
    return columns, phones


async def _write_phones(contact_id: int, phones: list[tuple[str, str | None]]) -> None:
    await ContactPhone.filter(contact_id=contact_id).delete()
    if phones:
        await ContactPhone.bulk_create(
            [
                ContactPhone(
                    contact_id=contact_id, e164=e164, digits_reversed=reversed_digits(e164), label=label, position=i
                )
                for i, (e164, label) in enumerate(phones)
            ]
        )


async def _make_only_primary(contact: Contact) -> None:
    customer_id: int = contact.customer_id  # type: ignore[attr-defined]
    others = Contact.filter(customer_id=customer_id, is_primary=True).exclude(id=contact.id)
    await others.update(is_primary=False, updated_at=utcnow())


async def create_contact(*, actor: Actor, customer_id: int, data: ContactData) -> Contact:
    """A person at a customer; the first one (or one sent with isPrimary) becomes the primary contact."""
    columns, phones = _clean(data, creating=True)
    async with in_transaction():
        customer = await require_open_customer(customer_id)
        has_primary = await Contact.filter(customer_id=customer.id, archived_at=None, is_primary=True).exists()
        primary = bool(data.is_primary) or (not has_primary and data.is_primary is None)
        contact = await Contact.create(customer_id=customer.id, is_primary=primary, **columns)
        if primary:
            await _make_only_primary(contact)
        await _write_phones(contact.id, phones or [])
        await audit.record(
            actor, "contact.create", target_type="Contact", target_id=contact.id, details={"customerId": customer.id}
        )
    return contact


async def _open_contact(contact_id: int, expected_version: int | None) -> Contact:
    contact = await require_contact(contact_id)
    if contact.archived_at is not None:
        raise DomainError(ErrorCode.INVALID_STATE, "该联系人已归档", field="id")
    if expected_version is not None and contact.version != expected_version:
        raise DomainError(
            ErrorCode.CONFLICT,
            f"联系人已被他人修改（当前版本 {contact.version}），请刷新后重试",
            field="expectedVersion",
        )
    return contact


async def _bump(contact: Contact, fields_changed: list[str]) -> None:
    # The version moves only if nobody else moved it meanwhile (optimistic concurrency).
    updated = await Contact.filter(id=contact.id, version=contact.version).update(
        **{f: getattr(contact, f) for f in fields_changed}, version=contact.version + 1, updated_at=utcnow()
    )
    if not updated:
        raise DomainError(ErrorCode.CONFLICT, "联系人已被他人修改，请刷新后重试", field="expectedVersion")
    contact.version += 1


async def update_contact(*, actor: Actor, contact_id: int, expected_version: int, data: ContactData) -> Contact:
    """Changes the fields sent; phones, when sent, replace the list."""
    columns, phones = _clean(data, creating=False)
    async with in_transaction():
        contact = await _open_contact(contact_id, expected_version)
        for name, value in columns.items():
            setattr(contact, name, value)
        await _bump(contact, list(columns))
        if phones is not None:
            await _write_phones(contact.id, phones)
        if data.is_primary:
            contact.is_primary = True
            await Contact.filter(id=contact.id).update(is_primary=True)
            await _make_only_primary(contact)
        await audit.record(
            actor,
            "contact.update",
            target_type="Contact",
            target_id=contact.id,
            details={"fields": sorted([*columns, *(["phones"] if phones is not None else [])])},
        )
    return await require_contact(contact.id)


async def archive_contact(*, actor: Actor, contact_id: int) -> Contact:
    """Takes a contact off the account (left the company); kept in the archive, never deleted."""
    async with in_transaction():
        contact = await _open_contact(contact_id, None)
        contact.archived_at = utcnow()
        contact.is_primary = False
        await _bump(contact, ["archived_at", "is_primary"])
        await audit.record(actor, "contact.archive", target_type="Contact", target_id=contact.id)
    return await require_contact(contact.id)


async def set_primary_contact(*, actor: Actor, contact_id: int) -> Contact:
    """This contact becomes the account's one primary contact."""
    async with in_transaction():
        contact = await _open_contact(contact_id, None)
        if not contact.is_primary:
            contact.is_primary = True
            await _bump(contact, ["is_primary"])
        await _make_only_primary(contact)
        await audit.record(actor, "contact.set_primary", target_type="Contact", target_id=contact.id)
    return await require_contact(contact.id)


# ---------------------------------------------------------------- care calendar


@dataclass
class CareEvent:
    on: date
    kind: str  # BIRTHDAY (guest), CONTACT_BIRTHDAY, or the key date's own kind
    title: str
    customer: Customer
    contact: Contact | None = None
    years: int | None = None  # age, or years since the key date


def celebrated_in(year: int, day: date) -> date:
    """The day a date is celebrated in a year: 29 Feb falls on 28 Feb in a common year."""
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return day.replace(year=year)


def care_window(today: date, within_days: int) -> dict[str, date]:
    """'MM-DD' -> the day in the window it is celebrated on (today … today+N)."""
    wanted: dict[str, date] = {}
    for n in range(within_days + 1):
        day = today + timedelta(days=n)
        wanted.setdefault(f"{day.month:02d}-{day.day:02d}", day)
        if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
            wanted.setdefault("02-29", day)
    return wanted


def month_day(column: str) -> str:
    """SQL for a date column's 'MM-DD' (the keys of care_window), on either database."""
    return f"to_char({column}, 'MM-DD')" if dialect() == "postgres" else f"strftime('%m-%d', {column})"


async def care_calendar(*, within_days: int) -> list[CareEvent]:
    """Birthdays of guests and of contacts and customers' key dates from today to today+N (hotel time)."""
    if within_days < 0 or within_days > MAX_CARE_WINDOW:
        raise DomainError(ErrorCode.INVALID, f"天数应在 0 到 {MAX_CARE_WINDOW} 之间", field="withinDays")
    wanted = care_window(hotel_today(), within_days)
    keys = list(wanted)
    live = [CustomerStatus.ACTIVE.value, CustomerStatus.PROSPECT.value, CustomerStatus.DORMANT.value]
    guest_rows = await fetch(
        f"SELECT id FROM customers WHERE birthday IS NOT NULL AND {month_day('birthday')} IN ({in_list(keys)}) "
        f"AND status IN ({in_list(live)})",
        [*keys, *live],
    )
    contact_rows = await fetch(
        f"SELECT c.id, c.customer_id FROM contacts c JOIN customers cu ON cu.id = c.customer_id "
        f"WHERE c.archived_at IS NULL AND c.birthday IS NOT NULL AND {month_day('c.birthday')} IN ({in_list(keys)}) "
        f"AND cu.status IN ({in_list(live)})",
        [*keys, *live],
    )
    key_rows = await fetch(
        f"SELECT k.customer_id, k.kind, k.date, k.note FROM customer_key_dates k "
        f"JOIN customers cu ON cu.id = k.customer_id "
        f"WHERE k.archived_at IS NULL AND {month_day('k.date')} IN ({in_list(keys)}) "
        f"AND cu.status IN ({in_list(live)})",
        [*keys, *live],
    )
    customer_ids = {r["id"] for r in guest_rows} | {r["customer_id"] for r in contact_rows + key_rows}
    people = {c.id: c for c in await Customer.filter(id__in=list(customer_ids))} if customer_ids else {}
    contacts = await contacts_by_ids([r["id"] for r in contact_rows])
    events: list[CareEvent] = []
    for r in guest_rows:
        guest = people[r["id"]]
        assert guest.birthday is not None
        on = wanted[guest.birthday.strftime("%m-%d")]
        events.append(CareEvent(on, "BIRTHDAY", f"{guest.name} 生日", guest, None, on.year - guest.birthday.year))
    for r in contact_rows:
        contact = contacts[r["id"]]
        assert contact.birthday is not None
        on = wanted[contact.birthday.strftime("%m-%d")]
        account = people[r["customer_id"]]
        events.append(
            CareEvent(
                on,
                "CONTACT_BIRTHDAY",
                f"{contact.name}（{account.name}）生日",
                account,
                contact,
                on.year - contact.birthday.year,
            )
        )
    for r in key_rows:
        day = row_date(r["date"])
        on = wanted[day.strftime("%m-%d")]
        account = people[r["customer_id"]]
        label = f"{account.name} {r['kind']}" + (f"（{r['note']}）" if r["note"] else "")
        events.append(CareEvent(on, str(r["kind"]), label, account, None, on.year - day.year))
    events.sort(key=lambda e: (e.on, e.kind != "BIRTHDAY", e.title, e.customer.id, e.contact.id if e.contact else 0))
    return events


async def greeted_this_year(customer_ids: list[int]) -> set[int]:
    """Customers with a GREETING interaction logged since 1 January (hotel time)."""
    if not customer_ids:
        return set()
    since = hotel_day_start(date(hotel_today().year, 1, 1))
    rows = await Interaction.filter(
        purpose=InteractionPurpose.GREETING, customer_id__in=customer_ids, occurred_at__gte=since
    ).values_list("customer_id", flat=True)
    return {int(str(r)) for r in rows if r is not None}
