from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry
from strawberry.exceptions import StrawberryGraphQLError

from schema.complaints.subscriptions import ComplaintSubscriptions
from schema.context import Info
from schema.customers.types import CallerLookup, Customer
from schema.interactions.types import IncomingCall
from schema.loaders import Loaders
from schema.permissions import READ_CUSTOMERS, unauthenticated
from server.auth.service import user_for_token
from server.core.errors import DomainError
from server.customers import service as customers
from server.interactions import service


@strawberry.type
class Subscription(ComplaintSubscriptions):
    @strawberry.subscription(
        description="Calls ringing on an extension, each with the caller's card(s): the screen pop. "
        "Agents listen on the extension bound to them, managers on any.",
        permission_classes=[READ_CUSTOMERS],
    )
    async def incoming_calls(self, info: Info, extension: str) -> AsyncGenerator[IncomingCall, None]:
        token = info.context.extra.get("token")
        try:
            async for call in service.ringing_calls(info.context.actor, extension):
                # A token revoked or expired while the console was open stops the feed.
                if token is not None and await user_for_token(token) is None:
                    raise unauthenticated()
                # The connection's context lives for hours: each call gets fresh DataLoaders so that
                # a card changed since the last call is not served from the previous call's cache.
                info.context.loaders = Loaders()
                lookup = await customers.caller_lookup(call.caller)
                yield IncomingCall(
                    call_id=call.call_id,
                    extension=call.extension,
                    phone=call.caller,
                    received_at=call.received_at,
                    at=call.at,
                    lookup=CallerLookup(
                        normalized_phone=lookup.normalized_phone,
                        matches=[Customer.from_model(c) for c in lookup.matches],
                    ),
                )
        except DomainError as err:
            raise StrawberryGraphQLError(err.message, extensions={"code": err.code.value}) from err
