//! Judging a read notice ([`Engine::validate_notice`](crate::Engine::validate_notice)): the
//! record it describes is judged as any record is, each finding with the span of its evidence,
//! and the text adds what only text shows, each with its span:
//!
//! - `amount.words_mismatch`: an amount whose 大写 and figures disagree anywhere in the text, not
//!   only in the elements the record holds (the rule that judges records' amounts, `amountsAgree`);
//! - `privacy.id_number_exposed`, `privacy.mobile_exposed`: an unmasked 身份证号 or mobile number
//!   anywhere in the page, its chrome and 落款 included (`noPersonalData`);
//! - `notice.headings_missing`: the headings of the format in force missing (`noticeFormat`);
//! - `notice.summary_mismatch`: the summary over the notice and its body disagree
//!   (`summaryAgrees`).
//!
//! Each comes from a rule of the engine's table for the item, in force on the record's date and
//! whose condition holds, so a local layer that switches one off switches it off here too. A
//! finding the record's judgement already made on the same element is not made twice.

use crate::notice::text::{joined_words, starts_with_any};
use std::borrow::Cow;

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};
use serde_json::Value;

use super::dates::DateValue;
use super::read::NoticeReading;
use super::span::Span;
use crate::Lang;
use crate::finding::{Finding, FindingView};
use crate::redact::{PersonalDataKind, for_each_personal_data};
use crate::rules::checks::amounts_agree::AmountWordsMismatch;
use crate::rules::checks::no_personal_data::{IdNumberExposed, MobileExposed};
use crate::rules::checks::notice_format::NoticeHeadingsMissing;
use crate::rules::checks::summary_agrees::NoticeSummaryMismatch;
use crate::rules::{Applies, Check, Detail, RuleSet};

/// A finding on a notice, with the span of the input it is about when there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct NoticeFinding {
    /// The finding.
    pub finding: Finding,
    /// The span of the input: the evidence of the value the finding points at, or the text a
    /// text-only finding is about.
    pub span: Option<Span>,
}

/// A notice read and judged.
#[derive(Debug, Clone)]
pub struct NoticeReport {
    /// What was read.
    pub reading: NoticeReading,
    /// The record's findings, then the text's.
    pub findings: Vec<NoticeFinding>,
}

impl NoticeReport {
    /// True when nothing of severity `error` was found.
    pub fn ok(&self) -> bool {
        !self
            .findings
            .iter()
            .any(|f| f.finding.severity() == crate::Severity::Error)
    }

    /// The report as JSON: `{ok, notice: {type, domain, method}, record, evidence: [{path,
    /// span: [start, end], label}], absent, notStated, unread: [{key, span}], complete, dates,
    /// amounts, signature, findings: [{…finding…, span?}]}`, labels and messages in `lang`, spans
    /// into the input.
    pub fn to_json(&self, lang: Lang) -> String {
        // Written straight from the report, in the order above, the record's fields in the
        // order of every other record's JSON; no value is built. serde_json fails only on a map
        // key that is no string, which nothing the report holds has: no error to report.
        serde_json::to_string(&ReportJson { report: self, lang }).unwrap_or_default()
    }

    /// The report as a JSON value: what [`to_json`](Self::to_json) writes, as a tree.
    pub fn to_value(&self, lang: Lang) -> Value {
        serde_json::to_value(ReportJson { report: self, lang }).unwrap_or(Value::Null)
    }
}

/// The report's shape, written by [`NoticeReport::to_json`] and [`NoticeReport::to_value`] alike,
/// its keys in the order `to_json` documents.
struct ReportJson<'a> {
    report: &'a NoticeReport,
    lang: Lang,
}

/// A span as JSON: `[start, end]`.
fn span_json(s: Span) -> [usize; 2] {
    [s.start, s.end]
}

