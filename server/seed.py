"""Deterministic demo data: staff logins, customers, phones, preferences, key dates, stays.

`seed_demo(customers=N, seed=S)` writes N customers (about 85 % individual guests,
15 % companies and agencies) with everything the screens show. The same seed on an
empty database gives the same customers (names, phones, ID numbers); stays are
placed relative to the hotel's today, so their dates move with the calendar.

It is built for a million customers: rows are generated in batches and written
with one `executemany` per table and batch, ids are allocated here instead of by
the database, and only bounded state (uniqueness sets, name caches) lives across
batches. Derived columns (pinyin, keyed hash, encrypted ID number, masked form,
reversed phone digits) come from the same helpers the customer service uses.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from random import Random
from typing import Any, Generic, TypeVar, cast

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from server.auth.models import Role, User
from server.auth.passwords import hash_password
from server.complaints.demo import seed_complaints
from server.contracts.demo import seed_accounts
from server.core.idcards import IdDocumentType, gb11643_check_char
from server.core.phones import parse_phone
from server.core.pinyin import search_key
from server.core.time import hotel_today, utcnow
from server.customers.service import (
    employer_columns,
    id_number_columns,
    name_columns,
    phone_row,
)
from server.knowledge.demo import seed_procedures
from server.membership.demo import seed_members
from server.prospects.demo import seed_prospects
from server.settings import get_settings

DEMO_PASSWORD = "hotel-demo-2026"  # noqa: S105 - the published demo login, not a secret
DEMO_USERS: list[tuple[str, Role]] = [
    ("admin", Role.ADMIN),
    ("manager", Role.MANAGER),
    ("sales", Role.SALES),
    ("agent", Role.AGENT),
    ("frontdesk", Role.FRONT_DESK),
]
_USER_PROFILES: dict[str, tuple[str, str]] = {
    "admin": ("系统管理员", "信息技术部"),
    "manager": ("王经理", "市场营销部"),
    "sales": ("李销售", "销售部"),
    "agent": ("张坐席", "呼叫中心"),
    "frontdesk": ("陈前台", "前厅部"),
}

BATCH_SIZE = 5_000  # customers generated and written at a time (bounded memory)
BATCHES_PER_TRANSACTION = 8  # 40,000 customers a commit: 2.8 x less written to the WAL than 1
CORPORATE_SHARE = 0.15
_SQLITE_SEED_CACHE_KIB = 256 * 1024  # page cache while seeding; the old size is restored after

T = TypeVar("T")


@dataclass(frozen=True)
class SeedReport:
    users_created: int
    customers: int
    stays: int
    seconds: float


# ---------------------------------------------------------------- weighted choice


class _Weighted(Generic[T]):
    """Choice by weight in O(log n) with one random number (faster than Random.choices)."""

    def __init__(self, items: Sequence[tuple[T, float]]) -> None:
        self.values = [value for value, _ in items]
        self.cumulative: list[float] = []
        total = 0.0
        for _, weight in items:
            total += weight
            self.cumulative.append(total)
        self.total = total

    def pick(self, rng: Random) -> T:
        index = bisect.bisect_right(self.cumulative, rng.random() * self.total)
        return self.values[min(index, len(self.values) - 1)]


def _below(rng: Random, low: int, high: int | None = None) -> int:
    """A random integer in [low, high) (or [0, low)); three times cheaper than randrange."""
    if high is None:
        low, high = 0, low
    return low + int(rng.random() * (high - low))


def _words(text: str) -> list[str]:
    return text.split()


def _parse_choices(table: str) -> list[tuple[str, str | None]]:
    """'大床房 无烟房/对烟味敏感' -> [('大床房', None), ('无烟房', '对烟味敏感')]."""
    return [(v.split("/")[0], v.split("/")[1] if "/" in v else None) for v in table.split()]


# ---------------------------------------------------------------- reference data


def _parse_weighted(table: str) -> list[tuple[str, float]]:
    """'王:7.12 李:7.0 …' -> [('王', 7.12), ('李', 7.0), …]."""
    pairs = (item.split(":") for item in table.split())
    return [(value, float(weight)) for value, weight in pairs]


def _parse_pairs(table: str) -> list[tuple[str, str]]:
    """'约翰/John 大卫/David' -> [('约翰', 'John'), ('大卫', 'David')]."""
    pairs = (item.split("/") for item in table.split())
    return [(chinese, english.replace("_", " ")) for chinese, english in pairs]


# Surnames by share of the population (%), after the 2020 census; a few compound ones.
_SURNAMES = _Weighted(
    _parse_weighted(
        """
        王:7.12 李:7.00 张:6.74 刘:5.38 陈:4.53 杨:3.08 赵:2.29 黄:2.23 周:1.95 吴:1.95
        徐:1.45 孙:1.38 胡:1.31 朱:1.26 高:1.21 林:1.18 何:1.17 郭:1.15 马:1.05 罗:0.86
        梁:0.80 宋:0.78 郑:0.75 谢:0.72 韩:0.68 唐:0.67 冯:0.66 于:0.63 董:0.62 萧:0.05
        程:0.60 曹:0.59 袁:0.56 邓:0.55 许:0.54 傅:0.52 沈:0.50 曾:0.49 彭:0.48 吕:0.47
        苏:0.46 卢:0.45 蒋:0.44 蔡:0.43 贾:0.42 丁:0.41 魏:0.40 薛:0.39 叶:0.38 阎:0.30
        余:0.37 潘:0.36 杜:0.35 戴:0.34 夏:0.33 钟:0.32 汪:0.31 田:0.30 任:0.29 姜:0.28
        范:0.27 方:0.26 石:0.25 姚:0.24 谭:0.23 廖:0.22 邹:0.21 熊:0.20 金:0.20 陆:0.19
        郝:0.18 孔:0.17 白:0.17 崔:0.16 康:0.16 毛:0.15 邱:0.15 秦:0.14 江:0.14 史:0.13
        顾:0.13 侯:0.12 邵:0.12 孟:0.11 龙:0.11 万:0.10 段:0.10 雷:0.10 钱:0.09 汤:0.09
        尹:0.09 黎:0.08 易:0.08 常:0.08 武:0.08 乔:0.07 贺:0.07 赖:0.07 龚:0.07 文:0.06
        覃:0.05 单:0.03 欧阳:0.030 司马:0.006 诸葛:0.005 上官:0.006 东方:0.004
        """
    )
)

_MALE_SINGLE = list("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳峰亮成博毅诚")
_FEMALE_SINGLE = list("芳娜敏静丽艳娟霞燕玲婷雪慧颖琳晶欣怡佳梅倩丹萍红洁雯璐莉蓉琴")
_MALE_FIRST = list("子浩宇俊文志建国嘉明天家博思一泽晨永海立德春鹏振")
_MALE_SECOND = list("轩然辰杰涛宇华强军明伟峰龙飞豪阳东林斌超平")
_FEMALE_FIRST = list("欣梓雨思诗佳子雅晓秀美玉丽春婉静一可紫嘉")
_FEMALE_SECOND = list("怡涵萱琪彤妍琳婷雪英兰芳华霞梅颖洁悦诺蕾")
# Names that belong to a generation.
_MALE_OLDER = _words("建国 建华 国庆 卫东 志强 德明 国强 建军 永刚 福生")
_FEMALE_OLDER = _words("秀英 桂英 秀兰 玉兰 淑珍 红梅 桂兰 凤英 玉珍 丽华")
_MALE_YOUNGER = _words("浩然 宇轩 子轩 俊杰 梓睿 一鸣 皓轩 思远 子墨 宇航")
_FEMALE_YOUNGER = _words("子涵 梓涵 欣怡 一诺 雨桐 梓萱 诗涵 可馨 语嫣 思彤")

_ENGLISH_MALE = _words("David Michael Kevin Jason Eric Tony Peter Frank Leo Jack")
_ENGLISH_FEMALE = _words("Grace Emily Lily Amy Cindy Helen Vivian Coco Annie Iris")

# Foreign guests: Chinese transliteration and English, by nationality.
_FOREIGN_FIRST_MALE = _parse_pairs(
    "约翰/John 大卫/David 迈克尔/Michael 詹姆斯/James 托马斯/Thomas 丹尼尔/Daniel 彼得/Peter"
)
_FOREIGN_FIRST_FEMALE = _parse_pairs(
    "玛丽/Mary 萨拉/Sarah 艾玛/Emma 安娜/Anna 劳拉/Laura 琳达/Linda 索菲/Sophie 朱莉/Julie"
)
_FOREIGN_LAST = {
    "US": _parse_pairs("史密斯/Smith 约翰逊/Johnson 布朗/Brown 米勒/Miller"),
    "GB": _parse_pairs("泰勒/Taylor 威尔逊/Wilson 戴维斯/Davies 埃文斯/Evans"),
    "DE": _parse_pairs("穆勒/Mueller 施密特/Schmidt 施耐德/Schneider 费舍尔/Fischer"),
    "FR": _parse_pairs("马丁/Martin 伯纳德/Bernard 杜邦/Dupont 勒菲弗/Lefebvre"),
    "AU": _parse_pairs("安德森/Anderson 汤普森/Thompson 怀特/White 沃克/Walker"),
}
# East Asian guests: family names, then given names for men and for women.
_EAST_ASIAN = {
    "JP": (
        _parse_pairs("田中/Tanaka 佐藤/Sato 铃木/Suzuki 高桥/Takahashi 山本/Yamamoto 中村/Nakamura"),
        _parse_pairs("太郎/Taro 一郎/Ichiro 健/Ken 翔太/Shota 大辅/Daisuke 拓也/Takuya"),
        _parse_pairs("花子/Hanako 美咲/Misaki 优/Yu 阳菜/Hina 由美/Yumi 惠子/Keiko"),
    ),
    "KR": (
        _parse_pairs("金/Kim 李/Lee 朴/Park 崔/Choi 郑/Jung 姜/Kang"),
        _parse_pairs("敏俊/Min-jun 成浩/Sung-ho 在贤/Jae-hyun 智勋/Ji-hoon 东旭/Dong-wook"),
        _parse_pairs("智恩/Ji-eun 秀妍/Soo-yeon 瑞妍/Seo-yeon 惠珍/Hye-jin 敏智/Min-ji"),
    ),
}
_COUNTRY_ALPHA3 = dict(
    item.split(":") for item in _words("CN:CHN HK:HKG MO:MAC TW:TWN US:USA GB:GBR DE:DEU FR:FRA AU:AUS JP:JPN KR:KOR")
)
_COUNTRY_NAMES = dict(
    item.split(":")
    for item in _words("US:美国 GB:英国 DE:德国 FR:法国 AU:澳大利亚 JP:日本 KR:韩国 HK:香港 MO:澳门 TW:台湾")
)


@dataclass(frozen=True)
class _City:
    province: str
    city: str
    area_code: str  # without the trunk 0
    postcode: str
    districts: tuple[tuple[str, str], ...]  # (GB/T 2260 county code, district name)

    @property
    def short(self) -> str:
        return self.city.removesuffix("市")

    @property
    def province_short(self) -> str:
        for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"):
            if self.province.endswith(suffix):
                return self.province.removesuffix(suffix)
        return self.province


def _parse_cities(table: str) -> list[tuple[_City, float]]:
    """One city a line: province city area-code postcode weight code:district …"""
    cities = []
    for line in table.strip().splitlines():
        province, city, area, postcode, weight, *districts = line.split()
        pairs = tuple((d.split(":")[0], d.split(":")[1]) for d in districts)
        cities.append((_City(province, city, area, postcode, pairs), float(weight)))
    return cities


# Guests come mostly from the hotel's own province (Anhui) and its neighbours.
_CITIES = _Weighted(
    _parse_cities(
        """
        安徽省 合肥市 551 230000 30 340102:瑶海区 340103:庐阳区 340104:蜀山区 340111:包河区
        安徽省 芜湖市 553 241000 4 340202:镜湖区
        安徽省 蚌埠市 552 233000 2 340302:龙子湖区
        安徽省 安庆市 556 246000 2 340802:迎江区
        安徽省 黄山市 559 245000 1 341002:屯溪区
        安徽省 阜阳市 558 236000 2 341202:颍州区
        北京市 北京市 10 100000 6 110101:东城区 110105:朝阳区 110108:海淀区
        上海市 上海市 21 200000 7 310101:黄浦区 310104:徐汇区 310115:浦东新区
        天津市 天津市 22 300000 1.5 120101:和平区 120104:南开区
        重庆市 重庆市 23 400000 1.5 500103:渝中区 500106:沙坪坝区
        江苏省 南京市 25 210000 5 320102:玄武区 320106:鼓楼区
        江苏省 苏州市 512 215000 3 320505:虎丘区 320508:姑苏区
        江苏省 无锡市 510 214000 1.5 320213:梁溪区
        浙江省 杭州市 571 310000 4 330102:上城区 330106:西湖区
        浙江省 宁波市 574 315000 1.5 330203:海曙区
        浙江省 温州市 577 325000 1 330302:鹿城区
        广东省 广州市 20 510000 3 440103:荔湾区 440106:天河区
        广东省 深圳市 755 518000 3 440303:罗湖区 440305:南山区
        山东省 济南市 531 250000 1.5 370102:历下区
        山东省 青岛市 532 266000 1.5 370202:市南区
        河南省 郑州市 371 450000 2 410105:金水区
        河南省 洛阳市 379 471000 0.6 410302:老城区
        湖北省 武汉市 27 430000 2.5 420102:江岸区 420106:武昌区
        湖南省 长沙市 731 410000 1.5 430102:芙蓉区 430104:岳麓区
        四川省 成都市 28 610000 2 510104:锦江区 510107:武侯区
        福建省 福州市 591 350000 1 350102:鼓楼区
        福建省 厦门市 592 361000 1 350203:思明区
        河北省 石家庄市 311 050000 1 130102:长安区
        陕西省 西安市 29 710000 1.5 610102:新城区 610113:雁塔区
        辽宁省 沈阳市 24 110000 0.8 210102:和平区
        辽宁省 大连市 411 116000 0.7 210202:中山区
        江西省 南昌市 791 330000 1 360102:东湖区
        山西省 太原市 351 030000 0.6 140105:小店区
        黑龙江省 哈尔滨市 451 150000 0.6 230102:道里区
        吉林省 长春市 431 130000 0.5 220102:南关区
        云南省 昆明市 871 650000 0.6 530102:五华区
        广西壮族自治区 南宁市 771 530000 0.5 450102:兴宁区
        贵州省 贵阳市 851 550000 0.4 520102:南明区
        新疆维吾尔自治区 乌鲁木齐市 991 830000 0.3 650102:天山区
        内蒙古自治区 呼和浩特市 471 010000 0.3 150102:新城区
        甘肃省 兰州市 931 730000 0.3 620102:城关区
        海南省 海口市 898 570000 0.4 460105:秀英区
        宁夏回族自治区 银川市 951 750000 0.2 640104:兴庆区
        青海省 西宁市 971 810000 0.15 630102:城东区
        西藏自治区 拉萨市 891 850000 0.1 540102:城关区
        """
    )
)
_ROADS = _words(
    "长江路 人民路 解放路 中山路 建设路 和平路 胜利路 文化路 黄山路 金寨路 望江路 淮河路 "
    "滨湖大道 科学大道 新华路 东风路 青年路 学府路"
)


# Chinese mobile prefixes (their first 3 digits decide validity), by rough share.
_MOBILE_PREFIXES = _Weighted(
    _parse_weighted(
        """
        130:3 131:3 132:3 133:3 134:3 135:3 136:3 137:3 138:3 139:3
        150:2 151:2 152:2 153:2 155:2 156:2 157:2 158:2 159:2
        180:2.5 181:2.5 182:2.5 183:2.5 184:2.5 185:2.5 186:2.5 187:2.5 188:2.5 189:2.5
        173:1 175:1 176:1 177:1 178:1 166:1 147:1 191:1.2 193:1.2 195:1.2 198:1.2 199:1.2
        """
    )
)
_EMAIL_DOMAINS = _Weighted(
    _parse_weighted(
        "qq.com:30 163.com:25 126.com:10 sina.com:5 foxmail.com:5 gmail.com:6 outlook.com:6 "
        "139.com:4 yahoo.com:2 hotmail.com:3"
    )
)

_BRAND_CHARS = list("华信鼎盛恒通中科新长江金桥天成海纳瑞丰博远宏达同创汇国泰淮润东方蓝宇佳卓越正和")
# industry: words that go into the company name | business scope
_INDUSTRIES = [
    (industry, _words(words), scope)
    for industry, words, scope in (
        line.strip().split("|")
        for line in """
        汽车制造|汽车 汽车零部件 新能源汽车|汽车及零部件的研发、生产和销售
        信息技术|科技 信息技术 软件 网络科技 智能科技|软件开发、信息系统集成、技术服务
        电子制造|电子 光电 半导体|电子元器件、显示器件的研发与制造
        装备制造|机械 重工 装备制造|工程机械及成套设备的制造与销售
        医药健康|医药 生物科技 医疗器械|药品、医疗器械的研发、生产与销售
        建筑工程|建设工程 建筑 路桥|房屋建筑、市政公用工程施工
        房地产|置业 房地产开发|房地产开发经营、物业管理
        能源电力|能源 电力 新能源|电力、热力的生产和供应，新能源技术开发
        物流运输|物流 供应链管理 运输|道路货物运输、仓储、供应链管理服务
        批发零售|商贸 国际贸易 百货|日用百货、电子产品的批发与零售
        文化传媒|文化传媒 广告 影视传媒|广告设计、制作、代理、发布，文化活动策划
        教育培训|教育科技 教育咨询|教育信息咨询、职业技能培训
        咨询服务|管理咨询 会计师事务所 律师事务所|企业管理咨询、财务咨询
        家电制造|电器 家电|家用电器的研发、生产与销售
        食品饮料|食品 酒业 茶业|食品、饮料的生产与销售
        """.strip().splitlines()
    )
]
_COMPANY_SUFFIXES = _Weighted(_parse_weighted("有限公司:55 股份有限公司:20 集团有限公司:15 有限责任公司:10"))
_BANKS = _words(
    "中国工商银行 中国建设银行 中国农业银行 中国银行 交通银行 招商银行 兴业银行 徽商银行 中国平安保险 中国人寿保险"
)
_CITY_AGENCIES = _words(
    "人民政府办公室 发展和改革委员会 教育局 财政局 商务局 文化和旅游局 卫生健康委员会 "
    "自然资源和规划局 生态环境局 税务局 人民法院 人民检察院 统计局 市场监督管理局 "
    "科学技术局 住房和城乡建设局"
)
_PROVINCE_AGENCIES = _words(
    "教育厅 财政厅 商务厅 文化和旅游厅 科学技术厅 交通运输厅 水利厅 农业农村厅 人力资源和社会保障厅 审计厅"
)
_AIRLINES = _words("中国国际航空 中国东方航空 中国南方航空 海南航空 厦门航空")
_OTAS = _words("携程旅行网 同程旅行 飞猪旅行 美团酒店 去哪儿网")
_SPECIAL_UNITS = _words(
    "大学 医科大学第一附属医院 第一人民医院 第二人民医院 广播电视台 日报社 图书馆 博物馆 体育中心 第一中学"
)

_INDIVIDUAL_STATUS = _Weighted(_parse_weighted("ACTIVE:80 DORMANT:12 PROSPECT:5 LOST:3"))
_CORPORATE_STATUS = _Weighted(_parse_weighted("ACTIVE:70 PROSPECT:15 DORMANT:10 LOST:5"))
_LOST_REASONS = _words(
    "价格原因转投竞争酒店 已搬迁至外地 对服务不满意（已回访） 公司差旅政策调整 协议到期未续签 合作方人员变动"
)
_INDIVIDUAL_CHANNELS = _Weighted(_parse_weighted("前台:25 官网:10 携程:22 美团:15 飞猪:8 电话预订:8 会员:7 旅行社:5"))
_CORPORATE_CHANNELS = _Weighted(_parse_weighted("协议单位:50 销售拜访:25 官网:10 旅行社:10 会展:5"))
_PAYMENT_INDIVIDUAL = _Weighted(_parse_weighted("微信支付:40 支付宝:25 信用卡:20 现金:5 储值卡:10"))
_PAYMENT_CORPORATE = _Weighted(_parse_weighted("挂账:50 银行转账:30 公务卡:20"))
_CONTACT_FREQUENCY = _words("每周 每两周 每月 每季度 每半年")
_NOTES = _words(
    "喜欢安静的房间，远离电梯 需开具增值税专用发票 VIP客人，入住前通知大堂经理 "
    "常携带儿童，需加婴儿床 对羽毛过敏，请用荞麦枕 商务出行，需早餐打包 "
    "行动不便，安排无障碍客房 入住时间较晚，请保留房间"
)

# 个性化档案: category, then values (value/note).
_PREFERENCES = [
    (category, _parse_choices(values))
    for category, values in (
        line.strip().split("|")
        for line in """
        房型|大床房 双床房 行政套房 无烟房/对烟味敏感
        楼层|高楼层 低楼层/恐高 远离电梯 安静楼层
        枕头|低枕 高枕 荞麦枕 羽绒枕 记忆枕/颈椎不适
        床垫|偏软 偏硬/腰不好
        洗漱用品|欧舒丹 爱马仕 自带洗漱用品/无需放置
        报纸阅读|人民日报 参考消息 经济观察报 新安晚报 财经杂志
        电视|CCTV-13新闻 体育频道 安徽卫视
        饮食口味|清淡 偏辣 素食 清真/请勿安排猪肉 少盐/高血压
        茶饮|黄山毛峰 六安瓜片 美式咖啡 拿铁/燕麦奶 红酒
        灯光|暖光 夜灯常开
        空调温度|22°C 24°C 26°C
        洗澡水温|偏热 40°C
        过敏|花生/入住前检查迷你吧 海鲜 羽毛/不用羽绒被褥 花粉/房间勿放鲜花 青霉素
        兴趣爱好|游泳 健身/晨练 高尔夫 书法 摄影
        """.strip().splitlines()
    )
]

# room type: lowest and highest rack rate in fen, weight
_ROOM_TYPES = _Weighted(
    [
        ((name, int(low), int(high)), float(weight))
        for name, low, high, weight in (
            item.split(":")
            for item in _words(
                "标准间:38800:58800:30 大床房:42800:68800:30 豪华大床房:58800:88800:15 "
                "行政大床房:78800:118800:12 行政套房:128800:168800:8 豪华套房:168800:188800:5"
            )
        )
    ]
)
_STAY_CHANNELS_INDIVIDUAL = _Weighted(_parse_weighted("前台:20 官网:12 携程:25 美团:15 飞猪:8 旅行社:8 电话预订:12"))
_STAY_CHANNELS_CORPORATE = _Weighted(_parse_weighted("协议单位:70 官网:10 旅行社:20"))
_CHANNEL_SEGMENT = dict(
    item.split(":")
    for item in _words("前台:散客 官网:散客 电话预订:散客 携程:OTA 美团:OTA 飞猪:OTA 旅行社:旅游团队 协议单位:商务协议")
)
_CHANNEL_DISCOUNT = {"协议单位": 0.8, "旅行社": 0.75, "携程": 0.92, "美团": 0.9, "飞猪": 0.92}
# How busy (and how dear) each arrival month is: summer, the May and October holidays high, winter low.
_MONTH_DEMAND = dict(enumerate((0.55, 0.6, 0.8, 0.9, 1.0, 0.9, 1.0, 1.0, 0.85, 1.0, 0.75, 0.65), start=1))
_MONTH_RATE = dict(enumerate((0.9, 0.92, 0.97, 1.0, 1.08, 1.0, 1.12, 1.15, 1.0, 1.12, 0.95, 0.92), start=1))
# Share of bookings cancelled or not shown up, by channel (OTA bookings are cancelled far more often).
_CHANNEL_CANCELLED = {"携程": 0.2, "美团": 0.22, "飞猪": 0.2, "旅行社": 0.12, "官网": 0.1, "电话预订": 0.08}
_PURPOSES = _Weighted(_parse_weighted("商务:45 旅游:30 会议:12 探亲:8 培训:5"))
_STAY_PAYMENT = _Weighted(_parse_weighted("微信支付:35 支付宝:25 信用卡:20 现金:5 挂账:15"))
_STAY_COUNTS = _Weighted([(n, w) for n, w in enumerate((35, 20, 13, 9, 7, 5, 3, 2.5, 2, 1.5, 1, 1), start=1)])
_NIGHTS = _Weighted([(1, 45.0), (2, 25.0), (3, 14.0), (4, 7.0), (5, 4.0), (7, 3.0), (10, 1.5), (14, 0.5)])
# category, probability per stay, lowest and highest amount in fen, notes
_OTHER_REVENUE: list[tuple[str, float, int, int, list[str]]] = [
    ("FOOD_AND_BEVERAGE", 0.30, 8_800, 128_800, _words("中餐厅 西餐厅 大堂吧 客房送餐")),
    ("SPA", 0.05, 29_800, 88_800, _words("水疗中心 足疗")),
    ("OTHER", 0.06, 2_000, 20_000, _words("洗衣 迷你吧 商务中心")),
]
_CORPORATE_REVENUE: list[tuple[str, float, int, int, list[str]]] = [
    ("CONFERENCE", 0.15, 500_000, 3_000_000, _words("多功能厅会议 小会议室 培训会议")),
    ("BANQUET", 0.05, 1_000_000, 8_000_000, _words("年会宴请 答谢宴 商务宴请")),
]

# ---------------------------------------------------------------- SQL

_CUSTOMER_COLUMNS = tuple(
    _words(
        """
        id kind name name_en name_pinyin name_pinyin_key name_initials name_en_key status
        status_reason nature industry channel region province city nationality email fax
        postcode address homepage front_desk_account payment_method owner_id tags notes gender
        birthday employer employer_key residence id_document_type id_number_encrypted
        id_number_hash id_number_masked business_scope person_in_charge annual_room_volume
        contact_frequency version created_at updated_at
        """
    )
)
_PHONE_COLUMNS = tuple(_words("id customer_id e164 digits_reversed label position"))
_PREFERENCE_COLUMNS = tuple(_words("id customer_id category value note created_at"))
_KEY_DATE_COLUMNS = tuple(_words("id customer_id kind date note"))
_INTERACTION_COLUMNS = tuple(
    _words(
        "id customer_id kind purpose summary agent_id occurred_at duration_seconds call_id extension phone "
        "outcome answered_at ended_at follow_up_on follow_up_done_at wrapped_up_at created_at updated_at"
    )
)
# What guests ring about, and what the agent noted (purpose, summary).
_CALL_NOTES: list[tuple[str, str]] = [
    ("INQUIRY", "询问周末大床房价格及含早情况"),
    ("INQUIRY", "咨询会议室容量与投影设备"),
    ("INQUIRY", "询问机场接送服务与收费"),
    ("BOOKING", "预订下周二起两晚豪华大床房，高楼层"),
    ("BOOKING", "预订周六晚宴包间 12 人"),
    ("BOOKING", "为公司同事预订三间标准间，走协议价"),
    ("CANCELLATION", "行程变更，取消本周五的预订"),
    ("SPECIAL_REQUEST", "需要婴儿床和加湿器"),
    ("SPECIAL_REQUEST", "入住当天是生日，希望安排蛋糕"),
    ("ITINERARY", "确认航班到达时间，安排接机"),
    ("LOST_AND_FOUND", "退房时遗落充电器，已找到，下次入住时领取"),
    ("COMPLAINT", "反映空调噪音大，已转工程部跟进"),
    ("FOLLOW_UP", "离店回访：对早餐满意，建议增加粤式点心"),
    ("GREETING", "生日问候，客人表示感谢"),
]
_HAND_LOGGED = [("CALL_OUT", 0.5), ("WECHAT", 0.25), ("EMAIL", 0.15), ("VISIT", 0.10)]
_STAY_COLUMNS = tuple(
    _words(
        """
        id customer_id property arrival departure room_nights room_type nightly_rate
        room_revenue channel market_segment customer_type country adults children purpose
        payment_method status created_at
        """
    )
)
_REVENUE_COLUMNS = tuple(_words("id customer_id stay_id category amount spent_on note created_at"))

_TABLES: list[tuple[str, tuple[str, ...]]] = [
    ("customers", _CUSTOMER_COLUMNS),
    ("customer_phones", _PHONE_COLUMNS),
    ("customer_preferences", _PREFERENCE_COLUMNS),
    ("customer_key_dates", _KEY_DATE_COLUMNS),
    ("stays", _STAY_COLUMNS),
    ("revenue_lines", _REVENUE_COLUMNS),
    ("interactions", _INTERACTION_COLUMNS),
]


def _insert_sql(table: str, columns: Sequence[str], dialect: str) -> str:
    if dialect == "postgres":
        marks = ", ".join(f"${i}" for i in range(1, len(columns) + 1))
    else:
        marks = ", ".join("?" for _ in columns)
    names = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{table}" ({names}) VALUES ({marks})'


def _db() -> BaseDBAsyncClient:
    return cast(BaseDBAsyncClient, connections.get("default"))


async def database_is_empty() -> bool:
    """True when the database holds no customer yet (then `make run` seeds demo data)."""
    rows = await _db().execute_query_dict("SELECT id FROM customers LIMIT 1")
    return not rows


async def _max_id(conn: BaseDBAsyncClient, table: str) -> int:
    rows = await conn.execute_query_dict(f'SELECT MAX(id) AS m FROM "{table}"')
    value = rows[0]["m"] if rows else None
    return int(value) if value is not None else 0


# ---------------------------------------------------------------- users


async def ensure_demo_users() -> tuple[int, dict[str, int]]:
    """Creates the demo logins that are missing; returns how many were created and every id."""
    ids: dict[str, int] = {}
    created = 0
    password_hash: str | None = None
    for username, role in DEMO_USERS:
        user = await User.get_or_none(username=username)
        if user is None:
            if password_hash is None:
                password_hash = hash_password(DEMO_PASSWORD)  # Argon2 is slow on purpose: once
            display_name, department = _USER_PROFILES[username]
            user = await User.create(
                username=username,
                display_name=display_name,
                role=role,
                department=department,
                password_hash=password_hash,
            )
            created += 1
        ids[username] = user.id
    return created, ids


# ---------------------------------------------------------------- generation


@lru_cache(maxsize=200_000)
def _name_fields(name: str, name_en: str | None) -> tuple[str, str, str, str | None]:
    cols = name_columns(name, name_en)
    return cols["name_pinyin"], cols["name_pinyin_key"], cols["name_initials"], cols["name_en_key"]


@dataclass
class _Batch:
    customers: list[tuple[Any, ...]] = field(default_factory=list)
    phones: list[tuple[Any, ...]] = field(default_factory=list)
    preferences: list[tuple[Any, ...]] = field(default_factory=list)
    key_dates: list[tuple[Any, ...]] = field(default_factory=list)
    stays: list[tuple[Any, ...]] = field(default_factory=list)
    revenue: list[tuple[Any, ...]] = field(default_factory=list)
    interactions: list[tuple[Any, ...]] = field(default_factory=list)

    def rows(self) -> list[list[tuple[Any, ...]]]:
        return [
            self.customers,
            self.phones,
            self.preferences,
            self.key_dates,
            self.stays,
            self.revenue,
            self.interactions,
        ]


_CUSTOMER_DEFAULTS: dict[str, Any] = dict.fromkeys(_CUSTOMER_COLUMNS)


class _Generator:
    """Produces rows; `rng` decides who the customers are, `activity` what they did.

    Two streams keep the customers of a seed identical whatever today's date is: the
    number of draws for stays never shifts the draws for names, phones and ID numbers.
    """

    def __init__(
        self,
        *,
        seed: int,
        start_ids: dict[str, int],
        users: dict[str, int],
        today: date,
        now: datetime,
        property_name: str,
    ) -> None:
        stream = f"hotel-crm-demo:{seed}:{start_ids['customers']}"
        self.rng = Random(stream)
        self.activity = Random(stream + ":activity")
        self.next_id = dict(start_ids)
        self.users = users
        self.today = today
        self.now = now
        self.property_name = property_name
        self.used_numbers: set[int] = set()  # phones and resident IDs already handed out
        self.used_documents: set[str] = set()
        self.used_company_names: set[str] = set()
        self._phone_validity: dict[str, bool] = {}
        self._local_lengths: dict[str, int] = {}

    def _id(self, table: str) -> int:
        self.next_id[table] += 1
        return self.next_id[table]

    # -------------------------------------------------------- people

    def _given_name(self, male: bool, birth_year: int) -> str:
        rng = self.rng
        roll = rng.random()
        if birth_year < 1972 and roll < 0.25:
            return rng.choice(_MALE_OLDER if male else _FEMALE_OLDER)
        if birth_year > 1995 and roll < 0.30:
            return rng.choice(_MALE_YOUNGER if male else _FEMALE_YOUNGER)
        single_share = 0.40 if birth_year < 1980 else 0.25
        if rng.random() < single_share:
            return rng.choice(_MALE_SINGLE if male else _FEMALE_SINGLE)
        if male:
            return rng.choice(_MALE_FIRST) + rng.choice(_MALE_SECOND)
        return rng.choice(_FEMALE_FIRST) + rng.choice(_FEMALE_SECOND)

    def _birthday(self) -> date:
        # Guests are mostly 25-55 years old.
        rng = self.rng
        year = int(rng.triangular(1950, 2005, 1982))
        return date(year, 1, 1) + timedelta(days=_below(rng, 365))

    def person_name(self) -> tuple[str, str, bool, date]:
        male = self.rng.random() < 0.53
        birthday = self._birthday()
        surname = _SURNAMES.pick(self.rng)
        return surname + self._given_name(male, birthday.year), surname, male, birthday

    def mobile(self) -> tuple[str, str]:
        """A fresh Chinese mobile number: (how a guest writes it, E.164)."""
        rng = self.rng
        while True:
            number = _MOBILE_PREFIXES.pick(rng) + f"{_below(rng, 100_000_000):08d}"
            value = int(number)
            if value in self.used_numbers:
                continue
            e164 = self._checked(number, "+86" + number, number[:4])
            if e164 is not None:
                self.used_numbers.add(value)
                return number, e164

    def landline(self, city: _City) -> tuple[str, str]:
        """A fixed line in the city: ('0551-62881234', '+8655162881234')."""
        rng = self.rng
        digits = self._local_length(city)
        for _ in range(1000):
            local = f"{_below(rng, 2, 9)}{_below(rng, 10 ** (digits - 1)):0{digits - 1}d}"
            written = f"0{city.area_code}-{local}"
            value = int(city.area_code + local)
            if value in self.used_numbers:
                continue
            block = f"{city.area_code}-{local[:2]}"
            e164 = self._checked(written, "+86" + city.area_code + local, block)
            if e164 is not None:
                self.used_numbers.add(value)
                return written, e164
        raise RuntimeError(f"no valid landline found for area code 0{city.area_code}")

    def _local_length(self, city: _City) -> int:
        """Subscriber numbers have 8 digits in big cities and 7 in smaller ones."""
        length = self._local_lengths.get(city.area_code)
        if length is None:
            length = 8 if parse_phone(f"0{city.area_code}-62345678") else 7
            self._local_lengths[city.area_code] = length
        return length

    def hong_kong_mobile(self) -> tuple[str, str]:
        rng = self.rng
        while True:
            local = f"{rng.choice('569')}{_below(rng, 10_000_000):07d}"
            value = int("852" + local)
            if value in self.used_numbers:
                continue
            e164 = self._checked(f"+852 {local[:4]} {local[4:]}", "+852" + local, "852-" + local[:4])
            if e164 is not None:
                self.used_numbers.add(value)
                return f"+852 {local[:4]} {local[4:]}", e164

    def _checked(self, written: str, e164: str, block: str) -> str | None:
        """E.164 if the number is valid; validity is decided by the leading digits, so a block
        is asked of parse_phone once and remembered."""
        valid = self._phone_validity.get(block)
        if valid is None:
            valid = parse_phone(written) == e164
            self._phone_validity[block] = valid
        return e164 if valid else None

    def resident_id(self, birthday: date, male: bool, city: _City) -> str | None:
        rng = self.rng
        # Three in ten were born somewhere other than where they live now.
        born_in = city if rng.random() < 0.7 else _CITIES.pick(rng)
        area = rng.choice(born_in.districts)[0]
        for _ in range(20):
            sequence = _below(rng, 500) * 2 + (1 if male else 0)
            first17 = f"{area}{birthday:%Y%m%d}{sequence:03d}"
            value = int(first17)
            if value not in self.used_numbers:
                self.used_numbers.add(value)
                return first17 + gb11643_check_char(first17)
        return None

    def document(self, prefix: str, digits: int) -> str:
        rng = self.rng
        while True:
            number = prefix + f"{_below(rng, 10**digits):0{digits}d}"
            if number not in self.used_documents:
                self.used_documents.add(number)
                return number

    def email(self, local: str) -> str:
        rng = self.rng
        if rng.random() < 0.3:
            return f"{_below(rng, 10_000_000, 3_000_000_000)}@qq.com"
        suffix = str(_below(rng, 1, 1000)) if rng.random() < 0.7 else ""
        return f"{local}{suffix}@{_EMAIL_DOMAINS.pick(rng)}".lower()

    def address(self, city: _City) -> tuple[str, str]:
        rng = self.rng
        district = rng.choice(city.districts)[1]
        road = rng.choice(_ROADS)
        building = f"{_below(rng, 1, 30)}栋{_below(rng, 1, 30):d}0{_below(rng, 1, 6)}室"
        prefix = city.city if city.province == city.city else city.province + city.city
        return f"{prefix}{district}{road}{_below(rng, 1, 999)}号{building}", district

    # -------------------------------------------------------- companies

    def company_name(self, city: _City) -> tuple[str, str, str, str, str]:
        """(name, nature, industry, business scope, brand) of a company not named before."""
        rng = self.rng
        roll = rng.random()
        candidate: tuple[str, str, str, str, str] | None = None
        if roll < 0.12:
            if rng.random() < 0.7:
                name = city.city + rng.choice(_CITY_AGENCIES)
            else:
                name = city.province + rng.choice(_PROVINCE_AGENCIES)
            candidate = (name, "GOVERNMENT", "政府机关", "行政管理", city.short)
        elif roll < 0.18:
            kind = rng.random()
            if kind < 0.3:
                name = f"{rng.choice(_AIRLINES)}{city.province_short}分公司"
                candidate = (name, "PARTNER", "航空运输", "航空客货运输", "airline")
            elif kind < 0.45:
                name = f"{rng.choice(_OTAS)}（{city.short}）"
                candidate = (name, "PARTNER", "在线旅游", "在线旅游预订服务", "ota")
            else:
                brand = rng.choice(_BRAND_CHARS) + rng.choice(_BRAND_CHARS)
                name = f"{city.short}{brand}国际旅行社有限公司"
                candidate = (name, "PARTNER", "旅行社", "国内旅游、入境旅游业务", brand)
        elif roll < 0.26:
            unit = rng.choice(_SPECIAL_UNITS)
            place = city.province_short if unit in ("大学", "医科大学第一附属医院") else city.short
            industry = "医疗卫生" if "医院" in unit else ("教育" if "学" in unit else "文化体育")
            candidate = (place + unit, "SPECIAL", industry, "公益服务", place)
        elif roll < 0.31:
            name = f"{rng.choice(_BANKS)}{city.short}{rng.choice(['分行', '支行', '营业部'])}"
            candidate = (name, "COMPANY", "金融保险", "金融服务", "bank")
        if candidate is not None and candidate[0] not in self.used_company_names:
            self.used_company_names.add(candidate[0])
            return candidate
        while True:
            industry, words, scope = rng.choice(_INDUSTRIES)
            brand = rng.choice(_BRAND_CHARS) + rng.choice(_BRAND_CHARS)
            place = city.short if rng.random() < 0.6 else city.province_short
            word = rng.choice(words)
            suffix = "" if word.endswith("所") else _COMPANY_SUFFIXES.pick(rng)
            name = f"{place}{brand}{word}{suffix}"
            if name not in self.used_company_names:
                self.used_company_names.add(name)
                return name, "COMPANY", industry, scope, brand

    # -------------------------------------------------------- one customer

    def batch(self, count: int) -> _Batch:
        out = _Batch()
        for _ in range(count):
            if self.rng.random() < CORPORATE_SHARE:
                self._corporate(out)
            else:
                self._individual(out)
        return out

    def _add_phones(self, out: _Batch, customer_id: int, phones: list[tuple[str, str]]) -> None:
        for position, (e164, label) in enumerate(phones):
            row = phone_row(customer_id, e164, label, position)
            out.phones.append(
                (
                    self._id("customer_phones"),
                    customer_id,
                    e164,
                    row["digits_reversed"],
                    label,
                    position,
                )
            )

    def _individual(self, out: _Batch) -> None:
        rng = self.rng
        cid = self._id("customers")
        row = dict(_CUSTOMER_DEFAULTS)
        city = _CITIES.pick(rng)
        phones: list[tuple[str, str]] = []
        name_en: str | None = None
        roll = rng.random()
        if roll < 0.02:  # foreign guest with a passport
            nationality, name, name_en, male, birthday = self._foreigner()
            doc_type: IdDocumentType | None = IdDocumentType.PASSPORT
            number: str | None = self.document(rng.choice("ABCEGKLMNPRSTX"), 8)
            phones.append((self.mobile()[1], "手机"))
            row["region"] = _COUNTRY_NAMES[nationality]
        else:
            name, surname, male, birthday = self.person_name()
            nationality = "CN"
            province: str = city.province
            city_name: str | None = city.city
            if roll < 0.04:  # Hong Kong / Macao resident
                nationality = "HK" if rng.random() < 0.8 else "MO"
                doc_type = IdDocumentType.HK_MACAO_PERMIT
                number = self.document("H" if nationality == "HK" else "M", 8)
                phones.append((self.hong_kong_mobile()[1], "香港手机" if nationality == "HK" else "手机"))
                province, city_name = _COUNTRY_NAMES[nationality], None
            elif roll < 0.05:
                nationality = "TW"
                doc_type = IdDocumentType.TAIWAN_PERMIT
                number = self.document("", 8)
                phones.append((self.mobile()[1], "手机"))
                province, city_name = "台湾", None
            else:
                phones.append((self.mobile()[1], "手机"))
                doc_roll = rng.random()
                if doc_roll < 0.74:
                    doc_type = IdDocumentType.RESIDENT_ID
                    number = self.resident_id(birthday, male, city)
                elif doc_roll < 0.80:
                    doc_type = IdDocumentType.PASSPORT
                    number = self.document("E", 8)
                else:
                    doc_type, number = None, None
            if rng.random() < 0.15:
                name_en = self._english_name(name, surname, male)
            row["region"] = province
            row["province"] = province
            row["city"] = city_name
        if number is None:
            doc_type = None
        if rng.random() < 0.12:
            phones.append((self.mobile()[1], rng.choice(["手机2", "工作手机"])))
        if nationality == "CN" and rng.random() < 0.18:
            phones.append((self.landline(city)[1], rng.choice(["住宅", "办公"])))
        pinyin, pinyin_key, initials, name_en_key = _name_fields(name, name_en)
        # Birthday and gender are known from a resident ID, and for most others.
        known = doc_type is IdDocumentType.RESIDENT_ID or rng.random() < 0.6
        row.update(
            id=cid,
            kind="INDIVIDUAL",
            name=name,
            name_en=name_en,
            name_pinyin=pinyin,
            name_pinyin_key=pinyin_key,
            name_initials=initials,
            name_en_key=name_en_key,
            status=_INDIVIDUAL_STATUS.pick(rng),
            nature="INDIVIDUAL",
            channel=_INDIVIDUAL_CHANNELS.pick(rng),
            nationality=nationality,
            payment_method=_PAYMENT_INDIVIDUAL.pick(rng),
            owner_id=self.users["frontdesk"],
            tags="[]",
            gender=("MALE" if male else "FEMALE") if known else None,
            birthday=birthday if known else None,
            version=1,
        )
        if rng.random() < 0.35:
            local = pinyin_key if rng.random() < 0.6 else f"{initials}{birthday.year}"
            row["email"] = self.email(search_key(name_en) if name_en and rng.random() < 0.5 else local)
        if rng.random() < 0.3 and nationality == "CN":
            row["address"], _ = self.address(city)
            row["postcode"] = city.postcode
        if rng.random() < 0.25:
            employer = self.company_name(_CITIES.pick(rng))[0]
            row.update(employer_columns(employer))
        if doc_type is not None and number is not None:
            cols = id_number_columns(doc_type, number)
            row.update(cols)
            row["id_document_type"] = doc_type.value
        if row["status"] == "LOST":
            row["status_reason"] = rng.choice(_LOST_REASONS)
        if rng.random() < 0.05:
            row["notes"] = rng.choice(_NOTES)
        self._add_phones(out, cid, phones)
        self._individual_extras(out, cid, birthday)
        self._activity(out, row, corporate=False)
        out.customers.append(tuple(row[c] for c in _CUSTOMER_COLUMNS))

    def _foreigner(self) -> tuple[str, str, str, bool, date]:
        rng = self.rng
        birthday = self._birthday()
        roll = rng.random()
        if roll < 0.4:
            nationality = "JP" if roll < 0.2 else "KR"
            families, men, women = _EAST_ASIAN[nationality]
            male = rng.random() < 0.6
            family = rng.choice(families)
            given = rng.choice(men if male else women)
            return nationality, family[0] + given[0], f"{given[1]} {family[1]}", male, birthday
        nationality = rng.choice(list(_FOREIGN_LAST))
        male = rng.random() < 0.6
        first = rng.choice(_FOREIGN_FIRST_MALE if male else _FOREIGN_FIRST_FEMALE)
        last = rng.choice(_FOREIGN_LAST[nationality])
        return nationality, f"{first[0]}·{last[0]}", f"{first[1]} {last[1]}", male, birthday

    def _english_name(self, name: str, surname: str, male: bool) -> str:
        syllables = _name_fields(name, None)[0].split()
        family = "".join(syllables[: len(surname)]).capitalize()
        if self.rng.random() < 0.5:
            given = "".join(syllables[len(surname) :]).capitalize()
        else:
            given = self.rng.choice(_ENGLISH_MALE if male else _ENGLISH_FEMALE)
        return f"{given} {family}"

    def _individual_extras(self, out: _Batch, cid: int, birthday: date) -> None:
        rng = self.rng
        if rng.random() < 0.40:
            created = self.now - timedelta(days=_below(rng, 1, 700), seconds=_below(rng, 86_400))
            for index in sorted(rng.sample(range(len(_PREFERENCES)), rng.randint(1, 4))):
                category, choices = _PREFERENCES[index]
                value, note = rng.choice(choices)
                out.preferences.append((self._id("customer_preferences"), cid, category, value, note, created))
        if rng.random() < 0.10:
            earliest = date(birthday.year + 22, 1, 1).toordinal()
            latest = date(2024, 12, 31).toordinal()
            if earliest < latest:
                wedding = date.fromordinal(_below(rng, earliest, latest))
                out.key_dates.append((self._id("customer_key_dates"), cid, "结婚纪念日", wedding, None))

    def _corporate(self, out: _Batch) -> None:
        rng = self.rng
        cid = self._id("customers")
        row = dict(_CUSTOMER_DEFAULTS)
        city = _CITIES.pick(rng)
        name, nature, industry, scope, brand = self.company_name(city)
        contact, _, _, _ = self.person_name()
        phones = [(self.landline(city)[1], "总机")]
        if rng.random() < 0.5:
            phones.append((self.mobile()[1], "负责人手机"))
        fax = self.landline(city)[0] if rng.random() < 0.3 else None
        pinyin, pinyin_key, initials, _ = _name_fields(name, None)
        top_level = {"GOVERNMENT": (".gov.cn",), "SPECIAL": (".org.cn", ".edu.cn")}.get(
            nature, (".com", ".com.cn", ".cn")
        )
        domain = (initials if brand.isascii() else _name_fields(brand, None)[1]) + rng.choice(top_level)
        address, _ = self.address(city)
        row.update(
            id=cid,
            kind="CORPORATE",
            name=name,
            name_pinyin=pinyin,
            name_pinyin_key=pinyin_key,
            name_initials=initials,
            status=_CORPORATE_STATUS.pick(rng),
            nature=nature,
            industry=industry,
            channel=_CORPORATE_CHANNELS.pick(rng),
            region=city.province,
            province=city.province,
            city=city.city,
            nationality="CN",
            email=f"{rng.choice(['info', 'admin', 'hr', 'office', initials])}@{domain}".lower()
            if rng.random() < 0.6
            else None,
            fax=fax,
            postcode=city.postcode,
            address=address.split("号")[0] + "号",
            homepage=f"www.{domain}".lower() if nature == "COMPANY" and rng.random() < 0.5 else None,
            front_desk_account=f"AR{cid:07d}" if rng.random() < 0.5 else None,
            payment_method=_PAYMENT_CORPORATE.pick(rng),
            owner_id=self.users["sales"] if rng.random() < 0.7 else self.users["manager"],
            tags="[]",
            business_scope=scope,
            person_in_charge=contact,
            annual_room_volume=_below(rng, 2, 300) * 10,
            contact_frequency=rng.choice(_CONTACT_FREQUENCY),
            version=1,
        )
        if row["status"] == "LOST":
            row["status_reason"] = rng.choice(_LOST_REASONS)
        if rng.random() < 0.6:
            founded = date(_below(rng, 1985, 2023), _below(rng, 1, 13), _below(rng, 1, 29))
            out.key_dates.append((self._id("customer_key_dates"), cid, "公司成立日", founded, None))
        if rng.random() < 0.3:
            signed = date(_below(rng, 2019, 2026), _below(rng, 1, 13), _below(rng, 1, 29))
            out.key_dates.append((self._id("customer_key_dates"), cid, "合作纪念日", signed, "首次签订协议"))
        self._add_phones(out, cid, phones)
        self._activity(out, row, corporate=True)
        out.customers.append(tuple(row[c] for c in _CUSTOMER_COLUMNS))

    # -------------------------------------------------------- stays

    def _moment(self, day: date) -> datetime:
        """A time of day on `day` during hotel hours (08:00-22:00 Beijing time), in UTC, never
        after now."""
        micros = _below(self.activity, 14 * 3600 * 1_000_000)
        moment = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(microseconds=micros)
        return min(moment, self.now)

    def _activity(self, out: _Batch, row: dict[str, Any], *, corporate: bool) -> None:
        """Stays, revenue lines, created/updated times: everything that depends on today."""
        act = self.activity
        status = row["status"]
        today = self.today
        has_stays = status != "PROSPECT" and act.random() < (0.75 if status == "ACTIVE" else 0.55)
        first_day: date | None = None
        last_day: date | None = None
        if has_stays:
            # ACTIVE guests stayed any time in the last two years; the others not lately.
            newest = {"ACTIVE": 0, "DORMANT": 365, "LOST": 270}.get(status, 0)
            count = min(_STAY_COUNTS.pick(act) * (2 if corporate else 1), 12)
            span = 730 - newest
            offsets = sorted(self._seasonal_offsets(newest, min(count, span)), reverse=True)
            arrivals = [today - timedelta(days=o) for o in offsets]
            if status == "ACTIVE" and act.random() < 0.04:
                arrivals.append(today + timedelta(days=_below(act, 1, 60)))
            for index, arrival in enumerate(arrivals):
                limit = (arrivals[index + 1] - arrival).days if index + 1 < len(arrivals) else 30
                nights = max(1, min(_NIGHTS.pick(act), limit))
                self._stay(out, row, arrival, nights, corporate)
            first_day, last_day = arrivals[0], min(arrivals[-1], today)
        if first_day is None:
            first_day = today - timedelta(days=_below(act, 1, 1100))
        created = self._moment(first_day - timedelta(days=_below(act, 0, 60)))
        row["created_at"] = created
        updated_day = last_day if last_day is not None else first_day + timedelta(days=_below(act, 0, 90))
        row["updated_at"] = max(created, self._moment(min(updated_day, today)))
        if status in ("ACTIVE", "PROSPECT") and act.random() < 0.35:
            self._interactions(out, row, corporate=corporate)

    def _seasonal_offsets(self, newest: int, count: int) -> set[int]:
        """`count` distinct days back from today in [newest, 730), busy months drawn more often."""
        act = self.activity
        offsets: set[int] = set()
        while len(offsets) < count:
            offset = _below(act, newest, 730)
            if act.random() < _MONTH_DEMAND[(self.today - timedelta(days=offset)).month]:
                offsets.add(offset)
        return offsets

    def _interactions(self, out: _Batch, row: dict[str, Any], *, corporate: bool) -> None:
        """Calls in (answered by the agent), calls out and messages (by the account manager)."""
        act = self.activity
        phone = next((p[2] for p in reversed(out.phones) if p[1] == row["id"]), None)
        for _ in range(_below(act, 1, 5)):
            day = self.today - timedelta(days=_below(act, 0, 180))
            moment = max(self._moment(day), row["created_at"])
            purpose, summary = act.choice(_CALL_NOTES)
            interaction_id = self._id("interactions")
            follow_up = None
            if act.random() < 0.5:
                kind, agent, extension, call_id = "CALL_IN", self.users["agent"], "8001", f"DEMO-{interaction_id}"
                missed = act.random() < 0.06
            else:
                roll, kind = act.random(), "CALL_OUT"
                for candidate, share in _HAND_LOGGED:
                    if roll < share:
                        kind = candidate
                        break
                    roll -= share
                agent = self.users["sales"] if corporate else self.users["agent"]
                extension, call_id, missed = None, None, False
            calls = kind in ("CALL_IN", "CALL_OUT")
            seconds = 0 if missed else (_below(act, 40, 600) if calls else None)
            if not missed and act.random() < 0.08:
                follow_up = self.today - timedelta(days=_below(act, 0, 3))
            out.interactions.append(
                (
                    interaction_id,
                    row["id"],
                    kind,
                    None if missed else purpose,
                    None if missed else summary,
                    agent,
                    moment,
                    seconds,
                    call_id,
                    extension,
                    phone if calls else None,
                    ("MISSED" if missed else "ANSWERED") if kind == "CALL_IN" else None,
                    None if missed or kind != "CALL_IN" else moment + timedelta(seconds=6),
                    moment + timedelta(seconds=(seconds or 0) + 6) if kind == "CALL_IN" else None,
                    follow_up,
                    None,
                    None if missed else moment + timedelta(seconds=(seconds or 0) + 60),
                    moment,
                    moment,
                )
            )

    def _stay(self, out: _Batch, row: dict[str, Any], arrival: date, nights: int, corporate: bool) -> None:
        act = self.activity
        today = self.today
        departure = arrival + timedelta(days=nights)
        room_type, low, high = _ROOM_TYPES.pick(act)
        channel = (_STAY_CHANNELS_CORPORATE if corporate else _STAY_CHANNELS_INDIVIDUAL).pick(act)
        # Rates in whole yuan ending in 8 (388, 428, …), less the channel's discount.
        seasonal = _below(act, low // 100, high // 100 + 1) * _MONTH_RATE[arrival.month]
        yuan = int(min(seasonal, high // 100) * _CHANNEL_DISCOUNT.get(channel, 1.0))
        rate = (yuan // 10 * 10 + 8) * 100
        if arrival > today:
            status = "RESERVED"
        elif departure > today:
            status = "IN_HOUSE"
        else:
            roll = act.random()
            lost = _CHANNEL_CANCELLED.get(channel, 0.05)
            status = "CHECKED_OUT" if roll >= lost else ("CANCELLED" if roll >= lost * 0.15 else "NO_SHOW")
        nationality = row["nationality"] or "CN"
        stay_id = self._id("stays")
        booked = self._moment(arrival - timedelta(days=_below(act, 0, 30)))
        purpose = "商务" if corporate and act.random() < 0.7 else _PURPOSES.pick(act)
        leisure = purpose in ("旅游", "探亲")
        out.stays.append(
            (
                stay_id,
                row["id"],
                self.property_name,
                arrival,
                departure,
                nights,
                room_type,
                rate,
                rate * nights,
                channel,
                _CHANNEL_SEGMENT.get(channel, "散客"),
                "协议客" if corporate else "散客",
                _COUNTRY_ALPHA3.get(nationality, "CHN"),
                act.choice((1, 2)) if not corporate else 1,
                act.choice((0, 0, 1, 2)) if leisure else 0,
                purpose,
                _STAY_PAYMENT.pick(act),
                status,
                booked,
            )
        )
        if status not in ("CHECKED_OUT", "IN_HOUSE"):
            return
        lines = _OTHER_REVENUE + (_CORPORATE_REVENUE if corporate else [])
        for category, probability, low_fen, high_fen, notes in lines:
            if act.random() >= probability:
                continue
            spent = arrival + timedelta(days=_below(act, nights))
            if spent > today:
                continue
            amount = _below(act, low_fen // 100, high_fen // 100 + 1) * 100
            out.revenue.append(
                (
                    self._id("revenue_lines"),
                    row["id"],
                    stay_id,
                    category,
                    amount,
                    spent,
                    act.choice(notes),
                    self._moment(spent),
                )
            )


# ---------------------------------------------------------------- writing


async def _drop_known_id_numbers(conn: BaseDBAsyncClient, batch: _Batch, dialect: str) -> None:
    """When adding to a database that has customers, an ID number of this batch may already be
    registered (the service refuses duplicates): such a customer is seeded without one."""
    hash_at = _CUSTOMER_COLUMNS.index("id_number_hash")
    hashes = [row[hash_at] for row in batch.customers if row[hash_at] is not None]
    known: set[str] = set()
    for start in range(0, len(hashes), 500):
        chunk = hashes[start : start + 500]
        if dialect == "postgres":
            marks = ", ".join(f"${i}" for i in range(1, len(chunk) + 1))
        else:
            marks = ", ".join("?" for _ in chunk)
        rows = await conn.execute_query_dict(
            f"SELECT id_number_hash FROM customers WHERE id_number_hash IN ({marks})", chunk
        )
        known.update(r["id_number_hash"] for r in rows)
    if not known:
        return
    cleared = [_CUSTOMER_COLUMNS.index(c) for c in id_number_columns(None, None)]
    for index, row in enumerate(batch.customers):
        if row[hash_at] in known:
            values = list(row)
            for column in cleared:
                values[column] = None
            batch.customers[index] = tuple(values)


async def _write(tx: BaseDBAsyncClient, batch: _Batch, statements: list[str]) -> None:
    for sql, rows in zip(statements, batch.rows(), strict=True):
        if rows:
            await tx.execute_many(sql, cast(list[list[Any]], rows))


async def seed_demo(*, customers: int, seed: int, progress: Callable[[int, int], None] | None = None) -> SeedReport:
    """Adds `customers` demo customers (and the demo logins if missing) to a migrated database.

    Tortoise must be initialised. Not meant to run beside a server that creates customers:
    ids are allocated from MAX(id) at the start.
    """
    started = time.perf_counter()
    if customers < 0:
        raise ValueError("customers must not be negative")
    users_created, users = await ensure_demo_users()
    conn = _db()
    dialect = str(conn.capabilities.dialect)
    start_ids = {table: await _max_id(conn, table) for table, _ in _TABLES}
    had_customers = start_ids["customers"] > 0
    generator = _Generator(
        seed=seed,
        start_ids=start_ids,
        users=users,
        today=hotel_today(),
        now=utcnow(),
        property_name=get_settings().property_name,
    )
    statements = [_insert_sql(table, columns, dialect) for table, columns in _TABLES]
    old_cache: Any = None
    if dialect == "sqlite":
        rows = await conn.execute_query_dict("PRAGMA cache_size")
        old_cache = next(iter(rows[0].values()))
        await conn.execute_script(f"PRAGMA cache_size = -{_SQLITE_SEED_CACHE_KIB}")
    stays = 0
    done = 0
    try:
        while done < customers:
            # Several batches per transaction: rows land in random places of the name, pinyin
            # and hash indexes, and a bigger transaction writes each touched page once.
            async with in_transaction() as tx:
                for _ in range(BATCHES_PER_TRANSACTION):
                    if done >= customers:
                        break
                    batch = generator.batch(min(BATCH_SIZE, customers - done))
                    if had_customers:
                        await _drop_known_id_numbers(tx, batch, dialect)
                    await _write(tx, batch, statements)
                    done += len(batch.customers)
                    stays += len(batch.stays)
                    if progress is not None:
                        progress(done, customers)
    finally:
        _name_fields.cache_clear()
        if dialect == "sqlite" and old_cache is not None:
            await conn.execute_script(f"PRAGMA cache_size = {int(old_cache)}")
    await seed_procedures(author_id=users.get("manager"))
    await seed_complaints(seed=seed, users=users, now=utcnow())
    await seed_members(seed=seed, users=users, now=utcnow())
    await seed_accounts(seed=seed, users=users)
    await seed_prospects(seed=seed, users=users)
    if dialect == "postgres":
        for table, _ in _TABLES:
            await conn.execute_query(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f'COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM "{table}"'
            )
    return SeedReport(
        users_created=users_created,
        customers=done,
        stays=stays,
        seconds=time.perf_counter() - started,
    )
