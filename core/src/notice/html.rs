//! A notice served as an HTML page, turned into the text the readers work on, with a map from
//! every span of that text back to the bytes of the page it came from — so that evidence points
//! into the caller's input, not into a copy.
//!
//! The page is read by a small tokenizer of its own (the choice, measured against html5ever, tl,
//! html5gum and lol_html, is in BENCHMARKS.md, "HTML parser choice"): a notice needs its text,
//! its line breaks and its tables, not a DOM, and only a tokenizer that works on the caller's
//! bytes keeps the offsets that evidence needs. What it does, as a browser shows the page:
//!
//! - block elements (`<p>`, `<div>`, `<br>`, `<li>`, `<h1>` …) end a line; runs of white space
//!   are one space; `&nbsp;`, `&amp;`, `&#20013;`, `&#x4E2D;` and the other common entities are
//!   decoded (an unknown one is left as written, as browsers do);
//! - a data table's row is one line with its cells separated by a tab, so that the table readers
//!   see rows and columns; breaks inside a cell are spaces. A table that holds another table, or
//!   whose cells hold paragraphs of text, lays the page out: its cells are lines;
//! - what a reader of the notice does not see is dropped: `<head>`, scripts, styles, comments,
//!   forms' drop-down lists, and the portal's chrome — `<nav>`, `<footer>`, `<aside>`, and
//!   elements whose `class` or `id` names a navigation bar, a menu, a breadcrumb trail or a
//!   footer;
//! - broken markup reads as a browser reads it: an unclosed `<p>` or `<td>` is closed by the next
//!   one, a stray `</div>` at most ends a line, a `<` that starts no tag is text.
//!
//! # Example
//! ```
//! use gongkai::notice::{HtmlText, Span};
//! let html = "<div class=nav>首页</div><h1>结果公告</h1><p>项目编号：<b>YJ&#45;1</b><p>金额&nbsp;5元";
//! let page = HtmlText::parse(html);
//! assert_eq!(page.text(), "结果公告\n项目编号：YJ-1\n金额\u{a0}5元");
//! let number = page.text().find("YJ").unwrap();
//! let span = page.to_html(Span { start: number, end: number + 4 });
//! assert_eq!(span.of(html), Some("YJ&#45;1"));
//! ```

use super::span::Span;
use super::text::find_byte;

/// The text of an HTML page and where each part of it was read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlText {
    text: String,
    /// Ordered by `text`: each piece of the text and the bytes of the page it stands for.
    pieces: Vec<Piece>,
}

/// A piece of the text: `len` bytes at `text` read from `html_len` bytes at `html`; `verbatim`
/// when they are the same bytes (so that a position inside maps to a position inside).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    text: usize,
    len: usize,
    html: usize,
    html_len: usize,
    verbatim: bool,
}

/// True when `input` reads as an HTML page rather than plain text: it opens (after white space
/// and a byte-order mark) with a tag, a doctype or a comment, or holds an `<html`, `<body`,
/// `<p>`, `<div`, `<table`, `<td` or `<br` tag.
///
/// # Example
/// ```
/// use gongkai::notice::looks_like_html;
/// assert!(looks_like_html("<!DOCTYPE html><html>…"));
/// assert!(looks_like_html("结果公告<br>项目编号：1"));
/// assert!(!looks_like_html("金额<5万元的项目"));
/// ```
pub fn looks_like_html(input: &str) -> bool {
    let head = input.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let opens = head.starts_with('<')
        && head[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '!' || c == '?');
    if opens {
        return true;
    }
    let bytes = input.as_bytes();
    let mut from = 0;
    while let Some(at) = bytes[from..].iter().position(|&b| b == b'<') {
        let rest = &bytes[from + at + 1..];
        for tag in [
            "html", "body", "p>", "p ", "div", "table", "td", "br", "span",
        ] {
            if rest.len() >= tag.len() && rest[..tag.len()].eq_ignore_ascii_case(tag.as_bytes()) {
                return true;
            }
        }
        from += at + 1;
    }
    false
}

