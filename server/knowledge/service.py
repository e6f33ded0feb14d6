"""The knowledge base of handling procedures: writing, versions, publishing, helpful marks, search.

Who may do what: any member of staff but ADMIN writes a DRAFT and edits or discards their own
draft; publishing, archiving, and editing a published article or someone else's needs a MANAGER.
Every saved text is kept as a version (version 1 is the first text). The search index
(server/knowledge/search.py) is rewritten in the same transaction as every save.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from server.auth import audit
from server.auth.actor import Actor
from server.auth.models import Role
from server.complaints.models import Complaint, ComplaintStatus
from server.core.errors import DomainError, ErrorCode, FieldErrors
from server.core.text import clean_text, require_text
from server.core.time import utcnow
from server.knowledge import search
from server.knowledge.models import (
    ArticleHelpfulMark,
    ArticleStatus,
    KnowledgeArticle,
    KnowledgeArticleVersion,
)

MAX_TITLE = 200
MAX_CATEGORY = 64
MAX_PROBLEM = 4000
MAX_STEPS = 8000
MAX_TAGS = 20
MAX_TAG = 32
MAX_NOTE = 500
MAX_SEARCH = 200
# Roles that write procedures (ADMIN runs the system, not the floor).
WRITERS = frozenset({Role.AGENT, Role.FRONT_DESK, Role.SALES, Role.MANAGER})
EDITORS = frozenset({Role.MANAGER})
# A complaint is a procedure's source once it is settled.
SETTLED = frozenset({ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED})
_TEXT_FIELDS = ("title", "category", "problem", "steps", "tags")


@dataclass
class ArticleText:
    title: str | None
    steps: str | None
    category: str | None = None
    problem: str | None = None
    tags: list[str] | None = None


@dataclass
class NewArticle(ArticleText):
    publish: bool = False
    source_complaint_id: int | None = None


@dataclass
class ArticleEdit(ArticleText):
    note: str | None = None


@dataclass(frozen=True)
class CleanText:
    title: str
    category: str | None
    problem: str | None
    steps: str
    tags: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- validation


def clean_tags(values: Sequence[str] | None, c: FieldErrors) -> list[str]:
    """Trimmed, without empties and repeats (case-insensitively), at most 20 of 32 characters each."""
    tags: list[str] = []
    seen: set[str] = set()
    for i, raw in enumerate(values or []):
        tag = c.run(clean_text, raw, field=c.path("tags", str(i)), max_length=MAX_TAG, label="标签")
        if tag is None or tag.casefold() in seen:
            continue
        seen.add(tag.casefold())
        tags.append(tag)
    if len(tags) > MAX_TAGS:
        c.add(DomainError(ErrorCode.INVALID, f"标签最多 {MAX_TAGS} 个（当前 {len(tags)} 个）", field=c.path("tags")))
    return tags


def clean_article_text(data: ArticleText, c: FieldErrors) -> CleanText | None:
    title = c.run(require_text, data.title, field=c.path("title"), max_length=MAX_TITLE, label="标题")
    category = c.run(clean_text, data.category, field=c.path("category"), max_length=MAX_CATEGORY, label="类别")
    problem = c.run(
        clean_text, data.problem, field=c.path("problem"), max_length=MAX_PROBLEM, multiline=True, label="问题描述"
    )
    steps = c.run(
        require_text, data.steps, field=c.path("steps"), max_length=MAX_STEPS, multiline=True, label="处理步骤"
    )
    tags = clean_tags(data.tags, c)
    if title is None or steps is None:
        return None
    return CleanText(title=title, category=category, problem=problem, steps=steps, tags=tags)


def _is_editor(actor: Actor) -> bool:
    return actor.role in EDITORS


async def _refuse(actor: Actor, action: str, article_id: int | None, message: str) -> DomainError:
    """A refusal is audited (outside the rolled-back transaction) and reported on the input."""
    await audit.record(actor, action, target_type="KnowledgeArticle", target_id=article_id, outcome="FORBIDDEN")
    return DomainError(ErrorCode.FORBIDDEN, message, field="id" if article_id is not None else None)


async def _locked(article_id: int) -> KnowledgeArticle:
    article = await KnowledgeArticle.filter(id=article_id).select_for_update().first()
    if article is None:
        raise DomainError(ErrorCode.NOT_FOUND, "没有这篇知识库文章", field="id")
    return article


async def _keep_version(article: KnowledgeArticle, *, actor: Actor, note: str | None) -> None:
    await KnowledgeArticleVersion.create(
        article_id=article.id,
        version=article.version,
        title=article.title,
        category=article.category,
        problem=article.problem,
        steps=article.steps,
        tags=list(article.tags or []),
        editor_id=actor.user_id,
        note=note,
        edited_at=utcnow(),
    )


# ---------------------------------------------------------------- writing


async def create_article(*, actor: Actor, data: NewArticle) -> KnowledgeArticle:
    """A new procedure, DRAFT unless a manager publishes it at once."""
    if actor.role not in WRITERS:
        raise await _refuse(actor, "knowledge.create", None, "该角色不能编写知识库文章")
    if data.publish and not _is_editor(actor):
        await audit.record(actor, "knowledge.create", target_type="KnowledgeArticle", outcome="FORBIDDEN")
        raise DomainError(ErrorCode.FORBIDDEN, "只有经理可以发布文章；请先保存为草稿", field="publish")
    c = FieldErrors()
    text = clean_article_text(data, c)
    c.check()
    assert text is not None
    async with in_transaction():
        if data.source_complaint_id is not None:
            await require_settled_complaint(data.source_complaint_id)
        now = utcnow()
        article = await KnowledgeArticle.create(
            title=text.title,
            category=text.category,
            problem=text.problem,
            steps=text.steps,
            tags=text.tags,
            status=ArticleStatus.PUBLISHED if data.publish else ArticleStatus.DRAFT,
            version=1,
            source_complaint_id=data.source_complaint_id,
            author_id=actor.user_id,
            published_at=now if data.publish else None,
        )
        await _keep_version(article, actor=actor, note=None)
        await search.index_article(article)
        await audit.record(
            actor,
            "knowledge.create",
            target_type="KnowledgeArticle",
            target_id=article.id,
            details={"status": article.status.value, "sourceComplaintId": data.source_complaint_id},
        )
    return article


async def update_article(
    *, actor: Actor, article_id: int, expected_version: int, data: ArticleEdit
) -> KnowledgeArticle:
    """Saves new text as the next version; a stale expected_version is a CONFLICT."""
    c = FieldErrors()
    text = clean_article_text(data, c)
    note = c.run(clean_text, data.note, field="note", max_length=MAX_NOTE, label="修改说明")
    c.check()
    assert text is not None
    refusal: str | None = None
    async with in_transaction():
        article = await _locked(article_id)
        own_draft = article.author_id == actor.user_id and article.status is ArticleStatus.DRAFT  # type: ignore[attr-defined]
        if not _is_editor(actor) and not own_draft:
            refusal = "只有经理可以修改已发布的文章或他人的文章"
        else:
            if article.version != expected_version:
                raise DomainError(
                    ErrorCode.CONFLICT,
                    f"文章已被他人修改（当前第 {article.version} 版），请刷新后再改",
                    field="expectedVersion",
                )
            unchanged = all(getattr(article, name) == getattr(text, name) for name in _TEXT_FIELDS)
            if unchanged:
                return article
            for name in _TEXT_FIELDS:
                setattr(article, name, getattr(text, name))
            article.version += 1
            await article.save()
            await _keep_version(article, actor=actor, note=note)
            await search.index_article(article)
            await audit.record(
                actor,
                "knowledge.update",
                target_type="KnowledgeArticle",
                target_id=article.id,
                details={"version": article.version},
            )
            return article
    raise await _refuse(actor, "knowledge.update", article_id, refusal)


# What each move does: the status it leads to and the statuses it starts from.
_MOVES: dict[str, tuple[ArticleStatus, frozenset[ArticleStatus]]] = {
    "knowledge.publish": (ArticleStatus.PUBLISHED, frozenset({ArticleStatus.DRAFT, ArticleStatus.ARCHIVED})),
    "knowledge.archive": (ArticleStatus.ARCHIVED, frozenset({ArticleStatus.DRAFT, ArticleStatus.PUBLISHED})),
    "knowledge.unarchive": (ArticleStatus.DRAFT, frozenset({ArticleStatus.ARCHIVED})),
}
_STATE_MESSAGES = {
    "knowledge.publish": "文章已经发布",
    "knowledge.archive": "文章已经归档",
    "knowledge.unarchive": "只有已归档的文章可以恢复",
}


async def _move(*, actor: Actor, article_id: int, action: str) -> KnowledgeArticle:
    to, allowed_from = _MOVES[action]
    refusal: str | None = None
    async with in_transaction():
        article = await _locked(article_id)
        own_draft = article.author_id == actor.user_id and article.status is ArticleStatus.DRAFT  # type: ignore[attr-defined]
        # An author may discard (archive) their own draft; everything else is a manager's call.
        if not _is_editor(actor) and not (own_draft and to is ArticleStatus.ARCHIVED):
            refusal = "只有经理可以发布、归档或恢复文章"
        else:
            if article.status not in allowed_from:
                raise DomainError(ErrorCode.INVALID_STATE, _STATE_MESSAGES[action], field="id")
            previous = article.status
            now = utcnow()
            article.status = to
            if to is ArticleStatus.PUBLISHED:
                article.published_at = now
                article.archived_at = None
            elif to is ArticleStatus.ARCHIVED:
                article.archived_at = now
            else:
                article.archived_at = None
            await article.save(update_fields=["status", "published_at", "archived_at", "updated_at"])
            await search.set_indexed_status(article.id, to)
            await audit.record(
                actor,
                action,
                target_type="KnowledgeArticle",
                target_id=article.id,
                details={"from": previous.value, "to": to.value},
            )
            return article
    raise await _refuse(actor, action, article_id, refusal)


async def publish_article(*, actor: Actor, article_id: int) -> KnowledgeArticle:
    """DRAFT or ARCHIVED → PUBLISHED (a manager)."""
    return await _move(actor=actor, article_id=article_id, action="knowledge.publish")


async def archive_article(*, actor: Actor, article_id: int) -> KnowledgeArticle:
    """DRAFT or PUBLISHED → ARCHIVED: out of search and suggestions, kept with its versions."""
    return await _move(actor=actor, article_id=article_id, action="knowledge.archive")


async def unarchive_article(*, actor: Actor, article_id: int) -> KnowledgeArticle:
    """ARCHIVED → DRAFT, to be reworked and published again (a manager)."""
    return await _move(actor=actor, article_id=article_id, action="knowledge.unarchive")


async def mark_helpful(*, actor: Actor, article_id: int) -> KnowledgeArticle:
    """Counts "this helped" once per member of staff; marking again changes nothing."""
    if actor.user_id is None:
        raise DomainError(ErrorCode.FORBIDDEN, "请先登录", field="id")
    for _ in range(2):
        try:
            async with in_transaction():
                article = await _locked(article_id)
                if article.status is not ArticleStatus.PUBLISHED:
                    raise DomainError(ErrorCode.INVALID_STATE, "只能标记已发布的文章", field="id")
                if await ArticleHelpfulMark.filter(article_id=article.id, user_id=actor.user_id).exists():
                    return article
                await ArticleHelpfulMark.create(article_id=article.id, user_id=actor.user_id, marked_at=utcnow())
                await KnowledgeArticle.filter(id=article.id).update(helpful_count=F("helpful_count") + 1)
                article.helpful_count += 1
                await audit.record(actor, "knowledge.helpful", target_type="KnowledgeArticle", target_id=article.id)
                return article
        except IntegrityError:
            # The same person's second click landed at the same moment: the first one counted.
            continue
    found = await KnowledgeArticle.get(id=article_id)
    return found


# ---------------------------------------------------------------- from a complaint


async def require_settled_complaint(complaint_id: int, *, field: str = "sourceComplaintId") -> Complaint:
    complaint = await Complaint.get_or_none(id=complaint_id)
    if complaint is None:
        raise DomainError(ErrorCode.NOT_FOUND, "没有这条投诉", field=field)
    if complaint.status not in SETTLED:
        raise DomainError(ErrorCode.INVALID_STATE, "只有已解决或已关闭的投诉可以整理成知识库文章", field=field)
    return complaint


_SENTENCE_END = re.compile(r"[。！？!?；;，,\n]")


def _headline(description: str, limit: int = 24) -> str:
    first = _SENTENCE_END.split(description.strip(), maxsplit=1)[0].strip()
    return first if len(first) <= limit else first[:limit] + "…"


async def draft_from_complaint(complaint_id: int) -> NewArticle:
    """A prefilled draft from a settled complaint: what happened as the problem, the resolution as steps."""
    complaint = await require_settled_complaint(complaint_id, field="complaintId")
    headline = _headline(complaint.description)
    title = f"{complaint.category}：{headline}" if complaint.category else headline
    problem = complaint.description.strip()
    if complaint.root_cause:
        problem += f"\n\n原因：{complaint.root_cause.strip()}"
    tags: list[str] = []
    for tag in [complaint.category, *(complaint.departments or [])]:
        if tag and tag.strip() and tag.strip() not in tags:
            tags.append(tag.strip()[:MAX_TAG])
    return NewArticle(
        title=title[:MAX_TITLE],
        category=complaint.category,
        problem=problem[:MAX_PROBLEM],
        steps=(complaint.resolution or "").strip()[:MAX_STEPS],
        tags=tags[:MAX_TAGS],
        source_complaint_id=complaint.id,
    )


# ---------------------------------------------------------------- reading


def visible_statuses(actor: Actor, wanted: ArticleStatus | None = None) -> list[ArticleStatus]:
    """Managers see every status (or the one asked for); everyone else published articles only."""
    if not _is_editor(actor):
        return [ArticleStatus.PUBLISHED]
    return [wanted] if wanted is not None else list(ArticleStatus)


def can_read(actor: Actor, article: KnowledgeArticle) -> bool:
    return (
        _is_editor(actor)
        or article.status is ArticleStatus.PUBLISHED
        or (actor.user_id is not None and article.author_id == actor.user_id)  # type: ignore[attr-defined]
    )


async def get_article(article_id: int, *, actor: Actor) -> KnowledgeArticle | None:
    article = await KnowledgeArticle.get_or_none(id=article_id)
    return article if article is not None and can_read(actor, article) else None


async def articles_by_ids(ids: list[int]) -> dict[int, KnowledgeArticle]:
    if not ids:
        return {}
    return {a.id: a for a in await KnowledgeArticle.filter(id__in=list(ids))}


async def versions_of(article_ids: list[int]) -> dict[int, list[KnowledgeArticleVersion]]:
    """Each article's saved versions, newest first."""
    found: dict[int, list[KnowledgeArticleVersion]] = {i: [] for i in article_ids}
    rows = await KnowledgeArticleVersion.filter(article_id__in=article_ids).order_by("-version")
    for row in rows:
        found[row.article_id].append(row)  # type: ignore[attr-defined]
    return found


