//! `awardAfterBidDeadline`: the winner is determined on or after the bid deadline.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, FindingDetail};
use crate::Lang;
use crate::date::StatedDate;

/// The winner was determined on or after the bid deadline.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwardAfterBidDeadline {}

impl CheckKind for AwardAfterBidDeadline {
    const KIND: &'static str = "awardAfterBidDeadline";
    const ABOUT: &'static str = "the winner is determined on or after the bid deadline";
}

/// The winner determined before the bid deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AwardBeforeBidDeadline {
    /// The bid deadline.
    pub bid_deadline: StatedDate,
    /// When the winner was determined.
    pub awarded: StatedDate,
}

impl FindingDetail for AwardBeforeBidDeadline {
    const CODE: &'static str = "date.award_before_bid_deadline";
    const ABOUT: &'static str = "winner determined before the bid deadline";
    fn message(&self, lang: Lang) -> String {
        let AwardBeforeBidDeadline {
            bid_deadline,
            awarded,
        } = self;
        match lang {
            Lang::ZhCn => format!("中标（成交）确定日期 {awarded} 早于投标截止日期 {bid_deadline}"),
            Lang::En => format!(
                "the winner was determined on {awarded}, before the bid deadline {bid_deadline}"
            ),
        }
    }
}

impl AwardAfterBidDeadline {
    pub(crate) fn judge<E>(&self, cx: Cx<'_>, out: &mut E)
    where
        E: Emit<AwardBeforeBidDeadline> + Emit<super::not_judged::NotJudged>,
    {
        let e = &cx.record.events;
        if e.bid_deadline.is_none()
            && super::not_judged::unstated(cx.record, "/events/bidDeadline", out)
            || e.awarded_on.is_none()
                && super::not_judged::unstated(cx.record, "/events/awardedOn", out)
        {
            return;
        }
        let (Some(bid_deadline), Some(awarded)) = (e.bid_deadline, e.awarded_on) else {
            return;
        };
        match awarded.is_before(&bid_deadline) {
            Some(true) => out.emit(
                Cow::Borrowed("/events/awardedOn"),
                AwardBeforeBidDeadline {
                    bid_deadline,
                    awarded,
                },
            ),
            Some(false) => {}
            None => super::not_judged::unsettled(
                [
                    ("/events/awardedOn", awarded),
                    ("/events/bidDeadline", bid_deadline),
                ],
                out,
            ),
        }
    }
}
