//! Text shapes that hide a figure: white space inside it (`7 4 7 7 2 亿元`, `8 ．8 ％`,
//! `增 长 8.1%`, a hard wrap inside `6%左` / `右`, a web page's private-use glyph) and a
//! middle dot for the decimal point (`14·1％`, `79・79亿元`). A sentence is read through its
//! squeezed form, and every span is mapped back.

use std::sync::LazyLock;

use crate::marks::Marks;

/// A sentence without the white space that cannot separate words in Chinese text, with the
/// original byte offset of each of its bytes.
pub(crate) struct Squeezed {
    /// The squeezed text.
    pub(crate) text: String,
    /// `map[i]` is the offset in the original sentence of squeezed byte `i`;
    /// `map[text.len()]` is the original length.
    map: Vec<usize>,
}

/// Chars dropped between two chars that are not both ASCII letters: spaces of every width,
/// line breaks, tabs, zero-width spaces, and private-use chars from U+E000 to U+EFFF (a web
/// page's icon-font glyphs: "增长\u{E008}36.5%"), which stand for no text.
fn is_droppable(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\u{3000}' | '\u{00A0}' | '\u{200B}' | '\u{FEFF}' | '\u{E000}'
            ..='\u{EFFF}'
    )
}

/// Chars that stand for a decimal point between two digits.
fn is_decimal_dot(c: char) -> bool {
    matches!(c, '·' | '•' | '∙' | '・')
}

/// Where in `bytes` a char may stand that [`is_droppable`] or [`is_decimal_dot`]: the
/// one-byte chars, the lead byte 0xC2 (U+00A0, ·, and other chars up to U+00BF) and the
/// lead byte 0xEE (private use from U+E000 to U+EFFF, the range seen in the wild) are
/// looked for with `memchr`, the three-byte chars with one multi-pattern SIMD search: a
/// handful of vector scans, not a look at every byte. Not in text order.
fn squeeze_marks(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr3_iter(b' ', b'\n', b'\t', bytes)
        .chain(memchr::memchr3_iter(b'\r', 0xC2, 0xEE, bytes))
        .chain(WIDE.find_iter(bytes).map(|m| m.start()))
}

/// Whether `bytes` may hold a char that [`is_droppable`] or [`is_decimal_dot`].
fn may_need_squeezing(bytes: &[u8]) -> bool {
    squeeze_marks(bytes).next().is_some()
}

/// The offsets of a report's chars that may need squeezing, found once for the whole
/// report: the scans of [`may_need_squeezing`] have a fixed cost each, which over short
/// sentences, one by one, added up to a tenth of the cost of reading claims.
pub(crate) fn marks(text: &str, base: usize) -> Marks {
    Marks::new(squeeze_marks(text.as_bytes()).map(|i| base + i))
}

/// The three-byte chars that squeeze.
const WIDE_CHARS: [char; 6] = ['\u{3000}', '\u{200B}', '\u{FEFF}', '•', '∙', '・'];

/// One matcher for all of [`WIDE_CHARS`]: a DFA with leftmost-first matching, so that
/// aho-corasick searches with its SIMD (Teddy) prefilter, one pass over a report where a
/// substring finder per char took six. (The chars cannot overlap: every one is found.)
static WIDE: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(WIDE_CHARS.iter().map(|c| c.to_string()))
        .expect("six chars are a valid pattern set")
});