impl HtmlText {
    /// Reads a page. Never fails: any input is some page.
    pub fn parse(html: &str) -> HtmlText {
        let mut tokens = tokenize(html);
        show_unclosed_chrome(html, &mut tokens);
        let layout = layout_tables(&tokens);
        let mut w = Writer::new(html);
        // The open elements whose content is not shown, by name.
        let mut hidden: Vec<&[u8]> = Vec::new();
        // Per open table: its kind (true for a data table), whether its row has a cell yet, and
        // its grid (the cells that span columns and rows).
        let mut tables: Vec<(bool, bool, Grid)> = Vec::new();
        let mut in_pre = 0usize;
        // A term's end (`</dt>`) whose line break waits: a description right after it (`<dd>`)
        // stands on the term's line after a tab, as a label's cell beside its value's
        // (`<dt>投资方</dt><dd>某公司</dd>`).
        let mut term_end: Option<(usize, usize)> = None;
        let named = |name: (usize, usize), n: &[u8]| {
            html.as_bytes()[name.0..name.1].eq_ignore_ascii_case(n)
        };
        for (k, t) in tokens.iter().enumerate() {
            if let Some((start, end)) = term_end {
                let description =
                    matches!(*t, Token::Start { tag: Tag::Block, name, .. } if named(name, b"dd"));
                let blank =
                    matches!(*t, Token::Text { start, end } if html[start..end].trim().is_empty());
                if description {
                    w.cell(start, end);
                } else if !blank {
                    w.line(start, end);
                }
                if !blank {
                    term_end = None;
                }
                if description {
                    continue;
                }
            }
            match *t {
                Token::Text { start, end } => {
                    if hidden.is_empty() {
                        w.text(start, end, in_pre > 0);
                    }
                }
                Token::Start {
                    tag,
                    name,
                    start,
                    end,
                    chrome,
                    closed,
                } => {
                    if tag == Tag::Body {
                        // A `<head>` never closed ends where the body starts.
                        hidden.clear();
                        continue;
                    }
                    if !hidden.is_empty() || chrome || tag.hides() {
                        if !closed && !tag.is_void() {
                            hidden.push(&html.as_bytes()[name.0..name.1]);
                        }
                        continue;
                    }
                    // Within a data table's cell; a block between its rows (after `</tr>`, a
                    // page's paragraphs its cells never closed) stands on a line of its own.
                    let data = tables.last().is_some_and(|t| t.0 && t.1);
                    match tag {
                        Tag::Table => {
                            w.line(start, end);
                            tables.push((!layout.contains(&k), false, Grid::default()));
                        }
                        Tag::Tr => {
                            if let Some((true, has_cell, grid)) = tables.last_mut()
                                && *has_cell
                            {
                                grid.end_row(&mut w, start);
                            }
                            w.line(start, end);
                            if let Some(t) = tables.last_mut() {
                                t.1 = false;
                            }
                        }
                        Tag::Td | Tag::Th => match tables.last_mut() {
                            Some((true, has_cell, grid)) => {
                                if std::mem::replace(has_cell, true) {
                                    grid.next_cell(&mut w, start, end);
                                } else {
                                    grid.first_cell(&mut w, start);
                                }
                                grid.place(&html.as_bytes()[start..end]);
                            }
                            _ => w.line(start, end),
                        },
                        Tag::Pre => {
                            in_pre += 1;
                            w.line(start, end);
                        }
                        tag if tag.is_block() => {
                            if data {
                                w.space(start, end);
                            } else {
                                w.line(start, end);
                            }
                        }
                        _ => {}
                    }
                }
                Token::End {
                    tag,
                    name,
                    start,
                    end,
                } => {
                    let name = &html.as_bytes()[name.0..name.1];
                    if let Some(at) = hidden.iter().rposition(|n| n.eq_ignore_ascii_case(name)) {
                        hidden.truncate(at);
                        continue;
                    }
                    if !hidden.is_empty() {
                        continue;
                    }
                    match tag {
                        Tag::Table => {
                            if let Some((true, true, mut grid)) = tables.pop() {
                                grid.end_row(&mut w, start);
                            }
                            w.line(start, end);
                        }
                        Tag::Pre => {
                            in_pre = in_pre.saturating_sub(1);
                            w.line(start, end);
                        }
                        Tag::Tr => {
                            if let Some((true, has_cell, grid)) = tables.last_mut()
                                && std::mem::replace(has_cell, false)
                            {
                                grid.end_row(&mut w, start);
                                w.line(start, end);
                            }
                        }
                        Tag::Td | Tag::Th => {}
                        tag if tag.is_block() => {
                            if tables.last().is_some_and(|t| t.0 && t.1) {
                                w.space(start, end);
                            } else if tag == Tag::Block
                                && name.eq_ignore_ascii_case(b"dt")
                                // A term that is a label already (`<dt>处罚机关：</dt>`) reads so.
                                && !w.out.text.trim_end().ends_with([':', '：'])
                            {
                                term_end = Some((start, end));
                            } else {
                                w.line(start, end);
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        w.finish()
    }

    /// The text, as the readers read it.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The span of the page that a span of [`text`](Self::text) was read from: a decoded
    /// entity, a collapsed run of white space or a line break stands for its whole source.
    pub fn to_html(&self, span: Span) -> Span {
        self.mapper().map(span)
    }

    /// A mapper of many spans of the text to the page, each looked for first where the one
    /// before it was: a reading's spans come mostly in order, a span's end in its start's piece.
    pub(crate) fn mapper(&self) -> Mapper<'_> {
        Mapper {
            page: self,
            last: 0,
            blocks: Vec::new(),
        }
    }

    /// [`HtmlText::mapper`] for a great many spans (a reading's): the first piece of each
    /// [`BLOCK`] bytes of the text found once, so that a span out of order is looked for from
    /// its block's first piece, a few pieces on, rather than by halves among them all.
    pub(crate) fn mapper_for_many(&self) -> Mapper<'_> {
        let pieces = &self.pieces;
        let mut blocks = Vec::with_capacity(self.text.len() / BLOCK + 1);
        let mut i = 0;
        for b in 0..=self.text.len() / BLOCK {
            while pieces.get(i).is_some_and(|p| p.text + p.len <= b * BLOCK) {
                i += 1;
            }
            blocks.push(i);
        }
        Mapper {
            page: self,
            last: 0,
            blocks,
        }
    }
}

/// The bytes of text a block of [`HtmlText::mapper_for_many`] spans.
const BLOCK: usize = 32;

/// [`HtmlText::to_html`] for many spans ([`HtmlText::mapper`]).
pub(crate) struct Mapper<'a> {
    page: &'a HtmlText,
    /// The piece the last offset was in.
    last: usize,
    /// The first piece that ends after each [`BLOCK`]'s first byte; empty when not found.
    blocks: Vec<usize>,
}

impl Mapper<'_> {
    /// [`HtmlText::to_html`].
    pub(crate) fn map(&mut self, span: Span) -> Span {
        let start = self.html_at(span.start, false);
        let end = if span.is_empty() {
            start
        } else {
            self.html_at(span.end, true).max(start)
        };
        Span { start, end }
    }

    /// The index of the first piece that ends after `probe`: the last one's or the next when
    /// it is one of them, else found by halves.
    fn piece(&mut self, probe: usize) -> usize {
        let pieces = &self.page.pieces;
        let ends_by = |i: usize| pieces.get(i).is_some_and(|p| p.text + p.len <= probe);
        let is_first_after = |i: usize| !ends_by(i) && (i == 0 || ends_by(i - 1));
        let i = if let Some(&first) = self.blocks.get(probe / BLOCK) {
            // The pieces are the text's runs in order, each starting where the one before it
            // ends: none before the block's first ends after `probe`.
            let mut i = first;
            while ends_by(i) {
                i += 1;
            }
            i
        } else if is_first_after(self.last) {
            self.last
        } else if is_first_after(self.last + 1) {
            self.last + 1
        } else {
            pieces.partition_point(|p| p.text + p.len <= probe)
        };
        self.last = i;
        i
    }

    /// The byte of the page at text offset `at`: where it starts, or (`end`) where the text
    /// before it ends.
    fn html_at(&mut self, at: usize, end: bool) -> usize {
        let probe = if end { at.saturating_sub(1) } else { at };
        let i = self.piece(probe);
        let page = self.page;
        match page.pieces.get(i) {
            None => page.pieces.last().map_or(0, |p| p.html + p.html_len),
            Some(p) if p.verbatim => p.html + (at.clamp(p.text, p.text + p.len) - p.text),
            Some(p) if end => p.html + p.html_len,
            Some(p) => p.html,
        }
    }
}

/// Builds the text and its pieces.
/// A data table's columns as its cells span them (`colspan`, `rowspan`): each row is written
/// with a cell for every column, empty where a cell of the row or of one above spans it, so
/// that a column's cells line up under its header.
#[derive(Debug, Default)]
struct Grid {
    /// The column the next cell of the row takes.
    col: usize,
    /// Per column: the rows below this one a cell above still spans.
    below: Vec<u16>,
    /// Per column: the rows below this one a cell of this row spans.
    spans: Vec<u16>,
    /// The columns the last cell spans beyond its first.
    wide: usize,
}

impl Grid {
    /// The most a cell may span: more is a page's mistake, not a table.
    const MOST: usize = 64;

    /// Before a row's first cell: the columns cells above span.
    fn first_cell(&mut self, w: &mut Writer<'_>, at: usize) {
        self.col = 0;
        self.skip_spanned(w, at);
    }

    /// Between two cells: the last one's extra columns, then those cells above span.
    fn next_cell(&mut self, w: &mut Writer<'_>, start: usize, end: usize) {
        w.cell(start, end);
        for _ in 0..self.wide {
            w.empty_cell(start);
        }
        self.col += self.wide;
        self.wide = 0;
        self.skip_spanned(w, start);
    }

    fn skip_spanned(&mut self, w: &mut Writer<'_>, at: usize) {
        while self.below.get(self.col).is_some_and(|&n| n > 0) {
            w.empty_cell(at);
            self.col += 1;
        }
    }

    /// A cell at the current column, its start tag `tag`.
    fn place(&mut self, tag: &[u8]) {
        let cols = span_attribute(tag, b"colspan");
        let rows = span_attribute(tag, b"rowspan");
        let last = (self.col + cols).min(Self::MOST);
        if self.spans.len() < last {
            self.spans.resize(last, 0);
        }
        for k in self.col..last {
            self.spans[k] = (rows - 1) as u16;
        }
        self.col += 1;
        self.wide = cols - 1;
    }

    /// After a row's last cell: its extra columns and the columns spanned to the row's end, and
    /// the spans carried to the next row.
    fn end_row(&mut self, w: &mut Writer<'_>, at: usize) {
        self.col += self.wide;
        self.wide = 0;
        let width = self.below.len().max(self.spans.len());
        // Only the columns a cell above still spans: a short row ends where its cells do.
        let last_spanned = (0..self.below.len())
            .rev()
            .find(|&k| self.below[k] > 0)
            .map_or(0, |k| k + 1);
        while self.col < last_spanned {
            w.empty_cell(at);
            self.col += 1;
        }
        self.below.resize(width, 0);
        for k in 0..width {
            let mine = self.spans.get(k).copied().unwrap_or(0);
            self.below[k] = if mine > 0 {
                mine
            } else {
                self.below[k].saturating_sub(1)
            };
        }
        self.spans.clear();
        self.col = 0;
    }
}

/// The number a cell's start tag gives `name` (`colspan="3"`): 1 without it, at most
/// [`Grid::MOST`].
fn span_attribute(tag: &[u8], name: &[u8]) -> usize {
    let Some(at) = tag
        .windows(name.len())
        .position(|w| w.eq_ignore_ascii_case(name))
    else {
        return 1;
    };
    let rest = &tag[at + name.len()..];
    let digits: usize = rest
        .iter()
        .skip_while(|b| matches!(b, b' ' | b'=' | b'"' | b'\''))
        .take_while(|b| b.is_ascii_digit())
        .take(3)
        .fold(0, |n, b| n * 10 + usize::from(b - b'0'));
    digits.clamp(1, Grid::MOST)
}

struct Writer<'a> {
    html: &'a str,
    out: HtmlText,
    /// A space is due before the next text: where its white space was.
    space: Option<(usize, usize)>,
}

impl<'a> Writer<'a> {
    fn new(html: &'a str) -> Writer<'a> {
        Writer {
            html,
            out: HtmlText {
                text: String::with_capacity(html.len() / 2),
                pieces: Vec::with_capacity(html.len() / 16),
            },
            space: None,
        }
    }

    fn push(&mut self, s: &str, html: usize, html_len: usize, verbatim: bool) {
        let text = self.out.text.len();
        self.out.text.push_str(s);
        self.out.pieces.push(Piece {
            text,
            len: s.len(),
            html,
            html_len,
            verbatim,
        });
    }

    fn at_line_start(&self) -> bool {
        self.out.text.is_empty() || self.out.text.ends_with(['\n', '\t'])
    }

    /// A line break for the tag at `start..end`, unless the text is at a line's start.
    fn line(&mut self, start: usize, end: usize) {
        self.space = None;
        if !self.out.text.is_empty() && !self.out.text.ends_with('\n') {
            self.push("\n", start, end - start, false);
        }
    }

    /// A cell boundary.
    fn cell(&mut self, start: usize, end: usize) {
        self.space = None;
        if !self.out.text.ends_with('\n') && !self.out.text.is_empty() {
            self.push("\t", start, end - start, false);
        }
    }

    /// An empty cell's boundary, at a line's start too (a column a cell above spans).
    fn empty_cell(&mut self, at: usize) {
        self.space = None;
        self.push("\t", at, 0, false);
    }

    /// A break inside a table cell: a space.
    fn space(&mut self, start: usize, end: usize) {
        if !self.at_line_start() && self.space.is_none() {
            self.space = Some((start, end));
        }
    }

    /// The text of `start..end` (white space collapsed unless `pre`).
    fn text(&mut self, start: usize, end: usize, pre: bool) {
        let html = self.html;
        let s = &html[start..end];
        let mut i = 0;
        let bytes = s.as_bytes();
        while i < bytes.len() {
            let b = bytes[i];
            if !pre && matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                let from = i;
                while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
                {
                    i += 1;
                }
                if !self.at_line_start() && self.space.is_none() {
                    self.space = Some((start + from, start + i));
                }
                continue;
            }
            if let Some((a, b)) = self.space.take() {
                self.push(" ", a, b - a, false);
            }
            if b == b'&' {
                if let Some((decoded, len)) = entity(&s[i..]) {
                    let mut buf = [0u8; 4];
                    self.push(decoded.encode_utf8(&mut buf), start + i, len, false);
                    i += len;
                    continue;
                }
            }
            // A run of plain text, up to the next space or entity.
            let from = i;
            i = if pre {
                find_byte(bytes, i + 1, b'&').unwrap_or(bytes.len())
            } else {
                run_end(bytes, i + 1)
            };
            // `from..i` ends on a character boundary: it stops only at ASCII bytes or the end.
            self.push(&s[from..i], start + from, i - from, true);
        }
    }

