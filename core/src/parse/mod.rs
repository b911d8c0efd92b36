//! JSON input with errors that name the field.
//!
//! Input is parsed with plain `serde_json`. Only when that fails is the JSON Pointer of the
//! offending field worked out, by reading the text up to the byte where the parser stopped and
//! noting the keys and indices open there. That costs nothing on valid input and, unlike
//! re-parsing with a path-tracking deserializer, adds no second copy of every deserializer to
//! the library (which matters for the WASM package's size budget).

use serde::de::DeserializeOwned;

mod objects;
mod zh;

pub use zh::message_zh;

use crate::Error;

/// Parses `json` into `T`, naming the JSON Pointer of the first offending field on failure.
///
/// # Errors
/// [`Error::Parse`] with the pointer, line, column and the parser's message.
pub fn from_json<T: DeserializeOwned>(json: &str) -> Result<T, Error> {
    let body = without_bom(json);
    objects::from_str(body).map_err(|e| locate(json, body, &e))
}

/// A UTF-8 byte-order mark, which Windows editors (记事本 among them) write at the start of a
/// file: it marks the encoding and is no part of the JSON.
const BOM: &str = "\u{feff}";

/// The text after a leading byte-order mark.
pub(crate) fn without_bom(json: &str) -> &str {
    json.strip_prefix(BOM).unwrap_or(json)
}

/// An internally tagged object (`{"kind": "deadline", "period": ...}`) read without serde's
/// generated code for tagged enums, which buffers every member in an intermediate form and so
/// compiles a second deserializer for every type inside (a size cost in the WASM package).
///
/// `build` gets the index of the tag's value in `variants` and the other members as the JSON
/// text of an object, for the variant's own fields to be read from with [`fields`] (or none,
/// with [`unit`]). The errors are serde's tagged enums', at the same place: `missing field`,
/// `duplicate field` and `unknown variant` for the tag, `invalid type` for anything but an object
/// (serde would also read an array whose first element is the tag; like every struct here, a
/// tagged object is read from an object only), and `build`'s error once the object has been read.
pub(crate) fn tagged<'de, D: serde::Deserializer<'de>, T>(
    d: D,
    name: &'static str,
    tag: &'static str,
    variants: &'static [&'static str],
    build: fn(usize, &str) -> Result<T, String>,
) -> Result<T, D::Error> {
    let (kind, rest) = d.deserialize_any(TaggedVisitor {
        name,
        tag,
        variants,
    })?;
    // Raised once the object has been read, as serde raises it.
    build(kind, &rest).map_err(serde::de::Error::custom)
}

struct TaggedVisitor {
    name: &'static str,
    tag: &'static str,
    variants: &'static [&'static str],
}

impl<'de> serde::de::Visitor<'de> for TaggedVisitor {
    type Value = (usize, String);

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "internally tagged enum {}", self.name)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        tagged_members(map, self.tag, self.variants)
    }
}

/// The tag and the other members of a tagged object.
fn tagged_members<'de, A: serde::de::MapAccess<'de>>(
    mut map: A,
    tag: &'static str,
    variants: &'static [&'static str],
) -> Result<(usize, String), A::Error> {
    use serde::de::Error as _;
    let mut kind = None;
    let mut rest = String::from("{");
    while let Some(key) = map.next_key::<String>()? {
        if key == tag {
            if kind.is_some() {
                return Err(A::Error::duplicate_field(tag));
            }
            kind = Some(map.next_value_seed(VariantName(variants))?);
        } else {
            let value: Box<serde_json::value::RawValue> = map.next_value()?;
            if rest.len() > 1 {
                rest.push(',');
            }
            rest.push_str(&serde_json::to_string(&key).unwrap_or_default());
            rest.push(':');
            rest.push_str(value.get());
        }
    }
    rest.push('}');
    let kind = kind.ok_or_else(|| A::Error::missing_field(tag))?;
    Ok((kind, rest))
}

/// A JSON object of strings, read into a map that refuses a key given twice, at that key, with
/// the message ``duplicate key `k` `` (as serde refuses a struct's field given twice). serde's own
/// map reader keeps the last value and drops the earlier one without a word, so a record whose
/// JSON shows one text for an element would be judged on another.
pub(crate) fn unique_keys<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<std::collections::BTreeMap<String, String>, D::Error> {
    d.deserialize_map(UniqueKeys)
}

