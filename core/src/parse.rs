//! JSON input with errors that name the field.
//!
//! The fast path is plain `serde_json`; only when it fails is the input parsed again with
//! `serde_path_to_error` to find the JSON Pointer of the offending field, so valid input pays
//! nothing for good error messages.

use serde::de::DeserializeOwned;

use crate::Error;

/// Parses `json` into `T`, naming the JSON Pointer of the first offending field on failure.
///
/// # Errors
/// [`Error::Parse`] with the pointer, line, column and the parser's message.
pub fn from_json<T: DeserializeOwned>(json: &str) -> Result<T, Error> {
    serde_json::from_str(json).map_err(|_| locate::<T>(json))
}

fn locate<T: DeserializeOwned>(json: &str) -> Error {
    let mut de = serde_json::Deserializer::from_str(json);
    let err = match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(e) => {
            let path = pointer_of(e.path());
            (path, e.into_inner())
        }
        // The value parsed, so what failed is trailing input after it.
        Ok(_) => match de.end() {
            Err(e) => (String::new(), e),
            Ok(()) => {
                return Error::Parse {
                    path: String::new(),
                    message: "input could not be parsed".to_owned(),
                    line: 0,
                    column: 0,
                };
            }
        },
    };
    let (path, inner) = err;
    Error::Parse {
        path,
        line: inner.line(),
        column: inner.column(),
        message: strip_position(&inner.to_string()),
    }
}

fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_owned(),
        None => msg.to_owned(),
    }
}

fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => out = crate::pointer::index(&out, *index),
            Segment::Map { key } => out = crate::pointer::join(&out, key),
            Segment::Enum { variant } => out = crate::pointer::join(&out, variant),
            Segment::Unknown => {}
        }
    }
    out
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
}
