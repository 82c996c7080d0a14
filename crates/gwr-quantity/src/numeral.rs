//! Reading one numeral — Arabic, Chinese, or mixed ("3万5千", "1.2万亿", "两万五") — into an
//! exact decimal.

use rust_decimal::Decimal;

use crate::lexicon::{
    ASCII_NUMERALS, BLANK_LEADS, MULTIPLIER_WORDS, code_point_at, numeral_char, skip_blanks,
    starts_numeral, utf8_width,
};
use crate::tables::{BLANKS, NumeralChar};

/// A numeral read from a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Numeral {
    /// Byte offset just past the numeral.
    pub(crate) end: usize,
    /// Its value, multipliers included (5.8亿 → 580000000).
    pub(crate) value: Decimal,
    /// For an Arabic number followed only by multipliers ("5.8亿", "12600万"): where the
    /// multipliers start, and the power of ten they make. Such multipliers read as part of the
    /// unit.
    pub(crate) multiplier: Option<(usize, u32)>,
    /// The value without those multipliers (5.8 for "5.8亿"); `value` when there are none.
    pub(crate) written_value: Decimal,
    /// Whether it is one Chinese digit and nothing else ("三", "两"): such numerals are the ones
    /// slogans and the indefinite article are made of.
    pub(crate) single_chinese_digit: bool,
    /// Whether it contains a Chinese digit (some units only follow Arabic digits: "10万方" is a
    /// volume, "三方" is "three parties").
    pub(crate) has_chinese_digit: bool,
    /// Multipliers only, the leading 一 left out ("千万", "百万", "亿"): how many of them. Such a
    /// numeral makes a figure only in some company (see `Matched::needs_prefix`).
    pub(crate) bare_multipliers: u32,
}

/// Why no numeral could be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumeralError {
    /// No numeral starts here (or only a multiplier: "万元", "百姓").
    NoNumeral,
    /// The characters form no number ("5..8", "十四五", "三百五千"); `end` is where the run of
    /// numeral characters ends, so a scanner can skip all of it.
    Malformed { end: usize },
    /// More digits than a decimal holds (a 96-bit mantissa, 28 or 29 digits).
    OutOfRange { end: usize },
}

/// What the reader saw last, to tell "两万五" (abbreviated: 25000) from "一万零五" (10005).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Nothing,
    Digit,
    Power(u32),
    Zero,
}

/// Accumulator for a numeral: the 亿 part, the 万 part, the part below 万, and a digit waiting
/// for its power of ten.
struct Reader {
    yi: Decimal,
    wan: Decimal,
    small: Decimal,
    pending: Option<Decimal>,
    /// Power of the last 十/百/千 in the current group (for order checks: 千 before 百).
    group_power: u32,
    /// Power of the last power character read at all (for abbreviations).
    last_power: u32,
    last: Last,
    /// Chinese digits read one after another ("二〇二三"), with no power in between.
    positional_run: u32,
    /// A Chinese zero was read: positional runs are only read with one (years: 二〇二三);
    /// "三五家" is "three to five", "一二三产业" a list.
    zero_digit: bool,
    any_power: bool,
    any_digit: bool,
    /// The pending digit came right after a power character (so 两万五 may be abbreviated).
    digit_follows_power: bool,
    /// A decimal part after an abbreviated tail ("一千六点五" = 1600.5), added last.
    fraction: Option<Decimal>,
}

impl Reader {
    /// A power (十 百 千) or group (万 亿) of 10^`p` was read.
    fn read_power(&mut self, p: u32) {
        self.last_power = p;
        self.last = Last::Power(p);
        self.any_power = true;
        self.positional_run = 0;
    }
}

/// Reads the numeral starting at byte `start` of `text`.
pub(crate) fn read_numeral(text: &str, start: usize) -> Result<Numeral, NumeralError> {
    // Most numbers are plain Arabic ("3560", "5.8"), maybe with multipliers ("5.8亿"), or plain
    // Chinese ("五千万"): read them without the full machinery.
    match text[start..].chars().next().and_then(numeral_char) {
        Some(NumeralChar::Arabic(_)) => {
            if let Some(numeral) = read_arabic_with_multipliers(text, start)? {
                return Ok(numeral);
            }
        }
        Some(NumeralChar::Chinese(_) | NumeralChar::Power(1)) => {
            if let Some(numeral) = read_plain_chinese(text, start) {
                return Ok(numeral);
            }
        }
        Some(NumeralChar::Power(_) | NumeralChar::Group(_)) => {
            if let Some(numeral) = read_bare_multipliers(text, start) {
                return Ok(numeral);
            }
        }
        _ => {}
    }
    read_numeral_in_full(text, start)
}