impl Serialize for ReportJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let report = self.report;
        let r = &report.reading;
        let k = &r.classification;
        let mut st = s.serialize_struct("NoticeReport", 12)?;
        st.serialize_field("ok", &report.ok())?;
        st.serialize_field(
            "notice",
            &NoticeJson {
                notice_type: k.notice_type.as_ref().map(|t| t.value.json_name()),
                domain: k.domain.as_ref().map(|d| d.value.as_str()),
                method: r.record.method.map(|m| m.json_name()),
            },
        )?;
        st.serialize_field("record", &r.record)?;
        let evidence = seq(&r.evidence, |e| EvidenceJson {
            path: &e.path,
            span: span_json(e.span),
            label: &e.label_text,
        });
        st.serialize_field("evidence", &evidence)?;
        st.serialize_field("absent", &r.absent)?;
        st.serialize_field("notStated", &r.not_stated)?;
        let unread = seq(&r.unread, |u| UnreadJson {
            key: &u.value,
            span: span_json(u.span),
        });
        st.serialize_field("unread", &unread)?;
        st.serialize_field("complete", &r.complete)?;
        let dates = seq(&r.dates, |d| ValueJson {
            span: span_json(d.span),
            value: d.value.to_string(),
        });
        st.serialize_field("dates", &dates)?;
        let amounts = seq(&r.amounts, |a| YuanJson {
            span: span_json(a.span),
            yuan: a.value.value.to_string(),
        });
        st.serialize_field("amounts", &amounts)?;
        let signature = r.signature.as_ref().map(|s| SignatureJson {
            bodies: seq(&s.bodies, |b| span_json(*b)),
            date: s.date.value.to_string(),
            span: span_json(s.date.span),
        });
        st.serialize_field("signature", &signature)?;
        let findings = seq(&report.findings, |f| FindingJson {
            view: f.finding.view(self.lang),
            span: f.span,
        });
        st.serialize_field("findings", &findings)?;
        st.end()
    }
}

/// The items of `items`, each serialised as `f` makes it.
struct Seq<I, F>(I, F);

fn seq<I, F, T>(items: I, f: F) -> Seq<I, F>
where
    I: IntoIterator + Copy,
    F: Fn(I::Item) -> T,
    T: Serialize,
{
    Seq(items, f)
}

impl<I, F, T> Serialize for Seq<I, F>
where
    I: IntoIterator + Copy,
    F: Fn(I::Item) -> T,
    T: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.into_iter().map(&self.1))
    }
}

#[derive(Serialize)]
struct NoticeJson {
    #[serde(rename = "type")]
    notice_type: Option<&'static str>,
    domain: Option<&'static str>,
    method: Option<&'static str>,
}

#[derive(Serialize)]
struct EvidenceJson<'a> {
    path: &'a str,
    span: [usize; 2],
    label: &'a Option<String>,
}

#[derive(Serialize)]
struct UnreadJson<'a> {
    key: &'a str,
    span: [usize; 2],
}

#[derive(Serialize)]
struct ValueJson {
    span: [usize; 2],
    value: String,
}

#[derive(Serialize)]
struct YuanJson {
    span: [usize; 2],
    yuan: String,
}

#[derive(Serialize)]
struct SignatureJson<B> {
    bodies: B,
    date: String,
    span: [usize; 2],
}

/// A finding's fields, and its span when it has one.
struct FindingJson<'a> {
    view: FindingView<'a>,
    span: Option<Span>,
}

impl Serialize for FindingJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("NoticeFinding", 8)?;
        self.view.fields(&mut st)?;
        if let Some(span) = self.span {
            st.serialize_field("span", &span_json(span))?;
        }
        st.end()
    }
}

