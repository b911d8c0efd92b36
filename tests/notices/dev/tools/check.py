#!/usr/bin/env python3
"""Checks the held-out cases: each expected.json parses and names only items, domains, methods,
element keys, roles and finding codes the model has; every element value, date text and amount
text occurs verbatim in the notice's text (HTML: tags removed, entities decoded), dates and
amounts in the order given; every credit code and ID number printed validates. Also lists the
date-like and amount-like strings of the text that no expected date or amount covers.

  python3 tests/notices/heldout/tools/check.py            (from the worktree root)
"""
import html
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import ids  # noqa: E402

HERE = Path(__file__).resolve().parent.parent
ROOT = HERE.parent.parent.parent

MATTER_DOMAIN = {
    "HousingConstruction": "housing", "HousingAllocation": "housing",
    "LandUseRights": "landUseRights", "MiningRights": "miningRights",
    "GovernmentProcurement": "governmentProcurement",
    "StatePropertyRights": "statePropertyRights", "ConstructionBidding": "constructionBidding",
}
METHODS = {"openTendering", "invitedTendering", "competitiveNegotiation",
           "competitiveConsultation", "requestForQuotation", "singleSource",
           "frameworkAgreement", "tendering", "auction", "listing", "agreement",
           "enterpriseEquityTransfer", "enterpriseCapitalIncrease", "enterpriseAssetTransfer",
           "publicSectorAssetDisposal", "lease", "other"}
ROLES = {"bidder", "candidate", "winner", "supplier", "allottee", "transferee", "sanctioned"}


def items():
    src = (ROOT / "core/src/model/item.rs").read_text()
    body = src[src.index("items! {"):]
    out = {}
    for m in re.finditer(r'(\w+) = "(\w+)", (\w+),\s*"[^"]*", "[^"]*", \w+,\s*\[(.*?)\];', body, re.S):
        els = re.findall(r'(req|opt) "(\w+)"', m.group(4))
        out[m.group(2)] = (MATTER_DOMAIN[m.group(3)], {k: r == "req" for r, k in els})
    return out


def codes():
    md = (ROOT / "docs/rules.md").read_text()
    sec = md[md.index("## Finding codes"):]
    return set(re.findall(r"^\| `([a-z_.]+)` \|", sec, re.M))


BLOCK = r"(?:p|div|br|tr|table|tbody|thead|li|ul|ol|h[1-6]|title|head|body|html|section|article|header|footer|nav|hr)"


def html_text(raw: str) -> str:
    t = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", "\n", raw)
    t = re.sub(r"(?s)<!--.*?-->", "", t)
    t = re.sub(r"(?i)</?" + BLOCK + r"\b[^>]*>", "\n", t)
    t = re.sub(r"(?i)</?(td|th)\b[^>]*>", " ", t)
    t = re.sub(r"(?s)<[^>]+>", "", t)
    return html.unescape(t)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


DATE_PATTERNS = [
    r"[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*日)?",
    r"(?<![0-9A-Za-z\-])20\d{2}-\d{1,2}-\d{1,2}",
    r"(?<![0-9.])20\d{2}\.\d{1,2}\.\d{1,2}",
    r"(?<![0-9/])20\d{2}/\d{1,2}/\d{1,2}",
    r"[〇○零一二][〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?",
    r"之日起[0-9０-９]+\s*个?(?:工作日|日|天|月|年)",
]
AMOUNT_PATTERNS = [
    r"[¥￥][\s0-9０-９,，.．]+",
    r"[0-9０-９][0-9０-９,，.．]*\s*(?:万元|元)",
    r"[壹贰叁肆伍陆柒捌玖拾佰仟万亿零]{2,}[元圆]",
]


def covered(text, spans, pats):
    miss = []
    for p in pats:
        for m in re.finditer(p, text):
            if not any(a <= m.start() < b for a, b in spans):
                miss.append(m.group(0))
    return miss