impl Squeezed {
    /// The squeezed form of `sentence`, or `None` when nothing in it needs squeezing (the
    /// common case, checked without allocating). `debris` (sorted offsets into `sentence`)
    /// is dropped whole: a page number that broke the sentence ("达到\n— 1 —\n370.62亿元").
    pub(crate) fn of(sentence: &str, debris: &[std::ops::Range<usize>]) -> Option<Squeezed> {
        if debris.is_empty() && !may_need_squeezing(sentence.as_bytes()) {
            return None;
        }
        // Each char, and whether it is dropped as white space is (debris is white space
        // here).
        let mut pending = debris.iter().peekable();
        let chars: Vec<(usize, char, bool)> = sentence
            .char_indices()
            .map(|(at, c)| {
                while pending.next_if(|r| r.end <= at).is_some() {}
                let in_debris = pending.peek().is_some_and(|r| r.start <= at);
                (at, c, in_debris || is_droppable(c))
            })
            .collect();
        // For each char, the next char that is not white space (one pass from the end, so a
        // long run of spaces costs no more than its length).
        let mut next_solid = vec![None; chars.len()];
        let mut solid = None;
        for (k, &(_, c, droppable)) in chars.iter().enumerate().rev() {
            next_solid[k] = solid;
            if !droppable {
                solid = Some(c);
            }
        }
        let mut text = String::with_capacity(sentence.len());
        let mut map = Vec::with_capacity(sentence.len() + 1);
        let kept = |k: usize| chars.get(k).map(|&(_, c, _)| c);
        let mut previous_solid: Option<char> = None;
        for (k, &(at, c, droppable)) in chars.iter().enumerate() {
            let out = if droppable {
                // Between two ASCII letters a space separates words ("R D"): keep it.
                let letters = previous_solid.is_some_and(|b| b.is_ascii_alphabetic())
                    && next_solid[k].is_some_and(|a: char| a.is_ascii_alphabetic());
                if !letters {
                    continue;
                }
                ' '
            } else if is_decimal_dot(c)
                && k > 0
                && kept(k - 1).is_some_and(crate::words::is_digit)
                && kept(k + 1).is_some_and(crate::words::is_digit)
            {
                '.'
            } else {
                c
            };
            if !droppable {
                previous_solid = Some(c);
            }
            map.extend(std::iter::repeat_n(at, out.len_utf8()));
            text.push(out);
        }
        map.push(sentence.len());
        Some(Squeezed { text, map })
    }

    /// The span in the original sentence of squeezed span `span`, white space at its end
    /// left out.
    pub(crate) fn original(
        &self,
        sentence: &str,
        span: std::ops::Range<usize>,
    ) -> std::ops::Range<usize> {
        let start = self.map[span.start.min(self.text.len())];
        let end = self.map[span.end.min(self.text.len())].max(start);
        let trimmed = sentence[start..end].trim_end_matches(is_droppable);
        start..start + trimmed.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaced_digits_and_dots_read_as_one_figure() {
        let s = "国内生产总值7 4 7 7 2 亿元，增长8 ．8 ％，农民收入增长4·3％";
        let q = Squeezed::of(s, &[]).expect("spaces to squeeze");
        assert_eq!(
            q.text,
            "国内生产总值74772亿元，增长8．8％，农民收入增长4.3％"
        );
        let at = q.text.find("74772亿元").expect("the figure");
        let span = q.original(s, at..at + "74772亿元".len());
        assert_eq!(&s[span], "7 4 7 7 2 亿元");
        let at = q.text.find("4.3％").expect("the figure");
        assert_eq!(&s[q.original(s, at..at + "4.3％".len())], "4·3％");
    }

    #[test]
    fn the_byte_test_sees_every_char_that_squeezes() {
        let chars = [
            ' ', '\t', '\n', '\r', '\u{3000}', '\u{00A0}', '\u{200B}', '\u{FEFF}', '·', '•', '∙',
            '・', '\u{E000}', '\u{E008}', '\u{EFFF}',
        ];
        for c in chars {
            assert!(is_droppable(c) || is_decimal_dot(c));
            assert!(may_need_squeezing(c.to_string().as_bytes()), "{c:?}");
        }
        assert!(!may_need_squeezing("“地区生产总值”——增长6%。".as_bytes()));
    }

    #[test]
    fn words_of_latin_letters_keep_their_space_and_plain_text_is_untouched() {
        assert_eq!(
            Squeezed::of("R D 投入 增长 8%", &[])
                .map(|q| q.text)
                .as_deref(),
            Some("R D投入增长8%")
        );
        assert!(Squeezed::of("地区生产总值增长6%左右", &[]).is_none());
    }
}
