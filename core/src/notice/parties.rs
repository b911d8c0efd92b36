//! The parties a notice names — winners, candidates, transferees, suppliers, sanctioned parties
//! — with their role and, where printed, their 统一社会信用代码 (unified social credit code): from
//! the elements the headings and labels give (`中标（成交）供应商名称：…`, `第一中标候选人：…`,
//! `竞得人：…`, `当事人：…`) and from the rows of a table whose columns name them.
//!
//! A name is the value up to the first bracket, comma or semicolon (`云江路桥有限公司（联合体牵头人）`
//! is `云江路桥有限公司`); a credit code is read after `统一社会信用代码` in the name's value or on the
//! labels that follow it, and is given as printed: whether it validates is the engine's
//! judgement (`party.credit_code_invalid`).
//!
//! # Example
//! ```
//! use gongkai::{ItemKind, PartyRole};
//! use gongkai::notice::parties;
//! let text = "当事人：云江恒达贸易有限公司\n统一社会信用代码：91445300MA4UQ8H35W\n住所：云江市南城区\n";
//! let found = parties(text, Some(ItemKind::ProcurementPenaltyDecision));
//! assert_eq!(found[0].role, PartyRole::Sanctioned);
//! assert_eq!(found[0].name.of(text), Some("云江恒达贸易有限公司"));
//! assert_eq!(found[0].credit_code.and_then(|c| c.of(text)), Some("91445300MA4UQ8H35W"));
//! ```

use std::borrow::Cow;

use super::elements::{FoundElement, element_values, elements_in, national, with_tables_noting};
use super::headings::{Heading, Numbering, headings};
use super::labels::normal;
use super::span::Span;
use super::tables::{Table, tables};
use super::text::{ends_with_any, holds, holds_any, joined_words, starts_with_any};
use crate::model::item::ItemKind;
use crate::model::record::PartyRole;

/// A party a notice names.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FoundParty {
    /// Its role.
    pub role: PartyRole,
    /// Its name.
    pub name: Span,
    /// Its 统一社会信用代码, as printed.
    pub credit_code: Option<Span>,
    /// The label, heading or column header that names its role.
    pub label: Span,
}

/// The role of the party an element names, in `item`.
fn role_of(key: &str, item: Option<ItemKind>) -> Option<PartyRole> {
    use ItemKind as I;
    Some(match key {
        "winnerName" | "winner" => PartyRole::Winner,
        "candidates" => PartyRole::Candidate,
        "transferee" | "holder" | "landUser" => match item {
            Some(I::MiningRightHolderInformation) => return None,
            _ => PartyRole::Transferee,
        },
        "partyName" | "enterpriseName" | "inspectedParty" => PartyRole::Sanctioned,
        // A single-source publicity's proposed supplier (拟定供应商) takes part in the
        // procurement and holds no contract yet (政府采购法实施条例 Art 38 publishes the 唯一供应商
        // 名称 before the purchase): a supplier taking part, not a contract's.
        "proposedSupplier" => PartyRole::Bidder,
        "supplier" => PartyRole::Supplier,
        // A complaint's complainant took part: a supplier in the purchase (政府采购质疑和投诉
        // 办法 Arts 11 and 17), a bidder or another party concerned in a tender (招标投标法实施
        // 条例 Art 60).
        "complainant" => PartyRole::Bidder,
        // A household an allocation names by a label (`配售对象：周*明（…）`).
        "allotteeList" => PartyRole::Allottee,
        _ => return None,
    })
}

/// The parties `text` names, the item's elements read with the national label table.
pub fn parties(text: &str, item: Option<ItemKind>) -> Vec<FoundParty> {
    let tabs = tables(text);
    let mut paired = Vec::new();
    let hs = with_tables_noting(text, headings(text), &tabs, national(), &mut paired);
    let found = elements_in(text, &hs, national(), item, &[]);
    parties_from(text, item, &found, &tabs, &paired, &hs)
}

