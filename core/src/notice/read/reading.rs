//! A notice read ([`NoticeReading`]): the record, the evidence for its values, what the notice
//! lacks, and every span found, in the input and in the text read; the source it was fetched
//! from ([`NoticeSource`]).

use chrono::NaiveDate;

use crate::date::StatedDate;
use crate::model::record::DisclosureRecord;
use crate::notice::amounts::{Amount, AmountPair};
use crate::notice::dates::DateValue;
use crate::notice::elements::FoundElement;
use crate::notice::html::HtmlText;
use crate::notice::kind::Classification;
use crate::notice::parties::FoundParty;
use crate::notice::signature::Signature;
use crate::notice::span::{Span, Spanned};

/// Where and when the caller fetched the notice. Neither is needed; the address gives the
/// channel, and neither gives a date of the notice's own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoticeSource {
    /// The page's address.
    pub url: Option<String>,
    /// The day it was fetched.
    pub fetched_on: Option<NaiveDate>,
}

/// The evidence for one value of the record: where in the input it was read and under which
/// heading or label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// The JSON Pointer of the value in the record (`"/content/projectNumber"`).
    pub path: String,
    /// The span of the input it was read from.
    pub span: Span,
    /// The heading, label or column header it stands under, if any.
    pub label: Option<Span>,
    /// The words of that label, as the text read shows them (without markup).
    pub label_text: Option<String>,
}

/// A notice read: what it is, the record it describes, the evidence for each value, and what it
/// lacks. Every span is a span of the caller's input (of the page, for HTML).
#[derive(Debug, Clone)]
pub struct NoticeReading {
    /// Its type, domain and method, with their evidence.
    pub classification: Classification,
    /// The record it describes.
    pub record: DisclosureRecord,
    /// The evidence for the record's values.
    pub evidence: Vec<Evidence>,
    /// Element keys of the item the notice certainly lacks: it is complete and has no heading,
    /// label or column for them.
    pub absent: Vec<String>,
    /// Element keys of the item the notice may hold but does not show, and those that say what
    /// the notice is about (its project, its party) that the reader did not find.
    pub not_stated: Vec<String>,
    /// Element keys of the item the notice labels (the span of the label's words) in a form not
    /// read: neither absent nor judged, for the notice holds them but what they say is not known.
    pub unread: Vec<Spanned<String>>,
    /// True when the text shows the whole notice: signed and dated (or run to its format's
    /// closing contacts), pointing at no attachment and not cut short. Only then is what it
    /// lacks absent rather than not stated.
    pub complete: bool,
    /// Every element found (key, label, value), each as often as readers quote it, as
    /// [`InText::elements`] says.
    pub elements: Vec<FoundElement>,
    /// Every date stated.
    pub dates: Vec<Spanned<DateValue>>,
    /// Every amount of money stated.
    pub amounts: Vec<Spanned<Amount>>,
    /// The amounts written both in 大写 and in figures.
    pub amount_pairs: Vec<AmountPair>,
    /// The parties named, in the order of the record's `parties`.
    pub parties: Vec<FoundParty>,
    /// The 落款.
    pub signature: Option<Signature>,
    /// True when the input was read as an HTML page.
    pub html: bool,
    /// The text the readers read, when it is not the page's text as parsed (plain text, or a
    /// page whose broken lines were joined); `None` for a page's text as it is, which the page
    /// holds already (not copied). `text_spans` holds the spans of the same values in it, for
    /// the text-only checks.
    pub(crate) text: Option<String>,
    pub(crate) text_spans: InText,
    /// The page, for HTML: maps spans of `text` to the input.
    pub(crate) page: Option<HtmlText>,
}

