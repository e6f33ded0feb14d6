"""Factories: real records through the real services, with overridable defaults."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from server.auth.actor import Actor
from server.auth.models import Role, User
from server.auth.passwords import hash_password
from server.core.idcards import IdDocumentType, gb11643_check_char
from server.customers import service as customers
from server.customers.models import Customer, CustomerKind, Preference
from server.stays.models import Stay, StayStatus

_seq = itertools.count(1)
SYSTEM = Actor.system("test")
TEST_PASSWORD = "correct-horse-battery"
# Hashed once per run: hashing is deliberately slow.
PASSWORD_HASH = hash_password(TEST_PASSWORD)


async def make_user(username: str, role: Role = Role.SALES, **columns: Any) -> User:
    """A member of staff whose password is TEST_PASSWORD; display name from the username unless given."""
    return await User.create(
        username=username,
        display_name=columns.pop("display_name", username.title()),
        role=role,
        password_hash=PASSWORD_HASH,
        **columns,
    )


def resident_id(birthday: date = date(1990, 5, 17), *, male: bool = True, area: str = "340104") -> str:
    """A valid 18-character resident ID number for the given birthday and gender."""
    sequence = 10 + next(_seq) % 80
    gender_digit = 1 if male else 2
    first17 = f"{area}{birthday:%Y%m%d}{sequence:02d}{gender_digit}"
    return first17 + gb11643_check_char(first17)


def mobile() -> str:
    return f"139{next(_seq) + 10000000:08d}"


async def make_customer(*, actor: Actor = SYSTEM, **overrides: Any) -> Customer:
    phones = overrides.pop("phones", None)
    data: dict[str, Any] = {
        "kind": CustomerKind.INDIVIDUAL,
        "name": "张伟",
        "phones": [customers.PhoneEntry(p) for p in phones] if phones is not None else [customers.PhoneEntry(mobile())],
    }
    data.update(overrides)
    if isinstance(data.get("id_document_type"), str):
        data["id_document_type"] = IdDocumentType(data["id_document_type"])
    return await customers.create_customer(actor=actor, data=customers.NewCustomer(**data))


async def make_stay(customer: Customer, **overrides: Any) -> Stay:
    arrival = overrides.pop("arrival", date(2025, 3, 1))
    departure = overrides.pop("departure", date(2025, 3, 3))
    rate = overrides.pop("nightly_rate", 48800)
    nights = (departure - arrival).days
    values: dict[str, Any] = {
        "customer_id": customer.id,
        "property": "主楼 Main Building",
        "arrival": arrival,
        "departure": departure,
        "room_nights": nights,
        "room_type": "大床房",
        "nightly_rate": rate,
        "room_revenue": rate * nights,
        "status": StayStatus.CHECKED_OUT,
    }
    values.update(overrides)
    return await Stay.create(**values)


async def make_preference(customer: Customer, category: str = "枕头", value: str = "低枕") -> Preference:
    return await Preference.create(customer_id=customer.id, category=category, value=value)
