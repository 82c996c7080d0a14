//! Lookup structures built once from the tables in [`crate::tables`].
//!
//! Tables stay in the order a person wrote them; these indexes sort them for speed: numeral
//! characters by code point, words by their first (or last) character and then longest first.

use std::sync::LazyLock;

use crate::quantity::Qualifier;
use crate::tables::{
    BLANKS, FRACTION_WORD, LIST_MARKER_BRACKETS, MID_QUALIFIERS, MINUS_SIGNS, NUMERAL_CHARS,
    NumeralChar, ORDINAL_PREFIXES, PERCENT_PREFIXES, PREFIX_QUALIFIERS, RANGE_SEPARATORS,
    RATE_DENOMINATORS, RATE_SEPARATORS, SLOGANS, SUFFIX_QUALIFIERS, UNITS, UnitKind,
};
use rust_decimal::Decimal;

/// Which end of a word the index is keyed on.
#[derive(Clone, Copy)]
enum Anchor {
    /// Words that start at a position (units, suffixes): keyed by their first character.
    First,
    /// Words that end at a position (prefix qualifiers, looked up backwards): by their last.
    Last,
}

/// A map from characters to values: open addressing over a power-of-two table kept at most a
/// quarter full, so that a lookup, hit or miss, is a multiply and one or two probes. (The tables
/// hold a few hundred characters; a bit set per lexicon would cost 8 KiB of cache each.)
pub(crate) struct CharMap<V: Copy> {
    /// (code point, value); code point 0 marks an empty slot.
    slots: Box<[(u32, V)]>,
    shift: u32,
}

impl<V: Copy> CharMap<V> {
    /// Builds the map; a repeated key keeps its first value. `empty` fills the free slots.
    pub(crate) fn build(rows: impl IntoIterator<Item = (char, V)>, empty: V) -> Self {
        let rows: Vec<(char, V)> = rows.into_iter().collect();
        let size = (rows.len() * 4).next_power_of_two().max(16);
        let mut map = CharMap {
            slots: vec![(0, empty); size].into_boxed_slice(),
            shift: 32 - size.trailing_zeros(),
        };
        for (c, value) in rows {
            let key = u32::from(c);
            assert_ne!(key, 0, "NUL is no character of any table");
            let mask = size - 1;
            let mut i = map.slot(key);
            while map.slots[i].0 != 0 && map.slots[i].0 != key {
                i = (i + 1) & mask;
            }
            if map.slots[i].0 == 0 {
                map.slots[i] = (key, value);
            }
        }
        map
    }

    fn slot(&self, key: u32) -> usize {
        (key.wrapping_mul(0x9e37_79b1) >> self.shift) as usize
    }

    /// Whether a key character starts at byte `at` of `text`.
    #[inline]
    pub(crate) fn starts_at(&self, text: &str, at: usize) -> bool {
        code_point_at(text, at).is_some_and(|key| self.get(key).is_some())
    }