/// The common Chinese numeral: digits from 一 to 九, each followed by 十, 百 or 千 in falling
/// order, in groups closed by 万 or 亿 ("五千万", "十二万三千四百", "三亿五千万"). `None` for
/// anything else — zeros, points, blanks, Arabic digits, abbreviations such as 两万五 or 三千五,
/// digits side by side — which [`read_numeral_in_full`] reads; where this answers, it answers
/// what that would (a proptest checks).
fn read_plain_chinese(text: &str, start: usize) -> Option<Numeral> {
    let bytes = text.as_bytes();
    let (mut yi, mut wan, mut small) = (0u64, 0u64, 0u64);
    let mut pending: Option<u64> = None;
    // Power of the last 十/百/千 in the current group; the power just read, if the last
    // character was one; and the power right before the pending digit.
    let mut group_power = u32::MAX;
    let mut last_power = None;
    let mut pending_after = None;
    let mut chars = 0u32;
    let mut digits = 0u32;
    let mut pos = start;
    while let Some(code_point) = code_point_at(text, pos) {
        let width = utf8_width(bytes[pos]);
        let Some(kind) = char::from_u32(code_point).and_then(numeral_char) else {
            // Blanks may join a figure ("三千 八百"): the full reader decides.
            if BLANK_LEADS[usize::from(bytes[pos])] {
                return None;
            }
            break;
        };
        match kind {
            NumeralChar::Chinese(d) if d > 0 && pending.is_none() => {
                pending = Some(u64::from(d));
                pending_after = last_power.take();
                digits += 1;
            }
            NumeralChar::Power(p) => {
                if stops_before_multiplier(text, pos) {
                    break;
                }
                let m = match pending.take() {
                    Some(m) => m,
                    // 十 alone is 一十.
                    None if p == 1 && chars == 0 => 1,
                    None => return None,
                };
                if p >= group_power {
                    return None;
                }
                small += m * 10u64.pow(p);
                group_power = p;
                last_power = Some(p);
            }
            NumeralChar::Group(g) => {
                if chars == 0 {
                    return None;
                }
                if stops_before_multiplier(text, pos) {
                    break;
                }
                let here = small + pending.take().unwrap_or(0);
                if g == 8 {
                    if yi != 0 {
                        return None;
                    }
                    yi = (wan + here) * 100_000_000;
                    wan = 0;
                } else {
                    if here == 0 || wan != 0 {
                        return None;
                    }
                    wan = here * 10_000;
                }
                small = 0;
                group_power = u32::MAX;
                last_power = Some(g);
            }
            _ => return None,
        }
        pos += width;
        chars += 1;
    }
    // A digit after 百, 千, 万 or 亿 may be abbreviated (两万五 = 25000): the full reader's call.
    if chars == 0 || pending.is_some() && pending_after.is_some_and(|p| p >= 2) {
        return None;
    }
    let value = Decimal::from(yi + wan + small + pending.unwrap_or(0));
    Some(Numeral {
        end: pos,
        value,
        written_value: value,
        multiplier: None,
        single_chinese_digit: digits == 1 && chars == 1,
        has_chinese_digit: true,
        bare_multipliers: 0,
    })
}

/// A round number written as multipliers only, its leading 一 left out: "千万" (10⁷), "百万",
/// "亿", "万亿". At most one 百 or 千, then 万, then 亿, with at least one of the last two ("千"
/// and "百" alone are words: 千家万户, 百姓), and no numeral character after them ("万一",
/// "亿万").
fn read_bare_multipliers(text: &str, start: usize) -> Option<Numeral> {
    let run = multiplier_run(text, start);
    // 十万 is read as 一十万 by the plain reader.
    if run.then.is_some() || !run.has_group || run.has_ten {
        return None;
    }
    let value = scale_by_pow10(Decimal::ONE, run.exp)?;
    Some(Numeral {
        end: run.end,
        value,
        written_value: value,
        multiplier: None,
        single_chinese_digit: false,
        has_chinese_digit: true,
        bare_multipliers: run.chars,
    })
}