/// What a reading found, with spans of the text read ([`NoticeReading::text`]) rather than of
/// the input: for an HTML page, the words as shown, without markup.
#[derive(Debug, Clone, Default)]
pub struct InText {
    /// Every element found, each as often as readers quote it (a table that holds several
    /// elements gives each as its cell or rows, and again as the table shown): the record's
    /// values are among them, and its evidence says which.
    pub elements: Vec<FoundElement>,
    /// The amounts written both in 大写 and in figures.
    pub amount_pairs: Vec<AmountPair>,
    /// The parties named.
    pub parties: Vec<FoundParty>,
    /// The 落款.
    pub signature: Option<Signature>,
    /// Every date stated.
    pub dates: Vec<Spanned<DateValue>>,
    /// Every amount stated.
    pub amounts: Vec<Spanned<Amount>>,
    /// The title line.
    pub title: Span,
    /// The labels of the numbered headings, in order; in a notice without first-level numbers,
    /// also its short lines without a colon, which stand as its headings.
    pub numbered: Vec<Span>,
}

impl NoticeReading {
    /// The text the readers read: the input itself for plain text, the page's text for HTML.
    pub fn text(&self) -> &str {
        match (&self.text, &self.page) {
            (Some(text), _) => text,
            (None, Some(page)) => page.text(),
            (None, None) => "",
        }
    }

    /// What was found, with spans of [`text`](Self::text).
    pub fn in_text(&self) -> &InText {
        &self.text_spans
    }

    /// The span of the input that a span of [`text`](Self::text) was read from.
    pub fn to_input(&self, span: Span) -> Span {
        match &self.page {
            Some(page) => page.to_html(span),
            None => span,
        }
    }

    /// Adds an element read above the title, in `text` (the page's words): its value to the
    /// record, its evidence (with its label, if it has one), and it leaves the absent and unstated
    /// lists.
    pub(super) fn add_page_element(&mut self, e: FoundElement, text: &str) {
        let Some(value) = e.value else { return };
        let Some(v) = value.of(text) else { return };
        self.record.content.insert(e.key.to_string(), v.to_owned());
        let path = crate::pointer::join("/content", &e.key);
        let label = (!e.label.is_empty()).then_some(e.label);
        self.evidence.push(Evidence {
            path: path.clone(),
            span: value,
            label,
            label_text: label.and_then(|l| l.of(text)).map(str::to_owned),
        });
        self.absent.retain(|k| *k != e.key);
        self.not_stated.retain(|k| *k != e.key);
        self.unread.retain(|k| k.value != e.key);
        self.record.not_stated.retain(|p| *p != path);
        self.text_spans.elements.insert(0, e.clone());
        self.elements.insert(0, e);
    }

    /// Adds a date the page states above the title, in its place among the dates read.
    pub(super) fn add_page_date(&mut self, d: Spanned<StatedDate>) {
        let date = Spanned {
            value: DateValue::Date(d.value),
            span: d.span,
        };
        let at = self.dates.partition_point(|x| x.span.start < d.span.start);
        self.dates.insert(at, date.clone());
        let at = self
            .text_spans
            .dates
            .partition_point(|x| x.span.start < d.span.start);
        self.text_spans.dates.insert(at, date);
    }

    /// The same reading with every span moved by `f`; `html` says the input was a page.
    pub(super) fn mapped(mut self, mut f: impl FnMut(Span) -> Span, html: bool) -> NoticeReading {
        let k = &mut self.classification;
        if let Some(t) = k.notice_type.as_mut() {
            t.span = f(t.span);
        }
        if let Some(d) = k.domain.as_mut() {
            d.span = f(d.span);
        }
        if let Some(m) = k.method.as_mut() {
            m.span = f(m.span);
        }
        for e in &mut self.evidence {
            e.span = f(e.span);
            e.label = e.label.map(&mut f);
        }
        for e in &mut self.elements {
            e.label = f(e.label);
            e.value = e.value.map(&mut f);
        }
        for d in &mut self.dates {
            d.span = f(d.span);
        }
        for u in &mut self.unread {
            u.span = f(u.span);
        }
        for a in &mut self.amounts {
            a.span = f(a.span);
        }
        for p in &mut self.amount_pairs {
            p.words.span = f(p.words.span);
            p.figures.span = f(p.figures.span);
        }
        for p in &mut self.parties {
            p.name = f(p.name);
            p.label = f(p.label);
            p.credit_code = p.credit_code.map(&mut f);
        }
        if let Some(s) = self.signature.as_mut() {
            s.date.span = f(s.date.span);
            for b in &mut s.bodies {
                *b = f(*b);
            }
        }
        self.html |= html;
        self
    }
}
