from __future__ import annotations

from collections.abc import Awaitable

import strawberry

from schema.context import Info
from schema.errors import UserError, user_errors
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
from server.core.errors import DomainError, ValidationErrors
from server.membership import service


@strawberry.type(description="The card as it is after the change, the ledger entries written, or why not.")
class MembershipCardPayload:
    card: MembershipCard | None
    entries: list[LedgerEntry] = strawberry.field(
        description="What this operation wrote to the ledger (a retry with the same key: the first answer's)."
    )
    errors: list[UserError]


async def _done(operation: Awaitable[service.Operation]) -> MembershipCardPayload:
    try:
        done = await operation
    except (DomainError, ValidationErrors) as err:
        return MembershipCardPayload(card=None, entries=[], errors=user_errors(err))
    return MembershipCardPayload(
        card=MembershipCard.from_model(done.card),
        entries=[LedgerEntry.from_model(e) for e in done.entries],
        errors=[],
    )


async def _issue(info: Info, input: IssueMembershipCardInput) -> service.Operation:
    card = await service.issue_card(
        actor=info.context.actor,
        customer_id=parse_id(input.customer_id, field="customerId"),
        tier=input.tier,
        idempotency_key=input.idempotency_key,
    )
    return service.Operation(card=card)


@strawberry.type
class MembershipMutations:
    @strawberry.mutation(
        description="Issues a card (front desk, managers); one card in use per customer (DUPLICATE).",
        permission_classes=[SERVE_MEMBERS],
    )
    async def issue_membership_card(self, info: Info, input: IssueMembershipCardInput) -> MembershipCardPayload:
        return await _done(_issue(info, input))

    @strawberry.mutation(
        description="Records a member's spend at checkout: points = floor(spend × rate); an upgrade applies at once.",
        permission_classes=[SERVE_MEMBERS],
    )
    async def record_member_spend(self, info: Info, input: RecordMemberSpendInput) -> MembershipCardPayload:
        return await _done(
            service.record_spend(
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
    async def redeem_points(self, info: Info, input: RedeemPointsInput) -> MembershipCardPayload:
        return await _done(
            service.redeem_points(
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
    async def top_up_stored_value(self, info: Info, input: TopUpStoredValueInput) -> MembershipCardPayload:
        return await _done(
            service.top_up(
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
    async def spend_stored_value(self, info: Info, input: SpendStoredValueInput) -> MembershipCardPayload:
        return await _done(
            service.spend_stored_value(
                actor=info.context.actor,
                card_number=input.card_number,
                amount=input.amount,
                reference=input.reference,
                idempotency_key=input.idempotency_key,
            )
        )

    @strawberry.mutation(description="Corrects a balance with a reason (managers).", permission_classes=[MANAGERS])
    async def adjust_balance(self, info: Info, input: AdjustBalanceInput) -> MembershipCardPayload:
        return await _done(
            service.adjust_balance(
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
    async def report_card_lost(self, info: Info, input: ReportCardLostInput) -> MembershipCardPayload:
        return await _done(
            service.report_lost(actor=info.context.actor, card_number=input.card_number, note=input.note)
        )

    @strawberry.mutation(
        description="Gives a lost or damaged card a new number; balances move over (TRANSFER_OUT/IN), "
        "the old card becomes REPLACED. card: the new card.",
        permission_classes=[SERVE_MEMBERS],
    )
    async def reissue_card(self, info: Info, input: ReissueCardInput) -> MembershipCardPayload:
        return await _done(
            service.reissue_card(
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
    async def renew_card(self, info: Info, input: RenewCardInput) -> MembershipCardPayload:
        return await _done(
            service.renew_card(
                actor=info.context.actor, card_number=input.card_number, idempotency_key=input.idempotency_key
            )
        )

    @strawberry.mutation(
        description="Cancels a card for good (managers, with a reason).", permission_classes=[MANAGERS]
    )
    async def cancel_card(self, info: Info, input: CancelCardInput) -> MembershipCardPayload:
        return await _done(
            service.cancel_card(actor=info.context.actor, card_number=input.card_number, reason=input.reason)
        )

    @strawberry.mutation(
        description="Records the member's choice whether partners may verify the card.",
        permission_classes=[SERVE_MEMBERS],
    )
    async def set_partner_sharing(self, info: Info, input: SetPartnerSharingInput) -> MembershipCardPayload:
        return await _done(
            service.set_partner_sharing(actor=info.context.actor, card_number=input.card_number, share=input.share)
        )
