//! Matching one quantity expression at a known position: the grammar [`crate::parse()`] and
//! [`crate::scan()`] share.
//!
//! ```text
//! quantity := [prefix-qualifier] [sign] body [suffix-qualifier]
//! body     := percent-prefix numeral                 百分之五
//!           | numeral 分之 numeral                    三分之一
//!           | amount [range-separator amount]        3-5家, 5至6万元, 10%-15%
//! amount   := numeral [余|多|来] [multiplier] [unit [/ denominator]]
//! ```
//! Blanks may stand between the parts ("134.9 万亿元").

use std::borrow::Cow;
use std::ops::Range;

use compact_str::CompactString;
use rust_decimal::Decimal;

use crate::error::{ErrorKind, NotQuantity};
use crate::lexicon::{
    AMOUNT_FOLLOWERS, FOLLOWERS, MID_LEXICON, PERCENT_PREFIX_LEXICON, RANGE_LEXICON,
    RATE_DENOMINATOR_LEXICON, RATE_SEPARATOR_LEXICON, SUFFIX_LEXICON, UNIT_LEXICON, code_point_at,
    contains, numeral_char, skip_blanks,
};
use crate::numeral::{
    Numeral, NumeralError, exact_mul, multiplier_run, read_numeral, run_end, scale_by_pow10,
};
use crate::quantity::{Dimension, Qualifier, Quantity};
use crate::tables::{ARABIC_ONLY_UNITS, BLANKS, FRACTION_WORD, NumeralChar, UnitKind};

/// Why no quantity matched; `span.end` is also where a scanner may resume.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Failure {
    pub(crate) kind: ErrorKind,
    pub(crate) span: Range<usize>,
}

impl Failure {
    fn new(kind: ErrorKind, span: Range<usize>) -> Self {
        Failure { kind, span }
    }

    pub(crate) fn from_numeral(error: NumeralError, start: usize) -> Self {
        match error {
            NumeralError::NoNumeral => Failure::new(ErrorKind::NoNumber, start..start),
            NumeralError::Malformed { end } => Failure::new(ErrorKind::MalformedNumber, start..end),
            NumeralError::OutOfRange { end } => Failure::new(ErrorKind::OutOfRange, start..end),
        }
    }
}

/// A matched unit: its written text pieces and what it means.
#[derive(Clone, Debug)]
struct Unit {
    /// Where the multiplier read into the unit is written (万 of "5万元"); empty if none.
    multiplier: Range<usize>,
    /// Where the unit word starts ("元", "吨/日"); it ends at `end`.
    start: usize,
    dimension: Dimension,
    /// The unit's factor to `base` (1000 for 吨 → 千克), normalized.
    factor: Decimal,
    /// The multiplier's power of ten (8 for 亿元): value in the written unit × factor × 10^exp
    /// = value in `base`.
    exp: u32,
    base: Cow<'static, str>,
    /// A fraction's denominator (3 of 三分之一); `None` for every other unit.
    denominator: Option<Decimal>,
    /// Where the unit (with its denominator) ends in the text.
    end: usize,
}

impl Unit {
    /// The unit as written, multiplier included ("万元", "万吨/日"), without blanks between the
    /// two ("5万 元" is in 万元). Built once, for the quantity: matching only keeps spans.
    fn written(&self, text: &str) -> CompactString {
        let (multiplier, word) = (self.multiplier.clone(), self.start..self.end);
        if multiplier.is_empty() {
            return CompactString::from(&text[word]);
        }
        if multiplier.end == word.start {
            return CompactString::from(&text[multiplier.start..word.end]);
        }
        let mut written = CompactString::from(&text[multiplier]);
        written.push_str(&text[word]);
        written
    }

    /// `value` (normalized) in the base unit, normalized; `None` if too large.
    #[inline(always)]
    fn to_base(&self, value: Decimal) -> Option<Decimal> {
        // Most factors are 1 (元, 亩, %, every classifier): then only the exponent moves.
        let value = if self.factor.scale() == 0 && self.factor.mantissa() == 1 {
            value
        } else {
            exact_mul(value, self.factor)?.normalize()
        };
        scale_by_pow10(value, self.exp)
    }

