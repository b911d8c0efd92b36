//! Tables in a notice's text: rows of cells separated by tabs (as [`HtmlText`](super::HtmlText)
//! writes an HTML table's rows), by `|` (`｜`), or aligned in columns by runs of two or more
//! spaces. A table is two or more such lines in a row; each cell has its span.
//!
//! A table either gives columns (a header row, then a row per winner, candidate or item) or pairs
//! of a label and its value (`项目编号 | YJ-1`, as portals lay out a notice's facts):
//! [`Table::pairs`] tells which by the labels a [`LabelTable`] knows.
//!
//! # Example
//! ```
//! use gongkai::notice::tables;
//! let text = "四、主要标的信息\n名称  品牌  数量  单价\n自动气象站  云测  4套  242000.00元\n";
//! let t = &tables(text)[0];
//! assert_eq!(t.rows.len(), 2);
//! assert_eq!(t.rows[1].cells[0].of(text), Some("自动气象站"));
//! assert_eq!(t.cell(text, 1, "数量"), Some("4套"));
//! ```

use super::labels::{LabelTable, normal};
use super::lines::{Lines, Separators};
use super::span::Span;
use super::text::{find_byte, fold};

/// A table: its rows, the first of which is its header when it gives columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The rows, in order.
    pub rows: Vec<Row>,
    /// How its cells are separated.
    pub separator: Separator,
    /// The header's cells that span several columns above the header (`规划指标要求` over
    /// `容积率⇥建筑密度⇥绿地率`), each with the columns it spans (`from..to`).
    pub groups: Vec<(Span, std::ops::Range<usize>)>,
}

/// How a table's cells are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Separator {
    /// Tabs: an HTML table's cells.
    Tab,
    /// `|` or `｜`.
    Bar,
    /// Two or more spaces.
    Spaces,
    /// A cell a line: a table copied from a page or a PDF, each cell pasted on a line of its
    /// own, the header's first, then each row's.
    Lines,
}

/// A row of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The whole line.
    pub line: Span,
    /// Its cells, trimmed (an empty cell is an empty span).
    pub cells: Vec<Span>,
}

impl Table {
    /// The span from the first row's start to the last row's end.
    pub fn span(&self) -> Span {
        Span {
            start: self.rows.first().map_or(0, |r| r.line.start),
            end: self.rows.last().map_or(0, |r| r.line.end),
        }
    }

    /// The column whose header (first row) reads `header`, ignoring spaces, full-width forms and
    /// a trailing colon.
    pub fn column(&self, text: &str, header: &str) -> Option<usize> {
        let want = normal(header);
        self.rows
            .first()?
            .cells
            .iter()
            .position(|c| c.of(text).is_some_and(|h| normal(h) == want))
    }

