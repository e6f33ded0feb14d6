from __future__ import annotations

import strawberry

from schema.context import Info
from schema.errors import UserError, refusals_as
from schema.ids import parse_id
from schema.interactions.inputs import BindExtensionInput, CompleteFollowUpInput, LogInteractionInput, WrapUpCallInput
from schema.interactions.types import Interaction
from schema.permissions import READ_CUSTOMERS
from server.interactions import service
from server.interactions.models import Interaction as InteractionModel


@strawberry.type(description="The logged or changed interaction, or why not.")
class InteractionPayload:
    interaction: Interaction | None
    errors: list[UserError]


@strawberry.type(description="The extension this console is bound to now (null: none), or why not.")
class ExtensionPayload:
    extension: str | None
    errors: list[UserError]


def _logged(done: InteractionModel) -> InteractionPayload:
    return InteractionPayload(interaction=Interaction.from_model(done), errors=[])


@strawberry.type
class InteractionMutations:
    @strawberry.mutation(
        description="Logs an outgoing call, visit, e-mail, SMS, WeChat message or note on a customer.",
        permission_classes=[READ_CUSTOMERS],
    )
    @refusals_as(InteractionPayload)
    async def log_interaction(self, info: Info, input: LogInteractionInput) -> InteractionPayload:
        return _logged(await service.log_interaction(actor=info.context.actor, data=input.to_data()))

    @strawberry.mutation(
        description="Records who called, why, what was said and when to call back, for a PBX call.",
        permission_classes=[READ_CUSTOMERS],
    )
    @refusals_as(InteractionPayload)
    async def wrap_up_call(self, info: Info, input: WrapUpCallInput) -> InteractionPayload:
        return _logged(await service.wrap_up_call(actor=info.context.actor, data=input.to_data()))

    @strawberry.mutation(description="Marks a promised call-back as made.", permission_classes=[READ_CUSTOMERS])
    @refusals_as(InteractionPayload)
    async def complete_follow_up(self, info: Info, input: CompleteFollowUpInput) -> InteractionPayload:
        done = await service.complete_follow_up(
            actor=info.context.actor, interaction_id=parse_id(input.interaction_id, field="interactionId")
        )
        return _logged(done)

    @strawberry.mutation(
        description="Binds the signed-in user's console to a telephone extension (remembered).",
        permission_classes=[READ_CUSTOMERS],
    )
    @refusals_as(ExtensionPayload)
    async def bind_extension(self, info: Info, input: BindExtensionInput) -> ExtensionPayload:
        number = await service.bind_extension(
            actor=info.context.actor, extension=input.extension, take_over=input.take_over
        )
        return ExtensionPayload(extension=number, errors=[])

    @strawberry.mutation(
        description="Releases the signed-in user's extension (end of shift).", permission_classes=[READ_CUSTOMERS]
    )
    async def unbind_extension(self, info: Info) -> ExtensionPayload:
        await service.unbind_extension(actor=info.context.actor)
        return ExtensionPayload(extension=None, errors=[])
