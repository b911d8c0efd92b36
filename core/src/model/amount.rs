//! Money in 元, held exactly in 分.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An amount of money in 元, stored exactly as an integer number of 分 (0.01 元).
///
/// In JSON it is a number of 元 with at most two decimals (`1234567.89`). More decimals, a
/// negative amount or one above [`MAX_FEN`] is a parse error, not a rounding.
///
/// # Example
/// ```
/// let y: gongkai::Yuan = serde_json::from_str("1200000.5").unwrap();
/// assert_eq!(y.fen(), 120_000_050);
/// assert_eq!(serde_json::to_string(&y).unwrap(), "1200000.5");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Yuan(i64);

/// The largest amount: 1 万亿元 (10^14 分). Up to it a JSON number (an IEEE double, as every
/// JavaScript and most C parsers read it) holds every amount to the 分 exactly, so an amount
/// survives a trip through any of the library's surfaces.
pub const MAX_FEN: i64 = 100_000_000_000_000;

impl Yuan {
    /// An amount from 分.
    pub fn from_fen(fen: i64) -> Option<Yuan> {
        (0..=MAX_FEN).contains(&fen).then_some(Yuan(fen))
    }

    /// The amount in 分.
    pub fn fen(self) -> i64 {
        self.0
    }
}

impl std::fmt::Display for Yuan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (y, f2) = (self.0 / 100, self.0 % 100);
        match f2 {
            0 => write!(f, "{y}"),
            n if n % 10 == 0 => write!(f, "{y}.{}", n / 10),
            n => write!(f, "{y}.{n:02}"),
        }
    }
}

impl Serialize for Yuan {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0 % 100 == 0 {
            s.serialize_i64(self.0 / 100)
        } else {
            // The 分 are exact in an f64 (far below 2^53) and the division rounds once, to the
            // f64 nearest the amount: the number its shortest decimal (Display) parses to, with
            // no decimal parser in the module.
            s.serialize_f64(self.0 as f64 / 100.0)
        }
    }
}

impl<'de> Deserialize<'de> for Yuan {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let v = f64::deserialize(d)?;
        let fen = (v * 100.0).round();
        // The sign before rounding: a negative amount under half a 分 rounds to zero, and is
        // still negative. `-0` is zero.
        if v < 0.0 || fen > MAX_FEN as f64 {
            return Err(D::Error::custom(format!(
                "amount {v} is negative or above 1 万亿元"
            )));
        }
        // Two decimals survive the multiplication up to a few ulps; a third decimal does not.
        if ((v * 100.0) - fen).abs() > 8.0 * f64::EPSILON * fen.abs().max(1.0) {
            return Err(D::Error::custom(format!(
                "amount {v} has more than two decimals (元 are counted to the 分)"
            )));
        }
        Ok(Yuan(fen as i64))
    }
}

#[cfg(test)]
mod tests {
    use super::Yuan;

    fn read(json: &str) -> Result<Yuan, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    /// A negative amount is refused however small, never rounded to zero.
    #[test]
    fn negative_amounts_are_refused_however_small() {
        for json in ["-1e-17", "-0.001", "-0.01", "-1"] {
            let e = read(json).unwrap_err();
            assert!(e.contains("is negative"), "{json}: {e}");
        }
        assert_eq!(read("-0").unwrap().fen(), 0);
        assert_eq!(read("0").unwrap().fen(), 0);
        assert_eq!(read("1000000000000").unwrap().fen(), super::MAX_FEN);
        assert!(read("1000000000000.01").is_err());
    }

    /// An amount serialises to the number its decimal reads as: the 分 divided by a hundred is
    /// the f64 its shortest decimal parses to.
    #[test]
    fn the_serialised_number_is_the_decimal_parsed() {
        let mut fens: Vec<i64> = (0..200_000).collect();
        fens.extend((0..200_000).map(|k| super::MAX_FEN - k));
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..200_000 {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            fens.push((x >> 11) as i64 % super::MAX_FEN);
        }
        for fen in fens {
            let y = Yuan(fen);
            let parsed: f64 = y.to_string().parse().unwrap();
            assert_eq!(fen as f64 / 100.0, parsed, "{y}");
        }
    }
}