/// A run of multipliers in the order a numeral writes them: at most one of 十百千, then 万,
/// then 亿 ("千万", "万亿", "百"), stopping before a word a multiplier starts (百分点).
#[derive(Clone, Copy, Debug)]
pub(crate) struct MultiplierRun {
    /// The power of ten the run makes.
    pub(crate) exp: u32,
    pub(crate) chars: u32,
    pub(crate) end: usize,
    /// The run holds 万 or 亿.
    pub(crate) has_group: bool,
    /// The run starts with 十.
    pub(crate) has_ten: bool,
    /// The numeral char right after the run, if one is there ("百百", "万5"): then the run is
    /// no numeral's tail on its own.
    pub(crate) then: Option<NumeralChar>,
}

/// Reads a [`MultiplierRun`] from `pos` (`chars` is 0 when none starts there).
pub(crate) fn multiplier_run(text: &str, pos: usize) -> MultiplierRun {
    let mut run = MultiplierRun {
        exp: 0,
        chars: 0,
        end: pos,
        has_group: false,
        has_ten: false,
        then: None,
    };
    let mut stage = 0u32;
    while let Some(c) = text[run.end..].chars().next() {
        let kind = numeral_char(c);
        let (next_stage, e) = match kind {
            Some(NumeralChar::Power(p)) if stage == 0 => (1, p),
            Some(NumeralChar::Group(4)) if stage <= 1 => (2, 4),
            Some(NumeralChar::Group(8)) if stage <= 2 => (3, 8),
            _ => {
                run.then = kind;
                break;
            }
        };
        if stops_before_multiplier(text, run.end) {
            break;
        }
        run.has_ten |= stage == 0 && e == 1;
        stage = next_stage;
        run.exp += e;
        run.chars += 1;
        run.end += c.len_utf8();
    }
    run.has_group = stage >= 2;
    run
}

