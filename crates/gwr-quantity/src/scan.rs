//! Finding every quantity in running text.

use crate::ErrorKind;
use crate::expr::{Matched, match_quantity};
use crate::lexicon::{
    NUMERAL_STARTS, ORDINAL_LEXICON, PREFIX_LEXICON, SLOGAN_LEXICON, contains, numeral_char,
};
use crate::quantity::{Dimension, Quantity};
use crate::tables::{
    CLOSING_QUOTES, FINANCIAL_NUMERALS, MINUS_SIGNS, NumeralChar, OPENING_QUOTES, SESSION_NAMES,
    VAGUE_PREFIXES,
};

/// The iterator [`crate::scan()`] returns.
#[derive(Clone, Debug)]
pub struct Scan<'a> {
    text: &'a str,
    pos: usize,
    /// Where the text's first 《 stands (its length if it has none), found when a figure
    /// first asks: a figure before it is in no title, and [`in_title`]'s walk over the
    /// chars around the figure is saved (most texts have no 《 at all).
    first_title_open: Option<usize>,
}

impl<'a> Scan<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Scan {
            text,
            pos: 0,
            first_title_open: None,
        }
    }

    /// Whether the figure at `start` may stand in a title: a 《 stands before it.
    fn may_be_titled(&mut self, start: usize) -> bool {
        let text = self.text;
        let first = *self
            .first_title_open
            .get_or_insert_with(|| TITLE_OPEN.find(text.as_bytes()).unwrap_or(text.len()));
        first < start
    }

    /// Tries the candidate numeral at `start` (a character `width` bytes wide); always moves
    /// `self.pos` past it. The grammar runs first, the context rules only on a match: most
    /// candidates in running text ("一是", "2023年") fail fast.
    fn candidate(&mut self, start: usize, width: usize) -> Option<Quantity> {
        let text = self.text;
        let matched = match match_quantity(text, start) {
            Ok(m) => m,
            // A broken numeral is skipped whole ("5..8万元", "二三十个"), except that Arabic
            // digits after Chinese ones start afresh ("大陆5家": 陆5 is no number, 5家 is).
            Err(failure) if failure.kind == ErrorKind::MalformedNumber => {
                self.pos = arabic_after_chinese(text, start..failure.span.end)
                    .unwrap_or(failure.span.end)
                    .max(start + width);
                return None;
            }
            Err(failure) => {
                self.pos = failure.span.end.max(start + width);
                return None;
            }
        };
        self.pos = matched.end;
        let head = &text[..start];
        if glued_to_code(head)
            || matches!(ORDINAL_LEXICON.longest_before(text, start), Some((_, true)))
            || VAGUE_PREFIXES.iter().any(|p| head.ends_with(p))
        {
            return None;
        }
        if let Some((len, ())) = SLOGAN_LEXICON.longest_at(text, start) {
            self.pos = self.pos.max(start + len);
            return None;
        }
        let sign_start = minus_sign_before(text, start);
        let (expr_start, prefix) = match PREFIX_LEXICON.longest_before(text, sign_start) {
            Some((len, Some(q))) => (sign_start - len, Some(q)),
            _ => (sign_start, None),
        };
        let titled = self.may_be_titled(expr_start) && in_title(text, expr_start, matched.end);
        if titled || rejected_in_context(text, expr_start, start, &matched) {
            return None;
        }
        matched
            .to_quantity(text, expr_start, prefix, sign_start < start, |_| ())
            .ok()
    }
}

/// The first Arabic digit in `run` that follows a Chinese numeral character.
fn arabic_after_chinese(text: &str, run: std::ops::Range<usize>) -> Option<usize> {
    let mut after_chinese = false;
    for (i, c) in text[run.clone()].char_indices() {
        let arabic = matches!(numeral_char(c), Some(NumeralChar::Arabic(_)));
        if arabic && after_chinese {
            return Some(run.start + i);
        }
        after_chinese = !arabic && !c.is_ascii();
    }
    None
}

