from __future__ import annotations

from collections.abc import Awaitable, Callable

import strawberry

from schema.context import Info
from schema.errors import UserError, user_errors
from schema.ids import parse_id
from schema.knowledge.inputs import CreateKnowledgeArticleInput, KnowledgeArticleRefInput, UpdateKnowledgeArticleInput
from schema.knowledge.types import KnowledgeArticle
from schema.permissions import READ_CUSTOMERS
from server.auth.actor import Actor
from server.core.errors import DomainError, ValidationErrors
from server.knowledge import service
from server.knowledge.models import KnowledgeArticle as ArticleModel


@strawberry.type(description="The created or changed procedure, or why not.")
class KnowledgeArticlePayload:
    article: KnowledgeArticle | None
    errors: list[UserError]


async def _payload(change: Awaitable[ArticleModel]) -> KnowledgeArticlePayload:
    try:
        done = await change
    except (DomainError, ValidationErrors) as err:
        return KnowledgeArticlePayload(article=None, errors=user_errors(err))
    return KnowledgeArticlePayload(article=KnowledgeArticle.from_model(done), errors=[])


async def _on_article(
    info: Info, ref: KnowledgeArticleRefInput, action: Callable[..., Awaitable[ArticleModel]]
) -> KnowledgeArticlePayload:
    try:
        article_id = parse_id(ref.id)
    except DomainError as err:
        return KnowledgeArticlePayload(article=None, errors=user_errors(err))
    actor: Actor = info.context.actor
    return await _payload(action(actor=actor, article_id=article_id))


@strawberry.type
class KnowledgeMutations:
    @strawberry.mutation(
        description="Writes a procedure (a DRAFT; `publish: true` is for managers), by hand or from a complaint.",
        permission_classes=[READ_CUSTOMERS],
    )
    async def create_knowledge_article(self, info: Info, input: CreateKnowledgeArticleInput) -> KnowledgeArticlePayload:
        try:
            data = input.to_data()
        except DomainError as err:
            return KnowledgeArticlePayload(article=None, errors=user_errors(err))
        return await _payload(service.create_article(actor=info.context.actor, data=data))

    @strawberry.mutation(
        description=(
            "Saves new text as the next version (omitted category, problem or tags are cleared); a stale "
            "expectedVersion is a CONFLICT. Authors edit their own drafts; managers any procedure."
        ),
        permission_classes=[READ_CUSTOMERS],
    )
    async def update_knowledge_article(self, info: Info, input: UpdateKnowledgeArticleInput) -> KnowledgeArticlePayload:
        try:
            article_id = parse_id(input.id)
        except DomainError as err:
            return KnowledgeArticlePayload(article=None, errors=user_errors(err))
        return await _payload(
            service.update_article(
                actor=info.context.actor,
                article_id=article_id,
                expected_version=input.expected_version,
                data=input.to_data(),
            )
        )

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