struct UniqueKeys;

impl<'de> serde::de::Visitor<'de> for UniqueKeys {
    type Value = std::collections::BTreeMap<String, String>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a map")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        use std::collections::btree_map::Entry;
        let mut out = std::collections::BTreeMap::new();
        while let Some(key) = map.next_key::<String>()? {
            match out.entry(key) {
                Entry::Vacant(slot) => {
                    slot.insert(map.next_value()?);
                }
                Entry::Occupied(slot) => {
                    return Err(serde::de::Error::custom(format_args!(
                        "duplicate key `{}`",
                        slot.key()
                    )));
                }
            }
        }
        Ok(out)
    }
}

/// A unit-only enum written as its JSON name (`"governmentProcurement"`), read by one visitor
/// that every such enum shares: serde's derived impls compile a name matcher for text, another
/// for bytes and an index matcher per enum (a size cost in the WASM package). Implemented with
/// [`by_name!`](crate::parse::by_name), which writes the `Deserialize` impl too.
pub(crate) trait Named: Sized + Copy + 'static {
    /// Every variant, in declaration order.
    const ALL: &'static [Self];
    /// The JSON names, in the same order.
    const NAMES: &'static [&'static str];
}

/// Reads a [`Named`] enum: `unknown variant` (serde's message) for another name, `invalid type`
/// for a value that is not a string.
pub(crate) fn named<'de, D: serde::Deserializer<'de>, T: Named>(d: D) -> Result<T, D::Error> {
    let i = d.deserialize_str(EnumName(T::NAMES))?;
    // An index into NAMES, which is as long as ALL (tested for every such enum).
    T::ALL
        .get(i)
        .copied()
        .ok_or_else(|| serde::de::Error::custom("a name without a variant"))
}

/// `name` without a final `On`, at compile time (an event field's name to its anchor's).
pub(crate) const fn strip_on(name: &'static str) -> &'static str {
    let b = name.as_bytes();
    let n = b.len();
    if n < 2 || b[n - 2] != b'O' || b[n - 1] != b'n' {
        return name;
    }
    match std::str::from_utf8(b.split_at(n - 2).0) {
        Ok(head) => head,
        Err(_) => name,
    }
}

/// `Named`, `Serialize` and `Deserialize` for a unit-only enum, from one list of its JSON names:
/// `by_name!(Status [Draft = "draft", ...]);`, the variants in declaration order (checked at
/// compile time). The enum derives neither serde trait itself, so its names are written once.
macro_rules! by_name {
    ($ty:ident [$($variant:ident = $name:expr),* $(,)?]) => {
        impl $crate::parse::Named for $ty {
            const ALL: &'static [$ty] = &[$($ty::$variant),*];
            const NAMES: &'static [&'static str] = &[$($name),*];
        }

        // `ALL[i] as usize == i`, so that a variant's discriminant indexes NAMES.
        const _: () = {
            let all = <$ty as $crate::parse::Named>::ALL;
            let mut i = 0;
            while i < all.len() {
                assert!(all[i] as usize == i, "by_name! lists the variants out of order");
                i += 1;
            }
        };

        impl $ty {
            /// The JSON name (`serde_json::to_string` gives it quoted).
            pub const fn json_name(self) -> &'static str {
                <$ty as $crate::parse::Named>::NAMES[self as usize]
            }
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.json_name())
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $crate::parse::named(d)
            }
        }
    };
}
pub(crate) use by_name;

/// The tag's value: a variant name, as its index.
struct VariantName(&'static [&'static str]);

impl<'de> serde::de::DeserializeSeed<'de> for VariantName {
    type Value = usize;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_str(self)
    }
}

impl serde::de::Visitor<'_> for VariantName {
    type Value = usize;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<usize, E> {
        // Lengths first: most names differ in length, and the comparison of the text is a call.
        self.0
            .iter()
            .position(|x| x.len() == v.len() && *x == v)
            .ok_or_else(|| E::unknown_variant(v, self.0))
    }
}

/// A [`Named`] enum's name, as its index; a value of another type is expected to be "one of" the
/// names, as serde words an unknown one.
struct EnumName(&'static [&'static str]);