/// Whether a number after `head` is part of a code or formula: "G20", "X195", "PM2.5",
/// "1+6+N". Three or more letters are a word instead ("GDP4.12%").
fn glued_to_code(head: &str) -> bool {
    match head.chars().next_back() {
        Some('+' | '＋' | '_') => true,
        Some(c) if c.is_ascii_alphabetic() => {
            head.chars()
                .rev()
                .take_while(char::is_ascii_alphabetic)
                .count()
                <= 2
        }
        Some(c) => c.is_ascii_digit(),
        None => false,
    }
}

/// Where a minus sign right before `start` begins (`start` itself when there is none). A "-"
/// after a digit joins a range instead ("3-5家").
fn minus_sign_before(text: &str, start: usize) -> usize {
    let head = &text[..start];
    for sign in MINUS_SIGNS {
        if let Some(rest) = head.strip_suffix(sign) {
            let glued = rest
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphanumeric() || numeral_char(c).is_some());
            if !glued {
                return rest.len();
            }
        }
    }
    start
}

/// Context rules for reading running text (not applied by [`crate::parse()`], which is given one
/// expression on purpose):
/// - "一" with a classifier is the indefinite article ("建成一座公园"), not a count;
/// - a Chinese-numeral figure inside a short quotation is a slogan ("“两个确立”",
///   "“最后一公里”") (and any figure inside a title in book-title marks is part of a name:
///   see [`in_title`], which the caller asks first);
/// - a one-digit Chinese count next to another Chinese digit is part of an enumerated slogan
///   ("一心二带三片区").
fn rejected_in_context(text: &str, expr_start: usize, start: usize, m: &Matched) -> bool {
    if financial_word(text, start)
        || point_read_as_comma(text, start)
        || session_ordinal(text, start, m.end)
    {
        return true;
    }
    let count = m.dimension() == Dimension::Count;
    if count && m.single_chinese_digit && matches!(numeral_char_at(text, start), Some('一' | '壹'))
    {
        return true;
    }
    if m.has_chinese_digit && quoted(text, expr_start, m.end) {
        return true;
    }
    count && m.single_chinese_digit && chained(text, expr_start, m.end)
}

/// Whether the number at `start` is the fraction of a figure whose point came out as a comma
/// ("完成8，07亿元" in a scanned page): digits with a leading zero right after a digit and a
/// comma. No figure is written with a leading zero, and reading "07亿元" as 7亿元 would invent
/// a value, so neither part is a quantity.
fn point_read_as_comma(text: &str, start: usize) -> bool {
    let mut after = text[start..].chars().map(numeral_char);
    let leading_zero = matches!(
        (after.next(), after.next()),
        (
            Some(Some(NumeralChar::Arabic(0))),
            Some(Some(NumeralChar::Arabic(_)))
        )
    );
    let mut before = text[..start].chars().rev();
    leading_zero
        && matches!(before.next(), Some('，' | ','))
        && matches!(
            before.next().and_then(numeral_char),
            Some(NumeralChar::Arabic(_))
        )
}

/// Whether the number at `start` begins with a financial numeral that does not go on like one
/// ("入伍一次" is no 51 次; "伍拾万元" is 500000 元).
fn financial_word(text: &str, start: usize) -> bool {
    let mut chars = text[start..].chars();
    let Some(first) = chars.next().filter(|c| FINANCIAL_NUMERALS.contains(c)) else {
        return false;
    };
    let next = chars.next().and_then(numeral_char);
    match numeral_char(first) {
        Some(NumeralChar::Chinese(_)) => {
            !matches!(next, Some(NumeralChar::Power(_) | NumeralChar::Group(_)))
        }
        _ => next.is_none(),
    }
}

/// Whether `start..end` numbers a term or a session of an assembly ("市六届人大二次会议":
/// the sixth congress, its second session), not a count: Chinese digits and 届 or 次, then
/// the assembly. ("召开3次会议", "两次会议" count meetings.)
fn session_ordinal(text: &str, start: usize, end: usize) -> bool {
    let figure = &text[start..end];
    let Some(digits) = figure
        .strip_suffix('届')
        .or_else(|| figure.strip_suffix('次'))
    else {
        return false;
    };
    !digits.is_empty()
        && digits
            .chars()
            .all(|c| c != '两' && matches!(numeral_char(c), Some(NumeralChar::Chinese(_))))
        && SESSION_NAMES.iter().any(|w| text[end..].starts_with(w))
}

