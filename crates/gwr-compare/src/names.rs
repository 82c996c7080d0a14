//! The search for the lexicon's names in a text: leftmost-longest, as aho-corasick's
//! `MatchKind::LeftmostLongest` finds them, by an index of the names' first chars.
//!
//! Why not aho-corasick's DFA, which this replaced: in Chinese text a byte automaton steps
//! through a state for each of a char's three bytes, no prefilter helps (hundreds of names
//! share a few lead bytes), and compiling the DFA of the built-in lexicon cost as much as
//! parsing a few hundred kilobytes, on every run. Here a char that starts no name (most of
//! them) is turned away by one bit test, and only the names that start with it are compared
//! where one does; building the index is a pass over the names. [`SentenceWords`] searches
//! the sentence word lists the same way, for the same reason.
//!
//! [`SentenceWords`]: crate::words

use std::collections::BTreeMap;
use std::ops::Range;

/// The names of a lexicon, indexed by their first char.
#[derive(Debug, Clone)]
pub(crate) struct NameIndex {
    /// Bit `c % 64` of word `c / 64` is set for every char `c` of the Basic Multilingual
    /// Plane that starts a name.
    starts: Vec<u64>,
    /// For each char of the Basic Multilingual Plane that starts a name, 1 + the index in
    /// `groups` of its names; 0 for the others.
    group_of: Vec<u16>,
    /// The same for first chars beyond the Basic Multilingual Plane (none in the built-in
    /// lexicon; a user's may have them).
    others: BTreeMap<char, usize>,
    /// The names of each first char as (name, its index in the list given to [`new`]),
    /// longest first, and among names of one length in the order given: the first that
    /// matches is the one leftmost-longest search reports.
    ///
    /// [`new`]: NameIndex::new
    groups: Vec<Vec<(Box<str>, usize)>>,
}

/// Chars of the Basic Multilingual Plane.
const BMP: usize = 0x10000;

impl NameIndex {
    /// The index of `names` (empty names are never found).
    pub(crate) fn new<S: AsRef<str>>(names: &[S]) -> NameIndex {
        let mut index = NameIndex {
            starts: vec![0; BMP / 64],
            group_of: vec![0; BMP],
            others: BTreeMap::new(),
            groups: Vec::new(),
        };
        for (i, name) in names.iter().enumerate() {
            let name = name.as_ref();
            let Some(first) = name.chars().next() else {
                continue;
            };
            let group = index.group_for(first);
            index.groups[group].push((name.into(), i));
        }
        // Stable: names of one length keep the order they were given in.
        for group in &mut index.groups {
            group.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
        }
        index
    }

    /// The group of names starting with `c`, made if it is the first.
    fn group_for(&mut self, c: char) -> usize {
        let code = c as usize;
        let existing = match self.group_of.get(code) {
            Some(&g) => (g != 0).then(|| usize::from(g) - 1),
            None => self.others.get(&c).copied(),
        };
        if let Some(g) = existing {
            return g;
        }
        let g = self.groups.len();
        self.groups.push(Vec::new());
        match (self.group_of.get_mut(code), u16::try_from(g + 1)) {
            (Some(slot), Ok(tag)) => {
                *slot = tag;
                self.starts[code / 64] |= 1 << (code % 64);
            }
            // More first chars than a u16 counts (a lexicon of some 65,000 names), or a
            // char beyond the plane: kept in the map, asked for every char.
            _ => {
                self.others.insert(c, g);
            }
        }
        g
    }

    /// The names in `text[range]`, leftmost-longest and not overlapping, as (start, end,
    /// the name's index), with offsets into `text`. A range that cuts a char is narrowed
    /// to the chars wholly inside it (no name can start or end inside a char).
    pub(crate) fn find_iter<'a>(&'a self, text: &'a str, range: Range<usize>) -> Names<'a> {
        let mut start = range.start.min(text.len());
        while !text.is_char_boundary(start) {
            start += 1;
        }
        let mut end = range.end.min(text.len()).max(start);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        Names {
            index: self,
            text: &text[..end],
            at: start,
        }
    }

    /// The group of names starting with the char at the front of `tail` (not empty), and
    /// the char's width in bytes.
    fn group_at(&self, tail: &str) -> (Option<usize>, usize) {
        // The char's code point, built from its bytes for one and three-byte chars (all of
        // ASCII and CJK); the others are decoded.
        let (code, width) = match *tail.as_bytes() {
            [b0 @ 0x00..=0x7f, ..] => (u32::from(b0), 1),
            [b0 @ 0xe0..=0xef, b1, b2, ..] => (
                (u32::from(b0 & 0x0f) << 12) | (u32::from(b1 & 0x3f) << 6) | u32::from(b2 & 0x3f),
                3,
            ),
            _ => tail
                .chars()
                .next()
                .map_or((0, 1), |c| (u32::from(c), c.len_utf8())),
        };
        (self.group_of_char(code), width)
    }

