//! Find and normalize quantities in Chinese text — exactly, with the qualifiers that change
//! their meaning.
//!
//! ```
//! use gwr_quantity::{Dimension, Qualifier, parse, scan};
//! use rust_decimal::Decimal;
//!
//! let q = parse("约3000万元")?;
//! assert_eq!(q.value, Decimal::from(3000));
//! assert_eq!(q.unit, "万元");
//! assert_eq!(q.dimension, Dimension::Money);
//! assert_eq!(q.base_value(), Decimal::from(30_000_000));
//! assert_eq!(q.base_unit, "元");
//! assert_eq!(q.qualifier, Qualifier::Approx);
//! assert_eq!(q.to_string(), "约3000万元");
//!
//! let text = "2023年种植金柚2.6万亩，产值超五千万元，新增企业3-5家以上，增长6%左右。";
//! let found: Vec<String> = scan(text).map(|q| q.text.into()).collect();
//! assert_eq!(found, ["2.6万亩", "超五千万元", "3-5家以上", "6%左右"]);
//!
//! let range = scan("投资5至6万元").next().expect("one quantity");
//! assert!(range.is_range());
//! assert_eq!(range.base_low, Some(Decimal::from(50_000)));
//! assert_eq!(range.base_high, Some(Decimal::from(60_000)));
//! # Ok::<(), gwr_quantity::QuantityError>(())
//! ```
//!
//! # What is a quantity
//!
//! A number with something that says what it counts or measures: a unit of money, area,
//! length, mass, volume or energy (5.8亿元, 2.6万亩, 30公里); a rate (2万吨/日); a percent
//! (23.4%, 百分之五), percentage points (2个百分点), a multiple (1.5倍) or a fraction
//! (三分之一); or a count with its classifier (3家, 10个村, 126人次). The classifier is the
//! count's unit, so counts of different things are never added up.
//!
//! Not quantities, and never returned by [`scan()`] ([`parse()`] says why in its error):
//! - bare numbers ("两万五" alone says nothing about what);
//! - dates, times, durations and ages (2023年, 4月29日, 3个月, 75周年, 60岁);
//! - ordinals (第十七届, 第三批, and the terms and sessions of assemblies: 六届人大二次会议)
//!   and list markers (一是, （一）, 3、);
//! - codes: phone and hotline numbers (12345热线), formulas (1+6+N), identifiers (G20);
//! - program names and slogans (十四五, 百千万工程, 四个全面, 三清三拆三整治, 1269行动计划).
//!
//! [`scan()`] reads running text, so it also applies rules of context that [`parse()`] does not:
//! - "一" with a classifier is the indefinite article ("建成一座公园" counts nothing);
//! - a Chinese-numeral figure inside a short quotation is a slogan ("“两个确立”",
//!   "“最后一公里”"), and any figure inside a title in book-title marks is part of a name
//!   ("《招商引资三条措施》");
//! - a one-digit Chinese count next to another Chinese digit belongs to an enumerated slogan
//!   ("一心二带三片区");
//! - 数 or 几 before a number makes it vague ("数十条道路"), 第 or a ranking 前 an ordinal
//!   ("前十位"; not 目前), and letters or "+"
//!   glued before it a code ("G20", "PM2.5", "1+6+N"; three letters or more are a word, so
//!   "GDP4.12%" is a percent).
//!
//! Groupings with 大 ("三大主导产业") are not counts: 大 is no classifier, and such phrases
//! name a policy rather than measure anything. Phases ("二期工程") and grades ("一类水质") are
//! not counts either: 期 and 类 are classifiers only after Arabic digits ("培训5期", "5类产品").
//! Durations (3个月, 12.3万小时) have no dimension here and are not returned. A figure whose
//! unit is only implied ("资金743万", "超32亿") is a bare number to gwr and is not returned.
//!
//! # Numbers
//!
//! Arabic digits, half- or full-width (１１．１％), with decimals and thousands separators
//! (1,246.34万元); Chinese numerals in everyday, financial and traditional characters (两 廿
//! 壹贰叁 拾佰仟 萬 億 …), positional (二〇二三) and abbreviated (两万五 = 25000, 一万二 = 12000);
//! and mixtures (3万5千, 1.2万亿); blanks inside a figure next to 万 千 百 … ("1000 万元").
//! Round numbers with their leading 一 left out are read when they are figures: a run of
//! multipliers before a measure ("千万元", "百万亩"), or a lone 万 or 亿 after a qualifier word
//! ("近亿元", "超万人"). Alone, "万元" is a per-unit word ("每万元GDP") and "亿元以上" the name
//! of a class of projects; "千家万户" and "百姓" are words.
//! Values are exact [`rust_decimal::Decimal`]s, never floats. [`parse_number`] reads a bare
//! number for callers who know the unit from elsewhere.
//!
//! # Units and base units
//!
//! Each dimension has a base unit and every unit an exact factor to it: money in 元 (美元 and
//! 港元 are separate base units, never converted); area in 亩 (1 公顷 = 15 亩, 1 平方米 = 0.0015
//! 亩 — 亩 is the one base in which all of these factors are exact decimals); length 米; mass
//! 千克; volume 立方米; energy 千瓦时 (power, 千瓦, is its own base unit); percent "%"
//! (千分之三 = 0.3%); percentage points "个百分点"; multiples "倍"; a rate keeps its
//! denominator unconverted ("万吨/日" → "千克/日", "元/亩"); a fraction keeps numerator and
//! denominator apart (三分之二 is value 2, [`Quantity::denominator`] 3, base unit "1/3": exactly
//! 2/3, which no decimal is, so it is never divided). Multipliers (万 亿 千万 …) become part of the unit as written ("万元") when
//! they follow Arabic digits, and part of the number when it is written in Chinese ("五千万").
//!
//! # Qualifiers
//!
//! Words before (约 近 超 逾 不低于 不超过 控制在 …), between (余 多 来: "20余万元") or after
//! (左右 以上 以内 …) a figure set its [`Qualifier`]; ranges join two numbers with - ～ 至 到
//! ("5至6万元" is 50000 to 60000 元). When several apply, a bound beats "about" and a word after
//! the figure beats one before it ("3-5家以上" is at least 3, with the range kept in
//! `base_low`/`base_high`). Bounds are inclusive: "大于50" and "50以上" both give a floor of 50.
//! [`Quantity::bounds`] turns any qualifier into the interval the figure admits.
//!
//! # Serde
//!
//! With the `serde` feature every public type is `Serialize`/`Deserialize`; decimals are
//! strings and spans `[start, end]` pairs. The JSON is a versioned contract documented in
//! `docs/schema.md` ("quantities").
//!
//! Every variant — a character, a unit, a qualifier word, a slogan — is a row in a table in
//! the source (`tables.rs`); supporting a new one is adding a row.

