//! RFC 6901 JSON Pointers, the `path` of every finding.

/// Appends one reference token to a pointer, escaping `~` and `/` as RFC 6901 §3 requires.
///
/// # Example
/// ```
/// assert_eq!(gongkai::pointer::join("/content", "a/b~c"), "/content/a~1b~0c");
/// ```
pub fn join(base: &str, token: &str) -> String {
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
pub fn index(base: &str, i: usize) -> String {
    format!("{base}/{i}")
}