    /// The text of the cell of row `row` under the column headed `header`.
    pub fn cell<'t>(&self, text: &'t str, row: usize, header: &str) -> Option<&'t str> {
        let col = self.column(text, header)?;
        self.rows.get(row)?.cells.get(col)?.of(text)
    }

    /// When the table lays out labels and their values (`项目编号 | YJ-1 | 项目名称 | 档案`):
    /// each label cell with the cell after it (`None` when empty). It does when every row has
    /// an even number of cells (or is a label over values labelled within), every other cell
    /// from the first reads as a label, and half the rows or more have a label `labels` knows.
    pub fn pairs(&self, text: &str, labels: &LabelTable) -> Option<Vec<(Span, Option<Span>)>> {
        // Aligned columns pair labels with values only as a form of two columns
        // (`成交价格　　人民币4,260.00万元`, a label and its value a line).
        if self.separator == Separator::Spaces && self.rows.iter().any(|r| r.cells.len() != 2) {
            return None;
        }
        // A first row of two pairs or more whose values are labels too (`招标内容⇥招标范围⇥
        // 招标方式⇥核准部门`) heads columns: the rows under it are their values.
        let first = self.rows.first().map_or(&[][..], |r| r.cells.as_slice());
        let values: Vec<&str> = first
            .chunks_exact(2)
            .filter_map(|p| p[1].of(text))
            .collect();
        // So does a first row of two cells that are both known labels, a unit in brackets aside
        // (`成交供应商名称⇥成交金额（元）` over the winner's row).
        let wording = |v: &str| v.split(['（', '(']).next().unwrap_or(v).trim().to_owned();
        let two_labels = first.len() == 2
            && first
                .iter()
                .filter_map(|c| c.of(text))
                .all(|v| is_label(v) && labels.knows(&wording(v)));
        if self.rows.len() >= 2
            && (first.len() >= 4 || two_labels)
            && first.len() % 2 == 0
            && values
                .iter()
                .all(|v| is_label(v) && !v.contains(|c: char| c.is_ascii_digit()))
            && values.iter().filter(|v| labels.knows(&wording(v))).count() * 2 >= values.len()
        {
            return None;
        }
        let mut known = 0;
        let mut out = Vec::new();
        for row in &self.rows {
            let mut row_known = false;
            if row.cells.len() % 2 != 0 {
                // A label over values labelled within (`约定容积率：⇥下限：1.0⇥上限：2.0`): one
                // pair, the values together.
                let (Some(first), Some(last)) = (row.cells.first(), row.cells.last()) else {
                    return None;
                };
                let inner = row.cells.len() >= 3
                    && row.cells[1..]
                        .iter()
                        .all(|c| c.of(text).is_some_and(|v| v.contains(['：', ':'])));
                let label = first.of(text)?;
                if !inner || !is_label(label) {
                    return None;
                }
                row_known |= labels.contains_any(&normal(label));
                out.push((
                    trim_colon(text, *first),
                    Some(Span {
                        start: row.cells[1].start,
                        end: last.end,
                    }),
                ));
                known += usize::from(row_known);
                continue;
            }
            for pair in row.cells.chunks(2) {
                if pair[0].is_empty() && pair[1].is_empty() {
                    continue;
                }
                let label = pair[0].of(text)?;
                if !is_label(label) {
                    return None;
                }
                // A label cell numbered as a heading is (`六、代理服务收费标准及金额`): the label is
                // its words after the number, whose 、 joins no words of its.
                let words = super::text::numbered_rest(label);
                let wording = normal(words);
                // A wording of two characters or more within it (found by their first
                // characters, not by a search for each wording).
                row_known |= labels.contains_any(&wording);
                let label_span = trim_colon(
                    text,
                    Span {
                        start: pair[0].end - words.len(),
                        ..pair[0]
                    },
                );
                out.push((label_span, Some(pair[1]).filter(|v| !v.is_empty())));
            }
            known += usize::from(row_known);
        }
        // A form of two columns whose first row is a known label beside what no header says (a
        // figure, `信息披露期⇥2025年4月14日至…`; a name longer than a header's, `转让方名称⇥某控股
        // 集团有限公司`) heads no columns, whatever its other labels are.
        let valued_first = first.len() == 2
            && first[1].of(text).is_some_and(|v| {
                (v.contains(|c: char| c.is_ascii_digit()) || v.chars().count() > 8)
                    && !labels.knows(&wording(v))
            })
            && first[0].of(text).is_some_and(|l| labels.knows(&wording(l)));
        (known * 2 >= self.rows.len() || valued_first).then_some(out)
    }
}

/// A label cell without its trailing colon.
fn trim_colon(text: &str, span: Span) -> Span {
    let s = span.of(text).unwrap_or("");
    let trimmed = s.trim_end_matches([':', '：', ' ']);
    Span {
        start: span.start,
        end: span.start + trimmed.len(),
    }
}

/// True for a cell that reads as a label: 1 to 24 characters, some Chinese, no full stop, not
/// only figures.
fn is_label(s: &str) -> bool {
    let n = s.chars().count();
    (1..=24).contains(&n) && !s.is_ascii() && !s.contains(['。', '；'])
}

/// The tables of `text`, in order.
pub fn tables(text: &str) -> Vec<Table> {
    tables_in(text, &Lines::new(text))
}

