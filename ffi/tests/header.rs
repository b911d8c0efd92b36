//! The committed header is what cbindgen generates, and says what the library does.

use std::collections::BTreeMap;

use gongkai::gongkai_status;

const COMMITTED: &str = include_str!("../include/gongkai.h");
const GENERATED: &str = include_str!(concat!(env!("OUT_DIR"), "/gongkai.h"));
const SOURCES: &[(&str, &str)] = &[
    ("lib.rs", include_str!("../src/lib.rs")),
    ("calendar.rs", include_str!("../src/calendar.rs")),
    ("catalogue.rs", include_str!("../src/catalogue.rs")),
    ("notice.rs", include_str!("../src/notice.rs")),
    ("engine.rs", include_str!("../src/engine.rs")),
    ("ids.rs", include_str!("../src/ids.rs")),
    ("string.rs", include_str!("../src/string.rs")),
    ("status.rs", include_str!("../src/status.rs")),
    ("args.rs", include_str!("../src/args.rs")),
    ("error.rs", include_str!("../src/error.rs")),
    ("panic.rs", include_str!("../src/panic.rs")),
    ("screen.rs", include_str!("../src/screen.rs")),
];

/// `GONGKAI_STATUS_*` names and values as the committed header declares them.
pub fn statuses() -> BTreeMap<String, u32> {
    COMMITTED
        .lines()
        .filter_map(|l| l.trim().strip_suffix(','))
        .filter_map(|l| l.split_once(" = "))
        .filter(|(name, _)| name.starts_with("GONGKAI_STATUS_"))
        .map(|(name, value)| (name.to_owned(), value.parse().expect("a number")))
        .collect()
}

#[test]
fn committed_header_is_generated() {
    assert!(
        COMMITTED == GENERATED,
        "ffi/include/gongkai.h is out of date: run ffi/gen_header.sh and commit it"
    );
}

#[test]
fn header_statuses_are_the_library_statuses() {
    let header = statuses();
    assert_eq!(header.len(), gongkai_status::ALL.len());
    assert_eq!(header["GONGKAI_STATUS_OK"], 0);
    for (name, value) in &header {
        let status = gongkai_status::from_u32(*value)
            .unwrap_or_else(|| panic!("{name} = {value} unknown to the library"));
        assert_eq!(status as u32, *value);
    }
}

/// Every `extern "C"` function in the sources, with its body.
fn exports() -> Vec<(&'static str, String, &'static str)> {
    let mut out = Vec::new();
    for (file, src) in SOURCES {
        let mut rest = *src;
        while let Some(i) = rest.find("extern \"C\" fn ") {
            let after = &rest[i + "extern \"C\" fn ".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let body_start = after.find('{').expect("a body");
            let body = &after[body_start..];
            let end = body.find("\n}\n").map_or(body.len(), |e| e + 3);
            out.push((*file, name, &body[..end]));
            rest = &after[body_start..];
        }
    }
    out
}

#[test]
fn every_export_goes_through_the_panic_boundary_and_the_header() {
    let exports = exports();
    assert!(exports.len() >= 24, "{} exports", exports.len());
    for (file, name, body) in &exports {
        let first = body
            .lines()
            .skip(1)
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("//"))
            .unwrap_or_default();
        assert!(
            first.starts_with("ffi_boundary!("),
            "{file}: {name} does not start with ffi_boundary!: {first:?}"
        );
        assert!(
            COMMITTED.contains(&format!(" {name}(")) || COMMITTED.contains(&format!("*{name}(")),
            "{name} is not in gongkai.h"
        );
    }
    let in_header = COMMITTED
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()) && l.contains('('))
        .count();
    assert_eq!(
        in_header,
        exports.len(),
        "every declaration in the header is an export"
    );
}

#[test]
fn every_unsafe_block_says_why_it_is_sound() {
    for (file, src) in SOURCES {
        let lines: Vec<&str> = src.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            let opens_block = code.contains("unsafe {") || code.contains("unsafe impl");
            if !opens_block {
                continue;
            }
            let justified = lines[..i]
                .iter()
                .rev()
                .take_while(|l| {
                    let t = l.trim();
                    t.starts_with("//")
                        || t.ends_with('(')
                        || t.ends_with('=')
                        || t.starts_with("let ")
                })
                .any(|l| l.contains("SAFETY:"));
            assert!(
                justified,
                "{file}:{}: unsafe without a SAFETY comment",
                i + 1
            );
        }
    }
}

#[test]
fn readme_lists_every_status() {
    let readme = include_str!("../README.md");
    for (name, value) in statuses() {
        assert!(
            readme.contains(&format!("| {value} | `{name}` |")),
            "ffi/README.md does not list {name} = {value}"
        );
    }
}