    fn finish(mut self) -> HtmlText {
        while self.out.text.ends_with(['\n', '\t']) {
            self.out.text.pop();
            self.out.pieces.pop();
        }
        self.out
    }
}

/// The tags that matter, by name; everything else is `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Table,
    Tr,
    Td,
    Th,
    Pre,
    Body,
    /// Ends a line.
    Block,
    /// `<br>`: ends a line, has no end tag.
    Br,
    /// Not shown, with its content: `head`, `script`, `style`, `nav` ….
    Hidden,
    /// Whose content is text up to its end tag: `script`, `style`, `textarea`, `title`, `xmp`.
    Raw(Raw),
    /// Void and not shown: `img`, `input`, `meta` ….
    Void,
    Other,
}

/// The elements whose content is text up to their end tag, by name (a byte, not a `&str`: a
/// token is then 40 bytes, not 64, and a page has many).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Raw {
    Script,
    Style,
    Textarea,
    Title,
    Xmp,
}

impl Raw {
    fn name(self) -> &'static str {
        match self {
            Raw::Script => "script",
            Raw::Style => "style",
            Raw::Textarea => "textarea",
            Raw::Title => "title",
            Raw::Xmp => "xmp",
        }
    }
}

impl Tag {
    fn of(name: &[u8]) -> Tag {
        let mut lower = [0u8; 10];
        if name.len() > lower.len() {
            return Tag::Other;
        }
        for (l, b) in lower.iter_mut().zip(name) {
            *l = b.to_ascii_lowercase();
        }
        match &lower[..name.len()] {
            b"table" => Tag::Table,
            b"tr" => Tag::Tr,
            b"td" => Tag::Td,
            b"th" => Tag::Th,
            b"pre" => Tag::Pre,
            b"body" => Tag::Body,
            b"br" => Tag::Br,
            b"p" | b"div" | b"li" | b"ul" | b"ol" | b"dl" | b"dt" | b"dd" | b"h1" | b"h2"
            | b"h3" | b"h4" | b"h5" | b"h6" | b"section" | b"article" | b"header" | b"main"
            | b"blockquote" | b"hr" | b"center" | b"address" | b"fieldset" | b"caption"
            | b"thead" | b"tbody" | b"tfoot" | b"form" | b"figure" | b"figcaption" => Tag::Block,
            b"script" => Tag::Raw(Raw::Script),
            b"style" => Tag::Raw(Raw::Style),
            b"textarea" => Tag::Raw(Raw::Textarea),
            b"title" => Tag::Raw(Raw::Title),
            b"xmp" => Tag::Raw(Raw::Xmp),
            b"head" => Tag::Hidden,
            b"nav" => Tag::Hidden,
            b"footer" => Tag::Hidden,
            b"aside" => Tag::Hidden,
            b"noscript" => Tag::Hidden,
            b"template" => Tag::Hidden,
            b"select" => Tag::Hidden,
            b"iframe" => Tag::Hidden,
            b"object" => Tag::Hidden,
            b"svg" => Tag::Hidden,
            b"img" | b"input" | b"meta" | b"link" | b"base" | b"col" | b"area" | b"embed"
            | b"source" | b"wbr" | b"param" | b"track" => Tag::Void,
            _ => Tag::Other,
        }
    }