/// [`tables`] of `text`, its lines already found. (Not generic over how the lines come: one copy
/// of the reader, for the browser's build.)
pub(crate) fn tables_in(text: &str, lines: &Lines) -> Vec<Table> {
    // Two rows or more; or one row of cells apart by tabs that pairs labels with values
    // (`转让底价⇥2680万元⇥信息披露期⇥2025年9月1日至…`, a page's summary box).
    let kept = |t: &Table| {
        t.rows.len() >= 2
            || t.separator == Separator::Tab
                && t.rows[0].cells.len() >= 4
                && t.rows[0].cells.len() % 2 == 0
    };
    let mut out = Vec::new();
    let mut current: Option<Table> = None;
    for ((&span, words), &seps) in lines
        .bare()
        .iter()
        .zip(lines.words())
        .zip(lines.separators())
    {
        let bare = words.map_or("", |w| &text[w.start..w.end]);
        if bare.len() > 1
            && bare.starts_with(['|', '｜'])
            && bare
                .chars()
                .all(|c| matches!(c, '|' | '｜' | '-' | ':' | ' '))
        {
            // A Markdown rule under a header.
            continue;
        }
        let mut cells = split(text, span, seps);
        // A row whose long cell leaves one ideographic space before the next column
        // (`4　　戚*红　　2　　　　中华大街　360` under five columns): split at every ideographic
        // space when that gives the header's columns.
        if let (Some((Separator::Spaces, row)), Some(t)) = (&cells, current.as_ref())
            && t.separator == Separator::Spaces
            && row.len() < t.rows[0].cells.len()
            && let Some(row) = every_space(text, span, t.rows[0].cells.len())
        {
            cells = Some((Separator::Spaces, row));
        }
        // A header whose long label leaves one ideographic space before the next column
        // (`排序　入围供应商名称　　　地址` over `1　　某公司　　　某路88号`): split at every
        // ideographic space when that gives the row's columns.
        if let (Some((Separator::Spaces, row)), Some(t)) = (&cells, current.as_mut())
            && t.separator == Separator::Spaces
            && t.rows.len() == 1
            && t.rows[0].cells.len() < row.len()
            && let Some(header) = every_space(text, t.rows[0].line, row.len())
        {
            t.rows[0].cells = header;
        }
        // A row whose last cell is empty (`…|91360502MA3R7K2D9H |` under nine columns, its
        // first cell not bordered): the bar after its last value opens that cell.
        if let (Some((Separator::Bar, row)), Some(t)) = (cells.as_mut(), current.as_ref())
            && t.separator == Separator::Bar
            && row.len() + 1 == t.rows[0].cells.len()
            && bare.ends_with(['|', '｜'])
            && !bare.starts_with(['|', '｜'])
        {
            row.push(Span {
                start: span.end,
                end: span.end,
            });
        }
        match (cells, current.as_mut()) {
            (Some((sep, cells)), Some(t))
                if t.separator == sep
                    && (sep == Separator::Tab || cells.len() == t.rows[0].cells.len()) =>
            {
                t.rows.push(Row { line: span, cells });
            }
            (cells, _) => {
                if let Some(t) = current.take().filter(kept) {
                    out.push(t);
                }
                current = cells.map(|(separator, cells)| Table {
                    rows: vec![Row { line: span, cells }],
                    separator,
                    groups: Vec::new(),
                });
            }
        }
    }
    if let Some(t) = current.filter(kept) {
        out.push(t);
    }
    for t in &mut out {
        merge_header_rows(text, t);
    }
    // Tables pasted a cell a line, where no line of theirs is a row of another table.
    let pasted = cell_lines(text, lines.words());
    if !pasted.is_empty() {
        for t in pasted {
            let span = t.span();
            let apart = |o: &Table| o.span().end <= span.start || span.end <= o.span().start;
            if out.iter().all(apart) {
                out.push(t);
            }
        }
        out.sort_by_key(|t| t.span().start);
    }
    // A table of aligned columns starts with a header of labels, or is a form of two columns,
    // a label and its value a line (`受让方　　　某集团股份有限公司`).
    let label = |c: &Span| {
        c.of(text)
            .is_some_and(|h| is_label(h) && !h.contains([':', '：']))
    };
    out.retain(|t| {
        t.separator != Separator::Spaces
            || t.rows[0].cells.iter().all(label)
            || t.rows.len() >= 2
                && t.rows.iter().all(|r| {
                    r.cells.len() == 2
                        && label(&r.cells[0])
                        && !r.cells[1].of(text).is_some_and(|v| v.contains('：'))
                })
    });
    out
}

