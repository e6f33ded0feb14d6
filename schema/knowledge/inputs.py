from __future__ import annotations

import strawberry

from schema.ids import parse_optional_id
from server.knowledge.service import ArticleEdit, NewArticle


@strawberry.input(description="A new handling procedure; saved as a DRAFT unless a manager publishes it at once.")
class CreateKnowledgeArticleInput:
    title: str
    steps: str = strawberry.field(description="What staff do, one step a line.")
    category: str | None = None
    problem: str | None = None
    tags: list[str] | None = strawberry.field(default=None, description="At most 20, each up to 32 characters.")
    publish: bool | None = strawberry.field(default=None, description="Publish at once (managers only).")
    source_complaint_id: strawberry.ID | None = strawberry.field(
        default=None, description="The resolved or closed complaint it is written from."
    )

    def to_data(self) -> NewArticle:
        return NewArticle(
            title=self.title,
            steps=self.steps,
            category=self.category,
            problem=self.problem,
            tags=self.tags,
            publish=bool(self.publish),
            source_complaint_id=parse_optional_id(self.source_complaint_id, field="sourceComplaintId"),
        )


@strawberry.input(description="The new text of a procedure; saved as the next version.")
class UpdateKnowledgeArticleInput:
    id: strawberry.ID
    expected_version: int = strawberry.field(description="The version the editor started from.")
    title: str
    steps: str
    category: str | None = None
    problem: str | None = None
    tags: list[str] | None = None
    note: str | None = strawberry.field(default=None, description="What changed and why (kept with the version).")

    def to_data(self) -> ArticleEdit:
        return ArticleEdit(
            title=self.title,
            steps=self.steps,
            category=self.category,
            problem=self.problem,
            tags=self.tags,
            note=self.note,
        )


@strawberry.input(description="Which procedure.")
class KnowledgeArticleRefInput:
    id: strawberry.ID