fn numeral_char_at(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// Whether `start..end` sits inside a short quotation ("“两个确立”", "“最后一公里”"): an
/// opening quote at most four characters before, a closing one at most six after, and only
/// Chinese characters in between.
fn quoted(text: &str, start: usize, end: usize) -> bool {
    let within = |chars: &mut dyn Iterator<Item = char>, quotes: &[char], n: usize| {
        chars
            .take(n)
            .find(|c| !is_han(*c))
            .is_some_and(|c| quotes.contains(&c))
    };
    within(&mut text[..start].chars().rev(), OPENING_QUOTES, 5)
        && within(&mut text[end..].chars(), CLOSING_QUOTES, 7)
}

/// Whether `start..end` sits inside a title in book-title marks (《全民招商引资三条措施》):
/// titles name things, they do not report figures.
fn in_title(text: &str, start: usize, end: usize) -> bool {
    let opened = text[..start]
        .chars()
        .rev()
        .take(TITLE_REACH)
        .find(|c| matches!(c, '《' | '》' | '\n'));
    let closed = text[end..]
        .chars()
        .take(TITLE_REACH)
        .find(|c| matches!(c, '《' | '》' | '\n'));
    opened == Some('《') && closed == Some('》')
}

/// Finds 《 (see [`Scan::may_be_titled`]), built once.
static TITLE_OPEN: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("《"));

/// How far (in characters) [`in_title`] looks for the marks.
const TITLE_REACH: usize = 40;

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Whether a Chinese digit stands within two characters before `start` or after `end`.
fn chained(text: &str, start: usize, end: usize) -> bool {
    let is_chinese_digit = |c: char| matches!(numeral_char(c), Some(NumeralChar::Chinese(_)));
    let near = |c: &char| is_han(*c);
    text[..start]
        .chars()
        .rev()
        .take(2)
        .take_while(near)
        .any(is_chinese_digit)
        || text[end..]
            .chars()
            .take(2)
            .take_while(near)
            .any(is_chinese_digit)
}

impl Iterator for Scan<'_> {
    type Item = Quantity;

    fn next(&mut self) -> Option<Quantity> {
        while let Some((pos, width)) = next_start(self.text.as_bytes(), self.pos) {
            self.pos = pos;
            if let Some(q) = self.candidate(pos, width) {
                return Some(q);
            }
        }
        self.pos = self.text.len();
        None
    }
}

/// The next char at or after `pos` that can start a numeral, with its width in bytes.
/// Dispatch on the lead byte: ASCII and three-byte characters (all of CJK) are tested
/// against the bit set without building a code point (a three-byte char's first two bytes
/// pick its word of the set, its last its bit); nothing is allocated per character. Kept
/// apart from [`Scan::candidate`] so the loop, most of the scan, has registers to itself.
#[inline(never)]
fn next_start(bytes: &[u8], mut pos: usize) -> Option<(usize, usize)> {
    loop {
        match *bytes.get(pos..)? {
            [lead @ 0x00..=0x7f, ..] => {
                if contains(&NUMERAL_STARTS, u32::from(lead)) {
                    return Some((pos, 1));
                }
                pos += 1;
            }
            [lead @ 0xe0..=0xef, b1, b2, ..] => {
                let word = NUMERAL_STARTS[(usize::from(lead & 0x0f) << 6) | usize::from(b1 & 0x3f)];
                if word & (1 << (b2 & 0x3f)) != 0 {
                    return Some((pos, 3));
                }
                pos += 3;
            }
            [0xc0..=0xdf, ..] => pos += 2,
            // A cut three-byte char (never in a `str`) ends the text.
            [0xe0..=0xef, ..] | [] => return None,
            [_, ..] => pos += 4,
        }
    }
}

impl std::iter::FusedIterator for Scan<'_> {}