/// Tables pasted a cell a line, as a page's table copied from a browser or a PDF leaves them
/// (`地块编号` `地块位置` `土地用途` `出让面积（平方米）` … each on its line, then the first row's
/// cells, each on its line, then the next row's): the header's cells are the lines that read as
/// labels, those broken over two lines (`起始价` over `（万元）`, `矿区` over `名称`) made one;
/// the rows are the lines after them, as many as the header has cells each. Told by the count:
/// the lines after the header fill whole rows, half the header's cells or more are labels the
/// national table knows (its last one too, where the count allows a header that ends so), and
/// no row's cell is a label with an element.
///
/// `lines` are the text's lines, trimmed, `None` where blank.
fn cell_lines(text: &str, lines: &[Option<Span>]) -> Vec<Table> {
    let of = |i: usize| lines.get(i).copied().flatten().and_then(|s| s.of(text));
    // A header is a run of three lines or more that read as its cells, each of 64 bytes or
    // fewer ([`cell_header`]): a line is asked only within a run of such short lines, the
    // others (most) told by their length. A shorter run heads no table, whether asked or not.
    let short = |i: usize| lines[i].is_some_and(|s| s.end - s.start <= 64);
    let mut header = vec![false; lines.len()];
    let mut from = 0;
    for i in 0..=lines.len() {
        if i < lines.len() && short(i) {
            continue;
        }
        if i - from >= 3 {
            for (k, h) in header.iter_mut().enumerate().take(i).skip(from) {
                *h = of(k).is_some_and(cell_header);
            }
        }
        from = i + 1;
    }
    let value_like = |i: usize| of(i).is_some_and(cell_value);
    let mut out = Vec::new();
    let mut run = 0;
    while run < lines.len() {
        if !header[run] {
            run += 1;
            continue;
        }
        // A run of lines that read as labels: the header starts at its first line or one of the
        // next two (a heading of the table's own may stand above it).
        let j = (run..lines.len())
            .find(|&k| !header[k])
            .unwrap_or(lines.len());
        // The rows: the lines after the run up to a blank one, a heading, a label or a note.
        let k = (j..lines.len())
            .find(|&k| !value_like(k))
            .unwrap_or(lines.len());
        let mut table = None;
        for i in run..(run + 3).min(j) {
            if j - i < 3 {
                break;
            }
            // The header may end before `j`: its last lines may be the first row's names, lines no
            // label the national table knows. Of the headers the count allows, the longest whose
            // last cell is a known label, else the longest.
            let known = |c: &Span| c.of(text).is_some_and(known_header);
            let fits = |h: usize| {
                let cols = header_cells(text, &lines[i..h]);
                let n = cols.len();
                let values = k - h;
                // Labels and their values alternating (`项目名称` over its name, `项目地址` over
                // its address) are no columns: no row's cell is a label with an element.
                let labels = super::labels::national();
                let keyed = |l: &Option<Span>| {
                    l.and_then(|s| s.of(text)).is_some_and(|v| {
                        labels
                            .keys(v.split(['（', '(']).next().unwrap_or(v))
                            .next()
                            .is_some()
                    })
                };
                (n >= 3
                    && values >= n
                    && values % n == 0
                    && cols.iter().filter(|c| known(c)).count() * 2 >= n
                    && !lines[h..k].iter().any(keyed))
                .then_some(cols)
            };
            // Nor does a row start with a unit in brackets (`（万元）`): that is a header's cell.
            let ends = (i + 3..=j)
                .rev()
                .take_while(|&h| h == j || !lines[h].as_ref().is_some_and(known))
                .filter(|&h| !of(h).is_some_and(|t| t.starts_with(['（', '('])));
            let mut best: Option<(usize, Vec<Span>)> = None;
            for h in ends {
                if let Some(cols) = fits(h) {
                    let last_known = cols.last().is_some_and(known);
                    if best.is_none() || last_known {
                        best = Some((h, cols));
                    }
                    if last_known {
                        break;
                    }
                }
            }
            let Some((h, cols)) = best else { continue };
            let n = cols.len();
            let row = |cells: Vec<Span>| Row {
                line: Span {
                    start: cells[0].start,
                    end: cells[cells.len() - 1].end,
                },
                cells,
            };
            let mut rows = vec![row(cols)];
            rows.extend(
                lines[h..k]
                    .chunks(n)
                    .map(|r| row(r.iter().flatten().copied().collect())),
            );
            table = Some(Table {
                rows,
                separator: Separator::Lines,
                groups: Vec::new(),
            });
            break;
        }
        // Past the rows read, else past the run.
        run = match table {
            Some(t) => {
                out.push(t);
                k
            }
            None => j,
        }
        .max(run + 1);
    }
    out
}

/// True when a line may be a header's cell pasted alone on it: a short label without a colon
/// or a clause's punctuation, and no figures outside its brackets (a unit's `（m2）` aside).
fn cell_header(t: &str) -> bool {
    // Sixteen characters are 64 bytes at most: a longer line is told without counting them.
    if t.len() > 64 || t.is_ascii() {
        return false;
    }
    // One pass over the characters, each read by its first bytes: their count, a colon or a
    // clause's mark anywhere, a figure before the first bracket. (`：` is EF BC 9A, `；` EF BC
    // 9B, `，` EF BC 8C, `（` EF BC 88, `０`..`９` EF BC 90..99, `。` E3 80 82, `、` E3 80 81.)
    let b = t.as_bytes();
    let (mut n, mut bracket, mut k) = (0, false, 0);
    while let Some(&x) = b.get(k) {
        n += 1;
        let len = match x {
            b':' | b',' | b'\t' => return false,
            b'(' => {
                bracket = true;
                1
            }
            b'0'..=b'9' if !bracket => return false,
            0..0xc0 => 1,
            0xc0..0xe0 => 2,
            0xe0..0xf0 => {
                match b.get(k + 1..k + 3) {
                    Some([0xbc, 0x9a | 0x9b | 0x8c]) if x == 0xef => return false,
                    Some([0x80, 0x81 | 0x82]) if x == 0xe3 => return false,
                    Some([0xbc, 0x88]) if x == 0xef => bracket = true,
                    Some([0xbc, 0x90..=0x99]) if x == 0xef && !bracket => return false,
                    _ => {}
                }
                3
            }
            _ => 4,
        };
        k += len;
    }
    (1..=16).contains(&n) && !numbered(t)
}

/// True when a line may be a cell's value pasted alone on it: no label before a colon, no
/// numbered heading, no note (`注：`), no sentence of a paragraph.
fn cell_value(t: &str) -> bool {
    let n = t.chars().count();
    let sentence = t.ends_with('。') && n > 40;
    !(t.contains(['：', ':', '\t'])
        || sentence
        || n > 120
        || numbered(t)
        || t.starts_with(['注', '备']))
}

/// True when a line starts as a numbered heading does (`一、`, `（一）`, `1.`, `1、`), as
/// [`numbered_rest`](super::text::numbered_rest) tells; a decimal (`18235.6`) is a figure, not
/// a number and its item.
fn numbered(t: &str) -> bool {
    let rest = super::text::numbered_rest(t);
    let decimal = t
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .strip_prefix('.')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    rest.len() != t.len() && !decimal
}