/// [`read_numeral`] for every form.
fn read_numeral_in_full(text: &str, start: usize) -> Result<Numeral, NumeralError> {
    let mut r = Reader {
        yi: Decimal::ZERO,
        wan: Decimal::ZERO,
        small: Decimal::ZERO,
        pending: None,
        group_power: u32::MAX,
        last_power: 0,
        last: Last::Nothing,
        positional_run: 0,
        zero_digit: false,
        any_power: false,
        any_digit: false,
        digit_follows_power: false,
        fraction: None,
    };
    let mut pos = start;
    let mut has_chinese_digit = false;
    let mut chinese_digits = 0u32;
    let mut chars_read = 0u32;
    // Where the trailing run of multipliers after a plain Arabic number starts.
    let mut arabic_then_multipliers: Option<usize> = None;
    let mut arabic_only = true;
    let mut first_arabic = Decimal::ZERO;
    let mut multiplier_exp = 0u32;

    let malformed = |pos: usize| NumeralError::Malformed {
        end: run_end(text, pos),
    };

    while let Some(c) = text[pos..].chars().next() {
        if chars_read > 0
            && BLANKS.contains(&c)
            && let Some(next) = joined_across_blanks(text, pos, r.last)
        {
            pos = next;
            continue;
        }
        let Some(kind) = numeral_char(c) else { break };
        if r.fraction.is_some() {
            // Nothing follows the decimal part of "一千六点五".
            return Err(malformed(pos));
        }
        if chars_read == 0 && !starts_numeral(kind) {
            return Err(NumeralError::NoNumeral);
        }
        match kind {
            NumeralChar::Arabic(_) => {
                if r.pending.is_some() {
                    return Err(malformed(pos));
                }
                let (value, end) = read_arabic(text, pos)?;
                if chars_read == 0 {
                    first_arabic = value;
                } else {
                    arabic_only = false;
                }
                r.digit_follows_power = matches!(r.last, Last::Power(_));
                r.pending = Some(value);
                r.last = Last::Digit;
                r.any_digit = true;
                pos = end;
                chars_read += 1;
                continue;
            }
            NumeralChar::Chinese(d) => {
                has_chinese_digit = true;
                arabic_only = false;
                chinese_digits += 1;
                r.zero_digit |= d == 0;
                match (r.last, r.pending) {
                    // 二〇二三: digits one after another, read positionally.
                    (Last::Digit, Some(p)) if !r.any_power && r.positional_run > 0 => {
                        let shifted = times_pow10(p, 1, text, pos)?;
                        r.pending = Some(checked_add(shifted, Decimal::from(d), text, pos)?);
                        r.positional_run += 1;
                    }
                    (Last::Digit, Some(_)) => return Err(malformed(pos)),
                    _ if d == 0 => {
                        if r.any_power {
                            r.last = Last::Zero;
                        } else {
                            r.pending = Some(Decimal::ZERO);
                            r.last = Last::Digit;
                            r.positional_run = 1;
                        }
                        r.any_digit = true;
                        pos += c.len_utf8();
                        chars_read += 1;
                        continue;
                    }
                    _ => {
                        r.digit_follows_power = matches!(r.last, Last::Power(_));
                        r.pending = Some(Decimal::from(d));
                        r.positional_run = u32::from(!r.any_power);
                    }
                }
                r.last = Last::Digit;
                r.any_digit = true;
            }
            NumeralChar::Point => {
                // A point belongs to the number only with a digit right after it.
                let after = pos + c.len_utf8();
                let next_is_digit = text[after..]
                    .chars()
                    .next()
                    .and_then(numeral_char)
                    .is_some_and(|k| matches!(k, NumeralChar::Chinese(_)));
                let after_digit = r.pending.is_some() && r.last == Last::Digit;
                let after_power = r.pending.is_none() && matches!(r.last, Last::Power(_));
                if !next_is_digit || !(after_digit || after_power) {
                    break;
                }
                // Chinese decimals (the Arabic point is read in `read_arabic`): 三点五 = 3.5 and
                // 一点五万 = 15000 scale with what follows; after a power (十点五) or an
                // abbreviated tail (一千六点五 = 1600.5) the decimal part ends the number.
                let (fraction, end) = read_chinese_fraction(text, after);
                if after_power || r.digit_follows_power && r.last_power >= 2 {
                    r.fraction = Some(fraction);
                } else {
                    let whole = r.pending.unwrap_or_default();
                    r.pending = Some(checked_add(whole, fraction, text, pos)?);
                }
                r.positional_run = 0;
                pos = end;
                chars_read += 1;
                continue;
            }
            NumeralChar::Thousands => break,
            NumeralChar::Power(p) => {
                if stops_before_multiplier(text, pos) {
                    break;
                }
                let m = match r.pending.take() {
                    Some(m) => m,
                    // 十 alone means 一十 (and is Chinese, like a digit); 百 and 千 need a
                    // digit ("百姓", "千家万户").
                    None if p == 1 => {
                        has_chinese_digit = true;
                        Decimal::ONE
                    }
                    None if chars_read == 0 => return Err(NumeralError::NoNumeral),
                    // "3.5万千瓦": the multipliers end the number; 千瓦 is the unit.
                    None if matches!(r.last, Last::Power(_)) => break,
                    None => return Err(malformed(pos)),
                };
                if p >= r.group_power || r.positional_run > 1 {
                    return Err(malformed(pos));
                }
                r.small = checked_add(r.small, times_pow10(m, p, text, pos)?, text, pos)?;
                r.group_power = p;
                r.read_power(p);
                if arabic_only && r.any_digit {
                    arabic_then_multipliers.get_or_insert(pos);
                    multiplier_exp += p;
                }
            }
            NumeralChar::Group(g) => {
                if chars_read == 0 {
                    return Err(NumeralError::NoNumeral);
                }
                if r.positional_run > 1 {
                    return Err(malformed(pos));
                }
                if stops_before_multiplier(text, pos) {
                    break;
                }
                // Whether the group has a figure of its own: a zero counts ("0万千克" is 0 万 and
                // 千克, as the Arabic fast path reads "0万元").
                let has_figure = r.pending.is_some() || !r.small.is_zero();
                let here = checked_add(r.small, r.pending.take().unwrap_or_default(), text, pos)?;
                if g == 8 {
                    if !r.yi.is_zero() {
                        return Err(malformed(pos));
                    }
                    let below = checked_add(r.wan, here, text, pos)?;
                    r.yi = times_pow10(below, 8, text, pos)?;
                    r.wan = Decimal::ZERO;
                } else {
                    // "1.2万亿" reads 万 then 亿; 万 with nothing before it ("亿万") or a
                    // second 万 group is no number.
                    if !has_figure || !r.wan.is_zero() {
                        return Err(malformed(pos));
                    }
                    r.wan = times_pow10(here, g, text, pos)?;
                }
                r.small = Decimal::ZERO;
                r.group_power = u32::MAX;
                r.read_power(g);
                if arabic_only && r.any_digit {
                    arabic_then_multipliers.get_or_insert(pos);
                    multiplier_exp += g;
                }
            }
            NumeralChar::Tens(t) => {
                has_chinese_digit = true;
                arabic_only = false;
                if r.pending.is_some() || 1 >= r.group_power {
                    return Err(malformed(pos));
                }
                r.small = checked_add(r.small, Decimal::from(u32::from(t) * 10), text, pos)?;
                r.group_power = 1;
                r.last_power = 1;
                r.last = Last::Power(1);
                r.any_power = true;
                r.any_digit = true;
            }
        }
        pos += c.len_utf8();
        chars_read += 1;
    }

    if chars_read == 0 || !r.any_digit && !r.any_power {
        return Err(NumeralError::NoNumeral);
    }
    if r.positional_run > 1 && !r.zero_digit {
        return Err(malformed(pos));
    }
    // 两万五 = 25000, 三千五 = 3500: a lone digit after a power counts one power lower.
    let tail = match (r.pending, r.last) {
        (Some(d), Last::Digit)
            if r.digit_follows_power && r.last_power >= 2 && d < Decimal::TEN && d.is_integer() =>
        {
            times_pow10(d, r.last_power - 1, text, pos)?
        }
        (Some(d), _) => d,
        (None, _) => Decimal::ZERO,
    };
    let value = checked_add(r.yi, r.wan, text, pos)?;
    let value = checked_add(value, r.small, text, pos)?;
    let value = checked_add(value, tail, text, pos)?;
    let value = checked_add(value, r.fraction.unwrap_or_default(), text, pos)?;
    let multiplier = match arabic_then_multipliers {
        Some(at) if arabic_only => Some((at, multiplier_exp)),
        _ => None,
    };
    let value = value.normalize();
    Ok(Numeral {
        end: pos,
        value,
        written_value: if multiplier.is_some() {
            first_arabic
        } else {
            value
        },
        multiplier,
        single_chinese_digit: chinese_digits == 1 && chars_read == 1,
        has_chinese_digit,
        bare_multipliers: 0,
    })
}