/// The report on a notice read: the record's findings (`record_findings`, by `rules`, as of
/// `today`), each with its evidence's span, and the text's.
pub(crate) fn judged(
    rules: &RuleSet,
    reading: NoticeReading,
    record_findings: Vec<Finding>,
    today: chrono::NaiveDate,
) -> NoticeReport {
    let evidence_span = |path: &str| {
        reading
            .evidence
            .iter()
            .find(|e| e.path == path)
            .map(|e| e.span)
    };
    let mut findings: Vec<NoticeFinding> = record_findings
        .into_iter()
        .map(|f| {
            let span = evidence_span(f.path());
            NoticeFinding { finding: f, span }
        })
        .collect();
    let (extra, repeated) = text_findings(rules, &reading, &findings, today);
    if !repeated.is_empty() {
        findings = findings
            .into_iter()
            .enumerate()
            .filter(|(i, _)| !repeated.contains(i))
            .map(|(_, f)| f)
            .collect();
    }
    findings.extend(extra);
    NoticeReport { reading, findings }
}

/// What only the text shows, spans of the input; and the record's findings that repeat one
/// of those, by their index.
///
/// An unmasked number inside a table is inside each element the table gives (the candidates,
/// and their project managers' column): the record's judgement finds it in each. It is one
/// number exposed, and its finding is on the narrowest element that holds it; a wider
/// element's finding of the same kind stays only for a number of its own.
fn text_findings(
    rules: &RuleSet,
    reading: &NoticeReading,
    record_findings: &[NoticeFinding],
    today: chrono::NaiveDate,
) -> (Vec<NoticeFinding>, Vec<usize>) {
    let record = &reading.record;
    let text = reading.text();
    let spans = &reading.text_spans;
    let to_input = |s: Span| reading.to_input(s);
    let already = |code: &str, path: &str| {
        record_findings
            .iter()
            .any(|f| f.finding.code().as_str() == code && f.finding.path() == path)
    };
    // The element whose value holds `s`, in the text: the narrowest; of one heading that gives
    // two (`处罚依据及处罚决定`), the decision rather than its basis, which cites the law.
    let element_at = |s: Span| {
        spans
            .elements
            .iter()
            .filter_map(|e| e.value.filter(|v| v.contains(s)).map(|v| (v, e)))
            .min_by_key(|(v, e)| {
                (
                    v.end - v.start,
                    e.key.ends_with("Basis"),
                    // Of one value given to two elements, the item's first (a list's allottees
                    // before their homes).
                    record
                        .item
                        .elements()
                        .iter()
                        .position(|x| x.key == e.key)
                        .unwrap_or(usize::MAX),
                )
            })
            .map(|(_, e)| e.key.to_string())
    };
    let mut out = Vec::new();
    // Of the record's privacy findings, (index, whether a number only it holds was found).
    let mut privacy: Vec<(usize, bool)> = Vec::new();
    for rule in rules.for_item(record.item) {
        if rule.in_force_for(record) == Applies::No || rule.applies(record) != Applies::Yes {
            continue;
        }
        let mut push = |path: Cow<'static, str>, detail: Detail, span: Option<Span>| {
            out.push(NoticeFinding {
                finding: Finding::new(rule, rule.severity, path, detail),
                span: span.map(to_input),
            });
        };
        match &rule.check {
            Check::AmountsAgree(_) => {
                for p in spans.amount_pairs.iter().filter(|p| !p.agrees()) {
                    let key = element_at(p.words.span);
                    let path: Cow<'static, str> = match &key {
                        Some(k) => Cow::Owned(crate::pointer::join("/content", k)),
                        None => Cow::Borrowed(""),
                    };
                    if already("amount.words_mismatch", &path) {
                        continue;
                    }
                    let detail = AmountWordsMismatch {
                        key: key.unwrap_or_else(|| "公告正文".to_owned()),
                        in_words: p.words.value.value,
                        in_figures: vec![p.figures.value.value],
                    };
                    let span = Span {
                        start: p.words.span.start.min(p.figures.span.start),
                        end: p.words.span.end.max(p.figures.span.end),
                    };
                    push(path, detail.into(), Some(span));
                }
            }
            Check::NoPersonalData(_) => {
                for_each_personal_data(text, today, |hit| {
                    let s = Span {
                        start: hit.range.start,
                        end: hit.range.end,
                    };
                    let (code, detail): (&str, Detail) = match hit.kind {
                        PersonalDataKind::IdNumber => {
                            ("privacy.id_number_exposed", IdNumberExposed.into())
                        }
                        PersonalDataKind::MobileNumber => {
                            ("privacy.mobile_exposed", MobileExposed.into())
                        }
                    };
                    let in_record = element_at(s)
                        .is_some_and(|k| already(code, &crate::pointer::join("/content", &k)))
                        || (spans.title.contains(s) && already(code, "/title"));
                    if in_record {
                        note_holders(record_findings, spans, code, s, &mut privacy);
                    } else {
                        push(Cow::Borrowed(""), detail, Some(s));
                    }
                });
            }
            Check::NoticeFormat(format) => {
                let labels: Vec<Cow<'_, str>> = spans
                    .numbered
                    .iter()
                    .filter_map(|l| l.of(text))
                    .map(super::labels::normal)
                    .collect();
                // A heading of the format given under other words (`主要成交标的信息` for
                // `主要标的信息`): the notice's numbered heading gives the same element.
                let table = super::labels::national();
                let key_of = |w: &str| {
                    let w = super::labels::normal(w);
                    table
                        .same_first(&w)
                        .iter()
                        .map(|&i| &table.entries()[i])
                        .filter(|e| e.wording == w)
                        .filter_map(|e| e.key.as_deref())
                        .find(|k| record.item.element(k).is_some())
                };
                let missing = format.missing(
                    &labels,
                    |w| {
                        key_of(w).is_some_and(|k| {
                            spans.elements.iter().any(|e| {
                                e.key == k && e.numbering != super::headings::Numbering::Unnumbered
                            })
                        })
                    },
                    reading.complete,
                );
                if !missing.is_empty() {
                    push(
                        Cow::Borrowed(""),
                        NoticeHeadingsMissing { missing }.into(),
                        None,
                    );
                }
            }
            Check::SummaryAgrees(_) => {
                if let Some((detail, span)) = summary_mismatch(reading) {
                    push(
                        Cow::Borrowed("/events/bidDeadline"),
                        detail.into(),
                        Some(span),
                    );
                }
                for (detail, span, body) in summary_box_mismatches(text) {
                    let path: Cow<'static, str> = match element_at(body) {
                        Some(k) => Cow::Owned(crate::pointer::join("/content", &k)),
                        None => Cow::Borrowed(""),
                    };
                    push(path, detail.into(), Some(span));
                }
            }
            _ => {}
        }
    }
    let repeated = privacy
        .into_iter()
        .filter(|(_, own)| !own)
        .map(|(i, _)| i)
        .collect();
    (out, repeated)
}