    /// Multiplier × unit factor, as one decimal.
    fn full_factor(&self) -> Option<Decimal> {
        scale_by_pow10(self.factor, self.exp)
    }
}

/// A multiplier read into the unit: its text span and power of ten (万 4, 亿 8, 千万 7 …).
type Multiplier = (Range<usize>, u32);

/// One end of a quantity: a number, maybe 余/多, maybe a multiplier, maybe a unit.
#[derive(Clone, Debug)]
struct Amount {
    /// The number is one Chinese digit / has a Chinese digit (see [`Numeral`]).
    single_chinese_digit: bool,
    has_chinese_digit: bool,
    /// See [`Numeral::bare_multipliers`].
    bare_multipliers: u32,
    /// The number as written, without a trailing multiplier.
    number: Range<usize>,
    /// The value as written (5.8 for "5.8亿元").
    value: Decimal,
    /// The multiplier's text span and value (万, 亿, 千万 …), if any.
    multiplier: Option<Multiplier>,
    mid: Option<Qualifier>,
    unit: Option<Unit>,
    /// End of the last part read (blanks after it not included).
    end: usize,
}

impl Amount {
    fn multiplier_exp(&self) -> u32 {
        self.multiplier.as_ref().map_or(0, |(_, exp)| *exp)
    }
}

/// A matched quantity, positions relative to the text it was matched in.
#[derive(Clone, Debug)]
pub(crate) struct Matched {
    pub(crate) end: usize,
    number: Range<usize>,
    value: Decimal,
    high: Option<Decimal>,
    unit: Unit,
    /// 余/多/来 between number and unit, and the qualifier word after the figure.
    mid: Option<Qualifier>,
    suffix: Option<Qualifier>,
    /// The number is one Chinese digit ("三家"), which scan treats with care.
    pub(crate) single_chinese_digit: bool,
    /// The number has a Chinese digit ("四个全面" in quotes is a slogan; "3家" never is).
    pub(crate) has_chinese_digit: bool,
    /// The figure counts only after a qualifier word ("近亿元", "超万人"): its number is
    /// multipliers only and not a run of them before a measure ("千万元", "百万亩"). Alone,
    /// "万元" is a per-unit word ("每万元GDP"), "亿元以上" the name of a class of projects, and
    /// "千万家庭" a manner of speaking.
    needs_prefix: bool,
}

impl Matched {
    /// The dimension matched.
    pub(crate) fn dimension(&self) -> Dimension {
        self.unit.dimension
    }

    /// Builds the public quantity. `start` is where the expression begins: at the qualifier
    /// word `prefix` or the minus sign (`negative`) read before the number, if any. A failure
    /// goes through `on_failure`, so that the quantity is built right where the caller's result
    /// lives (a quantity is some 200 bytes; moving it into another `Result` is a `memcpy`).
    pub(crate) fn to_quantity<E>(
        &self,
        text: &str,
        start: usize,
        prefix: Option<Qualifier>,
        negative: bool,
        on_failure: impl FnOnce(Failure) -> E,
    ) -> Result<Quantity, E> {
        let span = start..self.end;
        // "万元" alone: its 一 is left out, and no qualifier word says it is a figure.
        if self.needs_prefix && prefix.is_none() {
            return Err(on_failure(Failure::new(ErrorKind::NoNumber, span)));
        }
        // "负0元" is 0, not -0.
        let value = if negative && !self.value.is_zero() {
            -self.value
        } else {
            self.value
        };
        // Values read from the text are normalized already, and `to_base` keeps them so.
        let base_value = self.unit.to_base(value);
        let base_high = self.high.map(|high| self.unit.to_base(high));
        let (Some(base_value), None | Some(Some(_))) = (base_value, base_high) else {
            return Err(on_failure(Failure::new(ErrorKind::OutOfRange, span)));
        };
        let base_high = base_high.flatten();
        Ok(Quantity {
            text: CompactString::from(&text[span.clone()]),
            span,
            number: CompactString::from(&text[self.number.clone()]),
            value,
            high: self.high,
            unit: self.unit.written(text),
            dimension: self.unit.dimension,
            base_value,
            base_unit: self.unit.base.clone(),
            denominator: self.unit.denominator,
            qualifier: combine(prefix, self.mid, self.suffix, self.high.is_some()),
            base_low: base_high.map(|_| base_value),
            base_high,
        })
    }
}

