//! Facts a record leaves unstated (未载明): what the source may hold but the record cannot say —
//! an element in an attachment not read, a date a copy omits, a channel list known to be
//! incomplete. A rule that needs one of them says it did not judge (`rule.not_judged`, info):
//! never an error for what nobody can see, and never a guess.
//!
//! A record lists them as JSON Pointers into itself, `"notStated": ["/content/evaluationExperts",
//! "/events/awardedOn", "/channels"]`. Each names a fact a record can hold and does not give:
//! a content element, an event date, the publication date, the channels, the method, the
//! parties or an amount.

use serde::{Deserialize, Deserializer};

/// The pointers a record may list besides `/content/<key>` and `/events/<event>`.
const FACTS: [&str; 8] = [
    "/formedOn",
    "/publishedOn",
    "/channels",
    "/method",
    "/parties",
    "/amounts/budget",
    "/amounts/maximumPrice",
    "/amounts/contract",
];

/// Why `pointer` cannot be listed as not stated; `None` when it can.
fn refusal(pointer: &str) -> Option<String> {
    if let Some(key) = pointer.strip_prefix("/content/") {
        return key
            .trim()
            .is_empty()
            .then(|| format!("\"{pointer}\" names no content element"));
    }
    // Which events there are is the record's to say (`DisclosureRecord::from_json`).
    if let Some(event) = pointer.strip_prefix("/events/") {
        return event
            .is_empty()
            .then(|| format!("\"{pointer}\" names no event"));
    }
    (!FACTS.contains(&pointer)).then(|| {
        format!(
            "\"{pointer}\" is not a fact a record can leave unstated: `/content/<key>`, \
             `/events/<event>`, {}",
            FACTS.map(|f| format!("`{f}`")).join(", ")
        )
    })
}

/// One entry of `notStated`, refused where it stands when it is no fact a record holds.
struct Fact(String);

impl<'de> Deserialize<'de> for Fact {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let pointer = String::deserialize(d)?;
        match refusal(&pointer) {
            Some(why) => Err(serde::de::Error::custom(why)),
            None => Ok(Fact(pointer)),
        }
    }
}

/// Reads `notStated`: a list of pointers, each one a fact a record can leave unstated, none
/// twice.
pub(crate) fn de<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let list: Vec<String> = Vec::<Fact>::deserialize(d)?
        .into_iter()
        .map(|f| f.0)
        .collect();
    if let Some(p) = list
        .iter()
        .enumerate()
        .find_map(|(i, p)| list[..i].contains(p).then_some(p))
    {
        return Err(serde::de::Error::custom(format!("\"{p}\" is listed twice")));
    }
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::refusal;

    #[test]
    fn only_facts_a_record_holds_can_be_unstated() {
        for ok in [
            "/content/evaluationExperts",
            "/events/awardedOn",
            "/publishedOn",
            "/formedOn",
            "/channels",
            "/amounts/budget",
        ] {
            assert_eq!(refusal(ok), None, "{ok}");
        }
        for bad in ["", "/content/", "/events/", "/title", "content/x"] {
            assert!(refusal(bad).is_some(), "{bad}");
        }
    }

    /// A pointer that is no fact, an event there is not, a fact listed twice and a fact the
    /// record also gives are refused, each at its place in `notStated`.
    #[test]
    fn a_refused_list_names_the_entry() {
        let record = |extra: &str| {
            format!(
                r#"{{"id":"1","domain":"governmentProcurement","item":"procurementResult",
                "title":"t","responsibleBody":{{"name":"b"}},"formedOn":"2024-09-27",
                "status":"draft","content":{{"projectName":"p"}},
                "events":{{"awardedOn":"2024-09-27"}}{extra}}}"#
            )
        };
        for (list, path, words) in [
            (r#"["/title"]"#, "/notStated/0", "not a fact"),
            (
                r#"["/channels","/events/openedOn"]"#,
                "/notStated/1",
                "names no event",
            ),
            (r#"["/channels","/channels"]"#, "/notStated", "listed twice"),
            (
                r#"["/content/projectName"]"#,
                "/notStated/0",
                "stated or not stated",
            ),
            (
                r#"["/events/awardedOn"]"#,
                "/notStated/0",
                "stated or not stated",
            ),
        ] {
            let json = record(&format!(r#","notStated":{list}"#));
            match crate::DisclosureRecord::from_json(&json) {
                Err(crate::Error::Parse {
                    path: p, message, ..
                }) => {
                    assert!(p.starts_with(path), "{list}: {p} {message}");
                    assert!(message.contains(words), "{list}: {message}");
                }
                other => panic!("{list}: {other:?}"),
            }
        }
        let ok = record(r#","notStated":["/content/evaluationExperts","/channels"]"#);
        assert!(crate::DisclosureRecord::from_json(&ok).is_ok());
    }
}
