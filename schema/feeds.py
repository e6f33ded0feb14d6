"""What every subscription does per event: the token checked again, fresh loaders, refusals as errors."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from typing import TypeVar

from strawberry.exceptions import StrawberryGraphQLError

from schema.context import Info
from schema.loaders import Loaders
from schema.permissions import unauthenticated
from server.auth.service import user_for_token
from server.core.errors import DomainError

EventT = TypeVar("EventT")
ShownT = TypeVar("ShownT")


async def live_feed(
    info: Info, events: AsyncIterator[EventT], show: Callable[[EventT], Awaitable[ShownT | None]]
) -> AsyncGenerator[ShownT, None]:
    """Each event as `show` presents it (None: skipped), for as long as the connection's token holds."""
    token = info.context.extra.get("token")
    try:
        async for event in events:
            # A token revoked or expired while the console was open stops the feed.
            if token is not None and await user_for_token(token) is None:
                raise unauthenticated()
            # The connection's context lives for hours: each event gets fresh DataLoaders so that
            # a card changed since the last event is not served from the previous event's cache.
            info.context.loaders = Loaders()
            shown = await show(event)
            if shown is not None:
                yield shown
    except DomainError as err:
        raise StrawberryGraphQLError(err.message, extensions={"code": err.code.value}) from err