mod error;
mod expr;
mod lexicon;
mod numeral;
mod quantity;
mod scan;
mod tables;

pub use error::{ErrorKind, NotQuantity, QuantityError};
pub use quantity::{Dimension, Qualifier, Quantity};
pub use scan::Scan;

use expr::{Failure, match_quantity};
use lexicon::{
    LIST_MARKER_LEXICON, MINUS_LEXICON, ORDINAL_FORWARD_LEXICON, PREFIX_FORWARD_LEXICON,
    SLOGAN_LEXICON, numeral_char, preamble, preamble_words_at, skip_blanks,
};
use tables::BLANKS;

/// Parses one quantity expression, such as "5.8亿元", "6%左右", "约3000万元" or "3-5家".
///
/// The whole input must be the expression (blanks around it are allowed); the quantity's span
/// covers it without those blanks.
///
/// # Errors
///
/// A [`QuantityError`] whose [`ErrorKind`] says what is wrong — empty input, no number, an
/// unknown or missing unit, a malformed or too large number, text after the quantity — or that
/// the input is a number but not a quantity (a date, an ordinal, a slogan…).
pub fn parse(input: &str) -> Result<Quantity, QuantityError> {
    let (start, end) = trimmed(input)?;
    let text = &input[..end];
    let error = |kind, span| QuantityError::new(kind, input, span);
    // Most expressions start with their number: one look-up rules out every word below.
    let Preamble {
        prefix,
        negative,
        number_start,
    } = if preamble_words_at(text, start) != 0 {
        preamble(text, start, end).map_err(|(kind, span)| error(kind, span))?
    } else {
        Preamble {
            prefix: None,
            negative: false,
            number_start: start,
        }
    };
    let failed = |f: Failure| {
        let kind = match f.kind {
            // "5斗": a bare number followed by a word that is no unit.
            ErrorKind::MissingUnit if f.span.end < end => {
                return error(ErrorKind::UnknownUnit, skip_blanks(text, f.span.end)..end);
            }
            ErrorKind::NoNumber => return error(ErrorKind::NoNumber, start..end),
            kind => kind,
        };
        error(kind, f.span)
    };
    // Borrowed, not moved out of the `Result`: moving the matched quantity is a `memcpy`.
    let result = match_quantity(text, number_start);
    let matched = match &result {
        Ok(matched) => matched,
        Err(failure) => return Err(failed(failure.clone())),
    };
    if matched.end < end {
        return Err(error(ErrorKind::TrailingText, matched.end..end));
    }
    matched.to_quantity(text, start, prefix, negative, failed)
}

/// What comes before the number of a [`parse()`] input.
struct Preamble {
    /// A qualifier word ("约", "超过").
    prefix: Option<Qualifier>,
    /// A minus sign.
    negative: bool,
    number_start: usize,
}