/// Notes, for a number exposed at `s` that the record's findings of `code` cover, each element
/// holding it that has such a finding: whether it is a narrowest holder, whose finding that
/// number is (two elements one value gives, a list's applicants and its review, are alike).
fn note_holders(
    record_findings: &[NoticeFinding],
    spans: &super::read::InText,
    code: &str,
    s: Span,
    privacy: &mut Vec<(usize, bool)>,
) {
    let holders = || {
        spans.elements.iter().filter_map(|e| {
            e.value
                .filter(|v| v.contains(s))
                .map(|v| (v.end - v.start, e))
        })
    };
    let narrowest = holders().map(|(w, _)| w).min().unwrap_or(0);
    for (width, e) in holders() {
        let path = crate::pointer::join("/content", &e.key);
        let Some(i) = record_findings
            .iter()
            .position(|f| f.finding.code().as_str() == code && f.finding.path() == path)
        else {
            continue;
        };
        let own = width == narrowest;
        match privacy.iter_mut().find(|(j, _)| *j == i) {
            Some((_, o)) => *o |= own,
            None => privacy.push((i, own)),
        }
    }
}

/// A box of labelled lines over the body under a heading of its own that ends in `摘要`
/// (`成交信息摘要` over `成交价：人民币186,500万元`), against the body's line of the same label
/// below it: where both state an amount, or both a date, and they differ, the box and the body
/// disagree (the summary's value span, the body's value span). Words are not compared: a box
/// may say in other words what the body says.
fn summary_box_mismatches(text: &str) -> Vec<(NoticeSummaryMismatch, Span, Span)> {
    let mut out = Vec::new();
    // Most notices have no box: one search, before their lines are split.
    if super::text::find(text, "摘要").is_none() {
        return out;
    }
    let mut offset = 0;
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .map(|l| {
            let at = offset;
            offset += l.len();
            (at, l.trim_end_matches(['\n', '\r']))
        })
        .collect();
    let Some(head) = lines.iter().position(|(_, l)| {
        let t = l.trim();
        t.ends_with("摘要") && t.chars().count() <= 12
    }) else {
        return out;
    };
    let boxed: Vec<(&str, Span)> = lines[head + 1..]
        .iter()
        .map_while(|&(at, l)| labelled_line(at, l))
        .collect();
    let below = head + 1 + boxed.len();
    for (label, summary) in boxed {
        let Some(body) = lines
            .get(below..)
            .into_iter()
            .flatten()
            .filter_map(|&(at, l)| labelled_line(at, l))
            .find(|(l, _)| *l == label)
            .map(|(_, v)| v)
        else {
            continue;
        };
        let (Some(a), Some(b)) = (summary.of(text), body.of(text)) else {
            continue;
        };
        let amount = |v: &str| super::amounts::amounts(v).first().map(|a| a.value.value);
        let date = |v: &str| super::dates::dates(v).first().map(|d| d.value.clone());
        let differ = match (amount(a), amount(b)) {
            (Some(x), Some(y)) => x != y,
            _ => matches!((date(a), date(b)), (Some(x), Some(y)) if x != y),
        };
        if differ {
            out.push((
                NoticeSummaryMismatch {
                    what: label.to_owned(),
                    summary: a.to_owned(),
                    body: b.to_owned(),
                },
                summary,
                body,
            ));
        }
    }
    out
}

