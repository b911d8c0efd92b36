//! Reading records: a JSON array or NDJSON, one record at a time, one bad record never stopping
//! the rest.
//!
//! The file is read through a buffer and each record is parsed as soon as its bytes are in, so
//! memory is bounded by the largest record ([`MAX_RECORD`] at most), not by the file. NDJSON is
//! split at newlines; a JSON array is split into its top-level elements by a byte scanner that
//! follows strings and brackets, and each element is parsed on its own, so a parse error names
//! the element and its position within it, as for a line of NDJSON. Input is bytes: a leading
//! UTF-8 byte-order mark is skipped, and invalid UTF-8 makes only the record it is in unreadable.

use std::io::{self, BufRead};
use std::path::Path;

use gongkai::{DisclosureRecord, Error, Lang};

/// The longest record read: a longer one is skipped as unreadable, so that a file without
/// newlines (or an array element that never closes) cannot take all memory.
pub const MAX_RECORD: usize = 64 << 20;

/// A record that could not be read.
pub struct BadRecord {
    /// 1-based position in the file (array index + 1, or line number); 0 for the file itself.
    pub index: usize,
    /// The record's `id`, when it could be found.
    pub record_id: Option<String>,
    pub error: Problem,
}

/// Why a record could not be read.
pub enum Problem {
    /// Its JSON, as the library read it: the field and the parser's message.
    Record(Error),
    /// The bytes around it: their encoding, their size, the array's punctuation, the file.
    Bytes {
        code: &'static str,
        zh: String,
        en: String,
    },
}

impl Problem {
    /// A stable code: the library's for a record, `input.*` for the bytes.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Record(e) => e.code(),
            Problem::Bytes { code, .. } => code,
        }
    }

    /// The JSON Pointer of the field at fault, `""` for none.
    pub fn path(&self) -> &str {
        match self {
            Problem::Record(Error::Parse { path, .. }) => path,
            _ => "",
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Problem::Record(e), _) => e.message(lang),
            (Problem::Bytes { zh, .. }, Lang::ZhCn) => zh.clone(),
            (Problem::Bytes { en, .. }, Lang::En) => en.clone(),
        }
    }
}

impl BadRecord {
    /// One line naming the record and the field.
    pub fn line(&self, lang: Lang) -> String {
        let who = match (&self.record_id, lang, self.index) {
            (_, Lang::ZhCn, 0) => "文件".to_owned(),
            (_, Lang::En, 0) => "the file".to_owned(),
            (Some(id), Lang::ZhCn, _) => format!("第 {} 条记录（{id}）", self.index),
            (None, Lang::ZhCn, _) => format!("第 {} 条记录", self.index),
            (Some(id), Lang::En, _) => format!("record #{} ({id})", self.index),
            (None, Lang::En, _) => format!("record #{}", self.index),
        };
        let sep = if lang == Lang::ZhCn { "：" } else { ": " };
        format!("{who}{sep}{}", self.error.message(lang))
    }

    fn bytes(
        index: usize,
        record_id: Option<String>,
        code: &'static str,
        zh: String,
        en: String,
    ) -> Self {
        BadRecord {
            index,
            record_id,
            error: Problem::Bytes { code, zh, en },
        }
    }
}

pub type Entry = Result<(usize, DisclosureRecord), BadRecord>;

/// The records of a file (`-`: standard input).
pub fn open(path: &Path) -> io::Result<Records<Box<dyn BufRead>>> {
    if path.is_dir() {
        return Err(io::Error::other("it is a directory"));
    }
    let src: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(io::BufReader::with_capacity(1 << 16, io::stdin()))
    } else {
        Box::new(io::BufReader::with_capacity(
            1 << 16,
            std::fs::File::open(path)?,
        ))
    };
    Ok(Records::new(src))
}

/// The records of a reader, parsed one at a time as they are read.
pub struct Records<R> {
    src: R,
    state: State,
    /// Bytes of the file consumed so far (the byte-order mark included).
    offset: u64,
    /// 1-based line of the file the reader is on.
    line: usize,
    /// Array elements (or NDJSON lines) seen so far.
    index: usize,
    /// Bytes read but not yet used: the start of the first NDJSON line, read to tell the form.
    pending: Vec<u8>,
    /// The record being read.
    buf: Vec<u8>,
    /// A byte of the array read but not yet used, and its offset: a record's first byte where a
    /// comma was missing.
    carry: Option<(u8, u64)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Start,
    Lines,
    /// After `[` or `,`: an element (or, after `[`, the closing `]`).
    Element {
        first: bool,
    },
    /// After an element: `,` or `]`.
    Separator,
    /// After `]`: nothing but whitespace.
    Trailer,
    Done,
}

