//! `publicationNotInFuture`: a record's publication date is not after the day it is judged on.
//! Nothing is published in the future, so such a date is wrong, and a department must publish
//! accurately (准确地公开, 政府信息公开条例 Art 6).

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, FindingDetail};
use super::not_judged::NotJudged;
use crate::Lang;
use crate::date::StatedDate;
use crate::severity::Severity;

/// The publication date is not after the day the record is judged on.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicationNotInFuture {}

impl CheckKind for PublicationNotInFuture {
    const KIND: &'static str = "publicationNotInFuture";
    const ABOUT: &'static str = "the publication date is not after the day judged on";
}

/// A publication date after the day the record is judged on: nothing is published in the
/// future, so the date is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublishedInFuture {
    /// The publication date given.
    pub published: StatedDate,
    /// The day the record was judged on.
    pub today: NaiveDate,
}

impl FindingDetail for PublishedInFuture {
    const CODE: &'static str = "date.published_in_future";
    const ABOUT: &'static str = "a publication date after the day the record is judged on";
    fn message(&self, lang: Lang) -> String {
        let PublishedInFuture { published, today } = self;
        match lang {
            Lang::ZhCn => format!("发布日期 {published} 晚于审核基准日 {today}，日期有误"),
            Lang::En => format!(
                "published on {published}, after {today}, the day it is judged on: the date is wrong"
            ),
        }
    }
}

impl PublicationNotInFuture {
    pub(crate) fn judge<E>(&self, cx: Cx<'_>, out: &mut E)
    where
        E: Emit<PublishedInFuture> + Emit<super::not_judged::NotJudged>,
    {
        let today = cx.env.today;
        if cx.record.published_on.is_none() {
            super::not_judged::unstated(cx.record, "/publishedOn", out);
        }
        // A date known only to its month or year is in the future only when all of it is.
        match cx.record.published_on {
            Some(published) if published.first() > today => out.emit(
                Cow::Borrowed("/publishedOn"),
                PublishedInFuture { published, today },
            ),
            Some(published) if published.last() > today => out.emit_as(
                Severity::Info,
                Cow::Borrowed("/publishedOn"),
                NotJudged::imprecise("/publishedOn", published),
            ),
            _ => {}
        }
    }
}