    /// The group of names starting with the char of code point `code`: by its bit and
    /// slot in the Basic Multilingual Plane, else in the map of the others.
    fn group_of_char(&self, code: u32) -> Option<usize> {
        let i = code as usize;
        let in_plane = self
            .starts
            .get(i / 64)
            .is_some_and(|word| word & (1 << (i % 64)) != 0)
            .then(|| self.group_of.get(i).copied())
            .flatten()
            .filter(|&g| g != 0)
            .map(|g| usize::from(g) - 1);
        in_plane.or_else(|| {
            (!self.others.is_empty())
                .then(|| char::from_u32(code).and_then(|c| self.others.get(&c).copied()))
                .flatten()
        })
    }
}

/// The names found in a text: see [`NameIndex::find_iter`].
pub(crate) struct Names<'a> {
    index: &'a NameIndex,
    /// The text up to the end of the range searched.
    text: &'a str,
    /// Where the search goes on, on a char boundary.
    at: usize,
}

impl Iterator for Names<'_> {
    /// (start, end, the name's index)
    type Item = (usize, usize, usize);

    fn next(&mut self) -> Option<Self::Item> {
        while let Some(tail) = self.text.get(self.at..).filter(|t| !t.is_empty()) {
            let (group, width) = self.index.group_at(tail);
            if let Some(names) = group.and_then(|g| self.index.groups.get(g)) {
                // The first char is the same: the rest is compared byte by byte, inline (a
                // call to memcmp per name cost more than the compare; most differ at once).
                let rest = tail.as_bytes().get(width..).unwrap_or_default();
                let found = names.iter().find(|(name, _)| {
                    let more = name.as_bytes().get(width..).unwrap_or_default();
                    rest.len() >= more.len() && rest.iter().zip(more).all(|(a, b)| a == b)
                });
                if let Some((name, i)) = found {
                    let start = self.at;
                    self.at += name.len();
                    return Some((start, self.at, *i));
                }
            }
            self.at += width;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};
    use proptest::prelude::*;

    /// What aho-corasick's leftmost-longest search finds, the behaviour the index keeps.
    fn reference(names: &[&str], text: &str, range: Range<usize>) -> Vec<(usize, usize, usize)> {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(names)
            .expect("plain strings are a valid pattern set");
        ac.find_iter(aho_corasick::Input::new(text).span(range))
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    fn found(names: &[&str], text: &str, range: Range<usize>) -> Vec<(usize, usize, usize)> {
        NameIndex::new(names).find_iter(text, range).collect()
    }

    /// Names that overlap, share prefixes, repeat, start alike in ASCII and CJK, and one
    /// beyond the Basic Multilingual Plane.
    const NAMES: &[&str] = &[
        "财政收入",
        "地方财政收入",
        "财政总收入",
        "生产总值",
        "地区生产总值",
        "国内生产总值",
        "GDP",
        "GDP增速",
        "R&D",
        "财政收入",
        "收入",
        "总值",
        "𠀀名",
        "é值",
    ];

    #[test]
    fn finds_leftmost_longest_as_aho_corasick_does() {
        for text in [
            "全市地区生产总值增长6%，地方财政收入增长5%，财政总收入达到30亿元。",
            "GDP增速6.5%，GDPGDP，R&D投入，国内生产总值",
            "收入总值财政收入收",
            "𠀀名é值𠀀",
            "",
        ] {
            assert_eq!(
                found(NAMES, text, 0..text.len()),
                reference(NAMES, text, 0..text.len()),
                "{text}"
            );
        }
    }

    #[test]
    fn a_range_is_searched_alone_and_narrowed_to_whole_chars() {
        let text = "地区生产总值和财政收入";
        // From inside 地区生产总值: the search starts after the cut char, at 区.
        assert_eq!(
            found(NAMES, text, 1..text.len()),
            vec![(6, 18, 3), (21, 33, 0)]
        );
        // Ending inside 收入: 财政收 holds no name.
        assert_eq!(found(NAMES, text, 0..text.len() - 1), vec![(0, 18, 4)]);
        assert_eq!(found(NAMES, text, 40..50), vec![]);
        // An end before the start finds nothing.
        let (start, end) = (9, 3);
        assert_eq!(found(NAMES, text, start..end), vec![]);
    }

    proptest! {
        /// Texts made of pieces of the names and other chars: the index finds what
        /// aho-corasick finds, in any char-boundary range.
        #[test]
        fn agrees_with_aho_corasick(
            pieces in proptest::collection::vec(
                prop_oneof![
                    proptest::sample::select(NAMES.to_vec()).prop_map(String::from),
                    "[财政收入总值地区生产GDé𠀀名,，a-z0-9]{0,4}",
                ],
                0..12,
            ),
            cut in (0usize..200, 0usize..200),
        ) {
            let text: String = pieces.concat();
            let mut start = cut.0.min(text.len());
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + cut.1).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            prop_assert_eq!(
                found(NAMES, &text, start..end),
                reference(NAMES, &text, start..end)
            );
        }
    }
}