/// The parties `text` names, from elements and tables already read; `paired` tells for each
/// table whether it lays out labels and their values by the national table (what
/// [`with_tables_noting`] notes), when known.
pub(crate) fn parties_from(
    text: &str,
    item: Option<ItemKind>,
    found: &[FoundElement],
    tables: &[Table],
    paired: &[bool],
    labels: &[Heading],
) -> Vec<FoundParty> {
    let mut out: Vec<FoundParty> = Vec::new();
    // The sections of the people, figures and qualifications of the parties (`三、项目负责人`
    // listing `第一中标候选人：张伟明…`): a party's label there names whose they are, not a party.
    let about_parties: Vec<Span> = found
        .iter()
        .filter(|e| {
            e.numbering != Numbering::Unnumbered
                && matches!(
                    e.key.as_ref(),
                    "projectManager" | "bidDetails" | "qualificationResponse"
                )
        })
        .filter_map(|e| e.value)
        .collect();
    // The attachments' section (`十、附件` over `2.中标供应商投标分项报价表`): its lines are the
    // files' names, and a name there that holds a party's label names a form, not a party.
    let attached = labels
        .iter()
        .position(|h| {
            h.numbering.level() == 1
                && h.label
                    .of(text)
                    .is_some_and(|l| l.trim_end_matches(['：', ':']).ends_with("附件"))
        })
        .map(|i| Span {
            start: labels[i].label.start,
            end: labels[i + 1..]
                .iter()
                .find(|h| h.numbering.level() == 1)
                .map_or(text.len(), |h| h.label.start),
        });
    let complaint = matches!(
        item,
        Some(ItemKind::ProcurementComplaintDecision | ItemKind::BiddingComplaintDecision)
    );
    for e in found {
        if attached.is_some_and(|a| a.contains(e.label)) {
            continue;
        }
        // A contract's parties under one element: the one its label calls the contractor
        // (`承包人：…`, `乙方：…`) is the supplier the contract is awarded to.
        let contractor = || {
            (e.key == "contractParties"
                && e.label.of(text).is_some_and(|l| {
                    holds_any(l, joined_words!(&["承包人", "乙方", "中标人", "供应商"]))
                }))
            .then_some(PartyRole::Supplier)
        };
        let Some(role) = role_of(&e.key, item).or_else(contractor) else {
            continue;
        };
        if about_parties.iter().any(|s| s.contains(e.label)) {
            continue;
        }
        let Some(value) = e.value else { continue };
        // An allocation's households as numbered lines: each line's name.
        if role == PartyRole::Allottee {
            let names = households(text, value);
            let listed = !names.is_empty();
            for name in names {
                push(
                    &mut out,
                    FoundParty {
                        role,
                        name,
                        credit_code: None,
                        label: e.label,
                    },
                    text,
                );
            }
            // The households are the value's names; its first words name none.
            if listed {
                continue;
            }
        }
        let Some(name) = name_in(text, value) else {
            continue;
        };
        // The credit code: in the value, or on a label after it before the next party.
        // A complaint decision's other parties (`被投诉人：…`, `相关供应商：…`, `第一中标候选人：
        // …`) are labels of no party element: the complainant's code is not under them.
        let code = code_in(text, value).or_else(|| {
            code_under(text, labels, e.label, |h, l| {
                found
                    .iter()
                    .any(|f| f.label == h.label && role_of(&f.key, item).is_some())
                    || complaint
                        && holds_any(l, joined_words!(&["被投诉人", "相关供应商", "候选人"]))
            })
        });
        push(
            &mut out,
            FoundParty {
                role,
                name,
                credit_code: code,
                label: e.label,
            },
            text,
        );
    }
    // The evaluation's section (`二、评标情况` over every bidder's scores): a column headed by
    // bidders in general (`投标人名称`) lists every bidder, not the candidates or winners: those
    // it names that no other role does are bidders. Only a header that names the role
    // (`中标候选人`) names candidates there.
    let evaluation: Vec<Span> = element_values(found, "evaluationSummary");
    let mut scored_bidders = Vec::new();
    for (k, t) in tables.iter().enumerate() {
        let scored = evaluation.iter().any(|s| s.contains(t.span()));
        for p in table_parties(text, item, t, paired.get(k).copied()) {
            if scored && !names_a_role(&normal(p.label.of(text).unwrap_or(""))) {
                scored_bidders.push(FoundParty {
                    role: PartyRole::Bidder,
                    ..p
                });
                continue;
            }
            push(&mut out, p, text);
        }
    }
    for p in scored_bidders {
        if !out.iter().any(|q| q.name.of(text) == p.name.of(text)) {
            push(&mut out, p, text);
        }
    }
    // Parties named in a sentence (`第一中标候选人为某公司，投标报价…`, `确定某公司为中标人`),
    // also where a rank read as a label named the first of them (`第一中标候选人` `为…`).
    let ranked_only = out.iter().all(|p| {
        p.label
            .of(text)
            .is_some_and(|l| l.starts_with('第') && l.contains("候选人"))
    });
    if ranked_only {
        for p in sentence_parties(text, item) {
            push(&mut out, p, text);
        }
    }
    // The winner's credit code given apart from its name (`其他补充事宜：中标供应商统一社会信用
    // 代码：…`, where the 50号 format has no place for it): the code of the one winner without
    // one.
    // So is a contract's or an acceptance's supplier's (`乙方统一社会信用代码：…`); and the one
    // code of a notice that names one party, wherever it stands.
    let one_party = out.len() == 1;
    let alone = || one_party && text.matches("信用代码").count() == 1;
    if let [party] = &mut out
        .iter_mut()
        .filter(|p| {
            matches!(p.role, PartyRole::Winner | PartyRole::Supplier) && p.credit_code.is_none()
        })
        .collect::<Vec<_>>()[..]
    {
        party.credit_code = winner_code(text).or_else(|| {
            let at = text.find("信用代码").filter(|_| alone())?;
            let line_end = text[at..].find('\n').map_or(text.len(), |e| at + e);
            code_in(
                text,
                Span {
                    start: at,
                    end: line_end,
                },
            )
        });
    }
    // Several winners whose codes one line gives in their order (`统一社会信用代码依次为：A、B、C`,
    // `统一社会信用代码：包1 A；包2 B`): as many codes, none another party's.
    let codeless: Vec<usize> = (0..out.len())
        .filter(|&i| out[i].role == PartyRole::Winner && out[i].credit_code.is_none())
        .collect();
    if codeless.len() >= 2 {
        let held: Vec<&str> = out
            .iter()
            .filter_map(|p| p.credit_code.and_then(|c| c.of(text)))
            .collect();
        let listed = text.match_indices("信用代码").find_map(|(at, _)| {
            let line_end = text[at..].find('\n').map_or(text.len(), |e| at + e);
            // Those not already given (the first, read after its label) go to the rest.
            let codes: Vec<Span> = codes_in(
                text,
                Span {
                    start: at,
                    end: line_end,
                },
            )
            .into_iter()
            .filter(|c| c.of(text).is_some_and(|c| !held.contains(&c)))
            .collect();
            (codes.len() == codeless.len()).then_some(codes)
        });
        if let Some(codes) = listed {
            for (i, code) in codeless.into_iter().zip(codes) {
                out[i].credit_code = Some(code);
            }
        }
    }
    // A supplier the item has no element for (an acceptance's `服务供应商：…`) is named all the
    // same.
    // Only where the supplier is the other party of what the notice reports, not one a
    // complaint or a record merely mentions.
    if item == Some(ItemKind::ProcurementAcceptance) {
        for h in labels {
            let Some(label) = h.label.of(text) else {
                continue;
            };
            let label = super::labels::normal(label);
            // Without the side of the contract it names (`供应商（乙方）`).
            let label = match label
                .strip_suffix(')')
                .and_then(|l| l.rfind('(').map(|i| &l[..i]))
            {
                Some(bare) => bare,
                None => &label,
            };
            if !(label.ends_with("供应商") || label == "供应商名称") {
                continue;
            }
            if let Some(name) = h.value.and_then(|v| name_in(text, v)) {
                // In the value, or on a label of its own under it (`统一社会信用代码：…` after
                // its address and phone), before the next side's.
                let after = code_under(text, labels, h.label, |_, l| {
                    holds_any(l, joined_words!(&["供应商", "采购人", "甲方", "乙方"]))
                });
                let party = FoundParty {
                    role: PartyRole::Supplier,
                    name,
                    credit_code: h.value.and_then(|v| code_in(text, v)).or(after),
                    label: h.label,
                };
                push(&mut out, party, text);
            }
        }
    }
    // A complaint decision names, besides its complainant, the party the complaint is about
    // on a label of its own: a tender's ranked candidate (`第一中标候选人：…`) or winner, or a
    // purchase's 与投诉事项有关的供应商 (`相关供应商：…`; 政府采购质疑和投诉办法 Art 18), the
    // winner where the decision calls it so — in its label's or its name's bracket
    // (`相关供应商（中标供应商）`, `某公司（成交供应商）`) or by name elsewhere (`中标供应商为某
    // 公司`). A supplier the decision does not call so is no party it can be sure of.
    if complaint {
        const WINNING: &str = joined_words!(&["中标供应商", "成交供应商"]);
        for h in labels {
            let Some(label) = h.label.of(text) else {
                continue;
            };
            let Some(name) = h.value.and_then(|v| name_in(text, v)) else {
                continue;
            };
            let Some(n) = name.of(text) else { continue };
            let role = match label {
                "第一中标候选人" | "中标候选人" => PartyRole::Candidate,
                "中标人" | "中标供应商" | "成交供应商" => PartyRole::Winner,
                l if l.starts_with("相关供应商") => {
                    let after = &text[name.end..h.value.map_or(name.end, |v| v.end)];
                    let called = holds_any(l, WINNING)
                        || after.starts_with(['（', '(']) && {
                            let close = after.find(['）', ')']).unwrap_or(after.len());
                            holds_any(&after[..close], WINNING)
                        }
                        || super::text::words(WINNING).any(|w| {
                            text.match_indices(w).any(|(at, _)| {
                                let rest = &text[at + w.len()..];
                                rest.strip_prefix('为').unwrap_or(rest).starts_with(n)
                            })
                        });
                    if !called {
                        continue;
                    }
                    PartyRole::Winner
                }
                _ => continue,
            };
            // In the value, or on a label of its own under it, before the next party's.
            let under = || {
                code_under(text, labels, h.label, |_, l| {
                    holds_any(
                        l,
                        joined_words!(&["投诉人", "供应商", "采购人", "招标人", "候选人"]),
                    )
                })
            };
            let party = FoundParty {
                role,
                name,
                credit_code: h.value.and_then(|v| code_in(text, v)).or_else(under),
                label: h.label,
            };
            push(&mut out, party, text);
        }
    }
    out
}