/// An Arabic number followed by nothing numeral, or by one run of multipliers in the order a
/// numeral allows (one of 十百千, then 万, then 亿: "5.8亿", "3千万", "1.2万亿"). `None` for
/// anything else, which the full reader handles.
#[inline]
fn read_arabic_with_multipliers(text: &str, start: usize) -> Result<Option<Numeral>, NumeralError> {
    let (value, end) = read_arabic(text, start)?;
    let run = multiplier_run(text, end);
    if run.then.is_some() {
        return Ok(None);
    }
    let (exp, pos) = (run.exp, run.end);
    if skip_blanks(text, pos) > pos {
        return Ok(None);
    }
    let total = scale_by_pow10(value, exp).ok_or(NumeralError::OutOfRange { end: pos })?;
    Ok(Some(Numeral {
        end: pos,
        value: total,
        written_value: value,
        multiplier: (exp > 0).then_some((end, exp)),
        single_chinese_digit: false,
        has_chinese_digit: false,
        bare_multipliers: 0,
    }))
}

/// Where the numeral continues after the blanks at `pos`, if it does: a figure broken by
/// spaces ("7 万5 千4 百", "三千 八百", "1000 万") when a power or group character stands on one
/// side. Two digits apart ("5 6", "一 二") stay apart: that is a list, not a figure.
fn joined_across_blanks(text: &str, pos: usize, last: Last) -> Option<usize> {
    let after = text[pos..]
        .find(|c: char| !BLANKS.contains(&c))
        .map(|i| pos + i)?;
    let next = text[after..].chars().next().and_then(numeral_char)?;
    let power_next = matches!(next, NumeralChar::Power(_) | NumeralChar::Group(_));
    let digit_next = matches!(next, NumeralChar::Arabic(_) | NumeralChar::Chinese(_));
    let power_before = matches!(last, Last::Power(_));
    (power_next && last == Last::Digit || digit_next && power_before || power_next && power_before)
        .then_some(after)
}

/// Reads Arabic digits (half- or full-width) with an optional decimal part and thousands
/// separators, starting at `start`. Returns the value, normalized (no trailing zeros in the
/// fraction), and the end.
#[inline]
fn read_arabic(text: &str, start: usize) -> Result<(Decimal, usize), NumeralError> {
    match read_ascii_decimal(text.as_bytes(), start) {
        Some(read) => Ok(read),
        None => read_arabic_in_full(text, start),
    }
}

