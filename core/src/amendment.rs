//! Notices that change other notices (更正、中止、恢复、终止公告), judged together with the notice
//! they change.
//!
//! An amendment names the notice it changes by that record's id (`"amends"`: the notice or
//! project number the portal prints). The law ties the two:
//! - what the amendment does not restate, the original still says: a correction that changes
//!   the documents without moving the bid deadline leaves the original deadline standing — and
//!   87号令 Art 27 ¶2 (15 days for a tender), 214号 Art 10 ¶3 (5 days for 磋商) and 74号令
//!   Arts 29, 45 (3 working days for 谈判, 询价) then judge the correction against it. The
//!   method and the budget tier the original states are the amendment's too;
//! - a suspension (中止) stops the clock of the listing it suspends, until the resumption
//!   (恢复): the spans an amendment states in `pauses` are the original's pauses, and its
//!   listing or publicity period is counted without them.
//!
//! [`combine`] builds the record the rules judge; [`Engine::validate_linked`](crate::Engine)
//! judges it.
//!
//! # Example
//! ```
//! use gongkai::{Context, DisclosureRecord, Engine};
//! let tender = DisclosureRecord::from_json(r#"{"id":"YJ-2024-018","domain":"governmentProcurement",
//!   "item":"procurementAnnouncement","method":"openTendering","title":"t",
//!   "responsibleBody":{"name":"云江市政府采购中心"},"formedOn":"2024-09-02",
//!   "publishedOn":"2024-09-02","status":"published","channels":["ccgp"],
//!   "events":{"bidDeadline":"2024-09-25"}}"#)?;
//! // A change to the documents, 10 days before the deadline, that does not move it.
//! let correction = DisclosureRecord::from_json(r#"{"id":"YJ-2024-018-GZ1","amends":"YJ-2024-018",
//!   "domain":"governmentProcurement","item":"procurementCorrection","title":"更正公告",
//!   "responsibleBody":{"name":"云江市政府采购中心"},"formedOn":"2024-09-15",
//!   "publishedOn":"2024-09-15","status":"published","channels":["ccgp"],
//!   "content":{"correctionMatters":"招标文件技术参数修改"}}"#)?;
//! let report = Engine::national()
//!     .validate_linked(&correction, &[&tender], &Context::new("2024-10-01".parse().unwrap()))?;
//! assert!(report.findings.iter().any(|f| f.rule().id == "GP-87-27"));
//! # Ok::<(), gongkai::Error>(())
//! ```

use std::borrow::Cow;

use crate::error::{Error, Expected};
use crate::model::record::DisclosureRecord;

/// The record the rules judge: `record` with what the notice it amends still says, and the
/// pauses of the amendments that suspend it. `related` may hold other records too (a whole
/// project's notices): only those linked to `record` by `amends` are read.
///
/// # Errors
/// [`Error::InvalidArgument`] (`related/<i>`) when a linked record is of another domain than
/// `record`: a land suspension cannot pause a procurement.
pub fn combine<'a>(
    record: &'a DisclosureRecord,
    related: &[&DisclosureRecord],
) -> Result<Cow<'a, DisclosureRecord>, Error> {
    let mut out = Cow::Borrowed(record);
    for (i, other) in related.iter().enumerate() {
        let original = record.amends.as_deref() == Some(other.id.as_str());
        let amending = other.amends.as_deref() == Some(record.id.as_str());
        if other.id == record.id || !(original || amending) {
            continue;
        }
        if other.domain != record.domain {
            return Err(Error::InvalidArgument {
                argument: format!("related/{i}"),
                expected: Expected::LinkedRecord,
                got: format!("a record of {} (`{}`)", other.domain, other.id),
            });
        }
        if original {
            inherit(out.to_mut(), other);
        }
        if amending && !other.pauses.is_empty() {
            out.to_mut().pauses.extend(other.pauses.iter().cloned());
        }
    }
    Ok(out)
}