impl<R: BufRead> Records<R> {
    pub fn new(src: R) -> Self {
        Records {
            src,
            state: State::Start,
            offset: 0,
            line: 1,
            index: 0,
            pending: Vec::new(),
            buf: Vec::new(),
            carry: None,
        }
    }

    /// An error that ends the reading.
    fn fail(&mut self, index: usize, code: &'static str, zh: String, en: String) -> Option<Entry> {
        self.state = State::Done;
        Some(Err(BadRecord::bytes(index, None, code, zh, en)))
    }

    fn io_error(&mut self, e: &io::Error) -> Option<Entry> {
        let at = self.offset;
        let zh = format!("读取文件第 {at} 字节处出错：{e}");
        let en = format!("cannot read the file at byte {at}: {e}");
        self.fail(self.index + 1, "input.read_failed", zh, en)
    }

    /// The next byte, consumed; `None` at the end.
    fn byte(&mut self) -> io::Result<Option<u8>> {
        let b = loop {
            match self.src.fill_buf() {
                Ok(chunk) => break chunk.first().copied(),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        };
        if let Some(b) = b {
            self.src.consume(1);
            self.offset += 1;
            if b == b'\n' {
                self.line += 1;
            }
        }
        Ok(b)
    }

    /// Skips the byte-order mark and leading whitespace and tells the form by the first byte.
    /// Reads byte by byte up to the first non-blank one, so that after a `[` nothing is pending.
    fn start(&mut self) -> io::Result<Option<Entry>> {
        let mut head = Vec::new();
        let mut first = true;
        loop {
            let Some(b) = self.byte()? else {
                self.state = State::Done;
                return Ok(None);
            };
            head.push(b);
            if std::mem::take(&mut first) && matches!(b, 0xEF | 0xFE | 0xFF) {
                let want = if b == 0xEF { 3 } else { 2 };
                while head.len() < want {
                    match self.byte()? {
                        Some(b) => head.push(b),
                        None => break,
                    }
                }
                match head[..] {
                    [0xEF, 0xBB, 0xBF] => {
                        head.clear();
                        continue;
                    }
                    [0xFF, 0xFE] | [0xFE, 0xFF] => {
                        let zh = "文件是 UTF-16 编码（以 UTF-16 字节顺序标记开头），请转换为 UTF-8";
                        let en = "the file is UTF-16 (it starts with a UTF-16 byte-order \
                                  mark): convert it to UTF-8";
                        let (zh, en) = (zh.to_owned(), en.to_owned());
                        return Ok(self.fail(0, "input.not_utf8", zh, en));
                    }
                    _ => {}
                }
            }
            let (last, before) = head.split_last().unwrap_or((&b' ', &[]));
            if !before.iter().all(u8::is_ascii_whitespace) {
                // A byte-order mark's first byte without the rest: not JSON, not blank.
            } else if *last == b'\n' {
                // Blank lines before the first record are dropped; the line numbers count them.
                head.clear();
                continue;
            } else if last.is_ascii_whitespace() {
                // Blanks only shift columns: a mile of them is not kept.
                if head.len() > MAX_RECORD {
                    head.clear();
                }
                continue;
            } else if *last == b'[' {
                self.state = State::Element { first: true };
                return Ok(None);
            }
            self.pending = head;
            self.state = State::Lines;
            return Ok(None);
        }
    }

    /// The next non-blank line of NDJSON.
    fn next_line(&mut self) -> io::Result<Option<Entry>> {
        loop {
            // What is pending was read (and its newlines counted) already.
            let line_no = self.line - self.pending.iter().filter(|&&b| b == b'\n').count();
            let start = self.offset - self.pending.len() as u64;
            self.buf.clear();
            let mut too_long = false;
            let ended = match self.pending.iter().position(|&b| b == b'\n') {
                Some(p) => {
                    self.buf.extend(self.pending.drain(..=p));
                    true
                }
                None => {
                    self.buf.append(&mut self.pending);
                    self.read_line(&mut too_long)?
                }
            };
            if !ended && self.buf.is_empty() && !too_long {
                self.state = State::Done;
                return Ok(None);
            }
            if self.buf.last() == Some(&b'\n') {
                self.buf.pop();
                if self.buf.last() == Some(&b'\r') {
                    self.buf.pop();
                }
            }
            self.index = line_no;
            if too_long {
                let mib = MAX_RECORD >> 20;
                let zh = format!("该行超过 {mib} MiB");
                let en = format!("the line is longer than {mib} MiB");
                let bad = BadRecord::bytes(line_no, None, "input.too_long", zh, en);
                return Ok(Some(Err(bad)));
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Ok(Some(parse_bytes(line_no, &self.buf, start)));
        }
    }

    /// Reads up to and including the next newline into `buf`, keeping at most [`MAX_RECORD`]
    /// bytes; whether a newline ended it.
    fn read_line(&mut self, too_long: &mut bool) -> io::Result<bool> {
        loop {
            let chunk = match self.src.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                return Ok(false);
            }
            let (n, ended) = match chunk.iter().position(|&b| b == b'\n') {
                Some(p) => (p + 1, true),
                None => (chunk.len(), false),
            };
            if self.buf.len() + n > MAX_RECORD + 2 {
                *too_long = true;
                self.buf.clear();
            } else if !*too_long {
                self.buf.extend_from_slice(&chunk[..n]);
            }
            self.src.consume(n);
            self.offset += n as u64;
            if ended {
                self.line += 1;
                return Ok(true);
            }
        }
    }

    /// The next element of a JSON array, or the error that ends the array.
    fn next_element(&mut self) -> io::Result<Option<Entry>> {
        loop {
            let (b, at) = match self.carry.take() {
                Some((b, at)) => (Some(b), at),
                None => (self.byte()?, self.offset.saturating_sub(1)),
            };
            let Some(b) = b else {
                let at = self.offset;
                if self.state == State::Trailer {
                    self.state = State::Done;
                    return Ok(None);
                }
                let zh = format!("文件在第 {at} 字节处结束，数组缺少结尾的 ]");
                let en = format!("the file ends at byte {at} before the array's closing ]");
                return Ok(self.fail(0, "input.invalid_json", zh, en));
            };
            if b.is_ascii_whitespace() {
                continue;
            }
            match (self.state, b) {
                (State::Element { first: true }, b']') | (State::Separator, b']') => {
                    self.state = State::Trailer;
                }
                (State::Element { first: false }, b']') => {
                    self.state = State::Trailer;
                    let line = self.line;
                    let zh = format!(
                        "数组结尾的 ] 之前多一个逗号（第 {at} 字节，第 {line} 行）：缺少一条记录"
                    );
                    let en = format!(
                        "a comma before the array's closing ] at byte {at} (line {line}): \
                         a record is missing"
                    );
                    let bad = BadRecord::bytes(0, None, "input.invalid_json", zh, en);
                    return Ok(Some(Err(bad)));
                }
                (State::Separator, b',') => self.state = State::Element { first: false },
                (State::Element { .. }, _) => {
                    self.index += 1;
                    return self.element(b, at).map(Some);
                }
                (State::Separator, b'{' | b'[') => {
                    // A missing comma: the next record is read all the same.
                    self.carry = Some((b, at));
                    self.state = State::Element { first: false };
                    let (n, line) = (self.index, self.line);
                    let zh = format!("第 {n} 条记录之后缺少逗号（第 {at} 字节，第 {line} 行）");
                    let en =
                        format!("a comma is missing after record #{n} at byte {at} (line {line})");
                    let bad = BadRecord::bytes(0, None, "input.invalid_json", zh, en);
                    return Ok(Some(Err(bad)));
                }
                (State::Separator, _) => {
                    let (n, line, found) = (self.index, self.line, shown(b));
                    let zh = format!(
                        "第 {n} 条记录之后应为 , 或 ]，第 {at} 字节（第 {line} 行）却是 {found}"
                    );
                    let en = format!(
                        "expected , or ] after record #{n} at byte {at} (line {line}), found {found}"
                    );
                    return Ok(self.fail(0, "input.invalid_json", zh, en));
                }
                _ => {
                    let line = self.line;
                    let zh = format!("数组结尾的 ] 之后还有内容（第 {at} 字节，第 {line} 行）");
                    let en =
                        format!("content after the array's closing ] at byte {at} (line {line})");
                    return Ok(self.fail(0, "input.invalid_json", zh, en));
                }
            }
        }
    }

    /// Reads one element starting with byte `first` at file offset `start`.
    fn element(&mut self, first: u8, start: u64) -> io::Result<Entry> {
        self.buf.clear();
        self.buf.push(first);
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        match first {
            b'{' | b'[' => depth = 1,
            b'"' => in_string = true,
            _ => {}
        }
        let scalar = depth == 0 && !in_string;
        let mut too_long = false;
        loop {
            if depth == 0 && !in_string && !scalar {
                break;
            }
            if scalar {
                // Byte by byte: a scalar ends at the delimiter, which must not be consumed.
                let b = match self.peek()? {
                    Some(b',' | b']' | b'{' | b'[') => break,
                    Some(b) if b.is_ascii_whitespace() => break,
                    Some(_) => self.byte()?,
                    None => None,
                };
                let Some(b) = b else { break };
                scan(b, &mut depth, &mut in_string, &mut escaped);
                if self.buf.len() >= MAX_RECORD {
                    too_long = true;
                    self.buf.clear();
                } else if !too_long {
                    self.buf.push(b);
                }
                continue;
            }
            let chunk = match self.src.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                break;
            }
            let mut n = chunk.len();
            for (i, &b) in chunk.iter().enumerate() {
                scan(b, &mut depth, &mut in_string, &mut escaped);
                if depth == 0 && !in_string {
                    n = i + 1;
                    break;
                }
            }
            let lines = chunk[..n].iter().filter(|&&b| b == b'\n').count();
            if self.buf.len() + n > MAX_RECORD {
                too_long = true;
                self.buf.clear();
            } else if !too_long {
                self.buf.extend_from_slice(&chunk[..n]);
            }
            self.src.consume(n);
            self.offset += n as u64;
            self.line += lines;
        }
        let index = self.index;
        if too_long {
            self.state = State::Separator;
            let mib = MAX_RECORD >> 20;
            let zh = format!("该记录超过 {mib} MiB");
            let en = format!("the record is longer than {mib} MiB");
            return Ok(Err(BadRecord::bytes(index, None, "input.too_long", zh, en)));
        }
        if (depth > 0 || in_string) && !scalar {
            let zh = format!("文件在这条记录中间结束（记录从第 {start} 字节开始）：数组不完整");
            let en = format!(
                "the file ends inside this record (which starts at byte {start}): \
                 the array is cut short"
            );
            let id = id_of(&String::from_utf8_lossy(&self.buf));
            self.state = State::Done;
            return Ok(Err(BadRecord::bytes(
                index,
                id,
                "input.invalid_json",
                zh,
                en,
            )));
        }
        self.state = State::Separator;
        Ok(parse_bytes(index, &self.buf, start))
    }

