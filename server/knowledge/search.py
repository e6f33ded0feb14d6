"""Search over the knowledge base: a term index that behaves the same on SQLite and PostgreSQL.

Why not FTS5 or pg_trgm: a trigram index never matches a query of one or two characters, and
most Chinese words (空调, 投影, 退款) are two. Instead every saved article is cut into terms —
each CJK character and each pair of neighbouring CJK characters, each lower-cased Latin word and
its prefixes ("refund" also gives "re*" … "refun*") — and stored in `knowledge_search_terms`
with the weight of the best field the term occurs in. A query is cut the same way and answered
with equality lookups on one B-tree index (term, status, article, weight) and a GROUP BY:

    score(article) = Σ over the query's terms found in it: field weight × term kind × rarity

field weight: title 8, tags and category 4, problem 2, steps 1 (the best field only, so one title
hit outranks any single body hit); term kind: 2 for a CJK character or pair and a whole Latin
word, 1 for a Latin prefix; rarity = 1 + ⌊10 · ln((N + 1) / (df + 1))⌋, N the searchable
articles and df those holding the term (a term in every article counts little). All integers:
both databases sum and order them identically; ties go to the newer article.
"""

from __future__ import annotations

import functools
import logging
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import jieba  # type: ignore[import-untyped]

from server.core.sql import db, fetch, in_list, placeholders
from server.knowledge.models import ArticleStatus, KnowledgeArticle

TITLE, LABEL, PROBLEM, STEPS = 8, 4, 2, 1
MAX_TERM = 32
MAX_PREFIX = 15
# A query is cut into at most this many terms (a pasted page should not become a huge IN list).
MAX_QUERY_TERMS = 48
# Suggestions from free text keep the rarest terms only.
MAX_SUGGEST_TERMS = 24

jieba.setLogLevel(logging.WARNING)

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUNS = re.compile(rf"[{_CJK}]+|[a-z0-9]+(?:[-.'][a-z0-9]+)*")
_PARTS = re.compile(r"[a-z0-9]+")

# Characters that carry no meaning of their own in a complaint; a pair holding one is no clue
# (used for suggestions from free text only — a deliberate search keeps every term).
_STOP_CHARS = frozenset("的了是在和也就都很我你他她它们这那有又说吧吗呢啊着把被给让对到与及等个")
_STOP_PAIRS = frozenset(
    [
        "客人",
        "顾客",
        "客户",
        "宾客",
        "投诉",
        "酒店",
        "房间",
        "没有",
        "一个",
        "非常",
        "什么",
        "时候",
        "今天",
        "昨天",
        "表示",
        "要求",
        "问题",
        "情况",
        "进行",
        "可以",
        "已经",
        "因为",
        "所以",
        "但是",
        "还是",
        "不是",
        "反映",
        "希望",
        "需要",
        "处理",
        "工作",
        "人员",
        "服务",
        "感觉",
        "觉得",
        "一直",
        "然后",
        "知道",
        "告诉",
    ]
)
_STOP_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "is",
        "are",
        "was",
        "were",
        "be",
        "it",
        "this",
        "that",
        "with",
        "my",
        "our",
    ]
)


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def _is_cjk(run: str) -> bool:
    return "\u3400" <= run[0] <= "\ufaff"


def _latin_words(run: str) -> list[str]:
    """'wi-fi' gives wi, fi and wifi; "o'clock" gives o, clock and oclock."""
    parts = _PARTS.findall(run)
    words = [p for p in parts if len(p) <= MAX_TERM]
    joined = "".join(parts)
    if len(parts) > 1 and len(joined) <= MAX_TERM:
        words.append(joined)
    return words


def document_terms(text: str | None) -> set[str]:
    """The terms stored for a piece of an article."""
    terms: set[str] = set()
    for run in _RUNS.findall(normalize(text or "")):
        if _is_cjk(run):
            terms.update(run)
            terms.update(run[i : i + 2] for i in range(len(run) - 1))
            continue
        for word in _latin_words(run):
            terms.add(word)
            terms.update(word[:k] + "*" for k in range(2, min(len(word), MAX_PREFIX + 1)))
    return terms


