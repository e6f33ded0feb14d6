from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from schema.auth.types import User, load_user
from schema.context import Info
from schema.enums import CustomerKind, CustomerStatus, Gender, IdDocumentType
from schema.loaders import load_one
from schema.permissions import ACCOUNT_STAFF
from schema.stays.types import Performance, Stay
from server.core.phones import display_phone
from server.customers.models import Customer as CustomerModel
from server.customers.service import CallerLookupResult, KeyDateView, PreferenceView
from server.customers.service import DuplicateCandidate as DuplicateData

if TYPE_CHECKING:
    from schema.complaints.types import Complaint
    from schema.contacts.types import Contact
    from schema.contracts.types import Contract
    from schema.feedback.types import Feedback
    from schema.membership.types import MembershipCard
    from schema.prospects.types import FollowUpTask, Prospect

MAX_RECENT_STAYS = 50


@strawberry.type(description="A phone number of a customer.")
class Phone:
    number: str = strawberry.field(description="E.164, e.g. +8613800138000.")
    label: str | None

    @strawberry.field(description="As staff read it: national format for China.")
    def display(self) -> str:
        return display_phone(self.number)


@strawberry.type(description="个性化档案: a remembered wish of the guest.")
class Preference:
    id: strawberry.ID
    category: str
    value: str
    note: str | None

    @classmethod
    def from_view(cls, p: PreferenceView) -> Preference:
        return cls(id=strawberry.ID(str(p.id)), category=p.category, value=p.value, note=p.note)


@strawberry.type(description="A date worth a greeting: anniversary, founding day, …")
class KeyDate:
    id: strawberry.ID
    kind: str
    date: date
    note: str | None

    @classmethod
    def from_view(cls, k: KeyDateView) -> KeyDate:
        return cls(id=strawberry.ID(str(k.id)), kind=k.kind, date=k.date, note=k.note)