/// Reads the words before the number of a [`parse()`] input: a qualifier, a minus sign, or
/// what rules the input out (a list marker, an ordinal, a slogan: then the error's kind and
/// span).
fn preamble(
    text: &str,
    start: usize,
    end: usize,
) -> Result<Preamble, (ErrorKind, std::ops::Range<usize>)> {
    // Each look-up only where a word of its kind can start.
    let words = preamble_words_at(text, start);
    if words & preamble::LIST_MARKER != 0
        && let Some(span) = list_marker(text, start)
    {
        return Err((ErrorKind::NotAQuantity(NotQuantity::ListMarker), span));
    }
    let prefix_word = if words & preamble::PREFIX != 0 {
        PREFIX_FORWARD_LEXICON.longest_at(text, start)
    } else {
        None
    };
    let (prefix, number_start) = match prefix_word {
        Some((len, Some(q))) => (Some(q), skip_blanks(text, start + len)),
        _ => (None, start),
    };
    let words = if number_start == start {
        words
    } else {
        preamble_words_at(text, number_start)
    };
    if words & preamble::ORDINAL != 0
        && let Some((_, true)) = ORDINAL_FORWARD_LEXICON.longest_at(text, number_start)
    {
        return Err((ErrorKind::NotAQuantity(NotQuantity::Ordinal), start..end));
    }
    if words & preamble::SLOGAN != 0 && SLOGAN_LEXICON.longest_at(text, number_start).is_some() {
        return Err((ErrorKind::NotAQuantity(NotQuantity::Slogan), start..end));
    }
    let (negative, number_start) = if words & preamble::MINUS != 0 {
        minus_sign_at(text, number_start)
    } else {
        (false, number_start)
    };
    Ok(Preamble {
        prefix,
        negative,
        number_start,
    })
}

/// Reads one bare number — Arabic, Chinese or mixed ("1,246.34", "负四十五亿零四百零四万",
/// "两万五") — to its exact value. A number is not a quantity; this is for callers that know
/// the unit from elsewhere (a table header, a column).
///
/// # Errors
///
/// [`ErrorKind::Empty`], [`ErrorKind::NoNumber`], [`ErrorKind::MalformedNumber`],
/// [`ErrorKind::OutOfRange`], or [`ErrorKind::TrailingText`] when more than a number is given.
pub fn parse_number(input: &str) -> Result<rust_decimal::Decimal, QuantityError> {
    let (start, end) = trimmed(input)?;
    let text = &input[..end];
    let error = |kind, span| QuantityError::new(kind, input, span);
    let (negative, number_start) = minus_sign_at(text, start);
    let numeral = numeral::read_numeral(text, number_start).map_err(|e| {
        let f = Failure::from_numeral(e, number_start);
        match f.kind {
            ErrorKind::NoNumber => error(ErrorKind::NoNumber, start..end),
            kind => error(kind, f.span),
        }
    })?;
    if numeral.end < end {
        return Err(error(ErrorKind::TrailingText, numeral.end..end));
    }
    Ok(if negative {
        -numeral.value
    } else {
        numeral.value
    })
}

/// Where the input starts and ends without surrounding blanks; empty input is an error.
fn trimmed(input: &str) -> Result<(usize, usize), QuantityError> {
    let start = skip_blanks(input, 0);
    let mut end = input.len();
    while let Some(c) = input[..end].chars().next_back()
        && BLANKS.contains(&c)
    {
        end -= c.len_utf8();
    }
    let end = end.max(start);
    if start == end {
        return Err(QuantityError::new(ErrorKind::Empty, input, 0..input.len()));
    }
    Ok((start, end))
}

/// Whether a minus sign starts at `at`, and where the number after it starts.
fn minus_sign_at(text: &str, at: usize) -> (bool, usize) {
    match MINUS_LEXICON.longest_at(text, at) {
        Some((len, ())) => (true, at + len),
        None => (false, at),
    }
}

/// The span of a bracketed list marker such as "（一）" or "(3)" at `start`, if that is what
/// the input is.
fn list_marker(text: &str, start: usize) -> Option<std::ops::Range<usize>> {
    let (open_len, close) = LIST_MARKER_LEXICON.longest_at(text, start)?;
    let inner = start + open_len;
    let digits_end = numeral::run_end(text, inner);
    let is_number = text[inner..]
        .chars()
        .next()
        .and_then(numeral_char)
        .is_some();
    (is_number && text[digits_end..].starts_with(close)).then_some(start..digits_end + close.len())
}

/// Every quantity in `text`, in order, each with its byte span into `text`.
///
/// Dates, ordinals, list markers, codes, slogans and bare numbers are skipped (see the crate
/// documentation for the rules). Never panics, whatever the input.
pub fn scan(text: &str) -> Scan<'_> {
    Scan::new(text)
}
