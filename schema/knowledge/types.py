from __future__ import annotations

from datetime import datetime

import strawberry

from schema.auth.types import User, load_user
from schema.context import Info
from schema.enums import ArticleStatus
from schema.pagination import Connection
from server.knowledge.models import KnowledgeArticle as ArticleModel
from server.knowledge.models import KnowledgeArticleVersion as VersionModel

MAX_VERSIONS = 100


@strawberry.type(description="One saved text of a procedure (version 1 is the first).")
class KnowledgeArticleVersion:
    version: int
    title: str
    category: str | None
    problem: str | None
    steps: str
    tags: list[str]
    note: str | None = strawberry.field(description="What the editor said about the change.")
    edited_at: datetime
    editor_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, v: VersionModel) -> KnowledgeArticleVersion:
        return cls(
            version=v.version,
            title=v.title,
            category=v.category,
            problem=v.problem,
            steps=v.steps,
            tags=list(v.tags or []),
            note=v.note,
            edited_at=v.edited_at,
            editor_id=v.editor_id,  # type: ignore[attr-defined]
        )

    @strawberry.field(description="Who saved this version.")
    async def editor(self, info: Info) -> User | None:
        return await load_user(info, self.editor_id)


@strawberry.type(description="A handling procedure of the knowledge base (投诉处理知识库).")
class KnowledgeArticle:
    id: strawberry.ID
    title: str
    category: str | None
    problem: str | None = strawberry.field(description="What the guest experiences; plain text.")
    steps: str = strawberry.field(description="What staff do, as plain text (one step a line).")
    tags: list[str]
    status: ArticleStatus
    version: int = strawberry.field(description="Text version; updates send it back as expectedVersion.")
    helpful_count: int = strawberry.field(description="Members of staff who marked it helpful.")
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None
    archived_at: datetime | None
    source_complaint_id: strawberry.ID | None = strawberry.field(
        description="The settled complaint it was written from, if any."
    )
    author_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, a: ArticleModel) -> KnowledgeArticle:
        source = a.source_complaint_id  # type: ignore[attr-defined]
        return cls(
            id=strawberry.ID(str(a.id)),
            title=a.title,
            category=a.category,
            problem=a.problem,
            steps=a.steps,
            tags=list(a.tags or []),
            status=a.status,
            version=a.version,
            helpful_count=a.helpful_count,
            created_at=a.created_at,
            updated_at=a.updated_at,
            published_at=a.published_at,
            archived_at=a.archived_at,
            source_complaint_id=strawberry.ID(str(source)) if source is not None else None,
            author_id=a.author_id,  # type: ignore[attr-defined]
        )

    @strawberry.field(description="Who wrote it.")
    async def author(self, info: Info) -> User | None:
        return await load_user(info, self.author_id)

    @strawberry.field(description="Whether the signed-in member of staff marked it helpful.")
    async def helpful_by_me(self, info: Info) -> bool:
        user = info.context.user
        if user is None:
            return False
        return await info.context.loaders.helpful_marks(user.id).load(int(self.id))

    @strawberry.field(description="Saved versions, newest first (first ≤ 100).")
    async def versions(self, info: Info, first: int | None = 20) -> list[KnowledgeArticleVersion]:
        limit = max(0, min(first if first is not None else 20, MAX_VERSIONS))
        found = await info.context.loaders.article_versions.load(int(self.id))
        return [KnowledgeArticleVersion.from_model(v) for v in found[:limit]]


KnowledgeArticleConnection = Connection[KnowledgeArticle]


@strawberry.type(description="A prefilled draft of a procedure, e.g. from a settled complaint; not saved yet.")
class KnowledgeArticleDraft:
    title: str
    category: str | None
    problem: str | None
    steps: str
    tags: list[str]
    source_complaint_id: strawberry.ID | None