def main():
    it = items()
    known_codes = codes()
    problems, notes = [], []
    cases = sorted(HERE.glob("*.expected.json"))
    for ej in cases:
        stem = ej.name[: -len(".expected.json")]
        where = stem
        try:
            case = json.loads(ej.read_text())
        except Exception as e:  # noqa: BLE001
            problems.append(f"{where}: JSON does not parse: {e}")
            continue
        files = [p for p in (HERE / f"{stem}.txt", HERE / f"{stem}.html") if p.exists()]
        if len(files) != 1:
            problems.append(f"{where}: {len(files)} notice files")
            continue
        raw = files[0].read_text()
        text = html_text(raw) if files[0].suffix == ".html" else raw
        nt = norm(text)
        exp = case["expected"]
        for k in ("description", "format"):
            if not case.get(k):
                problems.append(f"{where}: no {k}")
        item = exp["item"]
        if item not in it:
            problems.append(f"{where}: unknown item {item}")
            continue
        dom, els = it[item]
        if exp["domain"] != dom:
            problems.append(f"{where}: domain {exp['domain']} but {item} is {dom}")
        if exp.get("method") is not None and exp["method"] not in METHODS:
            problems.append(f"{where}: unknown method {exp['method']}")
        for k, v in exp["elements"].items():
            if k not in els:
                problems.append(f"{where}: element {k} not an element of {item}")
            if norm(v) not in nt:
                problems.append(f"{where}: element {k} value not in text: {v[:60]!r}")
        for lst in ("absent", "notStated"):
            for k in exp.get(lst, []):
                if k not in els:
                    problems.append(f"{where}: {lst} {k} not an element of {item}")
                if k in exp["elements"]:
                    problems.append(f"{where}: {k} both given and {lst}")
        if set(exp.get("absent", [])) & set(exp.get("notStated", [])):
            problems.append(f"{where}: absent and notStated overlap")
        paths = {f["path"] for f in exp["findings"] if f["code"] == "element.missing"}
        for k, req in els.items():
            if req and k not in exp["elements"] and k not in exp.get("notStated", []):
                if f"/content/{k}" not in paths and k not in exp.get("absent", []):
                    notes.append(f"{where}: required {k} neither given, notStated nor a finding")
        if exp["signature"] is not None:
            for k in els:
                if k not in exp["elements"] and k not in exp.get("absent", []) and k not in exp.get("notStated", []):
                    notes.append(f"{where}: signed, but {k} neither given, absent nor notStated")
        for p in paths:
            k = p.rsplit("/", 1)[1]
            if k not in exp.get("absent", []):
                problems.append(f"{where}: element.missing {k} but not in absent")
        spans = []
        for lst, pats in (("dates", DATE_PATTERNS), ("amounts", AMOUNT_PATTERNS)):
            pos = 0
            for d in exp[lst]:
                t = norm(d["text"])
                i = nt.find(t, pos)
                if i < 0:
                    j = nt.find(t)
                    problems.append(f"{where}: {lst} text {t!r} " + ("out of order" if j >= 0 else "not in text"))
                    continue
                pos = i + len(t)
                spans.append((i, i + len(t)))
                if lst == "dates":
                    v = d["value"]
                    okv = all(re.fullmatch(r"\d{4}(-\d{2}(-\d{2}( \d{2}:\d{2})?)?)?|[^/+]+\+\d+(个工作日|日|个月|年)", part)
                              for part in v.split("/"))
                    if not okv:
                        problems.append(f"{where}: date value {v!r} malformed")
                else:
                    if not re.fullmatch(r"\d+(\.\d+)?", d["yuan"]):
                        problems.append(f"{where}: yuan {d['yuan']!r} malformed")
        for m in covered(nt, spans, DATE_PATTERNS):
            notes.append(f"{where}: date-like text not among dates: {m!r}")
        for m in covered(nt, spans, AMOUNT_PATTERNS):
            notes.append(f"{where}: amount-like text not among amounts: {m!r}")
        for p in exp["parties"]:
            if p["role"] not in ROLES:
                problems.append(f"{where}: unknown role {p['role']}")
            if norm(p["name"]) not in nt:
                problems.append(f"{where}: party {p['name']} not in text")
            cc = p.get("creditCode")
            if cc and (cc not in nt or not ids.uscc_valid(cc)):
                problems.append(f"{where}: credit code {cc} not in text or invalid")
        for m in re.finditer(r"(?<![0-9A-Z])[0-9][0-9A-HJ-NP-RTUWXY]{17}(?![0-9A-Z])", nt):
            c = m.group(0)
            if c.isdigit() or c[:17].isdigit() and c[17] == "X":
                if re.fullmatch(r"\d{6}(19|20)\d{2}(0[1-9]|1[0-2])\d{5}[\dX]", c):
                    if not ids.id_valid(c):
                        problems.append(f"{where}: ID number {c} invalid")
                    continue
            if not ids.uscc_valid(c):
                problems.append(f"{where}: credit code {c} invalid")
        sig = exp["signature"]
        if sig is not None:
            if sig.get("body") and norm(sig["body"]) not in nt:
                problems.append(f"{where}: signature body not in text")
            if sig.get("date") and sig["date"] not in [d["value"] for d in exp["dates"]]:
                problems.append(f"{where}: signature date {sig['date']} not among dates")
        for f in exp["findings"]:
            if f["code"] not in known_codes:
                problems.append(f"{where}: unknown finding code {f['code']}")
    print(f"{len(cases)} cases checked")
    for n in notes:
        print("note:", n)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems, {len(notes)} notes")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
