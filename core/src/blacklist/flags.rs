//! The flags byte of a stored entry: what it bars, its credit class, whether it has a ban.

use super::{Bars, CreditClass};

/// What an entry bars, its credit class and whether it has a ban, in one byte: the low 3 bits
/// hold a domain, or 7 for all public-resource trading; the next 2 the credit class (0 for
/// none); bit 5 is set when there is a ban. One byte keeps a stored entry and an index slot
/// small.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Flags(u8);

impl Flags {
    const BARS: u8 = 7;
    const ALL_TRADING: u8 = 7;
    const CLASS_SHIFT: u8 = 3;
    const CLASS: u8 = 3;
    const HAS_BAN: u8 = 1 << 5;

    pub(crate) fn new(bars: Bars, class: Option<CreditClass>, has_ban: bool) -> Flags {
        let bars = match bars {
            Bars::AllPublicResourceTrading => Self::ALL_TRADING,
            b => b.to_u8() & Self::BARS,
        };
        let class = class.map_or(0, CreditClass::to_u8) << Self::CLASS_SHIFT;
        Flags(bars | class | if has_ban { Self::HAS_BAN } else { 0 })
    }

    /// What the entry bars.
    pub(crate) fn bars(self) -> Bars {
        match self.0 & Self::BARS {
            Self::ALL_TRADING => Bars::AllPublicResourceTrading,
            b => Bars::from_u8(b),
        }
    }

    /// The credit class, if the entry has one.
    pub(crate) fn class(self) -> Option<CreditClass> {
        CreditClass::from_u8((self.0 >> Self::CLASS_SHIFT) & Self::CLASS)
    }

    /// True when the entry has a ban.
    pub(crate) fn has_ban(self) -> bool {
        self.0 & Self::HAS_BAN != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Domain;

    #[test]
    fn every_combination_reads_back() {
        let bars = Domain::ALL
            .map(Bars::Domain)
            .into_iter()
            .chain([Bars::AllPublicResourceTrading]);
        let classes = [
            None,
            Some(CreditClass::Minor),
            Some(CreditClass::General),
            Some(CreditClass::Serious),
        ];
        for b in bars {
            for class in classes {
                for has_ban in [false, true] {
                    let f = Flags::new(b, class, has_ban);
                    assert_eq!((f.bars(), f.class(), f.has_ban()), (b, class, has_ban));
                }
            }
        }
    }
}
