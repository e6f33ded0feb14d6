from __future__ import annotations

import strawberry

from schema.context import Info
from schema.errors import UserError, refusals_as
from schema.ids import parse_id
from schema.membership.inputs import (
    AdjustBalanceInput,
    CancelCardInput,
    IssueMembershipCardInput,
    RecordMemberSpendInput,
    RedeemPointsInput,
    ReissueCardInput,
    RenewCardInput,
    ReportCardLostInput,
    SetPartnerSharingInput,
    SpendStoredValueInput,
    TopUpStoredValueInput,
)
from schema.membership.types import LedgerEntry, MembershipCard
from schema.permissions import MANAGERS, SERVE_MEMBERS
from server.membership import service


@strawberry.type(description="The card as it is after the change, the ledger entries written, or why not.")
class MembershipCardPayload:
    card: MembershipCard | None
    entries: list[LedgerEntry] = strawberry.field(
        default_factory=list,
        description="What this operation wrote to the ledger (a retry with the same key: the first answer's).",
    )
    errors: list[UserError]


def _done(done: service.Operation) -> MembershipCardPayload:
    return MembershipCardPayload(
        card=MembershipCard.from_model(done.card),
        entries=[LedgerEntry.from_model(e) for e in done.entries],
        errors=[],
    )


@strawberry.type
class MembershipMutations:
    @strawberry.mutation(
        description="Issues a card (front desk, managers); one card in use per customer (DUPLICATE).",
        permission_classes=[SERVE_MEMBERS],
    )
    @refusals_as(MembershipCardPayload)
    async def issue_membership_card(self, info: Info, input: IssueMembershipCardInput) -> MembershipCardPayload:
        card = await service.issue_card(
            actor=info.context.actor,
            customer_id=parse_id(input.customer_id, field="customerId"),
            tier=input.tier,
            idempotency_key=input.idempotency_key,
        )
        return _done(service.Operation(card=card))

    @strawberry.mutation(
        description="Records a member's spend at checkout: points = floor(spend × rate); an upgrade applies at once.",
        permission_classes=[SERVE_MEMBERS],
    )
    @refusals_as(MembershipCardPayload)
    async def record_member_spend(self, info: Info, input: RecordMemberSpendInput) -> MembershipCardPayload:
        return _done(
            await service.record_spend(
                actor=info.context.actor,
                card_number=input.card_number,
                amount=input.amount,
                reference=input.reference,
                idempotency_key=input.idempotency_key,
            )
        )

    @strawberry.mutation(
        description="Redeems points (irreversible); beyond the balance: INSUFFICIENT_BALANCE.",
        permission_classes=[SERVE_MEMBERS],
    )
    @refusals_as(MembershipCardPayload)
    async def redeem_points(self, info: Info, input: RedeemPointsInput) -> MembershipCardPayload:
        return _done(
            await service.redeem_points(
                actor=info.context.actor,
                card_number=input.card_number,
                points=input.points,
                note=input.note,
                idempotency_key=input.idempotency_key,
            )
        )

    @strawberry.mutation(
        description="Tops up stored value; the bonus of the band reached is added as a BONUS entry.",
        permission_classes=[SERVE_MEMBERS],
    )
    @refusals_as(MembershipCardPayload)
    async def top_up_stored_value(self, info: Info, input: TopUpStoredValueInput) -> MembershipCardPayload:
        return _done(
            await service.top_up(
                actor=info.context.actor,
                card_number=input.card_number,
                amount=input.amount,
                reference=input.reference,
                idempotency_key=input.idempotency_key,
            )
        )

    @strawberry.mutation(
        description="Pays from stored value; beyond the balance: INSUFFICIENT_BALANCE.",
        permission_classes=[SERVE_MEMBERS],
    )
    @refusals_as(MembershipCardPayload)
    async def spend_stored_value(self, info: Info, input: SpendStoredValueInput) -> MembershipCardPayload:
        return _done(
            await service.spend_stored_value(
                actor=info.context.actor,
                card_number=input.card_number,
                amount=input.amount,
                reference=input.reference,
                idempotency_key=input.idempotency_key,
            )
        )

    @strawberry.mutation(description="Corrects a balance with a reason (managers).", permission_classes=[MANAGERS])
    @refusals_as(MembershipCardPayload)
    async def adjust_balance(self, info: Info, input: AdjustBalanceInput) -> MembershipCardPayload:
        return _done(
            await service.adjust_balance(
                actor=info.context.actor,
                card_number=input.card_number,
                account=input.account,
                amount=input.amount,
                reason=input.reason,
                idempotency_key=input.idempotency_key,
            )
        )

    @strawberry.mutation(
        description="Reports a card lost: blocked at once (no earning, spending, redeeming or top-up).",
        permission_classes=[SERVE_MEMBERS],
    )
    @refusals_as(MembershipCardPayload)
    async def report_card_lost(self, info: Info, input: ReportCardLostInput) -> MembershipCardPayload:
        return _done(
            await service.report_lost(actor=info.context.actor, card_number=input.card_number, note=input.note)
        )

    @strawberry.mutation(
        description="Gives a lost or damaged card a new number; balances move over (TRANSFER_OUT/IN), "
        "the old card becomes REPLACED. card: the new card.",
        permission_classes=[SERVE_MEMBERS],
    )
    @refusals_as(MembershipCardPayload)
    async def reissue_card(self, info: Info, input: ReissueCardInput) -> MembershipCardPayload:
        return _done(
            await service.reissue_card(
                actor=info.context.actor,
                card_number=input.card_number,
                note=input.note,
                idempotency_key=input.idempotency_key,
            )
        )

    @strawberry.mutation(
        description="Extends the validity by the configured months; EXPIRED → ACTIVE.",
        permission_classes=[SERVE_MEMBERS],
    )
    @refusals_as(MembershipCardPayload)
    async def renew_card(self, info: Info, input: RenewCardInput) -> MembershipCardPayload:
        return _done(
            await service.renew_card(
                actor=info.context.actor, card_number=input.card_number, idempotency_key=input.idempotency_key
            )
        )

    @strawberry.mutation(
        description="Cancels a card for good (managers, with a reason).", permission_classes=[MANAGERS]
    )
    @refusals_as(MembershipCardPayload)
    async def cancel_card(self, info: Info, input: CancelCardInput) -> MembershipCardPayload:
        return _done(
            await service.cancel_card(actor=info.context.actor, card_number=input.card_number, reason=input.reason)
        )

    @strawberry.mutation(
        description="Records the member's choice whether partners may verify the card.",
        permission_classes=[SERVE_MEMBERS],
    )
    @refusals_as(MembershipCardPayload)
    async def set_partner_sharing(self, info: Info, input: SetPartnerSharingInput) -> MembershipCardPayload:
        return _done(
            await service.set_partner_sharing(
                actor=info.context.actor, card_number=input.card_number, share=input.share
            )
        )