    fn is_block(self) -> bool {
        matches!(self, Tag::Block | Tag::Br)
    }

    fn is_void(self) -> bool {
        matches!(self, Tag::Br | Tag::Void)
    }

    fn hides(self) -> bool {
        matches!(self, Tag::Hidden | Tag::Raw(_))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    Text {
        start: usize,
        end: usize,
    },
    Start {
        tag: Tag,
        /// The bytes of its name.
        name: (usize, usize),
        start: usize,
        end: usize,
        /// Its `class` or `id` names the portal's chrome.
        chrome: bool,
        /// Written `<x/>`, or a raw-text element read to its end tag here.
        closed: bool,
    },
    End {
        tag: Tag,
        name: (usize, usize),
        start: usize,
        end: usize,
    },
}

/// Chrome that is never closed (`<div class="position">当前位置：…` and then the notice, the
/// `</div>` forgotten) would hide the rest of the page: such an element is shown. An element is
/// closed by its own end tag; one still open when an enclosing element ends, or at the end of
/// the page, never was. Nor is chrome what holds most of the page's text (its `</div>`
/// forgotten and a later one, meant for another, taken for its own: two thirds of it, and
/// 1,000 bytes or more, or 200 in three paragraphs or more): a breadcrumb, a menu, a side bar or
/// a footer is a few lines.
fn show_unclosed_chrome(html: &str, tokens: &mut [Token]) {
    if !tokens
        .iter()
        .any(|t| matches!(t, Token::Start { chrome: true, .. }))
    {
        return;
    }
    let b = html.as_bytes();
    // The text's bytes in tokens `a..b`, and in all.
    let text_in = |tokens: &[Token], a: usize, b: usize| -> usize {
        tokens[a..b]
            .iter()
            .map(|t| match *t {
                Token::Text { start, end } => end - start,
                _ => 0,
            })
            .sum()
    };
    // The page's text in all, counted only for chrome large enough to ask.
    let mut text: Option<usize> = None;
    // The open elements: their names and token indexes.
    let mut open: Vec<(&[u8], usize)> = Vec::new();
    let mut unclosed: Vec<usize> = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        match *t {
            Token::Start {
                tag, name, closed, ..
            } if !closed && !tag.is_void() => open.push((&b[name.0..name.1], k)),
            Token::End { name, .. } => {
                let name = &b[name.0..name.1];
                if let Some(at) = open.iter().rposition(|(n, _)| n.eq_ignore_ascii_case(name)) {
                    unclosed.extend(open[at + 1..].iter().map(|&(_, k)| k));
                    // Only chrome is looked into: most elements are none.
                    let (_, first) = open[at];
                    if matches!(tokens[first], Token::Start { chrome: true, .. }) {
                        let within = text_in(tokens, first, k);
                        // A short page's notice in paragraphs (`<p>`) under a breadcrumb never
                        // closed: no chrome holds paragraphs.
                        let paragraphs = || {
                            tokens[first..k]
                                .iter()
                                .filter(|t| {
                                    matches!(t, Token::Start { name, .. }
                                        if b[name.0..name.1].eq_ignore_ascii_case(b"p"))
                                })
                                .count()
                                >= 3
                        };
                        if (within > 1000 || within > 200 && paragraphs())
                            && within * 3
                                > *text.get_or_insert_with(|| text_in(tokens, 0, tokens.len())) * 2
                        {
                            unclosed.push(first);
                        }
                    }
                    open.truncate(at);
                }
            }
            _ => {}
        }
    }
    unclosed.extend(open.iter().map(|&(_, k)| k));
    for k in unclosed {
        if let Token::Start { chrome, .. } = &mut tokens[k] {
            *chrome = false;
        }
    }
}