@strawberry.type(description="A guest (INDIVIDUAL) or a company (CORPORATE) in the customer archive.")
class Customer:
    id: strawberry.ID
    kind: CustomerKind
    name: str
    name_en: str | None
    name_pinyin: str = strawberry.field(description="Full pinyin, e.g. 'zhang wei'.")
    name_initials: str = strawberry.field(description="Pinyin initials, e.g. 'zw'.")
    status: CustomerStatus
    status_reason: str | None = strawberry.field(description="Why LOST or UNSUITABLE.")
    merged_into_id: strawberry.ID | None = strawberry.field(description="Survivor of a MERGED record.")
    nature: str | None
    industry: str | None
    channel: str | None
    region: str | None
    nationality: str | None
    email: str | None
    fax: str | None
    postcode: str | None
    address: str | None
    homepage: str | None
    front_desk_account: str | None
    payment_method: str | None
    tags: list[str]
    notes: str | None
    gender: Gender | None
    birthday: date | None
    employer: str | None
    residence: str | None
    id_document_type: IdDocumentType | None
    id_number_masked: str | None = strawberry.field(
        description="e.g. 340104********1236; the full number only through revealIdNumber."
    )
    business_scope: str | None
    person_in_charge: str | None
    annual_room_volume: int | None
    contact_frequency: str | None
    version: int = strawberry.field(description="Send as expectedVersion when updating.")
    created_at: datetime
    updated_at: datetime
    owner_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, c: CustomerModel) -> Customer:
        merged_into: int | None = c.merged_into_id  # type: ignore[attr-defined]
        return cls(
            id=strawberry.ID(str(c.id)),
            kind=c.kind,
            name=c.name,
            name_en=c.name_en,
            name_pinyin=c.name_pinyin,
            name_initials=c.name_initials,
            status=c.status,
            status_reason=c.status_reason,
            merged_into_id=strawberry.ID(str(merged_into)) if merged_into else None,
            nature=c.nature.value if c.nature else None,
            industry=c.industry,
            channel=c.channel,
            region=c.region,
            nationality=c.nationality,
            email=c.email,
            fax=c.fax,
            postcode=c.postcode,
            address=c.address,
            homepage=c.homepage,
            front_desk_account=c.front_desk_account,
            payment_method=c.payment_method,
            tags=list(c.tags or []),
            notes=c.notes,
            gender=c.gender,
            birthday=c.birthday,
            employer=c.employer,
            residence=c.residence,
            id_document_type=c.id_document_type,
            id_number_masked=c.id_number_masked,
            business_scope=c.business_scope,
            person_in_charge=c.person_in_charge,
            annual_room_volume=c.annual_room_volume,
            contact_frequency=c.contact_frequency,
            version=c.version,
            created_at=c.created_at,
            updated_at=c.updated_at,
            owner_id=c.owner_id,  # type: ignore[attr-defined]
        )

    @property
    def pk(self) -> int:
        return int(self.id)

    @strawberry.field(description="Phone numbers, first the main one.")
    async def phones(self, info: Info) -> list[Phone]:
        return [Phone(number=p.number, label=p.label) for p in await info.context.loaders.phones.load(self.pk)]

    @strawberry.field(description="Remembered preferences, by category.")
    async def preferences(self, info: Info) -> list[Preference]:
        return [Preference.from_view(p) for p in await info.context.loaders.preferences.load(self.pk)]

    @strawberry.field(description="Anniversaries and other key dates.")
    async def key_dates(self, info: Info) -> list[KeyDate]:
        return [KeyDate.from_view(k) for k in await info.context.loaders.key_dates.load(self.pk)]

    @strawberry.field(description="The latest stays, newest first (first ≤ 50, default 5).")
    async def recent_stays(self, info: Info, first: int | None = 5) -> list[Stay]:
        limit = max(0, min(first if first is not None else 5, MAX_RECENT_STAYS))
        if limit == 0:
            return []
        views = await info.context.loaders.recent_stays(limit).load(self.pk)
        return [Stay.from_view(v) for v in views]

    @strawberry.field(description="Room nights, ADR, revenue, visits and last visit.")
    async def performance(self, info: Info) -> Performance:
        return Performance.from_data(await info.context.loaders.performance.load(self.pk))

    @strawberry.field(description="The responsible account manager (the creator until a transfer).")
    async def owner(self, info: Info) -> User | None:
        return await load_user(info, self.owner_id)

    @strawberry.field(description="Complaints not yet resolved (OPEN, INVESTIGATING, REOPENED), soonest due first.")
    async def open_complaints(
        self, info: Info
    ) -> list[Annotated[Complaint, strawberry.lazy("schema.complaints.types")]]:
        from schema.complaints.types import Complaint

        return [Complaint.from_model(c) for c in await info.context.loaders.open_complaints.load(self.pk)]

    @strawberry.field(description="The membership card in use (ACTIVE, LOST or EXPIRED); null: not a member.")
    async def membership(
        self, info: Info
    ) -> Annotated[MembershipCard, strawberry.lazy("schema.membership.types")] | None:
        from schema.membership.types import MembershipCard

        return await load_one(info.context.loaders.membership, self.pk, MembershipCard.from_model)

    @strawberry.field(description="The latest feedback from this customer (up to 5), newest first.")
    async def feedback(self, info: Info) -> list[Annotated[Feedback, strawberry.lazy("schema.feedback.types")]]:
        from schema.feedback.types import Feedback

        return [Feedback.from_model(f) for f in await info.context.loaders.recent_feedback.load(self.pk)]

    @strawberry.field(
        description="Prospect cards (意向客户), the open one first (SALES and MANAGER).",
        permission_classes=[ACCOUNT_STAFF],
    )
    async def prospects(self, info: Info) -> list[Annotated[Prospect, strawberry.lazy("schema.prospects.types")]]:
        from schema.prospects.types import Prospect

        return [Prospect.from_model(p) for p in await info.context.loaders.customer_prospects.load(self.pk)]

    @strawberry.field(
        description="Open follow-up tasks (回访) for this customer, soonest first (SALES and MANAGER).",
        permission_classes=[ACCOUNT_STAFF],
    )
    async def follow_up_tasks(
        self, info: Info
    ) -> list[Annotated[FollowUpTask, strawberry.lazy("schema.prospects.types")]]:
        from schema.prospects.types import FollowUpTask

        return [FollowUpTask.from_model(t) for t in await info.context.loaders.open_follow_up_tasks.load(self.pk)]

    @strawberry.field(description="The people at this customer (客户联系人), the primary contact first.")
    async def contacts(self, info: Info) -> list[Annotated[Contact, strawberry.lazy("schema.contacts.types")]]:
        from schema.contacts.types import Contact

        return [Contact.from_model(c) for c in await info.context.loaders.contacts.load(self.pk)]

    @strawberry.field(description="Every contract with this customer, the latest end date first.")
    async def contracts(self, info: Info) -> list[Annotated[Contract, strawberry.lazy("schema.contracts.types")]]:
        from schema.contracts.types import Contract

        return [Contract.from_model(c) for c in await info.context.loaders.contracts.load(self.pk)]


async def load_customer(info: Info, customer_id: int | None) -> Customer | None:
    """The customer with this id, batched per request; None for no id or an unknown one."""
    return await load_one(info.context.loaders.customers, customer_id, Customer.from_model)


@strawberry.type(description="Who called: the normalised number and the customers who own it.")
class CallerLookup:
    normalized_phone: str | None = strawberry.field(description="E.164; null when unparseable.")
    matches: list[Customer] = strawberry.field(
        description="The number's own customers first, then the accounts of contacts with this number."
    )
    matched_contacts: list[Annotated[Contact, strawberry.lazy("schema.contacts.types")]] = strawberry.field(
        default_factory=list, description="Contacts (客户联系人) with this number."
    )

    @classmethod
    def from_result(cls, result: CallerLookupResult) -> CallerLookup:
        """The lookup as callerLookup and the screen pop (incomingCalls) both answer it."""
        from schema.contacts.types import Contact  # the contacts types import these ones

        return cls(
            normalized_phone=result.normalized_phone,
            matches=[Customer.from_model(c) for c in result.matches],
            matched_contacts=[Contact.from_model(c) for c in result.matched_contacts],
        )


@strawberry.type(description="An existing profile that may be the person being entered.")
class DuplicateCandidate:
    customer: Customer
    score: float = strawberry.field(description="0…1; 0.97+ means the same ID document.")
    reasons: list[str] = strawberry.field(
        description="SAME_ID_NUMBER, SAME_PHONE, SAME_EMAIL, SAME_NAME, SAME_BIRTHDAY."
    )

    @classmethod
    def from_data(cls, d: DuplicateData) -> DuplicateCandidate:
        return cls(customer=Customer.from_model(d.customer), score=d.score, reasons=d.reasons)
