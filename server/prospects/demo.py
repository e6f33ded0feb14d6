"""Demo prospects, follow-ups, feedback over the last year, events with attendance and the revisit tasks
they generate, for `hotel-crm seed-demo`. Written through the services, as the application writes them."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from random import Random

from server.auth.actor import Actor
from server.auth.models import Role
from server.core.time import hotel_today
from server.customers.models import Customer, CustomerStatus
from server.feedback import service as feedback
from server.feedback.models import Feedback
from server.prospects import service as prospects
from server.prospects.models import HotelEvent, Prospect, ProspectGrade
from server.settings import get_settings

MAX_PROSPECTS = 12
FEEDBACK_ROWS = 48
_CATEGORIES = ["客房", "餐饮", "服务", "设施", "价格", "前台"]
_PRAISE = ["早餐品种丰富", "前台办理入住很快", "房间安静干净", "服务员很热情", "会议室设备齐全"]
_COMPLAINTS = ["空调噪音大", "退房排队太久", "Wi-Fi 信号弱", "浴室水压小", "价格偏高"]
_FOLLOW_UPS = [
    ("决策人务实，重视性价比", "介绍了会议套餐和协议价", "预算审批周期长", "下周带报价单拜访"),
    ("对方对宴会厅很感兴趣", "带客户参观了宴会厅", "竞品报价更低", "申请特别折扣"),
    ("联系人刚上任，需要建立关系", "电话沟通年度订房需求", "尚未确定负责人", "寄送酒店资料"),
]


async def seed_prospects(*, seed: int, users: dict[str, int]) -> tuple[int, int, int]:
    """Adds prospects, feedback and events when there are none; returns (prospects, feedback, tasks generated)."""
    if await Prospect.exists() or await Feedback.exists() or await HotelEvent.exists():
        return 0, 0, 0
    rng = Random(seed)
    sales = Actor(user_id=users.get("sales"), username="sales", role=Role.SALES)
    manager = Actor(user_id=users.get("manager"), username="manager", role=Role.MANAGER)
    agent = Actor(user_id=users.get("agent"), username="agent", role=Role.AGENT)
    candidates = list(await Customer.filter(status__not=CustomerStatus.MERGED).order_by("-id").limit(MAX_PROSPECTS * 3))
    grades = [ProspectGrade.H, ProspectGrade.A, ProspectGrade.B, ProspectGrade.C]
    made = 0
    for index, customer in enumerate(candidates[:MAX_PROSPECTS]):
        prospect = await prospects.create_prospect(
            actor=sales,
            data=prospects.NewProspect(
                customer_id=customer.id, grade=grades[index % 4], interest="年度协议价与会议场地"
            ),
        )
        made += 1
        if index % 3 == 0:
            impression, content, bottleneck, plan = _FOLLOW_UPS[index % len(_FOLLOW_UPS)]
            follow_up = await prospects.record_follow_up(
                actor=sales,
                data=prospects.NewFollowUp(
                    prospect_id=prospect.id, content=content, impression=impression, bottleneck=bottleneck, plan=plan
                ),
            )
            if index % 2 == 0:
                await prospects.comment_on_follow_up(
                    actor=manager, follow_up_id=follow_up.id, comment="抓紧推进，注意报价底线"
                )
    tz = get_settings().timezone
    today = hotel_today()
    people = candidates[MAX_PROSPECTS:] or candidates
    for n in range(FEEDBACK_ROWS):
        day = today - timedelta(days=rng.randint(1, 360))
        rating = rng.choice([5, 5, 4, 4, 4, 3, 2, 1])
        text = rng.choice(_PRAISE if rating >= 4 else _COMPLAINTS)
        await feedback.record_feedback(
            actor=agent,
            data=feedback.NewFeedback(
                text=text,
                customer_id=people[n % len(people)].id if people and n % 3 else None,
                channel=rng.choice(feedback.CHANNELS),
                rating=rating,
                category=rng.choice(_CATEGORIES),
                received_at=datetime.combine(day, time(10, rng.randint(0, 59)), tz).astimezone(UTC),
            ),
        )
    for name, days_ago in (("婚宴品鉴会", 2), ("商务客户开放日", 12)):
        event = await prospects.create_event(actor=sales, name=name, held_on=today - timedelta(days=days_ago))
        for k, guest in enumerate(people[:6]):
            await prospects.record_attendance(
                actor=sales, event_id=event.id, customer_id=guest.id, purchased=(k + days_ago) % 3 == 0
            )
    generated = await prospects.generate_revisit_tasks()
    return made, FEEDBACK_ROWS, generated.stay_tasks + generated.event_tasks
