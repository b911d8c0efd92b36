//! The audit's reader (examples/audit/input.rs), on input it must survive: a byte-order mark,
//! invalid UTF-8, a cut-short array, and files too large to hold.

#[allow(dead_code)]
#[path = "../audit/input.rs"]
mod input;

use std::io::{BufReader, Read};

use gongkai::Lang;

fn sample() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/yunjiang-2024.json");
    std::fs::read_to_string(path).expect("the sample")
}

/// The sample's records as NDJSON, one a line, and the ids in order.
fn sample_lines() -> (String, Vec<String>) {
    let values: Vec<serde_json::Value> = serde_json::from_str(&sample()).expect("an array");
    let ids = values
        .iter()
        .map(|v| v["id"].as_str().expect("id").to_owned())
        .collect();
    let lines: Vec<String> = values.iter().map(|v| v.to_string()).collect();
    (lines.join("\n") + "\n", ids)
}

/// Index and id of a record read, or index and message of one that could not be.
type Seen = Vec<(usize, String)>;

/// The records read, and those that could not be.
fn read(bytes: &[u8]) -> (Seen, Seen) {
    let (mut ok, mut bad) = (Vec::new(), Vec::new());
    for entry in input::Records::new(BufReader::new(bytes)) {
        match entry {
            Ok((i, r)) => ok.push((i, r.id)),
            Err(b) => bad.push((b.index, b.line(Lang::En))),
        }
    }
    (ok, bad)
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

#[test]
fn a_byte_order_mark_is_skipped_before_an_array_and_before_ndjson() {
    let text = sample();
    let mut with_bom = BOM.to_vec();
    with_bom.extend_from_slice(text.as_bytes());
    let (ok, bad) = read(&with_bom);
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(ok, read(text.as_bytes()).0);
    assert!(ok.len() >= 300);

    let (lines, ids) = sample_lines();
    let mut with_bom = BOM.to_vec();
    with_bom.extend_from_slice(lines.as_bytes());
    let (ok, bad) = read(&with_bom);
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(ok.iter().map(|(_, id)| id.clone()).collect::<Vec<_>>(), ids);
    assert_eq!(ok[0].0, 1, "the first line is line 1");
}

#[test]
fn invalid_utf8_on_one_line_makes_only_that_line_unreadable() {
    let (lines, ids) = sample_lines();
    let mut bytes = Vec::new();
    for (i, line) in lines.lines().take(5).enumerate() {
        if i == 2 {
            // Inside the title: the record is otherwise whole, so its id is named.
            let at = line.find("\"title\":\"").expect("a title") + 9;
            bytes.extend_from_slice(&line.as_bytes()[..at]);
            bytes.push(0xFF);
            bytes.extend_from_slice(&line.as_bytes()[at..]);
        } else {
            bytes.extend_from_slice(line.as_bytes());
        }
        bytes.push(b'\n');
    }
    let (ok, bad) = read(&bytes);
    assert_eq!(ok.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [1, 2, 4, 5]);
    assert_eq!(bad.len(), 1, "{bad:?}");
    let (index, message) = &bad[0];
    assert_eq!(*index, 3);
    assert!(message.contains(&ids[2]), "{message}");
    assert!(message.contains("invalid UTF-8 (byte 0xFF)"), "{message}");
}

#[test]
fn invalid_utf8_in_an_array_names_the_byte_offset() {
    let mut bytes = sample().into_bytes();
    let at = bytes.len() / 2;
    // Inside a string wherever it lands: the invalid byte cannot end a string or an element.
    let at = at
        + bytes[at..]
            .iter()
            .position(|&b| b == b'"')
            .expect("a string")
        + 1;
    bytes.insert(at, 0xC3);
    bytes.insert(at + 1, 0x28);
    let (ok, bad) = read(&bytes);
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert!(
        bad[0].1.contains(&format!("byte {at} of the file")),
        "{}",
        bad[0].1
    );
    assert_eq!(ok.len() + 1, read(sample().as_bytes()).0.len());
}

#[test]
fn a_cut_short_array_keeps_the_records_before_the_cut() {
    let text = sample();
    let cut = &text.as_bytes()[..text.len() / 2];
    let (ok, bad) = read(cut);
    assert!(ok.len() > 100);
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert_eq!(bad[0].0, ok.len() + 1);
    assert!(bad[0].1.contains("cut short"), "{}", bad[0].1);
}

#[test]
fn array_and_ndjson_of_the_same_records_read_the_same() {
    let (lines, _) = sample_lines();
    let (from_array, bad) = read(sample().as_bytes());
    assert!(bad.is_empty());
    let (from_lines, bad) = read(lines.as_bytes());
    assert!(bad.is_empty());
    assert_eq!(from_array, from_lines);
}

#[test]
fn structural_errors_in_an_array_name_where() {
    let (_, bad) = read(b"[{\"id\":\"a\"} {\"id\":\"b\"}]");
    assert!(
        bad.iter()
            .any(|(i, m)| *i == 0 && m.contains("a comma is missing after record #1 at byte 12")),
        "{bad:?}"
    );
    assert!(
        bad.iter().any(|(i, m)| *i == 2 && m.contains("(b)")),
        "{bad:?}"
    );
    let (_, bad) = read(b"[{\"id\":\"a\"} 7]");
    assert!(
        bad.iter()
            .any(|(i, m)| *i == 0 && m.contains("expected , or ] after record #1 at byte 12")),
        "{bad:?}"
    );
    let (_, bad) = read(b"[] x");
    assert!(bad[0].1.contains("after the array"), "{bad:?}");
    let (_, bad) = read(b"\xFF\xFE[\x00");
    assert!(bad[0].1.contains("UTF-16"), "{bad:?}");
    let (ok, bad) = read(b"  \n\n \n");
    assert!(ok.is_empty() && bad.is_empty());
}

/// Counts the bytes taken from it.
struct Metered<'a> {
    bytes: &'a [u8],
    taken: std::rc::Rc<std::cell::Cell<usize>>,
}

