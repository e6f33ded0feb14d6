from __future__ import annotations

import strawberry

from schema.context import Info
from schema.enums import ArticleStatus
from schema.ids import parse_id
from schema.knowledge.types import KnowledgeArticle, KnowledgeArticleDraft
from schema.pagination import Connection, connection, decode_cursor, page_size
from schema.permissions import READ_CUSTOMERS
from server.knowledge import service

MAX_SUGGESTIONS = 20


@strawberry.type
class KnowledgeQueries:
    @strawberry.field(
        description=(
            "Procedures matching Chinese or English text (any part of a Chinese word, English words and their "
            "beginnings), best first: title matches above body matches. An empty search lists the latest "
            "changed. Managers may filter by status; everyone else sees published procedures only."
        ),
        permission_classes=[READ_CUSTOMERS],
    )
    async def knowledge_articles(
        self,
        info: Info,
        search: str,
        first: int | None = None,
        after: str | None = None,
        status: ArticleStatus | None = None,
    ) -> Connection[KnowledgeArticle]:
        size = page_size(first)
        offset = decode_cursor(after)
        statuses = service.visible_statuses(info.context.actor, status)
        page = await service.search_articles(search, statuses=statuses, first=size, offset=offset)
        return connection([KnowledgeArticle.from_model(a) for a in page.articles], offset=offset, total=page.total)

    @strawberry.field(
        description="One procedure; null when it does not exist or is an unpublished one of someone else.",
        permission_classes=[READ_CUSTOMERS],
    )
    async def knowledge_article(self, info: Info, id: strawberry.ID) -> KnowledgeArticle | None:
        found = await service.get_article(parse_id(id), actor=info.context.actor)
        return KnowledgeArticle.from_model(found) if found else None

    @strawberry.field(
        description="Published procedures that fit free text such as a complaint being typed, best first (first ≤ 20).",
        permission_classes=[READ_CUSTOMERS],
    )
    async def article_suggestions(self, info: Info, text: str, first: int | None = 5) -> list[KnowledgeArticle]:
        limit = max(0, min(first if first is not None else 5, MAX_SUGGESTIONS))
        return [KnowledgeArticle.from_model(a) for a in await service.suggest_articles(text, limit=limit)]

    @strawberry.field(
        description="A draft prefilled from a resolved or closed complaint (createKnowledgeArticle saves it).",
        permission_classes=[READ_CUSTOMERS],
    )
    async def article_from_complaint(self, info: Info, complaint_id: strawberry.ID) -> KnowledgeArticleDraft:
        draft = await service.draft_from_complaint(parse_id(complaint_id, field="complaintId"))
        return KnowledgeArticleDraft(
            title=draft.title or "",
            category=draft.category,
            problem=draft.problem,
            steps=draft.steps or "",
            tags=list(draft.tags or []),
            source_complaint_id=strawberry.ID(str(draft.source_complaint_id)) if draft.source_complaint_id else None,
        )