/// Reads a run of multiplier characters (万, 亿, 千万, 万亿 …) at `pos`: the power of ten of
/// their product, and their end.
fn read_multiplier(text: &str, pos: usize) -> Option<(u32, usize)> {
    // In a numeral's order only: "百百" or "亿万" is no multiplier.
    let run = multiplier_run(text, pos);
    (run.chars > 0).then_some((run.exp, run.end))
}

/// Reads a unit (with an optional "/denominator") at `pos`. `Err` when the word there rules
/// the number out (年, 个月, 热线 …).
fn read_unit(
    text: &str,
    pos: usize,
    numeral: &Numeral,
    multiplier: Option<&Multiplier>,
) -> Result<Option<Unit>, Failure> {
    let Some((len, kind)) = UNIT_LEXICON.longest_at(text, pos) else {
        return Ok(None);
    };
    let (len, kind) = match kind {
        UnitKind::Only(word) => match UNIT_LEXICON.longest_at(word, 0) {
            Some(found) => found,
            None => return Ok(None),
        },
        _ => (len, kind),
    };
    let (dimension, factor, base) = match kind {
        UnitKind::Measure {
            dimension,
            factor,
            base,
        } => (dimension, factor, base),
        UnitKind::Not(reason) => {
            return Err(Failure::new(
                ErrorKind::NotAQuantity(reason),
                pos..pos + len,
            ));
        }
        UnitKind::Only(_) => return Ok(None),
    };
    let word = &text[pos..pos + len];
    if numeral.has_chinese_digit && ARABIC_ONLY_UNITS.contains(&word) {
        return Ok(None);
    }
    // "5min", "3mm2": a Latin unit must end where the Latin word ends.
    let glued_latin = |a: Option<char>, b: Option<char>| {
        a.is_some_and(|c| c.is_ascii_alphanumeric()) && b.is_some_and(|c| c.is_ascii_alphabetic())
    };
    if glued_latin(word.chars().next_back(), text[pos + len..].chars().next()) {
        return Ok(None);
    }
    let (multiplier, exp) = match multiplier {
        Some((span, exp)) => (span.clone(), *exp),
        None => (pos..pos, 0),
    };
    if exp > 0 && scale_by_pow10(factor, exp).is_none() {
        return Err(Failure::new(
            ErrorKind::OutOfRange,
            multiplier.start..pos + len,
        ));
    }
    let mut end = pos + len;
    let mut base = Cow::Borrowed(base);
    let mut dimension = dimension;
    if let Some((sep_len, ())) = RATE_SEPARATOR_LEXICON.longest_at(text, end)
        && let Some((den_len, den)) = RATE_DENOMINATOR_LEXICON.longest_at(text, end + sep_len)
    {
        let rate_end = end + sep_len + den_len;
        base = Cow::Owned(format!("{base}/{den}"));
        dimension = Dimension::Rate;
        end = rate_end;
    }
    Ok(Some(Unit {
        multiplier,
        start: pos,
        dimension,
        factor,
        exp,
        base,
        denominator: None,
        end,
    }))
}

