//! A date read from a named field, with an error that names it.

use chrono::NaiveDate;

use super::parse;

/// A date named by `field` (a JSON Pointer, or an argument's name), with an error that names it.
///
/// # Errors
/// [`Error::InvalidDate`](crate::Error::InvalidDate) with the field, the text and why it is no
/// date.
///
/// # Example
/// ```
/// let e = gongkai::date::parse_field("today", "2024-9-1").unwrap_err();
/// assert_eq!(e.code(), "input.invalid_date");
/// assert_eq!(
///     e.to_string(),
///     "today: \"2024-9-1\": not a date YYYY-MM-DD (an unexpected character)"
/// );
/// ```
pub fn parse_field(field: &str, text: &str) -> Result<NaiveDate, crate::Error> {
    parse(text).map_err(|reason| crate::Error::InvalidDate {
        field: field.to_owned(),
        text: text.to_owned(),
        reason,
    })
}