/// True when `n` reads as a person's name: two to five Chinese characters, masked or not
/// (`何*平`, `陆*`), a middle dot among them (a minority's short name, `阿·木`).
pub(crate) fn person_name(n: &str) -> bool {
    (2..=5).contains(&n.chars().count())
        && n.chars()
            .all(|c| matches!(c, '*' | '＊' | '·') || ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// The household a line of an allocation names first (`何*平，家庭人口3人…`, `袁*东（2人），…`,
/// `雷*平家庭配租…`, `被征收人吴*国选定…`): a person's name ([`person_name`]) before a comma, a
/// bracket, 家庭 or the verb that gives it a home, after the role it is named in, if any; with
/// the name's offset in `line`.
pub(crate) fn household_at(line: &str) -> Option<(usize, &str)> {
    const ROLES: [&str; 6] = [
        "被征收人",
        "被征收户",
        "被拆迁人",
        "申请人",
        "承租人",
        "购房人",
    ];
    const AFTER: [&str; 6] = ["家庭", "选定", "配租", "配售", "选购", "认购"];
    let from = ROLES
        .iter()
        .find(|r| line.starts_with(*r))
        .map_or(0, |r| r.len());
    let rest = &line[from..];
    let end = rest
        .find(['，', ',', '（', '('])
        .into_iter()
        .chain(AFTER.iter().filter_map(|w| super::text::find(rest, w)))
        .min()?;
    let name = &rest[..end];
    person_name(name).then_some((from, name))
}

/// The household's name a line of an allocation starts with; see [`household_at`].
pub(crate) fn household_name(line: &str) -> Option<&str> {
    household_at(line).map(|(_, name)| name)
}

/// The households of an allocation's numbered lines (see [`household_name`]), each a span of
/// `text`.
fn households(text: &str, value: Span) -> Vec<Span> {
    let Some(v) = value.of(text) else {
        return Vec::new();
    };
    let mut at = value.start;
    let mut out = Vec::new();
    for line in v.split_inclusive('\n') {
        let t = line.trim();
        let lead = line.len() - line.trim_start().len();
        let rest = super::text::numbered_rest(t);
        if rest.len() < t.len()
            && let Some((from, name)) = household_at(rest)
        {
            let start = at + lead + (t.len() - rest.len()) + from;
            out.push(Span {
                start,
                end: start + name.len(),
            });
        }
        at += line.len();
    }
    // Or on one line apart by semicolons (`罗*清，配租…；邱*，配租…`).
    if out.is_empty() {
        let mut at = value.start;
        for part in v.split_inclusive(['；', ';']) {
            let lead = part.len() - part.trim_start().len();
            if let Some((from, name)) = household_at(part.trim_start()) {
                out.push(Span {
                    start: at + lead + from,
                    end: at + lead + from + name.len(),
                });
            }
            at += part.len();
        }
        if out.len() < 2 {
            out.clear();
        }
    }
    if out.is_empty() {
        out = listed_names(text, value);
    }
    out
}

/// The names a value lists after its colon, apart by `、` (`…确定以下8名人才为配租对象：喻*杰、
/// 聂*、闵*婷…`), three or more [`person_name`]s, to the line's end.
pub(crate) fn listed_names(text: &str, value: Span) -> Vec<Span> {
    let Some(v) = value.of(text) else {
        return Vec::new();
    };
    let mut at = value.start;
    for line in v.split_inclusive('\n') {
        let t = line.trim_end();
        let from = t
            .rfind(['：', ':'])
            .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
        let names = t[from..].trim_start().trim_end_matches('。');
        let lead = t[from..].len() - t[from..].trim_start().len();
        if names.split('、').count() >= 3 && names.split('、').all(person_name) {
            let mut start = at + from + lead;
            return names
                .split('、')
                .map(|n| {
                    let s = Span {
                        start,
                        end: start + n.len(),
                    };
                    start += n.len() + '、'.len_utf8();
                    s
                })
                .collect();
        }
        at += line.len();
    }
    Vec::new()
}

/// Adds `p` unless a party of the same role and name is there.
fn push(out: &mut Vec<FoundParty>, p: FoundParty, text: &str) {
    // A person's masked name (`韦**`, a project manager's) is no candidate: those who bid for
    // works are legal persons and other organisations (招标投标法 Art 25).
    let masked = p
        .name
        .of(text)
        .is_some_and(|n| n.chars().count() <= 5 && n.contains(['*', '＊']));
    if masked && p.role == PartyRole::Candidate {
        return;
    }
    let same = |q: &FoundParty| q.role == p.role && q.name.of(text) == p.name.of(text);
    match out.iter_mut().find(|q| same(q)) {
        Some(q) => {
            if q.credit_code.is_none() {
                q.credit_code = p.credit_code;
            }
        }
        None => out.push(p),
    }
}

/// The name in a value: its first line up to a bracket, comma, semicolon or two spaces; `None`
/// when that is no name (empty, over 60 characters, or a sentence).
fn name_in(text: &str, value: Span) -> Option<Span> {
    let s = value.of(text)?;
    // Lines or cells under a heading are a list, not a name.
    if s.contains(['\n', '\t']) {
        return None;
    }
    let line = s;
    // Where a name's words stop: a bracket, a comma or stop, or a gap of spaces.
    let end_of = |from: usize| {
        line[from..]
            .char_indices()
            .find(|&(i, c)| {
                matches!(c, '（' | '(' | '，' | ',' | '；' | ';' | '、' | '。')
                    || line[from + i..].starts_with("  ")
                    || line[from + i..].starts_with("　")
            })
            .map_or(line.len(), |(i, _)| from + i)
    };
    let cut = end_of(0);
    // A place in brackets within a company's name (`联瑞医疗科技（北京）有限公司`) is part of it.
    let cut = match line[cut..].find(['）', ')']) {
        Some(close)
            if matches!(line[cut..].chars().next(), Some('（' | '('))
                && line[cut..cut + close].chars().count() <= 6 =>
        {
            let after = cut + close + line[cut + close..].chars().next().map_or(1, char::len_utf8);
            let company = starts_with_any(
                &line[after..],
                joined_words!(&["有限公司", "有限责任公司", "股份有限公司", "公司", "集团"]),
            );
            if company { end_of(after) } else { cut }
        }
        _ => cut,
    };
    // A partnership's legal form is part of its name (`…会计师事务所（特殊普通合伙）`).
    let cut = [
        "（特殊普通合伙）",
        "(特殊普通合伙)",
        "（普通合伙）",
        "(普通合伙)",
        "（有限合伙）",
        "(有限合伙)",
    ]
    .iter()
    .find(|f| line[cut..].starts_with(**f))
    .map_or(cut, |f| cut + f.len());
    let name = line[..cut].trim();
    let lead = line[..cut].len() - line[..cut].trim_start().len();
    let n = name.chars().count();
    if !(2..=60).contains(&n) || name.is_ascii() || name.contains(['：', ':']) {
        return None;
    }
    // Money or a description is no party's name (`人民币17,350.00元`, `…壹级资质`, `保证金`).
    let money = name.starts_with(['¥', '￥'])
        || name.starts_with("人民币")
        || ends_with_any(name, joined_words!(&["保证金", "价款", "金额", "费用"]));
    // Nor is a sentence about the party (`当事人应自收到本决定书之日起15日内…缴纳罚款`).
    let sentence = holds_any(
        name,
        joined_words!(&["之日", "决定书", "应当", "应自", "收到"]),
    );
    let described = ends_with_any(
        name,
        joined_words!(&[
            "资质", "要求", "条件", "情况", "证书", "结果", "标准", "名称",
        ]),
    );
    // Nor is an order (`责令退回…`, `处以罚款…`).
    let ordered = starts_with_any(
        name,
        joined_words!(&["责令", "处以", "没收", "给予", "罚款", "禁止"]),
    );
    // Nor is a bid's figure cut at its thousands' comma (`投标报价14,268,930.45元`).
    let money = money
        || starts_with_any(
            name,
            joined_words!(&["投标报价", "报价", "投标价", "中标价", "工期"]),
        )
        || name.ends_with(|c: char| c.is_ascii_digit())
            && line[cut..].starts_with(',')
            && line[cut + 1..].starts_with(|c: char| c.is_ascii_digit());
    // Nor is an enterprise's size or kind (`小微企业`, the 政府采购 policies' categories), nor
    // an address (`…大街358号`).
    let category = [
        "小微企业",
        "中小企业",
        "小型企业",
        "微型企业",
        "中型企业",
        "大型企业",
        "监狱企业",
        "残疾人福利性单位",
    ]
    .contains(&name);
    let address = name.ends_with(['号', '栋', '室', '幢'])
        && holds_any(
            name,
            joined_words!(&["路", "街", "道", "巷", "弄", "区", "园"]),
        );
    // Nor is a rank (`第一中标候选人`, `第2名`).
    let rank = name.starts_with('第')
        && (ends_with_any(name, joined_words!(&["候选人", "名", "位"])) && n <= 10
            || n <= 4
                && name
                    .chars()
                    .skip(1)
                    .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c)));
    // Nor is a sentence that ranks one (`第一中标候选人为某公司`): the sentence reader names each.
    let ranked = name.starts_with('第')
        && name
            .find("候选人为")
            .is_some_and(|at| name[..at].chars().count() <= 8);
    // Nor is a row's status (`已配租`, `未选房`).
    let status = n <= 4 && (name.starts_with('已') || name.starts_with('未'));
    if money
        || ranked
        || status
        || described
        || ordered
        || sentence
        || rank
        || category
        || address
        || name.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    Some(Span {
        start: value.start + lead,
        end: value.start + lead + name.len(),
    })
}

