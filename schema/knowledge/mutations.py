from __future__ import annotations

from collections.abc import Awaitable, Callable

import strawberry

from schema.context import Info
from schema.errors import UserError, refusals_as
from schema.ids import parse_id
from schema.knowledge.inputs import CreateKnowledgeArticleInput, KnowledgeArticleRefInput, UpdateKnowledgeArticleInput
from schema.knowledge.types import KnowledgeArticle
from schema.permissions import READ_CUSTOMERS
from server.auth.actor import Actor
from server.knowledge import service
from server.knowledge.models import KnowledgeArticle as ArticleModel


@strawberry.type(description="The created or changed procedure, or why not.")
class KnowledgeArticlePayload:
    article: KnowledgeArticle | None
    errors: list[UserError]


def _payload(done: ArticleModel) -> KnowledgeArticlePayload:
    return KnowledgeArticlePayload(article=KnowledgeArticle.from_model(done), errors=[])


@refusals_as(KnowledgeArticlePayload)
async def _on_article(
    info: Info, ref: KnowledgeArticleRefInput, action: Callable[..., Awaitable[ArticleModel]]
) -> KnowledgeArticlePayload:
    actor: Actor = info.context.actor
    return _payload(await action(actor=actor, article_id=parse_id(ref.id)))


@strawberry.type
class KnowledgeMutations:
    @strawberry.mutation(
        description="Writes a procedure (a DRAFT; `publish: true` is for managers), by hand or from a complaint.",
        permission_classes=[READ_CUSTOMERS],
    )
    @refusals_as(KnowledgeArticlePayload)
    async def create_knowledge_article(self, info: Info, input: CreateKnowledgeArticleInput) -> KnowledgeArticlePayload:
        return _payload(await service.create_article(actor=info.context.actor, data=input.to_data()))

    @strawberry.mutation(
        description=(
            "Saves new text as the next version (omitted category, problem or tags are cleared); a stale "
            "expectedVersion is a CONFLICT. Authors edit their own drafts; managers any procedure."
        ),
        permission_classes=[READ_CUSTOMERS],
    )
    @refusals_as(KnowledgeArticlePayload)
    async def update_knowledge_article(self, info: Info, input: UpdateKnowledgeArticleInput) -> KnowledgeArticlePayload:
        done = await service.update_article(
            actor=info.context.actor,
            article_id=parse_id(input.id),
            expected_version=input.expected_version,
            data=input.to_data(),
        )
        return _payload(done)

    @strawberry.mutation(
        description="Publishes a draft or archived procedure (managers).", permission_classes=[READ_CUSTOMERS]
    )
    async def publish_knowledge_article(self, info: Info, input: KnowledgeArticleRefInput) -> KnowledgeArticlePayload:
        return await _on_article(info, input, service.publish_article)

    @strawberry.mutation(
        description="Archives a procedure: out of search and suggestions (managers; authors their own draft).",
        permission_classes=[READ_CUSTOMERS],
    )
    async def archive_knowledge_article(self, info: Info, input: KnowledgeArticleRefInput) -> KnowledgeArticlePayload:
        return await _on_article(info, input, service.archive_article)

    @strawberry.mutation(
        description="Brings an archived procedure back as a DRAFT (managers).", permission_classes=[READ_CUSTOMERS]
    )
    async def unarchive_knowledge_article(self, info: Info, input: KnowledgeArticleRefInput) -> KnowledgeArticlePayload:
        return await _on_article(info, input, service.unarchive_article)

    @strawberry.mutation(
        description="Marks a published procedure helpful, once per member of staff (again: no change).",
        permission_classes=[READ_CUSTOMERS],
    )
    async def mark_article_helpful(self, info: Info, input: KnowledgeArticleRefInput) -> KnowledgeArticlePayload:
        return await _on_article(info, input, service.mark_helpful)
