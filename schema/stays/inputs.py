from __future__ import annotations

from datetime import date

import strawberry

from schema.enums import Gender, IdDocumentType
from schema.ids import parse_optional_id
from schema.scalars import Fen
from server.stays.service import GuestData, Registration, StayData


@strawberry.input(description="The arriving guest as on the ID document.")
class GuestInput:
    name: str
    name_en: str | None = None
    gender: Gender | None = None
    birthday: date | None = None
    phone: str
    email: str | None = None
    id_document_type: IdDocumentType
    id_number: str
    nationality: str | None = strawberry.field(default=None, description="ISO 3166-1 alpha-2, default CN.")
    address: str | None = None
    employer: str | None = None


@strawberry.input(description="The stay being checked in.")
class StayInput:
    arrival: date
    departure: date
    room_type: str
    nightly_rate: Fen
    channel: str | None = None
    purpose: str | None = None
    payment_method: str | None = None


@strawberry.input(description="Check-in of an arriving guest (入住登记).")
class RegisterGuestInput:
    guest: GuestInput
    stay: StayInput
    idempotency_key: str | None = strawberry.field(
        default=None, description="Retry with the same key and input returns the first result."
    )
    customer_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Attach the stay to this profile (chosen from possibleDuplicates).",
    )

    def to_data(self) -> Registration:
        g, s = self.guest, self.stay
        return Registration(
            guest=GuestData(
                name=g.name,
                name_en=g.name_en,
                gender=g.gender,
                birthday=g.birthday,
                phone=g.phone,
                email=g.email,
                id_document_type=g.id_document_type,
                id_number=g.id_number,
                nationality=g.nationality,
                address=g.address,
                employer=g.employer,
            ),
            stay=StayData(
                arrival=s.arrival,
                departure=s.departure,
                room_type=s.room_type,
                nightly_rate=s.nightly_rate,
                channel=s.channel,
                purpose=s.purpose,
                payment_method=s.payment_method,
            ),
            idempotency_key=self.idempotency_key,
            customer_id=parse_optional_id(self.customer_id, field="customerId"),
        )