/// The words of a `class` or `id` that name a page's chrome rather than its content.
const CHROME: &[&str] = &[
    "nav",
    "navbar",
    "menu",
    "footer",
    "foot",
    "ft",
    "bottom",
    "breadcrumb",
    "crumb",
    "crumbs",
    "position",
    "sidebar",
    "share",
    "copyright",
    "toolbar",
    "links",
];

fn is_chrome(value: &[u8]) -> bool {
    value
        .split(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        .filter(|w| !w.is_empty())
        .any(|w| {
            // `main-nav`, `nav_top`, `footer2` name chrome too.
            w.split(|b| matches!(b, b'-' | b'_'))
                .map(|p| p.strip_suffix(b"2").unwrap_or(p))
                .any(|p| CHROME.iter().any(|c| p.eq_ignore_ascii_case(c.as_bytes())))
        })
}

/// The tokens of `html`: text runs, start tags (with whether they are chrome) and end tags.
/// Comments, doctypes and processing instructions are dropped; a raw-text element's content is
/// skipped to its end tag.
fn tokenize(html: &str) -> Vec<Token> {
    let b = html.as_bytes();
    // A token for every ten bytes, more than nearly every page has (portals' pages run to one
    // for every nine to twenty): growing copies them all.
    let mut out = Vec::with_capacity(b.len() / 10);
    let mut i = 0;
    let mut text_start = 0;
    let flush = |out: &mut Vec<Token>, from: usize, to: usize| {
        if from < to {
            out.push(Token::Text {
                start: from,
                end: to,
            });
        }
    };
    while let Some(lt) = find_byte(b, i, b'<') {
        let next = b.get(lt + 1).copied();
        match next {
            Some(b'!') => {
                flush(&mut out, text_start, lt);
                let end = if b[lt..].starts_with(b"<!--") {
                    find(b, lt + 4, b"-->").map_or(b.len(), |e| e + 3)
                } else if b[lt..].starts_with(b"<![CDATA[") {
                    find(b, lt + 9, b"]]>").map_or(b.len(), |e| e + 3)
                } else {
                    find(b, lt, b">").map_or(b.len(), |e| e + 1)
                };
                i = end;
                text_start = end;
            }
            Some(b'?') => {
                flush(&mut out, text_start, lt);
                i = find(b, lt, b">").map_or(b.len(), |e| e + 1);
                text_start = i;
            }
            Some(b'/') if b.get(lt + 2).is_some_and(u8::is_ascii_alphabetic) => {
                flush(&mut out, text_start, lt);
                let name_end = name_end(b, lt + 2);
                let end = find(b, name_end, b">").map_or(b.len(), |e| e + 1);
                out.push(Token::End {
                    tag: Tag::of(&b[lt + 2..name_end]),
                    name: (lt + 2, name_end),
                    start: lt,
                    end,
                });
                i = end;
                text_start = end;
            }
            Some(c) if c.is_ascii_alphabetic() => {
                flush(&mut out, text_start, lt);
                let name_end = name_end(b, lt + 1);
                let tag = Tag::of(&b[lt + 1..name_end]);
                let (end, chrome, self_closing) = attributes(b, name_end);
                if let Tag::Raw(raw) = tag {
                    let name = raw.name();
                    // The content up to `</name`, not read as markup.
                    let close = find_end_tag(b, end, name).unwrap_or(b.len());
                    out.push(Token::Start {
                        tag,
                        name: (lt + 1, name_end),
                        start: lt,
                        end,
                        chrome,
                        closed: true,
                    });
                    let close_end = find(b, close, b">").map_or(b.len(), |e| e + 1);
                    i = close_end;
                    text_start = close_end;
                    continue;
                }
                out.push(Token::Start {
                    tag,
                    name: (lt + 1, name_end),
                    start: lt,
                    end,
                    chrome,
                    closed: self_closing,
                });
                i = end;
                text_start = end;
            }
            // A `<` that starts no tag is text.
            _ => i = lt + 1,
        }
        if i >= b.len() {
            break;
        }
    }
    flush(&mut out, text_start, b.len());
    out
}

/// The end of a tag name starting at `i`.
fn name_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && !matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>') {
        i += 1;
    }
    i
}