/// A credit code on a label of its own among the few after `label` (`统一社会信用代码：…` under
/// a party's name, address and phone), before the next party's label (`next_party`).
fn code_under(
    text: &str,
    labels: &[Heading],
    label: Span,
    next_party: impl Fn(&Heading, &str) -> bool,
) -> Option<Span> {
    labels
        .iter()
        .filter(|h| h.label.start > label.start)
        .take(4)
        .take_while(|h| {
            h.label
                .of(text)
                .is_none_or(|l| holds(l, "信用代码") || !next_party(h, l))
        })
        .find(|h| code_label(text, h.label, label))
        .and_then(|h| h.value)
        .and_then(|v| code_in(text, v).or_else(|| bare_code(text, v)))
}

/// Whether `label` names the credit code of the party named at `party`: on a line of its own
/// (`统一社会信用代码：…`; `（统一社会信用代码：…；地址：…）` under a letter's `某公司：`;
/// `你公司（统一社会信用代码：…）` opening its first paragraph), or in the brackets after that
/// party's name on its line (`当事人某公司（统一社会信用代码：…`). Not in those after another's
/// name on a line below (a table's next row, `某公司（统一社会信用代码：…）`): that code is the
/// other party's.
fn code_label(text: &str, label: Span, party: Span) -> bool {
    if !label.of(text).is_some_and(|l| holds(l, "信用代码")) {
        return false;
    }
    let before = &text[party.start.min(label.start)..label.start];
    let Some(named) = before.strip_suffix(['（', '(']) else {
        return true;
    };
    // The words before the bracket on the label's line: none, the party's own line, or the
    // letter's words for its addressee (`你公司（统一社会信用代码：…`).
    !before.contains('\n')
        || named
            .rsplit('\n')
            .next()
            .is_none_or(|w| matches!(w.trim(), "" | "你公司" | "你单位" | "该公司" | "该单位"))
}

/// A credit code after `信用代码` (and a colon) in `span`.
fn code_in(text: &str, span: Span) -> Option<Span> {
    let s = span.of(text)?;
    let at = super::text::find(s, "信用代码")? + "信用代码".len();
    let rest = &s[at..];
    let skip = rest.len() - rest.trim_start_matches([':', '：', ' ', '为']).len();
    bare_code(
        text,
        Span {
            start: span.start + at + skip,
            end: span.end,
        },
    )
}

/// The parties a notice names in sentences, when no label or table names them: candidates
/// after `第一中标候选人为` (a publicity), the winner before `为中标人` (an award or a result).
/// The name runs to the next comma or stop, 2 to 60 characters.
fn sentence_parties(text: &str, item: Option<ItemKind>) -> Vec<FoundParty> {
    let mut out = Vec::new();
    let name_after = |at: usize| -> Option<Span> {
        let rest = &text[at..];
        let end = rest.find(['，', '；', '。', ',', ';', '\n', '（', '('])?;
        let n = rest[..end].chars().count();
        (2..=60).contains(&n).then_some(Span {
            start: at,
            end: at + end,
        })
    };
    let role = |k: &str| role_of(k, item).filter(|_| item.is_some_and(|i| i.element(k).is_some()));
    if let Some(r) = role("candidates") {
        for (at, w) in text.match_indices("中标候选人为") {
            let before = &text[..at];
            if before.ends_with(['一', '二', '三', '四', '五'])
                && before[..before.len() - 3].ends_with('第')
            {
                if let Some(name) = name_after(at + w.len()) {
                    out.push(FoundParty {
                        role: r,
                        name,
                        credit_code: None,
                        label: Span {
                            start: at,
                            end: at + w.len(),
                        },
                    });
                }
            }
        }
    }
    let winner_role = role("winnerName").or_else(|| role("winner"));
    if let Some(r) = winner_role {
        for (name, label) in chosen_winners(text) {
            out.push(FoundParty {
                role: r,
                name,
                credit_code: None,
                label,
            });
        }
    }
    out
}

/// An address given by the first of `labels` found in `t`, a party's particulars (`统一社会信用
/// 代码：…，住所：某路8号`): where its label starts, and its words after the label to the next
/// comma, semicolon or closing bracket, as a range of `t`.
pub(crate) fn labelled_address(
    t: &str,
    labels: &[&str],
) -> Option<(usize, std::ops::Range<usize>)> {
    let (k, label) = labels.iter().find_map(|w| t.find(w).map(|k| (k, *w)))?;
    let start = k + label.len();
    let stop = t[start..]
        .find(['，', ',', '；', '）', ')'])
        .map_or(t.len(), |e| start + e);
    Some((k, start..stop))
}

