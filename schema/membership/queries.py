from __future__ import annotations

import strawberry

from schema.context import Info
from schema.membership.types import MemberBirthday, MembershipCard
from schema.permissions import READ_CUSTOMERS
from schema.scalars import Fen
from server.membership import service


@strawberry.type
class MembershipQueries:
    @strawberry.field(
        description="A card by its number (spaces and dashes allowed); null when unknown; "
        "a malformed number or wrong check digit is an error.",
        permission_classes=[READ_CUSTOMERS],
    )
    async def membership_card(self, info: Info, card_number: str) -> MembershipCard | None:
        found = await service.find_card(actor=info.context.actor, text=card_number)
        return MembershipCard.from_model(found) if found else None

    @strawberry.field(
        description="Members (ACTIVE card) whose birthday is today or within the next days (0…31, hotel time).",
        permission_classes=[READ_CUSTOMERS],
    )
    async def member_birthdays(self, info: Info, within_days: int = 0) -> list[MemberBirthday]:
        found = await service.member_birthdays(actor=info.context.actor, within_days=within_days)
        return [MemberBirthday.from_data(b) for b in found]

    @strawberry.field(
        description="The bonus a top-up of this amount earns (the highest band reached), for the confirmation.",
        permission_classes=[READ_CUSTOMERS],
    )
    def top_up_bonus(self, amount: Fen) -> Fen:
        return Fen(service.bonus_for(max(0, amount)))

    @strawberry.field(
        description="The points a spend of this amount earns (the configured rate), for the confirmation.",
        permission_classes=[READ_CUSTOMERS],
    )
    def points_for_spend(self, amount: Fen) -> int:
        return service.points_for(Fen(max(0, amount)))