/// Reads one amount at `pos`.
fn read_amount(text: &str, pos: usize) -> Result<Amount, Failure> {
    // Borrowed from the result: moving a struct out of it right after it was written stalls
    // on store forwarding (perf shows it).
    let read = read_numeral(text, pos);
    let numeral = match &read {
        Ok(numeral) => numeral,
        Err(e) => return Err(Failure::from_numeral(*e, pos)),
    };
    let (number, value, mut multiplier) = split_multiplier(text, pos, numeral);
    let mut end = numeral.end;
    let mut mid = None;
    let mut unit = None;
    // The common case in running text is that nothing of an amount can follow ("一是",
    // "2023年", the "-" of a range): then no look-ups.
    if code_point_at(text, numeral.end).is_some_and(|c| contains(&AMOUNT_FOLLOWERS, c)) {
        let mut p = skip_blanks(text, end);
        if let Some((len, q)) = MID_LEXICON.longest_at(text, p) {
            mid = Some(q);
            end = p + len;
            p = skip_blanks(text, end);
        }
        if multiplier.is_none()
            && let Some((m, m_end)) = read_multiplier(text, p)
        {
            multiplier = Some((p..m_end, m));
            end = m_end;
            p = skip_blanks(text, end);
        }
        unit = read_unit(text, p, numeral, multiplier.as_ref())?;
        match &unit {
            Some(u) => end = u.end,
            // "20余" with nothing after it: 余 is then no qualifier of ours.
            None if multiplier.is_none() && mid.is_some() => {
                end = numeral.end;
                mid = None;
            }
            None => {}
        }
    }
    Ok(Amount {
        single_chinese_digit: numeral.single_chinese_digit,
        has_chinese_digit: numeral.has_chinese_digit,
        bare_multipliers: numeral.bare_multipliers,
        number,
        value,
        multiplier,
        mid,
        unit,
        end,
    })
}

/// The number as written, its value, and the multiplier read into the unit ("5.8亿": "5.8",
/// 5.8, 亿 × 10⁸).
// Always inlined: returned through memory, its result stalled the load that followed.
#[inline(always)]
fn split_multiplier(
    text: &str,
    pos: usize,
    numeral: &Numeral,
) -> (Range<usize>, Decimal, Option<Multiplier>) {
    match numeral.multiplier {
        Some((at, m)) => {
            // Blanks may stand before the multiplier ("1000 万"); most often none do.
            let digits_end = if text[..at].ends_with(BLANKS) {
                pos + text[pos..at].trim_end_matches(BLANKS).len()
            } else {
                at
            };
            (
                pos..digits_end,
                numeral.written_value,
                Some((at..numeral.end, m)),
            )
        }
        None => (pos..numeral.end, numeral.value, None),
    }
}

/// Matches a quantity whose number starts at `start` (qualifier words and a sign before it are
/// the caller's: see [`Matched::to_quantity`]).
pub(crate) fn match_quantity(text: &str, start: usize) -> Result<Matched, Failure> {
    if let Some((len, factor)) = PERCENT_PREFIX_LEXICON.longest_at(text, start) {
        return match_percent_prefix(text, start, len, factor);
    }
    // Amounts are borrowed from their results, never moved out: a move right after the write
    // is a `memcpy` that stalls on store forwarding (perf shows it).
    let low_read = read_amount(text, start);
    let low = match &low_read {
        Ok(low) => low,
        Err(failure) => return Err(failure.clone()),
    };
    if low.unit.is_none() && !can_follow_number(text, low.end) {
        return Err(missing_unit(text, start, low));
    }
    let after_low = skip_blanks(text, low.end);
    if low.unit.is_none()
        && low.mid.is_none()
        && low.multiplier.is_none()
        && text[low.end..].starts_with(FRACTION_WORD)
    {
        return match_fraction(text, start, low);
    }
    if let Some((sep_len, ())) = RANGE_LEXICON.longest_at(text, after_low) {
        let high_start = skip_blanks(text, after_low + sep_len);
        let starts_number = text[high_start..]
            .chars()
            .next()
            .and_then(numeral_char)
            .is_some_and(|k| matches!(k, NumeralChar::Arabic(_) | NumeralChar::Chinese(_)));
        if starts_number {
            // Bound where it is read: assigning to a variable declared earlier copied it.
            let high_read = read_amount(text, high_start);
            match &high_read {
                Ok(high) => {
                    if let Some(low_value) = low_end_in(low, high) {
                        let mid = high.mid.or(low.mid);
                        return finish_match(text, start, low, Some(high), low_value, mid);
                    }
                }
                // "1-6月", "2023-2025年": a range of dates, not of quantities.
                Err(f) if low.unit.is_none() => {
                    return Err(Failure::new(
                        f.kind,
                        start..f.span.end.max(run_end(text, start)),
                    ));
                }
                Err(_) => {}
            }
        }
    }
    finish_match(text, start, low, None, low.value, low.mid)
}

