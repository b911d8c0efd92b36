//! JSON input with errors that name the field.
//!
//! Input is parsed with plain `serde_json`. Only when that fails is the JSON Pointer of the
//! offending field worked out, by reading the text up to the byte where the parser stopped and
//! noting the keys and indices open there. That costs nothing on valid input and, unlike
//! re-parsing with a path-tracking deserializer, adds no second copy of every deserializer to
//! the library (which matters for the WASM package's size budget).

use serde::de::DeserializeOwned;

use crate::Error;

/// Parses `json` into `T`, naming the JSON Pointer of the first offending field on failure.
///
/// # Errors
/// [`Error::Parse`] with the pointer, line, column and the parser's message.
pub fn from_json<T: DeserializeOwned>(json: &str) -> Result<T, Error> {
    serde_json::from_str(json).map_err(|e| locate(json, &e))
}

fn locate(json: &str, err: &serde_json::Error) -> Error {
    let (line, column) = (err.line(), err.column());
    Error::Parse {
        // An enum given as an object names its variant by the key: a variant that does not exist
        // is the enum's fault, not a field's.
        path: pointer_at(json, byte_index(json, line, column), &err.to_string()),
        line,
        column,
        message: strip_position(&err.to_string()),
    }
}

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
                expect_key = true;
            }
            b'[' => {
                start_value(&mut stack);
                stack.push(Frame::Array(0, false));
            }
            b'}' | b']' => {
                closed = stack.pop();
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
    match closed {
        Some(Frame::Object(Some(key), true)) if !message.starts_with("missing field") => {
            stack.push(Frame::Object(Some(key), true));
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

    #[test]
    fn unknown_domain_names_the_field() {
        let json = BASE.replace("\"housing\"", "\"fishing\"");
        assert_eq!(parse_err(&format!("{{{json}}}")).0, "/domain");
    }

    #[test]
    fn not_json_at_all() {
        let (path, _) = parse_err("not json");
        assert_eq!(path, "");
    }

    /// The pointer read from the text is the one a path-tracking deserializer
    /// (serde_path_to_error, which this module used before) reports, on records broken at random.
    mod parity {
        use proptest::prelude::*;
        use serde_json::{Value, json};

        use crate::DisclosureRecord;

        fn reference(json: &str) -> Option<String> {
            let mut de = serde_json::Deserializer::from_str(json);
            let path = match serde_path_to_error::deserialize::<_, DisclosureRecord>(&mut de) {
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
                let ours = DisclosureRecord::from_json(&text).err().map(|e| match e {
                    crate::Error::Parse { path, .. } => path,
                    other => panic!("{other:?}"),
                });
                prop_assert_eq!(ours, reference(&text), "{}", text);
            }
        }
    }
}
