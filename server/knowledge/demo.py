"""Demo handling procedures for `hotel-crm seed-demo`: what a hotel's complaint desk really writes down."""

from __future__ import annotations

from server.auth.actor import Actor
from server.auth.models import Role
from server.knowledge import service
from server.knowledge.models import KnowledgeArticle

# (title, category, problem, steps, tags)
PROCEDURES: list[tuple[str, str, str, str, list[str]]] = [
    (
        "空调噪音处理流程",
        "客房设施",
        "客人反映房间空调运行噪音大、有异响，夜间影响休息。",
        "1. 向客人致歉，记录房号与噪音情况（持续/间歇、异响类型）。\n"
        "2. 通知工程部值班人员 15 分钟内上门检查风机盘管和过滤网。\n"
        "3. 当场无法修复：征得客人同意后换到同房型或升级房型，行李员协助搬运。\n"
        "4. 次日由大堂副理回访，视情况赠送早餐或积分。",
        ["空调", "噪音", "工程部", "换房"],
    ),
    (
        "空调不制冷或不制热",
        "客房设施",
        "客人反映空调温度调不下来（夏季）或不出暖风（冬季）。",
        "1. 电话指导客人检查遥控器模式、温度设定和房卡取电。\n"
        "2. 仍无效则通知工程部上门，同时送上电风扇或电暖器应急。\n"
        "3. 30 分钟内不能解决，安排换房。",
        ["空调", "温度", "工程部"],
    ),
    (
        "投影仪故障应急（会议室）",
        "会议服务",
        "会议进行中投影仪无信号、画面模糊或颜色异常。",
        "1. 会议服务员 5 分钟内到场，检查 HDMI/VGA 线和转接头，切换信号源。\n"
        "2. 笔记本分辨率调到 1920×1080 再试。\n"
        "3. 仍不行：10 分钟内送备用投影仪，期间提供大屏电视临时使用。\n"
        "4. 会后向会议联系人致歉，报修并记录故障设备编号。",
        ["投影", "会议室", "设备"],
    ),
    (
        "退款流程（预付房费与押金）",
        "账务",
        "客人取消预订、提前离店或押金未退，要求退款。",
        "1. 核对订单、付款方式与取消政策，确认可退金额。\n"
        "2. 填写退款申请单，前台经理审批；超过 2000 元需财务经理复核。\n"
        "3. 原路退回：银行卡 3–7 个工作日，微信/支付宝 1–3 个工作日。\n"
        "4. 告知客人到账时间并留下联系方式，到期未到账由财务跟进。",
        ["退款", "押金", "财务"],
    ),
    (
        "账单争议处理",
        "账务",
        "客人对账单中的迷你吧、洗衣、电话或餐饮费用有异议。",
        "1. 调出消费明细、签单和 POS 记录与客人逐项核对。\n"
        "2. 确认误收：当场冲账并致歉。\n"
        "3. 无法确认：由值班经理决定是否减免，记录原因。\n"
        "4. 已离店客人：发送更正后的电子账单。",
        ["账单", "争议", "迷你吧"],
    ),
    (
        "邻房噪音投诉",
        "安静环境",
        "客人投诉隔壁或楼上房间深夜喧哗、聚会、电视声音过大。",
        "1. 记录投诉时间与房号，保安 10 分钟内上门礼貌提醒。\n"
        "2. 十分钟后回电投诉客人确认情况。\n"
        "3. 仍有噪音：再次提醒并告知酒店规定；必要时为投诉客人换到安静楼层。\n"
        "4. 多次被投诉的房间记入客史备注。",
        ["噪音", "安保", "夜间"],
    ),
    (
        "停车位不足与停车收费说明",
        "停车",
        "住店客人找不到停车位，或对停车收费有疑问。",
        "1. 引导至地下二层预留车位；满位时安排代客泊车到合作停车场。\n"
        "2. 住店客人每晚凭房卡免费停车一次，前台登记车牌号。\n"
        "3. 已误收停车费的，凭停车票在前台退还。",
        ["停车", "车位", "代客泊车"],
    ),
    (
        "早餐质量与供应投诉",
        "餐饮",
        "客人投诉早餐菜品偏凉、品种少或高峰时段排队、补餐不及时。",
        "1. 餐厅主管立即致歉，请厨师长到场了解。\n"
        "2. 为客人现做一份热菜或面点。\n"
        "3. 高峰时段增开煎蛋档口，每 10 分钟巡视补餐。\n"
        "4. 视情况赠送次日早餐券。",
        ["早餐", "餐饮"],
    ),
    (
        "房间清洁不到位",
        "客房服务",
        "客人入住发现床单有污渍、卫生间有头发或垃圾未清理。",
        "1. 立即致歉，10 分钟内安排领班带服务员重新打扫，更换全部布草。\n"
        "2. 客人不愿等待的，先安排到已检查过的同类房间。\n"
        "3. 记录责任服务员，由客房部经理复查并培训。",
        ["清洁", "客房", "布草"],
    ),
    (
        "Wi-Fi 无法连接或网速慢",
        "网络",
        "客人连不上 Wi-Fi、认证页面打不开或网速很慢（Guest cannot connect to WiFi).",
        "1. 确认客人连接的网络名称，并用房号和姓氏拼音登录认证页面。\n"
        "2. 指导客人忘记网络后重连；仍不行则通知 IT 值班远程重启房间 AP。\n"
        "3. 商务客人可提供有线网线或移动热点设备。",
        ["wifi", "网络", "IT"],
    ),
    (
        "失物招领",
        "前台",
        "客人退房后发现物品遗落在房间或公共区域。",
        "1. 登记物品特征、房号、遗失时间和客人联系方式。\n"
        "2. 查询客房部失物登记本与监控记录。\n"
        "3. 找到后按客人要求到付寄回或保管；无人认领的物品保管 90 天。\n"
        "4. 贵重物品（现金、首饰、证件）由两名员工共同登记，存入保险柜。",
        ["失物", "招领", "寄回"],
    ),
    (
        "延迟退房申请",
        "前台",
        "客人要求延迟到下午或晚上退房。",
        "1. 查看当天房态和后续预订。\n"
        "2. 金卡及以上会员可免费延迟至 14:00。\n"
        "3. 其余客人 18:00 前退房收取半天房费，18:00 后收取全天房费。\n"
        "4. 无法延迟时提供行李寄存和休息区。",
        ["退房", "延迟", "会员"],
    ),
    (
        "热水不热或水压不足",
        "客房设施",
        "客人洗澡时热水不热、忽冷忽热或水压很小。",
        "1. 请客人放水 2 分钟试试，同时通知工程部检查楼层热水循环泵。\n"
        "2. 工程部 15 分钟内到场；无法修复则换房。\n"
        "3. 全楼层问题时由值班经理逐一电话致歉并告知恢复时间。",
        ["热水", "工程部"],
    ),
    (
        "电梯故障与被困安抚",
        "设施",
        "客人被困电梯，或电梯长时间停运影响出行。",
        "1. 通过电梯对讲安抚客人，告知救援已在路上，不要强行扒门。\n"
        "2. 立即通知电梯维保单位和工程部，30 分钟内到场。\n"
        "3. 客人脱困后由值班经理陪同，必要时安排医务检查。\n"
        "4. 事后回访并视情况补偿。",
        ["电梯", "安全"],
    ),
    (
        "预订房型不符",
        "前台",
        "客人到店发现房型、床型或景观与预订不一致。",
        "1. 核对预订渠道的确认单。\n"
        "2. 酒店原因：免费升级或换到预订的房型，并致歉。\n"
        "3. 渠道原因：联系渠道核实，同时先为客人安排合适房间。",
        ["预订", "房型", "升级"],
    ),
    (
        "Room change request",
        "Front office",
        "A guest asks to move to another room because of noise, smell, view or bed type.",
        "1. Check availability of the same room type (or an upgrade for a complaint).\n"
        "2. Prepare the new room before moving the guest.\n"
        "3. Send a bellboy to help with the luggage and update the key cards.",
        ["room change", "换房"],
    ),
    (
        "Refund request from a foreign guest",
        "Billing",
        "A foreign guest asks for a refund to an international credit card.",
        "1. Explain the refund takes 7–15 working days for foreign cards.\n"
        "2. Process the refund to the original card after manager approval.\n"
        "3. E-mail the refund confirmation in English.",
        ["refund", "credit card"],
    ),
    (
        "房间异味处理",
        "客房服务",
        "客人反映房间有烟味、霉味或下水道异味。",
        "1. 立即致歉，送空气净化器并开窗通风。\n"
        "2. 下水道异味通知工程部检查存水弯。\n"
        "3. 异味无法消除时换房；无烟楼层房间有烟味的，查找原因并记录。",
        ["异味", "烟味", "换房"],
    ),
    (
        "叫醒服务失误",
        "前台",
        "客人预约了叫醒服务但没有接到电话，耽误了行程。",
        "1. 真诚致歉，核查总机叫醒记录。\n"
        "2. 协助客人改签航班或安排车辆送机。\n"
        "3. 由值班经理决定补偿（减免房费或赠送积分）。",
        ["叫醒", "总机"],
    ),
    (
        "送餐服务超时",
        "餐饮",
        "客房送餐超过承诺时间 30 分钟以上，或送错菜品。",
        "1. 致歉并告知准确送达时间。\n"
        "2. 超时 30 分钟以上的订单免收服务费；送错的立即重做。\n"
        "3. 记录订单号，由餐饮部复盘高峰时段人手安排。",
        ["送餐", "餐饮"],
    ),
]


async def seed_procedures(*, author_id: int | None) -> int:
    """Publishes the demo procedures when the knowledge base is empty; returns how many were added."""
    if await KnowledgeArticle.exists():
        return 0
    actor = Actor(user_id=author_id, username="seed-demo", role=Role.MANAGER)
    for title, category, problem, steps, tags in PROCEDURES:
        await service.create_article(
            actor=actor,
            data=service.NewArticle(
                title=title, category=category, problem=problem, steps=steps, tags=tags, publish=True
            ),
        )
    return len(PROCEDURES)