/// The winners a sentence chooses (`招标人确定某公司为中标人`, `确定某公司为成交供应商`): each name
/// back to 确定, 2 to 60 characters within its clause, and the words that make it the winner, in
/// the order they stand.
pub(crate) fn chosen_winners(text: &str) -> impl Iterator<Item = (Span, Span)> + '_ {
    const AS: [&str; 5] = [
        "为中标人",
        "为中标单位",
        "为中标供应商",
        "为成交供应商",
        "为成交人",
    ];
    // Found from the places of `为中` and `为成`, two searches, not one a wording.
    let mut said: Vec<(usize, &str)> = ["为中", "为成"]
        .iter()
        .flat_map(|w| text.match_indices(w))
        .filter_map(|(at, _)| {
            AS.iter()
                .find(|w| text[at..].starts_with(**w))
                .map(|w| (at, *w))
        })
        .collect();
    said.sort_unstable();
    said.into_iter().filter_map(|(at, w)| {
        let start = text[..at].rfind("确定")? + "确定".len();
        let mut name = &text[start..at];
        // The name without the particulars bracketed after it (`某公司（地址：…）为成交供应商`).
        if name.ends_with(['）', ')'])
            && let Some(open) = name.rfind(['（', '('])
            && holds_any(&name[open..], joined_words!(&["地址", "住所", "信用代码"]))
        {
            name = &name[..open];
        }
        ((2..=60).contains(&name.chars().count()) && !name.contains(['，', '。', '；'])).then_some(
            (
                Span {
                    start,
                    end: start + name.len(),
                },
                Span {
                    start: at,
                    end: at + w.len(),
                },
            ),
        )
    })
}

/// A credit code stated as the winner's (`中标供应商统一社会信用代码：…`, `成交人的信用代码为…`)
/// without its name: the first.
fn winner_code(text: &str) -> Option<Span> {
    text.match_indices("信用代码").find_map(|(at, _)| {
        let before: String = text[..at].chars().rev().take(12).collect();
        let before: String = before.chars().rev().collect();
        let said = holds_any(
            &before,
            joined_words!(&[
                "中标供应商",
                "成交供应商",
                "中标人",
                "中标单位",
                "成交人",
                "乙方",
                "供应商",
            ]),
        );
        said.then(|| {
            let line_end = text[at..].find('\n').map_or(text.len(), |e| at + e);
            code_in(
                text,
                Span {
                    start: at,
                    end: line_end,
                },
            )
        })
        .flatten()
    })
}

