"""Demo complaints for `hotel-crm seed-demo`: half a year of a hotel's complaint desk, a few still overdue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from random import Random
from typing import Any

from tortoise.transactions import in_transaction

from server.complaints.models import Complaint, ComplaintArticle, ComplaintEvent, ComplaintStatus, Severity
from server.complaints.service import due_time
from server.customers.models import Customer
from server.knowledge import service as knowledge

S = ComplaintStatus


@dataclass(frozen=True)
class _Case:
    category: str
    departments: tuple[str, ...]
    description: str
    root_cause: str
    resolution: str
    compensation_fen: int = 0
    staff_at_fault_who: str | None = None


_CASES = [
    _Case(
        "客房设施",
        ("工程部", "客房部"),
        "客人反映 1206 房空调噪音很大，有嗡嗡的异响，夜里无法入睡。",
        "风机盘管轴承老化",
        "工程部更换风机，当晚为客人换到同房型安静房间并赠送早餐。",
        12800,
    ),
    _Case(
        "客房设施",
        ("工程部",),
        "空调不制冷，温度调到 18 度仍然很热。",
        "温控面板故障",
        "更换温控面板，送水果致歉。",
    ),
    _Case(
        "噪音",
        ("客房部", "前厅部"),
        "隔壁房间深夜大声喧哗，多次打电话到前台无人处理。",
        "夜班前台人手不足，未及时派保安",
        "保安上门劝止，次日大堂副理致歉并赠送延迟退房。",
        0,
        "夜班前台",
    ),
    _Case(
        "噪音",
        ("工程部",),
        "早上七点楼上装修电钻声，入住时没有告知。",
        "装修通知未在预订确认中写明",
        "调整施工时间到 10 点以后，给受影响楼层客人发致歉信。",
        5000,
    ),
    _Case(
        "卫生",
        ("客房部",),
        "浴室地漏有头发，毛巾上有污渍。",
        "客房清洁未按检查表复核",
        "立即重新打扫并更换全部布草，领班复查；赠送欢迎水果。",
        0,
        "客房服务员 刘某",
    ),
    _Case(
        "卫生",
        ("客房部", "采购部"),
        "床单上发现小虫子，客人非常不满。",
        "布草仓储防虫措施不到位",
        "换房并升级套房，布草全部送洗消杀，联系虫控公司。",
        58800,
    ),
    _Case(
        "服务态度",
        ("前厅部",),
        "办理入住时前台接待态度冷淡，排队二十分钟没人解释。",
        "高峰期排班不足，员工服务意识培训不够",
        "前厅经理致电道歉，赠送一次行政酒廊权益；调整周五晚班排班。",
        0,
        "前台接待 张某",
    ),
    _Case(
        "服务态度",
        ("餐饮部",),
        "早餐厅服务员催促客人离开，说要收台。",
        "员工对营业时间理解有误",
        "餐厅经理致歉，赠送早餐券两张，重新培训营业时间规定。",
        0,
        "早餐厅服务员 王某",
    ),
    _Case(
        "餐饮",
        ("餐饮部",),
        "送餐服务等了一个多小时，送到时菜已经凉了。",
        "厨房出品与送餐衔接不畅",
        "免单并重新制作；增加送餐高峰时段人手。",
        16800,
    ),
    _Case(
        "餐饮",
        ("餐饮部", "采购部"),
        "自助晚餐的海鲜不新鲜，客人吃后肠胃不适。",
        "供应商冷链运输温度超标",
        "陪同就医并承担费用，当餐免单，暂停该供应商并抽检。",
        88000,
    ),
    _Case(
        "账单",
        ("财务部", "前厅部"),
        "退房账单多收了一晚房费，客人要求退款。",
        "延住取消后系统未同步",
        "当场退还多收房费 688 元并致歉。",
    ),
    _Case(
        "账单",
        ("财务部",),
        "迷你吧没有使用却被收费。",
        "查房记录录入错误",
        "撤销迷你吧费用，退款原路返回。",
    ),
    _Case(
        "预订",
        ("前厅部", "销售部"),
        "通过官网预订的大床房，到店却只剩双床房。",
        "超售控制参数设置过高",
        "免费升级到行政大床房，调整超售比例。",
    ),
    _Case(
        "预订",
        ("销售部",),
        "协议公司价格没有生效，按门市价收费。",
        "协议价到期未续签录入",
        "按协议价重新结算并补录合同价格。",
    ),
    _Case(
        "停车",
        ("保安部",),
        "停车场没有车位，保安态度生硬，让客人自己找地方停。",
        "会议活动占用车位未提前协调",
        "安排代客泊车至附近合作停车场并承担停车费。",
        6000,
        "停车场保安 陈某",
    ),
    _Case(
        "会议服务",
        ("会议服务部", "工程部"),
        "会议室投影仪没有画面，会议推迟了半小时。",
        "HDMI 转接头损坏，会前未测试",
        "送备用投影仪，会议室费用打八折，增加会前设备检查。",
        50000,
    ),
]
_CHANNELS = ["电话", "前台", "邮件", "微信", "点评网站", "大堂副理"]
_SEVERITIES = [Severity.LOW, Severity.MEDIUM, Severity.MEDIUM, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL]
COMPLAINTS = 48
# The newest complaints are still being handled; a few of them are past their due time.
STILL_OPEN = 9


async def seed_complaints(*, seed: int, users: dict[str, int], now: datetime) -> int:
    """Adds half a year of demo complaints when there are none; returns how many were added."""
    if await Complaint.exists():
        return 0
    rng = Random(seed)
    customer_ids = [c["id"] for c in await Customer.all().order_by("id").limit(300).values("id")]
    handlers = [users[u] for u in ("agent", "frontdesk", "sales", "manager") if u in users]
    manager = users.get("manager")
    # Spread over 180 days, oldest first; the last STILL_OPEN are recent.
    offsets = sorted((rng.uniform(2, 180) for _ in range(COMPLAINTS - STILL_OPEN)), reverse=True)
    offsets += [rng.uniform(0.02, 3.5) for _ in range(STILL_OPEN)]
    repeaters = rng.sample(customer_ids, k=min(4, len(customer_ids)))
    async with in_transaction():
        for index, days_ago in enumerate(offsets):
            case = _CASES[rng.randrange(len(_CASES))]
            severity = rng.choice(_SEVERITIES)
            filed_at = now - timedelta(days=days_ago)
            if index % 9 == 0 and repeaters:
                customer_id: int | None = repeaters[index % len(repeaters)]
            else:
                customer_id = rng.choice(customer_ids) if customer_ids and rng.random() < 0.75 else None
            still_open = index >= COMPLAINTS - STILL_OPEN
            await _one(
                rng,
                case=case,
                severity=severity,
                filed_at=filed_at,
                customer_id=customer_id,
                filed_by=rng.choice(handlers) if handlers else None,
                assignee=rng.choice(handlers) if handlers else None,
                manager=manager,
                final=_final_status(rng, still_open),
                now=now,
            )
    return COMPLAINTS


def _final_status(rng: Random, still_open: bool) -> ComplaintStatus:
    if still_open:
        return rng.choice([S.OPEN, S.OPEN, S.INVESTIGATING, S.INVESTIGATING, S.REOPENED])
    return rng.choice([S.CLOSED, S.CLOSED, S.CLOSED, S.RESOLVED])


async def _one(
    rng: Random,
    *,
    case: _Case,
    severity: Severity,
    filed_at: datetime,
    customer_id: int | None,
    filed_by: int | None,
    assignee: int | None,
    manager: int | None,
    final: ComplaintStatus,
    now: datetime,
) -> None:
    due = due_time(severity, filed_at)
    events: list[dict[str, Any]] = [
        {
            "at": filed_at,
            "actor_id": filed_by,
            "action": "FILED",
            "to_status": S.OPEN,
            "changes": {
                "severity": {"from": None, "to": severity.value},
                "category": {"from": None, "to": case.category},
            },
        }
    ]
    columns: dict[str, Any] = {"status": S.OPEN}
    if final is not S.OPEN:
        started = filed_at + timedelta(minutes=rng.randint(5, 90))
        events.append(_moved(started, assignee, S.OPEN, S.INVESTIGATING, "已联系相关部门了解情况"))
        columns["status"] = S.INVESTIGATING
    if final in (S.RESOLVED, S.CLOSED, S.REOPENED):
        # Most are resolved within the promise, some late.
        window = (due - filed_at).total_seconds() / 60
        minutes = rng.uniform(0.2, 0.9) * window if rng.random() < 0.8 else rng.uniform(1.1, 2.5) * window
        resolved_at = min(filed_at + timedelta(minutes=max(minutes, 20)), now - timedelta(minutes=5))
        events.append(_moved(resolved_at, assignee, S.INVESTIGATING, S.RESOLVED, None))
        events[-1]["changes"] = {"resolution": {"from": None, "to": case.resolution}}
        columns.update(
            status=S.RESOLVED,
            resolved_at=resolved_at,
            resolution=case.resolution,
            root_cause=case.root_cause,
            compensation_fen=case.compensation_fen,
            staff_at_fault=case.staff_at_fault_who is not None,
            staff_at_fault_who=case.staff_at_fault_who,
        )
        if final is S.CLOSED:
            closed_at = min(resolved_at + timedelta(hours=rng.uniform(4, 48)), now - timedelta(minutes=1))
            satisfied = rng.random() < 0.85
            events.append(
                _moved(
                    closed_at, manager, S.RESOLVED, S.CLOSED, "回访：客人满意" if satisfied else "回访：客人仍有意见"
                )
            )
            events[-1]["changes"] = {"satisfied": {"from": None, "to": satisfied}}
            columns.update(status=S.CLOSED, closed_at=closed_at, satisfied=satisfied)
        if final is S.REOPENED:
            reopened_at = min(resolved_at + timedelta(hours=2), now - timedelta(minutes=30))
            events.append(_moved(reopened_at, assignee, S.RESOLVED, S.REOPENED, "客人来电说问题又出现了"))
            due = due_time(severity, reopened_at)
            columns.update(status=S.REOPENED, reopened_at=reopened_at, resolved_at=None)
    complaint = await Complaint.create(
        customer_id=customer_id,
        channel=rng.choice(_CHANNELS),
        category=case.category,
        severity=severity,
        description=case.description,
        assignee_id=assignee,
        departments=list(case.departments),
        due_at=due,
        filed_by_id=filed_by,
        filed_at=filed_at,
        version=len(events),
        **columns,
    )
    await ComplaintEvent.bulk_create([ComplaintEvent(complaint_id=complaint.id, **e) for e in events])
    articles = await knowledge.suggest_articles(case.description, limit=3)
    await ComplaintArticle.bulk_create(
        [
            ComplaintArticle(complaint_id=complaint.id, article_id=a.id, rank=rank, linked_at=filed_at)
            for rank, a in enumerate(articles, start=1)
        ]
    )


def _moved(
    at: datetime, actor: int | None, old: ComplaintStatus, new: ComplaintStatus, note: str | None
) -> dict[str, Any]:
    return {
        "at": at,
        "actor_id": actor,
        "action": new.value,
        "from_status": old,
        "to_status": new,
        "changes": {},
        "note": note,
    }
