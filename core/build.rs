//! Writes the national rule table (`rules/national.json`, kept indented for review) to `OUT_DIR`
//! without its layout whitespace, as `national.json`: the table is embedded in every build, and
//! the indentation is a sixth of its text. `national-lean.json` is the same table with each
//! rule's summary left blank, for a build without the `summaries` feature: the rules judge alike,
//! and the summaries, which only reports that describe each rule show, are half of the table's
//! compressed size (the npm package's default entry has a size budget).

use std::{env, fs, path::Path};

fn main() {
    let source = "rules/national.json";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).expect("core/rules/national.json is readable");
    let mut compact = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            compact.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            compact.push(c);
        } else if !c.is_whitespace() {
            compact.push(c);
        }
    }
    // Without the `catalogue` feature the rows only the catalogue checks read are left out: the
    // check kinds that read them are not built.
    println!("cargo:rerun-if-env-changed=CARGO_FEATURE_CATALOGUE");
    if env::var_os("CARGO_FEATURE_CATALOGUE").is_none() {
        compact = without_rows(&compact, &[r#""check":{"kind":"catalogue"#]);
    }
    // Without `notice`, the same for the kinds only a notice's text is judged by.
    println!("cargo:rerun-if-env-changed=CARGO_FEATURE_NOTICE");
    if env::var_os("CARGO_FEATURE_NOTICE").is_none() {
        compact = without_rows(
            &compact,
            &[
                r#""check":{"kind":"noticeFormat""#,
                r#""check":{"kind":"summaryAgrees""#,
            ],
        );
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_owned();
    fs::write(out.join("national-lean.json"), without_summaries(&compact))
        .expect("OUT_DIR is writable");
    fs::write(out.join("national.json"), compact).expect("OUT_DIR is writable");
}

/// The compact table without the rows whose check object starts as one of `kinds` does (their `"check"`
/// object is the first member after `"id"`, `"domain"`, `"item"`: found by scanning each row
/// object, which holds no unbalanced brace outside strings).
fn without_rows(compact: &str, kinds: &[&str]) -> String {
    const START: &str = r#"{"rules":["#;
    let Some(body) = compact.strip_prefix(START) else {
        return compact.to_owned();
    };
    let mut out = String::from(START);
    let (mut depth, mut in_string, mut escaped, mut row_start) = (0usize, false, false, None);
    let mut first = true;
    for (i, c) in body.char_indices() {
        match (in_string, escaped, c) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (true, false, '"') => in_string = false,
            (false, _, '"') => in_string = true,
            (false, _, '{') => {
                if depth == 0 {
                    row_start = Some(i);
                }
                depth += 1;
            }
            (false, _, '}') => {
                depth -= 1;
                if depth == 0 {
                    let row = &body[row_start.take().unwrap_or(i)..=i];
                    if !kinds.iter().any(|k| row.contains(k)) {
                        if !first {
                            out.push(',');
                        }
                        out.push_str(row);
                        first = false;
                    }
                }
            }
            (false, _, ']') if depth == 0 => {
                out.push_str(&body[i..]);
                return out;
            }
            _ => {}
        }
    }
    compact.to_owned()
}

/// The compact table with the text of every `"summary":{"zh":…,"en":…}` emptied.
fn without_summaries(compact: &str) -> String {
    const KEY: &str = r#""summary":{"#;
    let mut out = String::with_capacity(compact.len());
    let mut rest = compact;
    while let Some(at) = rest.find(KEY) {
        out.push_str(&rest[..at]);
        out.push_str(r#""summary":{"zh":"","en":""}"#);
        // Skip to the end of the summary object: two strings, no nested object.
        let tail = &rest[at + KEY.len()..];
        let (mut in_string, mut escaped, mut end) = (false, false, tail.len());
        for (i, c) in tail.char_indices() {
            match (in_string, escaped, c) {
                (true, true, _) => escaped = false,
                (true, false, '\\') => escaped = true,
                (true, false, '"') => in_string = false,
                (false, _, '"') => in_string = true,
                (false, _, '}') => {
                    end = i + 1;
                    break;
                }
                _ => {}
            }
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}