/// True when a header's cell is a label the national table knows, its unit's brackets aside.
fn known_header(h: &str) -> bool {
    let h: String = h.split_whitespace().collect();
    let wording = h.split(['（', '(']).next().unwrap_or(&h);
    let labels = super::labels::national();
    !wording.is_empty() && (labels.knows(wording) || labels.contains_any(&normal(wording)))
}

/// The header's cells of lines `lines` (a cell a line): a line that is a unit in brackets
/// (`（万元）`) joins the cell above it, and two lines of two characters or fewer (`矿区` over
/// `名称`) are one cell when neither is a label the national table knows alone.
fn header_cells(text: &str, lines: &[Option<Span>]) -> Vec<Span> {
    let labels = super::labels::national();
    let mut cells: Vec<Span> = Vec::new();
    let mut split = false;
    for &l in lines.iter().flatten() {
        let t = l.of(text).unwrap_or("");
        let joins = match cells.last() {
            Some(last) if !split => {
                let above = last.of(text).unwrap_or("");
                t.starts_with(['（', '('])
                    || (above.chars().count() <= 2
                        && t.chars().count() <= 2
                        && (labels.keys(&format!("{above}{t}")).next().is_some()
                            || labels.keys(above).next().is_none()
                                && labels.keys(t).next().is_none()))
            }
            _ => false,
        };
        if joins && let Some(last) = cells.last_mut() {
            last.end = l.end;
            split = true;
        } else {
            cells.push(l);
            split = false;
        }
    }
    cells
}

/// A header on two rows, the first's cells spanning the second's (`安置房源` over `楼栋⇥单元⇥房号`,
/// `规划指标要求` over `容积率⇥建筑密度…`; a page's `colspan` and `rowspan` written out as empty
/// cells): one header row, each column named by its lower cell where it has one, else by the
/// upper, so that the rows under it are read by their columns.
fn merge_header_rows(text: &str, t: &mut Table) {
    if t.separator != Separator::Tab || t.rows.len() < 3 {
        return;
    }
    let (top, sub) = (&t.rows[0].cells, &t.rows[1].cells);
    let filled = |c: Option<&Span>| c.is_some_and(|c| !c.is_empty());
    let width = top.len().max(sub.len());
    // Every column named by one row or the other; the lower row only labels, and some column it
    // names one the upper leaves empty (the upper cell spans it).
    let named = (0..width).all(|k| filled(top.get(k)) || filled(sub.get(k)));
    let labels = sub.iter().filter(|c| !c.is_empty()).all(|c| {
        c.of(text)
            .is_some_and(|h| is_label(h) && !h.contains(|ch: char| ch.is_ascii_digit()))
    });
    let spanned = (0..width).any(|k| filled(sub.get(k)) && !filled(top.get(k)));
    let under = (0..width).any(|k| !filled(sub.get(k)));
    if !(named && labels && spanned && under) {
        return;
    }
    let cells = (0..width)
        .map(|k| {
            if filled(sub.get(k)) {
                sub[k]
            } else {
                top.get(k).copied().unwrap_or_default()
            }
        })
        .collect();
    // An upper cell over two or more of the lower row's (its span written out as empty cells).
    let mut groups = Vec::new();
    for k in 0..width {
        if !(filled(top.get(k)) && filled(sub.get(k))) {
            continue;
        }
        let to = (k + 1..width)
            .find(|&j| filled(top.get(j)) || !filled(sub.get(j)))
            .unwrap_or(width);
        if to - k >= 2 {
            groups.push((top[k], k..to));
        }
    }
    t.groups = groups;
    let line = Span {
        start: t.rows[0].line.start,
        end: t.rows[1].line.end,
    };
    t.rows.splice(0..2, [Row { line, cells }]);
}

/// The cells of the line `span` split at every ideographic space, when that gives `n` cells
/// and none is empty.
fn every_space(text: &str, span: Span, n: usize) -> Option<Vec<Span>> {
    let line = span.of(text)?;
    if line.contains(['：', ':', ' ', '\t']) {
        return None;
    }
    let mut cells = Vec::new();
    let mut from = 0;
    for (i, c) in line.char_indices().chain([(line.len(), '\u{3000}')]) {
        if c != '\u{3000}' {
            continue;
        }
        if i > from {
            cells.push(Span {
                start: span.start + from,
                end: span.start + i,
            });
        }
        from = i + c.len_utf8();
    }
    (cells.len() == n).then_some(cells)
}

