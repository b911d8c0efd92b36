//! The notice reader as the C and JavaScript surfaces call it: one function from a notice and
//! its options as JSON to the report as JSON.

use chrono::NaiveDate;
use serde::Deserialize;

use super::read::{NoticeError, NoticeSource};
use crate::{Context, Engine, Lang};

/// The options of [`validate_notice_json`]: `{"url"?, "fetchedOn"?, "today"?}`, dates as
/// `YYYY-MM-DD`. `today`, the day the notice is judged on, defaults to `fetchedOn`; one of them
/// is needed, since the library reads no clock.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Options {
    url: Option<String>,
    #[serde(default, deserialize_with = "crate::date::de_opt")]
    fetched_on: Option<NaiveDate>,
    #[serde(default, deserialize_with = "crate::date::de_opt")]
    today: Option<NaiveDate>,
}

/// Reads and judges a notice ([`Engine::validate_notice`]) and returns the report as
/// [`NoticeReport::to_json`](super::NoticeReport::to_json) writes it.
///
/// # Example
/// ```
/// let text = "云江市财政局政府采购行政处罚决定书\n当事人：云江恒达贸易有限公司\n云江市财政局\n2024年3月18日";
/// let json = gongkai::notice::api::validate_notice_json(
///     &gongkai::Engine::national(), text, r#"{"fetchedOn": "2024-04-01"}"#, gongkai::Lang::En)?;
/// let v: serde_json::Value = serde_json::from_str(&json).unwrap();
/// assert_eq!(v["notice"]["type"], "penaltyDecision");
/// assert_eq!(v["record"]["parties"][0]["name"], "云江恒达贸易有限公司");
/// # Ok::<(), gongkai::notice::NoticeError>(())
/// ```
///
/// # Errors
/// [`NoticeError::InvalidOptions`] when the options are not such JSON or give no day to judge
/// on; otherwise as [`Engine::validate_notice`].
pub fn validate_notice_json(
    engine: &Engine,
    input: &str,
    options_json: &str,
    lang: Lang,
) -> Result<String, NoticeError> {
    let options: Options = if options_json.trim().is_empty() {
        Options::default()
    } else {
        serde_json::from_str(options_json).map_err(|e| NoticeError::InvalidOptions {
            message: e.to_string(),
        })?
    };
    let today =
        options
            .today
            .or(options.fetched_on)
            .ok_or_else(|| NoticeError::InvalidOptions {
                message: "`today` or `fetchedOn` is needed: the day the notice is judged on".into(),
            })?;
    let source = NoticeSource {
        url: options.url,
        fetched_on: options.fetched_on,
    };
    let report = engine.validate_notice(input, &source, &Context::new(today))?;
    Ok(report.to_json(lang))
}
