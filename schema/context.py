"""The typed per-request context: who is asking, from where, and the request's DataLoaders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import strawberry
from starlette.requests import HTTPConnection

from server.auth.actor import Actor
from server.auth.models import User
from server.partners.service import PartnerPrincipal

if TYPE_CHECKING:
    from schema.loaders import Loaders


@dataclass
class Context:
    request: HTTPConnection | None
    user: User | None
    client_address: str
    request_id: str
    loaders: Loaders
    response: Any = None
    extra: dict[str, Any] = field(default_factory=dict)
    # graphql-transport-ws: the connection_init payload ({"authorization": "Bearer <token>"}).
    connection_params: dict[str, Any] | None = None
    # A partner's verified API key (X-API-Key); then user is None and only memberStatus answers.
    partner: PartnerPrincipal | None = None

    @property
    def actor(self) -> Actor:
        if self.partner is not None:
            return self.partner.actor(client_address=self.client_address, request_id=self.request_id)
        if self.user is None:
            return Actor(
                user_id=None,
                username="anonymous",
                role=None,
                client_address=self.client_address,
                request_id=self.request_id,
            )
        return Actor(
            user_id=self.user.id,
            username=self.user.username,
            role=self.user.role,
            client_address=self.client_address,
            request_id=self.request_id,
        )


Info = strawberry.Info[Context, None]
