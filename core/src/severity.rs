//! How serious a finding is.

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// For information; nothing to fix.
    Info,
    /// Probably wrong, or about to be (a deadline near).
    Warning,
    /// Breaks the rule.
    Error,
}

crate::parse::by_name!(Severity [
    Info = "info",
    Warning = "warning",
    Error = "error",
]);

impl Severity {
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        self.json_name()
    }
}
