from __future__ import annotations

from datetime import date

import strawberry

from schema.enums import CustomerKind, CustomerStatus, Gender, IdDocumentType
from schema.inputs import sent_changes
from server.customers.service import DuplicateCheck, NewCustomer, PhoneEntry


@strawberry.input(description="A phone number in any format (stored as E.164) and its label.")
class PhoneInput:
    number: str
    label: str | None = None

    def to_entry(self) -> PhoneEntry:
        return PhoneEntry(number=self.number, label=self.label)


@strawberry.input(description="A new customer record.")
class CreateCustomerInput:
    kind: CustomerKind
    name: str
    name_en: str | None = None
    phones: list[PhoneInput] | None = None
    email: str | None = None
    gender: Gender | None = None
    birthday: date | None = None
    id_document_type: IdDocumentType | None = None
    id_number: str | None = None
    nature: str | None = strawberry.field(
        default=None, description="GOVERNMENT, SPECIAL, COMPANY, INDIVIDUAL or PARTNER."
    )
    industry: str | None = None
    region: str | None = None
    channel: str | None = None
    notes: str | None = None
    nationality: str | None = strawberry.field(default=None, description="ISO 3166-1 alpha-2.")
    address: str | None = None
    employer: str | None = None
    idempotency_key: str | None = strawberry.field(
        default=None, description="Retry with the same key and input returns the first result."
    )

    def to_data(self) -> NewCustomer:
        return NewCustomer(
            kind=self.kind,
            name=self.name,
            name_en=self.name_en,
            phones=[p.to_entry() for p in self.phones or []],
            email=self.email,
            gender=self.gender,
            birthday=self.birthday,
            id_document_type=self.id_document_type,
            id_number=self.id_number,
            nature=self.nature,
            industry=self.industry,
            region=self.region,
            channel=self.channel,
            notes=self.notes,
            nationality=self.nationality,
            address=self.address,
            employer=self.employer,
            idempotency_key=self.idempotency_key,
        )


@strawberry.input(description="Changes to a customer; fields left out stay as they are, null clears.")
class UpdateCustomerInput:
    id: strawberry.ID
    expected_version: int = strawberry.field(description="The version you read; stale gives CONFLICT.")
    name: str | None = strawberry.UNSET
    name_en: str | None = strawberry.UNSET
    phones: list[PhoneInput] | None = strawberry.UNSET
    email: str | None = strawberry.UNSET
    status: CustomerStatus | None = strawberry.UNSET
    status_reason: str | None = strawberry.field(
        default=strawberry.UNSET, description="Required when marking LOST or UNSUITABLE."
    )
    industry: str | None = strawberry.UNSET
    region: str | None = strawberry.UNSET
    channel: str | None = strawberry.UNSET
    notes: str | None = strawberry.UNSET
    nature: str | None = strawberry.field(
        default=strawberry.UNSET, description="GOVERNMENT, SPECIAL, COMPANY, INDIVIDUAL or PARTNER."
    )
    nationality: str | None = strawberry.UNSET
    address: str | None = strawberry.UNSET
    employer: str | None = strawberry.UNSET
    residence: str | None = strawberry.UNSET
    fax: str | None = strawberry.UNSET
    postcode: str | None = strawberry.UNSET
    homepage: str | None = strawberry.UNSET
    front_desk_account: str | None = strawberry.UNSET
    payment_method: str | None = strawberry.UNSET
    tags: list[str] | None = strawberry.UNSET
    gender: Gender | None = strawberry.UNSET
    birthday: date | None = strawberry.UNSET
    id_document_type: IdDocumentType | None = strawberry.UNSET
    id_number: str | None = strawberry.field(
        default=strawberry.UNSET, description="Checked against gender and birthday like on registration."
    )
    business_scope: str | None = strawberry.UNSET
    person_in_charge: str | None = strawberry.UNSET
    annual_room_volume: int | None = strawberry.UNSET
    contact_frequency: str | None = strawberry.UNSET

    def changes(self) -> dict[str, object]:
        """Only what the client sent, under the API's names; null means clear."""
        sent = sent_changes(self, _UPDATE_FIELDS)
        if self.phones is not strawberry.UNSET:
            sent["phones"] = [p.to_entry() for p in self.phones or []]
        return sent


_UPDATE_FIELDS = [
    "name",
    "name_en",
    "email",
    "status",
    "status_reason",
    "industry",
    "region",
    "channel",
    "notes",
    "nature",
    "nationality",
    "address",
    "employer",
    "residence",
    "fax",
    "postcode",
    "homepage",
    "front_desk_account",
    "payment_method",
    "tags",
    "gender",
    "birthday",
    "id_document_type",
    "id_number",
    "business_scope",
    "person_in_charge",
    "annual_room_volume",
    "contact_frequency",
]


@strawberry.input(description="Merge the duplicate into the survivor.")
class MergeCustomersInput:
    survivor_id: strawberry.ID
    duplicate_id: strawberry.ID


@strawberry.input(description="Reveal a full ID number; the reason goes to the audit log.")
class RevealIdNumberInput:
    customer_id: strawberry.ID
    reason: str


@strawberry.input(description="What is typed so far; any subset.")
class DuplicateCheckInput:
    name: str | None = None
    phone: str | None = None
    id_number: str | None = None
    email: str | None = None
    birthday: date | None = None

    def to_data(self) -> DuplicateCheck:
        return DuplicateCheck(
            name=self.name,
            phone=self.phone,
            id_number=self.id_number,
            email=self.email,
            birthday=self.birthday,
        )


@strawberry.input(description="A remembered wish of the guest, e.g. category 枕头, value 荞麦枕.")
class AddPreferenceInput:
    customer_id: strawberry.ID
    category: str
    value: str
    note: str | None = None


@strawberry.input(description="Takes a preference off the card (it stays in the archive).")
class RemovePreferenceInput:
    id: strawberry.ID


@strawberry.input(description="A date worth a greeting: anniversary, company founding day, …")
class AddKeyDateInput:
    customer_id: strawberry.ID
    kind: str
    date: date
    note: str | None = None


@strawberry.input(description="Takes a key date off the card (it stays in the archive).")
class RemoveKeyDateInput:
    id: strawberry.ID