/// The cells of the line `span`, whose separators are `separators`, and how they are
/// separated; `None` when it is no table row.
fn split(text: &str, span: Span, separators: Separators) -> Option<(Separator, Vec<Span>)> {
    let line = span.of(text)?;
    let Separators {
        tab,
        bar,
        spaced,
        ideographic,
        spaces,
    } = separators;
    let (sep, pieces): (Separator, Vec<(usize, usize)>) = if tab {
        (Separator::Tab, pieces_at(line, '\t'))
    } else if bar {
        let mut p = pieces(line, |c| c == '|' || c == '｜', 1);
        // `| a | b |`: no cells before the first bar and after the last.
        let blank = |&(a, b): &(usize, usize)| line[a..b].trim().is_empty();
        if p.first().is_some_and(blank) {
            p.remove(0);
        }
        if p.last().is_some_and(blank) {
            p.pop();
        }
        (Separator::Bar, p)
    } else if spaced {
        (
            Separator::Spaces,
            pieces(line, |c| fold(c) == ' ' || c == '\t', 2),
        )
    } else if ideographic == 0 && spaces >= 2 && !line.contains(['：', ':', '。']) {
        // Columns a single space apart (`序号 资产名称 车牌号 账面原值（元）`), four cells or
        // more, or three led by a numbering column (`序号 承租人 配租房源` over `1 张*华 …`): a
        // table when its first row is a header of labels (checked with the table).
        let p = pieces_at(line, ' ');
        let numbered = |&(a, b): &(usize, usize)| {
            let first = &line[a..b];
            ["序号", "排名", "编号"].contains(&first) || first.bytes().all(|c| c.is_ascii_digit())
        };
        let enough = p.len() >= 4 || p.len() == 3 && p.first().is_some_and(numbered);
        if !enough || p.iter().any(|&(a, b)| a == b) {
            return None;
        }
        (Separator::Spaces, p)
    } else if ideographic >= 2 && !line.contains(['：', ':']) {
        // Columns a single ideographic space apart (`勘察　全部招标　委托招标　公开招标`), three
        // cells or more: two are a heading and its words (`第一条　招标条件`).
        let p = pieces_at(line, '\u{3000}');
        if p.len() < 3 || p.iter().any(|&(a, b)| a == b) {
            return None;
        }
        (Separator::Spaces, p)
    } else {
        return None;
    };
    if pieces.len() < 2 {
        return None;
    }
    let cells = pieces
        .into_iter()
        .map(|(a, b)| {
            let (from, to) = without_spaces(&line.as_bytes()[a..b]);
            Span {
                start: span.start + a + from,
                end: span.start + a + to,
            }
        })
        .collect();
    Some((sep, cells))
}

/// The bytes of `cell` within its spaces at either end (a space, a tab, a carriage return and
/// the characters that fold to a space: U+3000, E3 80 80, and U+00A0, C2 A0), told by the bytes
/// at its ends rather than each character decoded and folded. (Each of those byte sequences
/// starts with a byte that starts a character, so that one at an end is the character.)
fn without_spaces(cell: &[u8]) -> (usize, usize) {
    let mut from = 0;
    loop {
        match &cell[from..] {
            [b' ' | b'\t' | b'\r', ..] => from += 1,
            [0xc2, 0xa0, ..] => from += 2,
            [0xe3, 0x80, 0x80, ..] => from += 3,
            _ => break,
        }
    }
    let mut to = cell.len();
    loop {
        match &cell[from..to] {
            [.., b' ' | b'\t' | b'\r'] => to -= 1,
            [.., 0xc2, 0xa0] => to -= 2,
            [.., 0xe3, 0x80, 0x80] => to -= 3,
            _ => break,
        }
    }
    (from, to)
}

/// The pieces of `line` between each `sep` and the next, as byte ranges: [`pieces`] with one
/// separator character and runs of one, the separator searched for (`match_indices`), not each
/// character decoded and tested.
fn pieces_at(line: &str, sep: char) -> Vec<(usize, usize)> {
    // Room for a row of a few cells, not grown cell by cell.
    let mut out = Vec::with_capacity(8);
    let mut from = 0;
    if sep.is_ascii() {
        // An ASCII separator is its byte, which no other character's bytes hold: looked for
        // eight bytes at a time.
        while let Some(i) = find_byte(line.as_bytes(), from, sep as u8) {
            out.push((from, i));
            from = i + 1;
        }
    } else {
        for (i, _) in line.match_indices(sep) {
            out.push((from, i));
            from = i + sep.len_utf8();
        }
    }
    out.push((from, line.len()));
    out
}