/// Every credit code in `span`: each run of 18 letters and figures, a figure among them.
fn codes_in(text: &str, span: Span) -> Vec<Span> {
    let Some(s) = span.of(text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut run_start = None;
    for (i, c) in s.char_indices().chain([(s.len(), ' ')]) {
        if super::text::fold(c).is_ascii_alphanumeric() && i < s.len() {
            run_start.get_or_insert(i);
            continue;
        }
        if let Some(from) = run_start.take() {
            let run = &s[from..i];
            let n = run.chars().count();
            if n == 18 && run.chars().any(|c| super::text::fold(c).is_ascii_digit()) {
                out.push(Span {
                    start: span.start + from,
                    end: span.start + i,
                });
            }
        }
    }
    out
}

/// The 18 letters and figures at the start of `span` (as printed: ASCII or full-width).
fn bare_code(text: &str, span: Span) -> Option<Span> {
    let s = span.of(text)?.trim_start();
    let lead = span.of(text)?.len() - s.len();
    let mut end = 0;
    let mut n = 0;
    for (i, c) in s.char_indices() {
        let c = super::text::fold(c);
        if !c.is_ascii_alphanumeric() {
            break;
        }
        n += 1;
        end = i + s[i..].chars().next().map_or(1, char::len_utf8);
    }
    (n == 18).then_some(Span {
        start: span.start + lead,
        end: span.start + lead + end,
    })
}

/// True when a column's header (normalised) names the role of those it lists, not bidders or
/// units in general.
fn names_a_role(header: &str) -> bool {
    NAME_HEADERS
        .iter()
        .any(|(w, role)| role.is_some() && holds(header, w))
}

/// The words of a column header that name a party, and the role they give (the item's when
/// `None`).
const NAME_HEADERS: &[(&str, Option<PartyRole>)] = &[
    ("中标候选人", Some(PartyRole::Candidate)),
    ("候选人", Some(PartyRole::Candidate)),
    ("竞得人", Some(PartyRole::Transferee)),
    ("受让方", Some(PartyRole::Transferee)),
    ("受让人", Some(PartyRole::Transferee)),
    ("当事人", Some(PartyRole::Sanctioned)),
    // The 双公示 tables' party (行政相对人名称) and an inspection's inspected units.
    ("相对人", Some(PartyRole::Sanctioned)),
    ("被检查", Some(PartyRole::Sanctioned)),
    ("被处罚", Some(PartyRole::Sanctioned)),
    ("中标人", Some(PartyRole::Winner)),
    ("成交人", Some(PartyRole::Winner)),
    ("中标(成交)供应商", Some(PartyRole::Winner)),
    ("中标供应商", Some(PartyRole::Winner)),
    ("成交供应商", Some(PartyRole::Winner)),
    ("中标单位", Some(PartyRole::Winner)),
    ("配租对象", Some(PartyRole::Allottee)),
    ("配售对象", Some(PartyRole::Allottee)),
    ("承租人", Some(PartyRole::Allottee)),
    // Homes let whole to employers (保障性租赁住房 for their staff).
    ("承租单位", Some(PartyRole::Allottee)),
    ("配租单位", Some(PartyRole::Allottee)),
    // An employer whose staff a block of homes is let to (保障性租赁住房 整体配租).
    ("用人单位", Some(PartyRole::Allottee)),
    ("购房人", Some(PartyRole::Allottee)),
    ("购房家庭", Some(PartyRole::Allottee)),
    // Households named only by name (`姓名`) or as those resettled (`被征收人`): allottees in an
    // allocation's result, and no parties elsewhere (see `table_parties`).
    ("姓名", Some(PartyRole::Allottee)),
    ("被征收人", Some(PartyRole::Allottee)),
    ("安置对象", Some(PartyRole::Allottee)),
    ("户主", None),
    ("申请人", None),
    ("供应商名称", None),
    ("供应商", None),
    ("投标人名称", None),
    ("单位名称", None),
    ("企业名称", None),
];

/// The role a column of parties gives without saying: the item's.
fn item_role(item: Option<ItemKind>) -> Option<PartyRole> {
    use ItemKind as I;
    match item? {
        I::ProcurementResult | I::BiddingAward => Some(PartyRole::Winner),
        I::BiddingCandidatePublicity => Some(PartyRole::Candidate),
        I::LandDealPublicity | I::MiningTransferResult | I::PropertyDealResult => {
            Some(PartyRole::Transferee)
        }
        I::HousingAllocationResult => Some(PartyRole::Allottee),
        // The supplier whose performance an acceptance reports (政府采购法实施条例 Art 45's 履约验收).
        I::ProcurementAcceptance => Some(PartyRole::Supplier),
        // The list of suppliers recorded for serious dishonesty (严重违法失信行为记录名单).
        I::ProcurementMisconductRecord => Some(PartyRole::Sanctioned),
        i if i.is_penalty_decision() => Some(PartyRole::Sanctioned),
        _ => None,
    }
}

/// The parties of a table whose header names a column of them.
fn table_parties(
    text: &str,
    item: Option<ItemKind>,
    t: &Table,
    paired: Option<bool>,
) -> Vec<FoundParty> {
    let Some(header) = t.rows.first() else {
        return Vec::new();
    };
    // A table of labels and their values (`被处理当事人名称 | 某公司` over `违法行为 | …`) has no
    // header row: its parties are its labels' values, read as labels.
    if header.cells.len() == 2 && paired.unwrap_or_else(|| t.pairs(text, national()).is_some()) {
        return Vec::new();
    }
    let headers: Vec<Cow<'_, str>> = header
        .cells
        .iter()
        .map(|c| normal(c.of(text).unwrap_or("")))
        .collect();
    let name_col = headers.iter().enumerate().find_map(|(i, h)| {
        // The wordings are written normalised (a test holds them to it): compared as they are.
        // Asked first: most headers name no party, and are looked at no further.
        let (_, role) = NAME_HEADERS.iter().find(|(w, _)| holds(h, w))?;
        // A sentence is no column's header (`一次性付款，受让方应在…支付`: the value beside a
        // label, in a table of labels and values).
        if h.contains(['，', '。']) || h.chars().count() > 24 {
            return None;
        }
        if holds_any(
            h,
            joined_words!(&[
                "地址",
                "代码",
                "金额",
                "报价",
                "价格",
                "联系",
                "电话",
                "负责人",
                "经理",
            ]),
        ) {
            return None;
        }
        role.or(item_role(item)).map(|role| (i, role))
    });
    let Some((mut col, role)) = name_col else {
        return Vec::new();
    };
    // Households are allotted a home only by an allocation's result: those a review lists
    // (公共租赁住房管理办法 Art 9's 公示 of applicants, and those whose eligibility it ends) are
    // applicants or tenants, no parties the deal names.
    if role == PartyRole::Allottee
        && item.is_some()
        && item != Some(ItemKind::HousingAllocationResult)
    {
        return Vec::new();
    }
    // A table of one column a candidate (`中标候选人 第一名 第二名 …` over `投标人名称 甲 乙 …`,
    // or `项目 第一中标候选人 第二中标候选人 …` over their qualifications): the names are the
    // row that names them, one a column; the other rows are what each candidate has.
    let ranks = headers.len() > 1
        && col <= 1
        && headers[1..]
            .iter()
            .all(|h| h.starts_with('第') || h.ends_with('名') || h.ends_with("候选人"));
    if ranks {
        return t.rows[1..]
            .iter()
            .find(|row| {
                row.cells
                    .first()
                    .and_then(|c| c.of(text))
                    .is_some_and(|c| holds_any(c, joined_words!(&["名称", "投标人", "单位"])))
            })
            .map(|row| {
                row.cells[1..]
                    .iter()
                    .filter_map(|c| name_in(text, *c))
                    .map(|name| FoundParty {
                        role,
                        name,
                        credit_code: None,
                        label: row.cells[0],
                    })
                    .collect()
            })
            .unwrap_or_default();
    }
    // A column of ranks (`中标候选人排序`: 第一中标候选人, …) gives the role; the names stand in
    // the column a general header names (`单位名称`).
    if holds_any(
        &headers[col],
        joined_words!(&["排序", "排名", "名次", "顺序"]),
    ) {
        let Some(names) = headers.iter().enumerate().skip(col + 1).find_map(|(i, h)| {
            NAME_HEADERS
                .iter()
                .any(|(w, r)| r.is_none() && holds(h, w))
                .then_some(i)
        }) else {
            return Vec::new();
        };
        col = names;
    }
    let code_col = headers.iter().position(|h| holds(h, "信用代码"));
    t.rows[1..]
        .iter()
        .filter_map(|row| {
            let cell = *row.cells.get(col)?;
            let name = name_in(text, cell)?;
            // In its own column, or after the name in its cell (`某公司（统一社会信用代码：…）`).
            let credit_code = code_col
                .and_then(|c| row.cells.get(c))
                .and_then(|c| bare_code(text, *c))
                .or_else(|| code_in(text, cell));
            Some(FoundParty {
                role,
                name,
                credit_code,
                label: header.cells[col],
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, item: ItemKind) -> Vec<(PartyRole, &str, Option<&str>)> {
        parties(text, Some(item))
            .into_iter()
            .map(|p| {
                (
                    p.role,
                    p.name.of(text).unwrap(),
                    p.credit_code.map(|c| c.of(text).unwrap()),
                )
            })
            .collect()
    }

    /// Homes let whole to employers: the allottees are the organisations of the 承租单位 column,
    /// each with the credit code its row prints.
    #[test]
    fn employers_let_whole_homes_are_allottees_with_their_codes() {
        let text = "序号\t承租单位\t统一社会信用代码\t配租房源\n\
                    1\t某市人民医院\t12222400412703650N\t人才公寓A座\n\
                    2\t某新材料有限公司\t91222400MA17CD5N6J\t人才公寓B座\n";
        assert_eq!(
            read(text, ItemKind::HousingAllocationResult),
            [
                (
                    PartyRole::Allottee,
                    "某市人民医院",
                    Some("12222400412703650N")
                ),
                (
                    PartyRole::Allottee,
                    "某新材料有限公司",
                    Some("91222400MA17CD5N6J")
                ),
            ]
        );
    }

    /// A 双公示 list of decisions (行政处罚法 Art 48: decisions made public), one a row, names
    /// each row's party (行政相对人名称) with the code its row prints: every one is sanctioned.
    #[test]
    fn each_row_of_a_list_of_decisions_names_its_party_art_48() {
        let text = "序号\t行政相对人名称\t统一社会信用代码\t处罚内容\n\
                    1\t甲建设有限公司\t91610800MAY2T3DK31\t罚款\n\
                    2\t乙建筑安装有限公司\t91610800MAF63T0H4R\t罚款\n";
        assert_eq!(
            read(text, ItemKind::BiddingPenaltyDecision),
            [
                (
                    PartyRole::Sanctioned,
                    "甲建设有限公司",
                    Some("91610800MAY2T3DK31")
                ),
                (
                    PartyRole::Sanctioned,
                    "乙建筑安装有限公司",
                    Some("91610800MAF63T0H4R")
                ),
            ]
        );
    }

    /// A works contract names its parties under one element (发包人, 承包人): the contractor is
    /// the supplier the award was made to, with the code printed under it.
    #[test]
    fn a_contracts_contractor_is_its_supplier() {
        let text = "某道路改造工程施工合同订立及履约情况公示\n发包人：某城市建设投资开发有限公司\n\
                    承包人：某路桥建设有限公司\n统一社会信用代码：91421002MAHR03TX5K\n";
        assert_eq!(
            read(text, ItemKind::BiddingContract),
            [(
                PartyRole::Supplier,
                "某路桥建设有限公司",
                Some("91421002MAHR03TX5K")
            )]
        );
    }

    /// An allocation's result naming its allottees after the sentence's colon, apart by `、`:
    /// each name is an allottee, the sentence's first words none.
    #[test]
    fn allottees_listed_after_a_colon_are_each_a_party() {
        let text = "某市人才公寓配租结果公示\n配租对象：根据《某市人才公寓管理暂行办法》，确定以下3名人才为\
                    本批次配租对象：喻*杰、聂*、闵*婷。\n";
        assert_eq!(
            read(text, ItemKind::HousingAllocationResult),
            [
                (PartyRole::Allottee, "喻*杰", None),
                (PartyRole::Allottee, "聂*", None),
                (PartyRole::Allottee, "闵*婷", None),
            ]
        );
    }

    #[test]
    fn parties_named_in_sentences() {
        let text = "经评标委员会评审，第一中标候选人为甲路桥有限公司，投标报价100元；第二中标候选人为乙建设有限公司，投标报价101元。\n";
        let got: Vec<_> = parties(text, Some(ItemKind::BiddingCandidatePublicity))
            .iter()
            .map(|p| (p.role, p.name.of(text).unwrap().to_owned()))
            .collect();
        assert_eq!(
            got,
            [
                (PartyRole::Candidate, "甲路桥有限公司".to_owned()),
                (PartyRole::Candidate, "乙建设有限公司".to_owned())
            ]
        );
        // After a label (`推荐中标候选人如下：`), the ranking sentence is no name: each of its
        // candidates is one.
        let text = "推荐中标候选人如下：第一中标候选人为甲路桥有限公司，投标报价100元；第二中标候选人为乙建设有限公司，投标报价101元。\n";
        let got: Vec<_> = parties(text, Some(ItemKind::BiddingCandidatePublicity))
            .iter()
            .map(|p| p.name.of(text).unwrap())
            .collect();
        assert_eq!(got, ["甲路桥有限公司", "乙建设有限公司"]);
        let text = "经评审，招标人确定丙工程局有限公司为中标人，中标价为人民币9,518.27万元。";
        let got: Vec<_> = parties(text, Some(ItemKind::BiddingAward))
            .iter()
            .map(|p| (p.role, p.name.of(text).unwrap().to_owned()))
            .collect();
        assert_eq!(got, [(PartyRole::Winner, "丙工程局有限公司".to_owned())]);
    }

    /// What follows a party's label is not always a name: a sentence about the party or a sum
    /// of money is none, and no party is read from it.
    /// [`name_in`] of the whole of `text`.
    fn whole(text: &str) -> Option<Span> {
        name_in(
            text,
            Span {
                start: 0,
                end: text.len(),
            },
        )
    }

    #[test]
    fn sentences_and_sums_are_no_names() {
        let text = "当事人应自收到本决定书之日起15日内到某住房保障服务中心缴纳罚款\n";
        assert_eq!(
            name_in(
                text,
                Span {
                    start: 0,
                    end: text.len() - 1
                }
            ),
            None
        );
        // A place in brackets within a company's name is part of it; an address is no name.
        let text = "联瑞医疗科技（北京）有限公司，地址：某路1号";
        assert_eq!(
            whole(text).and_then(|s| s.of(text)),
            Some("联瑞医疗科技（北京）有限公司")
        );
        let text = "某新区农产品物流园B区6栋";
        assert_eq!(whole(text), None);
        // A row's status is no name.
        let text = "已配租";
        assert_eq!(whole(text), None);
        let text = "保证金";
        assert_eq!(whole(text), None);
        let text = "某市再生资源回收有限公司";
        assert!(whole(text).is_some());
    }

    /// Several winners whose codes one line gives after them, in their order.
    #[test]
    fn codes_given_in_order_go_to_the_winners_in_order() {
        let text = "三、中标（成交）信息\n包号\t中标供应商名称\t供应商地址\t中标金额\n\
                    包1\t天津某环境装备有限公司\t某路333号\t2,378,000.00\n\
                    包2\t天津某机械制造有限公司\t某道18号\t1,640,000.00\n\
                    统一社会信用代码：包1 91120116MA06L2Q83K；包2 91120104MA05T9N35B。\n";
        assert_eq!(
            read(text, ItemKind::ProcurementResult),
            [
                (
                    PartyRole::Winner,
                    "天津某环境装备有限公司",
                    Some("91120116MA06L2Q83K")
                ),
                (
                    PartyRole::Winner,
                    "天津某机械制造有限公司",
                    Some("91120104MA05T9N35B")
                )
            ]
        );
    }

    #[test]
    fn winners_from_labels_and_groups() {
        let text = "三、中标（成交）信息\n供应商名称：云江科技有限公司（统一社会信用代码：91445300MA4UQ8H35W）\n供应商地址：东路1号\n";
        assert_eq!(
            read(text, ItemKind::ProcurementResult),
            [(
                PartyRole::Winner,
                "云江科技有限公司",
                Some("91445300MA4UQ8H35W")
            )]
        );
    }

    #[test]
    fn candidates_ranked_by_label() {
        let text = "一、中标候选人及排序\n第一中标候选人：云江路桥工程有限公司\n投标报价：3268.45万元\n第二中标候选人：云江市政建设集团有限公司\n";
        let r = read(text, ItemKind::BiddingCandidatePublicity);
        assert_eq!(
            r,
            [
                (PartyRole::Candidate, "云江路桥工程有限公司", None),
                (PartyRole::Candidate, "云江市政建设集团有限公司", None),
            ]
        );
    }

    /// A column of ranks (`中标候选人排序`) names the role, and the names stand under `单位名称`;
    /// a section of the candidates' qualifications names no party.
    #[test]
    fn candidates_ranked_in_a_column_and_qualifications_named_by_rank() {
        let text = "中标候选人排序\t单位名称\t投标报价（元）\n第一中标候选人\t甲建设集团有限公司\t17,352,908.44\n\
                    第二中标候选人\t乙工程有限公司\t17,486,120.05\n";
        assert_eq!(
            read(text, ItemKind::BiddingCandidatePublicity),
            [
                (PartyRole::Candidate, "甲建设集团有限公司", None),
                (PartyRole::Candidate, "乙工程有限公司", None),
            ]
        );
        let text = "一、中标候选人\n第一中标候选人：甲建设集团有限公司\n\
                    三、中标候选人响应招标文件要求的资格能力条件\n第一中标候选人：建筑工程施工总承包贰级；项目经理一级注册建造师。\n";
        assert_eq!(
            read(text, ItemKind::BiddingCandidatePublicity),
            [(PartyRole::Candidate, "甲建设集团有限公司", None)]
        );
    }

    /// An acceptance reports on the supplier of the contract (政府采购法实施条例 Art 45), named in its
    /// contract's words (`供应商（乙方）：…`) or in a table's column.
    #[test]
    fn an_acceptance_names_its_supplier() {
        let text =
            "一、合同主体\n采购人（甲方）：某区农业农村局\n供应商（乙方）：某职业技能培训学校\n";
        assert_eq!(
            read(text, ItemKind::ProcurementAcceptance),
            [(PartyRole::Supplier, "某职业技能培训学校", None)]
        );
        let text = "序号\t项目名称\t供应商\t合同金额（元）\n1\t某车辆采购项目\t某专用汽车有限公司\t1,248,000.00\n";
        assert_eq!(
            read(text, ItemKind::ProcurementAcceptance),
            [(PartyRole::Supplier, "某专用汽车有限公司", None)]
        );
    }

    /// A table of one column a candidate names them in the row of names; an enterprise's size
    /// (`小微企业`) or an address is no party's name.
    #[test]
    fn candidates_a_column_each_and_what_is_no_name() {
        let text = "中标候选人\t第一名\t第二名\n投标人名称\t甲建设工程有限公司\t乙市政工程有限公司\n\
                    投标报价（元）\t9862417.30\t9905836.12\n";
        assert_eq!(
            read(text, ItemKind::BiddingCandidatePublicity),
            [
                (PartyRole::Candidate, "甲建设工程有限公司", None),
                (PartyRole::Candidate, "乙市政工程有限公司", None),
            ]
        );
        let text = "中标供应商名称：小微企业\n中标人：某市丛台区滏东北大街358号\n";
        assert_eq!(read(text, ItemKind::ProcurementResult), []);
    }

    /// A table whose columns are the candidates by rank under a first column of what each has
    /// (`项目　第一中标候选人　第二中标候选人` over `企业资质　…`, `类似工程业绩　…`;
    /// 招标投标法实施条例 Art 54's publicity of their qualifications) names its candidates only
    /// in a row that names them: its rows of works and certificates are no names.
    #[test]
    fn a_table_of_what_each_ranked_candidate_has_names_them_by_its_row_of_names_art_54() {
        let table = "项目\t第一中标候选人\t第二中标候选人\t第三中标候选人\n\
                     企业资质\t施工总承包一级\t施工总承包二级\t施工总承包一级\n\
                     类似工程业绩\t某市城北污水管网工程\t某县三星镇污水管网工程\t某市雨污分流工程\n";
        let names = |text: &str| -> Vec<String> {
            let t = &crate::notice::tables::tables(text)[0];
            table_parties(text, Some(ItemKind::BiddingCandidatePublicity), t, None)
                .into_iter()
                .map(|p| p.name.of(text).unwrap().to_owned())
                .collect()
        };
        assert_eq!(names(table), Vec::<String>::new());
        let named = format!("{table}投标人名称\t甲建设有限公司\t乙市政有限公司\t丙工程有限公司\n");
        assert_eq!(
            names(&named),
            ["甲建设有限公司", "乙市政有限公司", "丙工程有限公司"]
        );
    }

    #[test]
    fn the_name_headers_are_written_normalised() {
        for (w, _) in NAME_HEADERS {
            assert_eq!(normal(w), *w);
        }
    }

    #[test]
    fn parties_from_a_table() {
        let text = "排序\t投标人名称\t统一社会信用代码\t投标报价\n1\t甲建设有限公司\t91445300MA4UQ8H35W\t100万元\n2\t乙建设有限公司\t\t110万元\n";
        let r = read(text, ItemKind::BiddingCandidatePublicity);
        assert_eq!(
            r,
            [
                (
                    PartyRole::Candidate,
                    "甲建设有限公司",
                    Some("91445300MA4UQ8H35W")
                ),
                (PartyRole::Candidate, "乙建设有限公司", None),
            ]
        );
    }

    /// Households a review lists (公共租赁住房管理办法 Art 9's 公示 of applicants, those whose
    /// eligibility ends) are no allottees, though a column calls them 承租人; an allocation's
    /// result names its allottees.
    #[test]
    fn only_an_allocations_result_names_allottees_art_9() {
        let text = "序号\t承租人\t取消原因\n1\t沈*强\t购置住房\n2\t朱*萍\t收入超标\n";
        assert_eq!(read(text, ItemKind::HousingAllocationApplicants), []);
        assert_eq!(
            read(text, ItemKind::HousingAllocationResult),
            [
                (PartyRole::Allottee, "沈*强", None),
                (PartyRole::Allottee, "朱*萍", None)
            ]
        );
    }

    /// An allocation's result names its households by a name column (`姓名`, `被征收人` for a
    /// resettlement) or by a label (`配售对象：周*明（…）`); a procurement's table of experts
    /// under `姓名` names no party.
    #[test]
    fn an_allocations_households_by_name_column_and_label() {
        let text = "序号\t被征收人\t安置房源\n1\t郭长顺\t和平佳苑6-1-201\n";
        assert_eq!(
            read(text, ItemKind::HousingAllocationResult),
            [(PartyRole::Allottee, "郭长顺", None)]
        );
        let text = "序号\t姓名\t职称\n1\t张某\t高级工程师\n";
        assert_eq!(read(text, ItemKind::ProcurementResult), []);
        let text = "配售对象：周*明（身份证号3205**********2316），家庭人口3人\n";
        assert_eq!(
            read(text, ItemKind::HousingAllocationResult),
            [(PartyRole::Allottee, "周*明", None)]
        );
    }

    /// A supplier's credit code given apart from its name (`其他补充事宜：乙方统一社会信用代码：…`
    /// in a contract notice, where 财办库〔2020〕50号's format has no place for it), or the only
    /// code a notice of one party gives, is that party's.
    #[test]
    fn a_suppliers_code_given_apart_is_its_own() {
        let text = "一、合同编号：HT-1\n二、供应商名称：某应急装备有限公司\n\
                    九、其他补充事宜：乙方统一社会信用代码：91140105MA0K8T5Q2H\n";
        assert_eq!(
            read(text, ItemKind::ProcurementContract),
            [(
                PartyRole::Supplier,
                "某应急装备有限公司",
                Some("91140105MA0K8T5Q2H")
            )]
        );
        let text = "中标供应商名称：某冷链科技有限公司\n\
                    八、其他补充事宜\n采购方式：单一来源。统一社会信用代码：91150102MA13N8P40W。\n";
        assert_eq!(
            read(text, ItemKind::ProcurementResult),
            [(
                PartyRole::Winner,
                "某冷链科技有限公司",
                Some("91150102MA13N8P40W")
            )]
        );
    }

    /// Under a candidates' publicity, a bid's figure cut at its comma (`投标报价14,268,930.45元`)
    /// and a project manager's masked name (`韦**`) are no candidates (招标投标法 Art 25: bidders
    /// are legal persons and other organisations).
    #[test]
    fn figures_and_masked_people_are_no_candidates_art_25() {
        let text = "第一中标候选人：某建工集团有限公司\n\
                    第一中标候选人：投标报价14,268,930.45元，工期240日历天\n\
                    第一中标候选人：韦**，注册建造师（建筑工程）桂2452017201336\n";
        assert_eq!(
            read(text, ItemKind::BiddingCandidatePublicity),
            [(PartyRole::Candidate, "某建工集团有限公司", None)]
        );
    }

    /// A violation record laid out as labels and their values (发改法规〔2008〕1531号 Art 8's
    /// 被处理当事人, 违法行为, 处理依据 …) names one party, the one its first label gives: the
    /// other labels are no names under a header.
    #[test]
    fn a_table_of_labels_names_no_party_a_row() {
        let text = "被处理当事人名称\t某建筑安装工程有限公司（统一社会信用代码：91610400MAF6DPKJ1G）\n\
                    违法行为\t以他人名义投标\n处理依据\t《中华人民共和国招标投标法》第五十四条\n\
                    处理决定\t罚款\n处理机关\t某市发展和改革委员会\n";
        let r = read(text, ItemKind::BiddingViolationRecord);
        assert_eq!(
            r,
            [(
                PartyRole::Sanctioned,
                "某建筑安装工程有限公司",
                Some("91610400MAF6DPKJ1G")
            )]
        );
    }
}