impl serde::de::Visitor<'_> for EnumName {
    type Value = usize;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("one of ")?;
        for (i, name) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{name}`")?;
        }
        Ok(())
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<usize, E> {
        VariantName(self.0).visit_str(v)
    }
}

/// The fields of a tagged variant, from the text [`tagged`] returns; the error is the message
/// alone, for the caller to raise at the tagged object (where serde's tagged enums raise it).
pub(crate) fn fields<T: DeserializeOwned>(rest: &str) -> Result<T, String> {
    objects::from_str(rest).map_err(|e| strip_position(&e.to_string()))
}

/// A tagged variant without fields, from the text [`tagged`] returns: any other member is
/// refused (`unknown field `x`, there are no fields`), where serde's own tagged enums let it
/// through for a unit variant even under `deny_unknown_fields`. Nothing in a document is
/// dropped unread.
pub(crate) fn unit<T>(rest: &str, value: T) -> Result<T, String> {
    /// No member at all.
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct NoFields {}
    fields::<NoFields>(rest).map(|NoFields {}| value)
}

/// As [`from_json`], for a type that borrows from the text.
pub(crate) fn from_json_borrowed<'a, T: serde::Deserialize<'a>>(json: &'a str) -> Result<T, Error> {
    let body = without_bom(json);
    objects::from_str(body).map_err(|e| locate(json, body, &e))
}

/// A parse error of `part`, a slice of `whole`, as parsing `whole` would have reported it: the
/// line, column and JSON Pointer in `whole`. Other errors, errors without a position, and text
/// that is not a slice of `whole` are returned as they are.
pub(crate) fn relocate(whole: &str, part: &str, e: Error) -> Error {
    let Error::Parse {
        message,
        line,
        column,
        ..
    } = &e
    else {
        return e;
    };
    let offset = (part.as_ptr() as usize).wrapping_sub(whole.as_ptr() as usize);
    if *line == 0
        || offset
            .checked_add(part.len())
            .is_none_or(|end| end > whole.len())
    {
        return e;
    }
    let at = offset + byte_index(part, *line, *column);
    let before = &whole.as_bytes()[..at];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    Error::Parse {
        path: pointer_at(whole, at, message),
        message: message.clone(),
        line: 1 + before.iter().filter(|&&b| b == b'\n').count(),
        column: at - line_start,
    }
}

/// The error of parsing `body`, the end of `whole` (after a byte-order mark), placed in `whole`:
/// the column of line 1 counts the mark's bytes too.
fn locate(whole: &str, body: &str, err: &serde_json::Error) -> Error {
    let (line, column) = (err.line(), err.column());
    let column = if line == 1 {
        column + (whole.len() - body.len())
    } else {
        column
    };
    Error::Parse {
        // An enum given as an object names its variant by the key: a variant that does not exist
        // is the enum's fault, not a field's.
        path: pointer_at(
            body,
            byte_index(body, err.line(), err.column()),
            &err.to_string(),
        ),
        line,
        column,
        message: strip_position(&err.to_string()),
    }
}

/// serde_json's message without the place it appends (` at line 3 column 7`): the error
/// gives the place as fields of its own.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_owned(),
        None => msg.to_owned(),
    }
}

/// The byte index of serde_json's (line, column): the column counts the bytes read on that line.
fn byte_index(json: &str, line: usize, column: usize) -> usize {
    let start = if line <= 1 {
        0
    } else {
        json.bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .nth(line - 2)
            .map_or(json.len(), |(i, _)| i + 1)
    };
    (start + column).min(json.len())
}

enum Frame {
    /// An object, with the key whose value is being read (`None` between members) and whether
    /// that value has begun.
    Object(Option<String>, bool),
    /// An array, with the index of the element being read, once it has started.
    Array(usize, bool),
}

/// The JSON Pointer of the value being read when the parser stopped at byte `end`: the key or
/// index of each container open there. A value that has just been completed (the object whose
/// `}` was read last, say) is still the one named, as a path-tracking deserializer would name it.
fn pointer_at(json: &str, end: usize, message: &str) -> String {
    let b = json.as_bytes();
    let end = end.min(b.len());
    let mut stack: Vec<Frame> = Vec::new();
    // The keys read in each open container (none in an array), and in the one closed last.
    let mut keys: Vec<Vec<String>> = Vec::new();
    let mut closed_keys: Vec<String> = Vec::new();
    let mut expect_key = false;
    // The container whose closing bracket was read last, until anything else is read.
    let mut closed: Option<Frame> = None;
    let start_value = |stack: &mut Vec<Frame>| match stack.last_mut() {
        Some(Frame::Array(_, started)) | Some(Frame::Object(_, started)) => *started = true,
        None => {}
    };
    let mut i = 0;
    while i < end {
        if !b[i].is_ascii_whitespace() {
            closed = None;
        }
        match b[i] {
            b'"' => {
                let close = string_end(b, i);
                if expect_key {
                    let raw = &json[i..close.min(b.len())];
                    let key = serde_json::from_str::<String>(raw)
                        .unwrap_or_else(|_| raw.trim_matches('"').to_owned());
                    if let Some(Frame::Object(k, started)) = stack.last_mut() {
                        if let Some(seen) = keys.last_mut() {
                            seen.push(key.clone());
                        }
                        *k = Some(key);
                        *started = false;
                    }
                    expect_key = false;
                } else {
                    start_value(&mut stack);
                }
                i = close;
                continue;
            }
            b'{' => {
                start_value(&mut stack);
                stack.push(Frame::Object(None, false));
                keys.push(Vec::new());
                expect_key = true;
            }
            b'[' => {
                start_value(&mut stack);
                stack.push(Frame::Array(0, false));
                keys.push(Vec::new());
            }
            b'}' | b']' => {
                closed = stack.pop();
                closed_keys = keys.pop().unwrap_or_default();
                expect_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object(k, _)) => {
                    *k = None;
                    expect_key = true;
                }
                Some(Frame::Array(n, started)) => {
                    *n += 1;
                    *started = false;
                }
                None => {}
            },
            c if c == b':' || c.is_ascii_whitespace() => {}
            _ => start_value(&mut stack),
        }
        i += 1;
    }
    // A bracket read last was only peeked at (serde_json's peek errors count the peeked byte):
    // the container it opens was never entered.
    if end > 0 && matches!(b[end - 1], b'{' | b'[') && message.starts_with("expected") {
        stack.pop();
    }
    // An array element the parser peeked at but did not consume has begun all the same.
    if let Some(Frame::Array(_, started @ false)) = stack.last_mut() {
        let next = b[end..].iter().find(|c| !c.is_ascii_whitespace());
        *started = next.is_some_and(|&c| c != b']');
    }
    // A value's own check that fails after its text was read (an amount with three decimals)
    // is reported once the parser has also read the `}` or `]` that follows a last member: the
    // member is to blame, unless the message is about the container itself.
    let mut reopened = false;
    match closed {
        Some(Frame::Object(Some(key), true)) if !message.starts_with("missing field") => {
            stack.push(Frame::Object(Some(key), true));
            reopened = true;
        }
        Some(Frame::Array(n, true)) if !message.starts_with("invalid length") => {
            stack.push(Frame::Array(n, true));
        }
        _ => {}
    }
    if message.starts_with("unknown variant") {
        if let Some(Frame::Object(k @ Some(_), false)) = stack.last_mut() {
            *k = None;
        }
    }
    // A tagged object (a rule's `check`, a filing's `duty`) is checked for unknown members once
    // it has been read whole, so the position is its end and the member last read is not the
    // one to blame: the message names it.
    // The member is one of the object's own, or else one of the object that is the value of
    // the member read last (a tagged object read whole as part of its parent).
    if reopened
        && let Some(name) = message
            .strip_prefix("unknown field `")
            .and_then(|rest| rest.split_once('`'))
            .map(|(name, _)| name)
        && let Some(Frame::Object(Some(key), _)) = stack.last_mut()
        && key != name
    {
        if closed_keys.iter().any(|k| k == name) {
            *key = name.to_owned();
        } else {
            stack.push(Frame::Object(Some(name.to_owned()), true));
        }
    }
    let mut out = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key), _) => out = crate::pointer::join(&out, key),
            Frame::Array(n, true) => out = crate::pointer::index(&out, *n),
            _ => break,
        }
    }
    out
}