/// What `original` states and `amendment` neither restates nor changes: the method, the
/// amounts that set a rule's tier, and the dates of events.
fn inherit(amendment: &mut DisclosureRecord, original: &DisclosureRecord) {
    let mut stated = Vec::new();
    if amendment.method.is_none() && original.method.is_some() {
        amendment.method = original.method;
        amendment.method_name.clone_from(&original.method_name);
        stated.push("/method".to_owned());
    }
    let (a, o) = (&mut amendment.amounts, &original.amounts);
    for (mine, theirs, path) in [
        (&mut a.budget, o.budget, "/amounts/budget"),
        (
            &mut a.maximum_price,
            o.maximum_price,
            "/amounts/maximumPrice",
        ),
    ] {
        if mine.is_none() && theirs.is_some() {
            *mine = theirs;
            stated.push(path.to_owned());
        }
    }
    let events = amendment.events.inherit(&original.events);
    stated.extend(events.into_iter().map(|e| format!("/events/{e}")));
    amendment.not_stated.retain(|p| !stated.contains(p));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(json: &str) -> DisclosureRecord {
        DisclosureRecord::from_json(json).expect("a record")
    }

    fn tender() -> DisclosureRecord {
        record(
            r#"{"id":"T","domain":"governmentProcurement","item":"procurementAnnouncement",
            "method":"openTendering","title":"t","responsibleBody":{"name":"b"},
            "formedOn":"2024-09-02","publishedOn":"2024-09-02","status":"published",
            "amounts":{"budget":1000000.00},
            "events":{"documentsIssuedOn":"2024-09-03","bidDeadline":"2024-09-25"}}"#,
        )
    }

    fn correction(extra: &str) -> DisclosureRecord {
        record(&format!(
            r#"{{"id":"C","amends":"T","domain":"governmentProcurement",
            "item":"procurementCorrection","title":"c","responsibleBody":{{"name":"b"}},
            "formedOn":"2024-09-15","publishedOn":"2024-09-15","status":"published"{extra}}}"#
        ))
    }

    /// What the correction does not restate is the original's; what it restates is its own.
    #[test]
    fn an_amendment_keeps_what_the_original_says_and_it_does_not_change() {
        let t = tender();
        let c = correction(r#","events":{"bidDeadline":"2024-10-08"},"notStated":["/method"]"#);
        let combined = combine(&c, &[&t]).expect("linked");
        assert_eq!(combined.method, t.method);
        assert_eq!(combined.amounts.budget, t.amounts.budget);
        assert_eq!(
            combined.events.documents_issued_on,
            t.events.documents_issued_on
        );
        assert_eq!(
            combined
                .events
                .bid_deadline
                .map(|d| d.to_string())
                .as_deref(),
            Some("2024-10-08")
        );
        assert!(combined.not_stated.is_empty(), "{:?}", combined.not_stated);
        // Unlinked records are not read, and the record itself is not copied for them.
        let other = record(
            r#"{"id":"X","domain":"landUseRights","item":"landTransferAnnouncement","title":"t",
            "responsibleBody":{"name":"b"},"formedOn":"2024-09-02","status":"draft"}"#,
        );
        assert!(matches!(combine(&t, &[&other]), Ok(Cow::Borrowed(_))));
    }

    /// A suspension's span stops the original's clock; a record of another domain is refused.
    #[test]
    fn a_suspension_pauses_the_notice_it_suspends_and_domains_must_agree() {
        let listing = record(
            r#"{"id":"L","domain":"landUseRights","item":"landTransferAnnouncement","title":"t",
            "responsibleBody":{"name":"b"},"formedOn":"2024-09-02","status":"draft"}"#,
        );
        let suspension = record(
            r#"{"id":"S","amends":"L","domain":"landUseRights","item":"landListingSuspension",
            "title":"s","responsibleBody":{"name":"b"},"formedOn":"2024-09-10","status":"draft",
            "pauses":[{"from":"2024-09-10","to":"2024-09-20","reason":"中止挂牌"}]}"#,
        );
        let combined = combine(&listing, &[&suspension]).expect("linked");
        assert_eq!(combined.pauses, suspension.pauses);
        let e = combine(&correction(""), &[&listing, &tender()]).map(|_| ());
        assert!(
            e.is_ok(),
            "an unlinked record of another domain is not read"
        );
        let mut stray = suspension.clone();
        stray.amends = Some("C".into());
        let e = combine(&correction(""), &[&tender(), &stray]).unwrap_err();
        assert_eq!(e.code(), "input.invalid_argument");
        assert!(e.to_string().contains("related/1"), "{e}");
    }
}