/// Reads a start tag's attributes from `i`: where the tag ends, whether its `class` or `id`
/// names chrome, and whether it is written self-closing.
fn attributes(b: &[u8], mut i: usize) -> (usize, bool, bool) {
    let mut chrome = false;
    loop {
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/') {
            i += 1;
        }
        match b.get(i) {
            None => return (b.len(), chrome, false),
            Some(b'>') => return (i + 1, chrome, i > 0 && b[i - 1] == b'/'),
            _ => {}
        }
        let name_start = i;
        while i < b.len()
            && !matches!(
                b[i],
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>' | b'='
            )
        {
            i += 1;
        }
        let name = &b[name_start..i];
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        if b.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        let (value, after) = match b.get(i) {
            Some(&q @ (b'"' | b'\'')) => match find_byte(b, i + 1, q) {
                Some(e) => (&b[i + 1..e], e + 1),
                None => return (b.len(), chrome, false),
            },
            _ => {
                let s = i;
                while i < b.len() && !matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | b'>') {
                    i += 1;
                }
                (&b[s..i], i)
            }
        };
        if (name.eq_ignore_ascii_case(b"class") || name.eq_ignore_ascii_case(b"id"))
            && is_chrome(value)
        {
            chrome = true;
        }
        i = after;
    }
}

/// The end of a run of plain text at `i`: the first `&` or white space at or after it (or the
/// end), looked for eight bytes at a time.
fn run_end(b: &[u8], mut i: usize) -> usize {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let stops = |x: u8| matches!(x, b'&' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
    while let Some(w) = b.get(i..i + 8) {
        let v = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        let amp = v ^ (LOW * u64::from(b'&'));
        // The high bit of each byte below 0x21 (white space among them) or `&`; above the
        // first such byte a bit may be set for none (a borrow), so only the first is taken.
        let hit = (v.wrapping_sub(LOW * 0x21) & !v | amp.wrapping_sub(LOW) & !amp) & HIGH;
        if hit == 0 {
            i += 8;
            continue;
        }
        let j = i + (hit.trailing_zeros() / 8) as usize;
        if stops(b[j]) {
            return j;
        }
        // A control character: text, read on from the byte after it.
        i = j + 1;
    }
    while i < b.len() && !stops(b[i]) {
        i += 1;
    }
    i
}

/// The first `needle` (not empty) in `b` at or after `from`.
fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let mut i = from;
    loop {
        i = find_byte(b, i, first)?;
        // Compared byte by byte: the needles are a few bytes, too few for a call to memcmp.
        let after = &b[i + 1..];
        if after.len() >= rest.len() && after.iter().zip(rest).all(|(x, y)| x == y) {
            return Some(i);
        }
        i += 1;
    }
}

/// The `</name` (any case) that ends a raw-text element, at or after `from`.
fn find_end_tag(b: &[u8], from: usize, name: &str) -> Option<usize> {
    let mut i = from;
    while let Some(at) = find(b, i, b"</") {
        let rest = &b[at + 2..];
        if rest.len() >= name.len()
            && rest[..name.len()].eq_ignore_ascii_case(name.as_bytes())
            && rest
                .get(name.len())
                .is_none_or(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'>'))
        {
            return Some(at);
        }
        i = at + 2;
    }
    None
}

/// The token indexes of the `<table>` start tags that lay the page out rather than hold data: a
/// table with a table inside, or with a cell of more than 200 bytes of text and a block break.
/// Line breaks (`<br>`) alone make a cell a page's only when they are many (more than ten) or
/// its text long (more than 1,500 bytes): a data cell lists a few lines (a bidder's
/// qualifications `1.…；<br>2.…；`, two parties' contacts) that stay on its row.
fn layout_tables(tokens: &[Token]) -> Vec<usize> {
    let mut layout = Vec::new();
    // Open tables: (token index, bytes of text in the current cell, blocks in it, line breaks
    // in it).
    let mut open: Vec<(usize, usize, bool, usize)> = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        match *t {
            Token::Start {
                tag: Tag::Table, ..
            } => {
                for (at, _, _, _) in &open {
                    if !layout.contains(at) {
                        layout.push(*at);
                    }
                }
                open.push((k, 0, false, 0));
            }
            Token::End {
                tag: Tag::Table, ..
            } => {
                open.pop();
            }
            Token::Start {
                tag: Tag::Td | Tag::Th | Tag::Tr,
                ..
            } => {
                if let Some(o) = open.last_mut() {
                    o.1 = 0;
                    o.2 = false;
                    o.3 = 0;
                }
            }
            Token::Start { tag: Tag::Br, .. } => {
                if let Some(o) = open.last_mut() {
                    o.3 += 1;
                }
            }
            Token::Start { tag, .. } if tag.is_block() => {
                if let Some(o) = open.last_mut() {
                    o.2 = true;
                }
            }
            Token::Text { start, end } => {
                if let Some(o) = open.last_mut() {
                    o.1 += end - start;
                    let page = o.1 > 200 && o.2 || o.3 > 0 && (o.1 > 1500 || o.3 > 10);
                    if page && !layout.contains(&o.0) {
                        layout.push(o.0);
                    }
                }
            }
            _ => {}
        }
    }
    layout
}

