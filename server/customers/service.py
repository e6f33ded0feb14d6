"""Business rules of the customer archive: create, update, merge, search, caller lookup, reveal."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from tortoise.transactions import in_transaction

from server.auth import audit, idempotency
from server.auth.actor import Actor
from server.auth.models import Role
from server.contacts.models import Contact
from server.core.cardnumbers import normalize_card_number
from server.core.crypto import decrypt_field, encrypt_field, lookup_hash
from server.core.errors import DomainError, ErrorCode, FieldErrors, ValidationErrors
from server.core.idcards import (
    Gender,
    IdDocumentType,
    mask_id_number,
    normalize_id_number,
    parse_resident_id,
)
from server.core.phones import normalize_phone, parse_phone, phone_digits, reversed_digits
from server.core.pinyin import name_pinyin, search_key
from server.core.sql import fetch, in_list, prefix_match, row_date
from server.core.text import clean_email, clean_text, has_cjk, require_text
from server.core.time import hotel_today, utcnow
from server.customers.models import (
    Customer,
    CustomerKind,
    CustomerNature,
    CustomerPhone,
    CustomerStatus,
    KeyDate,
    Preference,
)

NAME_MAX = 128
NOTES_MAX = 4000
MAX_PHONES = 10
SEARCH_MAX = 100
SEARCH_CANDIDATES = 200
_EARLIEST_BIRTHDAY = date(1900, 1, 1)
STATUSES_NEEDING_REASON = (CustomerStatus.LOST, CustomerStatus.UNSUITABLE)
# Who may put a customer into these states (others may edit the rest of the record).
_STATUS_SETTERS = {
    CustomerStatus.UNSUITABLE: frozenset({Role.MANAGER}),
    CustomerStatus.LOST: frozenset({Role.MANAGER, Role.SALES}),
}


# ---------------------------------------------------------------- derived columns


def name_columns(name: str, name_en: str | None) -> dict[str, Any]:
    """The search columns derived from a name; every writer of a name sets them through this."""
    py = name_pinyin(name)
    return {
        "name": name,
        "name_pinyin": py.full,
        "name_pinyin_key": py.compact,
        "name_initials": py.initials,
        "name_en": name_en,
        "name_en_key": (search_key(name_en) or None) if name_en else None,
    }


# The columns that hold a customer's ID document; they are filled, copied and cleared together.
ID_NUMBER_COLUMNS = ("id_document_type", "id_number_encrypted", "id_number_hash", "id_number_masked")


def id_number_columns(doc_type: IdDocumentType | None, number: str | None) -> dict[str, Any]:
    """Encrypted value, keyed hash and masked form of an ID number (all None to clear it)."""
    if number is None or doc_type is None:
        return dict.fromkeys(ID_NUMBER_COLUMNS)
    return {
        "id_document_type": doc_type,
        "id_number_encrypted": encrypt_field(number),
        "id_number_hash": id_number_hash(number),
        "id_number_masked": mask_id_number(number),
    }


def id_number_hash(canonical_number: str) -> str:
    # Hashed without the document type: the check-while-typing form may not know it yet,
    # and the formats of the types do not overlap.
    return lookup_hash(canonical_number)


def employer_columns(employer: str | None) -> dict[str, Any]:
    return {"employer": employer, "employer_key": (search_key(employer) or None) if employer else None}


def phone_row(customer_id: int, e164: str, label: str | None, position: int) -> dict[str, Any]:
    return {
        "customer_id": customer_id,
        "e164": e164,
        "digits_reversed": reversed_digits(e164),
        "label": label,
        "position": position,
    }


# ---------------------------------------------------------------- validation


@dataclass(frozen=True)
class PhoneEntry:
    number: str
    label: str | None = None


@dataclass
class NewCustomer:
    kind: CustomerKind
    name: str
    name_en: str | None = None
    phones: list[PhoneEntry] = field(default_factory=list)
    email: str | None = None
    gender: Gender | None = None
    birthday: date | None = None
    id_document_type: IdDocumentType | None = None
    id_number: str | None = None
    nature: str | None = None
    industry: str | None = None
    region: str | None = None
    channel: str | None = None
    notes: str | None = None
    nationality: str | None = None
    address: str | None = None
    employer: str | None = None
    idempotency_key: str | None = None


def _check_birthday(value: date | None, *, field_path: list[str]) -> date | None:
    if value is None:
        return None
    if value > hotel_today() or value < _EARLIEST_BIRTHDAY:
        raise DomainError(ErrorCode.INVALID, f"生日 {value.isoformat()} 不合理", field=field_path)
    return value


def _check_nationality(value: str | None, *, field_path: list[str]) -> str | None:
    text = clean_text(value, field=field_path, max_length=40, label="国籍")
    if text is None:
        return None
    code = text.upper()
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        raise DomainError(ErrorCode.INVALID, "国籍请填写两位国家代码（ISO 3166-1，例如 CN）", field=field_path)
    return code


def _check_nature(value: str | None, *, field_path: list[str]) -> CustomerNature | None:
    text = clean_text(value, field=field_path, max_length=32, label="客户性质")
    if text is None:
        return None
    try:
        return CustomerNature(text.upper())
    except ValueError:
        allowed = ", ".join(n.value for n in CustomerNature)
        raise DomainError(ErrorCode.INVALID, f"未知的客户性质 {text}（可选：{allowed}）", field=field_path) from None


def clean_phones(entries: Iterable[PhoneEntry], *, prefix: list[str]) -> list[tuple[str, str | None]]:
    """E.164 numbers with labels, duplicates dropped; every bad number reported with its index."""
    result: list[tuple[str, str | None]] = []
    errors: list[DomainError] = []
    entries = list(entries)
    if len(entries) > MAX_PHONES:
        raise DomainError(ErrorCode.INVALID, f"最多登记 {MAX_PHONES} 个电话", field=prefix)
    for index, entry in enumerate(entries):
        try:
            e164 = normalize_phone(entry.number or "", field=[*prefix, str(index), "number"])
            label = clean_text(entry.label, field=[*prefix, str(index), "label"], max_length=32, label="电话标签")
        except DomainError as err:
            errors.append(err)
            continue
        if e164 not in (p for p, _ in result):
            result.append((e164, label))
    if errors:
        raise ValidationErrors(errors)
    return result


@dataclass(frozen=True)
class IdentityFacts:
    """A validated document with what it says about its holder."""

    doc_type: IdDocumentType | None
    number: str | None
    gender: Gender | None
    birthday: date | None


def check_identity(
    *,
    doc_type: IdDocumentType | None,
    number: str | None,
    gender: Gender | None,
    birthday: date | None,
    collector: FieldErrors,
) -> IdentityFacts:
    """Validates a document; for a resident ID derives DOB and gender and checks what was typed."""
    today = hotel_today()
    birthday = collector.run(_check_birthday, birthday, field_path=collector.path("birthday"))
    raw = (number or "").strip()
    if doc_type is None and raw:
        collector.add(DomainError(ErrorCode.REQUIRED, "请选择证件类型", field=collector.path("idDocumentType")))
        return IdentityFacts(None, None, gender, birthday)
    if doc_type is None or not raw:
        if doc_type is not None and number is not None:
            collector.add(DomainError(ErrorCode.REQUIRED, "请填写证件号码", field=collector.path("idNumber")))
        return IdentityFacts(None, None, gender, birthday)
    id_field = collector.path("idNumber")
    if doc_type is IdDocumentType.RESIDENT_ID:
        facts = collector.run(parse_resident_id, raw, today=today, field=id_field)
        if facts is None:
            return IdentityFacts(doc_type, None, gender, birthday)
        if birthday is not None and birthday != facts.birthday:
            collector.add(
                DomainError(
                    ErrorCode.INVALID,
                    f"生日 {birthday.isoformat()} 与身份证号中的出生日期 {facts.birthday.isoformat()} 不一致",
                    field=collector.path("birthday"),
                )
            )
        if gender not in (None, Gender.UNKNOWN) and gender is not facts.gender:
            shown = "男" if facts.gender is Gender.MALE else "女"
            collector.add(
                DomainError(
                    ErrorCode.INVALID,
                    f"性别与身份证号不一致（身份证号显示为{shown}性）",
                    field=collector.path("gender"),
                )
            )
        return IdentityFacts(doc_type, facts.number, facts.gender, facts.birthday)
    canonical = collector.run(normalize_id_number, doc_type, raw, today=today, field=id_field)
    return IdentityFacts(doc_type, canonical, gender, birthday)


@dataclass
class CleanCustomer:
    kind: CustomerKind
    columns: dict[str, Any]
    phones: list[tuple[str, str | None]]
    id_number: str | None


def clean_new_customer(data: NewCustomer, *, prefix: list[str] | None = None) -> CleanCustomer:
    c = FieldErrors(prefix)
    name = c.run(require_text, data.name, field=c.path("name"), max_length=NAME_MAX, label="姓名/名称")
    name_en = c.run(clean_text, data.name_en, field=c.path("nameEn"), max_length=NAME_MAX, label="英文名")
    phones = c.run(clean_phones, data.phones, prefix=c.path("phones")) or []
    email = c.run(clean_email, data.email, field=c.path("email"))
    nature = c.run(_check_nature, data.nature, field_path=c.path("nature"))
    industry = c.run(clean_text, data.industry, field=c.path("industry"), max_length=64, label="行业")
    region = c.run(clean_text, data.region, field=c.path("region"), max_length=64, label="地区")
    channel = c.run(clean_text, data.channel, field=c.path("channel"), max_length=64, label="渠道")
    notes = c.run(
        clean_text,
        data.notes,
        field=c.path("notes"),
        max_length=NOTES_MAX,
        label="备注",
        multiline=True,
    )
    nationality = c.run(_check_nationality, data.nationality, field_path=c.path("nationality"))
    address = c.run(clean_text, data.address, field=c.path("address"), max_length=255, label="地址")
    employer = c.run(clean_text, data.employer, field=c.path("employer"), max_length=128, label="工作单位")
    if data.kind is CustomerKind.CORPORATE:
        for value, path in (
            (data.gender, "gender"),
            (data.birthday, "birthday"),
            (data.id_document_type, "idDocumentType"),
            (data.id_number, "idNumber"),
        ):
            if value is not None:
                c.add(DomainError(ErrorCode.INVALID, "单位客户不登记个人证件、性别和生日", field=c.path(path)))
        identity = IdentityFacts(None, None, None, None)
    else:
        identity = check_identity(
            doc_type=data.id_document_type,
            number=data.id_number,
            gender=data.gender,
            birthday=data.birthday,
            collector=c,
        )
    c.check()
    assert name is not None  # required: a missing name is an error above
    columns: dict[str, Any] = {
        "kind": data.kind,
        **name_columns(name, name_en),
        "email": email,
        "nature": nature
        or (CustomerNature.INDIVIDUAL if data.kind is CustomerKind.INDIVIDUAL else CustomerNature.COMPANY),
        "industry": industry,
        "region": region,
        "channel": channel,
        "notes": notes,
        "nationality": nationality or ("CN" if data.kind is CustomerKind.INDIVIDUAL else None),
        "address": address,
        **employer_columns(employer),
        "gender": identity.gender,
        "birthday": identity.birthday,
        **id_number_columns(identity.doc_type, identity.number),
    }
    return CleanCustomer(kind=data.kind, columns=columns, phones=phones, id_number=identity.number)


# ---------------------------------------------------------------- reads


async def get_customer(customer_id: int) -> Customer | None:
    """The customer with this id; a MERGED id resolves to the surviving record."""
    customer = await Customer.get_or_none(id=customer_id)
    hops = 0
    while customer is not None and customer.status is CustomerStatus.MERGED and hops < 20:
        if customer.merged_into_id is None:  # type: ignore[attr-defined]
            break
        customer = await Customer.get_or_none(id=customer.merged_into_id)  # type: ignore[attr-defined]
        hops += 1
    return customer


async def require_customer(customer_id: int, *, field: str | list[str] = "id") -> Customer:
    customer = await Customer.get_or_none(id=customer_id)
    if customer is None:
        raise DomainError(ErrorCode.NOT_FOUND, f"客户 {customer_id} 不存在", field=field)
    return customer


async def customers_by_ids(ids: list[int]) -> dict[int, Customer]:
    if not ids:
        return {}
    return {c.id: c for c in await Customer.filter(id__in=ids)}


async def id_number_owner(canonical_number: str, *, exclude: int | None = None) -> Customer | None:
    query = Customer.filter(id_number_hash=id_number_hash(canonical_number)).exclude(status=CustomerStatus.MERGED)
    if exclude is not None:
        query = query.exclude(id=exclude)
    return await query.first()


@dataclass(frozen=True)
class PhoneView:
    number: str
    label: str | None


@dataclass(frozen=True)
class PreferenceView:
    id: int
    category: str
    value: str
    note: str | None


@dataclass(frozen=True)
class KeyDateView:
    id: int
    kind: str
    date: date
    note: str | None


def _group(rows: Iterable[dict[str, Any]], ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    grouped: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for row in rows:
        grouped.setdefault(row["customer_id"], []).append(row)
    return grouped


async def phones_of(ids: list[int]) -> dict[int, list[PhoneView]]:
    rows = await fetch(
        f"SELECT customer_id, e164, label FROM customer_phones WHERE customer_id IN ({in_list(ids)}) "
        "ORDER BY customer_id, position, id",
        ids,
    )
    return {k: [PhoneView(r["e164"], r["label"]) for r in v] for k, v in _group(rows, ids).items()}


async def preferences_of(ids: list[int]) -> dict[int, list[PreferenceView]]:
    rows = await fetch(
        "SELECT id, customer_id, category, value, note FROM customer_preferences "
        f"WHERE customer_id IN ({in_list(ids)}) AND archived_at IS NULL ORDER BY customer_id, category, id",
        ids,
    )
    return {
        k: [PreferenceView(r["id"], r["category"], r["value"], r["note"]) for r in v]
        for k, v in _group(rows, ids).items()
    }


async def key_dates_of(ids: list[int]) -> dict[int, list[KeyDateView]]:
    rows = await fetch(
        "SELECT id, customer_id, kind, date, note FROM customer_key_dates "
        f"WHERE customer_id IN ({in_list(ids)}) AND archived_at IS NULL ORDER BY customer_id, date, id",
        ids,
    )
    return {
        k: [KeyDateView(r["id"], r["kind"], row_date(r["date"]), r["note"]) for r in v]
        for k, v in _group(rows, ids).items()
    }


async def known_phones(customer_id: int) -> set[str]:
    rows = await fetch("SELECT e164 FROM customer_phones WHERE customer_id = ?", [customer_id])
    return {str(r["e164"]) for r in rows}


# ---------------------------------------------------------------- caller lookup and search


@dataclass(frozen=True)
class CallerLookupResult:
    normalized_phone: str | None
    matches: list[Customer]
    # Contacts (客户联系人) whose number it is; their customers follow the number's own owners in matches.
    matched_contacts: list[Contact] = field(default_factory=list)


_STATUS_RANK = {
    CustomerStatus.ACTIVE: 0,
    CustomerStatus.PROSPECT: 1,
    CustomerStatus.DORMANT: 2,
    CustomerStatus.LOST: 3,
    CustomerStatus.UNSUITABLE: 4,
    CustomerStatus.MERGED: 9,
}


async def caller_lookup(phone: str) -> CallerLookupResult:
    """The customers who own this number, in any format; an unparseable number matches none."""
    e164 = parse_phone(phone or "")
    if e164 is None:
        return CallerLookupResult(None, [])
    # One statement for both: the customers who own the number, then those with a contact who does.
    rows = await fetch(
        "SELECT customer_id, 0 AS via, NULL AS contact_id FROM customer_phones WHERE e164 = ? "
        "UNION ALL SELECT c.customer_id, 1 AS via, c.id AS contact_id FROM contact_phones p "
        "JOIN contacts c ON c.id = p.contact_id WHERE p.e164 = ? AND c.archived_at IS NULL LIMIT 100",
        [e164, e164],
    )
    via: dict[int, int] = {}
    for r in rows:
        via[r["customer_id"]] = min(via.get(r["customer_id"], 1), int(r["via"]))
    found = await customers_by_ids(list(via)[:50])
    matches = [c for c in found.values() if c.status is not CustomerStatus.MERGED]
    matches.sort(key=lambda c: (via[c.id], _STATUS_RANK[c.status], -c.updated_at.timestamp(), -c.id))
    contact_ids = [r["contact_id"] for r in rows if r["contact_id"] is not None]
    contacts = list(await Contact.filter(id__in=contact_ids).order_by("id")) if contact_ids else []
    return CallerLookupResult(e164, matches, contacts)


@dataclass(frozen=True)
class SearchPage:
    customers: list[Customer]
    total: int
    offset: int


async def _scored(query: str, params: list[Any], score: int, into: dict[int, int]) -> None:
    for row in await fetch(query + f" LIMIT {SEARCH_CANDIDATES}", params):
        cid = row["id"]
        if into.get(cid, -1) < score:
            into[cid] = score


async def _customer_prefix(column: str, value: str, score: int, into: dict[int, int]) -> None:
    cond, params = prefix_match(column, value)
    await _scored(f"SELECT id FROM customers WHERE {cond}", params, score, into)


async def search_customers(search: str | None, *, first: int, offset: int) -> SearchPage:
    """Customers matching a name, pinyin, initials, phone or its last digits, e-mail or company.

    Best match first: exact phone, ID-grade exact matches, then exact names, then prefixes.
    Without a search text: every customer but merged ones, newest first.
    """
    text = (search or "").strip()[:SEARCH_MAX]
    if not text:
        total_rows = await fetch("SELECT COUNT(*) AS n FROM customers WHERE status != ?", ["MERGED"])
        rows = await fetch(
            "SELECT id FROM customers WHERE status != ? ORDER BY id DESC LIMIT ? OFFSET ?",
            ["MERGED", first, offset],
        )
        found = await customers_by_ids([r["id"] for r in rows])
        return SearchPage([found[r["id"]] for r in rows if r["id"] in found], total_rows[0]["n"], offset)

    scores: dict[int, int] = {}
    digits = phone_digits(text)
    e164 = parse_phone(text)
    if e164 is not None:
        await _scored("SELECT customer_id AS id FROM customer_phones WHERE e164 = ?", [e164], 100, scores)
    if len(digits) >= 4 and len(digits) >= len(text.replace(" ", "").replace("-", "")) - 1:
        cond, params = prefix_match("digits_reversed", digits[::-1])
        await _scored(f"SELECT customer_id AS id FROM customer_phones WHERE {cond}", params, 80, scores)
    card = normalize_card_number(text)
    if card is not None:
        # A card number with a correct check digit is the member's (current or replaced card).
        await _scored("SELECT customer_id AS id FROM membership_cards WHERE card_number = ?", [card], 100, scores)
    if "@" in text:
        email = text.lower()
        await _scored("SELECT id FROM customers WHERE email = ?", [email], 95, scores)
        await _customer_prefix("email", email, 60, scores)
    if has_cjk(text):
        await _scored("SELECT id FROM customers WHERE name = ?", [text], 90, scores)
        await _customer_prefix("name", text, 70, scores)
        await _customer_prefix("employer", text, 45, scores)
        if len(text) >= 2:
            # Company names are found by any part ("锦江" in "上海锦江国际酒店"); corporate
            # customers are few enough for a scan, individuals' names are found by prefix.
            await _scored(
                "SELECT id FROM customers WHERE kind = ? AND name LIKE ? ESCAPE '\\'",
                [
                    "CORPORATE",
                    "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",
                ],
                50,
                scores,
            )
    key = search_key(text)
    if key and not key.isdigit():
        await _scored("SELECT id FROM customers WHERE name_pinyin_key = ?", [key], 85, scores)
        await _scored("SELECT id FROM customers WHERE name_en_key = ?", [key], 85, scores)
        await _customer_prefix("name_pinyin_key", key, 65, scores)
        await _customer_prefix("name_en_key", key, 65, scores)
        if len(key) <= 6:
            await _scored("SELECT id FROM customers WHERE name_initials = ?", [key], 60, scores)
        await _customer_prefix("employer_key", key, 40, scores)
    if not scores:
        return SearchPage([], 0, offset)
    # Rank on three light columns; only the page is loaded as whole records.
    ids = list(scores)
    rows = await fetch(
        f"SELECT id, status, updated_at FROM customers WHERE id IN ({in_list(ids)}) AND status != ?",
        [*ids, CustomerStatus.MERGED.value],
    )
    # Newest first among equals, then (stable sort) best score and liveliest status first.
    rows.sort(key=lambda r: (str(r["updated_at"]), r["id"]), reverse=True)
    rows.sort(key=lambda r: (-scores[r["id"]], _STATUS_RANK[CustomerStatus(r["status"])]))
    page_ids = [r["id"] for r in rows[offset : offset + first]]
    found = await customers_by_ids(page_ids)
    return SearchPage([found[i] for i in page_ids if i in found], len(rows), offset)


# ---------------------------------------------------------------- duplicates


@dataclass
class DuplicateCheck:
    name: str | None = None
    phone: str | None = None
    id_number: str | None = None
    email: str | None = None
    birthday: date | None = None


@dataclass(frozen=True)
class DuplicateCandidate:
    customer: Customer
    score: float
    reasons: list[str]


_DUPLICATE_WEIGHTS = {
    "SAME_ID_NUMBER": 0.97,
    "SAME_PHONE": 0.6,
    "SAME_EMAIL": 0.5,
    "SAME_NAME": 0.3,
    "SAME_BIRTHDAY": 0.2,
}


async def possible_duplicates(check: DuplicateCheck, *, limit: int = 10) -> list[DuplicateCandidate]:
    """Existing profiles that may be the person being entered, with a score in [0, 1] and why."""
    reasons: dict[int, set[str]] = {}

    def add(ids: Iterable[int], reason: str) -> None:
        for cid in ids:
            reasons.setdefault(cid, set()).add(reason)

    number = "".join((check.id_number or "").split()).replace("-", "").upper()[:40]
    if len(number) >= 5:
        rows = await fetch("SELECT id FROM customers WHERE id_number_hash = ? LIMIT 20", [id_number_hash(number)])
        add((r["id"] for r in rows), "SAME_ID_NUMBER")
    e164 = parse_phone(check.phone or "")
    if e164:
        rows = await fetch("SELECT customer_id AS id FROM customer_phones WHERE e164 = ? LIMIT 20", [e164])
        add((r["id"] for r in rows), "SAME_PHONE")
    email = (check.email or "").strip().lower()
    if email and "@" in email:
        rows = await fetch("SELECT id FROM customers WHERE email = ? LIMIT 20", [email[:254]])
        add((r["id"] for r in rows), "SAME_EMAIL")
    name = (check.name or "").strip()[:NAME_MAX]
    if name:
        if check.birthday is not None:
            rows = await fetch(
                "SELECT id FROM customers WHERE name = ? AND birthday = ? LIMIT 20",
                [name, check.birthday],
            )
            add((r["id"] for r in rows), "SAME_BIRTHDAY")
        rows = await fetch("SELECT id FROM customers WHERE name = ? LIMIT 20", [name])
        same_name = [r["id"] for r in rows]
        # A common name alone is no evidence; it only strengthens other reasons.
        add((cid for cid in same_name if cid in reasons or check.birthday is None), "SAME_NAME")
    if not reasons:
        return []
    found = await customers_by_ids(list(reasons))
    candidates = []
    for cid, why in reasons.items():
        customer = found.get(cid)
        if customer is None or customer.status is CustomerStatus.MERGED:
            continue
        miss = 1.0
        for reason in why:
            miss *= 1.0 - _DUPLICATE_WEIGHTS[reason]
        ordered = [r for r in _DUPLICATE_WEIGHTS if r in why]
        candidates.append(DuplicateCandidate(customer, round(1.0 - miss, 4), ordered))
    candidates.sort(key=lambda d: (-d.score, d.customer.id))
    return candidates[:limit]


# ---------------------------------------------------------------- writes


async def _insert_phones(customer_id: int, phones: list[tuple[str, str | None]], start: int = 0) -> None:
    if phones:
        await CustomerPhone.bulk_create(
            [CustomerPhone(**phone_row(customer_id, e164, label, start + i)) for i, (e164, label) in enumerate(phones)]
        )


async def insert_customer(*, actor: Actor, clean: CleanCustomer, status: CustomerStatus) -> Customer:
    """Writes a validated customer and its phones; the caller holds the transaction."""
    if clean.id_number is not None:
        owner = await id_number_owner(clean.id_number)
        if owner is not None:
            raise DomainError(
                ErrorCode.DUPLICATE,
                f"证件号码已登记在客户 {owner.name}（编号 {owner.id}）的档案中",
                field="idNumber",
            )
    customer = await Customer.create(**clean.columns, status=status, owner_id=actor.user_id)
    await _insert_phones(customer.id, clean.phones)
    return customer


def _payload_fingerprint(data: Any) -> str:
    def encode(value: Any) -> Any:
        if isinstance(value, date):
            return value.isoformat()
        if hasattr(value, "value"):
            return value.value
        if isinstance(value, PhoneEntry):
            return [value.number, value.label]
        if isinstance(value, list):
            return [encode(v) for v in value]
        return value

    return idempotency.fingerprint({k: encode(v) for k, v in vars(data).items() if k != "idempotency_key"})


async def create_customer(*, actor: Actor, data: NewCustomer) -> Customer:
    key = idempotency.clean_key(data.idempotency_key)
    clean = clean_new_customer(data)
    fp = _payload_fingerprint(data)

    async def write() -> tuple[Customer, dict[str, Any]]:
        customer = await insert_customer(actor=actor, clean=clean, status=CustomerStatus.ACTIVE)
        await audit.record(actor, "customer.create", target_type="Customer", target_id=customer.id)
        return customer, {"customer_id": customer.id}

    async def replayed(previous: dict[str, Any]) -> Customer:
        return await require_customer(int(previous["customer_id"]))

    return await idempotency.once("createCustomer", key, actor, fp, write=write, replayed=replayed)


# Optional text columns that an update may set or clear: API name -> (column, max length, label, multiline).
_TEXT_FIELDS: dict[str, tuple[str, int, str, bool]] = {
    "industry": ("industry", 64, "行业", False),
    "region": ("region", 64, "地区", False),
    "channel": ("channel", 64, "渠道", False),
    "notes": ("notes", NOTES_MAX, "备注", True),
    "address": ("address", 255, "地址", False),
    "fax": ("fax", 40, "传真", False),
    "postcode": ("postcode", 12, "邮编", False),
    "homepage": ("homepage", 255, "主页", False),
    "frontDeskAccount": ("front_desk_account", 64, "前台账号", False),
    "paymentMethod": ("payment_method", 64, "付款方式", False),
    "residence": ("residence", 255, "居住地", False),
    "personInCharge": ("person_in_charge", 64, "负责人", False),
    "contactFrequency": ("contact_frequency", 64, "联系频率", False),
    "businessScope": ("business_scope", NOTES_MAX, "经营范围", True),
}
_IDENTITY_FIELDS = ("gender", "birthday", "idDocumentType", "idNumber")
MAX_TAGS = 20


def _clean_tags(values: list[str] | None) -> list[str]:
    tags: list[str] = []
    for index, raw in enumerate(values or []):
        tag = require_text(raw, field=["tags", str(index)], max_length=32, label="标签")
        if tag not in tags:
            tags.append(tag)
    if len(tags) > MAX_TAGS:
        raise DomainError(ErrorCode.INVALID, f"最多 {MAX_TAGS} 个标签", field="tags")
    return tags


def _clean_room_volume(value: int | None) -> int | None:
    if value is not None and not 0 <= value <= 1_000_000:
        raise DomainError(ErrorCode.INVALID, "年订房量应在 0 到 1,000,000 间夜之间", field="annualRoomVolume")
    return value


_UPDATABLE = (
    "name",
    "nameEn",
    "phones",
    "email",
    "status",
    "statusReason",
    "employer",
    "nationality",
    "nature",
    "tags",
    "annualRoomVolume",
    *_TEXT_FIELDS,
    *_IDENTITY_FIELDS,
)


async def update_customer(
    *, actor: Actor, customer_id: int, expected_version: int, changes: Mapping[str, Any]
) -> Customer:
    """Applies the given changes if nobody changed the record since expected_version.

    `changes` holds only the fields the client sent; None clears an optional field.
    """
    unknown = set(changes) - set(_UPDATABLE)
    if unknown:
        raise DomainError(ErrorCode.INVALID, f"不能修改的字段：{', '.join(sorted(unknown))}")
    customer = await require_customer(customer_id)
    if customer.status is CustomerStatus.MERGED:
        raise DomainError(
            ErrorCode.INVALID_STATE,
            f"该档案已合并到客户 {customer.merged_into_id}，请修改合并后的档案",  # type: ignore[attr-defined]
            field="id",
        )
    c = FieldErrors()
    columns: dict[str, Any] = {}
    if "name" in changes or "nameEn" in changes:
        name = (
            c.run(require_text, changes["name"], field="name", max_length=NAME_MAX, label="姓名/名称")
            if "name" in changes
            else customer.name
        )
        name_en = (
            c.run(clean_text, changes["nameEn"], field="nameEn", max_length=NAME_MAX, label="英文名")
            if "nameEn" in changes
            else customer.name_en
        )
        if name is not None:
            columns.update(name_columns(name, name_en))
    if "email" in changes:
        columns["email"] = c.run(clean_email, changes["email"], field="email")
    for key, (column, max_length, label, multiline) in _TEXT_FIELDS.items():
        if key in changes:
            columns[column] = c.run(
                clean_text, changes[key], field=key, max_length=max_length, label=label, multiline=multiline
            )
    if "employer" in changes:
        employer = c.run(clean_text, changes["employer"], field="employer", max_length=128, label="工作单位")
        columns.update(employer_columns(employer))
    if "nationality" in changes:
        columns["nationality"] = c.run(_check_nationality, changes["nationality"], field_path=["nationality"])
    if "nature" in changes:
        columns["nature"] = c.run(_check_nature, changes["nature"], field_path=["nature"])
    if "tags" in changes:
        columns["tags"] = c.run(_clean_tags, changes["tags"])
    if "annualRoomVolume" in changes:
        columns["annual_room_volume"] = c.run(_clean_room_volume, changes["annualRoomVolume"])
    if any(k in changes for k in _IDENTITY_FIELDS):
        columns.update(await _identity_changes(customer, changes, c))
    phones: list[tuple[str, str | None]] | None = None
    if "phones" in changes:
        phones = c.run(clean_phones, changes["phones"] or [], prefix=["phones"]) or []
    if "status" in changes or "statusReason" in changes:
        status = changes.get("status", customer.status)
        if status is None:
            c.add(DomainError(ErrorCode.REQUIRED, "状态不能为空", field="status"))
        elif status is CustomerStatus.MERGED:
            c.add(DomainError(ErrorCode.INVALID, "合并请使用“合并客户”功能", field="status"))
        else:
            reason = c.run(
                clean_text,
                changes.get("statusReason"),
                field="statusReason",
                max_length=500,
                label="原因",
            )
            allowed = _STATUS_SETTERS.get(status) or _STATUS_SETTERS.get(customer.status)
            if allowed is not None and status is not customer.status and actor.role not in allowed:
                c.add(DomainError(ErrorCode.FORBIDDEN, "只有经理可以把客户标记为该状态", field="status"))
            if status in STATUSES_NEEDING_REASON and reason is None:
                label = "流失" if status is CustomerStatus.LOST else "不合适"
                c.add(DomainError(ErrorCode.REQUIRED, f"标记为{label}客户时请填写原因", field="statusReason"))
            columns["status"] = status
            columns["status_reason"] = (
                reason if status in STATUSES_NEEDING_REASON else (reason if "statusReason" in changes else None)
            )
    c.check()
    async with in_transaction():
        updated = await Customer.filter(id=customer_id, version=expected_version).update(
            **columns, version=expected_version + 1, updated_at=utcnow()
        )
        if updated != 1:
            current = await Customer.get(id=customer_id)
            raise DomainError(
                ErrorCode.CONFLICT,
                f"档案已被他人修改（当前版本 {current.version}，您提交的是 {expected_version}），请刷新后重新修改",
                field="expectedVersion",
            )
        if phones is not None:
            await CustomerPhone.filter(customer_id=customer_id).delete()
            await _insert_phones(customer_id, phones)
        await audit.record(
            actor,
            "customer.update",
            target_type="Customer",
            target_id=customer_id,
            reason=columns.get("status_reason"),
            details={"fields": sorted(changes)},
        )
    return await Customer.get(id=customer_id)


async def _identity_changes(customer: Customer, changes: Mapping[str, Any], c: FieldErrors) -> dict[str, Any]:
    """Gender, birthday and document after an update, checked together as on registration."""
    if customer.kind is CustomerKind.CORPORATE:
        for key in _IDENTITY_FIELDS:
            if key in changes and changes[key] is not None:
                c.add(DomainError(ErrorCode.INVALID, "单位客户不登记个人证件、性别和生日", field=key))
        return {}
    number_sent = "idNumber" in changes or "idDocumentType" in changes
    current_number = decrypt_field(customer.id_number_encrypted) if customer.id_number_encrypted else None
    doc_type = changes.get("idDocumentType", customer.id_document_type)
    number = changes.get("idNumber", current_number)
    if "idNumber" in changes and changes["idNumber"] is None:
        doc_type = None  # clearing the number clears its type
    identity = check_identity(
        doc_type=doc_type,
        number=number,
        gender=changes.get("gender", customer.gender),
        birthday=changes.get("birthday", customer.birthday),
        collector=c,
    )
    columns: dict[str, Any] = {"gender": identity.gender, "birthday": identity.birthday}
    if number_sent:
        if identity.number is not None:
            owner = await id_number_owner(identity.number, exclude=customer.id)
            if owner is not None:
                c.add(
                    DomainError(
                        ErrorCode.DUPLICATE,
                        f"证件号码已登记在客户 {owner.name}（编号 {owner.id}）的档案中",
                        field="idNumber",
                    )
                )
        if identity.number != current_number or identity.doc_type is not customer.id_document_type:
            columns.update(id_number_columns(identity.doc_type, identity.number))
    return columns


# ---------------------------------------------------------------- preferences and key dates


async def _card_item_changed(actor: Actor, customer_id: int, action: str, item_id: int) -> None:
    """A preference or key date was added or archived: the card is newer, and the audit log says so."""
    await Customer.filter(id=customer_id).update(updated_at=utcnow())
    await audit.record(actor, action, target_type="Customer", target_id=customer_id, details={"itemId": item_id})


async def _open_customer(customer_id: int) -> Customer:
    customer = await require_customer(customer_id, field="customerId")
    if customer.status is CustomerStatus.MERGED:
        raise DomainError(
            ErrorCode.INVALID_STATE,
            f"该档案已合并到客户 {customer.merged_into_id}",  # type: ignore[attr-defined]
            field="customerId",
        )
    return customer


async def require_open_customer(customer_id: int) -> Customer:
    """The customer to add something to (contacts, contracts, …): NOT_FOUND, or INVALID_STATE when MERGED."""
    return await _open_customer(customer_id)


async def add_preference(*, actor: Actor, customer_id: int, category: str, value: str, note: str | None) -> Preference:
    """Remembers a wish of the guest (个性化档案), e.g. 枕头 / 荞麦枕."""
    c = FieldErrors()
    clean_category = c.run(require_text, category, field="category", max_length=32, label="偏好类别")
    clean_value = c.run(require_text, value, field="value", max_length=255, label="偏好内容")
    clean_note = c.run(clean_text, note, field="note", max_length=500, label="说明")
    c.check()
    async with in_transaction():
        customer = await _open_customer(customer_id)
        if await Preference.filter(
            customer_id=customer.id, category=clean_category, value=clean_value, archived_at=None
        ).exists():
            raise DomainError(ErrorCode.DUPLICATE, f"已记录该偏好：{clean_category} / {clean_value}", field="value")
        preference = await Preference.create(
            customer_id=customer.id, category=clean_category, value=clean_value, note=clean_note
        )
        await _card_item_changed(actor, customer.id, "customer.add_preference", preference.id)
    return preference


ArchivableT = TypeVar("ArchivableT", Preference, KeyDate)


async def _archive(model: type[ArchivableT], item_id: int, *, actor: Actor, action: str, missing: str) -> ArchivableT:
    """Takes an item off the card; it stays in the archive with the time it was removed."""
    async with in_transaction():
        item = await model.get_or_none(id=item_id, archived_at=None)
        if item is None:
            raise DomainError(ErrorCode.NOT_FOUND, missing, field="id")
        item.archived_at = utcnow()
        await item.save(update_fields=["archived_at"])
        await _card_item_changed(actor, item.customer_id, action, item.id)  # type: ignore[attr-defined]
    return item


async def archive_preference(*, actor: Actor, preference_id: int) -> Preference:
    return await _archive(
        Preference,
        preference_id,
        actor=actor,
        action="customer.archive_preference",
        missing=f"偏好 {preference_id} 不存在或已移除",
    )


async def add_key_date(*, actor: Actor, customer_id: int, kind: str, on: date, note: str | None) -> KeyDate:
    """A date worth a greeting: wedding anniversary, company founding day, …"""
    c = FieldErrors()
    clean_kind = c.run(require_text, kind, field="kind", max_length=32, label="日期类型")
    clean_note = c.run(clean_text, note, field="note", max_length=255, label="说明")
    if on < _EARLIEST_BIRTHDAY:
        c.add(DomainError(ErrorCode.INVALID, f"日期 {on.isoformat()} 不合理", field="date"))
    c.check()
    async with in_transaction():
        customer = await _open_customer(customer_id)
        key_date = await KeyDate.create(customer_id=customer.id, kind=clean_kind, date=on, note=clean_note)
        await _card_item_changed(actor, customer.id, "customer.add_key_date", key_date.id)
    return key_date


async def archive_key_date(*, actor: Actor, key_date_id: int) -> KeyDate:
    return await _archive(
        KeyDate,
        key_date_id,
        actor=actor,
        action="customer.archive_key_date",
        missing=f"重要日期 {key_date_id} 不存在或已移除",
    )


_FILLABLE = (
    "name_en", "name_en_key", "email", "gender", "birthday", "nationality", "address", "employer",
    "employer_key", "residence", "industry", "region", "province", "city", "channel", "fax",
    "postcode", "homepage", "front_desk_account", "payment_method", "business_scope",
    "person_in_charge", "annual_room_volume", "contact_frequency", "nature",
)  # fmt: skip


def blanks_filled(customer: Customer, clean: CleanCustomer) -> dict[str, Any]:
    """The columns a recognised customer lacks and a new record of them holds; nothing held is overwritten."""
    columns = {
        name: clean.columns[name]
        for name in _FILLABLE
        if getattr(customer, name) in (None, "") and clean.columns.get(name) not in (None, "")
    }
    if clean.id_number is not None and not customer.id_number_hash:
        # clean_new_customer has already encrypted, hashed and masked the number.
        columns.update({name: clean.columns[name] for name in ID_NUMBER_COLUMNS})
    return columns


async def merge_customers(*, actor: Actor, survivor_id: int, duplicate_id: int) -> Customer:
    """Moves everything of the duplicate to the survivor; the duplicate becomes MERGED.

    Empty fields of the survivor are filled from the duplicate; nothing the survivor
    holds is overwritten. Two different ID numbers mean two people: refused.
    """
    if survivor_id == duplicate_id:
        raise DomainError(ErrorCode.INVALID, "不能把档案与自身合并", field="duplicateId")
    async with in_transaction():
        survivor = await require_customer(survivor_id, field="survivorId")
        duplicate = await require_customer(duplicate_id, field="duplicateId")
        for who, path in ((survivor, "survivorId"), (duplicate, "duplicateId")):
            if who.status is CustomerStatus.MERGED:
                raise DomainError(ErrorCode.INVALID_STATE, f"客户 {who.id} 已被合并，不能再次合并", field=path)
        if survivor.kind is not duplicate.kind:
            raise DomainError(ErrorCode.INVALID, "个人客户与单位客户不能合并", field="duplicateId")
        held = await fetch(
            "SELECT DISTINCT customer_id FROM membership_cards WHERE customer_id IN (?, ?) AND status IN (?, ?, ?)",
            [survivor.id, duplicate.id, "ACTIVE", "LOST", "EXPIRED"],
        )
        if len(held) == 2:
            raise DomainError(
                ErrorCode.CONFLICT,
                "两个档案都有在用的会员卡；请先注销其中一张（储值先退还），再合并",
                field="duplicateId",
            )
        if survivor.id_number_hash and duplicate.id_number_hash and survivor.id_number_hash != duplicate.id_number_hash:
            raise DomainError(
                ErrorCode.CONFLICT,
                "两个档案的证件号码不同，应是两个人，不能合并",
                field="duplicateId",
            )
        columns: dict[str, Any] = {}
        for name in _FILLABLE:
            if getattr(survivor, name) in (None, "") and getattr(duplicate, name) not in (None, ""):
                columns[name] = getattr(duplicate, name)
        if not survivor.id_number_hash and duplicate.id_number_hash:
            columns.update({name: getattr(duplicate, name) for name in ID_NUMBER_COLUMNS})
        if duplicate.tags:
            columns["tags"] = list(dict.fromkeys([*(survivor.tags or []), *duplicate.tags]))
        if duplicate.notes:
            columns["notes"] = "\n".join(n for n in (survivor.notes, duplicate.notes) if n)
        if survivor.status is CustomerStatus.PROSPECT and duplicate.status is CustomerStatus.ACTIVE:
            columns["status"] = CustomerStatus.ACTIVE
        await Customer.filter(id=survivor.id).update(**columns, version=survivor.version + 1, updated_at=utcnow())
        await Customer.filter(id=duplicate.id).update(
            status=CustomerStatus.MERGED,
            status_reason=f"合并到客户 {survivor.id}",
            merged_into_id=survivor.id,
            **id_number_columns(None, None),
            version=duplicate.version + 1,
            updated_at=utcnow(),
        )
        await Customer.filter(merged_into_id=duplicate.id).update(merged_into_id=survivor.id)
        existing = await known_phones(survivor.id)
        count = len(existing)
        for phone in await CustomerPhone.filter(customer_id=duplicate.id).order_by("position", "id"):
            if phone.e164 in existing:
                await phone.delete()
            else:
                await CustomerPhone.filter(id=phone.id).update(customer_id=survivor.id, position=count)
                count += 1
        await Preference.filter(customer_id=duplicate.id).update(customer_id=survivor.id)
        await KeyDate.filter(customer_id=duplicate.id).update(customer_id=survivor.id)
        for table in CUSTOMER_CHILD_TABLES:
            await fetch(
                f"UPDATE {table} SET customer_id = ? WHERE customer_id = ?",
                [survivor.id, duplicate.id],
            )
        # One attendance per event and guest: where both came, the survivor's row stays.
        await fetch(
            "DELETE FROM event_attendances WHERE customer_id = ? AND event_id IN "
            "(SELECT event_id FROM event_attendances WHERE customer_id = ?)",
            [duplicate.id, survivor.id],
        )
        await fetch("UPDATE event_attendances SET customer_id = ? WHERE customer_id = ?", [survivor.id, duplicate.id])
        await audit.record(
            actor,
            "customer.merge",
            target_type="Customer",
            target_id=survivor.id,
            details={"duplicateId": duplicate.id},
        )
    return await Customer.get(id=survivor.id)


# Tables of other domains that point at a customer; merging moves their rows.
CUSTOMER_CHILD_TABLES = [
    "stays",
    "revenue_lines",
    "interactions",
    "complaints",
    "membership_cards",
    "contacts",
    "contracts",
    "feedback",
    "prospects",
    "follow_up_tasks",
]


async def reveal_id_number(*, actor: Actor, customer_id: int, reason: str) -> str:
    """The full ID number, for a stated reason; one audit row that does not hold the number."""
    why = require_text(reason, field="reason", max_length=500, label="查看原因")
    if len(why) < 2:
        raise DomainError(ErrorCode.INVALID, "请具体说明查看证件号码的原因", field="reason")
    customer = await require_customer(customer_id, field="customerId")
    if not customer.id_number_encrypted:
        raise DomainError(ErrorCode.NOT_FOUND, "该客户没有登记证件号码", field="customerId")
    number = decrypt_field(customer.id_number_encrypted)
    await audit.record(
        actor,
        "customer.reveal_id_number",
        target_type="Customer",
        target_id=customer.id,
        reason=why,
    )
    return number
