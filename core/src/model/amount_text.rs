//! Amounts as notices write them: in capital numerals (大写, `壹佰壹拾捌万元整`) and in figures
//! (`¥1,180,000.00`, `118万元`). A result notice states its award both ways, and the two must
//! agree.

use super::amount::{MAX_FEN, Yuan};

/// The amounts written in capital numerals in `text`, in order: each a run of capital digits and
/// units ending in 元 (or 圆), with its 角 and 分. A run that is no well-formed amount is skipped.
///
/// # Example
/// ```
/// use gongkai::model::amount_text::amounts_in_words;
/// let found = amounts_in_words("中标金额：人民币壹佰壹拾捌万零伍佰元伍角整（¥1,180,500.50）");
/// assert_eq!(found.iter().map(|y| y.fen()).collect::<Vec<_>>(), [118_050_050]);
/// ```
pub fn amounts_in_words(text: &str) -> Vec<Yuan> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if digit(chars[i]).is_none() && unit(chars[i]).is_none() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (digit(chars[i]).is_some() || unit(chars[i]).is_some()) {
            i += 1;
        }
        // A run in words has a capital digit (or starts with 拾, as 拾万元 does); 万 or 亿 after
        // figures (`1.2万元`) is the figures' unit.
        let run = &chars[start..i];
        let worded = run.iter().any(|c| digit(*c).is_some()) || run[0] == '拾';
        let after_figure =
            start > 0 && (chars[start - 1].is_ascii_digit() || chars[start - 1] == '.');
        // The integer part must end in 元; 角 and 分 may follow.
        if worded && !after_figure && i < chars.len() && matches!(chars[i], '元' | '圆') {
            let yuan = integer(&chars[start..i]);
            let mut fen = 0i64;
            let mut j = i + 1;
            for (mark, per) in [('角', 10), ('分', 1)] {
                // 零 between 元 and 分 (`伍元零伍分`) is a placeholder.
                if j < chars.len() && chars[j] == '零' {
                    j += 1;
                }
                if j + 1 < chars.len()
                    && let Some(d) = digit(chars[j])
                    && chars[j + 1] == mark
                {
                    fen += i64::from(d) * per;
                    j += 2;
                }
            }
            if let Some(y) = yuan
                .and_then(|y| y.checked_mul(100))
                .and_then(|f| f.checked_add(fen))
                .filter(|f| *f <= MAX_FEN)
                .and_then(Yuan::from_fen)
            {
                found.push(y);
            }
            i = j;
        }
    }
    found
}

/// The amounts written in figures in `text` that say they are money: after `¥` or `￥`, or
/// followed by `元`, `万元` or `亿元` (`1,180,000.00元`, `118.05万元`, `3.2亿元`), with thousands
/// separators.
///
/// # Example
/// ```
/// use gongkai::model::amount_text::amounts_in_figures;
/// let found = amounts_in_figures("预算：118.05万元；最高限价¥1,200,000；数量 3 台");
/// assert_eq!(found.iter().map(|y| y.fen()).collect::<Vec<_>>(), [118_050_000, 120_000_000]);
/// ```
pub fn amounts_in_figures(text: &str) -> Vec<Yuan> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || matches!(chars[i], ',' | '.')) {
            i += 1;
        }
        let figure: String = chars[start..i].iter().filter(|c| **c != ',').collect();
        let figure = figure.trim_end_matches('.');
        let before = chars[..start]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            .copied();
        let after: String = chars[i..]
            .iter()
            .skip_while(|c| c.is_whitespace())
            .take(2)
            .collect();
        let scale = if after.starts_with("万元") {
            Some(10_000)
        } else if after.starts_with("亿元") {
            Some(100_000_000)
        } else if after.starts_with('元') || matches!(before, Some('¥' | '￥')) {
            Some(1)
        } else {
            None
        };
        if let Some(scale) = scale
            && let Some(y) = fen_of(figure, scale)
        {
            found.push(y);
        }
    }
    found
}