/// The common case of [`read_arabic`]: half-width digits with at most one point, at most 19 of
/// them, and nothing after that could continue the figure (a separator, a point, a full-width
/// digit). `None` leaves the figure to [`read_arabic_in_full`].
#[inline]
fn read_ascii_decimal(bytes: &[u8], start: usize) -> Option<(Decimal, usize)> {
    let digits_from = |mut pos: usize, mantissa: &mut u64| {
        while let Some(&b) = bytes.get(pos).filter(|b| b.is_ascii_digit()) {
            // Wrapping: a figure of more than 19 digits is read again in full.
            *mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(b - b'0'));
            pos += 1;
        }
        pos
    };
    let mut mantissa = 0u64;
    let int_end = digits_from(start, &mut mantissa);
    let mut end = int_end;
    let mut scale = 0u32;
    if bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        end = digits_from(end + 1, &mut mantissa);
        scale = u32::try_from(end - int_end - 1).ok()?;
    }
    let digits = end - start - usize::from(scale > 0);
    // 19 digits always fit in a u64; a longer figure or one that goes on (1,246 / 5.8.1 /
    // ５) is read in full.
    if digits == 0 || digits > 19 || matches!(bytes.get(end), Some(b',' | b'.' | 0xef)) {
        return None;
    }
    while scale > 0 && mantissa.is_multiple_of(10) {
        mantissa /= 10;
        scale -= 1;
    }
    // The two 32-bit halves of the mantissa (truncation intended).
    let value = Decimal::from_parts(mantissa as u32, (mantissa >> 32) as u32, 0, false, scale);
    Some((value, end))
}

/// [`read_arabic`] for every form: full-width digits, thousands separators, long figures.
fn read_arabic_in_full(text: &str, start: usize) -> Result<(Decimal, usize), NumeralError> {
    let bytes = text.as_bytes();
    let mut mantissa: u128 = 0;
    let mut digits = 0u32;
    let mut scale: Option<u32> = None;
    // Zeros read in the fraction but not yet put into the mantissa: only a later non-zero digit
    // makes them significant, so the value comes out normalized ("2.50" is 2.5).
    let mut fraction_zeros = 0u32;
    let mut int_digits_since_sep = 0u32;
    let mut saw_separator = false;
    let mut pos = start;
    while let Some(&byte) = bytes.get(pos) {
        // ASCII digits are the common case: no decoding, no table.
        let (kind, width) = if byte.is_ascii_digit() {
            (Some(NumeralChar::Arabic(byte - b'0')), 1)
        } else if byte.is_ascii() {
            (ASCII_NUMERALS[usize::from(byte)], 1)
        } else {
            match text[pos..].chars().next() {
                // A full-width comma separates thousands where a half-width one would
                // ("1，000，000元"); elsewhere it ends a clause, so it is no numeral char.
                Some('，') => (Some(NumeralChar::Thousands), '，'.len_utf8()),
                Some(c) => (numeral_char(c), c.len_utf8()),
                None => break,
            }
        };
        match kind {
            Some(NumeralChar::Arabic(d)) => {
                // A Decimal's mantissa is 96 bits: every 28-digit figure and some 29-digit ones
                // (up to 79228162514264337593543950335); the range check at the end decides.
                if mantissa != 0 || d != 0 || scale.is_some() {
                    digits += 1;
                }
                if digits > 29 {
                    return Err(NumeralError::OutOfRange {
                        end: run_end(text, pos),
                    });
                }
                match &mut scale {
                    Some(_) if d == 0 => fraction_zeros += 1,
                    Some(s) => {
                        mantissa = mantissa * 10u128.pow(fraction_zeros + 1) + u128::from(d);
                        *s += fraction_zeros + 1;
                        fraction_zeros = 0;
                    }
                    None => {
                        mantissa = mantissa * 10 + u128::from(d);
                        int_digits_since_sep += 1;
                    }
                }
                pos += width;
            }
            Some(NumeralChar::Point) if width == 1 || text[pos..].starts_with('．') => {
                let after = pos + width;
                let next = text[after..].chars().next().and_then(numeral_char);
                match (scale, next) {
                    (None, Some(NumeralChar::Arabic(_))) => {
                        scale = Some(0);
                        pos = after;
                    }
                    // "5..8", "1.2.3": a second point inside the figure.
                    (None, Some(NumeralChar::Point)) | (Some(_), Some(NumeralChar::Arabic(_))) => {
                        return Err(NumeralError::Malformed {
                            end: run_end(text, pos),
                        });
                    }
                    _ => break,
                }
            }
            Some(NumeralChar::Thousands) if scale.is_none() => {
                // 1,246.34: a separator needs 1–3 digits before the first and exactly 3 after.
                // Any other comma ends the figure: "12，3456元" is 12, then 3456元.
                let ok_before = if saw_separator {
                    int_digits_since_sep == 3
                } else {
                    (1..=3).contains(&int_digits_since_sep)
                };
                if !ok_before || !three_digits_then_boundary(text, pos + width) {
                    break;
                }
                saw_separator = true;
                int_digits_since_sep = 0;
                pos += width;
            }
            _ => break,
        }
    }
    if saw_separator && int_digits_since_sep != 3 {
        return Err(NumeralError::Malformed {
            end: run_end(text, pos),
        });
    }
    let value = Decimal::try_from_i128_with_scale(
        i128::try_from(mantissa).map_err(|_| NumeralError::OutOfRange { end: pos })?,
        scale.unwrap_or(0),
    )
    .map_err(|_| NumeralError::OutOfRange { end: pos })?;
    Ok((value, pos))
}