def article_terms(
    *, title: str, category: str | None, problem: str | None, steps: str, tags: Sequence[str]
) -> dict[str, int]:
    """Each term of an article with the weight of the best field it occurs in."""
    weights: dict[str, int] = {}
    fields: list[tuple[str | None, int]] = [
        (steps, STEPS),
        (problem, PROBLEM),
        (category, LABEL),
        (" ".join(tags), LABEL),
        (title, TITLE),
    ]
    for text, weight in fields:
        for term in document_terms(text):
            weights[term] = max(weight, weights.get(term, 0))
    return weights


def query_terms(text: str) -> dict[str, int]:
    """What a typed search looks for, with each term's kind weight.

    A lone CJK character is looked up as a character; longer CJK runs by their pairs. A Latin
    word matches the whole word (weight 2) or, from two letters on, a longer word it begins (1).
    """
    terms: dict[str, int] = {}
    for run in _RUNS.findall(normalize(text)):
        if _is_cjk(run):
            if len(run) == 1:
                terms[run] = 2
            for i in range(len(run) - 1):
                terms[run[i : i + 2]] = 2
            continue
        words = _latin_words(run)
        for word in words:
            terms[word] = 2
        # "wi-fi" may begin a longer word as a whole ("wifi…"), not as "wi" or "fi".
        if words and 2 <= len(words[-1]) <= MAX_PREFIX:
            terms.setdefault(words[-1] + "*", 1)
    return dict(list(terms.items())[:MAX_QUERY_TERMS])


@functools.cache
def _segmenter() -> jieba.Tokenizer:
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def _words(run: str) -> list[str]:
    """The words of a run of Chinese text (jieba's search mode: 投影仪 also gives 投影)."""
    return [w for w in _segmenter().cut_for_search(run, HMM=True) if len(w) >= 2]


def warm_up() -> None:
    """Loads the word dictionary (about half a second) before the first complaint is typed."""
    _segmenter()


def suggestion_terms(text: str) -> dict[str, int]:
    """Clues in free text (a complaint being typed): CJK pairs and Latin words, filler dropped.

    The last word, when the text does not end in a space, may be half typed: its prefix counts too.
    """
    terms: dict[str, int] = {}
    runs = _RUNS.findall(normalize(text))
    for run in runs:
        if _is_cjk(run):
            # Pairs inside the words of the sentence count fully; a pair that straddles two words
            # ("投影仪无法连接": 仪无, 法连) counts half — a weak clue that would otherwise let
            # a title like "无法连接" outrank the procedure the sentence is about.
            inside = {w[i : i + 2] for w in _words(run) for i in range(len(w) - 1)}
            for i in range(len(run) - 1):
                pair = run[i : i + 2]
                if pair not in _STOP_PAIRS and not (_STOP_CHARS & set(pair)):
                    terms[pair] = 2 if pair in inside else 1
            continue
        for word in _latin_words(run):
            if len(word) >= 2 and word not in _STOP_WORDS:
                terms[word] = 2
    if runs and not _is_cjk(runs[-1]) and text == text.rstrip():
        last = _latin_words(runs[-1])
        if last and 2 <= len(last[-1]) <= MAX_PREFIX and last[-1] not in _STOP_WORDS:
            terms.setdefault(last[-1] + "*", 1)
    return terms


# ---------------------------------------------------------------- index upkeep


async def index_article(article: KnowledgeArticle) -> None:
    """Replaces the article's terms; call inside the transaction that saves it."""
    conn = db()
    await fetch("DELETE FROM knowledge_search_terms WHERE article_id = ?", [article.id])
    weights = article_terms(
        title=article.title,
        category=article.category,
        problem=article.problem,
        steps=article.steps,
        tags=list(article.tags or []),
    )
    rows = [(article.id, term, article.status.value, weight) for term, weight in weights.items()]
    if not rows:
        return
    query = placeholders("INSERT INTO knowledge_search_terms (article_id, term, status, weight) VALUES (?, ?, ?, ?)")
    await conn.execute_many(query, [list(r) for r in rows])


