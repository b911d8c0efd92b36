#!/usr/bin/env python3
"""Writes the synthetic sample dataset for the audit example: 云江市 (a fictional city), 2024.

    python3 examples/data/generate.py

Output, next to this script:

- ``yunjiang-2024.json``: a JSON array of DisclosureRecord objects (core/src/model/record.rs);
- ``yunjiang-2024.expected.json``: the defect planted in each record that has one, with the
  finding code the engine reports for it,
  and the compliant edge cases (holiday and make-up-day arithmetic, withdrawals, drafts);
- ``bad-input.ndjson``: two valid records and six broken lines, for the audit's error path;
- ``yunjiang-blacklist.jsonl``: the blacklist the audit screens parties against: the sample's own
  sanction decisions as entries, plus a person, a name-only entry, a court listing and an old ban.

Everything is invented: the city, its districts, bodies, companies and people. The city's
region code 445400 is well-formed (Guangdong = 44) but assigned to no real prefecture, so no
generated 身份证号 or 统一社会信用代码 can belong to a real person or organisation. Names of
people are masked (陈*华). Deterministic: stdlib only, one fixed seed, no clock.
"""

import datetime as dt
import json
import os
import random

SEED = 20240601
HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date
FIRST_FORMED, LAST_FORMED, LAST_DATE = D(2024, 1, 2), D(2024, 12, 20), D(2024, 12, 31)

# ---------------------------------------------------------------------------------------------
# Calendar: official 2024 schedule (tests/data/calendar/, docs/legal-basis.md#calendar).
# ---------------------------------------------------------------------------------------------

HOLIDAYS_2024 = {
    "2024-01-01",
    *(f"2024-02-{d:02}" for d in range(10, 18)),
    "2024-04-04", "2024-04-05", "2024-04-06",
    *(f"2024-05-{d:02}" for d in range(1, 6)),
    "2024-06-10",
    "2024-09-15", "2024-09-16", "2024-09-17",
    *(f"2024-10-{d:02}" for d in range(1, 8)),
}
MAKEUP_WORKDAYS_2024 = {
    "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28",
    "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12",
}


def is_workday(d):
    s = d.isoformat()
    if s in MAKEUP_WORKDAYS_2024:
        return True
    return s not in HOLIDAYS_2024 and d.weekday() < 5


def next_workday(d):
    """``d`` itself if it is a workday, else the next workday."""
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d