    /// The value for code point `key`.
    #[inline]
    pub(crate) fn get(&self, key: u32) -> Option<V> {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        loop {
            let (k, value) = self.slots[i];
            if k == key {
                return Some(value);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

/// Whether `bytes` starts with `word`. Words are a few bytes long and mostly differ early: a
/// byte loop settles them sooner than a call to `memcmp`.
#[inline]
fn has_prefix(bytes: &[u8], word: &[u8]) -> bool {
    bytes.len() >= word.len() && word.iter().zip(bytes).all(|(a, b)| a == b)
}

/// Longest-match dictionary over `&'static str` words.
pub(crate) struct Lexicon<V: Copy + 'static> {
    /// Words grouped by key character, longest first within a group.
    words: Vec<(&'static str, V)>,
    /// Key character → its group's range in `words`.
    groups: CharMap<(u16, u16)>,
}

impl<V: Copy + 'static> Lexicon<V> {
    fn build(rows: impl IntoIterator<Item = (&'static str, V)>, anchor: Anchor) -> Self {
        let key_of = |word: &str| match anchor {
            Anchor::First => word.chars().next(),
            Anchor::Last => word.chars().next_back(),
        };
        let mut words: Vec<(char, &'static str, V)> = rows
            .into_iter()
            .filter_map(|(word, value)| Some((key_of(word)?, word, value)))
            .collect();
        // Stable: equally long words keep the order a person wrote them in.
        words.sort_by_key(|(key, word, _)| (*key, std::cmp::Reverse(word.len())));
        let mut groups = Vec::new();
        let mut start = 0;
        for i in 1..=words.len() {
            if i == words.len() || words[i].0 != words[start].0 {
                let range = (u16::try_from(start), u16::try_from(i));
                let (Ok(a), Ok(b)) = range else {
                    panic!("a lexicon holds at most 65535 words");
                };
                groups.push((words[start].0, (a, b)));
                start = i;
            }
        }
        Lexicon {
            words: words.into_iter().map(|(_, w, v)| (w, v)).collect(),
            groups: CharMap::build(groups, (0, 0)),
        }
    }

    fn group(&self, key: u32) -> &[(&'static str, V)] {
        match self.groups.get(key) {
            Some((a, b)) => &self.words[usize::from(a)..usize::from(b)],
            None => &[],
        }
    }

    /// The longest word starting at byte `at` of `text`: its byte length and value.
    #[inline]
    pub(crate) fn longest_at(&self, text: &str, at: usize) -> Option<(usize, V)> {
        let group = self.group(code_point_at(text, at)?);
        let rest = text.as_bytes().get(at..)?;
        group
            .iter()
            .find(|(word, _)| has_prefix(rest, word.as_bytes()))
            .map(|(word, value)| (word.len(), *value))
    }

    /// The longest word ending at byte `end` of `text`: its byte length and value.
    pub(crate) fn longest_before(&self, text: &str, end: usize) -> Option<(usize, V)> {
        let head = text.get(..end)?;
        let key = head.chars().next_back()?;
        self.group(u32::from(key))
            .iter()
            .find(|(word, _)| head.ends_with(word))
            .map(|(word, value)| (word.len(), *value))
    }
}

pub(crate) static UNIT_LEXICON: LazyLock<Lexicon<UnitKind>> =
    LazyLock::new(|| Lexicon::build(UNITS.iter().copied(), Anchor::First));
pub(crate) static PREFIX_LEXICON: LazyLock<Lexicon<Option<Qualifier>>> =
    LazyLock::new(|| Lexicon::build(PREFIX_QUALIFIERS.iter().copied(), Anchor::Last));
/// The same prefix qualifiers, for reading them forwards at the start of [`crate::parse()`] input.
pub(crate) static PREFIX_FORWARD_LEXICON: LazyLock<Lexicon<Option<Qualifier>>> =
    LazyLock::new(|| Lexicon::build(PREFIX_QUALIFIERS.iter().copied(), Anchor::First));
pub(crate) static SUFFIX_LEXICON: LazyLock<Lexicon<Option<Qualifier>>> =
    LazyLock::new(|| Lexicon::build(SUFFIX_QUALIFIERS.iter().copied(), Anchor::First));
pub(crate) static MID_LEXICON: LazyLock<Lexicon<Qualifier>> =
    LazyLock::new(|| Lexicon::build(MID_QUALIFIERS.iter().copied(), Anchor::First));
pub(crate) static PERCENT_PREFIX_LEXICON: LazyLock<Lexicon<Decimal>> =
    LazyLock::new(|| Lexicon::build(PERCENT_PREFIXES.iter().copied(), Anchor::First));
pub(crate) static RANGE_LEXICON: LazyLock<Lexicon<()>> =
    LazyLock::new(|| Lexicon::build(RANGE_SEPARATORS.iter().map(|w| (*w, ())), Anchor::First));
pub(crate) static RATE_SEPARATOR_LEXICON: LazyLock<Lexicon<()>> =
    LazyLock::new(|| Lexicon::build(RATE_SEPARATORS.iter().map(|w| (*w, ())), Anchor::First));
pub(crate) static RATE_DENOMINATOR_LEXICON: LazyLock<Lexicon<&'static str>> =
    LazyLock::new(|| Lexicon::build(RATE_DENOMINATORS.iter().copied(), Anchor::First));
pub(crate) static ORDINAL_LEXICON: LazyLock<Lexicon<bool>> =
    LazyLock::new(|| Lexicon::build(ORDINAL_PREFIXES.iter().copied(), Anchor::Last));
pub(crate) static MINUS_LEXICON: LazyLock<Lexicon<()>> =
    LazyLock::new(|| Lexicon::build(MINUS_SIGNS.iter().map(|w| (*w, ())), Anchor::First));
/// The ordinal prefixes, for reading them forwards at the start of [`crate::parse()`] input.
pub(crate) static ORDINAL_FORWARD_LEXICON: LazyLock<Lexicon<bool>> =
    LazyLock::new(|| Lexicon::build(ORDINAL_PREFIXES.iter().copied(), Anchor::First));
/// Opening bracket of a list marker → its closing bracket.
pub(crate) static LIST_MARKER_LEXICON: LazyLock<Lexicon<&'static str>> =
    LazyLock::new(|| Lexicon::build(LIST_MARKER_BRACKETS.iter().copied(), Anchor::First));
/// The kinds of words [`crate::parse()`] looks for before a number, one bit each: which of
/// them can start at a position is one look-up in [`PREAMBLE_STARTS`].
pub(crate) mod preamble {
    pub(crate) const LIST_MARKER: u8 = 1;
    pub(crate) const PREFIX: u8 = 2;
    pub(crate) const ORDINAL: u8 = 4;
    pub(crate) const SLOGAN: u8 = 8;
    pub(crate) const MINUS: u8 = 16;
}

/// First characters of the words [`crate::parse()`] looks for before a number (list brackets,
/// prefix qualifiers, ordinal prefixes, slogans, minus signs), with the [`preamble`] kinds of
/// the words each starts.
pub(crate) static PREAMBLE_STARTS: LazyLock<CharMap<u8>> = LazyLock::new(|| {
    let words = LIST_MARKER_BRACKETS
        .iter()
        .map(|(open, _)| (*open, preamble::LIST_MARKER));
    let words = words
        .chain(
            PREFIX_QUALIFIERS
                .iter()
                .map(|(word, _)| (*word, preamble::PREFIX)),
        )
        .chain(
            ORDINAL_PREFIXES
                .iter()
                .map(|(word, _)| (*word, preamble::ORDINAL)),
        )
        .chain(SLOGANS.iter().map(|word| (*word, preamble::SLOGAN)))
        .chain(MINUS_SIGNS.iter().map(|word| (*word, preamble::MINUS)));
    let mut kinds = std::collections::BTreeMap::new();
    for (word, kind) in words {
        if let Some(first) = word.chars().next() {
            *kinds.entry(first).or_insert(0) |= kind;
        }
    }
    CharMap::build(kinds, 0)
});

/// The [`preamble`] kinds of words that can start at byte `at` of `text` (0: none).
#[inline]
pub(crate) fn preamble_words_at(text: &str, at: usize) -> u8 {
    code_point_at(text, at)
        .and_then(|c| PREAMBLE_STARTS.get(c))
        .unwrap_or(0)
}
pub(crate) static SLOGAN_LEXICON: LazyLock<Lexicon<()>> =
    LazyLock::new(|| Lexicon::build(SLOGANS.iter().map(|w| (*w, ())), Anchor::First));

/// Words that start with a multiplier character (万 亿 千 百 …), and whether a multiplier
/// stops before them: the percent prefixes ("百分之"), and units whose tail is no unit of its
/// own ("百分点", "千瓦时"). Units such as "千米" or "万元" read either way (千 × 米 = 千米).
pub(crate) struct MultiplierWords {
    words: Lexicon<bool>,
    /// The second characters of `words`: a multiplier followed by anything else (most are:
    /// "五千万元") starts none of them.
    seconds: CharMap<()>,
}

impl MultiplierWords {
    /// Whether a multiplier at `pos` stops before a word of its own.
    #[inline]
    pub(crate) fn stop_at(&self, text: &str, pos: usize) -> bool {
        let Some(&lead) = text.as_bytes().get(pos) else {
            return false;
        };
        let second = pos + utf8_width(lead);
        self.seconds.starts_at(text, second)
            && matches!(self.words.longest_at(text, pos), Some((_, true)))
    }
}

/// The length of the UTF-8 sequence that starts with `lead`.
pub(crate) fn utf8_width(lead: u8) -> usize {
    match lead {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

pub(crate) static MULTIPLIER_WORDS: LazyLock<MultiplierWords> = LazyLock::new(|| {
    let is_multiplier = |word: &str| {
        word.chars()
            .next()
            .and_then(numeral_char)
            .is_some_and(|kind| matches!(kind, NumeralChar::Power(_) | NumeralChar::Group(_)))
    };
    let is_unit = |word: &str| UNITS.iter().any(|(unit, _)| *unit == word);
    let units = UNITS
        .iter()
        .map(|(word, _)| *word)
        .filter(|w| is_multiplier(w));
    let rows = units.map(|word| {
        let first = word.chars().next().map_or(0, char::len_utf8);
        (word, word.len() > first && !is_unit(&word[first..]))
    });
    let prefixes = PERCENT_PREFIXES.iter().map(|(word, _)| (*word, true));
    let rows: Vec<(&'static str, bool)> = rows.chain(prefixes).collect();
    let seconds = rows.iter().filter_map(|(word, _)| word.chars().nth(1));
    MultiplierWords {
        seconds: CharMap::build(seconds.map(|c| (c, ())), ()),
        words: Lexicon::build(rows.iter().copied(), Anchor::First),
    }
});

/// Numeral characters beyond ASCII.
static NUMERAL_MAP: LazyLock<CharMap<Option<NumeralChar>>> = LazyLock::new(|| {
    let rows = NUMERAL_CHARS.iter().filter(|(c, _)| !c.is_ascii());
    CharMap::build(rows.map(|(c, kind)| (*c, Some(*kind))), None)
});

/// What `c` contributes to a numeral, if anything.
#[inline]
pub(crate) fn numeral_char(c: char) -> Option<NumeralChar> {
    if c.is_ascii() {
        return ASCII_NUMERALS[c as usize];
    }
    NUMERAL_MAP.get(u32::from(c)).flatten()
}

/// [`NUMERAL_CHARS`] for ASCII, as a direct table.
pub(crate) static ASCII_NUMERALS: [Option<NumeralChar>; 128] = {
    let mut table = [None; 128];
    let mut i = 0;
    while i < NUMERAL_CHARS.len() {
        let (c, kind) = NUMERAL_CHARS[i];
        if c.is_ascii() {
            table[c as usize] = Some(kind);
        }
        i += 1;
    }
    table
};

/// Whether a character of this kind can start a numeral (a point or a separator cannot).
pub(crate) const fn starts_numeral(kind: NumeralChar) -> bool {
    !matches!(kind, NumeralChar::Point | NumeralChar::Thousands)
}

/// A set of characters of the Basic Multilingual Plane, one bit each (8 KiB).
pub(crate) type CharSet = [u64; 1024];

const fn insert(set: &mut CharSet, c: char) {
    let c = c as u32;
    if c < 0x10000 {
        set[(c >> 6) as usize] |= 1 << (c & 63);
    }
}

/// The code point of the character starting at byte `at` (decoded by hand for the one- and
/// three-byte characters Chinese text is made of), or `None` at the end of `text`.
#[inline]
pub(crate) fn code_point_at(text: &str, at: usize) -> Option<u32> {
    let bytes = text.as_bytes();
    match *bytes.get(at)? {
        b0 @ 0x00..=0x7f => Some(u32::from(b0)),
        b0 @ 0xe0..=0xef => match bytes.get(at + 1..at + 3) {
            Some(&[b1, b2]) => Some(
                (u32::from(b0 & 0x0f) << 12) | (u32::from(b1 & 0x3f) << 6) | u32::from(b2 & 0x3f),
            ),
            _ => None,
        },
        _ => text.get(at..)?.chars().next().map(u32::from),
    }
}

/// Skips blanks from `pos`.
#[inline]
pub(crate) fn skip_blanks(text: &str, pos: usize) -> usize {
    // One byte settles most positions: no blank starts with it.
    match text.as_bytes().get(pos) {
        Some(&b) if BLANK_LEADS[usize::from(b)] => skip_blanks_from(text, pos),
        _ => pos,
    }
}

fn skip_blanks_from(text: &str, mut pos: usize) -> usize {
    while let Some(c) = code_point_at(text, pos) {
        if !contains(&BLANK_SET, c) {
            break;
        }
        pos += char::from_u32(c).map_or(1, char::len_utf8);
    }
    pos
}

/// Whether `c` (a code point) is in `set`.
#[inline]
pub(crate) fn contains(set: &CharSet, c: u32) -> bool {
    c < 0x10000 && set[(c >> 6) as usize] & (1 << (c & 63)) != 0
}

/// Characters that can start a numeral, for [`crate::scan()`]'s dispatch: built at compile time
/// from [`NUMERAL_CHARS`].
pub(crate) static NUMERAL_STARTS: CharSet = {
    let mut set = [0u64; 1024];
    let mut i = 0;
    while i < NUMERAL_CHARS.len() {
        let (c, kind) = NUMERAL_CHARS[i];
        if starts_numeral(kind) {
            insert(&mut set, c);
        }
        i += 1;
    }
    set
};

/// The first bytes of the UTF-8 forms of [`BLANKS`]: a byte not in it starts no blank.
pub(crate) static BLANK_LEADS: [bool; 256] = {
    let mut leads = [false; 256];
    let mut i = 0;
    while i < BLANKS.len() {
        let mut utf8 = [0; 4];
        leads[BLANKS[i].encode_utf8(&mut utf8).as_bytes()[0] as usize] = true;
        i += 1;
    }
    leads
};

/// The blanks allowed inside a quantity ([`BLANKS`]).
pub(crate) static BLANK_SET: CharSet = {
    let mut set = [0u64; 1024];
    let mut i = 0;
    while i < BLANKS.len() {
        insert(&mut set, BLANKS[i]);
        i += 1;
    }
    set
};

/// First characters of whatever can continue a number into a quantity: units, 余/多, range
/// separators, 分之, blanks, and numeral characters (multipliers).
pub(crate) static FOLLOWERS: LazyLock<CharSet> = LazyLock::new(|| {
    let more = RANGE_SEPARATORS.iter().copied().chain([FRACTION_WORD]);
    followers(more)
});

/// First characters of what can continue a number into one amount: units, 余/多, blanks and
/// numeral characters (multipliers); [`FOLLOWERS`] without the range separators and 分之.
pub(crate) static AMOUNT_FOLLOWERS: LazyLock<CharSet> =
    LazyLock::new(|| followers(std::iter::empty()));

fn followers(more: impl Iterator<Item = &'static str>) -> CharSet {
    let mut set = [0u64; 1024];
    let words = UNITS
        .iter()
        .map(|(w, _)| *w)
        .chain(MID_QUALIFIERS.iter().map(|(w, _)| *w))
        .chain(more);
    for c in words
        .filter_map(|w| w.chars().next())
        .chain(BLANKS.iter().copied())
    {
        insert(&mut set, c);
    }
    for (c, _) in NUMERAL_CHARS {
        insert(&mut set, *c);
    }
    set
}