async def helpful_marked_by(user_id: int, article_ids: list[int]) -> set[int]:
    rows = await ArticleHelpfulMark.filter(user_id=user_id, article_id__in=article_ids).values_list(
        "article_id", flat=True
    )
    return {int(r) for r in rows}  # type: ignore[call-overload]


@dataclass(frozen=True)
class ArticlePage:
    articles: list[KnowledgeArticle]
    total: int
    offset: int


async def search_articles(text: str, *, statuses: Sequence[ArticleStatus], first: int, offset: int = 0) -> ArticlePage:
    """Articles matching the text, best first; an empty text lists the latest changed first."""
    query = text.strip()[:MAX_SEARCH]
    if not query:
        base = KnowledgeArticle.filter(status__in=list(statuses))
        total = await base.count()
        rows = await base.order_by("-updated_at", "-id").offset(offset).limit(first)
        return ArticlePage(list(rows), total, offset)
    ranked = await search.rank(search.query_terms(query), statuses=statuses, limit=first, offset=offset)
    found = await articles_by_ids(ranked.ids)
    return ArticlePage([found[i] for i in ranked.ids if i in found], ranked.total, offset)


async def suggest_articles(text: str, *, limit: int = 5) -> list[KnowledgeArticle]:
    """Published procedures that fit free text (a complaint as it is typed), best first.

    A suggestion shares at least two clues with the text, or one with its title, tags or category.
    """
    terms = search.suggestion_terms(text[:4000])
    ranked = await search.rank(
        terms,
        statuses=[ArticleStatus.PUBLISHED],
        limit=max(0, min(limit, 20)),
        clue_filter=True,
        keep_rarest=search.MAX_SUGGEST_TERMS,
        drop_common=True,
    )
    found = await articles_by_ids(ranked.ids)
    return [found[i] for i in ranked.ids if i in found]