/// `figure` (digits, at most one point) times `scale` yuan, in 分, when it is a whole number of
/// 分.
pub(crate) fn fen_of(figure: &str, scale: i64) -> Option<Yuan> {
    let (whole, mut frac) = figure.split_once('.').unwrap_or((figure, ""));
    // Zeros past the sixth place say nothing (the central portal prints `175.0000000 万元`).
    if frac.len() > 6 && frac.bytes().skip(6).all(|b| b == b'0') {
        frac = &frac[..6];
    }
    if whole.is_empty() || frac.contains('.') || frac.len() > 6 {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    // The fraction in millionths of the unit, then scaled: 118.05万元 is 1,180,500 元 exactly.
    let millionths: i64 = format!("{frac:0<6}").parse().ok()?;
    let fen_times_million = whole
        .checked_mul(1_000_000)?
        .checked_add(millionths)?
        .checked_mul(scale)?
        .checked_mul(100)?;
    (fen_times_million % 1_000_000 == 0)
        .then_some(fen_times_million / 1_000_000)
        .filter(|f| *f <= MAX_FEN)
        .and_then(Yuan::from_fen)
}

fn digit(c: char) -> Option<u32> {
    "零壹贰叁肆伍陆柒捌玖"
        .chars()
        .position(|d| d == c)
        .map(|p| p as u32)
}

fn unit(c: char) -> Option<i64> {
    match c {
        '拾' => Some(10),
        '佰' => Some(100),
        '仟' => Some(1_000),
        '万' => Some(10_000),
        '亿' => Some(100_000_000),
        _ => None,
    }
}

/// The value of a run of capital digits and units (`壹佰壹拾捌万零伍佰`), or `None` when it is
/// not one: a digit without a unit between two digits, a unit without a digit where one is
/// needed (`拾` alone is ten, as written for 10–19).
fn integer(run: &[char]) -> Option<i64> {
    let (mut total, mut section, mut pending): (i64, i64, Option<i64>) = (0, 0, None);
    for &c in run {
        if let Some(d) = digit(c) {
            if d == 0 {
                continue;
            }
            if pending.is_some() {
                return None; // two digits in a row
            }
            pending = Some(i64::from(d));
        } else {
            match unit(c)? {
                u @ (10 | 100 | 1_000) => {
                    section = section.checked_add(pending.take().unwrap_or(1).checked_mul(u)?)?;
                }
                u => {
                    let part = section.checked_add(pending.take().unwrap_or(0))?;
                    // 亿 after 万 (`壹万亿`) multiplies what came before.
                    total = if u == 100_000_000 && total > 0 && part == 0 {
                        total.checked_mul(u)?
                    } else {
                        total.checked_add(part.checked_mul(u)?)?
                    };
                    section = 0;
                }
            }
        }
    }
    total
        .checked_add(section)?
        .checked_add(pending.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<i64> {
        amounts_in_words(t).iter().map(|y| y.fen()).collect()
    }

    fn figures(t: &str) -> Vec<i64> {
        amounts_in_figures(t).iter().map(|y| y.fen()).collect()
    }

    #[test]
    fn capital_numerals_read_as_accountants_write_them() {
        for (text, yuan_fen) in [
            ("壹佰壹拾捌万元整", 118_000_000),
            ("人民币拾万元", 10_000_000),
            ("贰仟零伍元", 200_500),
            ("叁亿零肆佰万元整", 30_400_000_000),
            ("伍元零伍分", 505),
            ("玖角", 0), // no 元: not an amount
            ("壹万贰仟叁佰肆拾伍元陆角柒分", 1_234_567),
        ] {
            let got = words(text);
            if yuan_fen == 0 {
                assert!(got.is_empty(), "{text}: {got:?}");
            } else {
                assert_eq!(got, [yuan_fen], "{text}");
            }
        }
        assert!(words("壹贰元").is_empty(), "two digits in a row");
        assert!(
            words("金额1.2万元").is_empty(),
            "figures with 万 are figures"
        );
        assert!(words("1260万元").is_empty());
    }

    #[test]
    fn figures_count_only_when_they_say_money() {
        assert_eq!(figures("¥1,180,000.00"), [118_000_000]);
        assert_eq!(figures("118.05万元"), [118_050_000]);
        assert_eq!(figures("3.2亿元"), [32_000_000_000]);
        assert_eq!(figures("1180000元 数量3台 单价 500"), [118_000_000]);
        assert!(figures("编号 2024-0815，3台").is_empty());
        assert!(
            figures("1.001元").is_empty(),
            "a third decimal is no amount of 分"
        );
    }
}
