//! RFC 6901 JSON Pointers, the `path` of every finding.

/// Appends one reference token to a pointer, escaping `~` and `/` as RFC 6901 §3 requires.
/// `join("/content", "a/b~c")` is `"/content/a~1b~0c"`.
pub(crate) fn join(base: &str, token: &str) -> String {
    let mut out = String::with_capacity(base.len() + token.len() + 1);
    out.push_str(base);
    out.push('/');
    for c in token.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
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