/// The pieces of `line` between runs of at least `min` separator characters, as byte ranges;
/// leading and trailing separators give no piece when `min` > 1.
fn pieces(line: &str, is_sep: impl Fn(char) -> bool, min: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if min == 1 {
        let mut from = 0;
        for (i, c) in line.char_indices().filter(|&(_, c)| is_sep(c)) {
            out.push((from, i));
            from = i + c.len_utf8();
        }
        out.push((from, line.len()));
        return out;
    }
    let mut piece_start = 0;
    let mut run_start = None;
    let mut run = 0;
    for (i, c) in line.char_indices() {
        if is_sep(c) {
            if run == 0 {
                run_start = Some(i);
            }
            run += 1;
            if run == min {
                let end = run_start.unwrap_or(i);
                if end > piece_start {
                    out.push((piece_start, end));
                }
            }
            if run >= min {
                piece_start = i + c.len_utf8();
            }
        } else {
            if run >= min {
                piece_start = i;
            }
            run = 0;
        }
    }
    if piece_start < line.len() {
        out.push((piece_start, line.len()));
    }
    if out.len() == 1 {
        return Vec::new();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<Vec<&str>>> {
        tables(text)
            .iter()
            .map(|t| {
                t.rows
                    .iter()
                    .map(|r| r.cells.iter().map(|c| c.of(text).unwrap()).collect())
                    .collect()
            })
            .collect()
    }

    /// A listing's table of parcels pasted a cell a line: the header's cells, each on its line,
    /// then each parcel's; a unit in brackets on the next line is its header's, and a decimal
    /// (`18235.6`) is a cell, not a numbered item.
    #[test]
    fn a_table_pasted_a_cell_a_line_is_read_by_its_columns() {
        let text = "一、地块基本情况\n地块编号\n土地用途\n出让面积（平方米）\n起始价\n（万元）\n\
                    P07\n商务金融用地\n18235.6\n9650\nP08\n工业用地\n24410.0\n1860\n注：详见附件。\n";
        assert_eq!(
            rows(text),
            [[
                [
                    "地块编号",
                    "土地用途",
                    "出让面积（平方米）",
                    "起始价\n（万元）"
                ],
                ["P07", "商务金融用地", "18235.6", "9650"],
                ["P08", "工业用地", "24410.0", "1860"],
            ]]
        );
        // Labels over their values, one after another, are no columns.
        let pairs =
            "项目名称\n某人才公寓\n项目地址\n某区某路188号\n房源数量\n共210套\n户型\n一室一厅\n";
        assert!(rows(pairs).is_empty(), "{:?}", rows(pairs));
        // Nor are lines that do not fill whole rows.
        let short = "地块编号\n土地用途\n出让面积（平方米）\nP07\n商务金融用地\n";
        assert!(rows(short).is_empty());
    }

    #[test]
    fn tabs_bars_and_aligned_columns() {
        assert_eq!(
            rows("名称\t金额\n甲公司\t5元\n"),
            [[["名称", "金额"], ["甲公司", "5元"]]]
        );
        assert_eq!(
            rows("| 排序 | 单位名称 |\n|---|---|\n| 1 | 甲公司 |\n"),
            [[["排序", "单位名称"], ["1", "甲公司"]]]
        );
        assert_eq!(
            rows("名称  品牌　　数量\n设备  云测　　4套\n"),
            [[["名称", "品牌", "数量"], ["设备", "云测", "4套"]]]
        );
        // One ideographic space between three cells or more; two cells are a heading.
        assert_eq!(
            rows("招标项目　招标范围　招标方式\n勘察　全部招标　公开招标\n"),
            [[
                ["招标项目", "招标范围", "招标方式"],
                ["勘察", "全部招标", "公开招标"]
            ]]
        );
        assert!(rows("第一条　招标条件\n第二条　项目概况\n").is_empty());
        // Columns a single space apart, four or more, under a header of labels; a line of
        // words a space apart over no such header is no table.
        assert_eq!(
            rows("序号 资产名称 车牌号 评估价值（元）\n1 越野车 新A·J2718 42000.00\n"),
            [[
                ["序号", "资产名称", "车牌号", "评估价值（元）"],
                ["1", "越野车", "新A·J2718", "42000.00"]
            ]]
        );
        assert!(rows("1 越野车 新A·J2718 42000.00\n2 轿车 新A·K1001 18500.00\n").is_empty());
        // A header whose long label leaves one ideographic space before the next column.
        assert_eq!(
            rows("排序　入围供应商名称　　　地址\n1　　某商贸有限公司　　　某路88号\n"),
            [[
                ["排序", "入围供应商名称", "地址"],
                ["1", "某商贸有限公司", "某路88号"]
            ]]
        );
    }

    #[test]
    fn separators_are_those_of_the_characters() {
        for line in [
            "a\tb",
            "a|b",
            "a｜b",
            "a  b",
            "a\u{3000}\u{3000}b",
            "a\u{a0} b",
            "a b",
            "中　文",
            "全角｜",
            "\u{3000}",
            "a \t",
            "",
        ] {
            let tab = line.contains('\t');
            let bar = line.contains(['|', '｜']);
            let mut run = 0;
            let spaced = line.chars().any(|c| {
                run = if matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}') {
                    run + 1
                } else {
                    0
                };
                run >= 2
            });
            let ideographic = line.matches('\u{3000}').count();
            let spaces = line.matches(' ').count();
            let s = Lines::new(line)
                .separators()
                .first()
                .copied()
                .unwrap_or_default();
            assert_eq!(
                (s.tab, s.bar, s.spaced, s.ideographic, s.spaces),
                (tab, bar, spaced, ideographic, spaces),
                "{line:?}"
            );
        }
    }

    /// Three columns a single space apart are a table when a numbering column leads them
    /// (`序号 承租人 配租房源` over `1 张*华 某小区9栋502室`); three words of a sentence are not.
    #[test]
    fn three_columns_a_space_apart_under_a_numbering_column() {
        let text = "序号 承租人 配租房源\n1 张*华 某小区9栋1单元502室\n2 努*古丽 某小区12栋602室\n";
        assert_eq!(
            rows(text),
            [[
                vec!["序号", "承租人", "配租房源"],
                vec!["1", "张*华", "某小区9栋1单元502室"],
                vec!["2", "努*古丽", "某小区12栋602室"]
            ]]
        );
        assert!(rows("项目 名称 待定\n某 某 某\n").is_empty());
    }

    #[test]
    fn what_is_no_table() {
        // One line; two labels on a line; aligned text whose first line is no header.
        assert!(rows("名称\t金额\n").is_empty());
        assert!(rows("联系人：张工  电话：0763-1234567\n地址：东路1号  邮编：513000\n").is_empty());
        assert!(rows("一、项目编号：1\n二、项目名称：2\n").is_empty());
    }

    #[test]
    fn label_and_value_tables_give_pairs() {
        let text = "项目编号\tYJ-1\t项目名称\t档案服务\n预算金额：\t50万元\t\t\n";
        let labels = LabelTable::national();
        let t = &tables(text)[0];
        let pairs: Vec<_> = t
            .pairs(text, &labels)
            .unwrap()
            .into_iter()
            .map(|(l, v)| (l.of(text).unwrap(), v.map(|v| v.of(text).unwrap())))
            .collect();
        assert_eq!(
            pairs,
            [
                ("项目编号", Some("YJ-1")),
                ("项目名称", Some("档案服务")),
                ("预算金额", Some("50万元")),
            ]
        );
        let text = "名称\t品牌\n自动气象站\t云测\n";
        assert!(tables(text)[0].pairs(text, &labels).is_none());
    }

    /// A row whose long cell leaves a single ideographic space before the next column is split
    /// at every one when that gives the header's columns; the table goes on.
    #[test]
    fn a_row_with_one_ideographic_space_between_cells_stays_in_its_table() {
        let text = "序号　申请人　家庭人口　所在街道　月补贴额（元）\n1　　侯*芝　　2　　　　联纺路　　360\n\
                    4　　戚*红　　2　　　　中华大街　360\n";
        let t = rows(text);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0][2], ["4", "戚*红", "2", "中华大街", "360"]);
    }

    /// A row whose last cell is empty ends with the bar that opens it (`… | 9136… | ` under a
    /// `备注` column): it stays in its table, the last cell empty.
    #[test]
    fn a_row_ending_in_an_empty_cell_stays_in_its_table() {
        let text = "序号 | 竞得人 | 备注\n1 | 某置业有限公司 | \n2 | — | 未成交\n";
        let t = rows(text);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0][1], ["1", "某置业有限公司", ""]);
        assert_eq!(t[0][2], ["2", "—", "未成交"]);
    }

    /// A header on two rows (a cell spanning the columns of the row under it) is one header:
    /// each column named by its lower cell, else by the upper; the rows under it are the data.
    #[test]
    fn a_header_on_two_rows_is_one() {
        let text = "姓名\t安置房源\t\t\t差价款（元）\n\t楼栋\t单元\t房号\t\n\
                    刘*生\t3\t2\t1506\t8650\n谭*英\t3\t1\t802\t0\n";
        assert_eq!(
            rows(text)[0],
            [
                vec!["姓名", "楼栋", "单元", "房号", "差价款（元）"],
                vec!["刘*生", "3", "2", "1506", "8650"],
                vec!["谭*英", "3", "1", "802", "0"],
            ]
        );
        let t = &tables(text)[0];
        let groups: Vec<_> = t
            .groups
            .iter()
            .map(|(label, cols)| (label.of(text).unwrap(), cols.clone()))
            .collect();
        assert_eq!(groups, [("安置房源", 1..4)]);
    }

    /// A first row of labels only heads columns, even of an even number of cells: an approval
    /// table (招标投标法实施条例 Art 7: 招标范围、招标方式、招标组织形式 as approved) gives
    /// each header the cell under it, not the next header.
    #[test]
    fn a_header_row_of_labels_heads_columns_art_7() {
        let labels = LabelTable::national();
        let text = "招标内容\t招标范围\t招标方式\t核准部门\t核准文号\t核准日期\n\
                    施工\t全部招标\t公开招标\t某市发展和改革局\t某发改审〔2024〕9号\t2024年12月18日\n";
        assert!(tables(text)[0].pairs(text, &labels).is_none());
        let found = crate::notice::elements(text, Some(crate::ItemKind::BiddingProjectApproval));
        let value = |k: &str| {
            found
                .iter()
                .find(|e| e.key == k)
                .and_then(|e| e.value)
                .and_then(|v| v.of(text))
        };
        assert_eq!(value("tenderMethod"), Some("公开招标"));
        assert_eq!(value("approvingDepartment"), Some("某市发展和改革局"));
    }
}