/// `value` × 10^`exp`, normalized if `value` is: a positive scale is used up first, so no
/// trailing zeros appear. `None` when the result is too large for a decimal.
#[inline(always)]
pub(crate) fn scale_by_pow10(value: Decimal, exp: u32) -> Option<Decimal> {
    if exp == 0 {
        return Some(value);
    }
    let scale = value.scale();
    let magnitude = value.mantissa().unsigned_abs();
    let (magnitude, scale) = if exp <= scale {
        (magnitude, scale - exp)
    } else {
        let factor = u128::from(*POW10.get(usize::try_from(exp - scale).ok()?)?);
        // A 64-bit mantissa times a 64-bit power cannot overflow; i128's checked_mul is a
        // library call.
        let product = if magnitude <= u128::from(u64::MAX) {
            magnitude * factor
        } else {
            magnitude.checked_mul(factor)?
        };
        (product, 0)
    };
    if magnitude >> 96 != 0 {
        return None;
    }
    // The three 32-bit words of the 96-bit mantissa (truncation intended).
    let (lo, mid, hi) = (
        magnitude as u32,
        (magnitude >> 32) as u32,
        (magnitude >> 64) as u32,
    );
    Some(Decimal::from_parts(
        lo,
        mid,
        hi,
        value.is_sign_negative(),
        scale,
    ))
}

/// 10^0 … 10^19, every power of ten a u64 holds.
const POW10: [u64; 20] = {
    let mut powers = [1; 20];
    let mut i = 1;
    while i < powers.len() {
        powers[i] = powers[i - 1] * 10;
        i += 1;
    }
    powers
};

/// Whether exactly three Arabic digits start at `at` and no fourth follows.
fn three_digits_then_boundary(text: &str, at: usize) -> bool {
    let mut chars = text[at..].chars().map(numeral_char);
    let is_digit = |k: Option<Option<NumeralChar>>| matches!(k, Some(Some(NumeralChar::Arabic(_))));
    is_digit(chars.next())
        && is_digit(chars.next())
        && is_digit(chars.next())
        && !is_digit(chars.next())
}

/// Reads the Chinese digits after 点 as a decimal fraction: 五 → 0.5, 二五 → 0.25.
fn read_chinese_fraction(text: &str, start: usize) -> (Decimal, usize) {
    let mut mantissa: i64 = 0;
    let mut scale = 0u32;
    let mut pos = start;
    while let Some(c) = text[pos..].chars().next() {
        match numeral_char(c) {
            Some(NumeralChar::Chinese(d)) if scale < 18 => {
                mantissa = mantissa * 10 + i64::from(d);
                scale += 1;
                pos += c.len_utf8();
            }
            _ => break,
        }
    }
    (Decimal::new(mantissa, scale), pos)
}

/// Whether a multiplier character at `pos` starts a unit or prefix instead ("0.5百分点",
/// "三百分之一" reads 三百 then 分之, but "百分之" and "百分点" are words of their own; see
/// [`MULTIPLIER_WORDS`]).
#[inline]
pub(crate) fn stops_before_multiplier(text: &str, pos: usize) -> bool {
    MULTIPLIER_WORDS.stop_at(text, pos)
}

/// End of the run of numeral characters starting at or before `pos` (for skipping all of it).
pub(crate) fn run_end(text: &str, mut pos: usize) -> usize {
    while let Some(c) = text[pos..].chars().next() {
        if numeral_char(c).is_none() {
            break;
        }
        pos += c.len_utf8();
    }
    pos
}