def add_wd(d, n):
    """The n-th workday after ``d`` (n >= 1); for n = 0, ``next_workday(d)``."""
    if n == 0:
        return next_workday(d)
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def wd_after(a, b):
    """How many workdays lie in (a, b]: 1 when b is the first workday after a."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        n += is_workday(d)
    return n


def days(d, n):
    return d + dt.timedelta(days=n)


def zh_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------------------------------------
# Identifiers (docs/legal-basis.md#identifiers).
# ---------------------------------------------------------------------------------------------

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [pow(3, i, 31) for i in range(17)]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
ID_WEIGHTS = [pow(2, 17 - i, 11) for i in range(17)]


def org_check(body8):
    """GB 11714-1997 check character of an 8-character organisation code body (A = 10 … Z = 35)."""
    s = sum(int(c, 36) * w for c, w in zip(body8, ORG_WEIGHTS))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(authority_and_type, region, body8):
    """GB 32100-2015 统一社会信用代码 from its parts; the two check characters are computed."""
    head = f"{authority_and_type}{region}{body8}{org_check(body8)}"
    s = sum(USCC_CHARSET.index(c) * w for c, w in zip(head, USCC_WEIGHTS))
    return head + USCC_CHARSET[(31 - s % 31) % 31]


def id_number(region, birth, seq):
    """GB 11643-1999 居民身份证号码 (``seq`` odd for men, even for women)."""
    head = f"{region}{birth:%Y%m%d}{seq:03}"
    s = sum(int(c) * w for c, w in zip(head, ID_WEIGHTS))
    return head + "10X98765432"[s % 11]


def self_test():
    # The standards' examples and published codes (tests/vectors/identifiers/ids.json).
    assert uscc("91", "110000", "60003734") == "91110000600037341L"
    assert uscc("91", "440300", "71526726") == "9144030071526726XG"
    assert uscc("91", "350100", "M000100Y") == "91350100M000100Y43"
    assert id_number("110105", D(1949, 12, 31), 2) == "11010519491231002X"
    assert id_number("360426", D(1991, 1, 1), 7) == "360426199101010071"
    assert rmb_upper(118635000) == "壹佰壹拾捌万陆仟叁佰伍拾元整"
    assert rmb_upper(100000500) == "壹佰万零伍元整"
    assert rmb_upper(1010) == "壹拾元壹角整"
    assert rmb_upper(101000000005) == "壹拾亿壹仟万元零伍分"
    assert wd_after(D(2024, 9, 27), D(2024, 9, 29)) == 1  # Sunday 09-29 is a make-up workday
    assert wd_after(D(2024, 9, 30), D(2024, 10, 8)) == 1  # across National Day
    assert wd_after(D(2024, 10, 10), D(2024, 10, 14)) == 3  # Saturday 10-12 counts


# ---------------------------------------------------------------------------------------------
# Money.
# ---------------------------------------------------------------------------------------------

DIGITS_UPPER = "零壹贰叁肆伍陆柒捌玖"


def _group_upper(g):
    out, zero = "", False
    for pos, unit in ((3, "仟"), (2, "佰"), (1, "拾"), (0, "")):
        d = g // 10**pos % 10
        if d == 0:
            zero = zero or bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS_UPPER[d] + unit
    return out


def rmb_upper(fen):
    """人民币大写, as written on a notice: 壹佰壹拾捌万陆仟叁佰伍拾元整."""
    yuan, jiao, f = fen // 100, fen // 10 % 10, fen % 10
    groups = []
    n = yuan
    while n:
        groups.append(n % 10000)
        n //= 10000
    out, gap = "", False
    for gi in reversed(range(len(groups))):
        g = groups[gi]
        if g == 0:
            gap = True
            continue
        if out and (gap or g < 1000):
            out += "零"
        out += _group_upper(g) + ("", "万", "亿", "万亿")[gi]
        gap = False
    out = (out or "零") + "元"
    if jiao == 0 and f == 0:
        return out + "整"
    if jiao == 0:
        return out + "零" + DIGITS_UPPER[f] + "分"
    return out + DIGITS_UPPER[jiao] + "角" + (DIGITS_UPPER[f] + "分" if f else "整")


def yuan_json(fen):
    """The JSON number for an amount in 分: an int when whole, else at most two decimals."""
    return fen // 100 if fen % 100 == 0 else round(fen / 100, 2)


def yuan_text(fen):
    return f"{fen // 100:,}.{fen % 100:02}元（大写：{rmb_upper(fen)}）"


def wan_text(fen):
    """万元 with up to four decimals, as land and equity notices write prices."""
    s = f"{fen / 1_000_000:.4f}".rstrip("0").rstrip(".")
    return f"{s}万元"


# ---------------------------------------------------------------------------------------------
# The city: 云江市, region 445400 (invented).
# ---------------------------------------------------------------------------------------------

CITY_REGION = "445400"
DISTRICTS = {
    "云城区": ("445402", ["凤凰街道", "东山街道", "城南街道"]),
    "江北区": ("445403", ["江北街道", "龙湾镇", "沙田镇"]),
    "临江县": ("445421", ["临江镇", "河口镇", "白沙镇"]),
    "石岭县": ("445422", ["石岭镇", "大坪镇", "黄岗镇"]),
}
ROADS = ["凤凰路", "兴业大道", "滨江大道", "人民中路", "东山路", "建设北路", "龙湾大道", "环城西路",
         "临江大道", "石岭路", "文明路", "新华路", "朝阳路", "工业大道", "江湾路"]
SURNAMES = "陈李黄张梁林刘吴罗何郑谢冯邓曾彭苏卢蔡叶钟潘杨关莫余麦温江赖"
GIVEN = "华明强芳丽伟军玲燕红杰斌辉敏婷霞峰勇娟文健波平琳珍秀英志东海"
PHONE_AREA = "0765"  # no Guangdong city uses 0765


class Body:
    """An organisation: name, credit code, address, phone."""

    def __init__(self, name, code, address, phone):
        self.name, self.code, self.address, self.phone = name, code, address, phone

    def responsible(self):
        return {"name": self.name, "creditCode": self.code}


class City:
    def __init__(self, rng):
        self.rng = rng
        self.bodies = {}
        self._mobiles = set()
        # City bureaus (机关 11) and institutions (事业单位 12).
        for key, name, kind in [
            ("zjj", "云江市住房和城乡建设局", "11"),
            ("zrzy", "云江市自然资源局", "11"),
            ("czj", "云江市财政局", "11"),
            ("gzw", "云江市国有资产监督管理委员会", "11"),
            ("fgj", "云江市发展和改革局", "11"),
            ("jtj", "云江市交通运输局", "11"),
            ("swj", "云江市水务局", "11"),
            ("jyj", "云江市教育局", "11"),
            ("gaj", "云江市公安局", "11"),
            ("cgj", "云江市城市管理和综合执法局", "11"),
            ("jyzx", "云江市公共资源交易中心", "12"),
            ("zfbz", "云江市住房保障服务中心", "12"),
            ("cgzx", "云江市政府采购中心", "12"),
            ("rmyy", "云江市人民医院", "12"),
            ("zyy", "云江市中医院", "12"),
            ("fybj", "云江市妇幼保健院", "12"),
            ("cdc", "云江市疾病预防控制中心", "12"),
            ("yz", "云江市第一中学", "12"),
            ("szx", "云江市实验中学", "12"),
            ("zyxy", "云江职业技术学院", "12"),
            ("tsg", "云江市图书馆", "12"),
        ]:
            self.bodies[key] = self._org(name, kind, CITY_REGION, "云城区")
        # District bodies.
        for district, (region, _) in DISTRICTS.items():
            short = district[:2]
            for suffix, kind, tail in [
                ("zjj", "11", "住房和城乡建设局"),
                ("zrzy", "11", "自然资源局"),
                ("czj", "11", "财政局"),
                ("rmyy", "12", "人民医院"),
                ("jyj", "11", "教育局"),
            ]:
                self.bodies[f"{short}_{suffix}"] = self._org(
                    f"云江市{district}{tail}" if district.endswith("区") else f"{district}{tail}",
                    kind, region, district)
        self.bodies["lj_yz"] = self._org("临江县第一中学", "12", "445421", "临江县")
        self.bodies["sl_yz"] = self._org("石岭县第一中学", "12", "445422", "石岭县")
        # State-owned enterprises (企业 91).
        for key, name in [
            ("ctjt", "云江市城市建设投资集团有限公司"),
            ("jtjt", "云江市交通投资集团有限公司"),
            ("swjt", "云江市水务投资集团有限公司"),
            ("lscb", "云江市粮食储备有限公司"),
            ("wlfz", "云江市文旅发展集团有限公司"),
            ("gyzc", "云江市国有资产经营有限公司"),
        ]:
            self.bodies[key] = self._company(name, CITY_REGION)
        self.agencies = [self._company(n, CITY_REGION) for n in [
            "广东云信招标代理有限公司", "云江市正和招标代理有限公司", "广东江诚工程咨询有限公司",
            "云江市建科项目管理有限公司"]]
        # Suppliers, contractors, developers, miners.
        self.firms = {}
        for trade, names in {
            "medical": ["广东康达医疗器械有限公司", "云江市仁和医疗设备有限公司", "广东博远医疗科技有限公司",
                        "云江市恒信医疗器械有限公司"],
            "it": ["云江市联创信息技术有限公司", "广东智联数据科技有限公司", "云江市启明电子科技有限公司",
                   "广东粤通信息工程有限公司"],
            "edu": ["云江市博雅教学设备有限公司", "广东启智教育科技有限公司", "云江市文华办公设备有限公司"],
            "service": ["云江市德润物业管理有限公司", "云江市洁美环境工程有限公司", "广东安信保安服务有限公司",
                        "云江市万和餐饮管理有限公司"],
            "works": ["云江市华建建设工程有限公司", "云江市宏远市政工程有限公司", "广东粤江建筑工程有限公司",
                      "云江市骏达建筑工程有限公司", "云江市永兴路桥工程有限公司", "广东盛世园林绿化有限公司",
                      "云江市天成水利水电工程有限公司", "广东嘉禾建设集团有限公司"],
            "supervision": ["云江市正衡工程监理有限公司", "广东江诚工程咨询有限公司"],
            "property": ["云江市鸿泰置业有限公司", "云江市锦程房地产开发有限公司", "广东海纳投资发展有限公司",
                         "云江市众诚实业有限公司", "云江市兴旺物流有限公司", "广东德信产业园开发有限公司"],
            "mining": ["云江市石岭建材有限公司", "广东粤石矿业有限公司", "临江县河口建材有限公司",
                       "云江市大坪石业有限公司"],
        }.items():
            self.firms[trade] = [self._company(n, CITY_REGION) for n in names]
        self.audit_firms = ["云江正信会计师事务所（普通合伙）", "广东华衡会计师事务所（特殊普通合伙）云江分所"]
        self.appraisal_firms = ["云江中诚资产评估有限公司", "广东衡达房地产土地资产评估有限公司"]

    # -- organisations -------------------------------------------------------------------------

    def address(self, district=None):
        rng = self.rng
        district = district or rng.choice(list(DISTRICTS))
        return f"云江市{district}{rng.choice(ROADS)}{rng.randint(1, 388)}号"

    def landline(self):
        return f"{PHONE_AREA}-{self.rng.randint(2, 8)}{self.rng.randint(100000, 999999)}"

    def _org(self, name, kind, region, district):
        body = f"{self.rng.randint(0, 99999999):08}"
        return Body(name, uscc(kind, region, body), self.address(district), self.landline())

    def _company(self, name, region):
        chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        body = "MA" + "".join(self.rng.choice(chars) for _ in range(6))
        return Body(name, uscc("91", region, body), self.address(), self.landline())

    # -- people --------------------------------------------------------------------------------

    def person(self):
        """A natural person: (masked name, full 身份证号)."""
        rng = self.rng
        surname, given = rng.choice(SURNAMES), rng.choice(GIVEN)
        region = rng.choice(list(DISTRICTS.values()))[0]
        birth = D(1958, 1, 1) + dt.timedelta(days=rng.randint(0, 42 * 365))
        return f"{surname}*{given}", id_number(region, birth, rng.randint(1, 999))

    def masked_name(self):
        return f"{self.rng.choice(SURNAMES)}*{self.rng.choice(GIVEN)}"

    def masked_id(self, full):
        return full[:6] + "*" * 8 + full[14:]

    def mobile(self):
        while True:
            m = self.rng.choice(["139", "138", "137", "135", "136", "159", "158", "186", "188", "177"])
            m += f"{self.rng.randint(0, 99999999):08}"
            if m not in self._mobiles:
                self._mobiles.add(m)
                return m

    def contact(self):
        """A contact as published correctly: a surname and an office landline."""
        return f"{self.rng.choice(SURNAMES)}工，{self.landline()}"


# ---------------------------------------------------------------------------------------------
# Records.
# ---------------------------------------------------------------------------------------------

DOMAIN_ORDER = ["housing", "landUseRights", "miningRights", "governmentProcurement",
                "statePropertyRights", "constructionBidding"]
ID_PREFIX = {"housing": "HS", "landUseRights": "LD", "miningRights": "MR",
             "governmentProcurement": "GP", "statePropertyRights": "SE", "constructionBidding": "TB"}


class Rec(dict):
    """A record plus generator-side notes (never written): the planted defect, a lock."""

    def __init__(self, **kw):
        super().__init__(kw)
        self.defect = None  # (kind, finding code or None, basis, note)
        self.locked = False  # a deliberate edge case: never given a defect
        self.tag = None  # a hint for picking defects: "result", "contract", ...
        self.case = None  # why a compliant record is worth a look (an edge case)
        self.people = None  # (masked name, 身份证号) of the people a housing list names
        self.contact_key = None  # the content element holding a contact, for a leaked mobile
        self.barred = []  # blacklist entries that bar a party of the record on its date

    def keep(self, note):
        """A deliberate compliant edge case: never given a defect."""
        self.locked, self.case = True, note


def record(domain, item, title, body, formed, published, channels, content, *, parties=None,
           amounts=None, events=None, status="published", changed=None):
    r = Rec(domain=domain, item=item, title=title, responsibleBody=body.responsible(),
            formedOn=formed)
    if changed:
        r["changedOn"] = changed
    if published:
        r["publishedOn"] = published
    r["status"] = status
    r["channels"] = list(channels)
    r["content"] = dict(content)
    if parties:
        r["parties"] = parties
    if amounts:
        r["amounts"] = {k: yuan_json(v) for k, v in amounts.items()}
    if events:
        r["events"] = {k: v for k, v in events.items() if v is not None}
    return r


def party(role, body=None, name=None, id_number=None):
    p = {"role": role, "name": body.name if body else name}
    if body:
        p["creditCode"] = body.code
    if id_number:
        p["idNumber"] = id_number
    return p


class Generator:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.city = City(self.rng)
        self.records = []
        self.b = self.city.bodies

    def add(self, r):
        self.records.append(r)
        return r

    def pub(self, formed, lo=0, hi=3):
        """A timely publication date: lo..hi workdays after formation."""
        return add_wd(formed, self.rng.randint(lo, hi))

    def formed_day(self, lo, hi):
        """A workday between two dates (inclusive)."""
        span = (hi - lo).days
        return next_workday(days(lo, self.rng.randint(0, span)))

    # -- 住房保障 --------------------------------------------------------------------------------

    def housing(self):
        rng, b, c = self.rng, self.b, self.city
        web = ["governmentWebsite", "departmentWebsite"]
        # Construction plans.
        for body, title, period, targets in [
            (b["zjj"], "云江市保障性住房规划建设方案（2024—2026年）", "2024年至2026年",
             "规划期内筹集建设保障性租赁住房6800套（间），配售型保障性住房1200套，实施城镇老旧小区改造142个、惠及居民1.2万户，发放住房租赁补贴2100户"),
            (b["临江_zjj"], "临江县城镇保障性安居工程规划建设方案（2024—2025年）", "2024年至2025年",
             "筹集保障性租赁住房650套（间），改造城镇老旧小区18个，新增公共租赁住房120套"),
            (b["江北_zjj"], "江北区保障性租赁住房发展规划建设方案（2024—2026年）", "2024年至2026年",
             "在龙湾片区、沙田产业园周边筹集保障性租赁住房2100套（间），优先面向新市民、青年人和产业园区职工"),
        ]:
            f = self.formed_day(D(2024, 1, 8), D(2024, 3, 29))
            self.add(record("housing", "housingConstructionPlan", title, body, f, self.pub(f, 1, 6), web, {
                "planName": title,
                "planPeriod": period,
                "targets": targets,
                "supportingPolicies": "土地供应计划单列保障性住房用地；保障性租赁住房项目免收城市基础设施配套费；市财政安排专项补助资金",
            }))
        # Annual plans.
        for body, where, volume in [
            (b["zjj"], "云江市", 1650), (b["云城_zjj"], "云城区", 620), (b["江北_zjj"], "江北区", 540),
            (b["石岭_zjj"], "石岭县", 180),
        ]:
            f = D(2024, 1, 2) if where == "云江市" else self.formed_day(D(2024, 1, 15), D(2024, 3, 15))
            projects = "；".join(
                f"{rng.choice(['凤凰', '滨江', '龙湾', '东山', '沙田', '临江', '石岭'])}{rng.choice(['安居苑', '人才公寓', '和园', '家园'])}"
                f"（保障性租赁住房{rng.randint(8, 40) * 10}套）" for _ in range(rng.randint(2, 4)))
            self.add(record("housing", "housingAnnualPlan", f"{where}2024年保障性安居工程年度建设计划", body, f,
                            self.pub(f, 1, 8), web, {
                "taskVolume": f"2024年计划新筹集保障性租赁住房{volume}套（间），新开工公共租赁住房{volume // 10}套，基本建成{volume // 2}套",
                "plannedProjects": projects,
                "unitTypes": "以一房一厅（建筑面积45—55平方米）和两房一厅（60—70平方米）为主，少量三房（不超过90平方米）",
            }))
        # Progress, monthly to quarterly; one across National Day (18 workdays, 31 calendar days).
        for k, (lo, hi, upto) in enumerate([
            (D(2024, 2, 1), D(2024, 2, 8), "1月"), (D(2024, 4, 1), D(2024, 4, 12), "1—3月"),
            (D(2024, 5, 6), D(2024, 5, 15), "1—4月"), (D(2024, 6, 3), D(2024, 6, 14), "1—5月"),
            (D(2024, 7, 1), D(2024, 7, 10), "1—6月"), (D(2024, 8, 1), D(2024, 8, 9), "1—7月"),
            (D(2024, 9, 20), D(2024, 9, 20), "1—8月"), (D(2024, 11, 1), D(2024, 11, 8), "1—10月"),
            (D(2024, 12, 2), D(2024, 12, 6), "1—11月"),
        ]):
            f = self.formed_day(lo, hi)
            pct = min(8 + k * 11, 97)
            started, built = int(1650 * pct / 100), int(825 * pct / 100)
            r = self.add(record("housing", "housingPlanProgress", f"云江市2024年{upto}保障性安居工程建设计划完成情况",
                                b["zjj"], f, self.pub(f, 2, 6), web, {
                "completionProgress": f"截至{upto.split('—')[-1]}底，新开工（筹集）保障性租赁住房{started}套，占年度计划的{pct}%；基本建成{built}套",
                "startedProjects": "凤凰安居苑二期（已开工，完成主体结构40%）；滨江人才公寓（已开工，基础施工）",
                "completedProjects": "东山和园（保障性租赁住房320套，已通过竣工验收）" if pct > 40 else "暂无",
                "supportingFacilities": "凤凰安居苑配套幼儿园、社区服务中心同步建设；滨江人才公寓配套道路已完成管网铺设",
            }))
            if upto == "1—8月":
                r["publishedOn"] = D(2024, 10, 21)
                r.keep("形成后31日公开，跨国庆假期仅第18个工作日：未超20个工作日")
        # Allocation policies; one revised (changedOn restarts the period).
        for k, (title, number) in enumerate([
            ("云江市公共租赁住房保障对象准入条件及租金标准（2024年修订）", "云建规〔2024〕3号"),
            ("云江市保障性租赁住房管理实施细则", "云府办规〔2024〕5号"),
            ("江北区新就业无房职工公共租赁住房配租办法", "江北住建〔2024〕21号"),
            ("云江市配售型保障性住房申购条件及分配办法（试行）", "云建规〔2024〕9号"),
        ]):
            f = self.formed_day(D(2024, 2, 19), D(2024, 8, 30))
            changed = None
            if k == 0:
                f, changed = D(2024, 3, 1), D(2024, 6, 14)
            r = self.add(record("housing", "housingAllocationPolicy", title,
                                b["江北_zjj"] if "江北" in title else b["zjj"], f,
                                self.pub(changed or f, 1, 5), web, {
                "policyName": title,
                "eligibilityCriteria": "申请人及共同申请家庭成员在本市均无自有住房，家庭人均可支配收入低于上年度本市城镇居民人均可支配收入的60%，且未享受其他住房保障",
                "documentNumber": number,
            }, changed=changed))
            if changed:
                r.keep("形成后逾3个月公开，但6月14日修订（changedOn），期限自变更之日重新起算")
        # Qualified applicants: publicity of 7 workdays.
        batches = [(f"第{'一二三四五六七八'[n]}批", self.formed_day(lo, hi)) for n, (lo, hi) in enumerate([
            (D(2024, 1, 22), D(2024, 2, 2)), (D(2024, 3, 4), D(2024, 3, 29)), (D(2024, 4, 15), D(2024, 4, 30)),
            (D(2024, 5, 20), D(2024, 6, 14)), (D(2024, 7, 1), D(2024, 7, 19)), (D(2024, 8, 5), D(2024, 8, 23)),
            (D(2024, 9, 2), D(2024, 9, 13)), (D(2024, 10, 14), D(2024, 11, 1)),
        ])]
        self.allottee_batches = []
        for label, f in batches:
            body = rng.choice([b["zfbz"], b["云城_zjj"], b["江北_zjj"]])
            p = self.pub(f, 0, 2)
            end = add_wd(p, 7)
            people = [c.person() for _ in range(rng.randint(3, 5))]
            n = rng.randint(36, 120)
            lst = "；".join(f"{nm}（{c.masked_id(i)}）" for nm, i in people)
            r = self.add(record("housing", "housingAllocationApplicants",
                                f"{body.name[3:6] if '区' in body.name else '云江市'}2024年{label}公共租赁住房申请家庭审核结果公示",
                                body, f, p, ["departmentWebsite", "bulletinBoard"], {
                "applicantList": f"{lst}等{n}户（完整名单见附件，身份证号码已作去标识化处理）",
                "reviewResult": f"经街道（镇）初审、区住房保障部门复审、市住房保障服务中心审核，共{n}户符合公共租赁住房保障条件",
                "objectionChannel": f"公示期内如有异议，可书面向云江市住房保障服务中心反映，电话：{b['zfbz'].phone}，地址：{b['zfbz'].address}",
                "publicityPeriod": f"{zh_date(p)}至{zh_date(end)}（7个工作日）",
            }, events={"publicityStartOn": p, "publicityEndOn": end}))
            r.people = people
            self.allottee_batches.append((label, end, n))
        # Stock.
        for k in range(6):
            f = self.formed_day(D(2024, 1, 15), D(2024, 11, 29))
            district = rng.choice(list(DISTRICTS))
            proj = f"{rng.choice(['凤凰', '滨江', '龙湾', '东山', '沙田', '临江', '石岭'])}{rng.choice(['安居苑', '人才公寓', '和园'])}（{rng.choice(['一', '二', '三'])}期）"
            n1, n2 = rng.randint(2, 8) * 10, rng.randint(3, 10) * 10
            self.add(record("housing", "housingAllocationStock", f"云江市2024年公共租赁住房房源信息公告（{proj}）",
                            b["zfbz"], f, self.pub(f, 0, 3), web, {
                "projectName": proj,
                "location": c.address(district),
                "unitCount": f"{n1 + n2}套",
                "unitTypes": f"一房一厅{n1}套（建筑面积约48平方米）、两房一厅{n2}套（约62平方米）",
                "rentOrPrice": f"租金按同地段市场租金的60%计收，约{rng.randint(80, 120) / 10}元/平方米·月",
            }))
        # Procedure.
        for k in range(4):
            f = self.formed_day(D(2024, 1, 10), D(2024, 10, 31))
            r = self.add(record("housing", "housingAllocationProcedure",
                            ["云江市公共租赁住房申请配租办事指南（2024年版）", "云江市保障性租赁住房申请流程",
                             "云江市配售型保障性住房申购程序", "云江市住房租赁补贴申领流程"][k],
                            b["zfbz"], f, self.pub(f, 0, 4), ["departmentWebsite", "onlineServiceHall"], {
                "procedureSteps": "申请人提交申请→街道（镇）受理初审→区（县）住房保障部门复审→市住房保障服务中心审核并公示7个工作日→登记轮候→摇号选房→签订租赁合同",
                "contact": f"云江市住房保障服务中心，{b['zfbz'].phone}，工作日9:00—12:00、14:30—17:30",
                "timetable": "每季度末月集中受理申请，次季度首月完成审核公示",
            }))
            if k == 3:
                # 38 calendar days and, with the Mid-autumn and National Day make-up days, 22
                # workdays: late, though a count that ignores make-up days finds 19.
                r["formedOn"], r["publishedOn"] = D(2024, 9, 13), D(2024, 10, 21)
                r.defect = ("late", "deadline.missed", "政府信息公开条例第二十六条",
                            f"形成后第{wd_after(r['formedOn'], r['publishedOn'])}个工作日才公开（20个工作日内；调休上班日计入）")
        # Process (lottery) and results, following the applicant batches.
        for k, (label, pub_end, n) in enumerate(self.allottee_batches):
            lottery = add_wd(pub_end, rng.randint(5, 10))
            if k < 6:
                ranking = "；".join(f"第{i}号 {c.masked_name()}" for i in range(1, 4))
                self.add(record("housing", "housingAllocationProcess", f"云江市2024年{label}公共租赁住房摇号配租过程公告",
                                b["zfbz"], lottery, self.pub(lottery, 0, 2), web, {
                    "lotteryMethod": "采用计算机随机摇号方式确定选房顺序，摇号过程由云江市公证处全程公证并网络直播",
                    "rankingList": f"共{n}户参加摇号，轮候排序：{ranking}……（完整排序见附件）",
                    "supervisionBody": "云江市纪委监委驻市住房和城乡建设局纪检监察组、云江市公证处",
                }))
            for part in (1, 2) if k in (1, 4) else (1,):
                f = add_wd(lottery, rng.randint(3, 8) + (part - 1) * 6)
                if f > LAST_FORMED:
                    continue
                people = [c.person() for _ in range(rng.randint(3, 5))]
                m = rng.randint(20, n)
                lst = "、".join(f"{nm}（{c.masked_id(i)}）" for nm, i in people)
                proj = f"{rng.choice(['凤凰', '滨江', '龙湾', '东山'])}{rng.choice(['安居苑', '人才公寓', '和园'])}"
                r = self.add(record("housing", "housingAllocationResult",
                                    f"云江市2024年{label}公共租赁住房配租结果公告" + ("（第二次选房）" if part == 2 else ""),
                                    b["zfbz"], f, self.pub(f, 0, 3), ["departmentWebsite", "bulletinBoard"], {
                    "allotteeList": f"{lst}等{m}户",
                    "housingAssigned": f"{proj}{m}套，其中一房一厅{m // 2}套、两房一厅{m - m // 2}套",
                    "objectionChannel": f"对配租结果有异议的，可在公告之日起5个工作日内向云江市住房保障服务中心提出，电话：{b['zfbz'].phone}",
                }, parties=[party("allottee", name=nm, id_number=i) for nm, i in people]))
                r.people = people

    # -- 国有土地使用权出让 ------------------------------------------------------------------------

    def land(self):
        rng, b, c = self.rng, self.b, self.city
        for body, title, total in [
            (b["zrzy"], "云江市2024年度国有建设用地供应计划", 386.52),
            (b["临江_zrzy"], "临江县2024年度国有建设用地供应计划", 96.18),
            (b["石岭_zrzy"], "石岭县2024年度国有建设用地供应计划", 74.35),
        ]:
            f = self.formed_day(D(2024, 1, 10), D(2024, 3, 29))
            parts = [round(total * w, 2) for w in (0.33, 0.09, 0.24, 0.15, 0.16)]
            r = self.add(record("landUseRights", "landSupplyPlan", title, body, f, self.pub(f, 1, 6),
                                ["governmentWebsite", "departmentWebsite"], {
                "planYear": "2024年度",
                "totalArea": f"计划供应国有建设用地{total}公顷",
                "landUseStructure": f"工矿仓储用地{parts[0]}公顷、商服用地{parts[1]}公顷、住宅用地{parts[2]}公顷（含保障性住房用地）、公共管理与公共服务用地{parts[3]}公顷、交通运输用地{parts[4]}公顷",
                "spatialLayout": "住宅用地主要布局在凤凰片区、滨江新城；工业用地集中在沙田产业园、临江工业园",
            }))
        uses = [("城镇住宅用地（兼容商业）", "住宅70年、商业40年", "property", (3000, 16000)),
                ("城镇住宅用地", "70年", "property", (2500, 12000)),
                ("工业用地", "50年", "property", (300, 1800)),
                ("商务金融用地", "40年", "property", (1200, 6000)),
                ("仓储用地", "50年", "property", (400, 1500))]
        for k in range(16):
            use, term, trade, (lo, hi) = rng.choice(uses)
            district = rng.choice(list(DISTRICTS))
            code = f"YJ2024-{k + 3:03}"
            method = "拍卖出让" if k % 5 == 0 else "挂牌出让"
            area = round(rng.uniform(8000, 60000), 2)
            start_fen = rng.randint(lo, hi) * 1_000_000
            f = self.formed_day(D(2024, 1, 15), D(2024, 10, 18))
            if k == 0:
                f = D(2024, 9, 2)  # listing runs across National Day
            p = self.pub(f, 0, 1)
            a_start = next_workday(days(p, rng.randint(21, 28)))
            a_end = add_wd(a_start, rng.randint(10, 12)) if method == "挂牌出让" else a_start
            body = b["zrzy"] if district in ("云城区", "江北区") else b[f"{district[:2]}_zrzy"]
            where = f"{district}{rng.choice(DISTRICTS[district][1])}{rng.choice(ROADS)}{rng.choice(['东侧', '西侧', '北侧', '南侧'])}"
            fa = "挂牌时间" if method == "挂牌出让" else "拍卖时间"
            issuer = "云江市" if body is b["zrzy"] else district
            ann = self.add(record("landUseRights", "landTransferAnnouncement",
                            f"{issuer}国有建设用地使用权{method}公告（{issuer[0]}自然资告〔2024〕{k + 7}号）", body, f, p,
                            ["tradingPlatform", "departmentWebsite"] + (["newspaper"] if k % 3 == 0 else []), {
                "parcelLocation": f"{where}（地块编号{code}）",
                "area": f"{area}平方米",
                "landUse": use,
                "termYears": term,
                "planningConditions": f"容积率{rng.choice(['≤2.5', '≤2.8', '1.0—3.0', '≥1.2且≤2.0'])}，建筑密度≤{rng.choice([25, 30, 35, 45])}%，绿地率≥{rng.choice([15, 20, 30])}%",
                "transferMethod": method,
                "bidderRequirements": "中华人民共和国境内外的法人和其他组织均可申请参加竞买（法律法规另有规定的除外），申请人须单独申请，不接受联合竞买",
                "timeAndPlace": f"{fa}：{zh_date(a_start)}9时至{zh_date(a_end)}15时；地点：云江市公共资源交易中心（{b['jyzx'].address}）",
                "startingPrice": f"起始价{wan_text(start_fen)}，竞买保证金{wan_text(start_fen // 5)}",
            }, events={"activityStartOn": a_start, "activityEndOn": a_end}))
            if k == 11:
                ann["status"] = "withdrawn"
                ann.keep("规划条件调整，终止出让，公告撤回（withdrawn）")
            if k in (4, 11):
                continue  # 4: no bidder (流拍); 11: terminated
            deal = start_fen + rng.randint(0, 40) * start_fen // 100 // 1_000_000 * 1_000_000
            firm = rng.choice(c.firms["property"])
            dp = self.pub(a_end, 1, 2)
            self.add(record("landUseRights", "landDealPublicity", f"云江市国有建设用地使用权{method}成交公示（{code}地块）",
                            b["jyzx"], a_end, dp, ["tradingPlatform", "departmentWebsite"], {
                "parcelLocation": f"{where}（地块编号{code}）",
                "area": f"{area}平方米",
                "landUse": use,
                "transferee": firm.name,
                "dealPrice": wan_text(deal),
                "transferMethod": method,
            }, parties=[party("transferee", firm)],
                events={"activityEndOn": a_end, "awardedOn": a_end, "publicityStartOn": dp,
                        "publicityEndOn": add_wd(dp, 10)}))
            if k in (2, 9):
                continue  # contract not yet signed when the year's records were drawn
            signed = add_wd(a_end, rng.randint(3, 6))
            self.add(record("landUseRights", "landSupplyResult", f"{issuer}国有建设用地供应结果公示（{code}地块）", body,
                            signed, self.pub(signed, 1, 2), ["departmentWebsite", "tradingPlatform"], {
                "parcelLocation": f"{where}（地块编号{code}）",
                "area": f"{area}平方米",
                "landUse": use,
                "landUser": firm.name,
                "price": wan_text(deal),
                "contractDate": zh_date(signed),
            }, parties=[party("transferee", firm)], events={"contractSignedOn": signed}))

    # -- 矿业权出让 -----------------------------------------------------------------------------

    def mining(self):
        rng, b, c = self.rng, self.b, self.city
        mines = [("石岭县大坪镇黄岗建筑用花岗岩矿", "建筑用花岗岩", "石岭县"),
                 ("临江县河口镇白石岭建筑用砂矿", "建筑用砂", "临江县"),
                 ("石岭县石岭镇狮山水泥用灰岩矿", "水泥用灰岩", "石岭县"),
                 ("临江县白沙镇高岭土矿", "高岭土", "临江县"),
                 ("江北区沙田镇建筑用花岗岩矿", "建筑用花岗岩", "江北区")]
        for k, (mine, mineral, district) in enumerate(mines):
            f = self.formed_day(D(2024, 2, 19), D(2024, 9, 13))
            p = self.pub(f, 0, 1)
            a_start = add_wd(p, rng.randint(21, 24))
            a_end = add_wd(a_start, rng.randint(10, 11))
            start = rng.randint(800, 6000) * 1_000_000
            body = b["zrzy"]
            right = f"{mine}采矿权"
            self.add(record("miningRights", "miningTransferAnnouncement", f"{mine}采矿权挂牌出让公告", body, f, p,
                            ["tradingPlatform", "departmentWebsite"], {
                "rightName": right,
                "mineral": mineral,
                "area": f"矿区面积{rng.randint(1200, 6000) / 10000}平方千米，由{rng.randint(4, 8)}个拐点圈定，开采深度+{rng.randint(120, 260)}米至+{rng.randint(20, 80)}米标高",
                "transferMethod": "网上挂牌出让",
                "conditions": "竞买人须为依法设立的企业法人，具备相应的资金能力和开采技术条件，未被列入严重失信主体名单；挂牌期满按价高者得原则确定竞得人",
                "timeAndPlace": f"挂牌时间：{zh_date(a_start)}9时至{zh_date(a_end)}16时；地点：广东省公共资源交易平台（云江市）",
                "startingPrice": f"挂牌起始价{wan_text(start)}",
            }, events={"activityStartOn": a_start, "activityEndOn": a_end}))
            winner = rng.choice(c.firms["mining"])
            deal = start + rng.randint(1, 60) * start // 100 // 10_000 * 10_000
            rp = self.pub(a_end, 2, 4)
            self.add(record("miningRights", "miningTransferResult", f"{mine}采矿权出让结果公示", body, a_end, rp,
                            ["tradingPlatform", "departmentWebsite"], {
                "rightName": right,
                "holder": winner.name,
                "dealPrice": wan_text(deal),
                "transferMethod": "网上挂牌出让",
            }, parties=[party("winner", winner)],
                events={"activityEndOn": a_end, "awardedOn": a_end, "publicityStartOn": rp,
                        "publicityEndOn": add_wd(rp, 10)}))
        for k in range(6):
            f = self.formed_day(D(2024, 1, 15), D(2024, 11, 29))
            holder = rng.choice(c.firms["mining"])
            mine, mineral, district = rng.choice(mines)
            years = rng.choice([3, 5, 8, 10])
            r = self.add(record("miningRights", "miningRightHolderInformation",
                                f"云江市采矿权基本信息公开（{holder.name}）", b["zrzy"], f, self.pub(f, 1, 8),
                                ["departmentWebsite"], {
                "rightName": f"{mine}采矿权" if k % 2 else f"{district}{rng.choice(['大岭', '青山', '石门'])}建筑用石料矿采矿权",
                # C + 22 digits, as 采矿许可证号 are written.
                "licenseNumber": f"C{CITY_REGION}{f.year}{f.month:02}{rng.randint(1000000000, 9999999999)}",
                "holder": holder.name,
                "mineral": mineral,
                "validityPeriod": f"{zh_date(f)}至{zh_date(f.replace(year=f.year + years))}",
            }))

    # -- 政府采购 -------------------------------------------------------------------------------

    PROJECTS = [
        # (purchaser key, project, kind, budget in 万元, main item)
        ("rmyy", "医用彩色多普勒超声诊断系统采购项目", "G", 286, ("彩色多普勒超声诊断系统", "台", 2)),
        ("rmyy", "全院物业管理服务采购项目", "F", 468, ("物业管理服务", "年", 3)),
        ("zyy", "中药饮片智能煎药设备采购项目", "G", 96, ("智能煎药机", "台", 12)),
        ("fybj", "新生儿重症监护设备采购项目", "G", 175, ("新生儿呼吸机", "台", 5)),
        ("cdc", "实验室检测试剂及耗材采购项目", "G", 58, ("核酸提取试剂盒", "盒", 900)),
        ("yz", "智慧教室建设项目", "G", 198, ("智慧黑板", "套", 40)),
        ("szx", "学生宿舍空调采购及安装项目", "G", 132, ("分体式空调（1.5匹）", "台", 240)),
        ("zyxy", "实训中心工业机器人教学设备采购项目", "G", 365, ("六轴工业机器人实训台", "套", 8)),
        ("tsg", "图书采购项目", "G", 80, ("中文图书", "册", 32000)),
        ("gaj", "视频监控系统运维服务采购项目", "F", 215, ("视频监控运维服务", "年", 2)),
        ("cgj", "城区道路清扫保洁服务采购项目", "F", 1280, ("道路清扫保洁服务", "年", 3)),
        ("cgj", "环卫作业车辆采购项目", "G", 420, ("纯电动洗扫车", "辆", 6)),
        ("jyj", "中小学校园安保服务采购项目", "F", 356, ("校园安保服务", "年", 2)),
        ("jyj", "农村学校教学仪器设备采购项目", "G", 248, ("理化生实验仪器", "套", 30)),
        ("zjj", "保障性住房信息管理系统升级项目", "F", 88, ("系统升级开发服务", "项", 1)),
        ("zrzy", "国土空间基础信息平台运维项目", "F", 126, ("平台运维服务", "年", 1)),
        ("czj", "预算管理一体化系统运维服务采购项目", "F", 145, ("运维服务", "年", 1)),
        ("jyzx", "电子交易系统升级改造项目", "F", 210, ("系统升级改造服务", "项", 1)),
        ("云城_rmyy", "医用直线加速器采购项目", "G", 1680, ("医用直线加速器", "台", 1)),
        ("云城_rmyy", "食堂餐饮服务采购项目", "F", 150, ("餐饮服务", "年", 2)),
        ("江北_rmyy", "全自动生化分析仪采购项目", "G", 138, ("全自动生化分析仪", "台", 2)),
        ("临江_rmyy", "CT机采购项目", "G", 780, ("64排螺旋CT", "台", 1)),
        ("石岭_rmyy", "数字化X射线摄影系统（DR）采购项目", "G", 165, ("DR系统", "台", 2)),
        ("lj_yz", "多媒体教学设备采购项目", "G", 64, ("交互式教学一体机", "台", 48)),
        ("sl_yz", "学生食堂升级改造项目", "GC", 296, ("食堂改造工程", "项", 1)),
        ("云城_jyj", "中小学课桌椅采购项目", "G", 118, ("升降式课桌椅", "套", 3200)),
        ("江北_jyj", "校园直饮水设备采购项目", "G", 72, ("直饮水机", "台", 160)),
        ("临江_jyj", "农村学校食堂食材配送服务采购项目", "F", 540, ("食材配送服务", "年", 2)),
        ("石岭_jyj", "教师周转房维修改造项目", "GC", 186, ("维修改造工程", "项", 1)),
        ("zyy", "医院信息系统（HIS）升级项目", "F", 330, ("HIS系统升级服务", "项", 1)),
        ("rmyy", "医用耗材SPD供应链管理服务项目", "F", 260, ("SPD供应链服务", "年", 3)),
        ("gaj", "执法记录仪采购项目", "G", 95, ("执法记录仪", "台", 600)),
        ("zyxy", "智慧校园网络升级项目", "G", 228, ("核心交换机及无线AP", "套", 1)),
        ("cdc", "冷链运输车采购项目", "G", 86, ("医用冷藏车", "辆", 2)),
        ("tsg", "古籍数字化加工服务项目", "F", 66, ("古籍数字化加工", "项", 1)),
        ("fybj", "保洁及运送服务采购项目", "F", 185, ("保洁及运送服务", "年", 2)),
    ]
    # Fixed dates (bid deadline, awarded, result published) for the calendar edge cases.
    FIXED = {
        0: (D(2024, 9, 26), D(2024, 9, 27), D(2024, 9, 29), "ok",
            "9月27日（周五）确定中标，9月29日（周日，调休上班日）公告：第1个工作日"),
        5: (D(2024, 9, 26), D(2024, 9, 30), D(2024, 10, 8), "ok",
            "9月30日确定中标，国庆假期后10月8日公告：第1个工作日"),
        9: (D(2024, 10, 9), D(2024, 10, 11), D(2024, 10, 12), "ok",
            "10月11日（周五）确定中标，10月12日（周六，调休上班日）公告：第1个工作日"),
        12: (D(2024, 2, 6), D(2024, 2, 8), D(2024, 2, 18), "ok",
             "2月8日确定中标，春节假期后2月18日（周日，调休上班日）公告：第2个工作日"),
        16: (D(2024, 4, 26), D(2024, 4, 30), D(2024, 5, 6), "ok",
             "4月30日确定中标，劳动节假期后5月6日公告：第1个工作日"),
        20: (D(2024, 10, 8), D(2024, 10, 10), D(2024, 10, 14), "late",
             "10月10日确定中标，10月14日（周一）公告：10月12日（周六）调休上班，已是第3个工作日"),
        24: (D(2024, 9, 25), D(2024, 9, 27), D(2024, 10, 8), "late",
             "9月27日确定中标，10月8日公告：9月29日、9月30日之后第3个工作日"),
    }

    def procurement(self):
        rng, b, c = self.rng, self.b, self.city
        fixed_contract_done = False
        for k, (pkey, pname, kind, budget_wan, (item, unit, qty)) in enumerate(self.PROJECTS):
            purchaser = b[pkey]
            agency = rng.choice(c.agencies)
            name = f"{purchaser.name}{pname}"
            number = f"YJCG2024-{kind}{k * 7 + 101:04}"
            budget = budget_wan * 1_000_000
            method = "公开招标" if budget_wan >= 200 or kind == "G" and budget_wan >= 100 else rng.choice(
                ["竞争性磋商", "公开招标", "竞争性谈判"])
            fx = self.FIXED.get(k)
            if fx:
                deadline, awarded, res_pub = fx[:3]
                docs = days(deadline, -rng.randint(21, 25))
                while not is_workday(docs):
                    docs = days(docs, -1)
            else:
                # The project whose result is later withdrawn starts early enough for its complaint.
                docs = self.formed_day(*((D(2024, 3, 1), D(2024, 5, 31)) if k == 3 else (D(2024, 1, 22), D(2024, 10, 21))))
                deadline = next_workday(days(docs, rng.randint(21, 28)))
                awarded = add_wd(deadline, rng.randint(1, 4))
                res_pub = add_wd(awarded, rng.choice([0, 1, 1, 2, 2]))
            ann_formed = docs if rng.random() < 0.5 or not is_workday(days(docs, -1)) else days(docs, -1)
            contact = c.contact()
            pa = (f"采购人：{purchaser.name}，地址：{purchaser.address}，联系方式：{purchaser.phone}；"
                  f"采购代理机构：{agency.name}，地址：{agency.address}，联系方式：{agency.phone}")
            max_price = budget if rng.random() < 0.4 else None
            ccgp = ["ccgp"] + rng.choice([[], ["tradingPlatform"], ["departmentWebsite"]])
            # Budget (采购意向) for projects starting after February: at least 30 days ahead.
            if k % 3 == 0 and docs >= D(2024, 3, 1):
                bf = next_workday(days(docs, -rng.randint(35, 60)))
                self.add(record("governmentProcurement", "procurementBudget", f"{purchaser.name}2024年政府采购意向公开（{pname}）",
                                purchaser, bf, self.pub(bf, 0, 2), ccgp, {
                    "projectName": name,
                    "budgetAmount": yuan_text(budget),
                }, amounts={"budget": budget}))
            if k % 6 != 5:
                ann = self.add(record("governmentProcurement", "procurementAnnouncement", f"{name}{method}公告",
                                      purchaser, ann_formed, docs, ccgp, {
                    "purchaserAndAgency": pa,
                    "projectName": name,
                    "budgetAmount": yuan_text(budget),
                    "requirements": f"{item}{qty}{unit}，具体技术参数和商务要求详见{'招标' if method == '公开招标' else '采购'}文件第三章",
                    "supplierQualifications": "1.满足《中华人民共和国政府采购法》第二十二条规定；2.未被列入“信用中国”失信被执行人、重大税收违法失信主体及中国政府采购网严重违法失信行为记录名单；3.本项目不接受联合体投标",
                    "documentsObtaining": f"时间：{zh_date(docs)}至{zh_date(add_wd(docs, 5))}，每天9:00—12:00、14:30—17:30（法定节假日除外）；地点：广东省政府采购网；方式：在线获取；售价：0元",
                    "announcementPeriod": "自本公告发布之日起5个工作日",
                    "bidDeadlineAndOpening": f"{zh_date(deadline)}9时30分（北京时间）；开标地点：云江市公共资源交易中心开标室（{b['jyzx'].address}）",
                    "contactPerson": contact,
                    **({"maximumPrice": yuan_text(max_price)} if max_price else {}),
                }, amounts={"budget": budget, **({"maximumPrice": max_price} if max_price else {})},
                    events={"documentsIssuedOn": docs, "bidDeadline": deadline}))
                ann.contact_key = "contactPerson"
            if k % 4 == 1:
                self.add(record("governmentProcurement", "procurementDocuments", f"{name}{'招标' if method == '公开招标' else '采购'}文件",
                                purchaser, docs, docs, ccgp, {
                    "projectName": name,
                    "documents": f"{'招标' if method == '公开招标' else '采购'}文件（项目编号：{number}），共六章：邀请、供应商须知、采购需求、评审方法和标准、合同文本、响应文件格式（附件PDF）",
                }, events={"documentsIssuedOn": docs}))
            # Result.
            firm = rng.choice(self._suppliers(pname, kind))
            award = budget * rng.randint(82, 99) // 100 // 10 * 10
            if rng.random() < 0.3:
                award += rng.randint(1, 99)
            experts = "、".join(c.masked_name() for _ in range(4)) + f"、{c.masked_name()}（采购人代表）"
            res = self.add(record("governmentProcurement", "procurementResult", f"{name}中标（成交）结果公告",
                                  purchaser, awarded, res_pub, ccgp, {
                "purchaserAndAgency": pa,
                "projectName": name,
                "projectNumber": number,
                "winnerName": firm.name,
                "winnerAddress": firm.address,
                "awardAmount": yuan_text(award),
                "mainItems": f"{item}，数量：{qty}{unit}，{'单价：' + yuan_text(award // qty) if unit in ('台', '辆', '套') and award % qty == 0 else '服务要求：详见采购文件'}",
                "announcementPeriod": "自本公告发布之日起1个工作日",
                "evaluationExperts": experts,
            }, parties=[party("winner", firm)], amounts={"budget": budget, "contract": award,
                                                        **({"maximumPrice": max_price} if max_price else {})},
                events={"bidDeadline": deadline, "awardedOn": awarded}))
            res.contact_key = "purchaserAndAgency"
            if fx:
                res.keep(fx[4])
                if fx[3] == "late":
                    res.defect = ("late", "deadline.missed", "政府采购法实施条例第四十三条；87号令第六十九条", fx[4])
            else:
                res.tag = "result"
            if k == 3:
                self.withdrawn_result = res
            # Contract.
            if k % 5 == 4 or k == 3:  # 3: its result is withdrawn after a complaint
                continue
            signed = add_wd(awarded, rng.randint(5, 15))
            cpub = add_wd(signed, rng.choice([1, 1, 2]))
            if not fixed_contract_done and awarded < D(2024, 9, 10) and kind == "F":
                signed, cpub, fixed_contract_done = D(2024, 9, 27), D(2024, 9, 30), True
            if signed > LAST_FORMED:
                continue
            con = self.add(record("governmentProcurement", "procurementContract", f"{name}合同公告", purchaser,
                                  signed, cpub, ccgp, {
                "projectName": name,
                "purchaser": purchaser.name,
                "supplier": firm.name,
                "contractAmount": yuan_text(award),
                "contractText": f"《{name}合同》（合同编号：{number}-HT），合同文本详见附件",
            }, parties=[party("supplier", firm)], amounts={"budget": budget, "contract": award},
                events={"contractSignedOn": signed}))
            if signed == D(2024, 9, 27):
                con.keep("9月27日（周五）签订，9月30日公告：9月29日（周日）为调休上班日，第2个工作日")
            else:
                con.tag = "contract"
        # Procurement intentions for the first quarter of 2025, drawn up in December.
        for pkey, pname, budget_wan in [("rmyy", "医用内窥镜系统采购项目", 320), ("yz", "教学楼多媒体设备更新项目", 96),
                                        ("cgj", "2025年度城区绿化养护服务采购项目", 860), ("zyxy", "新能源汽车实训设备采购项目", 240),
                                        ("临江_rmyy", "血液透析设备采购项目", 150), ("gaj", "2025年度警用车辆维修保养服务项目", 110)]:
            body = b[pkey]
            f = self.formed_day(D(2024, 12, 9), LAST_FORMED)
            self.add(record("governmentProcurement", "procurementBudget", f"{body.name}2025年1至3月政府采购意向公开（{pname}）",
                            body, f, add_wd(f, rng.randint(0, 1)), ["ccgp", "departmentWebsite"], {
                "projectName": body.name + pname,
                "budgetAmount": yuan_text(budget_wan * 1_000_000),
            }, amounts={"budget": budget_wan * 1_000_000}))
        # Complaint decisions: one upheld (the result above is withdrawn), others dismissed.
        w = self.withdrawn_result
        wd_dec = add_wd(w["events"]["awardedOn"], 25)
        w["status"] = "withdrawn"
        w.keep("投诉成立、中标结果无效后撤回（withdrawn）")
        for k in range(5):
            if k == 0:
                dec = wd_dec
                pname = w["content"]["projectName"]
                complainant = rng.choice(c.firms["medical"])
                decision = "投诉事项成立。根据《政府采购质疑和投诉办法》第三十二条第一款第（一）项，认定中标结果无效，责令采购人重新开展采购活动"
            else:
                dec = self.formed_day(D(2024, 3, 1), D(2024, 11, 29))
                pkey, pn = rng.choice(self.PROJECTS)[:2]
                pname = b[pkey].name + pn
                complainant = rng.choice(c.firms[rng.choice(["medical", "it", "service"])])
                decision = "投诉事项缺乏事实依据。根据《政府采购质疑和投诉办法》第二十九条第（二）项，驳回投诉"
            r = self.add(record("governmentProcurement", "procurementComplaintDecision",
                                f"云江市财政局政府采购投诉处理决定书（云财采决〔2024〕{k + 2}号）", b["czj"], dec,
                                self.pub(dec, 1, 4), ["ccgp", "departmentWebsite"], {
                "complainant": complainant.name,
                "respondent": f"采购人及{rng.choice(c.agencies).name}（{pname}）",
                "complaintMatters": rng.choice([
                    "投诉人认为中标供应商所投产品不满足招标文件实质性技术参数要求",
                    "投诉人认为评标委员会未按招标文件规定的评分标准评审",
                    "投诉人认为采购文件设置的资格条件具有倾向性、排斥潜在供应商"]),
                "decision": decision,
                "basis": "《中华人民共和国政府采购法》第五十六条；《政府采购质疑和投诉办法》（财政部令第94号）",
            }, events={"decisionOn": dec}))
            if k == 0:
                r.keep("投诉成立：认定中标结果无效，对应结果公告已撤回")
        # Inspection decisions.
        for k in range(5):
            dec = self.formed_day(D(2024, 4, 1), D(2024, 12, 13))
            agency = rng.choice(c.agencies)
            r = self.add(record("governmentProcurement", "procurementInspectionDecision",
                                f"云江市财政局政府采购监督检查处理决定（云财采监〔2024〕{k + 1}号）", b["czj"], dec,
                                self.pub(dec, 1, 4), ["ccgp", "departmentWebsite"], {
                "inspectedParty": agency.name,
                "findings": rng.choice([
                    "抽查的12个项目中，3个项目未按规定时间发布中标结果公告，2个项目评审现场录音录像资料缺失",
                    "部分项目采购文件设置了与项目特点无关的特定业绩要求；档案资料保存不完整",
                    "个别项目未在规定时间内将采购文件、评审报告等资料移交采购人"]),
                "decision": "责令限期改正，并予以警告",
                "basis": "《中华人民共和国政府采购法实施条例》第六十八条；《政府采购货物和服务招标投标管理办法》第七十八条",
            }, events={"decisionOn": dec}))
        # Central procurement agency assessment (yearly, plus two half-year reviews).
        for k, (period, score, grade) in enumerate([
            ("2023年1月1日至2023年12月31日", 92.5, "优秀"), ("2024年1月1日至2024年6月30日", 88.0, "良好"),
            ("2023年度（专项考核：电子化采购）", 90.5, "优秀")]):
            f = self.formed_day(*[(D(2024, 3, 4), D(2024, 3, 29)), (D(2024, 8, 1), D(2024, 8, 30)),
                                   (D(2024, 4, 8), D(2024, 4, 30))][k])
            self.add(record("governmentProcurement", "procurementAgencyAssessment",
                            f"云江市财政局关于云江市政府采购中心{period[:4]}年度考核结果的公告" if k != 1 else
                            "云江市财政局关于云江市政府采购中心2024年上半年考核结果的公告",
                            b["czj"], f, self.pub(f, 1, 5), ["ccgp", "departmentWebsite"], {
                "agencyName": b["cgzx"].name,
                "assessmentResult": f"考核得分{score}分，考核等次：{grade}。存在问题：部分项目档案归档不及时、个别采购文件需求描述不够清晰，已责令整改",
                "period": period,
            }))
        # Serious misconduct records.
        for k in range(5):
            dec = self.formed_day(D(2024, 2, 1), D(2024, 11, 29))
            firm = rng.choice(c.firms[rng.choice(["medical", "it", "service", "edu"])])
            fine = rng.randint(30, 120) * 100_000 + rng.choice([0, 50])
            r = self.add(record("governmentProcurement", "procurementMisconductRecord",
                                f"政府采购严重违法失信行为记录（{firm.name}）", b["czj"], dec, self.pub(dec, 1, 4),
                                ["ccgp", "creditChina"], {
                "enterpriseName": firm.name,
                "enterpriseAddress": firm.address,
                "misconduct": rng.choice(["提供虚假材料谋取中标、成交", "与采购人、其他供应商恶意串通",
                                          "中标后无正当理由拒不与采购人签订政府采购合同"]),
                "penalty": f"处以罚款{yuan_text(fine)}，列入不良行为记录名单，{rng.choice(['一', '二', '三'])}年内禁止参加政府采购活动",
                "penaltyBasis": "《中华人民共和国政府采购法》第七十七条第一款",
                "penaltyDate": zh_date(dec),
                "enforcementAuthority": b["czj"].name,
            }, parties=[party("sanctioned", firm)], events={"decisionOn": dec}))

    def _suppliers(self, pname, kind):
        """The firms that would bid for a project, by what it buys."""
        f = self.city.firms
        by_name = {x.name: x for xs in f.values() for x in xs}
        if kind == "GC":
            return f["works"]
        for words, names in [
            (("安保",), ["广东安信保安服务有限公司"]),
            (("物业", "保洁", "清扫", "运送", "养护"), ["云江市德润物业管理有限公司", "云江市洁美环境工程有限公司"]),
            (("餐饮", "食材"), ["云江市万和餐饮管理有限公司"]),
            (("运维", "系统", "平台", "HIS", "SPD", "数字化", "网络"), [x.name for x in f["it"]]),
            (("医", "超声", "监护", "试剂", "加速器", "CT", "DR", "生化", "冷", "透析", "内窥镜"), [x.name for x in f["medical"]]),
            (("教", "课", "图书", "学", "饮水", "空调"), [x.name for x in f["edu"]]),
        ]:
            if any(w in pname for w in words):
                return [by_name[n] for n in names]
        return f["it"] if kind == "G" else f["service"]

    # -- 国有产权交易 -----------------------------------------------------------------------------

    def property(self):
        rng, b, c = self.rng, self.b, self.city
        deals = [
            ("ctjt", "云江市恒通物流有限公司51%股权", "equity", 2856),
            ("jtjt", "云江市公交广告传媒有限公司100%股权", "equity", 1320),
            ("swjt", "云江市清源环保科技有限公司35%股权", "equity", 760),
            ("lscb", "闲置办公楼（建筑面积3260平方米）", "asset", 1480),
            ("wlfz", "云江市江湾酒店有限公司70%股权", "equity", 4120),
            ("gyzc", "临街商铺（12间）", "asset", 690),
            ("ctjt", "云江市城投建材有限公司100%股权", "equity", 2210),
            ("jtjt", "报废公务车辆及营运客车（共26辆）", "asset", 118),
            ("swjt", "闲置厂房及土地使用权", "asset", 1960),
            ("gyzc", "云江市旅游服务有限公司40%股权", "equity", 540),
        ]
        for k, (tkey, target, kind, value_wan) in enumerate(deals):
            transferor = b[tkey]
            full = target if kind == "equity" else transferor.name + target
            decision = self.formed_day(D(2024, 1, 15), D(2024, 8, 30))
            approval_no = f"云国资〔2024〕{k * 3 + 11}号"
            if k < 6:
                self.add(record("statePropertyRights", "propertyDecisionApproval",
                                f"关于同意{transferor.name}转让{target}的批复", b["gzw"], decision,
                                self.pub(decision, 1, 4), ["departmentWebsite"], {
                    "transferor": transferor.name,
                    "decisionBody": f"{transferor.name}董事会（2024年第{rng.randint(2, 6)}次会议决议）",
                    "approvalDocument": f"云江市国资委《关于同意转让{target}的批复》（{approval_no}）",
                }, events={"decisionOn": decision}))
            appraised = value_wan * 1_000_000 + rng.randint(0, 99) * 10_000
            reserve = appraised if rng.random() < 0.7 else appraised + rng.randint(1, 30) * 100_000
            if k < 5:
                audit = next_workday(days(decision, -rng.randint(12, 30)))
                self.add(record("statePropertyRights", "propertyIntermediaryAudit",
                                f"{full}转让项目审计及资产评估结果", transferor, audit, self.pub(audit, 1, 5),
                                ["departmentWebsite", "tradingPlatform"], {
                    "auditFirm": rng.choice(c.audit_firms),
                    "auditConclusion": f"出具标准无保留意见审计报告（云正信审字〔2024〕第{rng.randint(10, 300):04}号），财务报表在所有重大方面公允反映了标的企业的财务状况",
                    "appraisalFirm": rng.choice(c.appraisal_firms),
                }))
            disclosed = add_wd(decision, rng.randint(3, 9))
            end = add_wd(disclosed, rng.randint(20, 22))
            self.add(record("statePropertyRights", "propertyTransactionProject", f"{full}转让项目信息披露公告",
                            b["jyzx"], disclosed, disclosed, ["tradingPlatform", "departmentWebsite"], {
                "targetEnterprise": f"资产转让项目，资产权属人为{transferor.name}" if kind == "asset" else f"{target[:target.index('公司') + 2]}（主营业务详见披露公告附件）",
                "transferor": transferor.name,
                "transferredShare": target,
                "transfereeRequirements": "意向受让方应为依法设立并有效存续的企业法人或其他经济组织，具有良好的财务状况和商业信用，不接受联合体受让",
                "disclosurePeriod": f"{zh_date(disclosed)}至{zh_date(end)}（{wd_after(disclosed, end)}个工作日）",
                "reservePrice": wan_text(reserve),
            }, events={"publicityStartOn": disclosed, "publicityEndOn": end}))
            if k < 6:
                r = self.add(record("statePropertyRights", "propertyTransferPrice", f"{full}转让底价及评估结果",
                                    transferor, disclosed, disclosed, ["tradingPlatform"], {
                    "reservePrice": wan_text(reserve),
                    "appraisedValue": f"评估值{wan_text(appraised)}（评估基准日2023年12月31日，已经云江市国资委备案）",
                }))
                r.tag = "transfer-price"
            if k in (3, 8):
                continue  # still listed, no deal yet
            signed = add_wd(end, rng.randint(3, 8))
            if signed > LAST_FORMED:
                continue
            buyer = rng.choice(c.firms["property"])
            price = reserve + rng.randint(0, 25) * reserve // 100 // 10_000 * 10_000
            rp = self.pub(signed, 1, 2)
            self.add(record("statePropertyRights", "propertyDealResult", f"{full}转让项目成交结果公告", b["jyzx"],
                            signed, rp, ["tradingPlatform", "departmentWebsite"], {
                "transferee": buyer.name,
                "dealPrice": wan_text(price),
                "dealDate": zh_date(signed),
            }, parties=[party("transferee", buyer)],
                events={"contractSignedOn": signed, "publicityStartOn": rp, "publicityEndOn": add_wd(rp, 5)}))

    # -- 工程建设项目招标投标 ---------------------------------------------------------------------

    def bidding(self):
        rng, b, c = self.rng, self.b, self.city
        projects = [
            ("ctjt", "云江市滨江大道（二期）道路工程施工总承包", 12865),
            ("jtjt", "云江市江北区龙湾大道改造工程施工", 6420),
            ("swjt", "临江县河口镇污水管网工程施工", 3180),
            ("ctjt", "凤凰安居苑二期保障性租赁住房项目施工总承包", 18650),
            ("jyj", "云江市第二实验学校新建工程施工总承包", 9260),
            ("rmyy", "云江市人民医院住院综合楼建设工程监理", 486),
            ("swj", "石岭县大坪水库除险加固工程施工", 2750),
            ("wlfz", "云江市江湾文化公园景观提升工程施工", 1840),
            ("jtj", "云江市国道G5xx线临江段路面改造工程施工", 7980),
            ("ctjt", "云江市沙田产业园标准厂房（一期）施工总承包", 15420),
            ("zjj", "云江市2024年城镇老旧小区改造工程（第一批）施工", 4360),
            ("swj", "云江市江北区防洪堤加固工程施工", 5120),
            ("云城_jyj", "云城区凤凰小学扩建工程施工总承包", 3650),
            ("临江_zjj", "临江县城区排水防涝设施建设工程施工", 2290),
        ]
        self.violation_pool = []
        for k, (tkey, pname, max_wan) in enumerate(projects):
            tenderer = b[tkey]
            agency = rng.choice(c.agencies)
            number = f"YJZB2024-{k * 11 + 37:04}"
            max_price = max_wan * 1_000_000 + rng.randint(0, 9999) * 100
            approval = self.formed_day(D(2024, 1, 8), D(2024, 7, 31))
            if k == 3:
                approval = D(2024, 7, 15)
            if k < 8:
                self.add(record("constructionBidding", "biddingProjectApproval",
                                f"云江市发展和改革局关于{pname.replace('施工总承包', '').replace('施工', '').replace('监理', '')}项目招标方案的核准意见",
                                b["fgj"], approval, self.pub(approval, 1, 5), ["governmentWebsite", "onlineServiceHall"], {
                    "tenderContent": "施工" if "监理" not in pname else "监理",
                    "tenderScope": "施工图范围内的全部工程内容" if "监理" not in pname else "施工阶段及保修阶段监理",
                    "organizationForm": f"委托招标（招标代理机构：{agency.name}）",
                    "tenderMethod": "公开招标",
                    "approvingDepartment": b["fgj"].name,
                }, events={"decisionOn": approval}))
            ann_f = next_workday(days(approval, rng.randint(10, 40)))
            docs = self.pub(ann_f, 0, 1)
            deadline = next_workday(days(docs, rng.randint(21, 28)))
            if k == 3:
                deadline = D(2024, 9, 26)
                docs = D(2024, 8, 30)
                ann_f = docs
            report = add_wd(deadline, rng.randint(1, 2))
            cand_pub = days(report, rng.randint(0, 2))
            if not is_workday(cand_pub):
                cand_pub = report
            if k == 3:
                report, cand_pub = D(2024, 9, 29), D(2024, 10, 8)  # 3-day limit ends in the holiday
            p_end = next_workday(days(cand_pub, rng.randint(3, 5)))
            awarded = add_wd(p_end, rng.randint(1, 3))
            firms = rng.sample(c.firms["supervision" if "监理" in pname else "works"], 3 if "监理" not in pname else 2)
            bids = sorted((max_price * rng.randint(86, 98) // 100 // 100 * 100 for _ in firms))
            tb = f"招标人：{tenderer.name}，地址：{tenderer.address}，电话：{tenderer.phone}；招标代理机构：{agency.name}，地址：{agency.address}，电话：{agency.phone}"
            ann = self.add(record("constructionBidding", "biddingAnnouncement", f"{pname}招标公告", tenderer, ann_f, docs,
                                  ["tradingPlatform", "governmentWebsite"], {
                "tendererNameAndAddress": tb,
                "projectNature": f"依法必须进行招标的{'房屋建筑' if '楼' in pname or '住房' in pname or '学校' in pname or '厂房' in pname or '小学' in pname else '市政公用'}工程（项目编号：{number}），资金来源：财政资金及地方政府专项债券，已落实",
                "quantity": f"详见招标文件工程量清单；最高投标限价：{yuan_text(max_price)}",
                "locationAndSchedule": f"建设地点：云江市{rng.choice(list(DISTRICTS))}；计划工期：{rng.choice([180, 270, 365, 540, 720])}日历天",
                "documentsObtaining": f"{zh_date(docs)}至{zh_date(days(docs, 7))}，登录云江市公共资源交易网下载电子招标文件",
                "bidDeadline": f"{zh_date(deadline)}9时30分",
            }, amounts={"maximumPrice": max_price}, events={"documentsIssuedOn": docs, "bidDeadline": deadline}))
            ann.contact_key = "tendererNameAndAddress"
            cands = "；".join(f"第{i + 1}中标候选人：{f.name}，投标报价：{yuan_text(p)}，{'项目负责人' if '监理' not in pname else '总监理工程师'}：{c.masked_name()}"
                             for i, (f, p) in enumerate(zip(firms, bids)))
            cp = self.add(record("constructionBidding", "biddingCandidatePublicity", f"{pname}中标候选人公示", tenderer,
                                 report, cand_pub, ["tradingPlatform"], {
                "candidates": cands,
                "publicityPeriod": f"{zh_date(cand_pub)}至{zh_date(p_end)}",
                "objectionChannel": f"投标人或者其他利害关系人对评标结果有异议的，应当在中标候选人公示期间以书面形式向招标人提出，电话：{tenderer.phone}",
            }, parties=[party("candidate", f) for f in firms],
                events={"bidDeadline": deadline, "evaluationReportReceivedOn": report,
                        "publicityStartOn": cand_pub, "publicityEndOn": p_end}))
            if k == 3:
                cp.keep("9月29日（调休上班日）收到评标报告，3日期限末日10月2日为法定假日，依民法典第二百零三条顺延至10月8日：10月8日公示未逾期")
            else:
                cp.tag = "candidate"
            winner, price = firms[0], bids[0]
            aw = self.add(record("constructionBidding", "biddingAward", f"{pname}中标结果公告", tenderer, awarded,
                                 self.pub(awarded, 0, 2), ["tradingPlatform", "governmentWebsite"], {
                "projectName": pname,
                "winnerName": winner.name,
                "awardAmount": yuan_text(price),
            }, parties=[party("winner", winner)], amounts={"maximumPrice": max_price, "contract": price},
                events={"bidDeadline": deadline, "awardedOn": awarded}))
            aw.tag = "award"
            if k < 10:
                signed = add_wd(awarded, rng.randint(8, 18))
                if signed <= LAST_FORMED:
                    perf = rng.choice(["合同已签订，工程已开工，进度正常", f"合同已签订，截至{zh_date(min(days(signed, 60), LAST_FORMED))}完成合同工程量约{rng.randint(10, 45)}%",
                                       "合同已签订，施工单位正在办理施工许可手续"])
                    con = self.add(record("constructionBidding", "biddingContract", f"{pname}合同订立及履行情况", tenderer,
                                          signed, self.pub(signed, 1, 4), ["tradingPlatform"], {
                        "contractParties": f"发包人：{tenderer.name}；承包人：{winner.name}",
                        "contractAmount": yuan_text(price),
                        "performanceStatus": perf,
                    }, parties=[party("supplier", winner)], amounts={"maximumPrice": max_price, "contract": price},
                        events={"contractSignedOn": signed}))
                    con.tag = "bidding-contract"
            self.violation_pool.append((pname, firms, price))
        # Complaint decisions.
        for k in range(4):
            dec = self.formed_day(D(2024, 3, 1), D(2024, 12, 6))
            pname, firms, _ = rng.choice(self.violation_pool)
            body = rng.choice([b["zjj"], b["jtj"], b["swj"]])
            r = self.add(record("constructionBidding", "biddingComplaintDecision",
                                f"{body.name}关于{pname}投诉的处理决定", body, dec, self.pub(dec, 1, 5),
                                ["departmentWebsite", "tradingPlatform"], {
                "complainant": firms[-1].name,
                "complaintMatters": rng.choice(["投诉人认为第一中标候选人项目负责人存在在建工程，不满足招标文件要求",
                                                "投诉人认为评标委员会对其投标文件的否决理由不成立",
                                                "投诉人认为招标文件设置的业绩条件排斥潜在投标人"]),
                "decision": rng.choice(["投诉缺乏事实根据，驳回投诉", "投诉成立，责令招标人组织原评标委员会重新评审"]),
                "basis": "《中华人民共和国招标投标法实施条例》第六十一条；《工程建设项目招标投标活动投诉处理办法》第二十条",
            }, events={"decisionOn": dec}))
        # Violation records (published within 20 workdays of the decision); one later revoked.
        for k in range(5):
            dec = self.formed_day(D(2024, 2, 19), D(2024, 11, 29))
            pname, firms, price = rng.choice(self.violation_pool)
            firm = firms[1]
            body = rng.choice([b["zjj"], b["jtj"], b["swj"]])
            kind = rng.choice(["串通", "虚假"])
            r = self.add(record("constructionBidding", "biddingViolationRecord", f"{body.name}招标投标违法行为记录公告（{firm.name}）",
                                body, dec, self.pub(dec, 1, 5), ["creditChina", "departmentWebsite"], {
                "partyName": firm.name,
                "violation": f"在{pname}招标中，{'与其他投标人相互串通投标' if kind == '串通' else '提供虚假业绩材料骗取中标'}",
                "basis": "《中华人民共和国招标投标法》第" + ("五十三条" if kind == "串通" else "五十四条") + "；《中华人民共和国招标投标法实施条例》第" + ("六十七条" if kind == "串通" else "六十八条"),
                "decision": f"处中标项目金额千分之五的罚款计{yuan_text(price // 200)}，取消其一年内参加依法必须进行招标的项目的投标资格",
                "decisionDate": zh_date(dec),
                "authority": body.name,
            }, parties=[party("sanctioned", firm)], events={"decisionOn": dec}))
            if k == 0:
                r["status"] = "withdrawn"
                r.keep("处理决定经行政复议撤销，记录撤回（行政处罚法第四十八条）")

    # -- defects ----------------------------------------------------------------------------------

    def plant(self):
        rng, c = self.rng, self.city
        rs = self.records

        def free(r):
            return r.defect is None and not r.locked

        def pick(pool, n):
            pool = [r for r in pool if free(r)]
            return rng.sample(pool, min(n, len(pool)))

        def mark(r, kind, finding, basis, note):
            r.defect = (kind, finding, basis, note)

        # First the compliant special cases, so that no defect takes their records: drafts
        # formed in the last fortnight, and exemptions done right.
        for r in pick([r for r in rs if r["formedOn"] >= D(2024, 12, 9) and r["status"] == "published"], 4):
            r["status"] = "draft"
            r.pop("publishedOn", None)
            r.keep("12月形成、尚未公开的草稿（draft）")
        # A partial exemption for a trade secret, and a list that cannot be separated (every
        # entry discloses a medical condition).
        for r in pick([r for r in rs if r["item"] == "procurementContract"], 2):
            r["exemption"] = {"scope": "partial", "category": "commercialSecret",
                              "legalBasis": "《中华人民共和国政府采购法实施条例》第五十条；《中华人民共和国政府信息公开条例》第十五条",
                              "withheldElements": ["contractText"],
                              "reason": "合同附件3（技术方案）涉及供应商商业秘密，经征求第三方意见后不予公开，合同正文已公开"}
            r.keep("部分不公开：情形、依据、不公开要素齐全")
        for r in pick([r for r in rs if r["item"] == "housingAllocationResult"], 1):
            r["title"] = "云江市2024年重大疾病困难家庭公共租赁住房优先配租结果"
            r["exemption"] = {"scope": "whole", "category": "personalPrivacy",
                              "legalBasis": "《中华人民共和国政府信息公开条例》第十五条",
                              "severable": False,
                              "reason": "名单按患病类别编列，每一条目均可识别家庭成员的健康状况，无法作区分处理；配租总数已在年度报告中公开"}
            withhold_whole(r)
            r.keep("以个人隐私整体不公开，并说明不能区分处理（severable: false）")

        # Exemptions done wrong (~6%).
        housing_lists = [r for r in rs if r["item"] in ("housingAllocationApplicants", "housingAllocationResult")]
        for r in pick(housing_lists, 8):
            r["exemption"] = {"scope": "whole", "category": "personalPrivacy",
                              "legalBasis": "《中华人民共和国政府信息公开条例》第十五条",
                              "reason": "名单涉及申请家庭个人信息"}
            withhold_whole(r)
            mark(r, "exemption", "exemption.privacy_whole_record", "政府信息公开条例第十五条、第三十七条",
                 "以个人隐私为由整体不公开名单，未说明不能区分处理（severable）")
        contracts = [r for r in rs if r["item"] in ("procurementContract", "biddingContract")]
        for r in pick(contracts, 5):
            r["exemption"] = {"scope": "partial", "category": "commercialSecret",
                              "withheldElements": ["contractText"] if r["item"] == "procurementContract" else ["performanceStatus"],
                              "reason": "合同附件技术方案涉及供应商商业秘密"}
            mark(r, "exemption", "exemption.basis_missing", "政府信息公开条例第十三条至第十六条",
                 "部分不公开未写明法律依据")
        prices = [r for r in rs if r["item"] in ("propertyTransferPrice", "propertyIntermediaryAudit",
                                                   "procurementResult")]
        for r in pick(prices, 4):
            key = {"propertyTransferPrice": "appraisedValue", "propertyIntermediaryAudit": "auditConclusion",
                   "procurementResult": "mainItems"}[r["item"]]
            r["exemption"] = {"scope": "partial", "legalBasis": "《中华人民共和国政府信息公开条例》第十五条",
                              "withheldElements": [key], "reason": "涉及第三方商业信息"}
            mark(r, "exemption", "exemption.category_missing", "政府信息公开条例第十三条至第十六条",
                 "部分不公开未写明不予公开的情形（category）")
        for r in pick([r for r in rs if r["item"] in ("biddingContract", "procurementContract",
                                                       "propertyDealResult")], 4):
            r["exemption"] = {"scope": "partial", "category": "commercialSecret",
                              "legalBasis": "《中华人民共和国政府信息公开条例》第十五条",
                              "reason": "涉及商业秘密的内容已删除"}
            mark(r, "exemption", "exemption.elements_missing", "政府信息公开条例第三十七条",
                 "部分公开未列明不公开的要素（withheldElements）")

        # Late publication (~8%).
        results = [r for r in rs if r.tag == "result"]
        for r in pick(results, 8):
            aw = r["events"]["awardedOn"]
            r["publishedOn"] = add_wd(aw, rng.randint(3, 6))
            assert wd_after(r["formedOn"], r["publishedOn"]) <= 20
            mark(r, "late", "deadline.missed", "政府采购法实施条例第四十三条；87号令第六十九条",
                 f"中标结果于中标供应商确定后第{wd_after(aw, r['publishedOn'])}个工作日发布（法定2个工作日内）")
        for r in pick([r for r in rs if r.tag == "contract"], 5):
            s = r["events"]["contractSignedOn"]
            r["publishedOn"] = add_wd(s, rng.randint(4, 9))
            mark(r, "late", "deadline.missed", "政府采购法实施条例第五十条",
                 f"合同于签订后第{wd_after(s, r['publishedOn'])}个工作日公告（法定2个工作日内）")
        for r in pick([r for r in rs if r.tag == "candidate"], 2):
            rep = r["events"]["evaluationReportReceivedOn"]
            p = next_workday(days(rep, rng.randint(5, 8)))
            end = next_workday(days(p, 3))
            r["publishedOn"] = r["events"]["publicityStartOn"] = p
            r["events"]["publicityEndOn"] = end
            r["content"]["publicityPeriod"] = f"{zh_date(p)}至{zh_date(end)}"
            mark(r, "late", "deadline.missed", "招标投标法实施条例第五十四条",
                 f"收到评标报告{(p - rep).days}日后才公示中标候选人（法定3日内）")
        general = [r for r in rs if r["item"] in GENERAL_ITEMS and r["formedOn"] <= D(2024, 9, 30)]
        for r in pick(general, 11):
            f = r["formedOn"]
            r["publishedOn"] = next_workday(days(f, rng.randint(45, 85)))
            if r.get("events", {}).get("publicityStartOn"):
                r["events"]["publicityStartOn"] = r["publishedOn"]
            mark(r, "late", "deadline.missed", "政府信息公开条例第二十六条",
                 f"形成后第{wd_after(f, r['publishedOn'])}个工作日才公开（20个工作日内）")

        # Procurement not on the designated medium (~5%).
        gp = [r for r in rs if r["domain"] == "governmentProcurement"]
        for r in pick(gp, 17):
            r["channels"] = rng.choice([["governmentWebsite"], ["departmentWebsite"], ["tradingPlatform"],
                                        ["departmentWebsite", "wechat"], ["governmentWebsite", "bulletinBoard"]])
            mark(r, "channel", "channel.designated_missing", "政府采购信息发布管理办法（财政部令第101号）第八条",
                 "政府采购信息未在中国政府采购网或广东省分网发布")

        # Dates out of order (~4%).
        for r in pick([r for r in rs if r.tag in ("result", "award")], 6):
            dl = r["events"]["bidDeadline"]
            aw = next_workday(days(dl, -rng.randint(3, 8)))
            while aw >= dl:
                aw = days(aw, -1)
            r["events"]["awardedOn"] = r["formedOn"] = aw
            r["publishedOn"] = add_wd(aw, rng.randint(1, 2))
            mark(r, "dates", "date.award_before_bid_deadline", "政府采购货物和服务招标投标管理办法第三十九条；招标投标法第三十四条",
                 "中标（成交）日期早于投标截止日期")
        no_events = [r for r in rs if "events" not in r and r.get("publishedOn") and r["formedOn"] > D(2024, 1, 20)]
        for r in pick(no_events, 8):
            r["publishedOn"] = next_workday(days(r["formedOn"], -rng.randint(4, 12)))
            mark(r, "dates", "date.published_before_formed", "政府信息公开条例第二十六条",
                 "发布日期早于信息形成日期")

        # Award or contract above the budget or maximum price (~3%).
        for r in pick([r for r in rs if r.tag in ("result", "contract", "award", "bidding-contract")], 10):
            a = r["amounts"]
            limit = min(v for k, v in a.items() if k in ("budget", "maximumPrice"))
            over = int(round(limit * 100)) * rng.randint(102, 115) // 100 + rng.choice([0, 0, 37])
            a["contract"] = yuan_json(over)
            key = {"procurementResult": "awardAmount", "procurementContract": "contractAmount",
                   "biddingAward": "awardAmount", "biddingContract": "contractAmount"}[r["item"]]
            r["content"][key] = yuan_text(over)
            mark(r, "budget", "amount.contract_exceeds_budget", "87号令第六十三条；招标投标法实施条例第五十一条",
                 "中标（合同）金额超过预算金额或最高限价")

        # Personal data in public text (~6%).
        leaks = 0
        for r in pick([r for r in rs if r.people], 12):
            name, full = r.people[0]
            key = "applicantList" if r["item"] == "housingAllocationApplicants" else "allotteeList"
            r["content"][key] = r["content"][key].replace(c.masked_id(full), full, 1)
            assert full in r["content"][key]
            mark(r, "privacy", "privacy.id_number_exposed", "政府信息公开条例第十五条",
                 "名单中一人的身份证号码未作去标识化处理")
            leaks += 1
        for r in pick([r for r in rs if r.contact_key], 21 - leaks):
            key = r.contact_key
            m = c.mobile()
            who = f"{rng.choice(SURNAMES)}{rng.choice(['先生', '女士', '工'])}"
            if key == "contactPerson":
                r["content"][key] = f"{who}，{m}"
            else:
                r["content"][key] += f"；项目联系人：{who}，手机：{m}"
            mark(r, "privacy", "privacy.mobile_exposed", "政府信息公开条例第十五条",
                 "公开文本中含有个人手机号码")

        # Required elements missing or blank (~12%).
        for r in pick(rs, 42):
            keys = [k for k in REQUIRED[r["item"]] if k in r["content"]]
            gone = rng.sample(keys, 1 if len(keys) < 4 or rng.random() < 0.7 else 2)
            for k in gone:
                if rng.random() < 0.6:
                    del r["content"][k]
                else:
                    r["content"][k] = rng.choice(["", " ", "　"])
            mark(r, "missing", "element.missing", "各项目必备要素（见规则表）",
                 "缺少必备要素：" + "、".join(gone))

        # Status: published without a date (~1%).
        for r in pick([r for r in rs if r["status"] == "published" and "publishedOn" in r], 4):
            del r["publishedOn"]
            mark(r, "status", "status.published_without_date", "政府信息公开条例第二十六条",
                 "状态为已公开，但没有发布日期")


# Items under the general 20-workday limit only (政府信息公开条例 Art 26): no special period.
GENERAL_ITEMS = {
    "housingConstructionPlan", "housingAnnualPlan", "housingPlanProgress", "housingAllocationPolicy",
    "housingAllocationStock", "housingAllocationProcedure", "landSupplyPlan", "miningRightHolderInformation",
    "procurementComplaintDecision", "procurementInspectionDecision", "procurementAgencyAssessment",
    "propertyDecisionApproval", "propertyIntermediaryAudit", "biddingProjectApproval", "biddingComplaintDecision",
}


def withhold_whole(r):
    """A record withheld as a whole is never published: no date, no channel."""
    r["status"] = "draft"
    r.pop("publishedOn", None)
    r["channels"] = []


# Required element keys per item, from core/src/model/item.rs (checked against it by the audit).
REQUIRED = {
    "housingConstructionPlan": ["planName", "planPeriod", "targets"],
    "housingAnnualPlan": ["taskVolume", "plannedProjects", "unitTypes"],
    "housingPlanProgress": ["completionProgress", "startedProjects", "completedProjects", "supportingFacilities"],
    "housingAllocationPolicy": ["policyName", "eligibilityCriteria"],
    "housingAllocationApplicants": ["applicantList", "reviewResult", "objectionChannel"],
    "housingAllocationStock": ["projectName", "location", "unitCount", "unitTypes"],
    "housingAllocationProcedure": ["procedureSteps", "contact"],
    "housingAllocationProcess": ["lotteryMethod", "rankingList"],
    "housingAllocationResult": ["allotteeList", "housingAssigned"],
    "landSupplyPlan": ["planYear", "totalArea", "landUseStructure"],
    "landTransferAnnouncement": ["parcelLocation", "area", "landUse", "termYears", "planningConditions",
                                 "transferMethod", "bidderRequirements", "timeAndPlace"],
    "landDealPublicity": ["parcelLocation", "area", "landUse", "transferee", "dealPrice", "transferMethod"],
    "landSupplyResult": ["parcelLocation", "area", "landUse", "landUser", "price"],
    "miningTransferAnnouncement": ["rightName", "mineral", "area", "transferMethod", "conditions", "timeAndPlace"],
    "miningTransferResult": ["rightName", "holder", "dealPrice", "transferMethod"],
    "miningRightHolderInformation": ["rightName", "licenseNumber", "holder", "mineral", "validityPeriod"],
    "procurementAnnouncement": ["purchaserAndAgency", "projectName", "budgetAmount", "requirements",
                                "supplierQualifications", "documentsObtaining", "announcementPeriod",
                                "bidDeadlineAndOpening", "contactPerson"],
    "procurementDocuments": ["projectName", "documents"],
    "procurementBudget": ["projectName", "budgetAmount"],
    "procurementResult": ["purchaserAndAgency", "projectName", "projectNumber", "winnerName", "winnerAddress",
                          "awardAmount", "mainItems", "announcementPeriod", "evaluationExperts"],
    "procurementContract": ["projectName", "purchaser", "supplier", "contractAmount", "contractText"],
    "procurementComplaintDecision": ["complainant", "respondent", "complaintMatters", "decision", "basis"],
    "procurementInspectionDecision": ["inspectedParty", "findings", "decision", "basis"],
    "procurementAgencyAssessment": ["agencyName", "assessmentResult"],
    "procurementMisconductRecord": ["enterpriseName", "enterpriseAddress", "misconduct", "penalty",
                                    "penaltyBasis", "penaltyDate", "enforcementAuthority"],
    "propertyDecisionApproval": ["transferor", "decisionBody", "approvalDocument"],
    "propertyTransactionProject": ["targetEnterprise", "transferor", "transferredShare",
                                   "transfereeRequirements", "disclosurePeriod"],
    "propertyTransferPrice": ["reservePrice", "appraisedValue"],
    "propertyDealResult": ["transferee", "dealPrice"],
    "propertyIntermediaryAudit": ["auditFirm", "auditConclusion"],
    "biddingProjectApproval": ["tenderContent", "tenderScope", "organizationForm", "tenderMethod",
                               "approvingDepartment"],
    "biddingAnnouncement": ["tendererNameAndAddress", "projectNature", "quantity", "locationAndSchedule",
                            "documentsObtaining"],
    "biddingCandidatePublicity": ["candidates", "publicityPeriod", "objectionChannel"],
    "biddingAward": ["projectName", "winnerName", "awardAmount"],
    "biddingContract": ["contractParties", "contractAmount"],
    "biddingComplaintDecision": ["complainant", "complaintMatters", "decision", "basis"],
    "biddingViolationRecord": ["partyName", "violation", "basis", "decision", "decisionDate", "authority"],
}


# ---------------------------------------------------------------------------------------------
# Output.
# ---------------------------------------------------------------------------------------------

FIELD_ORDER = ["id", "domain", "item", "title", "responsibleBody", "formedOn", "changedOn", "publishedOn",
               "status", "channels", "content", "parties", "amounts", "events", "exemption"]
EVENT_ORDER = ["documentsIssuedOn", "bidDeadline", "evaluationReportReceivedOn", "awardedOn",
               "contractSignedOn", "publicityStartOn", "publicityEndOn", "activityStartOn", "activityEndOn",
               "decisionOn"]


def to_json_value(r):
    out = {}
    for k in FIELD_ORDER:
        if k not in r:
            continue
        v = r[k]
        if k == "events":
            v = {e: v[e].isoformat() for e in EVENT_ORDER if e in v}
        elif isinstance(v, dt.date):
            v = v.isoformat()
        out[k] = v
    return out


def check(records):
    """Sanity checks on what was generated (the Rust model is the real judge)."""
    items = {}
    for r in records:
        assert FIRST_FORMED <= r["formedOn"] <= LAST_FORMED, (r["id"], r["formedOn"])
        for k in ("publishedOn", "changedOn"):
            if k in r:
                assert r[k] <= LAST_DATE, (r["id"], k)
        for e, d in r.get("events", {}).items():
            assert D(2024, 1, 1) <= d <= LAST_DATE, (r["id"], e, d)
        for k in r["content"]:
            assert k in ALL_KEYS[r["item"]], (r["id"], k)
        items[r["item"]] = items.get(r["item"], 0) + 1
        if r.defect is None:
            assert all((r["content"].get(k) or "").strip() for k in REQUIRED[r["item"]]) or \
                r.get("exemption", {}).get("scope") == "whole", r["id"]
    assert len(items) == 37 and min(items.values()) >= 3, items
    assert len(records) >= 320, len(records)


OPTIONAL = {
    "housingConstructionPlan": ["supportingPolicies"], "housingAllocationPolicy": ["documentNumber"],
    "housingAllocationApplicants": ["publicityPeriod"], "housingAllocationStock": ["rentOrPrice"],
    "housingAllocationProcedure": ["timetable"], "housingAllocationProcess": ["supervisionBody"],
    "housingAllocationResult": ["objectionChannel"], "landSupplyPlan": ["spatialLayout"],
    "landTransferAnnouncement": ["startingPrice"], "landSupplyResult": ["contractDate"],
    "miningTransferAnnouncement": ["startingPrice"], "procurementAnnouncement": ["maximumPrice"],
    "procurementAgencyAssessment": ["period"], "propertyTransactionProject": ["reservePrice"],
    "propertyDealResult": ["dealDate"], "propertyIntermediaryAudit": ["appraisalFirm"],
    "biddingAnnouncement": ["bidDeadline"], "biddingContract": ["performanceStatus"],
}
ALL_KEYS = {k: set(v) | set(OPTIONAL.get(k, [])) for k, v in REQUIRED.items()}


def bad_input_lines(records):
    """Two valid records and six broken lines, each broken in one way."""
    ok = [r for r in records if r.defect is None and r["status"] == "published" and "exemption" not in r]
    a, b = to_json_value(ok[0]), to_json_value(ok[len(ok) // 2])
    line = lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    wrong_type = dict(b, id=b["id"] + "-T", amounts={"budget": "286万元"})
    unknown_domain = dict(a, id=a["id"] + "-D", domain="landUse")
    bad_date = dict(a, id=a["id"] + "-P", publishedOn="2024-02-30")
    colour = dict(b, id=b["id"] + "-C", colour="red")
    truncated = line(dict(a, id=a["id"] + "-X"))
    truncated = truncated[: len(truncated) * 2 // 3]
    return [
        line(a),
        "云江市住房和城乡建设局 2024年第三批公租房配租结果（本行是从网页复制的文字，不是JSON）",
        line(wrong_type),
        line(unknown_domain),
        line(b),
        line(bad_date),
        truncated,
        line(colour),
    ]


# ---------------------------------------------------------------------------------------------
# Blacklist (黑名单): what the audit screens parties against (core/src/blacklist/).
# ---------------------------------------------------------------------------------------------

def add_months(d, n):
    """民法典 Art 202: the corresponding day, or the month's last day."""
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    last = (D(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return D(y, m, min(d.day, last))


def org_entry(eid, name, code, conduct, facts, authority, number, decided, basis, bars, months,
              listed, *, address=None, penalty=None, start=None, events=None):
    subject = {"kind": "organization", "name": name}
    if code:
        subject["creditCode"] = code
    if address:
        subject["address"] = address
    return entry(eid, subject, conduct, facts, authority, number, decided, basis, bars, months,
                 listed, penalty=penalty, start=start, events=events)


def entry(eid, subject, conduct, facts, authority, number, decided, basis, bars, months, listed,
          *, penalty=None, start=None, events=None):
    """One entry, its keys in the order the library writes them (so the file is canonical)."""
    e = {"id": eid, "subject": subject, "conduct": conduct}
    if facts:
        e["facts"] = facts
    e["decision"] = {"authority": authority, "number": number, "date": decided.isoformat()}
    if penalty:
        e["decision"]["penalty"] = penalty
    e["legalBasis"] = basis
    e["bars"] = bars
    if months:
        e["ban"] = {"start": (start or decided).isoformat(), "months": months}
    e["listedOn"] = listed.isoformat()
    if events:
        e["events"] = events
    return e


ROLE_ZH = {"winner": "中标（成交）人", "supplier": "合同供应商", "candidate": "中标候选人",
           "bidder": "投标人", "allottee": "配租对象", "transferee": "受让方"}
PROVISION_ZH = {"procurementLaw77": "政府采购法第七十七条", "biddingLaw53": "招标投标法第五十三条",
                "biddingLaw54": "招标投标法第五十四条"}
BAN_BASIS = {"第七十七条": "procurementLaw77", "第五十三条": "biddingLaw53", "第五十四条": "biddingLaw54"}


def blacklist(rs):
    """The entries of yunjiang-blacklist.jsonl, and the not-same decisions after them.

    The sample's sanction records (procurementMisconductRecord, biddingViolationRecord) each
    publish a decision with a ban; each becomes an entry, so the blacklist agrees with the data.
    Four more show what screening does with a person (matched by ID number), an entry without a
    credit code (a possible match for a person to check), a 联合惩戒 court listing that starts
    after the company's last transfer, and a ban that ended before 2024.
    """
    out, n = [], {"GP": 0, "TB": 0}
    for r in rs:
        if r["item"] not in ("procurementMisconductRecord", "biddingViolationRecord"):
            continue
        c, p = r["content"], r["parties"][0]
        decided, listed = r["events"]["decisionOn"], r["publishedOn"]
        gp = r["domain"] == "governmentProcurement"
        text = c.get("misconduct" if gp else "violation", "").strip()
        penalty = c["penalty" if gp else "decision"]
        months = 24 if "二年内" in penalty else 12
        # TB-0061 repeats TB-0056's decision without its basis: 串通投标, Art 53.
        cited = c.get("penaltyBasis" if gp else "basis", "第五十三条")
        basis = next(v for k, v in BAN_BASIS.items() if k in cited)
        if "串通" in text or basis == "biddingLaw53":
            conduct = {"category": "collusiveBidding"}
        elif "虚假" in text and gp:
            conduct = {"category": "falseMaterials"}
        elif basis == "biddingLaw54":
            conduct = {"category": "fraudulentWinning"}
        else:
            conduct = {"category": "other", "description": text}
        key = "GP" if gp else "TB"
        n[key] += 1
        number = (f"云财采罚〔2024〕{n[key]}号" if gp else f"云交运罚〔2024〕{n[key]}号")
        events = None
        if r["status"] == "withdrawn":
            # The decision was revoked on review; withdrawn within 3 working days (行政处罚法 Art 48).
            events = [{"kind": "withdraw", "date": "2024-07-09", "actor": c.get("authority"),
                       "reason": "行政复议决定撤销原处理决定", "revokedOn": "2024-07-05",
                       "ground": "revoked"}]
        out.append(org_entry(
            f"YJ-BL-{r['id'][3:]}", p["name"], p["creditCode"], conduct, text,
            c.get("enforcementAuthority") or c["authority"], number, decided,
            {"provision": basis}, r["domain"], months, listed,
            address=c.get("enterpriseAddress"), penalty=penalty, events=events))
    allotment = next(r for r in rs if r["item"] == "housingAllocationResult" and r.get("parties"))
    person = allotment["parties"][0]
    out.append(entry(
        "YJ-BL-HS-2023-0003",
        {"kind": "person", "name": person["name"], "idNumber": person["idNumber"]},
        {"category": "defraudingPublicResources"},
        "隐瞒家庭住房情况，以欺骗手段承租公共租赁住房", "云江市住房和城乡建设局", "云住建罚〔2023〕3号",
        D(2023, 2, 20),
        {"provision": "other", "document": "公共租赁住房管理办法（住房和城乡建设部令第11号）",
         "article": "第三十六条", "minMonths": 60, "maxMonths": 60},
        "housing", 60, D(2023, 2, 24), start=D(2023, 3, 15),
        penalty="处罚款1000元；自退回公共租赁住房之日起五年内不得再次申请公共租赁住房"))
    out.append(org_entry(
        "YJ-BL-GD-2024-0037", "广东粤江建筑工程有限公司", None, {"category": "collusiveBidding"},
        "在省重点水利工程施工招标中与其他投标人相互串通投标", "广东省住房和城乡建设厅",
        "粤建罚〔2024〕37号", D(2024, 6, 3), {"provision": "biddingLaw53"}, "constructionBidding", 12,
        D(2024, 6, 7)))
    out.append(org_entry(
        "YJ-BL-ZX-2024-1208", "云江市兴旺物流有限公司", "91445400MA6BUAL29Y",
        {"category": "defyingJudgment"}, "有履行能力而拒不履行生效法律文书确定的义务",
        "云江市中级人民法院", "（2024）粤54执1208号", D(2024, 11, 20),
        {"provision": "other", "document": "最高人民法院关于公布失信被执行人名单信息的若干规定",
         "article": "第二条"},
        "allPublicResourceTrading", 24, D(2024, 11, 22)))
    out.append(org_entry(
        "YJ-BL-GP-2022-0014", "云江市文华办公设备有限公司", "91445400MARE8W9K0J",
        {"category": "falseMaterials"}, "在办公家具采购项目中提供虚假的检测报告", "云江市财政局",
        "云财采罚〔2022〕14号", D(2022, 9, 15), {"provision": "procurementLaw77"},
        "governmentProcurement", 12, D(2022, 9, 20), address="云江市云城区文昌路18号"))
    # The province's entry gives no code; the city's company of that name is another one, as the
    # trading centre found on 2024-08-15: from then on its name match is silenced.
    local = next(p for r in rs for p in r.get("parties", [])
                 if p["name"] == "广东粤江建筑工程有限公司")
    decisions = [{"notSameSubject": {
        "query": {"name": local["name"], "creditCode": local["creditCode"]},
        "entryId": "YJ-BL-GD-2024-0037", "date": "2024-08-15", "actor": "云江市公共资源交易中心",
        "reason": "经核对省住房城乡建设厅处理决定书，被处理企业为广州市同名企业，非本市该企业"}}]
    return out, decisions


def screen(rs, entries):
    """Marks each record's parties barred on its date (the engine's barredParty rule)."""
    for r in rs:
        if r["status"] == "withdrawn":
            continue
        ev = r.get("events", {})
        on = ev.get("awardedOn") or ev.get("contractSignedOn") or r.get("changedOn") or r["formedOn"]
        for p in r.get("parties", []):
            if p["role"] == "sanctioned":
                continue
            for e in entries:
                s = e["subject"]
                same = (p.get("creditCode") and p.get("creditCode") == s.get("creditCode")) or \
                       (p.get("idNumber") and p.get("idNumber") == s.get("idNumber"))
                bars = e["bars"] == r["domain"] or \
                    (e["bars"] == "allPublicResourceTrading" and r["domain"] != "housing")
                withdrawn = any(x["kind"] == "withdraw" and D.fromisoformat(x["date"]) <= on
                                for x in e.get("events", []))
                start = D.fromisoformat(e["ban"]["start"])
                if same and bars and not withdrawn and \
                        start <= on <= add_months(start, e["ban"]["months"]):
                    r.barred.append((p, e))


def main():
    self_test()
    g = Generator()
    g.housing()
    g.land()
    g.mining()
    g.procurement()
    g.property()
    g.bidding()
    g.plant()
    rs = g.records
    rs.sort(key=lambda r: (DOMAIN_ORDER.index(r["domain"]), r["formedOn"], r["title"]))
    counters = {}
    for r in rs:
        p = ID_PREFIX[r["domain"]]
        counters[p] = counters.get(p, 0) + 1
        r["id"] = f"YJ-{p}-2024-{counters[p]:04}"
    check(rs)
    with open(os.path.join(HERE, "yunjiang-2024.json"), "w", encoding="utf-8") as f:
        json.dump([to_json_value(r) for r in rs], f, ensure_ascii=False, indent=1)
        f.write("\n")
    bad_lines = bad_input_lines(rs)
    entries, decisions = blacklist(rs)
    with open(os.path.join(HERE, "yunjiang-blacklist.jsonl"), "w", encoding="utf-8") as f:
        for v in entries + decisions:
            f.write(json.dumps(v, ensure_ascii=False, separators=(",", ":")) + "\n")
    screen(rs, entries)
    expected = {}
    for r in rs:
        barred = None
        if r.barred:
            p, e = r.barred[0]
            barred = (f"{ROLE_ZH[p['role']]}{p['name']}在禁止期内（{e['decision']['authority']}"
                      f"{e['decision']['number']}，{PROVISION_ZH.get(e['legalBasis']['provision'], e['legalBasis'].get('document'))}，"
                      f"见 yunjiang-blacklist.jsonl {e['id']}）")
        if r.defect:
            kind, finding, basis, note = r.defect
            expected[r["id"]] = {"kind": kind, "finding": finding, "basis": basis, "note": note}
            if barred:
                expected[r["id"]]["alsoFindings"] = ["blacklist.barred_party"]
                expected[r["id"]]["note"] += "；另：" + barred
        elif barred:
            note = barred + (f"（另为日历边界用例：{r.case}）" if r.case else "")
            e = r.barred[0][1]
            basis = PROVISION_ZH.get(e["legalBasis"]["provision"], e["legalBasis"].get("document"))
            expected[r["id"]] = {"kind": "blacklist", "finding": "blacklist.barred_party",
                                 "basis": basis, "note": note}
    cases = {r["id"]: r.case for r in rs if r.case and not r.defect and not r.barred}
    with open(os.path.join(HERE, "yunjiang-2024.expected.json"), "w", encoding="utf-8") as f:
        json.dump({"records": len(rs), "defects": expected, "compliantEdgeCases": cases}, f,
                  ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "bad-input.ndjson"), "w", encoding="utf-8") as f:
        f.write("\n".join(bad_lines) + "\n")
    kinds = {}
    for v in expected.values():
        kinds[v["kind"]] = kinds.get(v["kind"], 0) + 1
        if v.get("alsoFindings"):
            kinds["blacklist (also)"] = kinds.get("blacklist (also)", 0) + 1
    print(f"{len(rs)} records, {len(rs) - len(expected)} without a planted defect; defects: "
          + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))


if __name__ == "__main__":
    main()