/// The match of `low` alone, or of the range from `low` to `high`, whose unit the range
/// carries; `value` is the low end in the unit.
fn finish_match(
    text: &str,
    start: usize,
    low: &Amount,
    high: Option<&Amount>,
    value: Decimal,
    mid: Option<Qualifier>,
) -> Result<Matched, Failure> {
    // The amount that carries the unit.
    let amount = high.unwrap_or(low);
    let Some(unit) = &amount.unit else {
        return Err(missing_unit(text, start, low));
    };
    let high = high.map(|high| high.value);
    let (end, suffix) = read_suffix(text, amount.end);
    let bare = low.bare_multipliers;
    let needs_prefix = bare > 0 && (bare < 2 || unit.dimension == Dimension::Count);
    Ok(Matched {
        end,
        number: low.number.start..amount.number.end,
        value,
        high,
        unit: unit.clone(),
        mid,
        suffix,
        single_chinese_digit: low.single_chinese_digit && high.is_none(),
        has_chinese_digit: low.has_chinese_digit,
        needs_prefix,
    })
}

/// The low end of a range "low - high unit" in the high end's unit as written, or `None` when
/// the ends do not fit together (no unit on the high end, another base unit, a low end above
/// the high end or with no exact value in the high end's unit).
fn low_end_in(low: &Amount, high: &Amount) -> Option<Decimal> {
    let high_unit = high.unit.as_ref()?;
    let low_base = match &low.unit {
        // "10%-15%", "5万元-6万元": both ends carry a unit; it must be the same base unit.
        Some(u) => {
            if u.base != high_unit.base || u.dimension != high_unit.dimension {
                return None;
            }
            u.to_base(low.value)?
        }
        // "5至6万元" = 5万–6万元, already in the unit as written.
        None if low.multiplier.is_none() => {
            return not_above(low.value, high.value).then_some(low.value);
        }
        // "5千-1万元" keeps its own 千.
        None => exact_mul(
            scale_by_pow10(low.value, low.multiplier_exp())?,
            high_unit.factor,
        )?,
    };
    // The low end in the written unit must be exact ("10亩-2公顷" has no exact form in 公顷).
    let high_factor = high_unit.full_factor()?;
    let low_value = low_base.checked_div(high_factor)?.normalize();
    if exact_mul(low_value, high_factor)? != low_base || !not_above(low_value, high.value) {
        return None;
    }
    Some(low_value)
}

/// `a <= b`. Range ends mostly share a scale (both whole, or both with one decimal): their
/// mantissas then compare as the values do, without Decimal's general comparison.
fn not_above(a: Decimal, b: Decimal) -> bool {
    if a.scale() == b.scale() {
        a.mantissa() <= b.mantissa()
    } else {
        a <= b
    }
}

/// Whether anything that continues a quantity (a unit, 余, a multiplier, a range separator,
/// 分之, a blank) can start at `pos`: a cheap test that settles most numbers in running text.
fn can_follow_number(text: &str, pos: usize) -> bool {
    code_point_at(text, pos).is_some_and(|c| contains(&FOLLOWERS, c))
}

/// Reads a suffix qualifier after `end` (blanks allowed before it).
fn read_suffix(text: &str, end: usize) -> (usize, Option<Qualifier>) {
    let p = skip_blanks(text, end);
    match SUFFIX_LEXICON.longest_at(text, p) {
        Some((len, Some(q))) => (p + len, Some(q)),
        _ => (end, None),
    }
}