    fn peek(&mut self) -> io::Result<Option<u8>> {
        loop {
            match self.src.fill_buf() {
                Ok(chunk) => return Ok(chunk.first().copied()),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
}

impl<R: BufRead> Iterator for Records<R> {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        loop {
            let step = match self.state {
                State::Done => return None,
                State::Start => self.start(),
                State::Lines => self.next_line(),
                State::Element { .. } | State::Separator | State::Trailer => self.next_element(),
            };
            match step {
                Ok(Some(entry)) => return Some(entry),
                Ok(None) if self.state == State::Done => return None,
                Ok(None) => {}
                Err(e) => return self.io_error(&e),
            }
        }
    }
}

/// Follows one byte of JSON: strings (with escapes) and bracket depth. A string cannot hold a
/// raw newline, so one ends it: a quote missing in a pretty-printed array then spoils only its
/// own record, not every record after it.
fn scan(b: u8, depth: &mut usize, in_string: &mut bool, escaped: &mut bool) {
    if *in_string {
        match (b, *escaped) {
            (b'\n', _) => (*in_string, *escaped) = (false, false),
            (_, true) => *escaped = false,
            (b'\\', false) => *escaped = true,
            (b'"', false) => *in_string = false,
            _ => {}
        }
    } else {
        match b {
            b'"' => *in_string = true,
            b'{' | b'[' => *depth += 1,
            b'}' | b']' => *depth = depth.saturating_sub(1),
            _ => {}
        }
    }
}

fn shown(b: u8) -> String {
    if b.is_ascii_graphic() {
        format!("'{}'", b as char)
    } else {
        format!("byte 0x{b:02X}")
    }
}

/// Parses one record's bytes, which start at byte `start` of the file.
fn parse_bytes(index: usize, bytes: &[u8], start: u64) -> Entry {
    match std::str::from_utf8(bytes) {
        Ok(json) => parse_one(index, json),
        Err(e) => {
            let at = start + e.valid_up_to() as u64;
            let byte = bytes[e.valid_up_to()];
            let zh = format!("文件第 {at} 字节处不是有效的 UTF-8（字节 0x{byte:02X}）");
            let en = format!("invalid UTF-8 (byte 0x{byte:02X}) at byte {at} of the file");
            let id = id_of(&String::from_utf8_lossy(bytes));
            Err(BadRecord::bytes(index, id, "input.invalid_utf8", zh, en))
        }
    }
}

fn parse_one(index: usize, json: &str) -> Entry {
    DisclosureRecord::from_json(json)
        .map(|r| (index, r))
        .map_err(|error| BadRecord {
            index,
            record_id: id_of(json),
            error: Problem::Record(error),
        })
}

/// The `id` of a record that failed to parse, if it is there at all.
fn id_of(json: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(json).ok()?;
    v.get("id")?.as_str().map(str::to_owned)
}
