"""Stays, guest registration (入住登记) and customer performance."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from server.auth import audit, idempotency
from server.auth.actor import Actor
from server.core.errors import DomainError, ErrorCode, FieldErrors
from server.core.idcards import Gender, IdDocumentType
from server.core.money import Fen, divide_half_up, require_fen
from server.core.sql import fetch, in_list, row_date
from server.core.text import clean_text, require_text
from server.core.time import hotel_today, utcnow
from server.customers import service as customers
from server.customers.models import Customer, CustomerKind, CustomerPhone, CustomerStatus
from server.settings import get_settings
from server.stays.models import Stay, StayStatus

MAX_STAY_NIGHTS = 365
# Stays that did not happen count in no performance figure.
NOT_STAYED = ("CANCELLED", "NO_SHOW")


@dataclass
class GuestData:
    name: str
    phone: str
    id_document_type: IdDocumentType
    id_number: str
    name_en: str | None = None
    gender: Gender | None = None
    birthday: date | None = None
    email: str | None = None
    nationality: str | None = None
    address: str | None = None
    employer: str | None = None


@dataclass
class StayData:
    arrival: date
    departure: date
    room_type: str
    nightly_rate: Fen
    channel: str | None = None
    purpose: str | None = None
    payment_method: str | None = None


@dataclass
class Registration:
    guest: GuestData
    stay: StayData
    idempotency_key: str | None = None
    customer_id: int | None = None  # the profile the clerk chose from the duplicate suggestions


@dataclass(frozen=True)
class RegistrationResult:
    customer: Customer
    stay: Stay
    created: bool


@dataclass
class _CleanStay:
    columns: dict[str, Any] = field(default_factory=dict)


def status_on(arrival: date, departure: date, today: date) -> StayStatus:
    """A stay's status as its dates say on `today`: RESERVED before arrival, CHECKED_OUT after
    departure, IN_HOUSE between (registration, and imported stays that give no status)."""
    if arrival > today:
        return StayStatus.RESERVED
    if departure < today:
        return StayStatus.CHECKED_OUT
    return StayStatus.IN_HOUSE


def clean_stay(data: StayData, *, prefix: list[str]) -> _CleanStay:
    c = FieldErrors(prefix)
    room_type = c.run(require_text, data.room_type, field=c.path("roomType"), max_length=32, label="房型")
    rate = c.run(require_fen, data.nightly_rate, field=c.path("nightlyRate"))
    channel = c.run(clean_text, data.channel, field=c.path("channel"), max_length=64, label="渠道")
    purpose = c.run(clean_text, data.purpose, field=c.path("purpose"), max_length=64, label="来访目的")
    payment = c.run(clean_text, data.payment_method, field=c.path("paymentMethod"), max_length=64, label="付款方式")
    nights = (data.departure - data.arrival).days
    if nights <= 0:
        c.add(DomainError(ErrorCode.INVALID, "离店日期必须晚于入住日期", field=c.path("departure")))
    elif nights > MAX_STAY_NIGHTS:
        c.add(DomainError(ErrorCode.INVALID, f"一次入住最长 {MAX_STAY_NIGHTS} 晚", field=c.path("departure")))
    c.check()
    assert rate is not None
    status = status_on(data.arrival, data.departure, hotel_today())
    return _CleanStay(
        columns={
            "property": get_settings().property_name,
            "arrival": data.arrival,
            "departure": data.departure,
            "room_nights": nights,
            "room_type": room_type,
            "nightly_rate": rate,
            "room_revenue": nights * rate,
            "channel": channel,
            "purpose": purpose,
            "payment_method": payment,
            "status": status,
        }
    )


def _guest_as_customer(guest: GuestData) -> customers.NewCustomer:
    return customers.NewCustomer(
        kind=CustomerKind.INDIVIDUAL,
        name=guest.name,
        name_en=guest.name_en,
        phones=[customers.PhoneEntry(guest.phone, "手机")] if guest.phone else [],
        email=guest.email,
        gender=guest.gender,
        birthday=guest.birthday,
        id_document_type=guest.id_document_type,
        id_number=guest.id_number,
        nationality=guest.nationality,
        address=guest.address,
        employer=guest.employer,
    )


def _clean_registration(reg: Registration) -> tuple[customers.CleanCustomer, _CleanStay]:
    c = FieldErrors()
    if not (reg.guest.phone or "").strip():
        c.add(DomainError(ErrorCode.REQUIRED, "请填写联系电话", field=["guest", "phone"]))
    if not (reg.guest.id_number or "").strip():
        c.add(DomainError(ErrorCode.REQUIRED, "请填写证件号码", field=["guest", "idNumber"]))
    clean_guest = c.run(customers.clean_new_customer, _guest_as_customer(reg.guest), prefix=["guest"])
    clean_stay_result = c.run(clean_stay, reg.stay, prefix=["stay"])
    # Phone errors come back as guest.phones.0.number; the form's field is guest.phone.
    unique = FieldErrors()
    for error in c.errors:
        if error.field and error.field[:2] == ["guest", "phones"]:
            error.field = ["guest", "phone"]
        if not any(e.field == error.field and e.code == error.code for e in unique.errors):
            unique.add(error)
    unique.check()
    assert clean_guest is not None
    assert clean_stay_result is not None
    return clean_guest, clean_stay_result


async def recognise_guest(clean: customers.CleanCustomer) -> Customer | None:
    """A returning guest: same document; else same phone and same name without a conflicting ID."""
    if clean.id_number is not None:
        owner = await customers.id_number_owner(clean.id_number)
        if owner is not None:
            return owner
    name = clean.columns["name"]
    doc_type = clean.columns["id_document_type"]
    for e164, _ in clean.phones:
        rows = await CustomerPhone.filter(e164=e164).values_list("customer_id", flat=True)
        for candidate in await Customer.filter(id__in=list(rows)).order_by("-updated_at"):
            if candidate.status is CustomerStatus.MERGED or candidate.kind is not CustomerKind.INDIVIDUAL:
                continue
            if candidate.name != name:
                continue
            # Same document type with another number: another person sharing the phone.
            if candidate.id_number_hash and candidate.id_document_type is doc_type:
                continue
            return candidate
    return None


async def _enrich(customer: Customer, clean: customers.CleanCustomer, actor: Actor) -> None:
    """Fills what the profile lacks from the registration; never overwrites what it holds."""
    columns: dict[str, Any] = {}
    for name in ("name_en", "name_en_key", "email", "gender", "birthday", "nationality", "address",
                 "employer", "employer_key"):  # fmt: skip
        if getattr(customer, name) in (None, "") and clean.columns.get(name) not in (None, ""):
            columns[name] = clean.columns[name]
    if clean.id_number is not None:
        if not customer.id_number_hash:
            columns.update({name: clean.columns[name] for name in customers.ID_NUMBER_COLUMNS})
        elif customer.id_number_hash != clean.columns["id_number_hash"] and (
            customer.id_document_type is clean.columns["id_document_type"]
        ):
            raise DomainError(
                ErrorCode.CONFLICT,
                f"所选档案（{customer.name}）登记的证件号码与本次不同，请核对或新建档案",
                field=["guest", "idNumber"],
            )
    if customer.status in (CustomerStatus.PROSPECT, CustomerStatus.DORMANT, CustomerStatus.LOST):
        columns["status"] = CustomerStatus.ACTIVE
    if columns:
        await Customer.filter(id=customer.id).update(**columns, version=customer.version + 1, updated_at=utcnow())
    known = await customers.known_phones(customer.id)
    new_phones = [(e164, label) for e164, label in clean.phones if e164 not in known]
    if new_phones:
        await CustomerPhone.bulk_create(
            [
                CustomerPhone(**customers.phone_row(customer.id, e164, label, len(known) + i))
                for i, (e164, label) in enumerate(new_phones)
            ]
        )
        if not columns:
            await Customer.filter(id=customer.id).update(version=customer.version + 1, updated_at=utcnow())


def _registration_fingerprint(reg: Registration) -> str:
    def plain(obj: Any) -> dict[str, Any]:
        out = {}
        for k, v in vars(obj).items():
            out[k] = v.isoformat() if isinstance(v, date) else getattr(v, "value", v)
        return out

    return idempotency.fingerprint({"guest": plain(reg.guest), "stay": plain(reg.stay), "customerId": reg.customer_id})


async def register_guest(*, actor: Actor, registration: Registration) -> RegistrationResult:
    """Check-in of an arriving guest: recognise or create the profile, then the stay. All or nothing."""
    key = idempotency.clean_key(registration.idempotency_key)
    clean_guest, stay = _clean_registration(registration)
    fp = _registration_fingerprint(registration)

    async def write() -> tuple[RegistrationResult, dict[str, Any]]:
        if registration.customer_id is not None:
            customer: Customer | None = await customers.get_customer(registration.customer_id)
            if customer is None:
                raise DomainError(ErrorCode.NOT_FOUND, "所选客户档案不存在", field="customerId")
            if customer.kind is not CustomerKind.INDIVIDUAL:
                raise DomainError(ErrorCode.INVALID, "入住登记只能关联个人客户", field="customerId")
            if clean_guest.id_number is not None:
                other = await customers.id_number_owner(clean_guest.id_number, exclude=customer.id)
                if other is not None:
                    raise DomainError(
                        ErrorCode.CONFLICT,
                        f"该证件号码属于另一位客户（{other.name}，编号 {other.id}）",
                        field=["guest", "idNumber"],
                    )
        else:
            customer = await recognise_guest(clean_guest)
        created = customer is None
        if customer is None:
            customer = await customers.insert_customer(actor=actor, clean=clean_guest, status=CustomerStatus.ACTIVE)
        else:
            await _enrich(customer, clean_guest, actor)
        new_stay = await Stay.create(customer_id=customer.id, **stay.columns)
        await audit.record(
            actor,
            "stay.register_guest",
            target_type="Customer",
            target_id=customer.id,
            details={"stayId": new_stay.id, "created": created},
        )
        registered = RegistrationResult(await Customer.get(id=customer.id), new_stay, created)
        return registered, {"customer_id": customer.id, "stay_id": new_stay.id, "created": created}

    return await idempotency.once("registerGuest", key, actor, fp, write=write, replayed=_replayed)


async def _replayed(previous: dict[str, Any]) -> RegistrationResult:
    customer = await customers.get_customer(int(previous["customer_id"]))
    stay = await Stay.get(id=int(previous["stay_id"]))
    assert customer is not None
    return RegistrationResult(customer, stay, bool(previous["created"]))


# ---------------------------------------------------------------- reads for the card


@dataclass(frozen=True)
class StayView:
    id: int
    customer_id: int | None
    property: str
    arrival: date
    departure: date
    room_nights: int
    room_type: str
    nightly_rate: Fen
    room_revenue: Fen
    status: StayStatus
    channel: str | None
    purpose: str | None


_STAY_COLUMNS = (
    "id, customer_id, property, arrival, departure, room_nights, room_type, nightly_rate, "
    "room_revenue, status, channel, purpose"
)


def _stay_view(row: dict[str, Any]) -> StayView:
    return StayView(
        id=row["id"],
        customer_id=row["customer_id"],
        property=row["property"],
        arrival=row_date(row["arrival"]),
        departure=row_date(row["departure"]),
        room_nights=row["room_nights"],
        room_type=row["room_type"],
        nightly_rate=row["nightly_rate"],
        room_revenue=row["room_revenue"],
        status=StayStatus(row["status"]),
        channel=row["channel"],
        purpose=row["purpose"],
    )


def stay_view(stay: Stay) -> StayView:
    return StayView(
        id=stay.id,
        customer_id=stay.customer_id,  # type: ignore[attr-defined]
        property=stay.property,
        arrival=stay.arrival,
        departure=stay.departure,
        room_nights=stay.room_nights,
        room_type=stay.room_type,
        nightly_rate=stay.nightly_rate,
        room_revenue=stay.room_revenue,
        status=stay.status,
        channel=stay.channel,
        purpose=stay.purpose,
    )


async def recent_stays_of(ids: list[int], limit: int) -> dict[int, list[StayView]]:
    """The latest `limit` stays of each customer, newest arrival first, in one statement."""
    rows = await fetch(
        f"SELECT {_STAY_COLUMNS} FROM (SELECT {_STAY_COLUMNS}, ROW_NUMBER() OVER ("
        "PARTITION BY customer_id ORDER BY arrival DESC, id DESC) AS rn FROM stays "
        f"WHERE customer_id IN ({in_list(ids)})) AS ranked WHERE rn <= ? "
        "ORDER BY customer_id, arrival DESC, id DESC",
        [*ids, limit],
    )
    result: dict[int, list[StayView]] = {i: [] for i in ids}
    for row in rows:
        result[row["customer_id"]].append(_stay_view(row))
    return result


@dataclass(frozen=True)
class Performance:
    room_nights: int
    adr: Fen | None
    room_revenue: Fen
    other_revenue: Fen
    visits: int
    last_visit: date | None

    @property
    def total_revenue(self) -> Fen:
        return self.room_revenue + self.other_revenue


NO_PERFORMANCE = Performance(room_nights=0, adr=None, room_revenue=0, other_revenue=0, visits=0, last_visit=None)


@dataclass(frozen=True)
class PerformanceScope:
    """Which rows count: stays arriving and revenue lines spent within [start, end], at one property.

    A revenue line's property is its stay's, or the hotel's own (HOTEL_CRM_PROPERTY) when it is
    linked to no stay."""

    start: date | None = None
    end: date | None = None
    property: str | None = None


# ADR of the aggregated columns, half-up to the fen like divide_half_up (for ORDER BY in SQL).
ADR_SQL = (
    "CASE WHEN room_nights = 0 THEN NULL "
    "ELSE (CASE WHEN (room_revenue < 0) <> (room_nights < 0) THEN -1 ELSE 1 END) "
    "* ((2 * ABS(room_revenue) + ABS(room_nights)) / (2 * ABS(room_nights))) END"
)


def performance_sql(
    scope: PerformanceScope, *, today: date, customer_ids: list[int] | None = None
) -> tuple[str, list[Any]]:
    """One row per customer with activity in scope: customer_id, room_nights, room_revenue,
    other_revenue, visits, last_visit — the one definition of each figure of customer performance.

    Room nights and room revenue count every stay but CANCELLED and NO_SHOW; visits and the last
    visit only those that arrived by `today` (a reservation is no visit yet); other revenue is the
    revenue lines."""
    stay_where = ["s.customer_id IS NOT NULL", "s.status NOT IN (?, ?)"]
    stay_params: list[Any] = [*NOT_STAYED]
    line_where = ["r.customer_id IS NOT NULL"]
    line_params: list[Any] = []
    line_join = ""
    if customer_ids is not None:
        stay_where.append(f"s.customer_id IN ({in_list(customer_ids)})")
        stay_params += customer_ids
        line_where.append(f"r.customer_id IN ({in_list(customer_ids)})")
        line_params += customer_ids
    if scope.start is not None:
        stay_where.append("s.arrival >= ?")
        stay_params.append(scope.start)
        line_where.append("r.spent_on >= ?")
        line_params.append(scope.start)
    if scope.end is not None:
        stay_where.append("s.arrival <= ?")
        stay_params.append(scope.end)
        line_where.append("r.spent_on <= ?")
        line_params.append(scope.end)
    if scope.property is not None:
        stay_where.append("s.property = ?")
        stay_params.append(scope.property)
        line_join = "LEFT JOIN stays ls ON ls.id = r.stay_id "
        line_where.append("COALESCE(ls.property, ?) = ?")
        line_params += [get_settings().property_name, scope.property]
    query = (
        "SELECT customer_id, CAST(SUM(nights) AS BIGINT) AS room_nights, "
        "CAST(SUM(room) AS BIGINT) AS room_revenue, CAST(SUM(other) AS BIGINT) AS other_revenue, "
        "CAST(SUM(visit) AS BIGINT) AS visits, MAX(visit_on) AS last_visit FROM ("
        "SELECT s.customer_id AS customer_id, s.room_nights AS nights, s.room_revenue AS room, 0 AS other, "
        "CASE WHEN s.arrival <= ? THEN 1 ELSE 0 END AS visit, "
        "CASE WHEN s.arrival <= ? THEN s.arrival END AS visit_on "
        f"FROM stays s WHERE {' AND '.join(stay_where)} "
        "UNION ALL SELECT r.customer_id, 0, 0, r.amount, 0, NULL "
        f"FROM revenue_lines r {line_join}WHERE {' AND '.join(line_where)}"
        ") AS figures GROUP BY customer_id"
    )
    return query, [today, today, *stay_params, *line_params]


def performance_from_row(row: dict[str, Any]) -> Performance:
    nights, revenue = int(row["room_nights"]), int(row["room_revenue"])
    return Performance(
        room_nights=nights,
        adr=divide_half_up(revenue, nights),
        room_revenue=revenue,
        other_revenue=int(row["other_revenue"]),
        visits=int(row["visits"]),
        last_visit=row_date(row["last_visit"]) if row["last_visit"] else None,
    )


async def performance_of(ids: list[int], *, today: date | None = None) -> dict[int, Performance]:
    """Room nights, ADR, revenue, visits and last visit per customer over all time, in one statement."""
    result = dict.fromkeys(ids, NO_PERFORMANCE)
    if not ids:
        return result
    query, params = performance_sql(PerformanceScope(), today=today or hotel_today(), customer_ids=ids)
    for row in await fetch(query, params):
        result[row["customer_id"]] = performance_from_row(row)
    return result


async def stays_by_ids(ids: list[int]) -> dict[int, StayView]:
    rows = await fetch(f"SELECT {_STAY_COLUMNS} FROM stays WHERE id IN ({in_list(ids)})", ids)
    return {r["id"]: _stay_view(r) for r in rows}