/// One qualifier from the words around a figure. Bounds beat "about" (近20余家 is at least 20);
/// a suffix beats a prefix (控制在5%左右 is about 5%); a written range stays a range unless a
/// bound says otherwise (3-5家以上 is at least 3).
fn combine(
    prefix: Option<Qualifier>,
    mid: Option<Qualifier>,
    suffix: Option<Qualifier>,
    range: bool,
) -> Qualifier {
    let mut q = prefix.unwrap_or(Qualifier::Exact);
    if let Some(mid) = mid
        && matches!(q, Qualifier::Exact | Qualifier::Approx)
    {
        q = mid;
    }
    if let Some(suffix) = suffix {
        q = suffix;
    }
    if range && matches!(q, Qualifier::Exact | Qualifier::Approx) {
        q = Qualifier::Range;
    }
    q
}

/// The failure for a number with no unit: a code (phone number, a leading zero), or a bare number.
fn missing_unit(text: &str, start: usize, low: &Amount) -> Failure {
    let digits = &text[low.number.clone()];
    let all_arabic = digits
        .chars()
        .all(|c| matches!(numeral_char(c), Some(NumeralChar::Arabic(_))));
    let leading_zero = digits.len() > 1 && digits.starts_with('0');
    let long = digits.chars().count() >= 7;
    if all_arabic && (leading_zero || long) {
        return Failure::new(ErrorKind::NotAQuantity(NotQuantity::Code), start..low.end);
    }
    Failure::new(ErrorKind::MissingUnit, start..low.end)
}

/// 百分之五, 千分之三.
fn match_percent_prefix(
    text: &str,
    start: usize,
    len: usize,
    factor: Decimal,
) -> Result<Matched, Failure> {
    let at = start + len;
    let numeral = read_numeral(text, at).map_err(|e| Failure::from_numeral(e, at))?;
    // "百分之八至九", "百分之八至百分之九": a range whose second bound may drop the prefix.
    let high = RANGE_LEXICON
        .longest_at(text, numeral.end)
        .and_then(|(sep_len, ())| {
            let from = numeral.end + sep_len;
            let from = match PERCENT_PREFIX_LEXICON.longest_at(text, from) {
                Some((len, f)) if f == factor => from + len,
                _ => from,
            };
            read_numeral(text, from).ok()
        })
        .filter(|high| high.value > numeral.value);
    let number_end = high.as_ref().map_or(numeral.end, |h| h.end);
    let (end, suffix) = read_suffix(text, number_end);
    let unit = Unit {
        multiplier: start..start,
        start,
        dimension: Dimension::Percent,
        factor,
        exp: 0,
        base: Cow::Borrowed("%"),
        denominator: None,
        end: at,
    };
    Ok(Matched {
        end,
        number: at..number_end,
        value: numeral.value,
        high: high.map(|h| h.value),
        unit,
        mid: None,
        suffix,
        single_chinese_digit: false,
        has_chinese_digit: numeral.has_chinese_digit,
        needs_prefix: false,
    })
}

/// 三分之一: value 1 in the base unit "1/3", denominator 3: exactly 1/3, which no decimal is.
fn match_fraction(text: &str, start: usize, denominator: &Amount) -> Result<Matched, Failure> {
    let at = denominator.end + FRACTION_WORD.len();
    let numerator = read_numeral(text, at).map_err(|e| Failure::from_numeral(e, at))?;
    let d = denominator.value;
    if d.is_zero() || !d.is_integer() || d.is_sign_negative() {
        return Err(Failure::new(
            ErrorKind::MalformedNumber,
            start..numerator.end,
        ));
    }
    let (end, suffix) = read_suffix(text, numerator.end);
    let unit = Unit {
        multiplier: start..start,
        start,
        dimension: Dimension::Fraction,
        factor: Decimal::ONE,
        exp: 0,
        base: Cow::Owned(format!("1/{}", d.normalize())),
        denominator: Some(d.normalize()),
        end: at,
    };
    Ok(Matched {
        end,
        number: at..numerator.end,
        value: numerator.value,
        high: None,
        unit,
        mid: None,
        suffix,
        single_chinese_digit: false,
        has_chinese_digit: numerator.has_chinese_digit,
        needs_prefix: false,
    })
}
