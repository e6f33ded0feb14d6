"""A fixed set of procedures for the relevance tests, created through the real service."""

from __future__ import annotations

from server.auth.actor import Actor
from server.auth.models import Role
from server.knowledge import service
from server.knowledge.models import KnowledgeArticle

# A manager with no user row behind it: articles get no author (fine for search tests).
EDITOR = Actor(user_id=None, username="test-manager", role=Role.MANAGER)

# (title, category, problem, steps, tags). Some titles and bodies share words on purpose:
# a title hit must outrank a body hit.
ARTICLES: list[tuple[str, str, str, str, list[str]]] = [
    (
        "空调噪音投诉处理",
        "客房设施",
        "客人反映房间空调运行时噪音大，影响休息。",
        "1. 致歉并记录房号\n2. 通知工程部 15 分钟内上门检查风机\n3. 无法修复时为客人换房",
        ["空调", "噪音", "工程部"],
    ),
    (
        "投影仪无信号或画面模糊",
        "会议服务",
        "会议室投影无法显示电脑画面，或画面发虚。",
        "1. 检查 HDMI 线和转接头\n2. 切换信号源\n3. 仍不行时 10 分钟内送备用投影设备",
        ["会议室", "投影"],
    ),
    (
        "退款流程（预付房费）",
        "账务",
        "客人提前离店或取消预订，要求退还预付房费。",
        "1. 核对订单和付款方式\n2. 按原路退回，前台经理审批\n3. 告知客人到账时间 3-7 个工作日",
        ["退款", "财务"],
    ),
    (
        "账单争议处理",
        "账务",
        "客人对账单上的迷你吧或电话费有异议，认为多收费，要求退款。",
        "1. 调出消费明细与签单\n2. 确认为误收时当场冲账\n3. 无法确认时由值班经理决定",
        ["账单", "争议"],
    ),
    (
        "邻房噪音投诉",
        "安静环境",
        "客人投诉隔壁房间深夜喧哗、电视声音过大。",
        "1. 保安上门礼貌提醒邻房\n2. 十分钟后回访投诉客人\n3. 仍有噪音时提供换房",
        ["噪音", "安保"],
    ),
    (
        "停车位不足与停车收费",
        "停车",
        "住店客人找不到停车位，或对停车费有疑问。",
        "1. 引导至地下二层备用车位\n2. 住店客人每晚免费停车一次\n3. 登记车牌号",
        ["停车", "车位"],
    ),
    (
        "Wi-Fi 无法连接或网速慢",
        "网络",
        "Guest cannot connect to the WiFi or the connection is slow.",
        "1. 确认客人使用的网络名称和房号密码\n2. 重启房间 AP\n3. 通知 IT 值班，必要时提供有线网络",
        ["wifi", "网络"],
    ),
    (
        "Refund request for a prepaid booking",
        "Billing",
        "A guest asks for a refund of a prepaid stay after cancelling.",
        "1. Check the booking and the payment\n2. Refund to the original card after the manager approves",
        ["refund", "english"],
    ),
    (
        "Room change request",
        "Front office",
        "The guest asks to move to another room (noise, view, smell).",
        "1. Check availability of the same room type\n2. Send a bellboy to help with luggage\n3. Update the key cards",
        ["room change"],
    ),
    (
        "早餐质量投诉",
        "餐饮",
        "客人投诉早餐菜品偏凉、品种少。",
        "1. 致歉并请厨师长到场\n2. 现做一份热菜\n3. 赠送次日早餐券",
        ["早餐", "餐饮"],
    ),
    (
        "房间清洁不到位",
        "客房服务",
        "客人入住发现床单有污渍、卫生间有头发。",
        "1. 立即致歉并安排领班重新打扫\n2. 更换全部布草\n3. 记录责任服务员",
        ["清洁", "客房"],
    ),
    (
        "失物招领",
        "前台",
        "客人退房后发现物品遗落在房间。",
        "1. 登记物品特征与房号\n2. 查询失物登记本\n3. 找到后按客人要求寄回或保管 90 天",
        ["失物"],
    ),
    (
        "延迟退房申请",
        "前台",
        "客人要求延迟到下午退房。",
        "1. 查看当天房态\n2. 会员可免费延迟至 14:00\n3. 其余按半天房费收取",
        ["退房", "延迟"],
    ),
    (
        "会议室设备故障应急",
        "会议服务",
        "会议进行中麦克风、音响或投影设备出现故障。",
        "1. 会议服务员 5 分钟内到场\n2. 启用备用麦克风\n3. 记录故障设备并报修",
        ["会议室", "设备"],
    ),
    (
        "电梯故障安抚",
        "设施",
        "客人被困电梯或电梯长时间停运。",
        "1. 通过对讲安抚客人\n2. 通知电梯维保单位\n3. 事后回访并视情况补偿",
        ["电梯"],
    ),
]


async def make_article(
    title: str = "空调不制冷",
    *,
    steps: str = "1. 检查遥控器模式\n2. 通知工程部",
    actor: Actor = EDITOR,
    publish: bool = True,
    **overrides: object,
) -> KnowledgeArticle:
    data = service.NewArticle(title=title, steps=steps, publish=publish, **overrides)  # type: ignore[arg-type]
    return await service.create_article(actor=actor, data=data)


async def make_library() -> dict[str, KnowledgeArticle]:
    """The fixed set, published; keyed by title."""
    made: dict[str, KnowledgeArticle] = {}
    for title, category, problem, steps, tags in ARTICLES:
        made[title] = await make_article(title, steps=steps, category=category, problem=problem, tags=tags)
    return made
