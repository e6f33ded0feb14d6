"""Writing procedures through GraphQL: roles, versions, CONFLICT, validation, helpful, from a complaint."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from server.auth.models import AuditEntry, Role
from server.complaints.models import Complaint, ComplaintStatus, Severity
from server.knowledge.models import (
    ArticleHelpfulMark,
    ArticleStatus,
    KnowledgeArticle,
    KnowledgeArticleVersion,
    KnowledgeSearchTerm,
)
from tests.conftest import Api

FIELDS = """article { id title category problem steps tags status version helpfulCount helpfulByMe
  sourceComplaintId author { username } versions { version title steps note editor { username } } }
errors { field code message }"""
CREATE = f"mutation($input: CreateKnowledgeArticleInput!) {{ createKnowledgeArticle(input: $input) {{ {FIELDS} }} }}"
UPDATE = f"mutation($input: UpdateKnowledgeArticleInput!) {{ updateKnowledgeArticle(input: $input) {{ {FIELDS} }} }}"
PUBLISH = f"mutation($id: ID!) {{ publishKnowledgeArticle(input: {{id: $id}}) {{ {FIELDS} }} }}"
ARCHIVE = f"mutation($id: ID!) {{ archiveKnowledgeArticle(input: {{id: $id}}) {{ {FIELDS} }} }}"
UNARCHIVE = f"mutation($id: ID!) {{ unarchiveKnowledgeArticle(input: {{id: $id}}) {{ {FIELDS} }} }}"
HELPFUL = f"mutation($id: ID!) {{ markArticleHelpful(input: {{id: $id}}) {{ {FIELDS} }} }}"
ONE = "query($id: ID!) { knowledgeArticle(id: $id) { id title status } }"
FROM_COMPLAINT = """query($id: ID!) {
  articleFromComplaint(complaintId: $id) { title category problem steps tags sourceComplaintId }
}"""
SUGGEST = "query($t: String!) { articleSuggestions(text: $t, first: 3) { title } }"

PROJECTOR = {
    "title": "投影仪无信号",
    "category": "会议服务",
    "problem": "会议室投影没有画面",
    "steps": "1. 检查 HDMI 线\n2. 送备用投影仪",
    "tags": [" 投影 ", "会议室", "投影", ""],
}


async def _call(api: Api, query: str, variables: dict[str, Any], role: Role) -> dict[str, Any]:
    data = await api.data(query, variables, as_role=role)
    result: dict[str, Any] = next(iter(data.values()))
    return result


async def _create(api: Api, role: Role = Role.AGENT, **overrides: Any) -> dict[str, Any]:
    done = await _call(api, CREATE, {"input": {**PROJECTOR, **overrides}}, role)
    assert done["errors"] == [], done["errors"]
    article: dict[str, Any] = done["article"]
    return article


async def _snapshot() -> tuple[list[tuple[Any, ...]], int, int, int]:
    articles = (
        await KnowledgeArticle.all().order_by("id").values_list("id", "title", "status", "version", "helpful_count")
    )
    return (
        [tuple(a) for a in articles],
        await KnowledgeArticleVersion.all().count(),
        await ArticleHelpfulMark.all().count(),
        await KnowledgeSearchTerm.all().count(),
    )


async def test_an_agent_writes_a_draft_kept_as_version_one(api: Api) -> None:
    article = await _create(api)
    assert article["status"] == "DRAFT"
    assert article["version"] == 1
    assert article["tags"] == ["投影", "会议室"]  # trimmed, empties and repeats dropped
    assert article["author"] == {"username": "agent-user"}
    assert article["versions"] == [
        {
            "version": 1,
            "title": "投影仪无信号",
            "steps": PROJECTOR["steps"],
            "note": None,
            "editor": {"username": "agent-user"},
        }
    ]
    audit = await AuditEntry.filter(action="knowledge.create").values_list("target_id", "outcome")
    assert audit == [(article["id"], "OK")]


@pytest.mark.parametrize("role", [Role.AGENT, Role.FRONT_DESK, Role.SALES])
async def test_only_a_manager_publishes_at_once_and_a_refusal_writes_nothing(api: Api, role: Role) -> None:
    before = await _snapshot()
    refused = await _call(api, CREATE, {"input": {**PROJECTOR, "publish": True}}, role)
    assert refused == {
        "article": None,
        "errors": [{"field": ["publish"], "code": "FORBIDDEN", "message": "只有经理可以发布文章；请先保存为草稿"}],
    }
    assert await _snapshot() == before
    published = await _create(api, Role.MANAGER, publish=True)
    assert published["status"] == "PUBLISHED"


async def test_admin_is_refused_at_the_field(api: Api) -> None:
    body = await api.gql(CREATE, {"input": PROJECTOR}, as_role=Role.ADMIN)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await KnowledgeArticle.all().count() == 0


async def test_edits_are_versions_and_a_stale_version_is_a_conflict(api: Api) -> None:
    article = await _create(api)
    edit = {"id": article["id"], "expectedVersion": 1, **PROJECTOR, "steps": "1. 换 HDMI 线", "note": "简化"}
    saved = (await _call(api, UPDATE, {"input": edit}, Role.AGENT))["article"]
    assert saved["version"] == 2
    assert [(v["version"], v["steps"], v["note"]) for v in saved["versions"]] == [
        (2, "1. 换 HDMI 线", "简化"),
        (1, PROJECTOR["steps"], None),
    ]
    before = await _snapshot()
    stale = await _call(api, UPDATE, {"input": {**edit, "steps": "别的"}}, Role.MANAGER)
    assert stale["errors"] == [
        {"field": ["expectedVersion"], "code": "CONFLICT", "message": "文章已被他人修改（当前第 2 版），请刷新后再改"}
    ]
    assert await _snapshot() == before


async def test_nobody_but_a_manager_edits_someone_elses_or_a_published_article(api: Api) -> None:
    draft = await _create(api, Role.AGENT)
    edit = {"id": draft["id"], "expectedVersion": 1, **PROJECTOR, "steps": "改"}
    before = await _snapshot()
    refused = await _call(api, UPDATE, {"input": edit}, Role.SALES)
    assert refused["errors"] == [
        {"field": ["id"], "code": "FORBIDDEN", "message": "只有经理可以修改已发布的文章或他人的文章"}
    ]
    assert (await _call(api, PUBLISH, {"id": draft["id"]}, Role.AGENT))["errors"][0]["code"] == "FORBIDDEN"
    assert await _snapshot() == before
    assert (await _call(api, PUBLISH, {"id": draft["id"]}, Role.MANAGER))["article"]["status"] == "PUBLISHED"
    # Published: even the author needs a manager now.
    own = await _call(api, UPDATE, {"input": edit}, Role.AGENT)
    assert own["errors"][0]["code"] == "FORBIDDEN"
    managed = await _call(api, UPDATE, {"input": edit}, Role.MANAGER)
    assert managed["article"]["version"] == 2
    assert managed["article"]["versions"][0]["editor"] == {"username": "manager-user"}
    refusals = await AuditEntry.filter(outcome="FORBIDDEN").values_list("action", flat=True)
    assert sorted(refusals) == ["knowledge.publish", "knowledge.update", "knowledge.update"]


async def test_validation_reports_every_field_and_writes_nothing(api: Api) -> None:
    done = await _call(
        api,
        CREATE,
        {
            "input": {
                "title": " ",
                "steps": "",
                "category": "类" * 65,
                "tags": ["好" * 33] + [f"t{i}" for i in range(21)],
            }
        },
        Role.AGENT,
    )
    assert done["article"] is None
    assert done["errors"] == [
        {"field": ["title"], "code": "REQUIRED", "message": "请填写标题"},
        {"field": ["category"], "code": "TOO_LONG", "message": "类别最多 64 个字符（当前 65 个）"},
        {"field": ["steps"], "code": "REQUIRED", "message": "请填写处理步骤"},
        {"field": ["tags", "0"], "code": "TOO_LONG", "message": "标签最多 32 个字符（当前 33 个）"},
        {"field": ["tags"], "code": "INVALID", "message": "标签最多 20 个（当前 21 个）"},
    ]
    assert await KnowledgeArticle.all().count() == 0


async def test_archive_and_unarchive(api: Api) -> None:
    article = await _create(api, Role.MANAGER, publish=True)
    archived = (await _call(api, ARCHIVE, {"id": article["id"]}, Role.MANAGER))["article"]
    assert archived["status"] == "ARCHIVED"
    again = await _call(api, ARCHIVE, {"id": article["id"]}, Role.MANAGER)
    assert again["errors"] == [{"field": ["id"], "code": "INVALID_STATE", "message": "文章已经归档"}]
    assert (
        await KnowledgeSearchTerm.filter(article_id=int(article["id"])).exclude(status=ArticleStatus.ARCHIVED).count()
        == 0
    )
    assert (await _call(api, UNARCHIVE, {"id": article["id"]}, Role.AGENT))["errors"][0]["code"] == "FORBIDDEN"
    back = (await _call(api, UNARCHIVE, {"id": article["id"]}, Role.MANAGER))["article"]
    assert back["status"] == "DRAFT"
    # An author may discard their own draft.
    draft = await _create(api, Role.AGENT)
    assert (await _call(api, ARCHIVE, {"id": draft["id"]}, Role.AGENT))["article"]["status"] == "ARCHIVED"


async def test_helpful_counts_once_per_person(api: Api) -> None:
    article = await _create(api, Role.MANAGER, publish=True)
    first = (await _call(api, HELPFUL, {"id": article["id"]}, Role.AGENT))["article"]
    second = (await _call(api, HELPFUL, {"id": article["id"]}, Role.AGENT))["article"]
    assert (first["helpfulCount"], first["helpfulByMe"]) == (1, True)
    assert (second["helpfulCount"], second["helpfulByMe"]) == (1, True)
    other = (await _call(api, HELPFUL, {"id": article["id"]}, Role.SALES))["article"]
    assert other["helpfulCount"] == 2
    assert await AuditEntry.filter(action="knowledge.helpful").count() == 2
    draft = await _create(api, Role.AGENT)
    assert (await _call(api, HELPFUL, {"id": draft["id"]}, Role.SALES))["errors"] == [
        {"field": ["id"], "code": "INVALID_STATE", "message": "只能标记已发布的文章"}
    ]


async def test_drafts_are_private_to_their_author_and_managers(api: Api) -> None:
    draft = await _create(api, Role.AGENT)
    assert (await api.data(ONE, {"id": draft["id"]}, as_role=Role.AGENT))["knowledgeArticle"]["id"] == draft["id"]
    assert (await api.data(ONE, {"id": draft["id"]}, as_role=Role.SALES))["knowledgeArticle"] is None
    assert (await api.data(ONE, {"id": draft["id"]}, as_role=Role.MANAGER))["knowledgeArticle"]["status"] == "DRAFT"


async def _complaint(status: ComplaintStatus) -> Complaint:
    now = datetime(2026, 3, 1, tzinfo=UTC)
    return await Complaint.create(
        category="会议服务",
        severity=Severity.HIGH,
        description="会议进行到一半投影仪没有画面，客人很不满。换了线也不行",
        status=status,
        departments=["工程部", "会议服务"],
        root_cause="转接头接触不良",
        resolution="1. 换用备用投影仪\n2. 会后赠送茶歇",
        due_at=now,
        filed_at=now,
    )


async def test_a_resolved_complaint_becomes_a_prefilled_draft(api: Api) -> None:
    complaint = await _complaint(ComplaintStatus.RESOLVED)
    draft = (await api.data(FROM_COMPLAINT, {"id": str(complaint.id)}, as_role=Role.MANAGER))["articleFromComplaint"]
    assert draft == {
        "title": "会议服务：会议进行到一半投影仪没有画面",
        "category": "会议服务",
        "problem": "会议进行到一半投影仪没有画面，客人很不满。换了线也不行\n\n原因：转接头接触不良",
        "steps": "1. 换用备用投影仪\n2. 会后赠送茶歇",
        "tags": ["会议服务", "工程部"],
        "sourceComplaintId": str(complaint.id),
    }
    saved = await _create(api, Role.MANAGER, **{k: v for k, v in draft.items()})
    assert saved["sourceComplaintId"] == str(complaint.id)


async def test_an_open_complaint_is_no_source(api: Api) -> None:
    complaint = await _complaint(ComplaintStatus.INVESTIGATING)
    done = await _call(api, CREATE, {"input": {**PROJECTOR, "sourceComplaintId": str(complaint.id)}}, Role.MANAGER)
    assert done["errors"] == [
        {
            "field": ["sourceComplaintId"],
            "code": "INVALID_STATE",
            "message": "只有已解决或已关闭的投诉可以整理成知识库文章",
        }
    ]
    missing = await _call(api, CREATE, {"input": {**PROJECTOR, "sourceComplaintId": "999"}}, Role.MANAGER)
    assert missing["errors"] == [{"field": ["sourceComplaintId"], "code": "NOT_FOUND", "message": "没有这条投诉"}]
    body = await api.gql(FROM_COMPLAINT, {"id": str(complaint.id)}, as_role=Role.MANAGER)
    assert body["errors"][0]["extensions"]["code"] == "INVALID_STATE"
    assert await KnowledgeArticle.all().count() == 0


async def test_suggestions_through_the_api(api: Api) -> None:
    await _create(api, Role.MANAGER, publish=True)
    found = await api.data(SUGGEST, {"t": "客人说会议室的投影仪没画面"}, as_role=Role.AGENT)
    assert found["articleSuggestions"] == [{"title": "投影仪无信号"}]