/// `a` × 10^`exp`, or the out-of-range error for the numeral run at `pos`.
#[inline(always)]
fn times_pow10(a: Decimal, exp: u32, text: &str, pos: usize) -> Result<Decimal, NumeralError> {
    scale_by_pow10(a, exp).ok_or_else(|| NumeralError::OutOfRange {
        end: run_end(text, pos),
    })
}

/// `a + b`, or the out-of-range error for the numeral run at `pos`. Most parts of a numeral
/// are zero (五千万 has no 亿 part and nothing below 万): those sums take no arithmetic.
#[inline(always)]
fn checked_add(a: Decimal, b: Decimal, text: &str, pos: usize) -> Result<Decimal, NumeralError> {
    exact_add(a, b).ok_or_else(|| out_of_range(text, pos))
}

/// `a + b` exactly, or `None` when the sum has more digits than a decimal holds: rust_decimal
/// would round it ("2111111788888833333888百82.06358…" lost its last digits), and a rounded
/// figure is a wrong one. An exact sum keeps the larger scale of the two.
#[inline(always)]
pub(crate) fn exact_add(a: Decimal, b: Decimal) -> Option<Decimal> {
    if b.is_zero() {
        return Some(a);
    }
    if a.is_zero() {
        return Some(b);
    }
    let sum = a.checked_add(b)?;
    (sum.scale() == a.scale().max(b.scale())).then_some(sum)
}

/// `a × b` exactly, or `None` when rust_decimal would have to round the product (see
/// [`exact_add`]). An exact product's scale is the sum of the two scales.
pub(crate) fn exact_mul(a: Decimal, b: Decimal) -> Option<Decimal> {
    let product = a.checked_mul(b)?;
    (product.scale() == a.scale() + b.scale()).then_some(product)
}

/// The error for a numeral run at `pos` whose value no decimal holds.
#[cold]
fn out_of_range(text: &str, pos: usize) -> NumeralError {
    NumeralError::OutOfRange {
        end: run_end(text, pos),
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_ascii_fast_path_takes_plain_figures() {
        for (text, value) in [
            ("5.8亿", "5.8"),
            ("3560万", "3560"),
            ("2.50%", "2.5"),
            ("0", "0"),
        ] {
            let (read, _) = read_ascii_decimal(text.as_bytes(), 0).expect(text);
            assert_eq!(read.to_string(), value);
        }
        for text in ["1,246.34", "５", "5.8.1", "12345678901234567890"] {
            assert_eq!(read_ascii_decimal(text.as_bytes(), 0), None, "{text}");
        }
    }

    #[test]
    fn the_chinese_fast_path_takes_plain_numerals() {
        for (text, value) in [
            ("五千万元", 50_000_000u64),
            ("十二万三千四百", 123_400),
            ("三亿五千万", 350_000_000),
            ("十", 10),
            ("五十五", 55),
        ] {
            let read = read_plain_chinese(text, 0).expect(text);
            assert_eq!(read.value, Decimal::from(value), "{text}");
        }
        for text in [
            "两万五",
            "三千五",
            "一百零五",
            "二〇二三",
            "三五",
            "三点五",
            "三 千",
        ] {
            assert!(read_plain_chinese(text, 0).is_none(), "{text}");
        }
    }

    proptest! {
        // Short strings over a small alphabet: many cases are cheap, and most shapes come up.
        #![proptest_config(ProptestConfig::with_cases(4096))]

        /// Wherever the Chinese fast path answers, it answers what the full reader does.
        #[test]
        fn the_chinese_fast_path_agrees_with_the_full_reader(
            text in "[一二两三五九十百千万亿零点 5元分之瓦]{0,9}"
        ) {
            if let Some(fast) = read_plain_chinese(&text, 0) {
                prop_assert_eq!(Ok(fast), read_numeral_in_full(&text, 0));
            }
        }

        /// Wherever the fast path answers, it answers what the full reader does, down to the
        /// scale (Decimal's `==` ignores it; the written form does not).
        #[test]
        fn the_ascii_fast_path_agrees_with_the_full_reader(
            text in "[0-9]{0,22}(\\.[0-9]{0,22})?[.,0-9５．亿元 ]{0,3}"
        ) {
            if let Some((value, end)) = read_ascii_decimal(text.as_bytes(), 0) {
                let (full, full_end) = read_arabic_in_full(&text, 0).expect("the full reader");
                prop_assert_eq!(value.to_string(), full.to_string());
                prop_assert_eq!(end, full_end);
            }
        }
    }
}
