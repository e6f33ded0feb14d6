"""The knowledge base of handling procedures (投诉处理知识库): articles, their versions, helpful marks."""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class ArticleStatus(Enum):
    DRAFT = "DRAFT"
    PUBLISHED = "PUBLISHED"
    ARCHIVED = "ARCHIVED"


class KnowledgeArticle(Model):
    # The current text of a procedure; every saved edit is also kept as a KnowledgeArticleVersion.
    id = fields.BigIntField(primary_key=True)
    title = fields.CharField(max_length=200)
    category = fields.CharField(max_length=64, null=True)
    problem = fields.TextField(null=True)
    steps = fields.TextField()
    tags: fields.Field[list[str]] = fields.JSONField(default=list)
    status = fields.CharEnumField(ArticleStatus, max_length=16, default=ArticleStatus.DRAFT)
    version = fields.IntField(default=1)
    # The resolved complaint it was written from, if any.
    source_complaint: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.Complaint", related_name=False, null=True, on_delete=fields.SET_NULL
    )
    helpful_count = fields.IntField(default=0)
    author: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    published_at = fields.DatetimeField(null=True)
    archived_at = fields.DatetimeField(null=True)

    class Meta:
        table = "knowledge_articles"
        indexes = (("status", "updated_at"), ("category",))


class KnowledgeArticleVersion(Model):
    # What an article said after each saved edit (version 1 is the first text).
    id = fields.BigIntField(primary_key=True)
    article: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.KnowledgeArticle", related_name=False, on_delete=fields.CASCADE
    )
    version = fields.IntField()
    title = fields.CharField(max_length=200)
    category = fields.CharField(max_length=64, null=True)
    problem = fields.TextField(null=True)
    steps = fields.TextField()
    tags: fields.Field[list[str]] = fields.JSONField(default=list)
    editor: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    note = fields.CharField(max_length=500, null=True)
    edited_at = fields.DatetimeField()

    class Meta:
        table = "knowledge_article_versions"
        unique_together = (("article", "version"),)


class ArticleHelpfulMark(Model):
    # One "this helped" per user and article.
    id = fields.BigIntField(primary_key=True)
    article: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.KnowledgeArticle", related_name=False, on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, on_delete=fields.CASCADE
    )
    marked_at = fields.DatetimeField()

    class Meta:
        table = "knowledge_helpful_marks"
        unique_together = (("article", "user"),)


class KnowledgeSearchTerm(Model):
    # The search index, kept by the service in the same transaction as every save: one row per
    # article and term (CJK character, CJK bigram, Latin word, or Latin prefix ending in "*"),
    # weighted by the best field the term occurs in. The article's status is copied here so that
    # one index answers "these terms, in these statuses".
    id = fields.BigIntField(primary_key=True)
    article: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.KnowledgeArticle", related_name=False, on_delete=fields.CASCADE
    )
    term = fields.CharField(max_length=40)
    status = fields.CharEnumField(ArticleStatus, max_length=16)
    weight = fields.SmallIntField()

    class Meta:
        table = "knowledge_search_terms"
        indexes = (("term", "status", "article_id", "weight"), ("article_id",))
