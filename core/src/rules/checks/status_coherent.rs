//! `statusCoherent`: a record's status and its publication date agree.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, fixed_finding};
use crate::model::record::Status;

/// Status and publication date agree.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusCoherent {}

impl CheckKind for StatusCoherent {
    const KIND: &'static str = "statusCoherent";
    const ABOUT: &'static str = "status and publication date agree";
}

fixed_finding!(
    /// Status `published` without a publication date.
    PublishedWithoutDate = "status.published_without_date",
    about "published without a publication date",
    zh "状态为已公开，但未填写发布日期",
    en "status is published but no publication date is given",
);

fixed_finding!(
    /// A draft or pending record with a publication date.
    UnpublishedWithDate = "status.unpublished_with_date",
    about "a draft or pending record with a publication date",
    zh "草稿或待公开的记录不应有发布日期",
    en "a draft or pending record cannot have a publication date",
);

impl StatusCoherent {
    pub(crate) fn judge<E>(&self, cx: Cx<'_>, out: &mut E)
    where
        E: Emit<PublishedWithoutDate>
            + Emit<UnpublishedWithDate>
            + Emit<super::not_judged::NotJudged>,
    {
        let path = Cow::Borrowed("/publishedOn");
        match (cx.record.status, cx.record.published_on) {
            (Status::Published, None)
                if !super::not_judged::unstated(cx.record, "/publishedOn", out) =>
            {
                out.emit(path, PublishedWithoutDate)
            }
            (Status::Draft | Status::Pending, Some(_)) => out.emit(path, UnpublishedWithDate),
            _ => {}
        }
    }
}