/// A labelled line `l` of a text, starting at byte `at`: its label (two to ten characters of no
/// punctuation) and its value's span in the text.
fn labelled_line(at: usize, l: &str) -> Option<(&str, Span)> {
    let lead = l.len() - l.trim_start().len();
    let t = l.trim();
    let (label, value) = t.split_once('：')?;
    let n = label.chars().count();
    let plain = !label.contains(['，', '。', '、', '；', ' ']);
    let value_at = at + lead + label.len() + '：'.len_utf8();
    let value_at = value_at + (value.len() - value.trim_start().len());
    let value = value.trim();
    ((2..=10).contains(&n) && plain && !value.is_empty()).then_some((
        label,
        Span {
            start: value_at,
            end: value_at + value.len(),
        },
    ))
}

/// The summary over a 50号 announcement (`项目概况` up to the first `一、` heading) and the body
/// disagree on the bid deadline: the summary's date before `前递交` / `前提交` is not the body's.
fn summary_mismatch(reading: &NoticeReading) -> Option<(NoticeSummaryMismatch, Span)> {
    let text = reading.text();
    let body_deadline = reading.record.events.bid_deadline?;
    let start = super::text::find(text, "项目概况")?;
    let end = text[start..]
        .find("\n一、")
        .map_or(text.len(), |e| start + e);
    let summary = &text[start..end];
    let found = super::dates::dates(summary);
    let (date, span) = found.iter().find_map(|d| {
        let after = summary[d.span.end..]
            .trim_start_matches(['(', '（', '北', '京', '时', '间', ')', '）']);
        let deadline = starts_with_any(after, joined_words!(&["前递交", "前提交", "前将", "截止"]));
        match d.value {
            DateValue::Date(v) if deadline => Some((v, d.span)),
            _ => None,
        }
    })?;
    (date != body_deadline).then(|| {
        (
            NoticeSummaryMismatch {
                what: "投标（响应）截止时间".to_owned(),
                summary: date.to_string(),
                body: body_deadline.to_string(),
            },
            Span {
                start: start + span.start,
                end: start + span.end,
            },
        )
    })
}
