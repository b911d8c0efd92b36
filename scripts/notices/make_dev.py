#!/usr/bin/env python3
"""Writes the development set of tests/notices/dev: notices in the formats portals publish
(财办库〔2020〕50号 procurement notices, 发改委令2017年第10号 construction publicities, land and
mining-right listings and results, state-property deals, penalty decisions), with made-up names,
numbers and amounts, as plain text and as portal pages (chrome, tables, some broken markup).

Each notice is written piece by piece, and each piece that states an element, a date, an amount,
a party or the 落款 records what it states: the expectation is what the writer put in, never what
the reader finds. Run from the repository's root: python3 scripts/notices/make_dev.py
"""
import html as htmlmod
import json
import os
import random
import sys
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(__file__))
from uscc import uscc  # noqa: E402

OUT = os.path.join("tests", "notices", "dev")
CN_DIGITS = "〇一二三四五六七八九"


def cn_number(n):
    """1..31 in Chinese numerals as dates write them."""
    if n < 10:
        return CN_DIGITS[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_DIGITS[n % 10]
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def day_text(d, form):
    if form == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if form == "zero":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if form == "iso":
        return d.isoformat()
    if form == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if form == "han":
        y = "".join(CN_DIGITS[int(c)] for c in str(d.year))
        return f"{y}年{cn_number(d.month)}月{cn_number(d.day)}日"
    raise ValueError(form)


def workdays_after(d, n):
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


CAPS = "零壹贰叁肆伍陆柒捌玖"


def words(yuan):
    """An integer amount of yuan in 大写 (to 亿)."""
    def four(n):
        out = ""
        zero = False
        for unit, div in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
            d = n // div % 10
            if d:
                if zero and out:
                    out += "零"
                out += CAPS[d] + unit
                zero = False
            else:
                zero = True
        return out
    yi, rest = divmod(yuan, 100_000_000)
    wan, ge = divmod(rest, 10_000)
    out = ""
    if yi:
        out += four(yi) + "亿"
    if wan:
        if out and wan < 1000:
            out += "零"
        out += four(wan) + "万"
    if ge:
        if out and ge < 1000:
            out += "零"
        out += four(ge)
    return out + "元整"


def yuan_str(x):
    """A yuan value as the expectations write it: a decimal without separators or exponent."""
    from decimal import Decimal
    return format(Decimal(str(round(x, 2))).normalize(), "f")


def money(yuan):
    return f"{yuan:,.2f}"


class Doc:
    """A notice written line by line, recording what each piece states."""

    def __init__(self):
        self.lines = []  # each: list of (kind, text); kind "t" text, "table" rows
        self.dates = []
        self.amounts = []
        self.cur = []

    def t(self, s):
        self.cur.append(s)
        return self

    def d(self, s, value):
        self.dates.append({"text": s, "value": value})
        return self.t(s)

    def a(self, s, yuan):
        self.amounts.append({"text": s, "yuan": str(yuan) if isinstance(yuan, int) else yuan_str(float(yuan))})
        return self.t(s)

    def end(self):
        self.lines.append(("line", "".join(self.cur)))
        self.cur = []
        return self

    def line(self, s=""):
        return self.t(s).end()

    def table(self, rows):
        """A table: rows of cells (each cell text; dates and amounts recorded by the caller)."""
        self.lines.append(("table", rows))
        return self

    def text(self, table_style):
        out = []
        for kind, v in self.lines:
            if kind == "line":
                out.append(v)
            else:
                for row in v:
                    if table_style == "bar":
                        out.append("| " + " | ".join(row) + " |")
                    elif table_style == "spaces":
                        out.append("  ".join(row))
                    else:
                        out.append("\t".join(row))
        return "\n".join(out) + "\n"

    def html(self, rng, title, published=None, broken=False, chrome=True):
        e = htmlmod.escape
        body = []
        for kind, v in self.lines:
            if kind == "line":
                if v == title:
                    body.append(f'<h2 class="article-title">{e(v, quote=False)}</h2>')
                    if published:
                        body.append(f'<div class="info">发布时间：{published}&nbsp;&nbsp;来源：本站&nbsp;&nbsp;阅读次数：<span>{rng.randint(20, 900)}</span></div>')
                    continue
                text = e(v, quote=False).replace("\u3000", "&#12288;")
                if broken and rng.random() < 0.3:
                    body.append(f"<p>{text}")  # unclosed
                elif rng.random() < 0.2:
                    body.append(f'<p style="text-indent:2em"><span style="font-family:宋体">{text}</span></p>')
                else:
                    body.append(f"<p>{text}</p>")
            else:
                rows = []
                for i, row in enumerate(v):
                    tag = "th" if i == 0 and rng.random() < 0.5 else "td"
                    if broken:
                        cells = "".join(f"<{tag}>{e(c, quote=False)}" for c in row)
                        rows.append(f"<tr>{cells}")
                    else:
                        cells = "".join(f"<{tag}><p>{e(c, quote=False)}</p></{tag}>" for c in row)
                        rows.append(f"<tr>{cells}</tr>")
                body.append('<table border="1" cellspacing="0" width="100%">' + "".join(rows) + "</table>")
        if broken:
            body.insert(len(body) // 2, "</div><!-- 编辑：系统管理员 -->")
        site = rng.choice(["云江市政府采购网", "青岚市公共资源交易中心", "白沙县人民政府", "临川市自然资源和规划局"])
        head = f"""<!DOCTYPE html>
<html><head><meta charset="{rng.choice(['utf-8', 'gbk', 'gb2312'])}"><title>{e(title)}-{site}</title>
<link rel="stylesheet" href="/static/css/common.css">
<script type="text/javascript">var cur = 1; if (cur < 2 && cur > 0) {{ document.write('<p>统计</p>'); }}</script>
<style>.article p{{line-height:2em}} td{{border:1px solid #ccc}}</style>
</head>
<body>
"""
        top = ""
        if chrome:
            top = f"""<div class="top-nav"><a href="/">首页</a> | <a href="/news">新闻动态</a> | <a href="/notice">公告公示</a> | <a href="/policy">政策法规</a></div>
<div id="menu"><ul><li><a href="/cg">采购公告</a></li><li><a href="/jg">结果公告</a></li><li><a href="/gz">更正公告</a></li></ul></div>
<div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/notice">公告公示</a> &gt; 正文</div>
"""
        foot = ""
        if chrome:
            foot = f"""<div class="share">分享到：微信 微博</div>
<div class="footer"><p>主办单位：{site} 地址：云江市府前路1号 邮编：513000</p><p>网站标识码：4453000001 备案号：粤ICP备00000000号-1</p><p>技术支持电话：0763-3120000</p></div>
"""
        return head + top + '<div class="article">\n' + "\n".join(body) + "\n</div>\n" + foot + "<script>window.print && 0;</script>\n</body></html>\n"


CITIES = ["云江市", "青岚市", "临川市", "白沙市", "安平市", "东湖市", "南屏市", "西岭市"]
SURNAMES = "陈李黄周吴郑王刘梁邓"


def company(rng, kind="科技"):
    a = rng.choice(["华", "恒", "盛", "诚", "卓", "嘉", "鼎", "瑞", "博", "信"])
    b = rng.choice(["泰", "远", "达", "新", "联", "安", "和", "创", "辰", "源"])
    city = rng.choice(CITIES)[:2]
    return f"{city}{a}{b}{kind}有限公司"


def person(rng):
    return rng.choice(SURNAMES) + "工"


def experts(rng):
    return "、".join(rng.choice(SURNAMES) + rng.choice("某") + rng.choice(["某", "某某"]) for _ in range(5))


CASES = []


def case(slug, kind, description, fmt, doc, title, expected, rng, html=False, broken=False,
         url=None, fetched=None, table_style="tab", published=None):
    CASES.append(dict(slug=slug, kind=kind, description=description, format=fmt, doc=doc,
                      title=title, expected=expected, html=html, broken=broken, url=url,
                      fetched=fetched, table_style=table_style, published=published, rng=rng))


BASES = [date(2024, 7, 8), date(2024, 8, 12), date(2024, 11, 4), date(2024, 12, 2),
         date(2025, 3, 3), date(2025, 7, 7), date(2025, 8, 11), date(2025, 11, 3),
         date(2025, 12, 8), date(2024, 3, 11), date(2025, 6, 16), date(2024, 9, 2)]


def base(rng):
    return rng.choice(BASES)


# ---------------------------------------------------------------------------------------------
# 政府采购：中标（成交）结果公告 (财办库〔2020〕50号)
def gp_result(i, rng, html=False, broken=False, variant="plain"):
    city = rng.choice(CITIES)
    purchaser = city + rng.choice(["档案馆", "第一中学", "人民医院", "图书馆", "疾病预防控制中心", "城市管理局"])
    agency = company(rng, "招标代理")
    winner = company(rng)
    code = uscc(rng)
    item = rng.choice(["档案数字化服务", "课桌椅采购", "医疗设备采购", "物业管理服务", "网络安全设备采购"])
    number = f"{city[:2].upper() if False else 'YJ'}CG-{rng.randint(2021, 2025)}-{rng.randint(10, 999):03d}"
    amount = rng.randint(5, 900) * 1000
    signed = base(rng)
    d = Doc()
    title = f"{purchaser}{item}项目中标（成交）结果公告"
    d.line(title)
    el = {}
    colon = "：" if variant != "ascii" else ":"
    d.t(f"一、项目编号{colon}").t(number).end()
    el["projectNumber"] = number
    d.t(f"二、项目名称{colon}").t(item).end()
    el["projectName"] = item
    d.line("三、中标（成交）信息")
    mismatch = variant == "mismatch"
    words_amount = amount + 10000 if mismatch else amount
    amt_text_words = "人民币" + words(words_amount)
    amt_fig = "¥" + money(amount)
    findings = []
    address = city + rng.choice(["高新区科创路", "东城区人民路", "城南区建设路"]) + f"{rng.randint(1, 99)}号"
    if variant == "table":
        rows = [["序号", "中标（成交）供应商名称", "统一社会信用代码", "中标（成交）供应商地址", "中标（成交）金额（元）"],
                ["1", winner, code, address, "¥" + money(amount)]]
        d.table(rows)
        d.amounts.append({"text": "¥" + money(amount), "yuan": str(amount)})
        el["winnerName"] = winner
        el["winnerAddress"] = address
        el["awardAmount"] = "¥" + money(amount)
    else:
        d.t("供应商名称：").t(winner).end()
        d.t("统一社会信用代码：").t(code).end()
        d.t("供应商地址：").t(address).end()
        d.t("中标（成交）金额：").a(amt_text_words, words_amount).t("（").a(amt_fig, amount).t("）").end()
        el["winnerName"] = winner
        el["winnerAddress"] = address
        el["awardAmount"] = f"{amt_text_words}（{amt_fig}）"
    if mismatch:
        findings.append({"code": "amount.words_mismatch", "path": "/content/awardAmount"})
    absent = []
    not_stated = []
    d.line("四、主要标的信息")
    if variant == "attachment":
        d.line("详见附件")
        not_stated.append("mainItems")
    else:
        goods = rng.choice(["服务", "货物"])
        if goods == "服务":
            rows = [["服务名称", "服务范围", "服务要求", "服务时间", "服务标准"],
                    [item, "采购人指定范围", "按采购文件要求", rng.choice(["一年", "三年", "12个月"]), "符合国家及行业标准"]]
        else:
            rows = [["名称", "品牌", "规格型号", "数量", "单价"],
                    [item.replace("采购", ""), rng.choice(["云测", "华盾", "青松"]), f"YC-{rng.randint(1, 9)}", f"{rng.randint(2, 60)}台", money(amount // 10) + "元"]]
            d.amounts.append(None)  # placeholder, filled below in order
        d.table(rows)
        if goods == "货物":
            d.amounts[-1] = {"text": rows[1][4], "yuan": str(amount // 10)}
        el["mainItems"] = "\n".join(" ".join(r) for r in rows)
    if variant == "no_experts":
        absent.append("evaluationExperts")
        findings.append({"code": "element.missing", "path": "/content/evaluationExperts"})
        # The 2020 format's fifth heading is missing too.
        findings.append({"code": "notice.headings_missing", "path": ""})
    else:
        ex = experts(rng)
        d.line("五、评审专家（单一来源采购人员）名单：")
        d.line(ex)
        el["evaluationExperts"] = ex
    fee = rng.randint(3, 30) * 500
    d.line("六、代理服务收费标准及金额：")
    fee_line_doc = Doc()
    d.t("参照国家计委计价格〔2002〕1980号文件标准收取，金额：").a(f"{fee}元", fee).t("。").end()
    el["agencyFee"] = f"参照国家计委计价格〔2002〕1980号文件标准收取，金额：{fee}元。"
    d.line("七、公告期限")
    d.d("自本公告发布之日起1个工作日", "本公告发布+1个工作日").t("。").end()
    el["announcementPeriod"] = "自本公告发布之日起1个工作日。"
    d.line("八、其他补充事宜")
    d.t("各有关当事人对中标（成交）结果有异议的，可以在").d("公告期限届满之日起七个工作日", "公告期限届满+7个工作日").t("内以书面形式提出质疑。").end()
    d.line("九、凡对本次公告内容提出询问，请按以下方式联系。")
    d.line("1.采购人信息")
    contact = f"0763-{rng.randint(2000000, 3999999)}"
    mobile = f"13{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"
    p_lines = [f"名称：{purchaser}", f"地址：{city}府前路{rng.randint(1, 99)}号",
               f"联系方式：{mobile if variant == 'mobile' else contact}"]
    for l in p_lines:
        d.line(l)
    el["purchaserAndAgency"] = "\n".join(p_lines)
    if variant == "mobile":
        findings.append({"code": "privacy.mobile_exposed", "path": "/content/purchaserAndAgency"})
    d.line("2.采购代理机构信息")
    d.line(f"名称：{agency}")
    d.line(f"地址：{city}建设路{rng.randint(1, 99)}号")
    d.line(f"联系方式：{contact}")
    d.line("3.项目联系方式")
    d.line(f"项目联系人：{person(rng)}")
    d.line(f"电话：{contact}")
    form = "han" if variant == "handate" else rng.choice(["cn", "cn", "zero"])
    sig_text = day_text(signed, form)
    d.line(agency)
    d.d(sig_text, signed.isoformat()).end()
    published = None
    pub_date = signed
    if html and rng.random() < 0.6:
        pub_date = signed
        published = f"{signed.isoformat()} {rng.randint(8, 17):02d}:{rng.choice(['00', '15', '30', '42'])}"
    fetched = (signed + timedelta(days=rng.randint(1, 20))).isoformat()
    exp = {
        "item": "procurementResult", "domain": "governmentProcurement",
        "elements": el, "absent": absent, "notStated": not_stated,
        "dates": d.dates, "amounts": d.amounts,
        "parties": [{"role": "winner", "name": winner, "creditCode": code}],
        "signature": {"body": agency, "date": signed.isoformat()},
        "findings": findings,
    }
    desc = {
        "plain": "A 50号-format result, headings 一 to 九, the winner by labels with its credit code, the amount in 大写 and figures, the items as a table.",
        "ascii": "A 50号-format result whose first headings use ASCII colons.",
        "mismatch": "A 50号-format result whose 大写 says ten thousand yuan more than the figures.",
        "table": "A 50号-format result with the winner, credit code, address and amount in a table of columns.",
        "attachment": "A result whose main items are only '详见附件': the items are not stated, nothing is absent.",
        "no_experts": "A signed, complete result without the experts' heading: the experts are absent.",
        "mobile": "A result whose purchaser's contact is an unmasked mobile number.",
        "handate": "A result signed with a date in Chinese numerals (二〇二四年…).",
    }[variant]
    if html:
        desc += " Served as a portal page" + (" with broken markup (unclosed p and td, a stray </div>)." if broken else ".")
    case(f"gp-result-{variant}", "result", desc, "财办库〔2020〕50号 附件 中标（成交）结果公告", d, title, exp, rng,
         html=html, broken=broken, url=f"https://www.ccgp-yunjiang.gov.cn/cggg/jggg/{signed:%Y%m}/t{signed:%Y%m%d}_{rng.randint(1000, 9999)}.html",
         fetched=fetched, published=published, table_style=rng.choice(["tab", "bar", "spaces"]) if not html else "tab")
    if published:
        # The page's own line is read first: its date is stated and is the publication date.
        exp["dates"].insert(0, {"text": published, "value": published})



def contacts(d, rng, purchaser, agency, city, heading="九、凡对本次公告内容提出询问，请按以下方式联系。"):
    """The 50号 formats' last heading: the purchaser, the agency and the project contact."""
    d.line(heading)
    tel = f"0763-{rng.randint(2000000, 3999999)}"
    d.line("1.采购人信息")
    p = [f"名称：{purchaser}", f"地址：{city}府前路{rng.randint(1, 99)}号", f"联系方式：{tel}"]
    for l in p:
        d.line(l)
    d.line("2.采购代理机构信息")
    for l in [f"名称：{agency}", f"地址：{city}建设路{rng.randint(1, 99)}号", f"联系方式：{tel}"]:
        d.line(l)
    d.line("3.项目联系方式")
    who = person(rng)
    d.line(f"项目联系人：{who}")
    d.line(f"电话：{tel}")
    return "\n".join(p), tel, f"项目联系人：{who}\n电话：{tel}", who


def sign(d, body, when, form="cn", same_line=False):
    text = day_text(when, form)
    if same_line:
        d.t(body + "　　").d(text, when.isoformat()).end()
    else:
        d.line(body)
        d.d(text, when.isoformat()).end()
    return {"body": body, "date": when.isoformat()}


def url_for(rng, host, when):
    return f"https://{host}/{when:%Y%m}/t{when:%Y%m%d}_{rng.randint(100000, 999999)}.html"


def html_dates(exp, published):
    if published:
        exp["dates"].insert(0, {"text": published, "value": published})


# 政府采购：招标公告、竞争性磋商公告 (财办库〔2020〕50号)
def gp_announcement(rng, variant="open", html=False, broken=False):
    city = rng.choice(CITIES)
    purchaser = city + rng.choice(["公安局", "教育局", "第二人民医院", "水务局", "文化馆"])
    agency = company(rng, "工程咨询")
    item = rng.choice(["执法记录仪采购", "多媒体教学设备采购", "办公家具采购", "档案密集架采购"])
    consult = variant in ("consult", "consult_mismatch")
    pub = base(rng)
    docs_from = pub if consult else pub + timedelta(days=1)
    docs_to = workdays_after(docs_from, 6)
    deadline = pub + timedelta(days=12 if consult else 23)
    budget_wan = rng.randint(20, 400)
    max_wan = budget_wan - rng.randint(0, 10)
    d = Doc()
    title = f"{purchaser}{item}项目{'竞争性磋商' if consult else '公开招标'}公告"
    d.line(title)
    el = {}
    d.line("项目概况")
    dl = f"{deadline.year}年{deadline.month}月{deadline.day}日09点30分"
    summary_day = deadline + timedelta(days=1) if variant.endswith("mismatch") else deadline
    sl = f"{summary_day.year}年{summary_day.month}月{summary_day.day}日09点30分"
    what = "采购文件" if consult else "招标文件"
    d.t(f"{item}项目的潜在{'供应商' if consult else '投标人'}应在{city}公共资源交易网获取{what}，并于").d(sl, f"{summary_day.isoformat()} 09:30").t(f"（北京时间）前{'提交响应文件' if consult else '递交投标文件'}。").end()
    d.line("一、项目基本情况")
    d.line(f"项目编号：{'YJ'}{pub:%Y}-{rng.randint(100, 999)}")
    d.line(f"项目名称：{item}")
    el["projectName"] = item
    d.t("预算金额：").a(f"{budget_wan}万元", budget_wan * 10000).end()
    el["budgetAmount"] = f"{budget_wan}万元"
    d.t("最高限价：").a(f"{max_wan}万元", max_wan * 10000).end()
    el["maximumPrice"] = f"{max_wan}万元"
    req = f"{item.replace('采购', '')}一批，具体技术参数详见{what}。"
    d.line(f"采购需求：{req}")
    el["requirements"] = req
    d.line(f"合同履行期限：{rng.choice(['60', '90', '120'])}日")
    d.line("本项目不接受联合体投标。")
    d.line("二、申请人的资格要求：")
    q = ["1.满足《中华人民共和国政府采购法》第二十二条规定；", "2.落实政府采购政策需满足的资格要求：本项目专门面向中小企业采购；", "3.本项目的特定资格要求：无。"]
    for l in q:
        d.line(l)
    el["supplierQualifications"] = "\n".join(q)
    d.line(f"三、获取{what}")
    t1 = f"{docs_from.year}年{docs_from.month}月{docs_from.day}日至{docs_to.year}年{docs_to.month}月{docs_to.day}日"
    d.t("时间：").d(t1, f"{docs_from.isoformat()}/{docs_to.isoformat()}").t("，每天上午9:00至12:00，下午14:30至17:30（北京时间，法定节假日除外）").end()
    d.line(f"地点：{city}公共资源交易网")
    d.line("方式：网上免费下载")
    d.line("售价：免费")
    el["documentsObtaining"] = f"时间：{t1}，每天上午9:00至12:00，下午14:30至17:30（北京时间，法定节假日除外）\n地点：{city}公共资源交易网\n方式：网上免费下载\n售价：免费"
    if consult:
        d.line("四、响应文件提交")
        d.t("截止时间：").d(dl, f"{deadline.isoformat()} 09:30").t("（北京时间）").end()
        d.line(f"地点：{city}公共资源交易中心第二开标室")
        el["bidDeadlineAndOpening"] = f"截止时间：{dl}（北京时间）\n地点：{city}公共资源交易中心第二开标室"
        d.line("五、开启")
        d.t("时间：").d(dl, f"{deadline.isoformat()} 09:30").t("（北京时间）").end()
        d.line(f"地点：{city}公共资源交易中心第二开标室")
        n = 6
    else:
        d.line("四、提交投标文件截止时间、开标时间和地点")
        d.d(dl, f"{deadline.isoformat()} 09:30").t("（北京时间）").end()
        d.line(f"地点：{city}公共资源交易中心开标室")
        el["bidDeadlineAndOpening"] = f"{dl}（北京时间）\n地点：{city}公共资源交易中心开标室"
        n = 5
    heads = "一二三四五六七八九"
    d.line(f"{heads[n-1]}、公告期限")
    days = 3 if consult else 5
    d.d(f"自本公告发布之日起{days}个工作日", f"本公告发布+{days}个工作日").t("。").end()
    el["announcementPeriod"] = f"自本公告发布之日起{days}个工作日。"
    d.line(f"{heads[n]}、其他补充事宜")
    d.line("本项目公告同时在中国政府采购网发布。")
    p, tel, contact, who = contacts(d, rng, purchaser, agency, city, f"{heads[n+1]}、对本次{'采购' if consult else '招标'}提出询问，请按以下方式联系。")
    el["purchaserAndAgency"] = p
    el["contactPerson"] = contact
    sig = sign(d, agency, pub, rng.choice(["cn", "zero"]))
    published = None
    if html and rng.random() < 0.5:
        published = f"{pub.isoformat()} {rng.randint(8, 11):02d}:{rng.choice(['05', '20', '48'])}"
    findings = []
    if variant.endswith("mismatch"):
        findings.append({"code": "notice.summary_mismatch", "path": "/events/bidDeadline"})
    exp = {"item": "procurementAnnouncement", "domain": "governmentProcurement",
           "method": "competitiveConsultation" if consult else "openTendering",
           "elements": el, "absent": [], "notStated": [], "dates": d.dates, "amounts": d.amounts,
           "parties": [], "signature": sig, "findings": findings}
    html_dates(exp, published)
    desc = ("A 50号 竞争性磋商公告" if consult else "A 50号 公开招标公告") + ", with its 项目概况 summary, budget and maximum price, the documents' period, the deadline and the period from publication"
    if variant.endswith("mismatch"):
        desc += "; the summary's deadline is a day later than the body's"
    desc += "." + (" Served as a portal page." if html else "")
    case(f"gp-{'consultation' if consult else 'open-tender'}{'-summary-mismatch' if variant.endswith('mismatch') else ''}", "announcement", desc,
         "财办库〔2020〕50号 附件 " + ("竞争性磋商公告" if consult else "公开招标公告"), d, title, exp, rng,
         html=html, broken=broken, url=url_for(rng, "www.ccgp-yunjiang.gov.cn/cggg", pub),
         fetched=(pub + timedelta(days=2)).isoformat(), published=published)


# 政府采购：更正公告
def gp_correction(rng, html=False):
    city = rng.choice(CITIES)
    purchaser = city + rng.choice(["人民医院", "实验中学", "档案馆"])
    item = rng.choice(["CT设备采购", "实验室设备采购", "空调维保服务"])
    first = base(rng)
    when = first + timedelta(days=7)
    new_deadline = when + timedelta(days=20)
    d = Doc()
    title = f"{purchaser}{item}项目更正公告"
    d.line(title)
    el = {}
    number = f"YJ{first:%Y}-{rng.randint(100, 999)}"
    d.line("一、项目基本情况")
    d.line(f"原公告的采购项目编号：{number}")
    el["originalProject"] = number
    d.line(f"原公告的采购项目名称：{item}")
    ft = day_text(first, "cn")
    d.t("首次公告日期：").d(ft, first.isoformat()).end()
    el["firstNoticeDate"] = ft
    d.line("二、更正信息")
    d.line("更正事项：采购文件")
    el["correctionMatters"] = "采购文件"
    nd = f"{new_deadline.year}年{new_deadline.month}月{new_deadline.day}日9:30"
    d.t("更正内容：投标截止时间及开标时间变更为").d(nd, f"{new_deadline.isoformat()} 09:30").t("，其他内容不变。").end()
    el["correctionContent"] = f"投标截止时间及开标时间变更为{nd}，其他内容不变。"
    ct = day_text(when, "cn")
    d.t("更正日期：").d(ct, when.isoformat()).end()
    el["correctionDate"] = ct
    d.line("三、其他补充事宜")
    d.line("无。")
    d.line("四、凡对本次公告内容提出询问，请按以下方式联系。")
    tel = f"0763-{rng.randint(2000000, 3999999)}"
    d.line("1.采购人信息")
    d.line(f"名称：{purchaser}")
    d.line(f"联系方式：{tel}")
    el["contact"] = tel
    sig = sign(d, purchaser, when)
    exp = {"item": "procurementCorrection", "domain": "governmentProcurement", "elements": el,
           "absent": [], "notStated": [], "dates": d.dates, "amounts": d.amounts, "parties": [],
           "signature": sig, "findings": []}
    case("gp-correction", "correction", "A 50号 更正公告: the original project, the first notice's date, what changes (the bid deadline), the correction's date.",
         "财办库〔2020〕50号 附件 更正公告", d, title, exp, rng, html=html,
         url=url_for(rng, "www.ccgp-yunjiang.gov.cn/gzgg", when), fetched=(when + timedelta(days=1)).isoformat())


# 政府采购：终止公告
def gp_termination(rng, variant="plain"):
    city = rng.choice(CITIES)
    purchaser = city + rng.choice(["图书馆", "城市管理局", "第三中学"])
    item = rng.choice(["图书采购", "环卫车辆采购", "食堂食材配送服务"])
    when = base(rng)
    d = Doc()
    title = f"{purchaser}{item}项目终止公告"
    d.line(title)
    el = {}
    number = f"YJ{when:%Y}-{rng.randint(100, 999)}"
    d.line("一、项目基本情况")
    d.line(f"采购项目编号：{number}")
    el["projectNumber"] = number
    d.line(f"采购项目名称：{item}")
    el["projectName"] = item
    absent = []
    findings = []
    if variant == "no_reason":
        absent.append("terminationReason")
        findings.append({"code": "notice.headings_missing", "path": ""})
        nums = "二三"
    else:
        d.line("二、项目终止的原因")
        r = "因采购需求发生重大变化，经采购人研究决定，本项目终止。"
        d.line(r)
        el["terminationReason"] = r
        nums = "三四"
    d.line(f"{nums[0]}、其他补充事宜")
    d.line("无。")
    d.line(f"{nums[1]}、凡对本次公告内容提出询问，请按以下方式联系。")
    tel = f"0763-{rng.randint(2000000, 3999999)}"
    d.line("1.采购人信息")
    d.line(f"名称：{purchaser}")
    d.line(f"联系方式：{tel}")
    el["contact"] = tel
    sig = sign(d, purchaser, when, "zero")
    exp = {"item": "procurementTermination", "domain": "governmentProcurement", "elements": el,
           "absent": absent, "notStated": [], "dates": d.dates, "amounts": d.amounts, "parties": [],
           "signature": sig, "findings": findings}
    desc = "A 50号 终止公告" + (" without the heading of the reason: the reason is absent and the format's heading missing." if variant == "no_reason" else " with the reason.")
    case(f"gp-termination{'-no-reason' if variant == 'no_reason' else ''}", "termination", desc,
         "财办库〔2020〕50号 附件 终止公告", d, title, exp, rng,
         url=url_for(rng, "www.ccgp-yunjiang.gov.cn/zzgg", when), fetched=(when + timedelta(days=3)).isoformat())


# 政府采购：采购意向
def gp_intention(rng, html=False):
    city = rng.choice(CITIES)
    purchaser = city + rng.choice(["教育局", "卫生健康局", "交通运输局"])
    when = base(rng)
    m1 = date(when.year + (when.month + 1) // 13, (when.month % 12) + 1, 1)
    m3 = date(m1.year + (m1.month + 1) // 13, (m1.month % 12) + 1, 1)
    m3 = date(m3.year + (m3.month + 1) // 13, (m3.month % 12) + 1, 1)
    expected_month = date(m3.year, m3.month, 1)
    d = Doc()
    rng_text = f"{m1.year}年{m1.month}月至{m3.month}月" if m1.year == m3.year else None
    if rng_text is None:
        m1 = date(when.year, when.month, 1)
        m3 = expected_month = date(when.year, when.month, 1)
        rng_text = f"{m1.year}年{m1.month}月"
    title_tail = rng_text
    d.t(f"{purchaser}").d(title_tail, f"{m1:%Y-%m}/{m3:%Y-%m}" if m1 != m3 else f"{m1:%Y-%m}").t("政府采购意向").end()
    title = f"{purchaser}{title_tail}政府采购意向"
    d.t("为便于供应商及时了解政府采购信息，根据《财政部关于开展政府采购意向公开工作的通知》（财库〔2020〕10号）等有关规定，现将").t(purchaser).d(title_tail, f"{m1:%Y-%m}/{m3:%Y-%m}" if m1 != m3 else f"{m1:%Y-%m}").t("采购意向公开如下：").end()
    proj = rng.choice(["校园安防监控系统升级", "公路养护机械采购", "基层医疗机构设备采购"])
    summary = f"{proj}，预计数量若干，满足相关国家标准。"
    budget = rng.randint(50, 900)
    month = f"{expected_month.year}年{expected_month.month}月"
    rows = [["序号", "采购项目名称", "采购需求概况", "预算金额（万元）", "预计采购时间", "备注"],
            ["1", proj, summary, f"{budget}万元", month, "无"]]
    d.table(rows)
    d.amounts.append({"text": f"{budget}万元", "yuan": str(budget * 10000)})
    d.dates.append({"text": month, "value": f"{expected_month:%Y-%m}"})
    el = {"projectName": proj, "requirementsSummary": summary, "budgetAmount": f"{budget}万元",
          "expectedTime": month, "remarks": "无"}
    d.line("本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。")
    sig = sign(d, purchaser, when)
    exp = {"item": "procurementIntention", "domain": "governmentProcurement", "elements": el,
           "absent": [], "notStated": [], "dates": d.dates, "amounts": d.amounts, "parties": [],
           "signature": sig, "findings": []}
    case("gp-intention", "intention", "A procurement intention (财库〔2020〕10号) as the table the format gives: one project, its budget in 万元 and the month expected.",
         "财库〔2020〕10号 附件 政府采购意向公开参考文本", d, title, exp, rng, html=html,
         url=url_for(rng, "www.ccgp-yunjiang.gov.cn/cgyx", when), fetched=(when + timedelta(days=5)).isoformat())


# 政府采购：单一来源采购公示
def gp_single_source(rng, html=False):
    city = rng.choice(CITIES)
    purchaser = city + rng.choice(["气象局", "疾病预防控制中心", "水文站"])
    supplier = company(rng, "仪器")
    item = rng.choice(["气象雷达维保服务", "检测试剂采购", "水文监测系统升级"])
    when = base(rng)
    end = workdays_after(when, 6)
    d = Doc()
    title = f"{purchaser}{item}单一来源采购公示"
    d.line(title)
    el = {}
    d.line("一、采购人、采购项目名称和内容")
    pp = [f"采购人：{purchaser}", f"项目名称：{item}", f"采购内容：{item}，服务期一年。"]
    for l in pp:
        d.line(l)
    el["purchaserAndProject"] = "\n".join(pp)
    d.line("二、拟采购的货物或服务的说明")
    g = f"原有系统由{supplier}建设，本次为原系统的配套升级。"
    d.line(g)
    el["goodsOrServices"] = g
    d.line("三、采用单一来源采购方式的原因及说明")
    r = "为保证与原有采购项目一致性或者服务配套的要求，需要继续从原供应商处添购。"
    d.line(r)
    el["singleSourceReason"] = r
    addr = f"{city}高新区{rng.randint(1, 50)}号"
    d.line(f"四、拟定的唯一供应商名称、地址：{supplier}，{addr}")
    el["proposedSupplier"] = f"{supplier}，{addr}"
    d.line("五、专业人员论证意见")
    o = f"经{rng.choice(SURNAMES)}某某（高级工程师，{city}气象台）等三位专业人员论证，同意采用单一来源方式采购。"
    d.line(o)
    el["expertOpinion"] = o
    d.line("六、公示期限")
    pt = f"{when.year}年{when.month}月{when.day}日至{end.year}年{end.month}月{end.day}日"
    d.d(pt, f"{when.isoformat()}/{end.isoformat()}").end()
    el["publicityPeriod"] = pt
    d.line("七、其他补充事宜")
    d.line("无。")
    d.line("八、联系方式")
    c = [f"采购人：{purchaser}，联系电话：0763-{rng.randint(2000000, 3999999)}",
         f"财政部门：{city}财政局，联系电话：0763-{rng.randint(2000000, 3999999)}"]
    for l in c:
        d.line(l)
    el["contacts"] = "\n".join(c)
    sig = sign(d, purchaser, when)
    exp = {"item": "singleSourcePublicity", "domain": "governmentProcurement", "method": "singleSource",
           "elements": el, "absent": [], "notStated": [], "dates": d.dates, "amounts": d.amounts,
           "parties": [{"role": "supplier", "name": supplier}], "signature": sig, "findings": []}
    case("gp-single-source", "singleSourcePublicity", "A 单一来源采购公示 with the seven items 87号令 Art 38 lists and the publicity's range.",
         "财办库〔2020〕50号 附件 单一来源采购公示", d, title, exp, rng, html=html,
         url=url_for(rng, "www.ccgp-yunjiang.gov.cn/dylygs", when), fetched=(when + timedelta(days=2)).isoformat())


# 工程建设：中标候选人公示 (发改委令2017年第10号)
def cb_candidates(rng, variant="labels", html=False, broken=False):
    city = rng.choice(CITIES)
    road = rng.choice(["滨江路", "人民大道", "东环路", "学府路"])
    project = f"{city}{road}改造工程施工"
    tenderer = city + rng.choice(["城市建设投资有限公司", "交通建设集团有限公司"])
    when = base(rng)
    end = when + timedelta(days=3)
    names = [company(rng, k) for k in ("路桥工程", "市政建设", "建筑工程")]
    prices = [round(rng.uniform(800, 5000), 2) for _ in names]
    d = Doc()
    title = f"{project}中标候选人公示"
    d.line(title)
    d.line(f"招标人：{tenderer}")
    el = {}
    d.line("一、中标候选人及排序")
    full = variant != "partial"
    if variant == "table":
        rows = [["排序", "中标候选人名称", "投标报价", "工期", "项目负责人"]]
        for k, (n, p) in enumerate(zip(names, prices), 1):
            rows.append([f"第{k}名", n, f"{p}万元", "300日历天", f"{rng.choice(SURNAMES)}某（一级建造师，粤1441{rng.randint(100000, 999999)}）"])
        d.table(rows)
        for p in prices:
            d.amounts.append({"text": f"{p}万元", "yuan": yuan_str(p * 10000)})
        block = "\n".join("\t".join(r) for r in rows[1:])
        el["candidates"] = block
        el["bidDetails"] = block
        el["projectManager"] = block
    else:
        el["candidates"] = names[0]
        for k, (n, p) in enumerate(zip(names, prices)):
            d.line(f"第{'一二三'[k]}中标候选人：{n}")
            d.t("投标报价：").a(f"{p}万元", p * 10000).end()
            if k == 0:
                el["bidDetails"] = f"{p}万元"
            mgr = f"{rng.choice(SURNAMES)}某（市政一级建造师，证书编号：粤1441{rng.randint(100000, 999999)}）"
            d.line(f"项目负责人：{mgr}")
            if k == 0:
                el["projectManager"] = mgr
    absent = []
    findings = []
    if full:
        ev = "评标委员会按招标文件规定的综合评估法进行评审，推荐以上三名中标候选人。"
        d.line(f"评标情况：{ev}")
        el["evaluationSummary"] = ev
        qr = "各中标候选人均满足招标文件规定的资质、业绩和项目负责人要求。"
        d.line(f"资格能力条件：{qr}")
        el["qualificationResponse"] = qr
    else:
        absent = ["evaluationSummary", "qualificationResponse"]
        findings = [{"code": "element.missing", "path": "/content/evaluationSummary"},
                    {"code": "element.missing", "path": "/content/qualificationResponse"}]
    pt = f"{when.year}年{when.month}月{when.day}日至{end.year}年{end.month}月{end.day}日"
    d.t("二、公示期：").d(pt, f"{when.isoformat()}/{end.isoformat()}").end()
    el["publicityPeriod"] = pt
    oc = "投标人或者其他利害关系人对公示结果有异议的，应当在公示期内以书面形式向招标人提出。"
    d.line(f"三、异议渠道：{oc}")
    el["objectionChannel"] = oc
    sig = sign(d, tenderer, when)
    exp = {"item": "biddingCandidatePublicity", "domain": "constructionBidding", "elements": el,
           "absent": absent, "notStated": [], "dates": d.dates, "amounts": d.amounts,
           "parties": [{"role": "candidate", "name": n} for n in names], "signature": sig, "findings": findings}
    desc = "A construction winning-candidate publicity (发改委令第10号 Art 6): three candidates " + ("in a table" if variant == "table" else "by label") + ", their prices and project managers, the publicity's range and the objection channel"
    desc += "; the evaluation and the qualifications offered are missing." if variant == "partial" else "."
    case(f"cb-candidates-{variant}", "candidatePublicity", desc, "发改委令2017年第10号 第六条；标准施工招标文件 中标候选人公示", d, title, exp, rng,
         html=html, broken=broken, url=url_for(rng, "ggzy.yunjiang.gov.cn/jyxx/zbgs", when), fetched=(when + timedelta(days=1)).isoformat())


# 工程建设：中标结果公示
def cb_award(rng, html=False):
    city = rng.choice(CITIES)
    project = f"{city}{rng.choice(['体育馆维修', '污水管网', '学校教学楼'])}工程施工"
    tenderer = city + "城市建设投资有限公司"
    winner = company(rng, "建设工程")
    code = uscc(rng)
    when = base(rng)
    price = round(rng.uniform(300, 3000), 2)
    d = Doc()
    title = f"{project}中标结果公示"
    d.line(title)
    el = {}
    d.line(f"一、项目名称：{project}")
    el["projectName"] = project
    d.line(f"二、招标人：{tenderer}")
    d.line(f"三、中标人：{winner}（统一社会信用代码：{code}）")
    el["winnerName"] = f"{winner}（统一社会信用代码：{code}）"
    d.t("四、中标价：").a(f"{price}万元", price * 10000).end()
    el["awardAmount"] = f"{price}万元"
    d.line("五、中标工期：365日历天")
    sig = sign(d, tenderer, when, same_line=rng.random() < 0.5)
    exp = {"item": "biddingAward", "domain": "constructionBidding", "elements": el, "absent": [],
           "notStated": [], "dates": d.dates, "amounts": d.amounts,
           "parties": [{"role": "winner", "name": winner, "creditCode": code}], "signature": sig, "findings": []}
    case("cb-award", "result", "A construction award publicity: the winner with its credit code in brackets and the price in 万元.",
         "发改委令2017年第10号 第六条第二款", d, title, exp, rng, html=html,
         url=url_for(rng, "ggzy.yunjiang.gov.cn/jyxx/zbjg", when), fetched=(when + timedelta(days=1)).isoformat())


# 国有建设用地使用权挂牌出让公告
def land_listing(rng, html=False, variant="plain"):
    city = rng.choice(CITIES)
    bureau = city + "自然资源局"
    when = base(rng)
    start = when + timedelta(days=22)
    end = start + timedelta(days=16)
    price_wan = rng.randint(800, 20000)
    d = Doc()
    title = f"{bureau}国有建设用地使用权挂牌出让公告"
    d.line(title)
    d.line(f"{city[:2]}自然资告〔{when.year}〕{rng.randint(1, 60)}号")
    d.line(f"经{city}人民政府批准，{bureau}决定以挂牌方式出让1幅地块的国有建设用地使用权。现将有关事项公告如下：")
    d.line("一、挂牌出让地块的基本情况和规划指标要求")
    el = {}
    d.line(f"宗地编号：{city[:2]}{when.year}-{rng.randint(1, 40):02d}")
    loc = f"{city}{rng.choice(['江北区', '高新区', '城东片区'])}{rng.choice(['滨江路东侧', '科创大道北侧'])}"
    d.line(f"宗地位置：{loc}")
    el["parcelLocation"] = loc
    area = f"{rng.randint(3000, 90000)}.{rng.randint(0, 9)}平方米"
    d.line(f"出让面积：{area}")
    el["area"] = area
    use = rng.choice(["城镇住宅用地", "商务金融用地", "工业用地"])
    d.line(f"土地用途：{use}")
    el["landUse"] = use
    years = {"城镇住宅用地": "70年", "商务金融用地": "40年", "工业用地": "50年"}[use]
    d.line(f"出让年限：{years}")
    el["termYears"] = years
    plan = "容积率≤2.5，建筑密度≤30%，绿地率≥35%"
    d.line(f"规划指标要求：{plan}")
    el["planningConditions"] = plan
    d.t("起始价：").a(f"{price_wan}万元", price_wan * 10000).end()
    el["startingPrice"] = f"{price_wan}万元"
    dep = price_wan // 5
    d.t("竞买保证金：").a(f"{dep}万元", dep * 10000).end()
    req = "中华人民共和国境内外的法人、自然人和其他组织均可申请参加，法律、法规另有规定的除外。"
    d.line(f"二、竞买人资格：{req}")
    el["bidderRequirements"] = req
    d.line("三、出让方式：挂牌")
    el["transferMethod"] = "挂牌"
    d.line("四、挂牌时间和地点")
    lt = f"{start.year}年{start.month}月{start.day}日9时至{end.year}年{end.month}月{end.day}日15时"
    d.t("挂牌时间：").d(lt, f"{start.isoformat()} 09:00/{end.isoformat()} 15:00").end()
    d.line(f"挂牌地点：{city}公共资源交易中心")
    el["timeAndPlace"] = f"挂牌时间：{lt}\n挂牌地点：{city}公共资源交易中心"
    d.line(f"五、联系方式：0763-{rng.randint(2000000, 3999999)}")
    sig = sign(d, bureau, when, rng.choice(["cn", "han"]))
    exp = {"item": "landTransferAnnouncement", "domain": "landUseRights", "method": "listing",
           "elements": el, "absent": [], "notStated": [], "dates": d.dates, "amounts": d.amounts,
           "parties": [], "signature": sig, "findings": []}
    case("land-listing", "transferAnnouncement", "A 挂牌出让公告 of state-owned construction land: the parcel, its use, term and planning conditions, the starting price and deposit, the listing period with times.",
         "国土资源部令第39号；国有建设用地使用权挂牌出让公告示范文本", d, title, exp, rng, html=html,
         url=url_for(rng, "zrzy.yunjiang.gov.cn/tdcr", when), fetched=(when + timedelta(days=3)).isoformat())


# 国有建设用地使用权挂牌出让成交公示
def land_deal(rng, html=False, yi=False):
    city = rng.choice(CITIES)
    bureau = city + "自然资源局"
    when = base(rng)
    end = workdays_after(when, 10)
    price_wan = rng.randint(800, 20000)
    winner = company(rng, "置业")
    d = Doc()
    title = f"{city}国有建设用地使用权挂牌出让成交公示"
    d.line(title)
    el = {}
    d.line(f"宗地编号：{city[:2]}{when.year}-{rng.randint(1, 40):02d}")
    loc = f"{city}{rng.choice(['江北区', '高新区'])}{rng.choice(['滨江路东侧', '科创大道北侧'])}"
    d.line(f"宗地位置：{loc}")
    el["parcelLocation"] = loc
    area = f"{rng.randint(3000, 90000)}平方米"
    d.line(f"出让面积：{area}")
    el["area"] = area
    d.line("土地用途：城镇住宅用地")
    el["landUse"] = "城镇住宅用地"
    d.line(f"竞得人：{winner}")
    el["transferee"] = winner
    if yi:
        # A large parcel's price in 亿元.
        price = f"{rng.randint(2, 40)}.{rng.randint(10, 99)}"
        d.t("成交价：").a(f"{price}亿元", yuan_str(float(price) * 100_000_000)).end()
        el["dealPrice"] = f"{price}亿元"
    else:
        d.t("成交价：").a(f"{price_wan}万元", price_wan * 10000).end()
        el["dealPrice"] = f"{price_wan}万元"
    d.line("出让方式：挂牌")
    el["transferMethod"] = "挂牌"
    pt = f"{when.year}年{when.month}月{when.day}日至{end.year}年{end.month}月{end.day}日"
    d.t("公示期：").d(pt, f"{when.isoformat()}/{end.isoformat()}").end()
    sig = sign(d, bureau, when)
    exp = {"item": "landDealPublicity", "domain": "landUseRights", "method": "listing",
           "elements": el, "absent": [], "notStated": [], "dates": d.dates, "amounts": d.amounts,
           "parties": [{"role": "transferee", "name": winner}], "signature": sig, "findings": []}
    case("land-deal", "transferResult", "A land listing's 成交公示: the parcel, the transferee (竞得人) and the price.",
         "国土资源部令第39号 第二十一条", d, title, exp, rng, html=html,
         url=url_for(rng, "zrzy.yunjiang.gov.cn/cjgs", when), fetched=(when + timedelta(days=2)).isoformat())


# 采矿权挂牌出让公告
def mining_listing(rng, html=False):
    city = rng.choice(CITIES)
    bureau = city + "自然资源局"
    when = base(rng)
    start = workdays_after(when, 22)
    end = workdays_after(start, 12)
    mine = f"{city}{rng.choice(['石岭', '龙潭', '青山'])}建筑用花岗岩矿"
    price_wan = rng.randint(300, 9000)
    d = Doc()
    title = f"{mine}采矿权挂牌出让公告"
    d.line(title)
    el = {}
    d.line(f"一、矿业权名称：{mine}")
    el["rightName"] = mine
    d.line("二、开采矿种：建筑用花岗岩")
    el["mineral"] = "建筑用花岗岩"
    area = f"{rng.randint(5, 90) / 100:.2f}平方公里"
    d.line(f"三、出让面积：{area}")
    el["area"] = area
    d.line("四、出让方式：挂牌")
    el["transferMethod"] = "挂牌"
    cond = "竞买人须为依法设立的企业法人，具备相应的开采能力和安全生产条件。"
    d.line(f"五、竞买条件：{cond}")
    el["conditions"] = cond
    d.t("六、挂牌起始价：").a(f"{price_wan}万元", price_wan * 10000).end()
    el["startingPrice"] = f"{price_wan}万元"
    d.line("七、挂牌时间和地点")
    lt = f"{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日"
    d.t("挂牌时间：").d(lt, f"{start.isoformat()}/{end.isoformat()}").end()
    d.line(f"挂牌地点：{city}公共资源交易中心")
    el["timeAndPlace"] = f"挂牌时间：{lt}\n挂牌地点：{city}公共资源交易中心"
    sig = sign(d, bureau, when)
    exp = {"item": "miningTransferAnnouncement", "domain": "miningRights", "method": "listing",
           "elements": el, "absent": [], "notStated": [], "dates": d.dates, "amounts": d.amounts,
           "parties": [], "signature": sig, "findings": []}
    case("mining-listing", "transferAnnouncement", "A 采矿权挂牌出让公告: the right, the mineral, the area, the conditions, the starting price, the listing period in working days.",
         "矿业权出让交易规则（自然资规〔2023〕1号）", d, title, exp, rng, html=html,
         url=url_for(rng, "zrzy.yunjiang.gov.cn/kycr", when), fetched=(when + timedelta(days=2)).isoformat())


# 行政处罚决定书 (行政处罚法 Art 59)
PENALTY_DOMAINS = {
    "procurement": ("财政局", "procurementPenaltyDecision", "governmentProcurement",
                    "当事人在{city}第一中学实验设备政府采购项目中提供虚假材料谋取中标。",
                    "《中华人民共和国政府采购法》第七十七条第一款第（一）项"),
    "housing": ("住房和城乡建设局", "housingPenaltyDecision", "housing",
                "当事人隐瞒家庭收入和住房状况，骗取公共租赁住房一套。",
                "《公共租赁住房管理办法》第三十五条"),
    "bidding": ("住房和城乡建设局", "biddingPenaltyDecision", "constructionBidding",
                "当事人在{city}滨江路改造工程招标投标活动中与其他投标人串通投标。",
                "《中华人民共和国招标投标法》第五十三条"),
    "land": ("自然资源局", "landPenaltyDecision", "landUseRights",
             "当事人未按国有建设用地使用权出让合同约定的期限开工建设，且拒不改正。",
             "《闲置土地处置办法》第十四条"),
}


def penalty(rng, dom="procurement", variant="plain", html=False):
    city = rng.choice(CITIES)
    office, item, domain, facts, basis = PENALTY_DOMAINS[dom]
    authority = city + office
    when = base(rng)
    person_party = variant == "person"
    if person_party:
        party = rng.choice(SURNAMES) + "某某"
    else:
        party = company(rng, "贸易")
    code = uscc(rng)
    if variant == "bad_code":
        code = code[:-1] + ("0" if code[-1] != "0" else "1")
    d = Doc()
    title = f"{authority}行政处罚决定书"
    d.line(title)
    el = {}
    number = f"{city[:1]}{office[:1]}罚〔{when.year}〕{rng.randint(1, 40)}号"
    if variant != "no_number":
        d.line(number)
        el["decisionNumber"] = number
    findings = []
    if person_party:
        pid = "110105194912310029" if False else "11010519491231002X"
        d.line(f"当事人：{party}，身份证号码：{pid}")
        el["partyName"] = f"{party}，身份证号码：{pid}"
        findings.append({"code": "privacy.id_number_exposed", "path": "/content/partyName"})
        addr = f"{city}城南区{rng.choice(['幸福里', '安居苑'])}{rng.randint(1, 30)}栋"
        d.line(f"住址：{addr}")
        el["partyAddress"] = addr
        parties = [{"role": "sanctioned", "name": party}]
    else:
        d.line(f"当事人：{party}")
        el["partyName"] = party
        d.line(f"统一社会信用代码：{code}")
        addr = f"{city}南城区商贸路{rng.randint(1, 99)}号"
        d.line(f"住所：{addr}")
        el["partyAddress"] = addr
        parties = [{"role": "sanctioned", "name": party, "creditCode": code}]
        if variant == "bad_code":
            findings.append({"code": "party.credit_code_invalid", "path": "/parties/0/creditCode"})
    f = facts.format(city=city)
    d.line(f"违法事实：{f}")
    el["violationFacts"] = f
    d.line(f"处罚依据：{basis}")
    el["penaltyBasis"] = basis
    fine = rng.randint(2, 50) * 1000
    d.t("处罚决定：处以罚款").a(f"人民币{words(fine)}", fine).t("（").a(f"¥{money(fine)}", fine).t("）。").end()
    el["penalty"] = f"处以罚款人民币{words(fine)}（¥{money(fine)}）。"
    perf = "自收到本决定书之日起15日内缴纳罚款。"
    d.t("履行方式和期限：").d("自收到本决定书之日起15日", "收到本决定书+15日").t("内缴纳罚款。").end()
    el["performance"] = perf
    absent = []
    if variant == "no_remedies":
        absent.append("remedies")
        findings.append({"code": "element.missing", "path": "/content/remedies"})
    else:
        rem = "如不服本决定，可在收到本决定书之日起60日内申请行政复议，或者6个月内提起行政诉讼。"
        d.t("救济途径：如不服本决定，可在").d("收到本决定书之日起60日", "收到本决定书+60日").t("内申请行政复议，或者6个月内提起行政诉讼。").end()
        el["remedies"] = rem
    if variant == "no_number":
        absent.append("decisionNumber")
    form = rng.choice(["han", "cn"])
    sig = sign(d, authority, when, form)
    el["authority"] = authority
    el["decisionDate"] = day_text(when, form)
    # 身份证 variant: the mobile, and the ID, are in the party's line.
    exp = {"item": item, "domain": domain, "elements": el, "absent": absent, "notStated": [],
           "dates": d.dates, "amounts": d.amounts, "parties": parties, "signature": sig,
           "findings": findings}
    desc = {"plain": "A penalty decision (行政处罚法 Art 59): number, party with credit code, facts, basis, the fine in 大写 and figures, performance, remedies, signed by the authority.",
            "person": "A penalty decision on a natural person whose ID number is printed unmasked.",
            "bad_code": "A penalty decision whose party's credit code fails its check character.",
            "no_remedies": "A penalty decision without the remedies (申请行政复议、提起行政诉讼的途径和期限).",
            "no_number": "A penalty decision without a document number under its title."}[variant]
    case(f"penalty-{dom}-{variant.replace('_', '-')}", "penaltyDecision", desc, "行政处罚法（2021）第五十九条", d, title, exp, rng,
         html=html, url=url_for(rng, f"www.yunjiang.gov.cn/xxgk/xzcf", when), fetched=(when + timedelta(days=5)).isoformat())
    # The authority's text names the domain: the title alone does not.
    return d


# 国有产权交易成交公示
def property_deal(rng, html=False):
    city = rng.choice(CITIES)
    seller = city + rng.choice(["国有资产经营有限公司", "城市发展集团有限公司"])
    buyer = company(rng, "投资")
    when = base(rng)
    deal = when - timedelta(days=3)
    price = rng.randint(100, 9000) * 10000
    d = Doc()
    target = company(rng, "物业")
    title = f"{target}100%股权转让项目成交公示"
    d.line(title)
    d.line(f"{city}产权交易中心")
    el = {}
    d.line(f"转让方：{seller}")
    d.line(f"受让方：{buyer}")
    el["transferee"] = buyer
    d.t("成交价格：").a(f"{price // 10000}万元", price).end()
    el["dealPrice"] = f"{price // 10000}万元"
    dt = day_text(deal, "cn")
    d.t("成交日期：").d(dt, deal.isoformat()).end()
    el["dealDate"] = dt
    sig = sign(d, f"{city}产权交易中心", when)
    exp = {"item": "propertyDealResult", "domain": "statePropertyRights", "method": "enterpriseEquityTransfer", "elements": el,
           "absent": [], "notStated": [], "dates": d.dates, "amounts": d.amounts,
           "parties": [{"role": "transferee", "name": buyer}], "signature": sig, "findings": []}
    case("property-deal", "transferResult", "A state-property equity transfer's 成交公示: the transferee, the price in 万元 and the date of the deal.",
         "企业国有资产交易监督管理办法（32号令）", d, title, exp, rng, html=html,
         url=url_for(rng, "www.yjcqjy.com/cjgs", when), fetched=(when + timedelta(days=2)).isoformat())


FULL = str.maketrans("0123456789:()", "０１２３４５６７８９：（）")


# 政府采购：结果公告的更多写法
def gp_result_more(rng, variant, html=False):
    city = rng.choice(CITIES)
    purchaser = city + rng.choice(["农业农村局", "市场监督管理局", "妇幼保健院"])
    agency = company(rng, "招标代理")
    winner = company(rng, "信息技术")
    item = rng.choice(["信息化平台运维服务", "检测设备采购", "宣传印刷服务"])
    number = f"YJ{rng.randint(2022, 2025)}-{rng.randint(100, 999)}"
    amount = rng.randint(10, 500) * 1000 + rng.choice([0, 500])
    signed = base(rng)
    d = Doc()
    el = {}
    findings = []
    absent = []
    method = None
    if variant == "consult":
        title = f"{purchaser}{item}项目竞争性磋商成交结果公告"
        method = "competitiveConsultation"
    else:
        title = f"{purchaser}{item}项目中标（成交）结果公告"
    d.line(title)
    if variant == "prose":
        # No headings: the facts in sentences, as older and county portals write them.
        d.t(f"{purchaser}{item}项目（项目编号：{number}）于").d(day_text(signed - timedelta(days=3), "cn"), (signed - timedelta(days=3)).isoformat()).t("评审结束，现将结果公告如下：").end()
        el["projectNumber"] = number
        d.line(f"中标供应商：{winner}")
        el["winnerName"] = winner
        d.t("中标金额：").a(f"{amount}元", amount).end()
        el["awardAmount"] = f"{amount}元"
        # A length alone (公告期限为1个工作日) counts from no event the notice names: no date.
        d.line("公告期限为1个工作日。")
        absent = ["purchaserAndAgency", "projectName", "winnerAddress", "mainItems", "evaluationExperts", "agencyFee"]
        for k in ["purchaserAndAgency", "projectName", "winnerAddress", "mainItems", "evaluationExperts"]:
            findings.append({"code": "element.missing", "path": f"/content/{k}"})
        findings.append({"code": "notice.headings_missing", "path": ""})
        # "公告期限为1个工作日。" names the period as a label would, with 为.
        el["announcementPeriod"] = "1个工作日。"
        sig = sign(d, purchaser, signed)
        parties = [{"role": "winner", "name": winner}]
    elif variant == "kvtable":
        code = uscc(rng)
        addr = f"{city}经开区{rng.randint(1, 99)}号"
        ex = experts(rng)
        fee = rng.randint(2, 20) * 500
        rows = [["项目编号", number, "项目名称", item],
                ["中标（成交）供应商名称", winner, "统一社会信用代码", code],
                ["中标（成交）供应商地址", addr, "中标（成交）金额", f"¥{money(amount)}"],
                ["评审专家名单", ex, "代理服务费", f"{fee}元"],
                ["公告期限", "1个工作日", "主要标的信息", f"{item}，1项"]]
        d.table(rows)
        d.amounts.append({"text": f"¥{money(amount)}", "yuan": str(amount)})
        d.amounts.append({"text": f"{fee}元", "yuan": str(fee)})
        el.update({"projectNumber": number, "projectName": item, "winnerName": winner,
                   "winnerAddress": addr, "awardAmount": f"¥{money(amount)}",
                   "evaluationExperts": ex, "agencyFee": f"{fee}元", "mainItems": f"{item}，1项",
                   "announcementPeriod": "1个工作日"})
        d.line("采购人信息")
        pl = [f"名称：{purchaser}", f"地址：{city}府前路{rng.randint(1, 99)}号", f"联系方式：0763-{rng.randint(2000000, 3999999)}"]
        for l in pl:
            d.line(l)
        # `采购人信息` alone on a line heads the labels under it, each the purchaser's.
        el["purchaserAndAgency"] = purchaser
        sig = sign(d, purchaser, signed)
        findings.append({"code": "notice.headings_missing", "path": ""})
        parties = [{"role": "winner", "name": winner, "creditCode": code}]
    else:
        # 竞争性磋商 or full-width: the 50号 headings.
        fw = variant == "fullwidth"
        T = (lambda x: x.translate(FULL)) if fw else (lambda x: x)
        d.line(T(f"一、项目编号：{number}"))
        el["projectNumber"] = T(number)
        d.line(T(f"二、项目名称：{item}"))
        el["projectName"] = item
        d.line("三、中标（成交）信息")
        d.line(f"供应商名称：{winner}")
        el["winnerName"] = winner
        addr = f"{city}经开区{rng.randint(1, 99)}号"
        d.line(T(f"供应商地址：{addr}"))
        el["winnerAddress"] = T(addr)
        fig = T(f"{amount}元")
        d.t(T("中标（成交）金额：")).a(fig, amount).end()
        el["awardAmount"] = fig
        d.line("四、主要标的信息")
        mi = f"{item}，服务期一年，按磋商文件要求提供服务。"
        d.line(mi)
        el["mainItems"] = mi
        d.line("五、评审专家（单一来源采购人员）名单：")
        ex = experts(rng)
        d.line(ex)
        el["evaluationExperts"] = ex
        d.line("六、代理服务收费标准及金额：")
        fee = rng.randint(2, 20) * 500
        d.t("收费标准：参照计价格〔2002〕1980号文件；金额：").a(T(f"{fee}元"), fee).end()
        el["agencyFee"] = "收费标准：参照计价格〔2002〕1980号文件；金额：" + T(f"{fee}元")
        d.line("七、公告期限")
        d.d(T("自本公告发布之日起1个工作日"), "本公告发布+1个工作日").t("。").end()
        el["announcementPeriod"] = T("自本公告发布之日起1个工作日") + "。"
        d.line("八、其他补充事宜")
        d.line("无。")
        p, tel, contact, who = contacts(d, rng, purchaser, agency, city)
        el["purchaserAndAgency"] = p
        sig = sign(d, agency, signed)
        parties = [{"role": "winner", "name": winner}]
    exp = {"item": "procurementResult", "domain": "governmentProcurement", "elements": el,
           "absent": absent, "notStated": [], "dates": d.dates, "amounts": d.amounts,
           "parties": parties, "signature": sig, "findings": findings}
    if method:
        exp["method"] = method
    desc = {"consult": "A 竞争性磋商成交结果公告 in the 50号 format: the method named in the title.",
            "fullwidth": "A 50号 result typed with full-width figures, colons and brackets.",
            "prose": "A result in sentences, without the 50号 headings: what no label gives is absent, and the format's headings are missing.",
            "kvtable": "A result laid out as a table of labels and values, as some portals publish it, with the purchaser's details under it."}[variant]
    if html:
        desc += " Served as a portal page."
    case(f"gp-result-{variant}", "result", desc, "财办库〔2020〕50号 附件 中标（成交）结果公告", d, title, exp, rng, html=html,
         url=url_for(rng, "www.ccgp-yunjiang.gov.cn/jggg", signed), fetched=(signed + timedelta(days=4)).isoformat())


# 政府采购：询价、竞争性谈判公告
def gp_announcement_other(rng, method="inquiry"):
    city = rng.choice(CITIES)
    purchaser = city + rng.choice(["机关事务管理局", "第一中学"])
    agency = company(rng, "项目管理")
    item = rng.choice(["复印纸采购", "办公电脑采购"])
    pub = base(rng)
    docs_to = workdays_after(pub, 6)
    deadline = workdays_after(pub, 9)
    word = {"inquiry": "询价", "negotiation": "竞争性谈判"}[method]
    doc_word = {"inquiry": "询价文件", "negotiation": "谈判文件"}[method]
    d = Doc()
    title = f"{purchaser}{item}项目{word}公告"
    d.line(title)
    el = {}
    d.line("一、项目基本情况")
    d.line(f"项目名称：{item}")
    el["projectName"] = item
    b = rng.randint(5, 90)
    d.t("预算金额：").a(f"{b}万元", b * 10000).end()
    el["budgetAmount"] = f"{b}万元"
    req = f"{item.replace('采购', '')}一批。"
    d.line(f"采购需求：{req}")
    el["requirements"] = req
    d.line("二、申请人的资格要求：满足《中华人民共和国政府采购法》第二十二条规定。")
    el["supplierQualifications"] = "满足《中华人民共和国政府采购法》第二十二条规定。"
    d.line(f"三、获取{doc_word}")
    t1 = f"{pub.year}年{pub.month}月{pub.day}日至{docs_to.year}年{docs_to.month}月{docs_to.day}日"
    d.t("时间：").d(t1, f"{pub.isoformat()}/{docs_to.isoformat()}").end()
    d.line("方式：网上下载")
    el["documentsObtaining"] = f"时间：{t1}\n方式：网上下载"
    d.line("四、响应文件提交")
    dl = f"{deadline.year}年{deadline.month}月{deadline.day}日10:00"
    d.t("截止时间：").d(dl, f"{deadline.isoformat()} 10:00").end()
    el["bidDeadlineAndOpening"] = f"截止时间：{dl}"
    d.line("五、公告期限")
    d.d("自本公告发布之日起3个工作日", "本公告发布+3个工作日").t("。").end()
    el["announcementPeriod"] = "自本公告发布之日起3个工作日。"
    d.line("六、其他补充事宜")
    d.line("无。")
    p, tel, contact, who = contacts(d, rng, purchaser, agency, city, "七、凡对本次采购提出询问，请按以下方式联系。")
    el["purchaserAndAgency"] = p
    el["contactPerson"] = contact
    sig = sign(d, agency, pub)
    exp = {"item": "procurementAnnouncement", "domain": "governmentProcurement",
           "method": {"inquiry": "requestForQuotation", "negotiation": "competitiveNegotiation"}[method],
           "elements": el, "absent": ["maximumPrice"], "notStated": [], "dates": d.dates,
           "amounts": d.amounts, "parties": [], "signature": sig, "findings": []}
    case(f"gp-{method}", "announcement", f"A 50号 {word}公告 without a maximum price (absent: optional, no finding).",
         f"财办库〔2020〕50号 附件 {word}公告", d, title, exp, rng,
         url=url_for(rng, "www.ccgp-yunjiang.gov.cn/cggg", pub), fetched=(pub + timedelta(days=1)).isoformat())


# 工程建设：招标公告 (标准施工招标文件)
def cb_announcement(rng, html=False):
    city = rng.choice(CITIES)
    project = f"{city}{rng.choice(['第三中学风雨操场', '城北污水处理厂二期', '滨江公园提升'])}工程"
    tenderer = city + rng.choice(["城市建设投资有限公司", "教育局"])
    agency = company(rng, "工程咨询")
    pub = base(rng)
    docs_to = pub + timedelta(days=7)
    deadline = pub + timedelta(days=24)
    d = Doc()
    title = f"{project}施工招标公告"
    d.line(title)
    el = {}
    d.line("1.招标条件")
    cond = f"本招标项目{project}已由{city}发展和改革局批准建设，招标人为{tenderer}，建设资金来自财政资金。项目已具备招标条件，现对该项目的施工进行公开招标。"
    d.line(cond)
    el["tendererNameAndAddress"] = cond
    d.line("2.项目概况与招标范围")
    loc = f"{city}{rng.choice(['城北', '城南'])}片区"
    d.line(f"建设地点：{loc}")
    el["locationAndSchedule"] = loc
    scale = f"总建筑面积约{rng.randint(2000, 30000)}平方米"
    d.line(f"建设规模：{scale}")
    el["quantity"] = scale
    d.line("计划工期：365日历天")
    scope = "施工图范围内的全部土建及安装工程"
    d.line(f"招标范围：{scope}")
    el["projectNature"] = scope
    el["projectOverview"] = "\n".join([f"建设地点：{loc}", f"建设规模：{scale}", "计划工期：365日历天", f"招标范围：{scope}"])
    d.line("3.投标人资格要求")
    q = "本次招标要求投标人具备建筑工程施工总承包贰级及以上资质，并在人员、设备、资金等方面具有相应的施工能力。本次招标不接受联合体投标。"
    d.line(q)
    el["bidderQualifications"] = q
    d.line("4.招标文件的获取")
    t1 = f"{pub.year}年{pub.month}月{pub.day}日至{docs_to.year}年{docs_to.month}月{docs_to.day}日"
    d.t("凡有意参加投标者，请于").d(t1, f"{pub.isoformat()}/{docs_to.isoformat()}").t(f"，登录{city}公共资源交易网下载招标文件。").end()
    el["documentsObtaining"] = f"凡有意参加投标者，请于{t1}，登录{city}公共资源交易网下载招标文件。"
    d.line("5.投标文件的递交")
    dl = f"{deadline.year}年{deadline.month}月{deadline.day}日9时30分"
    d.t("投标文件递交的截止时间为").d(dl, f"{deadline.isoformat()} 09:30").t(f"，地点为{city}公共资源交易中心。").end()
    el["submissionDeadlineAndMethod"] = f"投标文件递交的截止时间为{dl}，地点为{city}公共资源交易中心。"
    # The submission section states the bid deadline: the element, under no label of its own.
    el["bidDeadline"] = el["submissionDeadlineAndMethod"]
    d.line("6.发布公告的媒介")
    m = f"本次招标公告同时在中国招标投标公共服务平台、{city}公共资源交易网上发布。"
    d.line(m)
    el["electronicPlatform"] = m
    d.line("7.联系方式")
    ci = [f"招标人：{tenderer}", f"招标代理机构：{agency}", f"电话：0763-{rng.randint(2000000, 3999999)}"]
    for l in ci:
        d.line(l)
    el["contactInformation"] = "\n".join(ci)
    sig = sign(d, tenderer, pub)
    # "现对该项目的施工进行公开招标" states the tender's own method.
    exp = {"item": "biddingAnnouncement", "domain": "constructionBidding", "method": "openTendering",
           "elements": el, "absent": [], "notStated": [], "dates": d.dates, "amounts": d.amounts,
           "parties": [], "signature": sig, "findings": []}
    case("cb-announcement", "announcement", "A construction call for tenders in the 标准施工招标文件 format (1 to 7), its facts in labelled lines.",
         "标准施工招标文件（2007年版）第一章 招标公告；发改委令2017年第10号 第五条", d, title, exp, rng, html=html,
         url=url_for(rng, "ggzy.yunjiang.gov.cn/jyxx/zbgg", pub), fetched=(pub + timedelta(days=1)).isoformat())


# 采矿权出让结果公示
def mining_result(rng, html=False):
    city = rng.choice(CITIES)
    bureau = city + "自然资源局"
    when = base(rng)
    end = workdays_after(when, 10)
    mine = f"{city}{rng.choice(['石岭', '龙潭', '青山'])}建筑用砂岩矿"
    holder = company(rng, "矿业")
    price = rng.randint(300, 9000)
    d = Doc()
    title = f"{mine}采矿权挂牌出让结果公示"
    d.line(title)
    el = {}
    d.line(f"矿业权名称：{mine}")
    el["rightName"] = mine
    d.line(f"竞得人：{holder}")
    el["holder"] = holder
    d.t("成交价款：").a(f"{price}万元", price * 10000).end()
    el["dealPrice"] = f"{price}万元"
    d.line("出让方式：挂牌")
    el["transferMethod"] = "挂牌"
    pt = f"{when.year}年{when.month}月{when.day}日至{end.year}年{end.month}月{end.day}日"
    d.t("公示期：").d(pt, f"{when.isoformat()}/{end.isoformat()}").end()
    sig = sign(d, bureau, when)
    exp = {"item": "miningTransferResult", "domain": "miningRights", "method": "listing", "elements": el,
           "absent": [], "notStated": [], "dates": d.dates, "amounts": d.amounts,
           "parties": [{"role": "transferee", "name": holder}], "signature": sig, "findings": []}
    case("mining-result", "transferResult", "A mining right's listing result: the right, its holder (竞得人), the price and the publicity period.",
         "矿业权出让交易规则（自然资规〔2023〕1号）", d, title, exp, rng, html=html,
         url=url_for(rng, "zrzy.yunjiang.gov.cn/kycj", when), fetched=(when + timedelta(days=2)).isoformat())


# 国有建设用地使用权中止出让公告
def land_suspension(rng, html=False):
    city = rng.choice(CITIES)
    bureau = city + "自然资源局"
    first = base(rng)
    when = first + timedelta(days=10)
    d = Doc()
    title = f"{bureau}关于国有建设用地使用权中止出让的公告"
    d.line(title)
    el = {}
    num = f"{city[:2]}自然资告〔{first.year}〕{rng.randint(1, 60)}号"
    ft = day_text(first, "cn")
    d.t(f"原出让公告：").t(f"{num}（").d(ft, first.isoformat()).t("发布）").end()
    el["originalNotice"] = f"{num}（{ft}发布）"
    parcel = f"{city[:2]}{first.year}-{rng.randint(1, 40):02d}号地块"
    d.line(f"中止事项：{parcel}挂牌出让活动中止")
    el["action"] = f"{parcel}挂牌出让活动中止"
    r = "因规划条件调整，经研究决定中止该宗地的挂牌出让活动。"
    d.line(f"中止原因：{r}")
    el["reason"] = r
    d.line("恢复安排：恢复出让时间另行公告。")
    el["resumption"] = "恢复出让时间另行公告。"
    tel = f"0763-{rng.randint(2000000, 3999999)}"
    d.line(f"联系方式：{tel}")
    el["contact"] = tel
    sig = sign(d, bureau, when)
    exp = {"item": "landListingSuspension", "domain": "landUseRights", "elements": el,
           "absent": ["parcels"], "notStated": [], "dates": d.dates, "amounts": d.amounts,
           "parties": [], "signature": sig, "findings": []}
    case("land-suspension", "transferSuspension", "A notice suspending a land listing: the original notice, what stops and why, how it resumes.",
         "国土资源部令第39号；出让活动中止公告", d, title, exp, rng, html=html,
         url=url_for(rng, "zrzy.yunjiang.gov.cn/tdcr", when), fetched=(when + timedelta(days=1)).isoformat())


# 国有资产招租公告
def property_lease(rng, html=False):
    city = rng.choice(CITIES)
    owner = city + rng.choice(["机关事务管理局", "国有资产投资有限公司"])
    when = base(rng)
    reg_to = when + timedelta(days=10)
    rent = rng.randint(2, 40) * 1000
    d = Doc()
    title = f"{owner}临街商铺招租公告"
    d.line(title)
    el = {}
    asset = f"{city}人民路{rng.randint(1, 200)}号临街商铺，建筑面积{rng.randint(40, 300)}平方米"
    d.line(f"一、出租标的：{asset}")
    el["asset"] = asset
    d.line("二、租赁期限：3年")
    el["leaseTerm"] = "3年"
    d.line("三、招租方式：公开竞价，价高者得")
    el["leaseMethod"] = "公开竞价，价高者得"
    d.t("四、租金底价：").a(f"{rent}元", rent).t("/月").end()
    el["rentFloor"] = f"{rent}元/月"
    rt = f"{when.year}年{when.month}月{when.day}日至{reg_to.year}年{reg_to.month}月{reg_to.day}日"
    d.t("五、报名时间：").d(rt, f"{when.isoformat()}/{reg_to.isoformat()}").end()
    el["registration"] = rt
    dep = rent * 3
    d.t("六、保证金：").a(f"{dep}元", dep).end()
    el["deposit"] = f"{dep}元"
    d.line("七、租赁用途：限商业零售，不得经营餐饮。")
    el["permittedUse"] = "限商业零售，不得经营餐饮。"
    tel = f"0763-{rng.randint(2000000, 3999999)}"
    d.line(f"八、联系方式：{tel}")
    el["contact"] = tel
    sig = sign(d, owner, when)
    exp = {"item": "propertyLeaseNotice", "domain": "statePropertyRights", "method": "lease", "elements": el,
           "absent": ["lesseeRequirements"], "notStated": [], "dates": d.dates, "amounts": d.amounts,
           "parties": [], "signature": sig, "findings": []}
    case("property-lease", "leaseNotice", "A state-owned shop's 招租公告: the asset, term, method, reserve rent, registration, deposit and use; no lessee requirements (absent, optional).",
         "财政部关于进一步规范和加强行政事业单位国有资产管理的指导意见（十六）", d, title, exp, rng, html=html,
         url=url_for(rng, "www.yunjiang.gov.cn/zcgl", when), fetched=(when + timedelta(days=1)).isoformat())


# 政府采购：结果公告，文本才见的问题
def gp_result_text_only(rng, variant, html=False):
    city = rng.choice(CITIES)
    purchaser = city + rng.choice(["水利局", "退役军人事务局", "中医院"])
    agency = company(rng, "招标代理")
    winner = company(rng, "环境工程")
    item = rng.choice(["河道保洁服务", "绿化养护服务", "医疗废物处置服务"])
    number = f"YJ{rng.randint(2022, 2025)}-{rng.randint(100, 999)}"
    amount = rng.randint(10, 500) * 1000
    signed = base(rng)
    d = Doc()
    title = f"{purchaser}{item}项目中标（成交）结果公告"
    d.line(title)
    el = {}
    findings = []
    d.line(f"一、项目编号：{number}")
    el["projectNumber"] = number
    d.line(f"二、项目名称：{item}")
    el["projectName"] = item
    d.line("三、中标（成交）信息")
    d.line(f"供应商名称：{winner}")
    el["winnerName"] = winner
    addr = f"{city}工业园{rng.randint(1, 99)}号"
    d.line(f"供应商地址：{addr}")
    el["winnerAddress"] = addr
    d.t("中标（成交）金额：").a(f"{amount}元", amount).end()
    el["awardAmount"] = f"{amount}元"
    d.line("四、主要标的信息")
    mi = f"{item}，服务期一年。"
    d.line(mi)
    el["mainItems"] = mi
    d.line("五、评审专家（单一来源采购人员）名单：")
    ex = experts(rng)
    d.line(ex)
    el["evaluationExperts"] = ex
    d.line("六、代理服务收费标准及金额：")
    fee = rng.randint(2, 20) * 500
    d.t("金额：").a(f"{fee}元", fee).end()
    el["agencyFee"] = f"金额：{fee}元"
    d.line("七、公告期限")
    d.d("自本公告发布之日起1个工作日", "本公告发布+1个工作日").t("。").end()
    el["announcementPeriod"] = "自本公告发布之日起1个工作日。"
    d.line("八、其他补充事宜")
    not_stated = []
    absent = []
    if variant == "words_outside":
        dep = rng.randint(2, 9) * 10000
        d.t("履约保证金为合同金额的5%，即").a(f"人民币{words(dep + 1000)}", dep + 1000).t("（").a(f"¥{money(dep)}", dep).t("）。").end()
        findings.append({"code": "amount.words_mismatch", "path": ""})
    elif variant == "mobile_outside":
        mob = f"139{rng.randint(10000000, 99999999)}"
        d.line(f"如有疑问请联系项目经办人{rng.choice(SURNAMES)}先生，手机{mob}。")
        findings.append({"code": "privacy.mobile_exposed", "path": ""})
    else:
        d.line("无。")
    if variant == "truncated":
        # A copy cut after its eighth heading: no contacts, no 落款.
        not_stated = ["purchaserAndAgency"]
        sig = None
        findings.append({"code": "notice.headings_missing", "path": ""})
    else:
        p, tel, contact, who = contacts(d, rng, purchaser, agency, city)
        el["purchaserAndAgency"] = p
        sig = sign(d, agency, signed, "cn")
    exp = {"item": "procurementResult", "domain": "governmentProcurement", "elements": el,
           "absent": absent, "notStated": not_stated, "dates": d.dates, "amounts": d.amounts,
           "parties": [{"role": "winner", "name": winner}], "signature": sig, "findings": findings}
    desc = {"words_outside": "A result whose 其他补充事宜 gives a deposit in 大写 and figures that disagree: only the text shows it (its path is the notice itself).",
            "mobile_outside": "A result naming an officer's unmasked mobile number in 其他补充事宜, outside any element.",
            "truncated": "A copy of a result cut after its eighth heading: unsigned, so what it lacks is not stated, not absent."}[variant]
    if html:
        desc += " Served as a portal page with broken markup."
    case(f"gp-result-{variant.replace('_', '-')}", "result", desc, "财办库〔2020〕50号 附件 中标（成交）结果公告", d, title, exp, rng,
         html=html, broken=html, url=url_for(rng, "www.ccgp-yunjiang.gov.cn/jggg", signed),
         fetched=(signed + timedelta(days=4)).isoformat())


# 工程建设：澄清（修改）公告、终止招标公告
def cb_change(rng, kind="correction"):
    city = rng.choice(CITIES)
    project = f"{city}{rng.choice(['人民医院门诊楼', '第二小学扩建', '东湖大桥维修'])}工程施工"
    tenderer = city + "城市建设投资有限公司"
    first = base(rng)
    when = first + timedelta(days=6)
    d = Doc()
    el = {}
    number = f"YJJS{first:%Y}-{rng.randint(10, 99)}"
    if kind == "correction":
        title = f"{project}招标变更公告"
        d.line(title)
        d.line(f"原公告：{project}施工招标公告（招标编号：{number}）")
        el["originalNotice"] = f"{project}施工招标公告（招标编号：{number}）"
        d.line("更正事项：投标截止时间及开标时间")
        el["correctionMatters"] = "投标截止时间及开标时间"
        nd = when + timedelta(days=20)
        ndt = f"{nd.year}年{nd.month}月{nd.day}日9时30分"
        d.t("更正内容：投标截止时间及开标时间延期至").d(ndt, f"{nd.isoformat()} 09:30").t("。").end()
        el["correctionContent"] = f"投标截止时间及开标时间延期至{ndt}。"
        absent = []
        item = "biddingCorrection"
        desc = "A construction tender's change notice: the original notice, what changes, the new deadline."
    else:
        title = f"{project}终止招标公告"
        d.line(title)
        d.line(f"原公告：{project}施工招标公告（招标编号：{number}）")
        el["originalNotice"] = f"{project}施工招标公告（招标编号：{number}）"
        r = "因项目建设方案调整，招标人决定终止本次招标。"
        d.line(f"终止原因：{r}")
        el["terminationReason"] = r
        absent = ["refunds"]
        item = "biddingTermination"
        desc = "A construction tender's termination: the original notice and why; nothing on refunds (absent, optional)."
    tel = f"0763-{rng.randint(2000000, 3999999)}"
    d.line(f"联系方式：{tel}")
    el["contact"] = tel
    sig = sign(d, tenderer, when)
    exp = {"item": item, "domain": "constructionBidding", "elements": el, "absent": absent,
           "notStated": [], "dates": d.dates, "amounts": d.amounts, "parties": [], "signature": sig,
           "findings": []}
    case(f"cb-{kind}", kind, desc, "招标投标法实施条例 第二十一条、第三十一条", d, title, exp, rng,
         url=url_for(rng, "ggzy.yunjiang.gov.cn/jyxx/bggg", when), fetched=(when + timedelta(days=1)).isoformat())


# 行政事业单位资产处置公告
def asset_disposal(rng, html=False):
    city = rng.choice(CITIES)
    unit = city + rng.choice(["第一中学", "人民医院", "档案馆"])
    when = base(rng)
    end = workdays_after(when, 5)
    d = Doc()
    title = f"{unit}报废车辆资产处置公告"
    d.line(title)
    el = {}
    a = f"公务用车{rng.randint(2, 6)}辆（账面原值合计{rng.randint(30, 90)}万元）"
    d.t("一、处置资产：公务用车").t(a[4:a.index("（")]).t("（账面原值合计").a(a[a.index("计") + 1:-1], int(a[a.index("计") + 1:-3]) * 10000).t("）").end()
    el["assets"] = a
    d.line("二、处置方式：公开拍卖")
    el["disposalMethod"] = "公开拍卖"
    d.line("三、处置原因：车辆已达报废年限。")
    el["disposalReason"] = "车辆已达报废年限。"
    v = rng.randint(2, 20) * 1000
    d.t("四、评估价：").a(f"{v}元", v).end()
    el["valuation"] = f"{v}元"
    pt = f"{when.year}年{when.month}月{when.day}日至{end.year}年{end.month}月{end.day}日"
    d.t("五、公示期：").d(pt, f"{when.isoformat()}/{end.isoformat()}").end()
    el["publicityPeriod"] = pt
    tel = f"0763-{rng.randint(2000000, 3999999)}"
    d.line(f"六、联系方式：{tel}")
    el["contact"] = tel
    sig = sign(d, unit, when)
    exp = {"item": "publicAssetDisposal", "domain": "statePropertyRights", "elements": el,
           "absent": ["decision", "dealResult"], "notStated": [], "dates": d.dates, "amounts": d.amounts,
           "parties": [], "signature": sig, "findings": []}
    case("asset-disposal", "disposalNotice", "A public institution's disposal of scrapped vehicles: the assets, method, reason, valuation and publicity period.",
         "财政部关于进一步规范和加强行政事业单位国有资产管理的指导意见（十八）", d, title, exp, rng, html=html,
         url=url_for(rng, "www.yunjiang.gov.cn/zcgl", when), fetched=(when + timedelta(days=1)).isoformat())


# 国有建设用地使用权协议出让公示
def land_agreement(rng):
    city = rng.choice(CITIES)
    bureau = city + "自然资源局"
    when = base(rng)
    end = when + timedelta(days=10)
    d = Doc()
    title = f"{city}国有建设用地使用权协议出让公示"
    d.line(title)
    el = {}
    loc = f"{city}经开区{rng.choice(['创业路南侧', '园区大道西侧'])}"
    d.line(f"宗地位置：{loc}")
    el["parcelLocation"] = loc
    area = f"{rng.randint(2000, 20000)}平方米"
    d.line(f"出让面积：{area}")
    el["area"] = area
    d.line("土地用途：工业用地")
    el["landUse"] = "工业用地"
    d.line("出让年限：50年")
    el["termYears"] = "50年"
    p = rng.randint(100, 900)
    d.t("协议出让最低价：").a(f"{p}万元", p * 10000).end()
    el["price"] = f"{p}万元"
    pt = f"{when.year}年{when.month}月{when.day}日至{end.year}年{end.month}月{end.day}日"
    d.t("意向用地申请期限：").d(pt, f"{when.isoformat()}/{end.isoformat()}").end()
    el["applicationPeriod"] = pt
    tel = f"0763-{rng.randint(2000000, 3999999)}"
    d.line(f"联系方式：{tel}")
    el["contact"] = tel
    sig = sign(d, bureau, when)
    exp = {"item": "landAgreementPublicity", "domain": "landUseRights", "method": "agreement",
           "elements": el, "absent": ["planningConditions", "applicationMethod", "competitionRule"],
           "notStated": [], "dates": d.dates, "amounts": d.amounts, "parties": [], "signature": sig, "findings": []}
    case("land-agreement", "agreementPublicity", "A 协议出让公示 calling for intending users: parcel, use, term, minimum price, the application period.",
         "协议出让国有土地使用权规定（国土资源部令第21号）", d, title, exp, rng,
         url=url_for(rng, "zrzy.yunjiang.gov.cn/xycr", when), fetched=(when + timedelta(days=1)).isoformat())


# 行政处罚决定书，以第五十九条各项为标题
def penalty_sections(rng, html=False):
    city = rng.choice(CITIES)
    authority = city + "财政局"
    when = base(rng)
    party = company(rng, "科技")
    code = uscc(rng)
    d = Doc()
    title = f"{authority}行政处罚决定书"
    d.line(title)
    el = {}
    number = f"{city[:1]}财采罚〔{when.year}〕{rng.randint(1, 40)}号"
    d.line(number)
    el["decisionNumber"] = number
    d.line(f"当事人：{party}")
    el["partyName"] = party
    d.line(f"统一社会信用代码：{code}")
    addr = f"{city}高新区{rng.randint(1, 99)}号"
    d.line(f"地址：{addr}")
    el["partyAddress"] = addr
    d.line(f"法定代表人：{rng.choice(SURNAMES)}某某")
    d.line("一、违反法律、法规、规章的事实和证据")
    facts = f"经查，你公司在{city}第二人民医院医疗设备采购项目中提供虚假的业绩证明材料谋取中标。以上事实有投标文件、调查询问笔录等证据证明。"
    d.line(facts)
    el["violationFacts"] = facts
    d.line("二、行政处罚的种类和依据")
    fine = rng.randint(2, 30) * 1000
    l1 = "你公司的上述行为违反了《中华人民共和国政府采购法》第七十七条第一款第（一）项的规定。本机关决定对你公司作出如下行政处罚："
    d.line(l1)
    d.t("1.处以罚款").a(f"{fine}元", fine).t("；").end()
    d.line("2.列入不良行为记录名单，一年内禁止参加政府采购活动。")
    block = "\n".join([l1, f"1.处以罚款{fine}元；", "2.列入不良行为记录名单，一年内禁止参加政府采购活动。"])
    el["penalty"] = block
    el["penaltyBasis"] = block
    d.line("三、行政处罚的履行方式和期限")
    d.t("你公司应当").d("自收到本决定书之日起15日", "收到本决定书+15日").t("内将罚款缴至指定账户。").end()
    el["performance"] = "你公司应当自收到本决定书之日起15日内将罚款缴至指定账户。"
    d.line("四、申请行政复议、提起行政诉讼的途径和期限")
    rem = f"如不服本处罚决定，可在收到本决定书之日起六十日内向{city}人民政府申请行政复议，或者在六个月内向{city}人民法院提起行政诉讼。"
    d.t("如不服本处罚决定，可在").d("收到本决定书之日起六十日", "收到本决定书+60日").t(f"内向{city}人民政府申请行政复议，或者在六个月内向{city}人民法院提起行政诉讼。").end()
    el["remedies"] = rem
    form = rng.choice(["han", "cn"])
    sig = sign(d, authority, when, form)
    el["authority"] = authority
    el["decisionDate"] = day_text(when, form)
    exp = {"item": "procurementPenaltyDecision", "domain": "governmentProcurement", "elements": el,
           "absent": [], "notStated": [], "dates": d.dates, "amounts": d.amounts,
           "parties": [{"role": "sanctioned", "name": party, "creditCode": code}],
           "signature": sig, "findings": []}
    case("penalty-procurement-sections", "penaltyDecision",
         "A penalty decision whose sections are headed with the words of 行政处罚法 Art 59 ¶1 (一 to 四); the second names both the penalty and its basis.",
         "行政处罚法（2021）第五十九条", d, title, exp, rng, html=html,
         url=url_for(rng, "czj.yunjiang.gov.cn/xzcf", when), fetched=(when + timedelta(days=3)).isoformat())


# 国有建设用地使用权挂牌出让公告，地块列为表格
def land_listing_table(rng, html=False):
    city = rng.choice(CITIES)
    bureau = city + "自然资源局"
    when = base(rng)
    start = when + timedelta(days=21)
    end = start + timedelta(days=14)
    d = Doc()
    title = f"{bureau}国有建设用地使用权挂牌出让公告"
    d.line(title)
    d.line(f"经{city}人民政府批准，{bureau}决定以挂牌方式出让1幅国有建设用地使用权。现将有关事项公告如下：")
    d.line("一、挂牌出让地块的基本情况和规划指标要求")
    el = {}
    loc = f"{city}东区{rng.choice(['学府路北侧', '环湖路西侧'])}"
    area = str(rng.randint(5000, 60000))
    price = rng.randint(900, 9000)
    dep = price // 5
    rows = [["宗地编号", "宗地位置", "出让面积（平方米）", "土地用途", "出让年限", "容积率", "起始价（万元）", "竞买保证金（万元）"],
            [f"{city[:2]}{when.year}-{rng.randint(1, 40):02d}", loc, area, "商务金融用地", "40年", "≤3.0", str(price), str(dep)]]
    d.table(rows)
    d.amounts.append({"text": str(price), "yuan": str(price * 10000)})
    d.amounts.append({"text": str(dep), "yuan": str(dep * 10000)})
    el.update({"parcelLocation": loc, "area": area, "landUse": "商务金融用地", "termYears": "40年",
               "planningConditions": "≤3.0", "startingPrice": str(price)})
    req = "中华人民共和国境内外的法人和其他组织均可申请参加，申请人应当单独申请。"
    d.line(f"二、竞买人资格：{req}")
    el["bidderRequirements"] = req
    d.line("三、出让方式：挂牌")
    el["transferMethod"] = "挂牌"
    lt = f"{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日"
    d.t("四、挂牌时间：").d(lt, f"{start.isoformat()}/{end.isoformat()}").end()
    el["timeAndPlace"] = lt
    sig = sign(d, bureau, when)
    exp = {"item": "landTransferAnnouncement", "domain": "landUseRights", "method": "listing",
           "elements": el, "absent": [], "notStated": [], "dates": d.dates, "amounts": d.amounts,
           "parties": [], "signature": sig, "findings": []}
    case("land-listing-table", "transferAnnouncement",
         "A land listing whose parcel is a table row, prices as bare figures under headers in 万元.",
         "国土资源部令第39号；国有建设用地使用权挂牌出让公告示范文本", d, title, exp, rng, html=html,
         url=url_for(rng, "zrzy.yunjiang.gov.cn/tdcr", when), fetched=(when + timedelta(days=2)).isoformat())


# 企业国有产权转让公告、成交公告
def property_project(rng, html=False):
    city = rng.choice(CITIES)
    seller = city + "国有资本投资运营有限公司"
    target = company(rng, "物流")
    when = base(rng)
    end = workdays_after(when, 20)
    price = rng.randint(500, 9000)
    d = Doc()
    title = f"{target}40%股权转让项目公告"
    d.line(title)
    el = {}
    d.line(f"标的企业名称：{target}")
    el["targetEnterprise"] = target
    d.line(f"转让方名称：{seller}")
    el["transferor"] = seller
    d.line("拟转让股权比例：40%")
    el["transferredShare"] = "40%"
    d.t("转让底价：").a(f"{price}万元", price * 10000).end()
    el["reservePrice"] = f"{price}万元"
    r = "意向受让方应为依法设立并有效存续的企业法人，具有良好的财务状况和支付能力。"
    d.line(f"受让方资格条件：{r}")
    el["transfereeRequirements"] = r
    pt = f"{when.year}年{when.month}月{when.day}日至{end.year}年{end.month}月{end.day}日"
    d.t("信息披露期：").d(pt, f"{when.isoformat()}/{end.isoformat()}").end()
    el["disclosurePeriod"] = pt
    sig = sign(d, f"{city}产权交易中心", when)
    exp = {"item": "propertyTransactionProject", "domain": "statePropertyRights", "method": "enterpriseEquityTransfer", "elements": el,
           "absent": ["enterpriseProfile", "shareholdingStructure", "capitalIncreaseDecision"],
           "notStated": [], "dates": d.dates, "amounts": d.amounts, "parties": [], "signature": sig,
           "findings": []}
    case("property-project", "transferAnnouncement",
         "A state-owned equity transfer's announcement at an exchange: the target, the transferor, the share, the reserve price, the transferee's conditions, the disclosure period.",
         "企业国有资产交易监督管理办法（32号令）第十三条", d, title, exp, rng, html=html,
         url=url_for(rng, "www.yjcqjy.com/cqzr", when), fetched=(when + timedelta(days=2)).isoformat())


def property_deal_announcement(rng):
    city = rng.choice(CITIES)
    buyer = company(rng, "投资")
    target = company(rng, "酒店管理")
    when = base(rng)
    price = rng.randint(100, 9000)
    d = Doc()
    title = f"{target}100%股权转让项目成交公告"
    d.line(title)
    el = {}
    d.line(f"受让方名称：{buyer}")
    el["transferee"] = buyer
    d.t("成交价格：").a(f"{price}万元", price * 10000).end()
    el["dealPrice"] = f"{price}万元"
    sig = sign(d, f"{city}产权交易中心", when)
    exp = {"item": "propertyDealResult", "domain": "statePropertyRights", "method": "enterpriseEquityTransfer", "elements": el,
           "absent": ["dealDate"], "notStated": [], "dates": d.dates, "amounts": d.amounts,
           "parties": [{"role": "transferee", "name": buyer}], "signature": sig, "findings": []}
    case("property-deal-announcement", "transferResult",
         "An equity transfer's 成交公告 (not a procurement result): the transferee and the price, no date of the deal (absent, optional).",
         "企业国有资产交易监督管理办法（32号令）", d, title, exp, rng,
         url=url_for(rng, "www.yjcqjy.com/cjgg", when), fetched=(when + timedelta(days=2)).isoformat())

# ---------------------------------------------------------------------------------------------
def write_all():
    os.makedirs(OUT, exist_ok=True)
    # Only the generated cases (001–100) and their answers: the hand-written ones (201 on) stay.
    for f in os.listdir(OUT):
        if f[:3].isdigit() and int(f[:3]) <= 100 and not f.endswith(".report.json"):
            os.remove(os.path.join(OUT, f))
    for n, c in enumerate(CASES, 1):
        stem = f"{n:03d}-{c['slug']}"
        rng = c["rng"]
        if c["html"]:
            text = c["doc"].html(rng, c["title"], published=c["published"], broken=c["broken"])
            ext = "html"
            exp = c["expected"]
            # In a page, a table's rows are tab-separated lines and its words are shown as such.
            if "mainItems" in exp["elements"]:
                pass
        else:
            text = c["doc"].text(c["table_style"])
            ext = "txt"
        exp = dict(c["expected"])
        exp["dates"] = [x for x in exp["dates"] if x]
        exp["amounts"] = [x for x in exp["amounts"] if x]
        # A table's rows as the reader shows them: cells separated as written.
        sep = "\t" if (c["html"] or c["table_style"] == "tab") else (" | " if c["table_style"] == "bar" else "  ")
        els = {}
        for k, v in exp["elements"].items():
            els[k] = v
        for kind, rows in c["doc"].lines:
            if kind != "table":
                continue
            joined = "\n".join(" ".join(r) for r in rows)
            for k, v in els.items():
                if v == joined:
                    if c["html"] or c["table_style"] == "tab":
                        els[k] = "\n".join("\t".join(r) for r in rows)
                    elif c["table_style"] == "bar":
                        els[k] = "\n".join("| " + " | ".join(r) + " |" for r in rows)
                    else:
                        els[k] = "\n".join("  ".join(r) for r in rows)
        exp["elements"] = els
        meta = {"description": c["description"], "format": c["format"]}
        if c["url"]:
            meta["url"] = c["url"]
        if c["fetched"]:
            meta["fetchedOn"] = c["fetched"]
        meta["expected"] = exp
        with open(os.path.join(OUT, f"{stem}.{ext}"), "w") as f:
            f.write(text)
        with open(os.path.join(OUT, f"{stem}.expected.json"), "w") as f:
            f.write(json.dumps(meta, ensure_ascii=False, indent=2) + "\n")
    print(f"{len(CASES)} cases in {OUT}")


def main():
    rng = random.Random(19)
    for v in ["plain", "ascii", "mismatch", "table", "attachment", "no_experts", "mobile", "handate"]:
        gp_result(0, random.Random(rng.random()), variant=v)
    for v in ["plain", "table", "mobile"]:
        gp_result(0, random.Random(rng.random()), html=True, variant=v)
    gp_result(0, random.Random(rng.random()), html=True, broken=True, variant="mismatch")
    R = lambda: random.Random(rng.random())
    for v in ["open", "consult", "open_mismatch", "consult_mismatch"]:
        gp_announcement(R(), v)
    gp_announcement(R(), "open", html=True)
    gp_announcement(R(), "consult", html=True, broken=True)
    gp_correction(R())
    gp_correction(R(), html=True)
    gp_termination(R())
    gp_termination(R(), "no_reason")
    gp_intention(R())
    gp_intention(R(), html=True)
    gp_single_source(R())
    gp_single_source(R(), html=True)
    for v in ["labels", "table", "partial"]:
        cb_candidates(R(), v)
    cb_candidates(R(), "table", html=True)
    cb_candidates(R(), "labels", html=True, broken=True)
    cb_award(R())
    cb_award(R(), html=True)
    land_listing(R())
    land_listing(R(), html=True)
    land_deal(R())
    land_deal(R(), html=True)
    mining_listing(R())
    mining_listing(R(), html=True)
    for dom in PENALTY_DOMAINS:
        for v in ["plain", "person", "bad_code", "no_remedies", "no_number"]:
            if dom in ("bidding", "land") and v == "no_number":
                continue
            penalty(R(), dom, v)
    penalty(R(), "procurement", "plain", html=True)
    property_deal(R())
    property_deal(R(), html=True)
    for v in ["consult", "fullwidth", "prose"]:
        gp_result_more(R(), v)
    gp_result_more(R(), "kvtable", html=True)
    gp_result_more(R(), "consult", html=True)
    gp_announcement_other(R(), "inquiry")
    gp_announcement_other(R(), "negotiation")
    cb_announcement(R())
    cb_announcement(R(), html=True)
    mining_result(R())
    mining_result(R(), html=True)
    land_suspension(R())
    land_suspension(R(), html=True)
    property_lease(R())
    property_lease(R(), html=True)
    for v in ["words_outside", "mobile_outside", "truncated"]:
        gp_result_text_only(R(), v)
    gp_result_text_only(R(), "words_outside", html=True)
    gp_result_text_only(R(), "mobile_outside", html=True)
    cb_change(R(), "correction")
    cb_change(R(), "termination")
    asset_disposal(R())
    asset_disposal(R(), html=True)
    land_agreement(R())
    penalty(R(), "bidding", "plain", html=True)
    penalty(R(), "land", "person", html=True)
    penalty(R(), "procurement", "bad_code", html=True)
    gp_result(0, R(), html=True, broken=True, variant="handate")
    gp_result(0, R(), html=True, variant="no_experts")
    gp_announcement(R(), "open_mismatch", html=True, broken=True)
    land_listing_table(R())
    cb_candidates(R(), "partial", html=True)
    land_listing_table(R(), html=True)
    land_deal(R(), yi=True)
    penalty_sections(R())
    penalty_sections(R(), html=True)
    property_project(R())
    property_project(R(), html=True)
    property_deal_announcement(R())
    write_all()


if __name__ == "__main__":
    main()
