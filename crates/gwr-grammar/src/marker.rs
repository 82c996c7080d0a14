//! Heading markers at the start of a line (一、 （一） 1. （1） ①), parsed with nom.
//!
//! Dispatch is on the line's first char, so a body line costs one `match` and no parser
//! runs unless the line could start with a marker.

use nom::{
    IResult, Parser,
    bytes::complete::take_while_m_n,
    character::complete::{char, one_of, satisfy},
    combinator::{map_opt, not, peek},
};

use crate::{lexicon, tree::MarkerStyle};

/// A heading marker found at the start of a line. Packed small: one is stored per line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marker {
    pub(crate) style: MarkerStyle,
    /// 1–99 (markers have at most two digits).
    ordinal: u8,
    /// Bytes of the marker itself ("（一）"): at most a dozen.
    len: u8,
    /// Bytes of the marker and the white space after it.
    len_with_space: u16,
}

impl Marker {
    pub(crate) fn ordinal(self) -> u32 {
        u32::from(self.ordinal)
    }

    pub(crate) fn len(self) -> usize {
        usize::from(self.len)
    }

    pub(crate) fn len_with_space(self) -> usize {
        usize::from(self.len_with_space)
    }
}

/// Value of a digit in any width; `None` for other chars.
pub(crate) fn digit_value(c: char) -> Option<u32> {
    lexicon::DIGIT_RANGES
        .iter()
        .find(|(zero, nine)| (*zero..=*nine).contains(&c))
        .map(|(zero, _)| c as u32 - *zero as u32)
}

pub(crate) fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

pub(crate) fn cjk_digit_value(c: char) -> Option<u32> {
    lexicon::CJK_DIGITS
        .iter()
        .find(|(d, _)| *d == c)
        .map(|(_, v)| *v)
}

pub(crate) fn is_cjk_digit(c: char) -> bool {
    cjk_digit_value(c).is_some()
}

/// The value of a Chinese numeral of one to three chars: 一 … 十 十一 二十 九十九.
pub(crate) fn cjk_number_value(text: &str) -> Option<u32> {
    let mut tens: Option<u32> = None;
    let mut units: Option<u32> = None;
    for c in text.chars() {
        match cjk_digit_value(c)? {
            10 => {
                if tens.is_some() {
                    return None;
                }
                tens = Some(units.take().unwrap_or(1));
            }
            0 => return None,
            d => {
                if units.is_some() {
                    return None;
                }
                units = Some(d);
            }
        }
    }
    match (tens, units) {
        (None, None) => None,
        (t, u) => Some(t.unwrap_or(0) * 10 + u.unwrap_or(0)),
    }
}

fn cjk_number(i: &str) -> IResult<&str, u32> {
    map_opt(take_while_m_n(1, 3, is_cjk_digit), cjk_number_value).parse(i)
}

fn digit_number(i: &str) -> IResult<&str, u32> {
    map_opt(take_while_m_n(1, 2, is_digit), |s: &str| {
        s.chars()
            .try_fold(0u32, |n, c| Some(n * 10 + digit_value(c)?))
            .filter(|&n| n > 0)
    })
    .parse(i)
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}')
}

/// （一） (一) （1） (1), in either width, mixed widths allowed.
fn paren_marker(i: &str) -> IResult<&str, (MarkerStyle, u32)> {
    let (i, _) = one_of("（(").parse(i)?;
    let (i, styled) = match cjk_number(i) {
        Ok((i, n)) => (i, (MarkerStyle::CjkParen, n)),
        Err(_) => {
            let (i, n) = digit_number(i)?;
            (i, (MarkerStyle::DigitParen, n))
        }
    };
    let (i, _) = one_of("）)").parse(i)?;
    Ok((i, styled))
}

/// 一、 一． 一.
fn cjk_marker(i: &str) -> IResult<&str, (MarkerStyle, u32)> {
    let (i, n) = cjk_number(i)?;
    let (i, _) = one_of("、．.").parse(i)?;
    Ok((i, (MarkerStyle::CjkComma, n)))
}

/// 1、 1. 1． — but not the "1.5" of a decimal.
fn digit_marker(i: &str) -> IResult<&str, (MarkerStyle, u32)> {
    let (i, n) = digit_number(i)?;
    let (i, style) = match char::<_, nom::error::Error<&str>>('、').parse(i) {
        Ok((i, _)) => (i, MarkerStyle::DigitComma),
        Err(_) => {
            let (i, _) = one_of(".．").parse(i)?;
            let (i, _) = peek(not(satisfy(is_digit))).parse(i)?;
            (i, MarkerStyle::DigitDot)
        }
    };
    Ok((i, (style, n)))
}

/// 第一， 第二、
fn ordinal_marker(i: &str) -> IResult<&str, (MarkerStyle, u32)> {
    let (i, _) = char('第').parse(i)?;
    let (i, n) = cjk_number(i)?;
    let (i, _) = one_of("，,、").parse(i)?;
    Ok((i, (MarkerStyle::Ordinal, n)))
}

/// A 第一， line is a heading only when the whole line is one short sentence; in a
/// paragraph "第一，要…。…。" opens the first of its sentences.
const MAX_ORDINAL_TITLE_CHARS: usize = 40;

fn is_ordinal_title(title: &str) -> bool {
    let body = title.trim_end_matches(is_space);
    let body = body.strip_suffix('。').unwrap_or(body);
    body.chars().count() <= MAX_ORDINAL_TITLE_CHARS && !body.contains(['。', '；', '：', ':'])
}

fn circled_marker(i: &str) -> IResult<&str, (MarkerStyle, u32)> {
    let (i, c) = satisfy(|c| ('①'..='⑳').contains(&c)).parse(i)?;
    Ok((i, (MarkerStyle::Circled, c as u32 - '①' as u32 + 1)))
}

/// The heading marker at the start of `line`, if any. The marker must be followed by
/// some text: a marker alone on a line ("1." in a table of contents) is not a heading.
pub(crate) fn marker(line: &str) -> Option<Marker> {
    let first = line.chars().next()?;
    let parsed = match first {
        '（' | '(' => paren_marker(line),
        '①'..='⑳' => circled_marker(line),
        '第' => ordinal_marker(line),
        c if is_cjk_digit(c) => cjk_marker(line),
        c if is_digit(c) => digit_marker(line),
        _ => return None,
    };
    let (rest, (style, ordinal)) = parsed.ok()?;
    let len = line.len() - rest.len();
    let title = rest.trim_start_matches(is_space);
    if title.is_empty() || (style == MarkerStyle::Ordinal && !is_ordinal_title(title)) {
        return None;
    }
    // A marker followed by pages of white space is not a heading.
    Some(Marker {
        style,
        ordinal: u8::try_from(ordinal).ok()?,
        len: u8::try_from(len).ok()?,
        len_with_space: u16::try_from(line.len() - title.len()).ok()?,
    })
}

/// A list item marker 一是 二是 … 十是 at the start of `text`: its ordinal and byte length.
pub(crate) fn item_marker(text: &str) -> Option<(u32, usize)> {
    let (rest, n) = cjk_number(text).ok()?;
    let rest = rest.strip_prefix('是')?;
    Some((n, text.len() - rest.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals() {
        for (text, value) in [
            ("一", 1),
            ("十", 10),
            ("十一", 11),
            ("二十", 20),
            ("九十九", 99),
        ] {
            assert_eq!(cjk_number_value(text), Some(value), "{text}");
        }
        for text in ["十十", "一二", "〇", "二十十"] {
            assert_eq!(cjk_number_value(text), None, "{text}");
        }
    }
}