impl Read for Metered<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.bytes.read(buf)?;
        self.taken.set(self.taken.get() + n);
        Ok(n)
    }
}

/// The reader hands out each record as soon as its bytes are in: after the first record of a
/// large file only a buffer's worth more has been read, in both forms.
#[test]
fn records_are_read_one_at_a_time() {
    let (lines, _) = sample_lines();
    let array = sample();
    for (form, text) in [("ndjson", lines.as_str()), ("array", array.as_str())] {
        let big = text.repeat(4);
        let big = if form == "array" {
            // Four arrays' elements in one array.
            let inner = text.trim().trim_start_matches('[').trim_end_matches(']');
            format!("[{}]", [inner; 4].join(","))
        } else {
            big
        };
        let taken = std::rc::Rc::new(std::cell::Cell::new(0));
        let src = Metered {
            bytes: big.as_bytes(),
            taken: taken.clone(),
        };
        let mut records = input::Records::new(BufReader::with_capacity(4096, src));
        let first = records
            .next()
            .expect("a record")
            .unwrap_or_else(|_| panic!("{form}"));
        assert_eq!(first.0, 1);
        assert!(
            taken.get() <= 4096 * 2,
            "{form}: {} of {} bytes read for the first record",
            taken.get(),
            big.len()
        );
        let rest = records.count();
        assert_eq!(rest + 1, 4 * sample_lines().1.len(), "{form}");
        assert_eq!(taken.get(), big.len());
    }
}

/// Garbage between two records of an array costs neither of them.
#[test]
fn garbage_between_array_records_spares_them() {
    let (lines, ids) = sample_lines();
    let mut records = lines.lines();
    let (a, b) = (records.next().expect("one"), records.next().expect("two"));
    let mut bytes = format!("[{a},").into_bytes();
    bytes.extend_from_slice(b"\xFF\xFE");
    bytes.extend_from_slice(format!("{b}]").as_bytes());
    let (ok, bad) = read(&bytes);
    let ok: Vec<&str> = ok.iter().map(|(_, id)| id.as_str()).collect();
    assert_eq!(ok, [ids[0].as_str(), ids[1].as_str()], "{bad:?}");
    assert!(
        bad.iter().any(|(_, m)| m.contains("invalid UTF-8")),
        "{bad:?}"
    );
}

/// A quote missing in one record of a pretty-printed array spoils that record only.
#[test]
fn a_missing_quote_spoils_only_its_record() {
    let text = sample();
    let (_, ids) = sample_lines();
    let broken = format!("\"id\": \"{}\",", ids[1]);
    assert!(text.contains(&broken), "the sample is pretty-printed");
    let text = text.replacen(&broken, &format!("\"id\": \"{},", ids[1]), 1);
    let (ok, bad) = read(text.as_bytes());
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert_eq!(bad[0].0, 2);
    assert_eq!(ok.len(), ids.len() - 1);
}