/// The index just after the string that opens at `start` (after its closing quote), or the end
/// of the input when it is not closed.
fn string_end(b: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use crate::DisclosureRecord;

    fn parse_err(json: &str) -> (String, String) {
        match DisclosureRecord::from_json(json) {
            Err(crate::Error::Parse { path, message, .. }) => (path, message),
            other => panic!("expected a parse error, got {other:?}"),
        }
    }

    const BASE: &str = r#""id":"x","domain":"housing","item":"housingAllocationResult","title":"t",
        "responsibleBody":{"name":"b"},"formedOn":"2024-01-02","status":"draft""#;

    #[test]
    fn unknown_field_is_an_error_naming_it() {
        let (path, msg) = parse_err(&format!("{{{BASE},\"colour\":1}}"));
        assert_eq!(path, "/colour");
        assert!(msg.contains("unknown field"), "{msg}");
    }

    #[test]
    fn impossible_date_names_its_field() {
        let json = format!("{{{BASE},\"publishedOn\":\"2024-02-30\"}}");
        assert_eq!(parse_err(&json).0, "/publishedOn");
    }

    #[test]
    fn nested_paths_are_pointers() {
        let json =
            format!("{{{BASE},\"parties\":[{{\"role\":\"winner\",\"name\":\"a\",\"x\":1}}]}}");
        assert_eq!(parse_err(&json).0, "/parties/0/x");
        let json = format!("{{{BASE},\"content\":{{\"a/b\":3}}}}");
        assert_eq!(parse_err(&json).0, "/content/a~1b");
    }

    /// A content element given twice is refused at its second key: nothing the record shows
    /// is left unjudged (docs/legal-basis.md#catalogue: a catalogue row's 公开内容 is a list of
    /// named elements).
    #[test]
    fn a_content_element_given_twice_is_refused_at_the_second() {
        let json = format!(
            "{{{BASE},\"content\":{{\"projectName\":\"A\",\"other\":\"\",\"projectName\":\"B\"}}}}"
        );
        let (path, msg) = parse_err(&json);
        assert_eq!(path, "/content/projectName");
        assert_eq!(msg, "duplicate key `projectName`");
        let json = format!("{{{BASE},\"content\":{{\"projectName\":\"A\",\"other\":\"B\"}}}}");
        let record = DisclosureRecord::from_json(&json).expect("distinct keys are read");
        assert_eq!(record.content["projectName"], "A");
        assert_eq!(record.content["other"], "B");
    }

    #[test]
    fn unknown_domain_names_the_field() {
        let json = BASE.replace("\"housing\"", "\"fishing\"");
        assert_eq!(parse_err(&format!("{{{json}}}")).0, "/domain");
    }

    /// A struct is an object with named members (docs/legal-basis.md#catalogue: every element of a
    /// record is named): its fields as a positional array are refused, at the array, at every
    /// depth.
    #[test]
    fn structs_given_as_arrays_are_refused() {
        let (path, msg) = parse_err(r#"["x","housing","housingAllocationResult"]"#);
        assert_eq!(path, "");
        assert!(
            msg.starts_with("invalid type: sequence, expected struct"),
            "{msg}"
        );
        let json = format!("{{{BASE},\"amounts\":[100]}}");
        let (path, msg) = parse_err(&json);
        assert_eq!(path, "/amounts");
        assert!(msg.contains("sequence"), "{msg}");
        let json = format!("{{{BASE},\"parties\":[[\"winner\",\"某公司\"]]}}");
        assert_eq!(parse_err(&json).0, "/parties/0");
        // Arrays that are arrays in the model are still read.
        let json = format!("{{{BASE},\"channels\":[\"ccgp\"]}}");
        assert!(DisclosureRecord::from_json(&json).is_ok());
    }

    /// A byte-order mark before a record is skipped: Windows editors write one, and it is no part
    /// of the JSON. An error after it is placed by the caller's bytes, the mark's three included.
    #[test]
    fn a_byte_order_mark_before_a_record_is_skipped() {
        let json = format!("\u{feff}{{{BASE}}}");
        assert!(DisclosureRecord::from_json(&json).is_ok());
        let json = format!("\u{feff}{{{BASE},\"colour\":1}}");
        let Err(crate::Error::Parse { path, line, .. }) = DisclosureRecord::from_json(&json) else {
            panic!("expected a parse error");
        };
        assert_eq!((path.as_str(), line), ("/colour", 2));
        let json = "\u{feff}{\"id\":1}";
        let Err(crate::Error::Parse { line, column, .. }) = DisclosureRecord::from_json(json)
        else {
            panic!("expected a parse error");
        };
        assert_eq!((line, &json[..column]), (1, "\u{feff}{\"id\":1"));
    }

    /// The parser's messages have Chinese forms; names and values are kept.
    #[test]
    fn parser_messages_in_chinese() {
        use super::message_zh;
        assert_eq!(
            message_zh("unknown field `colour`, expected one of `id`, `domain`"),
            "未知字段 `colour`，应为以下之一：`id`, `domain`"
        );
        assert_eq!(message_zh("missing field `id`"), "缺少字段 `id`");
        assert_eq!(
            message_zh("invalid type: integer `1`, expected a string"),
            "类型错误：integer `1`，应为 a string"
        );
        assert_eq!(
            message_zh("\"2024-02-30\": there is no day 30 in February 2024, which has 29 days"),
            "\"2024-02-30\"：2024年2月没有30日（该月只有29天）"
        );
        assert_eq!(message_zh("trailing comma"), "多余的逗号");
        assert_eq!(message_zh("something else"), "something else");
        let e = DisclosureRecord::from_json(&format!("{{{BASE},\"publishedOn\":\"2024-02-30\"}}"))
            .unwrap_err();
        let zh = e.message(crate::Lang::ZhCn);
        assert!(
            zh.contains("字段 /publishedOn") && zh.contains("2024年2月没有30日"),
            "{zh}"
        );
    }

    #[test]
    fn not_json_at_all() {
        let (path, _) = parse_err("not json");
        assert_eq!(path, "");
    }

    /// Each enum read by name reads exactly the names it serialises to, and refuses others with
    /// serde's message.
    #[test]
    fn named_enums_read_their_serialised_names() {
        use super::Named;
        fn check<
            T: Named + serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
        >() {
            assert_eq!(T::ALL.len(), T::NAMES.len());
            for (v, name) in T::ALL.iter().zip(T::NAMES) {
                assert_eq!(serde_json::to_value(v).unwrap(), *name);
                assert_eq!(
                    &serde_json::from_str::<T>(&format!("\"{name}\"")).unwrap(),
                    v
                );
            }
            let err = serde_json::from_str::<T>("\"nope\"")
                .unwrap_err()
                .to_string();
            assert!(
                err.starts_with("unknown variant `nope`, expected "),
                "{err}"
            );
            let err = serde_json::from_str::<T>("1").unwrap_err().to_string();
            assert!(
                err.starts_with("invalid type: integer `1`, expected "),
                "{err}"
            );
        }
        use crate::model::catalog::{Audience, DisclosureMode};
        use crate::model::record::ExemptionScope;
        check::<crate::Domain>();
        check::<crate::Matter>();
        check::<crate::LeadDepartment>();
        check::<crate::Status>();
        check::<crate::Channel>();
        check::<crate::PartyRole>();
        check::<ExemptionScope>();
        check::<crate::ExemptionCategory>();
        check::<Audience>();
        check::<DisclosureMode>();
        check::<crate::ItemKind>();
        check::<crate::Anchor>();
        check::<crate::PeriodUnit>();
        check::<crate::Direction>();
        check::<crate::Verification>();
        check::<crate::blacklist::WithdrawalGround>();
        check::<crate::blacklist::CreditClass>();
        check::<crate::Severity>();
        check::<crate::assessment::obligations::ObligationStatus>();
        check::<crate::Lang>();
        check::<crate::ids::Sex>();
        assert_eq!(super::strip_on("awardedOn"), "awarded");
        assert_eq!(super::strip_on("bidDeadline"), "bidDeadline");
    }

    /// The pointer read from the text is the one a path-tracking deserializer
    /// (serde_path_to_error, which this module used before) reports, on records broken at random.
    mod parity {
        use proptest::prelude::*;
        use serde_json::{Value, json};

        use crate::DisclosureRecord;

        fn reference(json: &str) -> Option<String> {
            let mut de = serde_json::Deserializer::from_str(json);
            let objects = crate::parse::objects::Objects(&mut de);
            let path = match serde_path_to_error::deserialize::<_, DisclosureRecord>(objects) {
                Err(e) => e.path().clone(),
                Ok(_) => return de.end().err().map(|_| String::new()),
            };
            let mut out = String::new();
            for seg in path.iter() {
                use serde_path_to_error::Segment;
                match seg {
                    Segment::Seq { index } => out = crate::pointer::index(&out, *index),
                    Segment::Map { key } => out = crate::pointer::join(&out, key),
                    Segment::Enum { variant } => out = crate::pointer::join(&out, variant),
                    Segment::Unknown => {}
                }
            }
            Some(out)
        }

        fn base() -> Value {
            json!({
                "id": "V-1", "domain": "governmentProcurement", "item": "procurementResult",
                "title": "某项目中标结果公告", "responsibleBody": { "name": "某局", "creditCode": "x" },
                "formedOn": "2024-09-27", "publishedOn": "2024-09-29", "status": "published",
                "channels": ["ccgp", "newspaper"],
                "content": { "projectName": "设备", "a/b~c": "转义", "winnerName": "某公司" },
                "parties": [ { "role": "winner", "name": "某公司" }, { "role": "bidder", "name": "乙" } ],
                "amounts": { "budget": 100, "contract": 99.5 },
                "events": { "awardedOn": "2024-09-27", "bidDeadline": "2024-09-20" },
                "exemption": { "scope": "partial", "category": "commercialSecret",
                               "withheldElements": ["mainItems"], "severable": true },
                "pauses": [ { "from": "2024-10-01", "to": "2024-10-02" } ]
            })
        }

        /// Every container in the value, by the pointer-like list of steps leading to it.
        fn containers(v: &Value, at: Vec<Value>, out: &mut Vec<Vec<Value>>) {
            match v {
                Value::Object(m) => {
                    out.push(at.clone());
                    for (k, x) in m {
                        let mut p = at.clone();
                        p.push(Value::String(k.clone()));
                        containers(x, p, out);
                    }
                }
                Value::Array(a) => {
                    out.push(at.clone());
                    for (i, x) in a.iter().enumerate() {
                        let mut p = at.clone();
                        p.push(Value::from(i));
                        containers(x, p, out);
                    }
                }
                _ => {}
            }
        }

        fn get<'a>(v: &'a mut Value, steps: &[Value]) -> &'a mut Value {
            steps.iter().fold(v, |v, s| match s {
                Value::String(k) => &mut v[k.as_str()],
                _ => &mut v[s.as_u64().unwrap_or(0) as usize],
            })
        }

        fn noise() -> impl Strategy<Value = Value> {
            prop::sample::select(vec![
                json!(1),
                json!(-1),
                json!(1.234),
                json!("x"),
                json!("2024-02-30"),
                json!(true),
                Value::Null,
                json!([]),
                json!({}),
                json!({"a": 1}),
                json!(["x"]),
                json!(1e300),
                json!("ccgp"),
                json!({"role": "winner"}),
                json!("a\"b\\c/d"),
            ])
        }

        proptest! {
            #[test]
            fn pointer_matches_a_path_tracking_deserializer(
                pick in 0usize..64, key in 0usize..64, op in 0u8..3, value in noise(),
                pretty in any::<bool>(), name in "[a-z/~\"\\\\]{1,6}",
            ) {
                let mut record = base();
                let mut all = Vec::new();
                containers(&record.clone(), Vec::new(), &mut all);
                let steps = all[pick % all.len()].clone();
                let target = get(&mut record, &steps);
                match (op, target) {
                    (0, Value::Object(m)) => { m.insert(name, value); }
                    (1, Value::Object(m)) if !m.is_empty() => {
                        let k = m.keys().nth(key % m.len()).cloned().unwrap_or_default();
                        m.remove(&k);
                    }
                    (_, Value::Object(m)) if !m.is_empty() => {
                        let k = m.keys().nth(key % m.len()).cloned().unwrap_or_default();
                        m.insert(k, value);
                    }
                    (_, Value::Array(a)) if !a.is_empty() => { let n = a.len(); a[key % n] = value; }
                    (_, Value::Array(a)) => a.push(value),
                    _ => {}
                }
                let text = if pretty {
                    serde_json::to_string_pretty(&record).unwrap()
                } else {
                    serde_json::to_string(&record).unwrap()
                };
                // The deserializer's pointers (the checks after it, a formation date given or
                // unstated, are not the reference's to know).
                let ours = crate::parse::from_json::<DisclosureRecord>(&text).err().map(|e| match e {
                    crate::Error::Parse { path, .. } => path,
                    other => panic!("{other:?}"),
                });
                prop_assert_eq!(ours, reference(&text), "{}", text);
            }
        }
    }
}
