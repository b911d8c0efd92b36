//! Where a value was read: a byte range of the notice's text, always on character boundaries,
//! so that `&text[span.range()]` is the text the value was read from and a caller can highlight
//! it.

use std::ops::Range;

/// A byte range `start..end` of the text a notice was read from.
///
/// # Example
/// ```
/// use gongkai::notice::Span;
/// let text = "公告日期：2024年9月27日";
/// let span = Span { start: 15, end: 31 };
/// assert_eq!(span.of(text), Some("2024年9月27日"));
/// assert_eq!(span.len(), 16);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct Span {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The byte range.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The text of `input` it covers, or `None` when it is not a span of `input` (out of range
    /// or not on character boundaries).
    pub fn of(self, input: &str) -> Option<&str> {
        input.get(self.range())
    }

    /// Its length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when it covers nothing.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies within it.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A value with the span it was read from.
///
/// # Example
/// ```
/// use gongkai::notice::{Span, Spanned};
/// let s = Spanned { value: 3u32, span: Span { start: 0, end: 3 } };
/// assert_eq!(s.span.of("三日内"), Some("三"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it was read.
    pub span: Span,
}
