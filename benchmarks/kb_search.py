"""Knowledge-base search and suggestions at size: 10,000 articles, 200,000 complaints.

    .venv/bin/python benchmarks/kb_search.py              # fresh temporary SQLite
    .venv/bin/python benchmarks/kb_search.py --postgres   # a fresh PostgreSQL database instead

Makes a fresh migrated database, writes generated procedures (Chinese, some English) with their
search terms — cut by the same code the service uses on every save — and complaints in bulk, then
times the service calls behind `knowledgeArticles(search:, first: 20)` (mixed 1-, 2- and
3+-character Chinese and English queries, published articles only, as an agent sees them) and
`articleSuggestions` (complaint-length free text), in process, one at a time. Prints p50/p90/p99
against the target (p99 ≤ 50 ms on SQLite). A measurement, not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HOTEL_CRM_SECRET_KEY", "benchmark-secret-key-that-is-long-enough-0123")

from server.core.sql import db, placeholders
from server.db import apply_migrations, close_db
from server.knowledge import search, service
from server.knowledge.models import ArticleStatus

TOPICS = [
    ("空调", "客房设施", "空调噪音大，晚上睡不着", "通知工程部检查风机盘管"),
    ("投影仪", "会议服务", "会议室投影没有画面", "检查 HDMI 线，送备用投影仪"),
    ("退款", "账务", "客人取消预订要求退款", "核对订单，原路退回预付房费"),
    ("噪音", "安静环境", "隔壁房间深夜喧哗", "保安上门提醒邻房"),
    ("停车", "停车", "找不到停车位", "引导至地下车库，登记车牌"),
    ("早餐", "餐饮", "早餐菜品偏凉", "请厨师长到场，现做热菜"),
    ("清洁", "客房服务", "床单有污渍", "领班重新打扫，更换布草"),
    ("电梯", "设施", "电梯停运", "通知维保单位，安抚客人"),
    ("热水", "客房设施", "洗澡水不热", "检查热水循环泵"),
    ("账单", "账务", "迷你吧多收费", "调出消费明细核对"),
    ("失物", "前台", "物品遗落房间", "登记物品特征，查询失物登记本"),
    ("延迟退房", "前台", "要求下午退房", "查看房态，会员免费延迟"),
    ("送餐", "餐饮", "送餐超时", "致歉并免收服务费"),
    ("叫醒", "前台", "没有接到叫醒电话", "核查总机记录，协助改签"),
    ("异味", "客房服务", "房间有烟味", "送空气净化器，必要时换房"),
    ("门锁", "客房设施", "房卡打不开门", "重新制卡，检查门锁电池"),
    ("电视", "客房设施", "电视没有信号", "检查机顶盒和线路"),
    ("窗帘", "客房设施", "窗帘拉不上", "工程部维修轨道"),
    ("洗衣", "客房服务", "衣物洗坏", "核实洗衣单，按价赔偿"),
    ("预订", "前台", "房型与预订不符", "免费升级或换房"),
]
ENGLISH = [
    ("Wi-Fi", "Network", "guest cannot connect to the wifi", "restart the access point, offer a cable"),
    ("Refund", "Billing", "guest asks for a refund of a prepaid stay", "refund to the original card"),
    ("Room change", "Front office", "guest wants another room", "check availability, send a bellboy"),
    ("Noise", "Quiet", "noise from the next room at night", "security visits the neighbours"),
]
FILLER = [
    "客人",
    "反映",
    "情况",
    "值班经理",
    "前台",
    "客房部",
    "工程部",
    "立即",
    "致歉",
    "记录",
    "房号",
    "回访",
    "补偿",
    "积分",
    "早餐券",
    "升级",
    "十五分钟",
    "到场",
    "检查",
    "处理",
    "确认",
    "满意",
    "跟进",
    "培训",
    "复盘",
    "高峰",
    "时段",
    "人手",
    "安排",
    "会员",
    "金卡",
    "政策",
    "说明",
]
SEARCHES = [
    "房",
    "投",
    "退",
    "噪",
    "电",  # one character
    "空调",
    "投影",
    "退款",
    "噪音",
    "停车",
    "早餐",
    "清洁",
    "电梯",
    "账单",
    "热水",  # two
    "投影仪",
    "延迟退房",
    "空调噪音",
    "房卡打不开",
    "送餐超时",  # three or more
    "wifi",
    "refund",
    "room change",
    "ref",
    "noise",  # English
]
COMPLAINTS = [
    "客人说房间空调声音太吵了，一晚上都睡不着，要求换房并且给个说法",
    "会议开到一半投影仪突然没有画面了，换了线也不行，客户非常生气",
    "客人取消了预订，要求把预付的房费退回来，已经等了一周还没到账",
    "隔壁房间半夜一直很吵，打了两次电话都没人处理",
    "住店客人找不到停车位，保安态度也不好",
    "早餐的菜都是凉的，品种也少，排队排了二十分钟",
    "入住发现床单上有污渍，卫生间还有头发，客人要求退房",
    "The guest cannot connect to the wifi in the room and needs it for a video call",
    "客人被困电梯十分钟，非常害怕，要求酒店负责",
    "账单上多了两瓶迷你吧的水，客人说根本没喝",
]


def _article(rng: random.Random, i: int) -> tuple[str, str, str, str, list[str]]:
    if rng.random() < 0.1:
        word, category, problem, steps = rng.choice(ENGLISH)
        return (f"{word} procedure {i}", category, problem, steps + ". " + steps, [word.lower()])
    word, category, problem, steps = rng.choice(TOPICS)
    other = rng.choice(TOPICS)[0]
    title = f"{word}{rng.choice(['处理流程', '投诉处理', '应急', '问题', '标准'])}（{other}相关 {i}）"
    body = "。".join(" ".join(rng.sample(FILLER, 6)).replace(" ", "") for _ in range(3))
    return (
        title,
        category,
        f"{problem}。{body}",
        f"1. {steps}\n2. {''.join(rng.sample(FILLER, 8))}\n3. {''.join(rng.sample(FILLER, 8))}",
        [word, other],
    )


async def _populate(articles: int, complaints: int, seed: int) -> tuple[int, float]:
    rng = random.Random(seed)
    conn = db()
    now = datetime(2026, 1, 1, tzinfo=UTC)
    started = time.perf_counter()
    terms_written = 0
    article_sql = placeholders(
        "INSERT INTO knowledge_articles (id, title, category, problem, steps, tags, status, version, helpful_count, "
        "created_at, updated_at, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 0, ?, ?, ?)"
    )
    term_sql = placeholders("INSERT INTO knowledge_search_terms (article_id, term, status, weight) VALUES (?, ?, ?, ?)")
    batch = 500
    for start in range(1, articles + 1, batch):
        rows: list[list[Any]] = []
        term_rows: list[list[Any]] = []
        for i in range(start, min(start + batch, articles + 1)):
            title, category, problem, steps, tags = _article(rng, i)
            status = ArticleStatus.PUBLISHED if rng.random() < 0.9 else ArticleStatus.DRAFT
            at = now - timedelta(minutes=i)
            rows.append([i, title, category, problem, steps, json.dumps(tags), status.value, at, at, at])
            weights = search.article_terms(title=title, category=category, problem=problem, steps=steps, tags=tags)
            term_rows.extend([i, t, status.value, w] for t, w in weights.items())
        async with conn._in_transaction() as tx:
            await tx.execute_many(article_sql, rows)
            await tx.execute_many(term_sql, term_rows)
        terms_written += len(term_rows)
    complaint_sql = placeholders(
        "INSERT INTO complaints (id, category, severity, description, status, departments, due_at, "
        "compensation_fen, filed_at, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 1, ?, ?)"
    )
    for start in range(1, complaints + 1, 5000):
        rows = []
        for i in range(start, min(start + 5000, complaints + 1)):
            at = now - timedelta(minutes=i)
            rows.append(
                [
                    i,
                    rng.choice(TOPICS)[1],
                    rng.choice(["LOW", "MEDIUM", "HIGH", "CRITICAL"]),
                    rng.choice(COMPLAINTS),
                    rng.choice(["OPEN", "INVESTIGATING", "RESOLVED", "CLOSED"]),
                    '["前台"]',
                    at + timedelta(hours=24),
                    at,
                    at,
                    at,
                ]
            )
        async with conn._in_transaction() as tx:
            await tx.execute_many(complaint_sql, rows)
    await conn.execute_script("ANALYZE")
    return terms_written, time.perf_counter() - started


def _percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def _time(label: str, calls: list[Any], rounds: int) -> tuple[str, list[float]]:
    for call in calls:  # warm-up
        await call()
    samples: list[float] = []
    for _ in range(rounds):
        for call in calls:
            t0 = time.perf_counter()
            await call()
            samples.append((time.perf_counter() - t0) * 1000)
    return label, samples


async def run(url: str, *, articles: int, complaints: int, rounds: int, seed: int, backend: str) -> None:
    await apply_migrations(url)
    terms, seconds = await _populate(articles, complaints, seed)
    print(
        f"{backend}: {articles:,} articles ({terms:,} index rows), {complaints:,} complaints written in {seconds:.1f} s"
    )
    published = [ArticleStatus.PUBLISHED]

    def searcher(text: str) -> Any:
        return lambda: service.search_articles(text, statuses=published, first=20)

    def suggester(text: str) -> Any:
        return lambda: service.suggest_articles(text, limit=5)

    by_length = {
        "search, 1 character": [q for q in SEARCHES[:5]],
        "search, 2 characters": [q for q in SEARCHES[5:15]],
        "search, 3+ characters": [q for q in SEARCHES[15:20]],
        "search, English": [q for q in SEARCHES[20:]],
    }
    results = []
    all_search: list[float] = []
    for label, queries in by_length.items():
        name, samples = await _time(label, [searcher(q) for q in queries], rounds)
        results.append((name, samples))
        all_search.extend(samples)
    results.insert(0, ("search, all queries", all_search))
    results.append(await _time("suggestions (complaint text)", [suggester(t) for t in COMPLAINTS], rounds * 2))
    for q in ["投影", "refund", "空调噪音"]:
        page = await service.search_articles(q, statuses=published, first=3)
        print(f"  {q!r}: {page.total:,} found, first: {page.articles[0].title if page.articles else '-'}")
    print()
    print(f"| {backend}: {articles:,} articles, {complaints:,} complaints | p50 | p90 | p99 | target |")
    print("|---|---|---|---|---|")
    for name, samples in results:
        p99 = _percentile(samples, 99)
        target = ("p99 ≤ 50 ms " + ("✔" if p99 <= 50 else "✘")) if backend == "SQLite" else ""
        print(
            f"| {name} ({len(samples)}) | {statistics.median(samples):.2f} ms | {_percentile(samples, 90):.2f} ms "
            f"| {p99:.2f} ms | {target} |"
        )
    await close_db()


async def _admin(url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--complaints", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=20, help="times each query is timed")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--postgres", action="store_true", help="a fresh database on POSTGRES_URL")
    args = parser.parse_args(argv)
    options = {"articles": args.articles, "complaints": args.complaints, "rounds": args.rounds, "seed": args.seed}
    if args.postgres:
        admin = os.environ.get("POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
        name = f"hotel_crm_kb_bench_{uuid.uuid4().hex[:8]}"
        asyncio.run(_admin(admin, f'CREATE DATABASE "{name}"'))
        try:
            asyncio.run(run(admin.rsplit("/", 1)[0] + f"/{name}", backend="PostgreSQL", **options))
        finally:
            asyncio.run(_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        return 0
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as tmp:
        url = f"sqlite://{Path(tmp) / 'kb.sqlite3'}?synchronous=FULL&secure_delete=ON"
        asyncio.run(run(url, backend="SQLite", **options))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
