from __future__ import annotations

from datetime import date

import strawberry

from schema.customers.inputs import PhoneInput
from server.contacts.service import ContactData


@strawberry.input(description="A new contact at a customer; the first one becomes the primary contact.")
class CreateContactInput:
    customer_id: strawberry.ID
    name: str
    title: str | None = None
    phones: list[PhoneInput] | None = None
    email: str | None = None
    birthday: date | None = None
    is_primary: bool | None = strawberry.field(
        default=None, description="true: becomes the one primary contact (default: true for the first contact)."
    )
    notes: str | None = None

    def data(self) -> ContactData:
        return ContactData(
            name=self.name,
            title=self.title,
            phones=[p.to_entry() for p in self.phones] if self.phones is not None else None,
            email=self.email,
            birthday=self.birthday,
            notes=self.notes,
            is_primary=self.is_primary,
        )


@strawberry.input(description="Changes to a contact; fields left out stay as they are, null clears.")
class UpdateContactInput:
    id: strawberry.ID
    expected_version: int = strawberry.field(description="The version you read; stale gives CONFLICT.")
    name: str | None = strawberry.UNSET
    title: str | None = strawberry.UNSET
    phones: list[PhoneInput] | None = strawberry.field(default=strawberry.UNSET, description="Replaces the list.")
    email: str | None = strawberry.UNSET
    birthday: date | None = strawberry.UNSET
    notes: str | None = strawberry.UNSET
    is_primary: bool | None = strawberry.field(
        default=strawberry.UNSET, description="true makes this the primary contact."
    )

    def data(self) -> ContactData:
        sent = {
            key
            for key in ("name", "title", "phones", "email", "birthday", "notes")
            if getattr(self, key) is not strawberry.UNSET
        }
        phones = self.phones if isinstance(self.phones, list) else ([] if "phones" in sent else None)
        return ContactData(
            name=self.name if "name" in sent else None,
            title=self.title if "title" in sent else None,
            phones=[p.to_entry() for p in phones] if phones is not None else None,
            email=self.email if "email" in sent else None,
            birthday=self.birthday if "birthday" in sent else None,
            notes=self.notes if "notes" in sent else None,
            is_primary=bool(self.is_primary) if self.is_primary is not strawberry.UNSET else None,
            provided=sent,
        )


@strawberry.input(description="Which contact.")
class ContactIdInput:
    id: strawberry.ID
