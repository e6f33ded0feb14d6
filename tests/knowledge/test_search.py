"""Relevance of knowledgeArticles search and of suggestions, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from server.auth.actor import Actor
from server.auth.models import Role
from server.knowledge import search, service
from server.knowledge.demo import seed_procedures
from server.knowledge.models import ArticleStatus
from tests.conftest import Api, QueryCounter
from tests.knowledge.support import make_article, make_library

SEARCH = """query($q: String!, $first: Int, $after: String, $status: ArticleStatus) {
  knowledgeArticles(search: $q, first: $first, after: $after, status: $status) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title status helpfulCount helpfulByMe author { username } } }
  }
}"""
PUBLISHED = [ArticleStatus.PUBLISHED]


async def _titles(text: str, first: int = 10) -> list[str]:
    page = await service.search_articles(text, statuses=PUBLISHED, first=first)
    return [a.title for a in page.articles]


@pytest.mark.parametrize(
    ("query", "expected_first"),
    [
        ("空调", "空调噪音投诉处理"),
        ("投影", "投影仪无信号或画面模糊"),
        ("退款", "退款流程（预付房费）"),
        ("停车", "停车位不足与停车收费"),
        ("早餐", "早餐质量投诉"),
        ("失物", "失物招领"),
        ("延迟退房", "延迟退房申请"),
        ("账单", "账单争议处理"),
        ("电梯", "电梯故障安抚"),
        ("清洁", "房间清洁不到位"),
        ("邻房噪音", "邻房噪音投诉"),
        ("空调噪音", "空调噪音投诉处理"),
        ("wifi", "Wi-Fi 无法连接或网速慢"),
        ("WIFI", "Wi-Fi 无法连接或网速慢"),
        ("Wi-Fi", "Wi-Fi 无法连接或网速慢"),
        ("refund", "Refund request for a prepaid booking"),
        ("Refun", "Refund request for a prepaid booking"),
        ("room change", "Room change request"),
        ("会议 麦克风", "会议室设备故障应急"),
    ],
)
async def test_each_query_finds_its_procedure_first(db: str, query: str, expected_first: str) -> None:
    await make_library()
    titles = await _titles(query)
    assert titles, f"{query!r} found nothing"
    assert titles[0] == expected_first, titles


async def test_two_character_words_are_found_inside_longer_text(db: str) -> None:
    # Given the library; when searching two-character words that trigram indexes miss
    await make_library()
    # then every article holding the word anywhere is found, title holders first
    assert await _titles("投影") == ["投影仪无信号或画面模糊", "会议室设备故障应急"]
    assert await _titles("退款") == ["退款流程（预付房费）", "账单争议处理"]
    assert set(await _titles("噪音")) == {"空调噪音投诉处理", "邻房噪音投诉"}


async def test_a_title_match_outranks_any_body_match(db: str) -> None:
    # Given a body that says 热水 many times and a title that says it once
    body = await make_article(
        "浴室问题汇总", steps="热水 热水器 热水管 热水 热水", problem="没有热水，热水忽冷忽热", tags=["热水"]
    )
    title = await make_article("热水供应中断", steps="通知工程部")
    page = await service.search_articles("热水", statuses=PUBLISHED, first=10)
    assert [a.id for a in page.articles] == [title.id, body.id]


async def test_one_character_queries_match_the_character(db: str) -> None:
    await make_library()
    titles = await _titles("梯")
    assert titles == ["电梯故障安抚"]
    # A single Latin letter matches only a one-letter word, never every word that begins with it.
    assert await _titles("w") == []


async def test_no_match_gives_an_empty_page(db: str) -> None:
    await make_library()
    assert await _titles("xyzzy") == []
    assert await _titles("鲸鱼") == []
    assert await _titles("   ") != []  # an empty search lists everything instead


async def test_drafts_and_archived_articles_are_left_out_of_published_search(db: str) -> None:
    draft = await make_article("投影草稿", publish=False)
    archived = await make_article("投影旧版")
    await service.archive_article(actor=_manager(), article_id=archived.id)
    assert await _titles("投影") == []
    everything = await service.search_articles("投影", statuses=list(ArticleStatus), first=10)
    assert {a.id for a in everything.articles} == {draft.id, archived.id}


def _manager() -> Actor:
    return Actor(user_id=None, username="m", role=Role.MANAGER)


async def test_edits_reindex_the_article(db: str) -> None:
    article = await make_article("空调不制冷")
    await service.update_article(
        actor=_manager(),
        article_id=article.id,
        expected_version=1,
        data=service.ArticleEdit(title="暖气不热", steps="检查阀门"),
    )
    assert await _titles("空调") == []
    assert await _titles("暖气") == ["暖气不热"]


@pytest.mark.parametrize(
    ("text", "expected_first"),
    [
        ("客人说房间空调声音太吵了，一晚上睡不着", "空调噪音投诉处理"),
        ("会议开到一半投影仪突然没有画面了", "投影仪无信号或画面模糊"),
        ("客人取消了预订，要求把预付的房费退回", "退款流程（预付房费）"),
        ("隔壁房间半夜很吵", "邻房噪音投诉"),
        ("The guest wants a refund for the prepaid booking", "Refund request for a prepaid booking"),
        ("guest cannot connect to wifi", "Wi-Fi 无法连接或网速慢"),
    ],
)
async def test_suggestions_from_a_complaint_text(db: str, text: str, expected_first: str) -> None:
    await make_library()
    found = await service.suggest_articles(text, limit=5)
    assert found, text
    assert found[0].title == expected_first, [a.title for a in found]


async def test_suggestions_need_a_real_clue(db: str) -> None:
    await make_library()
    assert await service.suggest_articles("客人今天非常不满意，我们已经处理了") == []
    assert await service.suggest_articles("") == []
    assert len(await service.suggest_articles("空调噪音 投影 退款 停车 早餐 电梯", limit=3)) == 3


async def test_suggestions_are_published_only(db: str) -> None:
    await make_article("投影仪无画面", publish=False)
    assert await service.suggest_articles("投影仪没有画面") == []


def test_terms_of_a_text() -> None:
    assert search.query_terms("空调") == {"空调": 2}
    assert search.query_terms("投") == {"投": 2}
    assert search.query_terms("空调噪音") == {"空调": 2, "调噪": 2, "噪音": 2}
    assert search.query_terms("Wi-Fi") == {"wi": 2, "fi": 2, "wifi": 2, "wifi*": 1}
    assert {"wifi", "wi*", "wif*", "空", "空调", "调"} <= search.document_terms("WiFi 空调")


async def test_search_through_the_api_pages_and_costs_few_statements(api: Api, count_queries: QueryCounter) -> None:
    await make_library()
    await api.user(Role.AGENT)
    count_queries.statements.clear()
    data = await api.data(SEARCH, {"q": "会议室", "first": 1}, as_role=Role.AGENT)
    found = data["knowledgeArticles"]
    assert found["totalCount"] == 2
    assert found["pageInfo"]["hasNextPage"] is True
    assert [e["node"]["title"] for e in found["edges"]] == ["会议室设备故障应急"]
    # token's user, term frequencies, ranking, articles, the user's helpful marks (no authors here)
    assert len(count_queries.statements) <= 5, count_queries.statements
    after = found["pageInfo"]["endCursor"]
    more = await api.data(SEARCH, {"q": "会议室", "first": 5, "after": after}, as_role=Role.AGENT)
    assert [e["node"]["title"] for e in more["knowledgeArticles"]["edges"]] == ["投影仪无信号或画面模糊"]


async def test_agents_see_published_only_even_when_asking_for_drafts(api: Api) -> None:
    await make_article("投影草稿", publish=False)
    await make_article("投影已发布")
    agent = await api.data(SEARCH, {"q": "投影", "status": "DRAFT"}, as_role=Role.AGENT)
    assert [e["node"]["title"] for e in agent["knowledgeArticles"]["edges"]] == ["投影已发布"]
    manager = await api.data(SEARCH, {"q": "投影", "status": "DRAFT"}, as_role=Role.MANAGER)
    assert [e["node"]["title"] for e in manager["knowledgeArticles"]["edges"]] == ["投影草稿"]
    admin = await api.gql(SEARCH, {"q": "投影"}, as_role=Role.ADMIN)
    assert admin["errors"][0]["extensions"]["code"] == "FORBIDDEN"


def test_pairs_across_two_words_are_weak_clues() -> None:
    terms = search.suggestion_terms("投影仪无法连接电脑")
    assert {t: terms[t] for t in ("投影", "影仪", "无法", "连接", "电脑")} == dict.fromkeys(
        ("投影", "影仪", "无法", "连接", "电脑"), 2
    )
    assert {t: terms[t] for t in ("仪无", "法连", "接电")} == dict.fromkeys(("仪无", "法连", "接电"), 1)


@pytest.mark.parametrize(
    ("text", "expected_first"),
    [
        ("房间投影仪无法连接电脑", "投影仪故障应急（会议室）"),
        ("客人反映空调噪音太大，晚上睡不着", "空调噪音处理流程"),
    ],
)
async def test_suggestions_over_the_demo_procedures(db: str, text: str, expected_first: str) -> None:
    await seed_procedures(author_id=None)
    found = await service.suggest_articles(text, limit=3)
    assert [a.title for a in found][:1] == [expected_first], [a.title for a in found]
