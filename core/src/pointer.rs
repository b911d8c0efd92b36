//! RFC 6901 JSON Pointers, the `path` of every finding.

/// Appends one reference token to a pointer, escaping `~` and `/` as RFC 6901 §3 requires.
/// `join("/content", "a/b~c")` is `"/content/a~1b~0c"`.
pub(crate) fn join(base: &str, token: &str) -> String {
    let mut out = String::with_capacity(base.len() + token.len() + 1);
    out.push_str(base);
    out.push('/');
    // The text between the characters to escape copied whole (most tokens have none): `~` and
    // `/` are single bytes, never part of another character.
    let mut rest = token;
    while let Some(at) = rest.bytes().position(|b| b == b'~' || b == b'/') {
        out.push_str(&rest[..at]);
        out.push_str(if rest.as_bytes()[at] == b'~' {
            "~0"
        } else {
            "~1"
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    out
}

/// Appends an array index.
pub(crate) fn index(base: &str, i: usize) -> String {
    format!("{base}/{i}")
}

#[cfg(test)]
mod tests {
    use super::{index, join};

    /// RFC 6901 §3: `~` is written `~0` and `/` is written `~1`, in that order.
    #[test]
    fn tokens_are_escaped() {
        assert_eq!(join("/content", "a/b~c"), "/content/a~1b~0c");
        assert_eq!(join("", "~1"), "/~01");
        assert_eq!(index("/parties", 12), "/parties/12");
    }
}