/// The named entities notices use; others are left as written.
const ENTITIES: &[(&str, char)] = &[
    ("nbsp", '\u{a0}'),
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("middot", '·'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("hellip", '…'),
    ("yen", '¥'),
    ("times", '×'),
    ("divide", '÷'),
    ("plusmn", '±'),
    ("deg", '°'),
    ("bull", '•'),
    ("copy", '©'),
    ("reg", '®'),
    ("sect", '§'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("le", '≤'),
    ("ge", '≥'),
    ("permil", '‰'),
    ("sup2", '²'),
    ("sup3", '³'),
];

/// The character an entity at the start of `s` stands for and its length: `&amp;`, `&#20013;`,
/// `&#x4E2D;` (the `;` may be missing after a number, as browsers allow).
fn entity(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let hex = matches!(b.get(2), Some(b'x' | b'X'));
        let digits = if hex { 3 } else { 2 };
        let mut end = digits;
        while end < b.len() && end - digits < 8 && b[end].is_ascii_hexdigit() {
            if !hex && !b[end].is_ascii_digit() {
                break;
            }
            end += 1;
        }
        if end == digits {
            return None;
        }
        let n = u32::from_str_radix(&s[digits..end], if hex { 16 } else { 10 }).ok()?;
        let c = match n {
            0 => '\u{fffd}',
            n => char::from_u32(n).unwrap_or('\u{fffd}'),
        };
        let len = if b.get(end) == Some(&b';') {
            end + 1
        } else {
            end
        };
        return Some((c, len));
    }
    let end = b.iter().take(10).position(|&c| c == b';')?;
    let name = &s[1..end];
    ENTITIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, c)| (*c, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mapper_for_many_maps_as_one_for_few() {
        let mut page = String::from("<html><head><title>结果公告</title></head><body>");
        for k in 0..60 {
            page.push_str(&format!(
                "<p>第{k}行<b>加粗</b>&nbsp;文字<br><span>x</span></p><table><tr><td>a{k}</td><td></td></tr></table>"
            ));
        }
        page.push_str("</body></html>");
        let parsed = HtmlText::parse(&page);
        let n = parsed.text().len();
        assert!(n > 4 * BLOCK);
        let mut many = parsed.mapper_for_many();
        // Out of order and in order, empty and not, past the end too.
        for (a, b) in (0..=n + 2)
            .rev()
            .flat_map(|a| [(a, a), (a, a + 1), (a, a + 7)])
            .chain((0..=n).map(|a| (a, n)))
        {
            let span = Span { start: a, end: b };
            assert_eq!(many.map(span), parsed.mapper().map(span), "{a}..{b}");
        }
    }

    fn text(html: &str) -> String {
        HtmlText::parse(html).text().to_owned()
    }

    /// A term and its description (`<dt>投资方</dt><dd>某公司</dd>`) are a label's cell and its
    /// value's on one line; a term that is a label already keeps its line.
    #[test]
    fn a_term_and_its_description_share_a_line() {
        assert_eq!(
            text(
                "<dl><dt>投资方</dt>\n<dd>某公司</dd><dt>成交日期</dt><dd>2025年8月26日</dd></dl><p>x</p>"
            ),
            "投资方\t某公司\n成交日期\t2025年8月26日\nx"
        );
        assert_eq!(
            text("<dl><dt>处罚机关：</dt><dd>某局</dd></dl>"),
            "处罚机关：\n某局"
        );
        assert_eq!(text("<dt>甲</dt><p>乙</p>"), "甲\n乙");
    }

    #[test]
    fn blocks_are_lines_and_spaces_collapse() {
        assert_eq!(
            text("<p>一、项目编号：\n   YJ-1</p><p>二、项目名称</p>"),
            "一、项目编号： YJ-1\n二、项目名称"
        );
        assert_eq!(text("a<br>b<br/>c<BR >d"), "a\nb\nc\nd");
        assert_eq!(text("<div><div>a</div></div><div>b</div>"), "a\nb");
    }

    #[test]
    fn runs_of_text_end_at_white_space_and_entities() {
        assert_eq!(
            text("<p>采购项目名称：某某单位\u{1}办公设备采购项目\t（二次）&amp;附件</p>"),
            "采购项目名称：某某单位\u{1}办公设备采购项目 （二次）&附件"
        );
        assert_eq!(
            text("<pre>第一行  第二行&lt;三&gt;</pre>"),
            "第一行  第二行<三>"
        );
    }

    #[test]
    fn broken_markup_reads_as_a_browser_shows_it() {
        assert_eq!(text("<p>a<p>b</div>c"), "a\nb\nc");
        assert_eq!(
            text("<table><tr><td>名称<td>金额<tr><td>甲公司<td>5元</table>"),
            "名称\t金额\n甲公司\t5元"
        );
        assert_eq!(text("金额<5万元 & 3 > 2"), "金额<5万元 & 3 > 2");
        assert_eq!(text("<p class=\"a>b\">x</p>"), "x");
        assert_eq!(text("<p>unclosed <b attr='x"), "unclosed");
        assert_eq!(text("<!-- 项目编号：X --><p>y<!-- never closed"), "y");
        // A stray end tag at most ends a line.
        assert_eq!(text("a</span>b</div></p>c"), "ab\nc");
    }

    #[test]
    fn hidden_content_is_dropped() {
        let html = "<html><head><title>t</title><style>p{}</style></head><body>\
            <div class=\"top-nav\">首页 | 采购公告</div><script>var a='<p>x</p>';</script>\
            <nav>菜单</nav><p>正文</p><div id=footer>版权所有</div>\
            <div class=\"bottom\">主办：某省财政厅</div><div class=ft>网站地图</div>\
            <select><option>2024</option></select></body></html>";
        assert_eq!(text(html), "正文");
    }

    /// A breadcrumb whose `</div>` was forgotten, the page's last `</div>` (meant for the
    /// content's) taken for its own: it holds the notice, which is shown; a side bar of a few
    /// lines is still chrome.
    #[test]
    fn chrome_that_holds_most_of_the_page_is_shown() {
        let body = "现将有关事项公告如下：宗地位于工业园区，面积六万平方米。".repeat(20);
        let html = format!(
            "<div class=position>当前位置：首页 > 通知公告\n<div class=c><p>{body}</p></div>\
             <div class=sidebar>相关公告</div></div>"
        );
        let t = text(&html);
        assert!(t.contains("现将有关事项公告如下"), "{t}");
        assert!(!t.contains("相关公告"), "{t}");
    }

    #[test]
    fn entities_are_decoded() {
        assert_eq!(
            text("&nbsp;&amp;&#20013;&#x4E2D;&ldquo;&unknown;&#65"),
            "\u{a0}&中中“&unknown;A"
        );
    }

    /// A breadcrumb never closed over a short notice in paragraphs (its `</div>` forgotten, a
    /// later one taken for its own) is shown: chrome holds no paragraphs.
    #[test]
    fn an_unclosed_breadcrumb_over_a_short_notice_is_shown() {
        let html = "<div class=wrap><div class=\"crumb\">首页 » 供应计划\n\
            <div class=t>关于公布某市国有建设用地供应计划的公告</div><div class=b>\
            <p>为加强土地市场调控，结合我市实际，制定本年度国有建设用地供应计划，现公告如下：\
            <p>一、计划年度：2025年度<p>二、供应总量：计划供应国有建设用地1,265.40公顷。\
            <p>某市自然资源局</p></div></div></body>";
        let t = text(html);
        assert!(t.contains("供应总量"), "{t:?}");
    }

    /// A cell that spans columns or rows (`colspan`, `rowspan`) leaves an empty cell in each
    /// column and row it covers, so that every column's cells line up under its header.
    #[test]
    fn spanning_cells_keep_the_columns_in_line() {
        let html = "<table><tr><th rowspan=2>姓名</th><th colspan=\"3\">安置房源</th>\
                    <th rowspan=2>差价款（元）</th></tr>\
                    <tr><th>楼栋</th><th>单元</th><th>房号</th></tr>\
                    <tr><td>刘*生</td><td>3</td><td>2</td><td>1506</td><td>8650</td></tr></table>";
        assert_eq!(
            text(html),
            "姓名\t安置房源\t\t\t差价款（元）\n\t楼栋\t单元\t房号\t\n刘*生\t3\t2\t1506\t8650"
        );
    }

    /// Paragraphs after a row's end in a table whose cells are never closed (`<tr><td>…<td>某公司
    /// </tr><p>公示期：…`) are not the last cell's: a browser sets them apart from the table.
    #[test]
    fn paragraphs_after_a_rows_end_are_not_its_last_cell() {
        let html = "<table><tr><td>宗地编号<td>竞得人</tr><tr><td>KEQ-17<td>某物流有限公司</tr>\
                    <p>公示期：2025年11月4日至2025年11月10日<p>联系电话：0475-8226134</table>";
        assert_eq!(
            text(html),
            "宗地编号\t竞得人\nKEQ-17\t某物流有限公司\n公示期：2025年11月4日至2025年11月10日\n联系电话：0475-8226134"
        );
    }

    #[test]
    fn cells_with_paragraphs_stay_on_their_row() {
        let html = "<table><tr><td><p>名称</p></td><td><p>单价</p><p>（元）</p></td></tr>\
                    <tr><td>设备</td><td>5</td></tr></table>";
        assert_eq!(text(html), "名称\t单价 （元）\n设备\t5");
    }

    /// A data table's cell that lists a few lines (`1.…；<br>2.…；`) keeps them on its row, the
    /// cells apart by tabs; a cell holding a page of line breaks lays the page out.
    #[test]
    fn a_cell_of_a_few_lines_stays_on_its_row() {
        let item =
            "在中华人民共和国境内注册，具有独立法人资格，具有有效的特种设备安装改造修理许可证；";
        let html = format!(
            "<table><tr><td>投标人资格要求</td><td>1.{item}<br>2.{item}<br>3.{item}</td></tr>\
             <tr><td>投标截止时间</td><td>2025年11月4日</td></tr></table>"
        );
        assert_eq!(
            text(&html),
            format!("投标人资格要求\t1.{item} 2.{item} 3.{item}\n投标截止时间\t2025年11月4日")
        );
        let page: String = (0..12).map(|k| format!("第{k}行<br>")).collect();
        let html = format!("<table><tr><td>{page}</td><td>侧栏</td></tr></table>");
        assert!(text(&html).starts_with("第0行\n第1行"), "{}", text(&html));
    }

    #[test]
    fn a_layout_table_is_lines() {
        let html = "<table><tr><td><p>结果公告</p><table><tr><td>名称</td><td>金额</td></tr>\
                    </table><p>落款</p></td></tr></table>";
        assert_eq!(text(html), "结果公告\n名称\t金额\n落款");
    }

    #[test]
    fn searches_find_the_first_match() {
        let b = "ab<c>d</p>\u{4e2d}<!-- x -->e</scrIpt >".as_bytes();
        for from in 0..=b.len() + 1 {
            for x in [b'<', b'>', b'e', b'z', 0xe4] {
                let naive = b.iter().enumerate().skip(from).find(|(_, c)| **c == x);
                assert_eq!(find_byte(b, from, x), naive.map(|(i, _)| i), "{from} {x}");
            }
            for needle in [&b"</"[..], b"-->", b">", b"zz", b"e</scr"] {
                let naive = (from..b.len()).find(|&i| b[i..].starts_with(needle));
                assert_eq!(find(b, from, needle), naive, "{from}");
            }
        }
    }

    #[test]
    fn tokens_are_small() {
        assert!(std::mem::size_of::<Token>() <= 40);
    }

    #[test]
    fn spans_map_back_into_the_page() {
        let html = "<p>金额：&yen;5,000&nbsp;元</p>\n<p>  甲 乙</p>";
        let page = HtmlText::parse(html);
        let t = page.text();
        assert_eq!(t, "金额：¥5,000\u{a0}元\n甲 乙");
        let at = |s: &str| {
            let i = t.find(s).unwrap();
            page.to_html(Span {
                start: i,
                end: i + s.len(),
            })
            .of(html)
            .unwrap()
            .to_owned()
        };
        assert_eq!(at("¥5,000"), "&yen;5,000");
        assert_eq!(at("金额"), "金额");
        assert_eq!(at("甲 乙"), "甲 乙");
        assert_eq!(at("元\n甲"), "元</p>\n<p>  甲");
    }
}
