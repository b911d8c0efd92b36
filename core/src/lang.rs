//! The languages findings and explanations are rendered in.

/// A language for messages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Simplified Chinese (the default: the language of the law).
    #[default]
    ZhCn,
    /// English.
    En,
}

crate::parse::by_name!(Lang [
    ZhCn = "zh-CN",
    En = "en",
]);

impl Lang {
    /// Parses `zh-CN`/`zh`/`en` (case-insensitive), as a command line or a C caller writes it.
    ///
    /// # Example
    /// ```
    /// assert_eq!(gongkai::Lang::parse("EN"), Some(gongkai::Lang::En));
    /// ```
    pub fn parse(s: &str) -> Option<Lang> {
        match s.to_ascii_lowercase().as_str() {
            "zh" | "zh-cn" | "zh_cn" | "zh-hans" => Some(Lang::ZhCn),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }
}
