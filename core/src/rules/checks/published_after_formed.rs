//! `publishedAfterFormed`: published on or after the day the information was formed, and not
//! after the day the record is judged on (a publication in the future is a data error).

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, FindingDetail};
use crate::Lang;

/// Published on or after the date the information was formed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishedAfterFormed {}

impl CheckKind for PublishedAfterFormed {
    const KIND: &'static str = "publishedAfterFormed";
    const ABOUT: &'static str = "published on or after the day formed, and not in the future";
}

/// Published before the information was formed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublishedBeforeFormed {
    /// When the information was formed.
    pub formed: NaiveDate,
    /// When it was published.
    pub published: NaiveDate,
}

impl FindingDetail for PublishedBeforeFormed {
    const CODE: &'static str = "date.published_before_formed";
    const ABOUT: &'static str = "published before it was formed";
    fn message(&self, lang: Lang) -> String {
        let PublishedBeforeFormed { formed, published } = self;
        match lang {
            Lang::ZhCn => format!("发布日期 {published} 早于信息形成日期 {formed}"),
            Lang::En => {
                format!("published on {published}, before the information was formed on {formed}")
            }
        }
    }
}

/// A publication date after the day the record is judged on: nothing is published in the
/// future, so the date is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublishedInFuture {
    /// The publication date given.
    pub published: NaiveDate,
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

impl PublishedAfterFormed {
    pub(crate) fn judge<E>(&self, cx: Cx<'_>, out: &mut E)
    where
        E: Emit<PublishedBeforeFormed> + Emit<PublishedInFuture>,
    {
        let r = cx.record;
        let Some(p) = r.published_on else { return };
        if p < r.formed_on {
            out.emit(
                Cow::Borrowed("/publishedOn"),
                PublishedBeforeFormed {
                    formed: r.formed_on,
                    published: p,
                },
            );
        }
        let today = cx.env.today;
        if p > today {
            out.emit(
                Cow::Borrowed("/publishedOn"),
                PublishedInFuture {
                    published: p,
                    today,
                },
            );
        }
    }
}