async def set_indexed_status(article_id: int, status: ArticleStatus) -> None:
    await fetch("UPDATE knowledge_search_terms SET status = ? WHERE article_id = ?", [status.value, article_id])


# ---------------------------------------------------------------- ranking


@dataclass(frozen=True)
class Ranked:
    ids: list[int]
    total: int


def rarity(df: int, n: int) -> int:
    return 1 + int(10 * math.log((n + 1) / (df + 1)))


async def _frequencies(terms: Iterable[str], statuses: Sequence[str]) -> tuple[dict[str, int], int]:
    """How many searchable articles hold each term, and how many searchable articles there are."""
    term_list = list(terms)
    rows = await fetch(
        f"SELECT term, COUNT(*) AS n FROM knowledge_search_terms WHERE term IN ({in_list(term_list)}) "
        f"AND status IN ({in_list(list(statuses))}) GROUP BY term UNION ALL "
        f"SELECT '' AS term, COUNT(*) AS n FROM knowledge_articles WHERE status IN ({in_list(list(statuses))})",
        [*term_list, *statuses, *statuses],
    )
    df = {r["term"]: int(r["n"]) for r in rows if r["term"]}
    total = next((int(r["n"]) for r in rows if not r["term"]), 0)
    return df, total


async def rank(
    terms: dict[str, int],
    *,
    statuses: Sequence[ArticleStatus],
    limit: int,
    offset: int = 0,
    weigh_rarity: bool = True,
    clue_filter: bool = False,
    keep_rarest: int | None = None,
    drop_common: bool = False,
) -> Ranked:
    """Article ids best first for these terms (see the module's doc for the score)."""
    if not terms or limit <= 0:
        return Ranked([], 0)
    status_values = [s.value for s in statuses]
    multiplier = dict(terms)
    if weigh_rarity and len(terms) > 1:
        df, n = await _frequencies(terms, status_values)
        found = {t: d for t, d in df.items() if d > 0}
        if drop_common and n >= 10:
            # A term in more than half of the procedures tells them apart no better than noise.
            found = {t: d for t, d in found.items() if d * 2 <= n} or found
        kept = sorted(found, key=lambda t: (found[t], t))
        if keep_rarest is not None:
            kept = kept[:keep_rarest]
        multiplier = {t: terms[t] * rarity(found[t], n) for t in kept}
        if not multiplier:
            return Ranked([], 0)
    term_list = list(multiplier)
    score = "SUM(CAST(weight AS INTEGER) * CASE term {} ELSE 0 END)".format(
        " ".join(f"WHEN ? THEN {int(m)}" for m in multiplier.values())
    )
    having = "HAVING COUNT(*) >= 2 OR MAX(weight) >= ?" if clue_filter else ""
    params: list[object] = [*term_list, *term_list, *status_values]
    if clue_filter:
        params.append(LABEL)
    rows = await fetch(
        f"SELECT article_id, {score} AS score, COUNT(*) OVER () AS total FROM knowledge_search_terms "
        f"WHERE term IN ({in_list(term_list)}) AND status IN ({in_list(status_values)}) "
        f"GROUP BY article_id {having} ORDER BY score DESC, article_id DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    if rows:
        return Ranked([int(r["article_id"]) for r in rows], int(rows[0]["total"]))
    if offset == 0:
        return Ranked([], 0)
    # Past the last page: the window total is not there to read.
    counted = await fetch(
        f"SELECT COUNT(*) AS n FROM (SELECT article_id FROM knowledge_search_terms "
        f"WHERE term IN ({in_list(term_list)}) AND status IN ({in_list(status_values)}) "
        f"GROUP BY article_id {having}) AS found",
        [*term_list, *status_values, *([LABEL] if clue_filter else [])],
    )
    return Ranked([], int(counted[0]["n"]))
