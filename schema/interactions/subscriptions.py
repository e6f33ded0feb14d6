from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry

from schema.complaints.subscriptions import ComplaintSubscriptions
from schema.context import Info
from schema.customers.types import CallerLookup
from schema.feeds import live_feed
from schema.interactions.types import IncomingCall
from schema.permissions import READ_CUSTOMERS
from server.customers import service as customers
from server.interactions import service


async def _screen_pop(call: service.Ringing) -> IncomingCall:
    lookup = await customers.caller_lookup(call.caller)
    return IncomingCall(
        call_id=call.call_id,
        extension=call.extension,
        phone=call.caller,
        received_at=call.received_at,
        at=call.at,
        lookup=CallerLookup.from_result(lookup),
    )


@strawberry.type
class Subscription(ComplaintSubscriptions):
    @strawberry.subscription(
        description="Calls ringing on an extension, each with the caller's card(s): the screen pop. "
        "Agents listen on the extension bound to them, managers on any.",
        permission_classes=[READ_CUSTOMERS],
    )
    async def incoming_calls(self, info: Info, extension: str) -> AsyncGenerator[IncomingCall, None]:
        async for call in live_feed(info, service.ringing_calls(info.context.actor, extension), _screen_pop):
            yield call
